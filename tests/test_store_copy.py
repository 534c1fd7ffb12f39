"""`sourcetrace link` and `sourcetrace copy` as a user runs them: a store started in the embedded SQLite
file, linked again, then moved onto a real PostgreSQL server with its links and back."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import DEVSET, SEED
from sourcetrace.link.stored import StoredLinks
from sourcetrace.store import AttributionFilter, Store


def sourcetrace(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sourcetrace.cli", *args], capture_output=True, text=True, timeout=600)


def contents(db: str) -> dict:
    """What a reader of the store sees: counts, attributions, and the stored claims, copies and events."""
    store = Store.open(db)
    links = StoredLinks(store)
    seen = {"counts": store.counts(),
            "attributions": store.attributions(AttributionFilter(), limit=500),
            "article": store.article(store.articles(limit=1).items[0]["id"]),
            "claims": links.claims(limit=100), "copies": links.copies(limit=100), "events": links.events(limit=100)}
    store.close()
    return seen


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("copy") / "start.db")
    done = sourcetrace("ingest", str(SEED), *map(str, DEVSET[:3]), "--db", db)
    assert done.returncode == 0, done.stderr
    return db


def test_link_links_what_is_pending_and_rebuild_links_everything_again(sqlite_store):
    before = contents(sqlite_store)
    pending = sourcetrace("link", "--db", sqlite_store)
    assert pending.returncode == 0 and pending.stderr.splitlines()[-1] == "0 articles linked"
    rebuilt = sourcetrace("link", "--rebuild", "--db", sqlite_store)
    assert rebuilt.returncode == 0 and rebuilt.stderr.splitlines()[-1] == "4 articles linked"
    assert contents(sqlite_store) == before


def test_copy_onto_postgresql_keeps_everything_and_the_copy_goes_on_growing(sqlite_store, postgres_url, tmp_path):
    copied = sourcetrace("copy", "--db", sqlite_store, "--to", postgres_url)
    assert copied.returncode == 0, copied.stderr
    assert copied.stderr.splitlines()[-1].startswith("4 articles and ")
    on_server = contents(postgres_url)
    assert on_server == contents(sqlite_store)
    assert on_server["events"].total > 0 and on_server["claims"].items

    again = sourcetrace("copy", "--db", sqlite_store, "--to", postgres_url)
    assert again.returncode == 1
    assert again.stderr.strip().splitlines() == [
        f"Error: cannot copy into {postgres_url}: the destination is not empty (table articles has rows); "
        "copy into a new database"]
    assert contents(postgres_url) == on_server

    more = sourcetrace("ingest", str(DEVSET[3]), "--db", postgres_url)  # new keys follow the copied ones
    assert more.returncode == 0, more.stderr
    assert contents(postgres_url)["counts"]["articles"] == 5

    back = str(tmp_path / "back.db")
    assert sourcetrace("copy", "--db", postgres_url, "--to", back).returncode == 0
    assert contents(back) == contents(postgres_url)
