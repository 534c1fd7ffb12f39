"""The analyze command: formats, one error line per bad input, exit codes 0/1/2."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from sourcetrace.cli import main

ARTICLE = (
    "Harbour reopens after storm\n\n"
    "The harbour reopened on Monday after a week of repairs, the port authority said.\n\n"
    "\u201cWe are open for business,\u201d the harbour master told reporters."
)


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_json_for_one_input_is_one_article_object(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run("analyze", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out) == {"article", "attributions", "title_attributions"}
    assert out["article"]["text"].startswith("The harbour reopened") or "harbour reopened" in out["article"]["text"]
    assert len(out["article"]["id"]) == 16


def test_join_continuations_counts_the_quoted_sentences_after_a_frame_as_one_statement(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE + " \u201cThe boats can sail again.\u201d", encoding="utf-8")
    contents = {flag: [a["content_spans"] for a in json.loads(run("analyze", str(path), "--format", "json", *flag).stdout)
                       ["attributions"] if a["cue"] == "told"] for flag in [(), ("--join-continuations",)]}
    assert [len(spans) for spans in contents[()]] == [1, 1]
    assert [len(spans) for spans in contents[("--join-continuations",)]] == [2]


def test_several_inputs_give_articles_and_jsonl_names_each_input(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE.replace("Monday", name), encoding="utf-8")
    out = json.loads(run("analyze", str(tmp_path), "--format", "json").stdout)
    assert len(out["articles"]) == 2 and out["articles"][0]["input"].endswith("a.txt")
    lines = run("analyze", str(tmp_path), "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["input"].rsplit("/", 1)[-1] for line in lines] == ["a.txt", "b.txt"]


def test_a_batch_goes_on_past_bad_inputs_and_exits_1(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "cut.html.gz").write_bytes(gzip.compress(b"<html><body><p>x</p></body></html>" * 100)[:60])
    (tmp_path / "menu.txt").write_text("Home\nNews\nSports\nContact us\n", encoding="utf-8")
    result = run("analyze", str(tmp_path), "--format", "jsonl")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1 and "good.txt" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]  # not progress lines
    assert len(errors) == 4
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("junk.bin" in e and "binary" in e for e in errors)
    assert any("cut.html.gz" in e and "gzip" in e for e in errors)
    assert any("menu.txt" in e and "no article text" in e for e in errors)


def test_usage_errors_exit_2():
    assert run("analyze").exit_code == 2
    assert run("analyze", "x.txt", "--format", "yaml").exit_code == 2


def test_stdin_and_the_installed_command(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "sourcetrace.cli", "analyze", "-", "--format", "text"],
        input=ARTICLE.encode(), capture_output=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert "harbour reopened" in proc.stdout.decode()


def test_events_text_report_prints_scraped_names_literally_not_as_rich_markup():
    import io

    from rich.console import Console

    from sourcetrace.cli import print_events
    from sourcetrace.link import ArticleEvents
    from sourcetrace.link.events import Event, ResponsibilityClaim

    hostile = "[bold red]Officials[/bold red] [link=http://x]"
    found = [ArticleEvents(article="a[/].html", events=[Event(kind="attack", trigger="attack", target=hostile)],
                           claims=[ResponsibilityClaim(claimant=hostile, blamed="[blink]Group[/blink]", stance="accuse",
                                                       hedge="[i]likely[/i]", event=0)])]
    buffer = io.StringIO()
    print_events(Console(file=buffer, width=200, no_color=True, highlight=False, soft_wrap=True), found, [])
    text = buffer.getvalue()
    assert "a[/].html" in text
    assert f"E1 attack on {hostile}" in text
    assert f"{hostile} blamed [blink]Group[/blink] (hedged: [i]likely[/i])" in text


def test_text_report_counts_even_zero_attributions_and_can_leave_out_the_body(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    full = run("analyze", str(path)).stdout
    assert "2 attributions" in full and "The harbour reopened on Monday" in full
    short = run("analyze", str(path), "--no-body").stdout
    assert "2 attributions" in short and "We are open for business" in short  # the quote stays, the body goes
    assert "The harbour reopened on Monday after a week of repairs, the port authority said." not in short
    path.write_text("The harbour reopened on Monday after a week of repairs.\n\nShips queued at the gate.", encoding="utf-8")
    assert "0 attributions" in run("analyze", str(path), "--no-body").stdout
    assert all(line == line.rstrip() for line in short.splitlines())


def test_claims_prints_no_progress_bar_of_the_model_library(tmp_path):
    for name, day in (("a.txt", "Monday"), ("b.txt", "Tuesday")):
        (tmp_path / name).write_text(ARTICLE.replace("Monday", day), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "sourcetrace.cli", "claims", str(tmp_path), "--format", "json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["clusters"] is not None
    assert "Loading weights" not in proc.stderr and "it/s" not in proc.stderr and "%|" not in proc.stderr
