"""The tables, as SQLAlchemy Core objects shared by the writer and the queries.

Integer primary keys are internal; the public ids are ``articles.id`` (the content id)
and ``attributions.id`` (article id + position), both stable across re-ingestion.
The full-text indexes are dialect-specific and live only in the migrations
(SQLite FTS5 tables kept in step by triggers, PostgreSQL generated tsvector columns), as does
the index that lists attributions newest first (date descending, nulls last, in both).
"""
from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, DateTime, ForeignKey, Index, Integer, MetaData, String, Table, Text)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(32), nullable=False, unique=True),
    Column("title", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("authors", JSON, nullable=False),
    Column("section", Text),
    Column("page_date", String(10)),
    Column("published", String(10)),
    Column("published_source", String(16)),
    Column("stale", Boolean, nullable=False),
    Column("language", String(16)),
    Column("warnings", JSON, nullable=False),
    Column("text", Text, nullable=False),
    Column("input", Text),
    Column("date", String(10)),  # published, else page date, as YYYY-MM-DD: what date filters compare
    Column("pipeline_version", String(32), nullable=False),
    Column("attribution_count", Integer, nullable=False),  # written with the rows: a cheap consistency check
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Index("ix_articles_date", "date"),
    Index("ix_articles_outlet", "outlet"),
)

speakers = Table(
    "speakers", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("affiliation", Text),
)

attributions = Table(
    "attributions", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("speaker_pk", Integer, ForeignKey("speakers.pk"), nullable=False),
    Column("source_text", Text, nullable=False),
    Column("source_name", Text),
    Column("source_kind", String(16), nullable=False),
    Column("affiliation", Text),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("cue", Text, nullable=False),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("content", Text, nullable=False),  # the pieces of content_spans, joined for display
    Column("content_spans", JSON, nullable=False),  # [[start, end], ...]: one per piece of the utterance
    Column("quote", String(16), nullable=False),
    Column("stance", String(16), nullable=False),
    Column("hedge", Text),
    Column("hedge_probability", String(16)),
    Column("medium", Text),
    Column("medium_start", Integer),
    Column("medium_end", Integer),
    Column("cites", Text),
    Column("part", String(8), nullable=False),  # "body" or "title": which text the spans point into
    Column("date", String(10)),  # the article's date, copied so that listing newest first needs no join
    Index("ix_attributions_article", "article_pk", "position"),
    Index("ix_attributions_speaker", "speaker_pk"),
    Index("ix_attributions_kind", "source_kind"),
    Index("ix_attributions_stance", "stance"),
)

entities = Table(
    "entities", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False, unique=True),  # the normalised name
    Column("name", Text, nullable=False),
    Column("label", String(16), nullable=False),
)

mentions = Table(
    "mentions", metadata,
    Column("attribution_pk", Integer, ForeignKey("attributions.pk", ondelete="CASCADE"), primary_key=True),
    Column("start", Integer, primary_key=True),  # offsets into the attribution's content
    Column("end", Integer, nullable=False),
    Column("entity_pk", Integer, ForeignKey("entities.pk"), nullable=False),
    Index("ix_mentions_entity", "entity_pk"),
)

# Raw inputs already analysed, by digest: re-ingesting an unchanged page is skipped before any parsing.
input_digests = Table(
    "input_digests", metadata,
    Column("digest", String(64), primary_key=True),  # sha256 of the decoded document and what came with it
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("pipeline_version", String(32), nullable=False),  # the version that analysed this input
)
