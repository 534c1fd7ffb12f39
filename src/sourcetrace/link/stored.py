"""Reading the stored links: claim clusters, copy groups and events, a page at a time.

The links are written by `corpus.CorpusLinker` as articles are ingested (or by `sourcetrace link`);
reading needs no model and touches only the rows of the page asked for. A trace reads the articles
the stored links reach from the statement asked for (`trace_stored`), never the whole store.
"""
from __future__ import annotations

import re
import threading
from dataclasses import asdict
from typing import Optional

from sqlalchemy import func, literal_column, select, table
from sqlalchemy.engine import Connection

from ..models import Analysis, Article, Attribution, Source
from ..store.query import Page, get_article
from ..store.schema import (articles, attributions, claim_clusters, claim_links, event_groups, events, linked,
                            responsibility)
from .claims import FUNCTION_WORDS, ClaimItem
from .contradictions import in_clusters
from . import Linker
from .events import ResponsibilityClaim
from .trace import Node, TraceGraph, TraceSettings, build_trace, find_node


def _span(value) -> Optional[tuple[int, int]]:
    return (value[0], value[1]) if value else None


def analysis_from_stored(row: dict) -> Analysis:
    """A stored article (as `Store.article` returns it) back into the pipeline's data objects.

    Attribution ids stay the stored ids ("<article id>-<position>") so links can point at them.
    """
    article = Article(text=row["text"], title=row.get("title"), url=row.get("url"), outlet=row.get("outlet"),
                      authors=list(row.get("authors") or []), section=row.get("section"),
                      page_date=row.get("page_date"), published=row.get("published"),
                      published_source=row.get("published_source"), stale=bool(row.get("stale")),
                      release=row.get("release"), exclusive=row.get("exclusive"),
                      language=row.get("language"),
                      warnings=list(row.get("warnings") or []), id=row["id"])
    attributions = [
        Attribution(source=Source(text=a["source_text"], kind=a["source_kind"], name=a.get("source_name"),
                                  affiliation=a.get("affiliation"), span=_span(a.get("source_span"))),
                    cue=a["cue"], content=a["content"], quote=a["quote"], stance=a["stance"], hedge=a.get("hedge"),
                    hedge_probability=a.get("hedge_probability"), medium=a.get("medium"), cites=a.get("cites"),
                    cue_span=_span(a.get("cue_span")), content_spans=[_span(s) for s in a.get("content_spans") or []],
                    medium_span=_span(a.get("medium_span")), part=a.get("part", "body"), id=a["id"])
        for a in row["attributions"]
    ]
    return Analysis(input=row["id"], article=article, attributions=[a for a in attributions if a.part == "body"],
                    title_attributions=[a for a in attributions if a.part == "title"])


TRACE_ROUNDS = 4  # times the chain's new statements are looked up again
TRACE_MATCHES = 10  # articles sharing the most words with a statement, per statement
TRACE_COMPONENT = 50  # articles of a statement's stored claim component


def trace_stored(store, claim: str, similarity, settings: TraceSettings = TraceSettings(),
                 matches: int = TRACE_MATCHES) -> tuple[Optional[TraceGraph], Optional[Node], int]:
    """The trace of a stored statement (its id) or of a claim's text, over the articles the stored links
    reach from it rather than over the whole store: its copy group, the articles in its stored claim
    component, and the articles sharing the most words with it (the full-text index). The chain found is
    looked up again from each new statement until it stops growing, so it is the chain the same articles
    give when passed as files. Returns the graph, the asked node and how many articles were read."""
    with store.engine.connect() as conn:
        loaded: dict[str, Analysis] = {}

        def load(ids: set[str]) -> None:
            for article_id in sorted(ids - loaded.keys()):
                row = get_article(conn, article_id)
                if row is not None:
                    loaded[article_id] = analysis_from_stored(row)

        article_id, _, tail = claim.rpartition("-")
        by_id = bool(re.fullmatch(r"s?\d+", tail)) and conn.execute(
            select(articles.c.pk).where(articles.c.id == article_id)).first() is not None
        load({article_id} if by_id else matching_articles(conn, claim, matches))
        expanded: set[str] = set()
        graph, node = None, None
        for _ in range(TRACE_ROUNDS):
            order = dict(conn.execute(select(articles.c.id, articles.c.pk).where(articles.c.id.in_(loaded))).all())
            graph = build_trace(sorted(loaded.values(), key=lambda a: order[a.article.id]), similarity, settings)
            node = graph.node(claim) if by_id else find_node(graph, claim, similarity)
            if node is None:
                return graph, None, len(loaded)
            todo = [graph.node(i) for i in chain_ids(graph.chain(node.id)) if i not in expanded]
            reached: set[str] = set()
            for found in todo:
                expanded.add(found.id)
                reached |= related_articles(conn, graph.analyses[found.article].article.id, found, matches)
            if not reached - loaded.keys():
                break
            load(reached)
        return graph, node, len(loaded)


def chain_ids(chain: list[dict]) -> list[str]:
    out = []
    for root in chain:
        out.append(root["id"])
        out += chain_ids(root["children"])
    return out


def related_articles(conn: Connection, article_id: str, node: Node, matches: int = TRACE_MATCHES) -> set[str]:
    """Articles a statement's chain can continue into, by stored links: its article's copy group, the
    articles of its stored claim component, and those sharing the most words with it."""
    group = select(linked.c.copy_group).join(articles, articles.c.pk == linked.c.article_pk) \
        .where(articles.c.id == article_id).scalar_subquery()
    found = set(conn.execute(select(articles.c.id).join(linked, linked.c.article_pk == articles.c.pk)
                             .where(linked.c.copy_group == group)).scalars())
    if node.attribution is not None:
        component = select(claim_links.c.component).join(attributions, attributions.c.pk == claim_links.c.attribution_pk) \
            .where(attributions.c.id == node.id).scalar_subquery()
        found |= set(conn.execute(select(articles.c.id).join(claim_links, claim_links.c.article_pk == articles.c.pk)
                                  .where(claim_links.c.component == component).distinct()
                                  .limit(TRACE_COMPONENT)).scalars())
    return found | matching_articles(conn, node.context, matches)


def matching_articles(conn: Connection, text: str, limit: int) -> set[str]:
    """The articles sharing the most of the text's words (full-text index, best ranked first)."""
    words = salient_words(text)
    if not words:
        return set()
    if conn.dialect.name == "postgresql":
        query = func.to_tsquery(literal_column("'english'::regconfig"), " | ".join(words))
        search = literal_column("articles.search")
        found = select(articles.c.id).where(search.op("@@")(query)) \
            .order_by(func.ts_rank(search, query).desc(), articles.c.pk).limit(limit)
    else:
        fts = table("articles_fts")
        match = literal_column("articles_fts").op("MATCH")(" OR ".join(f'"{w}"' for w in words))
        found = select(articles.c.id).select_from(fts.join(articles, articles.c.pk == literal_column("articles_fts.rowid"))) \
            .where(match).order_by(literal_column("bm25(articles_fts)"), articles.c.pk).limit(limit)
    return set(conn.execute(found).scalars())


def salient_words(text: str, most: int = 12) -> list[str]:
    """The words that say what a statement is about: no function words, the longest first."""
    words = {w.lower() for w in re.findall(r"[^\W_]+", text) if len(w) > 2 and w.lower() not in FUNCTION_WORDS}
    return sorted(words, key=lambda w: (-len(w), w))[:most]


def position_of(attribution_id: str) -> Optional[int]:
    """The stored attribution's position, the anchor of its sentence on the article page."""
    tail = attribution_id.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else None


def claim_of(data: dict) -> ResponsibilityClaim:
    """A stored responsibility claim (JSON) back into its record."""
    span = data.get("content_span")
    return ResponsibilityClaim(**{**data, "content_span": tuple(span) if span else None})


class StoredLinks:
    """The store's links as pages, for the CLI, the REST API and the web page."""

    def __init__(self, store, linker: Optional[Linker] = None):
        self.store = store
        self.linker = linker  # for tracing only: its claim similarity (the model loads on first use)
        self._lock = threading.Lock()

    def trace(self, statement_id: str) -> Optional[dict]:
        """The chain of the stored statement (an attribution id, or "<article id>-s<n>" for a sentence)."""
        with self._lock:
            self.linker = self.linker or Linker()
            similarity = self.linker.clusterer.similarity
        graph, node, _ = trace_stored(self.store, statement_id, similarity)
        if node is None or node.id != statement_id:
            return None
        return {"claim": statement_id, "chain": graph.chain(statement_id)}

    def _read(self, fn, *args):
        with self.store.engine.connect() as conn:
            return fn(conn, *args)

    def claims(self, limit: int = 20, offset: int = 0) -> Page:
        return self._read(claim_page, limit, offset)

    def copies(self, limit: int = 20, offset: int = 0) -> Page:
        return self._read(copy_page, limit, offset)

    def events(self, limit: int = 20, offset: int = 0) -> Page:
        return self._read(event_page, limit, offset)

    def event(self, event_id: str) -> Optional[dict]:
        return self._read(get_event, event_id)


# --- claims -----------------------------------------------------------------------------------------

def claim_page(conn: Connection, limit: int, offset: int) -> Page:
    """Claims made by two or more voices (an independent article and a speaker: copies count once),
    most independent articles first."""
    listed = claim_clusters.c.voices >= 2
    total = conn.execute(select(func.count()).select_from(claim_clusters).where(listed)).scalar_one()
    rows = conn.execute(select(claim_clusters).where(listed)
                        .order_by(claim_clusters.c.articles.desc(), claim_clusters.c.voices.desc(),
                                  claim_clusters.c.pk.desc()).limit(limit).offset(offset)).mappings().all()
    members = _cluster_members(conn, [r["pk"] for r in rows])
    items = []
    for row in rows:
        found = members.get(row["pk"], [])
        claim_items = [item for item, _ in found]
        conflicts = in_clusters([_Cluster(list(range(len(found))), row["label"])], claim_items)
        items.append({"id": row["pk"], "label": row["label"], "speakers": row["speakers"], "outlets": row["outlets"],
                      "independent_articles": row["articles"], "voices": row["voices"], "date": row["date"],
                      "version": row["version"], "members": [member for _, member in found],
                      "contradictions": [asdict(c) for c in conflicts]})
    return Page(total, limit, offset, items)


class _Cluster:
    def __init__(self, members: list[int], label: str):
        self.members, self.label = members, label


def _cluster_members(conn: Connection, clusters: list[int]) -> dict[int, list[tuple[ClaimItem, dict]]]:
    original = articles.alias("original")
    rows = conn.execute(
        select(claim_links.c.cluster, attributions.c.id, attributions.c.content, attributions.c.stance,
               attributions.c.source_text, attributions.c.source_name, attributions.c.source_kind,
               attributions.c.content_spans, articles.c.id.label("article_id"),
               articles.c.title, articles.c.outlet, original.c.id.label("root"))
        .select_from(claim_links.join(attributions, attributions.c.pk == claim_links.c.attribution_pk)
                     .join(articles, articles.c.pk == attributions.c.article_pk)
                     .join(linked, linked.c.article_pk == articles.c.pk)
                     .join(original, original.c.pk == linked.c.original_pk))
        .where(claim_links.c.cluster.in_(clusters)).order_by(attributions.c.id)).all() if clusters else []
    out: dict[int, list[tuple[ClaimItem, dict]]] = {}
    for r in rows:
        item = ClaimItem(article=r.article_id, outlet=r.outlet, root=r.root, attribution=Attribution(
            source=Source(text=r.source_text, kind=r.source_kind, name=r.source_name), cue="", content=r.content,
            quote="indirect", stance=r.stance, content_spans=[tuple(s) for s in r.content_spans], id=r.id))
        span = item.attribution.content_span
        out.setdefault(r.cluster, []).append((item, {
            "article": r.article_id, "article_title": r.title, "outlet": r.outlet,
            "copy_of": r.root if r.root != r.article_id else None, "attribution": r.id,
            "attribution_position": position_of(r.id), "speaker": item.speaker, "content": r.content,
            "stance": r.stance, "polarity": "affirms" if item.polarity else "denies",
            "content_span": list(span) if span else None}))
    return out


# --- copies -----------------------------------------------------------------------------------------

def copy_page(conn: Connection, limit: int, offset: int) -> Page:
    """Copy groups (two or more near-duplicate articles), the largest first."""
    size = func.count().label("size")
    groups = select(linked.c.copy_group, size).group_by(linked.c.copy_group).having(func.count() >= 2)
    total = conn.execute(select(func.count()).select_from(groups.subquery())).scalar_one()
    page = conn.execute(groups.order_by(size.desc(), linked.c.copy_group).limit(limit).offset(offset)).all()
    rows = conn.execute(
        select(linked.c.copy_group, linked.c.article_pk, linked.c.original_pk, linked.c.similarity, articles.c.id,
               articles.c.title, articles.c.stale, articles.c.date)
        .join_from(linked, articles, linked.c.article_pk == articles.c.pk)
        .where(linked.c.copy_group.in_([g for g, _ in page])).order_by(articles.c.date, articles.c.id)).all()
    items = []
    for group, _ in page:
        members = [r for r in rows if r.copy_group == group]
        original = next(r for r in members if r.article_pk == r.original_pk)
        copies = [r for r in members if r is not original]
        items.append({"original": original.id, "title": original.title, "copies": [r.id for r in copies],
                      "stale": [r.id for r in members if r.stale],
                      "similarity": {r.id: r.similarity for r in copies}})
    return Page(total, limit, offset, items)


# --- events -----------------------------------------------------------------------------------------

def event_page(conn: Connection, limit: int, offset: int) -> Page:
    """Events (those someone is blamed for, or said to be unclaimed: `Linker.article_events` keeps no
    other), each with every report of it and the disputes over all their claims; newest first.
    A copy's report is listed with its original, never alone."""
    listed = event_groups.c.originals > 0
    total = conn.execute(select(func.count()).select_from(event_groups).where(listed)).scalar_one()
    date = event_groups.c.date.desc()
    rows = conn.execute(select(event_groups).where(listed)
                        .order_by(date.nulls_last() if conn.dialect.name == "postgresql" else date,
                                  event_groups.c.pk.desc()).limit(limit).offset(offset)).mappings().all()
    return Page(total, limit, offset, _event_groups(conn, rows))


def get_event(conn: Connection, event_id: str) -> Optional[dict]:
    """One reported event by the id of any of its reports ("<article id>-e<n>"), with every report's claims."""
    article_id, _, number = event_id.rpartition("-e")
    if not number.isdigit():
        return None
    group = conn.execute(select(events.c.event_group).join(articles)
                         .where(articles.c.id == article_id, events.c.number == int(number))).scalar()
    row = conn.execute(select(event_groups).where(event_groups.c.pk == group)).mappings().first()
    if row is None:
        return None
    [found] = _event_groups(conn, [row], chosen=event_id)
    return found


def _event_groups(conn: Connection, rows, chosen: Optional[str] = None) -> list[dict]:
    groups = [r["pk"] for r in rows]
    reports = conn.execute(
        select(events.c.pk, events.c.event_group, events.c.number, events.c.event, events.c.label, articles.c.id,
               articles.c.title, articles.c.date, linked.c.original_pk, articles.c.pk.label("article_pk"))
        .select_from(events.join(articles).join(linked, linked.c.article_pk == articles.c.pk))
        .where(events.c.event_group.in_(groups))).all() if groups else []
    originals = dict(conn.execute(select(articles.c.pk, articles.c.id)
                                  .where(articles.c.pk.in_({r.original_pk for r in reports}))).all()) if reports else {}
    said = conn.execute(select(responsibility.c.event_pk, responsibility.c.claim)
                        .where(responsibility.c.event_pk.in_([r.pk for r in reports]))
                        .order_by(responsibility.c.pk)).all() if reports else []
    out = []
    for row in rows:
        mine = sorted((r for r in reports if r.event_group == row["pk"]),
                      key=lambda r: (r.original_pk != r.article_pk, r.date is None, r.date or "", r.id, r.number))
        shown = next((r for r in mine if f"{r.id}-e{r.number}" == chosen), mine[0])
        reported = []
        for r in mine:
            claims = [c | {"article_id": r.id, "attribution_position": position_of(c.get("attribution") or ""),
                           "summary": claim_of(c).summary()} for pk, c in said if pk == r.pk]
            reported.append({"id": f"{r.id}-e{r.number}", "article_id": r.id, "article_title": r.title,
                             "copy_of": originals.get(r.original_pk) if r.original_pk != r.article_pk else None,
                             "label": r.label, "claims": claims})
        out.append({**shown.event, "id": f"{shown.id}-e{shown.number}", "group": row["pk"], "label": row["label"],
                    "article_id": shown.id, "article_title": shown.title, "date_reported": row["date"],
                    "copy_of": originals.get(shown.original_pk) if shown.original_pk != shown.article_pk else None,
                    "independent_articles": row["articles"], "version": row["version"], "reports": reported,
                    "claims": [c for report in reported if not report["copy_of"] for c in report["claims"]],
                    "contradictions": row["disputes"]})
    return out
