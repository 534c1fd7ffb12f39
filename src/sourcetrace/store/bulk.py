"""Bulk load of a `batch` run's rows into PostgreSQL: COPY, one transaction per shard, idempotent.

Articles already stored (by content id) are left as they are, with their attributions; speakers
and entities are shared rows, first writer wins, as in ``writer.save``.
"""
from __future__ import annotations

from itertools import groupby

from sqlalchemy import JSON, Engine

from ..models import Source
from .schema import metadata
from .writer import speaker_identity

ARTICLE_COLUMNS = ("id", "title", "url", "outlet", "authors", "section", "page_date", "published",
                   "published_source", "stale", "release", "exclusive", "language", "warnings", "text", "input",
                   "date", "pipeline_version", "attribution_count")
SPANS = ("source", "cue", "medium")


def load_shard(engine: Engine, rows: dict[str, list[dict]]) -> int:
    """Store one shard's articles, attributions and entity mentions; returns how many articles were new."""
    if engine.dialect.name != "postgresql":
        raise ValueError("bulk loading needs PostgreSQL (COPY)")
    with engine.connect() as conn, conn.begin():
        cur = conn.connection.driver_connection.cursor()
        copy(cur, "load_articles", "articles", ARTICLE_COLUMNS, [[a[c] for c in ARTICLE_COLUMNS] for a in rows["articles"]])
        cols = ", ".join(ARTICLE_COLUMNS)
        new = dict(cur.execute(f"INSERT INTO articles ({cols}, ingested_at) SELECT {cols}, now() FROM load_articles "
                               "ON CONFLICT (id) DO NOTHING RETURNING id, pk").fetchall())
        attributions = [a for a in rows["attributions"] if a["article_id"] in new]
        people = [{**speaker_identity(Source(text=a["source_text"], kind=a["source_kind"], name=a["source_name"],
                                             affiliation=a["affiliation"]), a["article_id"]), "article_id": a["article_id"]}
                  for a in attributions]
        speaker_pk = upsert(cur, "speakers", ("key", "name", "kind", "affiliation"), people)
        columns = ("id", "article_pk", "position", "speaker_pk", "source_text", "source_name", "source_kind",
                   "affiliation", "cue", "content", "quote", "stance", "hedge", "hedge_probability", "medium",
                   "cites", "date", "part", "content_spans", *(f"{p}_{end}" for p in SPANS for end in ("start", "end")))
        copy(cur, None, "attributions", columns, [
            [a["id"], new[a["article_id"]], a["position"], speaker_pk[who["key"]], a["source_text"], a["source_name"],
             a["source_kind"], a["affiliation"], a["cue"], a["content"], a["quote"], a["stance"], a["hedge"],
             a["hedge_probability"], a["medium"], a["cites"], a["date"], a["part"], a["content_spans"],
             *(edge for p in SPANS for edge in (a[f"{p}_span"] or (None, None)))]
            for a, who in zip(attributions, people)])
        if not attributions:
            return len(new)
        attribution_pk = dict(cur.execute("SELECT id, pk FROM attributions WHERE article_pk = ANY(%s)",
                                          [list(new.values())]).fetchall())
        found = [e for e in rows["entities"] if e["attribution_id"] in attribution_pk]
        entity_pk = upsert(cur, "entities", ("key", "name", "label"), found)
        mentions = {(attribution_pk[e["attribution_id"]], e["start"]): [e["end"], entity_pk[e["key"]]] for e in found}
        copy(cur, None, "mentions", ("attribution_pk", "start", "end", "entity_pk"),
             [[pk, start, *rest] for (pk, start), rest in mentions.items()])
        return len(new)


def copy(cur, temp: str | None, table: str, columns: tuple[str, ...], rows: list[list]) -> None:
    """COPY rows into ``table``, or into a new temporary table shaped like it when ``temp`` names one."""
    from psycopg.types.json import Json

    if temp:
        cur.execute(f"CREATE TEMP TABLE {temp} ON COMMIT DROP AS SELECT {', '.join(columns)} FROM {table} WITH NO DATA")
    json_at = [i for i, c in enumerate(columns) if isinstance(metadata.tables[table].c[c].type, JSON)]
    quoted = ", ".join(f'"{c}"' for c in columns)
    with cur.copy(f"COPY {temp or table} ({quoted}) FROM STDIN") as out:
        for row in rows:
            for i in json_at:
                row[i] = Json(row[i])
            out.write_row(row)


def upsert(cur, table: str, columns: tuple[str, ...], rows: list[dict]) -> dict[str, int]:
    """Insert the rows whose key is new and return every key's pk. As when articles are saved one by
    one: the first article naming a key wins, and within it the last row of that key."""
    unique: dict[str, dict] = {}
    for _, group in groupby(rows, key=lambda row: row["article_id"]):
        for key, row in {row["key"]: row for row in group}.items():
            unique.setdefault(key, row)
    unique = list(unique.values())
    copy(cur, f"load_{table}", table, columns, [[row[c] for c in columns] for row in unique])
    cols = ", ".join(columns)
    cur.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM load_{table} ON CONFLICT (key) DO NOTHING")
    return dict(cur.execute(f"SELECT key, pk FROM {table} WHERE key = ANY(%s)", [[r["key"] for r in unique]]).fetchall())
