"""Bulk loading a batch run's rows into PostgreSQL stores what saving each analysis stores."""
from __future__ import annotations

import os

from sourcetrace.batch import rows_of
from sourcetrace.store import AttributionFilter, Store
from sourcetrace.store.bulk import load_shard


def another_database(admin_url: str) -> str:
    import psycopg

    name = "t_bulk_" + os.urandom(4).hex()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return admin_url.replace("/postgres?", f"/{name}?")


def everything(store: Store) -> dict:
    """What a reader sees: attributions, speakers and entities, without the row numbers."""
    attributions = store.attributions(AttributionFilter(), limit=10_000).items
    for item in attributions:
        item.pop("speaker_id")
    speakers = [{k: v for k, v in s.items() if k != "id"} for s in store.speakers(limit=10_000).items]
    entities = [{k: v for k, v in e.items() if k != "id"} for e in store.entities(limit=10_000).items]
    key = lambda row: str(sorted(row.items()))  # noqa: E731
    return {"attributions": sorted(attributions, key=key), "speakers": sorted(speakers, key=key),
            "entities": sorted(entities, key=key), "counts": store.counts()}


def test_a_shard_loaded_with_copy_reads_as_saved_one_by_one_and_again_changes_nothing(
        devset_analyses, entity_finder, postgres_url, postgres_admin_url):
    analyses = devset_analyses[:5]
    shard: dict[str, list[dict]] = {"articles": [], "attributions": [], "entities": []}
    for analysis in analyses:
        for table, rows in rows_of(analysis, entity_finder).items():
            shard[table] += rows

    saved = Store.open(postgres_url)
    for analysis in analyses:
        saved.save(analysis, found=entity_finder.find(analysis))
    loaded = Store.open(another_database(postgres_admin_url))

    assert load_shard(loaded.engine, shard) == len(analyses)
    assert everything(loaded) == everything(saved)
    assert everything(loaded)["counts"]["attributions"] > 0
    assert load_shard(loaded.engine, shard) == 0  # idempotent: nothing new, nothing doubled
    assert everything(loaded) == everything(saved)
