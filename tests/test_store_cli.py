"""`sourcetrace ingest` and `sourcetrace query` as a user runs them, on SQLite and PostgreSQL."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from conftest import DEVSET, SEED
from sourcetrace.cli import main
from sourcetrace.store import Store


def sourcetrace(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sourcetrace.cli", *args], capture_output=True, text=True,
                          timeout=timeout)


def test_ingest_seed_and_devset_twice(db_url, tmp_path):
    bad = tmp_path / "empty.html"
    bad.write_bytes(b"")
    inputs = [str(SEED), *map(str, DEVSET)]
    first = sourcetrace("ingest", *inputs, str(bad), str(tmp_path / "missing.txt"), "--db", db_url)
    assert first.returncode == 1
    errors = [line for line in first.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2 and "empty.html" in errors[0] and "missing.txt" in errors[1]
    assert first.stderr.splitlines()[-1] == f"2 failed, {len(inputs)} stored"

    store = Store.open(db_url)
    counts = store.counts()
    assert counts["articles"] == len(inputs) and counts["attributions"] > 0
    assert counts["entities"] > 0 and counts["mentions"] > 0
    ids = [a["id"] for a in store.articles(limit=100).items]
    again = sourcetrace("ingest", *inputs, "--db", db_url)
    assert again.returncode == 0 and again.stderr.splitlines()[-1] == f"{len(inputs)} unchanged"
    assert store.counts() == counts and [a["id"] for a in store.articles(limit=100).items] == ids
    store.close()


@pytest.fixture
def stored(tmp_path, hand_built):
    path = str(tmp_path / "q.db")
    store = Store.open(path)
    for analysis in hand_built:
        store.save(analysis)
    store.close()
    return path


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_query_formats(stored, tmp_path):
    result = run("query", "--db", stored, "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 6 and result.stderr == "6 of 6 attributions\n"
    assert rows[0]["content_spans"] and set(rows[0]) >= {"id", "article_id", "source_text", "source_kind", "content"}

    out = run("query", "--db", stored, "--format", "csv", "--kind", "anonymous", "-o", str(tmp_path / "a.csv"))
    assert (out.stdout, out.stderr) == ("", "2 of 2 attributions\n")
    table = list(csv.DictReader(io.StringIO((tmp_path / "a.csv").read_text(encoding="utf-8"))))
    assert {r["source_kind"] for r in table} == {"anonymous"} and len(table) == 2
    assert all(re.fullmatch(r"\d+:\d+(;\d+:\d+)*", r["content_spans"]) for r in table)

    run("query", "--db", stored, "--format", "parquet", "-o", str(tmp_path / "a.parquet"), "--limit", "0")
    frame = pq.read_table(tmp_path / "a.parquet").to_pylist()
    assert sorted(r["id"] for r in frame) == sorted(r["id"] for r in rows)
    assert all(r["content_spans"] and all(len(s) == 2 for s in r["content_spans"]) for r in frame)

    text = run("query", "bribes", "--db", stored).stdout
    assert "the Acme Corporation had paid bribes" in text and "Officials" in text and "DENY" in text
    assert run("query", "--db", stored, "--speaker", "jane", "--since", "2022").stderr == "1 of 1 attributions\n"
    page = run("query", "--db", stored, "--limit", "2", "--offset", "1", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["id"] for line in page] == [r["id"] for r in rows[1:3]]


def test_query_rejects_bad_dates(stored):
    result = CliRunner().invoke(main, ["query", "--db", stored, "--since", "2021-02-30"])
    assert result.exit_code == 2 and "not a date" in result.output


def test_query_text_names_its_columns_and_leaves_no_trailing_space(stored):
    lines = run("query", "--db", stored).stdout.splitlines()
    assert lines[:3] == ["date outlet id title", "  speaker (kind) cue stance details", "  what was said"]
    assert len(lines) == 3 + 6 * 3
    assert [line for line in lines if line != line.rstrip() or "  " in line.strip()] == []
    assert run("query", "nothing-matches-this", "--db", stored).stdout == ""
