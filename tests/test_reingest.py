"""Re-ingesting unchanged inputs skips them before any cleaning or parsing, and changes nothing."""
from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

import sourcetrace.pipeline
from sourcetrace.cli import main
from sourcetrace.models import Document, InputError
from sourcetrace.store import Store
from sourcetrace.store.ingester import Ingester

PAGE = ("Harbour reopens after storm\n\n"
        "The harbour reopened on {day} after a week of repairs, the port authority said.\n\n"
        "\u201cWe are open for business,\u201d the harbour master told reporters.")


def documents(*days: str) -> list[Document]:
    return [Document(input=f"{day}.txt", content=PAGE.format(day=day), kind="text") for day in days]


def test_unchanged_inputs_are_not_cleaned_or_parsed_again(tmp_path, analyzer, entity_finder, monkeypatch):
    cleaned = []

    def counting_clean(doc):
        cleaned.append(doc.input)
        return real_clean(doc)

    real_clean = sourcetrace.pipeline.clean
    monkeypatch.setattr(sourcetrace.pipeline, "clean", counting_clean)
    store = Store.open(str(tmp_path / "s.db"))
    ingester = Ingester(store, analyzer, entity_finder, pipeline_version="1.0")

    first = [outcome for _, outcome in ingester.ingest_all(documents("Monday", "Tuesday", "Friday"))]
    assert first == ["stored"] * 3 and len(cleaned) == 3
    counts, ids = store.counts(), [a["id"] for a in store.articles(limit=10).items]

    again = list(ingester.ingest_all(documents("Monday", "Tuesday", "Friday") + [InputError("x", "bad")]))
    assert sorted(str(outcome) for _, outcome in again) == ["None", "unchanged", "unchanged", "unchanged"]
    assert len(cleaned) == 3  # nothing cleaned, nothing parsed
    assert store.counts() == counts and [a["id"] for a in store.articles(limit=10).items] == ids

    mixed = [outcome for _, outcome in ingester.ingest_all(documents("Monday", "Sunday"))]
    assert sorted(mixed) == ["stored", "unchanged"] and cleaned[3:] == ["Sunday.txt"]

    renamed = [Document(input="elsewhere.txt", content=PAGE.format(day="Monday"), kind="text")]
    assert [o for _, o in ingester.ingest_all(renamed)] == ["unchanged"] and len(cleaned) == 4  # the path is no part of it

    newer = Ingester(store, analyzer, entity_finder, pipeline_version="1.1")
    assert [o for _, o in newer.ingest_all(documents("Monday"))] == ["replaced"] and cleaned[-1] == "Monday.txt"
    store.close()


def test_re_ingesting_unchanged_files_does_not_even_load_spacy(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for day in ("Monday", "Tuesday"):
        (pages / f"{day}.txt").write_text(PAGE.format(day=day), encoding="utf-8")
    db = str(tmp_path / "s.db")
    first = CliRunner().invoke(main, ["ingest", str(pages), "--db", db, "--workers", "1"])
    assert first.exit_code == 0 and first.stderr.splitlines()[-1] == "2 stored", first.output
    script = ("import sys\nfrom sourcetrace.cli import main\n"
              f"try:\n    main(['ingest', {str(pages)!r}, '--db', {db!r}, '--workers', '1'])\n"
              "except SystemExit as done:\n    print(done.code, 'spacy' in sys.modules, 'torch' in sys.modules)\n")
    again = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert again.stdout.split() == ["0", "False", "False"] and again.stderr.splitlines()[-1] == "2 unchanged"
