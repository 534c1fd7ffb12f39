"""Progress on stderr: done/total, rate and time left; plain lines when no terminal; totals from cheap counts."""
from __future__ import annotations

import gzip
import io
import subprocess
import sys

from sourcetrace.ingest.count import count_documents, read_counted
from sourcetrace.progress import Progress, track

from test_ingest import PAGE, warc_bytes


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_without_a_terminal_a_plain_line_every_few_seconds_with_total_rate_and_time_left():
    clock, err = Clock(), io.StringIO()
    with Progress("ingesting", total=100, stream=err, terminal=False, every=10, clock=clock) as progress:
        for _ in range(20):
            clock.now += 1
            progress.advance()
    assert err.getvalue().splitlines() == [
        "ingesting: 10/100 articles, 1.0 articles/s, about 1m30s left",
        "ingesting: 20/100 articles, 1.0 articles/s, about 1m20s left",
    ]


def test_the_total_grows_as_files_reveal_their_records_and_track_counts_what_passes():
    clock, err = Clock(), io.StringIO()
    with Progress("analyzing", stream=err, terminal=False, every=1, clock=clock) as progress:
        progress.grow(3)
        progress.grow(4)
        clock.now += 2
        progress.advance(2)
    assert err.getvalue() == "analyzing: 2/7 articles, 1.0 articles/s, about 5s left\n"
    err = io.StringIO()
    assert list(track(iter("abc"), "x", total=3, stream=err, terminal=False, every=0)) == ["a", "b", "c"]
    assert err.getvalue() == ""


def test_at_a_terminal_rich_shows_done_of_total_and_the_rate():
    err = io.StringIO()
    err.isatty = lambda: True
    with Progress("ingesting", total=4, stream=err) as progress:
        progress.advance(3)
        progress._bar.refresh()
    shown = err.getvalue()
    assert "ingesting" in shown and "3/4" in shown and "articles/s" in shown


def test_work_in_shards_shows_shards_done_and_estimates_the_articles_from_the_bytes_done():
    clock, err = Clock(), io.StringIO()
    with Progress("batch", stream=err, terminal=False, clock=clock, parts=3, every=15) as progress:
        clock.now += 10
        progress.advance(30)
        progress.part_done(30, 0.25, "a.warc.gz: 30 articles, 1 bad records")
        clock.now += 10
        progress.advance(10)
        progress.part_done(10, 0.4)
        clock.now += 10
        progress.advance(25)  # part of the last shard: no line before `every` seconds have passed
        clock.now += 10
        progress.advance(5)  # a line, though no shard finished
        progress.advance(10)
        progress.part_done(40, 1.0)
    assert err.getvalue().splitlines() == [  # a line per finished shard, whatever the time between them
        "a.warc.gz: 30 articles, 1 bad records; batch: shards 1/3, 30/~120 articles, 3.0 articles/s, about 30s left",
        "batch: shards 2/3, 40/~100 articles, 2.0 articles/s, about 30s left",
        "batch: shards 2/3, 70/~100 articles, 1.8 articles/s, about 17s left",
        "batch: shards 3/3, 80/80 articles, 2.0 articles/s, about 0s left",
    ]
    err = io.StringIO()
    err.isatty = lambda: True
    with Progress("batch", stream=err, parts=8) as progress:
        progress.advance(30)
        progress.part_done(30, 0.25)
        progress._bar.refresh()
    shown = err.getvalue()
    assert "batch: shards 1/8" in shown and "30/120" in shown and "articles/s" in shown


def test_documents_are_counted_per_file_without_analysing_them(tmp_path):
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "one"}\n\n{"text": "two"}\n{"html": "<p>3</p>"}\n', encoding="utf-8")
    (tmp_path / "feed2.jsonl.gz").write_bytes(gzip.compress(b'{"text": "one"}\n{"text": "two"}\n'))
    pages = [("https://example.org/a", PAGE.encode()), ("https://example.org/b", PAGE.encode())]
    (tmp_path / "crawl.warc.gz").write_bytes(warc_bytes(pages))
    (tmp_path / "whole.warc.gz").write_bytes(gzip.compress(warc_bytes(pages * 2, gzipped=False)))
    (tmp_path / "cut.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>")
    counts = {p.name: count_documents(p) for p in sorted(tmp_path.iterdir())}
    assert counts == {"a.html": 1, "feed.jsonl": 3, "feed2.jsonl.gz": 2, "crawl.warc.gz": 2, "whole.warc.gz": 4,
                      "cut.warc": 1}
    grown = []
    documents = list(read_counted([str(tmp_path / "a.html"), str(tmp_path / "feed.jsonl"), "missing"], grown.append))
    assert grown == [3, 0, 2] and len(documents) == 5
    assert sum(grown) == len(documents)


def test_ingest_without_a_terminal_writes_progress_lines_to_stderr(tmp_path):
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "sourcetrace.cli", "analyze", str(tmp_path / "a.html"),
                          str(tmp_path / "a.html"), "--format", "jsonl"],
                         capture_output=True, text=True, env={**__import__("os").environ,
                                                              "SOURCETRACE_PROGRESS_EVERY": "0.000001"})
    assert run.returncode == 0, run.stderr
    assert "analyzing: 1/2 articles" in run.stderr and "analyzing: 2/2 articles" in run.stderr
