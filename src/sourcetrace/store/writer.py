"""Writing one analysis: the article, its attributions, speakers and entity mentions, in one transaction.

The same article (by content id) is stored once; a newer pipeline version replaces its
attributions; an older or equal one leaves it alone. A crash mid-write leaves nothing behind.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Literal, Optional

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from ..models import Analysis, Source
from .engine import retry, writing
from .dates import sort_date
from .entities import Mention, normalise_name
from .schema import articles, attributions, entities, input_digests, mentions, speakers

Outcome = Literal["stored", "replaced", "unchanged"]


def save(engine: Engine, analysis: Analysis, pipeline_version: str,
         found: Optional[list[list[Mention]]] = None, digest: Optional[str] = None) -> Outcome:
    """Store one analysis; ``found`` holds the entity mentions of each attribution (body then title), in
    order; ``digest`` (of the raw input) is remembered with the article, so the same input is not analysed again."""
    found = found or [[] for _ in analysis.all_attributions()]
    if len(found) != len(analysis.all_attributions()):
        raise ValueError("one list of mentions per attribution is needed")
    return retry(lambda: _save_once(engine, analysis, pipeline_version, found, digest))


def _save_once(engine: Engine, analysis: Analysis, version: str, found: list[list[Mention]],
               digest: Optional[str]) -> Outcome:
    article = analysis.article
    with writing(engine.connect()) as conn, conn.begin():
        existing = conn.execute(
            select(articles.c.pk, articles.c.pipeline_version).where(articles.c.id == article.id)).first()
        if existing and not is_newer(version, existing.pipeline_version):
            _remember(conn, digest, existing.pk, version)
            return "unchanged"
        row = _article_row(analysis, version)
        if existing:
            article_pk = existing.pk
            _delete_attributions(conn, article_pk)
            conn.execute(update(articles).where(articles.c.pk == article_pk).values(row))
        else:
            article_pk = conn.execute(insert(articles).values(row).returning(articles.c.pk)).scalar_one()
        _insert_attributions(conn, article_pk, analysis, found)
        _remember(conn, digest, article_pk, version)
        return "replaced" if existing else "stored"


def analysed_before(conn: Connection, digest: str, version: str) -> bool:
    """Whether this raw input was analysed by this pipeline version (or a newer one) and stored."""
    stored = conn.execute(select(input_digests.c.pipeline_version).where(input_digests.c.digest == digest)).scalar()
    return stored is not None and not is_newer(version, stored)


def _remember(conn: Connection, digest: Optional[str], article_pk: int, version: str) -> None:
    if digest:
        conn.execute(delete(input_digests).where(input_digests.c.digest == digest))
        conn.execute(insert(input_digests).values(digest=digest, article_pk=article_pk, pipeline_version=version))


def is_newer(version: str, than: str) -> bool:
    return _version_key(version) > _version_key(than)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def _article_row(analysis: Analysis, version: str) -> dict:
    a = analysis.article
    return dict(
        id=a.id, title=a.title, url=a.url, outlet=a.outlet, authors=list(a.authors), section=a.section,
        page_date=a.page_date, published=a.published, published_source=a.published_source, stale=a.stale,
        release=a.release, exclusive=a.exclusive, language=a.language, warnings=list(a.warnings), text=a.text,
        input=analysis.input, date=sort_date(a), pipeline_version=version,
        attribution_count=len(analysis.all_attributions()),
        ingested_at=datetime.now(timezone.utc),
    )


def _delete_attributions(conn: Connection, article_pk: int) -> None:
    owned = select(attributions.c.pk).where(attributions.c.article_pk == article_pk)
    conn.execute(delete(mentions).where(mentions.c.attribution_pk.in_(owned)))
    conn.execute(delete(attributions).where(attributions.c.article_pk == article_pk))


def speaker_identity(source: Source, article_id: str) -> dict:
    """Named speakers are one row across articles; an anonymous one is only known within its article."""
    name = source.name or source.text
    key = normalise_name(name)
    if source.kind == "anonymous" or not key:
        key = f"{normalise_name(source.text)} @{article_id}"
    return dict(key=key, name=name, kind=source.kind, affiliation=source.affiliation)


def _insert_attributions(conn: Connection, article_pk: int, analysis: Analysis, found: list[list[Mention]]) -> None:
    said = analysis.all_attributions()
    if not said:
        return
    article_id, day = analysis.article.id, sort_date(analysis.article)
    people = [speaker_identity(att.source, article_id) for att in said]
    speaker_pk = _upsert(conn, speakers, people)
    rows = []
    for position, (att, who) in enumerate(zip(said, people), start=1):
        rows.append(dict(
            id=f"{article_id}-{position}", article_pk=article_pk, position=position, speaker_pk=speaker_pk[who["key"]],
            source_text=att.source.text, source_name=att.source.name, source_kind=att.source.kind,
            affiliation=att.source.affiliation, cue=att.cue, content=att.content, quote=att.quote,
            stance=att.stance, hedge=att.hedge, hedge_probability=att.hedge_probability, medium=att.medium,
            cites=att.cites, date=day, part=att.part, content_spans=[list(s) for s in att.content_spans],
            **_span("source", att.source.span), **_span("cue", att.cue_span), **_span("medium", att.medium_span),
        ))
    conn.execute(insert(attributions), rows)
    attribution_pk = dict(conn.execute(
        select(attributions.c.position, attributions.c.pk).where(attributions.c.article_pk == article_pk)).all())
    named = [dict(key=m.key, name=m.name, label=m.label) for ms in found for m in ms]
    if not named:
        return
    entity_pk = _upsert(conn, entities, named)
    links = {}
    for position, ms in enumerate(found, start=1):
        for m in ms:
            links[(position, m.start)] = dict(attribution_pk=attribution_pk[position], start=m.start, end=m.end,
                                              entity_pk=entity_pk[m.key])
    conn.execute(insert(mentions), list(links.values()))


def _span(name: str, span) -> dict:
    start, end = span if span else (None, None)
    return {f"{name}_start": start, f"{name}_end": end}


def _upsert(conn: Connection, table, rows: list[dict]) -> dict[str, int]:
    """Insert rows whose key is new (first writer wins) and return the pk of every key."""
    unique = list({row["key"]: row for row in rows}.values())
    dialect = sqlite if conn.dialect.name == "sqlite" else postgresql
    conn.execute(dialect.insert(table).on_conflict_do_nothing(index_elements=["key"]), unique)
    keys = [row["key"] for row in unique]
    return dict(conn.execute(select(table.c.key, table.c.pk).where(table.c.key.in_(keys))).all())
