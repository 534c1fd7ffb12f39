"""The tables, as SQLAlchemy Core objects shared by the writer and the queries.

Integer primary keys are internal; the public ids are ``articles.id`` (the content id)
and ``attributions.id`` (article id + position), both stable across re-ingestion.
The full-text indexes are dialect-specific and live only in the migrations
(SQLite FTS5 tables kept in step by triggers, PostgreSQL generated tsvector columns), as does
the index that lists attributions newest first (date descending, nulls last, in both).
"""
from __future__ import annotations

from sqlalchemy import (JSON, BigInteger, Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Table, Text)

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
    Column("release", Text),  # a press release's heading ("News release"): the issuer's own publication
    Column("exclusive", Text),  # an exclusive's label ("EXCLUSIVE"): the outlet's own first publication
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


# --- links across the whole store (written by sourcetrace.link.corpus, one article at a time) -------------
# Every link row carries the link pipeline version that made it; `sourcetrace link --rebuild` remakes them all.

linked = Table(  # one row per linked article: its MinHash signature and its copy group
    "linked", metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    Column("version", String(32), nullable=False),
    Column("article_version", String(32), nullable=False),  # the article's pipeline version when linked
    Column("shingles", Integer, nullable=False),  # distinct shingles (0: too short to hash)
    Column("minhash", LargeBinary),  # uint32 hash values, little-endian
    Column("copy_group", Integer, nullable=False),  # the smallest article pk in its copy group (itself if none)
    Column("original_pk", Integer, nullable=False),  # the group's original: the voice a copy counts as
    Column("similarity", Float),  # a copy's best containment score with a member of its group
    Index("ix_linked_copy_group", "copy_group"),
)

copy_bands = Table(  # the LSH band keys of every signature: a new article's candidates are one indexed lookup
    "copy_bands", metadata,
    Column("key", BigInteger, primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    Index("ix_copy_bands_article", "article_pk"),  # an article's own bands, taken out when it is relinked
)

# Claim rows point at attributions without a foreign key: a re-analysed article replaces its attributions,
# and its old claim rows must outlive them until relinking takes them out of their clusters.
claim_links = Table(  # one row per attribution: its content embedding and where it sits among the claims
    "claim_links", metadata,
    Column("attribution_pk", Integer, primary_key=True, autoincrement=False),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("vector", LargeBinary, nullable=False),  # MiniLM, normalised, float16
    Column("responsibility", JSON, nullable=False),  # the responsibility claims its content makes
    Column("component", Integer, nullable=False),  # connected by similar-enough pairs: clustering never crosses it
    Column("cluster", Integer, nullable=False),  # claim cluster id (smallest member pk)
    Index("ix_claim_links_article", "article_pk"),
    Index("ix_claim_links_component", "component"),
    Index("ix_claim_links_cluster", "cluster"),
)

claim_pairs = Table(  # attribution pairs similar enough to be one claim (the edges that make the components)
    "claim_pairs", metadata,
    Column("a_pk", Integer, primary_key=True, autoincrement=False),
    Column("b_pk", Integer, primary_key=True, autoincrement=False),
    Column("similarity", Float, nullable=False),
    Index("ix_claim_pairs_b", "b_pk"),
)

claim_clusters = Table(  # a summary per cluster of two or more attributions, rewritten when its members change
    "claim_clusters", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=False),  # = claim_links.cluster
    Column("version", String(32), nullable=False),
    Column("label", Text, nullable=False),
    Column("members", Integer, nullable=False),
    Column("voices", Integer, nullable=False),  # distinct (independent article, speaker): copies count once
    Column("speakers", JSON, nullable=False),
    Column("outlets", JSON, nullable=False),
    Column("articles", Integer, nullable=False),  # independent articles
    Column("contradicted", Boolean, nullable=False),  # someone affirms and someone denies it
    Column("date", String(10)),  # the newest member's date
    Index("ix_claim_clusters_listing", "articles", "voices", "pk"),
)

events = Table(  # the hostile events each article reports
    "events", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),  # 1-based, in the article
    Column("version", String(32), nullable=False),
    Column("label", Text, nullable=False),
    Column("event", JSON, nullable=False),  # the Event record
    Column("day", String(10)),  # its date as resolved (YYYY[-MM[-DD]]): other reports are looked up by month
    Column("event_group", Integer, nullable=False),  # the smallest event pk reporting the same event
    Index("ix_events_article", "article_pk", "number"),
    Index("ix_events_group", "event_group"),
)

event_keys = Table(  # target and place words of each event: other reports of it are found by an index lookup
    "event_keys", metadata,
    Column("word", String(64), primary_key=True),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
    Index("ix_event_keys_event", "event_pk"),  # deleting an event deletes its keys by this
)

responsibility = Table(  # who says who did (or did not do) each event
    "responsibility", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), nullable=False),
    Column("attribution_id", String(64)),
    Column("claim", JSON, nullable=False),  # the ResponsibilityClaim record
    Index("ix_responsibility_event", "event_pk"),
)

event_groups = Table(  # one reported event across all its articles, with its claims and disputes pooled
    "event_groups", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=False),  # = events.event_group
    Column("version", String(32), nullable=False),
    Column("label", Text, nullable=False),
    Column("articles", Integer, nullable=False),  # independent articles reporting it
    Column("originals", Integer, nullable=False),  # reports in articles that are not copies: 0, a copy's own
    Column("claims", Integer, nullable=False),
    Column("disputes", JSON, nullable=False),  # Contradiction records over every claim about it
    Column("date", String(10)),
    Index("ix_event_groups_listing", "date", "pk"),
)

link_state = Table(  # counters the linking processes share: a writer's ANN index reloads when another wrote
    "link_state", metadata,
    Column("name", String(32), primary_key=True),
    Column("value", Integer, nullable=False),
)
