"""Crash safety and concurrent writers on the SQLite file: nothing half-stored, nothing lost."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import DEVSET

COPIES = 3  # editions of each dev-set article: distinct articles, same work to analyze


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    """Distinct articles: every dev-set article in a few editions that differ by one paragraph."""
    folder = tmp_path_factory.mktemp("corpus")
    files = []
    for edition in range(COPIES):
        for source in DEVSET:
            paragraphs = source.read_text(encoding="utf-8").split("\n\n")
            paragraphs.insert(2, f"The editors revised this story {edition + 1} times, a spokesperson said.")
            path = folder / f"{source.parent.name}-{edition}.txt"
            path.write_text("\n\n".join(paragraphs), encoding="utf-8")
            files.append(path)
    return files


def ingest(db: Path, files: list[Path]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "sourcetrace.cli", "ingest", *map(str, files), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def count_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def assert_consistent(db: Path) -> int:
    """Integrity, foreign keys, search index, and every article whole: as many attributions as it says."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for fts in ("articles_fts", "attributions_fts"):
            conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        partial = conn.execute(
            "SELECT a.id, a.attribution_count, count(t.pk) FROM articles a LEFT JOIN attributions t "
            "ON t.article_pk = a.pk GROUP BY a.pk HAVING count(t.pk) != a.attribution_count").fetchall()
        assert partial == []
        assert conn.execute("SELECT count(*) FROM mentions m LEFT JOIN attributions t ON t.pk = m.attribution_pk "
                            "WHERE t.pk IS NULL").fetchone()[0] == 0
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_killed_ingest_leaves_a_consistent_store_and_a_rerun_completes(tmp_path, corpus):
    db = tmp_path / "crash.db"
    process = ingest(db, corpus)
    deadline = time.monotonic() + 300
    while count_articles(db) < 4:
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    before = assert_consistent(db)
    assert 4 <= before < len(corpus)
    rerun = ingest(db, corpus)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert err.splitlines()[-1] == f"{len(corpus) - before} stored, {before} unchanged"
    assert assert_consistent(db) == len(corpus)


def test_two_processes_ingesting_at_once_lose_nothing(tmp_path, corpus):
    db = tmp_path / "shared.db"
    half = len(corpus) // 2
    first, second = ingest(db, corpus[: half + 6]), ingest(db, corpus[half - 6:])  # 12 articles in both
    results = [p.communicate(timeout=600) for p in (first, second)]
    assert (first.returncode, second.returncode) == (0, 0), results
    stored = sum(int(err.splitlines()[-1].split(" stored")[0].split()[-1]) for _, err in results if " stored" in err)
    assert stored == len(corpus)
    assert assert_consistent(db) == len(corpus)


def test_two_processes_ingesting_the_same_articles_into_postgresql(postgres_url):
    """Racing on the same new articles and speakers: one stores each, the other finds it stored."""
    from sourcetrace.store import Store

    processes = [subprocess.Popen([sys.executable, "-m", "sourcetrace.cli", "ingest", *map(str, DEVSET), "--db",
                                   postgres_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
    results = [p.communicate(timeout=600) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], results
    tallies = [dict(reversed(part.split(" ", 1)) for part in err.splitlines()[-1].split(", ")) for _, err in results]
    assert sum(int(t.get("stored", 0)) for t in tallies) == len(DEVSET)
    assert sum(int(t.get("unchanged", 0)) for t in tallies) == len(DEVSET)
    store = Store.open(postgres_url)
    counts = store.counts()
    assert counts["articles"] == len(DEVSET)
    assert sum(a["attribution_count"] for a in store.articles(limit=100).items) == counts["attributions"]
    store.close()
