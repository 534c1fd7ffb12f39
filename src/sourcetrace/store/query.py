"""Every read of the store, used alike by the CLI, the REST API and the web page."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional, get_args, get_type_hints

from sqlalchemy import ColumnElement, Select, false, func, literal_column, or_, select, table
from sqlalchemy.engine import Connection

from ..models import Attribution, Source
from .dates import pad_date
from .entities import normalise_name
from .schema import articles, attributions, entities, mentions, speakers

SPEAKER_KINDS: tuple[str, ...] = get_args(get_type_hints(Source)["kind"])
STANCES: tuple[str, ...] = get_args(get_type_hints(Attribution)["stance"])


@dataclass
class AttributionFilter:
    """What to look for; every field left empty means 'any'."""

    text: Optional[str] = None  # full-text search in what was said
    speaker: Optional[str] = None  # part of the source as written or of its resolved name
    speaker_id: Optional[int] = None
    about: Optional[str] = None  # an entity named in what was said (or the phrase itself)
    entity_id: Optional[int] = None  # said about this entity by someone other than the entity
    stance: Optional[str] = None
    kind: Optional[str] = None  # speaker kind: person, anonymous, organization, ...
    outlet: Optional[str] = None
    medium: Optional[str] = None
    since: Optional[str] = None  # ISO date (or YYYY / YYYY-MM), inclusive
    until: Optional[str] = None
    article_id: Optional[str] = None
    part: Optional[str] = None  # "body" or "title": what the article says, or what its headline says


@dataclass
class Page:
    total: int
    limit: int
    offset: int
    items: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "items": self.items}


SPAN_PARTS = ("source", "cue", "medium")  # the content has a list of spans, content_spans
ATTRIBUTION_COLUMNS = (
    attributions.c.id, articles.c.id.label("article_id"), articles.c.title.label("article_title"),
    articles.c.outlet, attributions.c.date, attributions.c.position, attributions.c.speaker_pk.label("speaker_id"),
    attributions.c.source_text, attributions.c.source_name, attributions.c.source_kind, attributions.c.affiliation,
    attributions.c.cue, attributions.c.content, attributions.c.quote, attributions.c.stance, attributions.c.hedge,
    attributions.c.hedge_probability, attributions.c.medium, attributions.c.cites, attributions.c.part,
    attributions.c.content_spans, *(attributions.c[f"{part}_{end}"] for part in SPAN_PARTS for end in ("start", "end")),
)
ARTICLE_SUMMARY_COLUMNS = (
    articles.c.id, articles.c.title, articles.c.url, articles.c.outlet, articles.c.authors, articles.c.section,
    articles.c.page_date, articles.c.published, articles.c.published_source, articles.c.stale, articles.c.release,
    articles.c.exclusive, articles.c.language, articles.c.date, articles.c.pipeline_version,
    articles.c.attribution_count,
)


# --- attributions -----------------------------------------------------------------------------------

def find_attributions(conn: Connection, f: AttributionFilter, limit: int = 20, offset: int = 0) -> Page:
    """Newest first. Counting and paging touch only the tables the filter needs (an index gives the
    order); the page's rows are then read whole."""
    where, joined = _attribution_conditions(conn, f)
    rows = attributions
    for other in joined:
        rows = rows.join(other)
    total = conn.execute(select(func.count()).select_from(rows).where(*where)).scalar_one()
    date = attributions.c.date.desc()
    newest = (date.nulls_last() if conn.dialect.name == "postgresql" else date,
              attributions.c.article_pk.desc(), attributions.c.position)
    pks = conn.execute(select(attributions.c.pk).select_from(rows).where(*where).order_by(*newest)
                       .limit(limit).offset(offset)).scalars().all()
    found = conn.execute(select(attributions.c.pk.label("_pk"), *ATTRIBUTION_COLUMNS)
                         .select_from(attributions.join(articles)).where(attributions.c.pk.in_(pks))).mappings().all()
    by_pk = {row["_pk"]: row for row in found}
    return Page(total, limit, offset, [attribution_item(by_pk[pk]) for pk in pks])


def attribution_item(row) -> dict:
    """A row as the API shows it: spans as [start, end] pairs."""
    item = {k: v for k, v in row.items() if not k.endswith(("_start", "_end")) and k != "_pk"}
    for part in SPAN_PARTS:
        start, end = row[f"{part}_start"], row[f"{part}_end"]
        item[f"{part}_span"] = [start, end] if start is not None and end is not None else None
    return item


def _attribution_conditions(conn: Connection, f: AttributionFilter) -> tuple[list[ColumnElement], list]:
    """The WHERE clauses for a filter, and the tables beyond `attributions` they need."""
    where: list[ColumnElement] = []
    joined = []
    if f.text:
        where.append(_text_match(conn, f.text))
    if f.speaker:
        where.append(_speaker_match(conn, f.speaker))
    if f.speaker_id is not None:
        where.append(attributions.c.speaker_pk == f.speaker_id)
    if f.about:
        named = (select(mentions.c.attribution_pk).join(entities)
                 .where(entities.c.key == normalise_name(f.about)))
        where.append(or_(attributions.c.pk.in_(named), _text_match(conn, f.about, phrase=True)))
    if f.entity_id is not None:
        named = select(mentions.c.attribution_pk).where(mentions.c.entity_pk == f.entity_id)
        itself = select(entities.c.key).where(entities.c.pk == f.entity_id).scalar_subquery()
        where += [attributions.c.pk.in_(named), speakers.c.key != itself]
        joined.append(speakers)
    if f.stance:
        where.append(attributions.c.stance == f.stance)
    if f.kind:
        where.append(attributions.c.source_kind == f.kind)
    if f.part:
        where.append(attributions.c.part == f.part)
    if f.medium:
        where.append(_contains(attributions.c.medium, f.medium))
    if f.outlet or f.article_id:
        joined.append(articles)
        where += [_contains(articles.c.outlet, f.outlet)] if f.outlet else []
        where += [articles.c.id == f.article_id] if f.article_id else []
    where += _date_conditions(attributions.c.date, f.since, f.until)
    return where, joined


def _date_conditions(column, since: Optional[str], until: Optional[str]) -> list[ColumnElement]:
    where = []
    if since:
        where.append(column >= pad_date(since, "01"))
    if until:
        where.append(column <= pad_date(until, "31"))
    return where


def check_date(value: str) -> str:
    """Accept a real date written YYYY, YYYY-MM or YYYY-MM-DD; anything else is a ValueError."""
    shape = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}.get(len(value))
    try:
        datetime.strptime(value, shape or "")
    except (TypeError, ValueError):
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}") from None
    return value


def _contains(column, needle: str) -> ColumnElement:
    escaped = needle.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


def _words(query: str) -> list[str]:
    """Only word characters reach a full-text query, so no input can be query syntax."""
    return re.findall(r"\w+", query)


def _text_match(conn: Connection, query: str, phrase: bool = False) -> ColumnElement:
    """Attributions whose content has all the words (or the exact phrase)."""
    words = _words(query)
    if not words:
        return false()
    if conn.dialect.name == "postgresql":
        to_query = func.phraseto_tsquery if phrase else func.plainto_tsquery
        return literal_column("attributions.search").op("@@")(to_query(ENGLISH, " ".join(words)))
    terms = '"' + " ".join(words) + '"' if phrase else " ".join(f'"{w}"' for w in words)
    return _fts5(attributions, "attributions_fts", f"content : ({terms})")


def _speaker_match(conn: Connection, query: str) -> ColumnElement:
    """Attributions whose source, as written or resolved, has words starting with each word given."""
    words = _words(query)
    if not words:
        return false()
    if conn.dialect.name == "postgresql":
        return literal_column("attributions.speaker_search").op("@@")(
            func.to_tsquery(ENGLISH, " & ".join(f"{w}:*" for w in words)))
    return _fts5(attributions, "attributions_fts", "speaker : (" + " ".join(f'"{w}"*' for w in words) + ")")


def _fts5(tbl, fts: str, expression: str) -> ColumnElement:
    hits = select(literal_column("rowid")).select_from(table(fts)).where(literal_column(fts).op("MATCH")(expression))
    return tbl.c.pk.in_(hits)


ENGLISH = literal_column("'english'::regconfig")


# --- articles ---------------------------------------------------------------------------------------

def find_articles(conn: Connection, text: Optional[str] = None, outlet: Optional[str] = None,
                  since: Optional[str] = None, until: Optional[str] = None, limit: int = 20, offset: int = 0) -> Page:
    where = _date_conditions(articles.c.date, since, until)
    if text:
        where.append(_article_match(conn, text))
    if outlet:
        where.append(_contains(articles.c.outlet, outlet))
    base = select(*ARTICLE_SUMMARY_COLUMNS).where(*where)
    return _page(conn, base, (articles.c.date.desc().nulls_last(), articles.c.pk.desc()), limit, offset)


def _article_match(conn: Connection, query: str) -> ColumnElement:
    words = _words(query)
    if not words:
        return false()
    if conn.dialect.name == "postgresql":
        return literal_column("articles.search").op("@@")(func.plainto_tsquery(ENGLISH, " ".join(words)))
    return _fts5(articles, "articles_fts", " ".join(f'"{w}"' for w in words))


def get_article(conn: Connection, article_id: str) -> Optional[dict]:
    """The article with its text and every attribution, each with the entities it names."""
    row = conn.execute(select(*ARTICLE_SUMMARY_COLUMNS, articles.c.text, articles.c.warnings, articles.c.input,
                              articles.c.ingested_at).where(articles.c.id == article_id)).mappings().first()
    if row is None:
        return None
    article = dict(row)
    if article["ingested_at"].tzinfo is None:  # SQLite keeps no zone; the writer stored UTC, as PostgreSQL says
        article["ingested_at"] = article["ingested_at"].replace(tzinfo=timezone.utc)
    page = find_attributions(conn, AttributionFilter(article_id=article_id), limit=100_000)
    named = conn.execute(
        select(attributions.c.id, entities.c.pk, entities.c.name, entities.c.label, mentions.c.start, mentions.c.end)
        .select_from(mentions.join(entities).join(attributions).join(articles))
        .where(articles.c.id == article_id).order_by(attributions.c.position, mentions.c.start)).all()
    by_attribution: dict[str, list[dict]] = {}
    for att_id, pk, name, label, start, end in named:
        by_attribution.setdefault(att_id, []).append(dict(id=pk, name=name, label=label, start=start, end=end))
    for item in page.items:
        item["entities"] = by_attribution.get(item["id"], [])
    article["attributions"] = page.items
    return article


# --- speakers and entities --------------------------------------------------------------------------

def find_speakers(conn: Connection, name: Optional[str] = None, kind: Optional[str] = None,
                  limit: int = 20, offset: int = 0) -> Page:
    said = func.count(attributions.c.pk).label("attributions")
    base = (select(speakers.c.pk.label("id"), speakers.c.name, speakers.c.kind, speakers.c.affiliation, said,
                   func.count(attributions.c.article_pk.distinct()).label("articles"))
            .select_from(speakers.join(attributions)).group_by(speakers.c.pk))
    if name:
        base = base.where(_contains(speakers.c.name, name))
    if kind:
        base = base.where(speakers.c.kind == kind)
    return _page(conn, base, (said.desc(), speakers.c.name), limit, offset)


def get_speaker(conn: Connection, speaker_id: int) -> Optional[dict]:
    row = conn.execute(select(speakers.c.pk.label("id"), speakers.c.name, speakers.c.kind, speakers.c.affiliation)
                       .where(speakers.c.pk == speaker_id)).mappings().first()
    if row is None:
        return None
    as_entity = conn.execute(select(entities.c.pk).where(entities.c.key == normalise_name(row["name"]))).scalar()
    return {**row, "entity_id": as_entity}


def find_entities(conn: Connection, name: Optional[str] = None, limit: int = 20, offset: int = 0) -> Page:
    count = func.count(mentions.c.attribution_pk.distinct()).label("mentions")
    base = (select(entities.c.pk.label("id"), entities.c.name, entities.c.label, count)
            .select_from(entities.join(mentions)).group_by(entities.c.pk))
    if name:
        base = base.where(or_(_contains(entities.c.name, name), entities.c.key == normalise_name(name)))
    return _page(conn, base, (count.desc(), entities.c.name), limit, offset)


def get_entity(conn: Connection, entity_id: int) -> Optional[dict]:
    row = conn.execute(select(entities.c.pk.label("id"), entities.c.key, entities.c.name, entities.c.label)
                       .where(entities.c.pk == entity_id)).mappings().first()
    if row is None:
        return None
    as_speaker = conn.execute(select(speakers.c.pk).where(speakers.c.key == row["key"])).scalar()
    return {**row, "speaker_id": as_speaker}


def counts(conn: Connection) -> dict[str, int]:
    return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (articles, attributions, speakers, entities, mentions)}


def _page(conn: Connection, base: Select, order, limit: int, offset: int) -> Page:
    total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
    rows = conn.execute(base.order_by(*order).limit(limit).offset(offset)).mappings().all()
    return Page(total, limit, offset, [dict(r) for r in rows])


def search(conn: Connection, text: str, limit: int = 20, offset: int = 0) -> dict:
    """Articles and attributions matching the words, side by side."""
    return {"query": text,
            "articles": find_articles(conn, text=text, limit=limit, offset=offset).to_dict(),
            "attributions": find_attributions(conn, AttributionFilter(text=text), limit, offset).to_dict()}
