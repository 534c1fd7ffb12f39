"""Linking over the store: rebuild `Analysis` records from stored rows and run the `Linker` on them.

The links are computed on request over the most recent stored articles (a bounded window)
and kept until the stored set changes; nothing new is written to the database.
"""
from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from typing import Optional

from ..models import Analysis, Article, Attribution, Source
from . import ArticleEvents, ClaimReport, EventGroup, Linker
from .trace import TraceGraph, build_trace


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
                      language=row.get("language"), warnings=list(row.get("warnings") or []), id=row["id"])
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


def stored_analyses(store, listed: Optional[list[dict]] = None, window: int = 200) -> list[Analysis]:
    """The listed stored articles (default: the newest `window`) as analyses."""
    listed = store.articles(limit=window).items if listed is None else listed
    rows = [store.article(a["id"]) for a in listed]
    return [analysis_from_stored(r) for r in rows if r is not None]


@dataclass
class StoredEvent:
    """One event of one stored article, with a stable id for its page."""

    id: str
    article_id: str
    article_title: Optional[str]
    number: int
    found: ArticleEvents

    def to_dict(self) -> dict:
        event = self.found.events[self.number - 1]
        claims = [asdict(c) | {"attribution_position": position_of(c.attribution), "summary": c.summary()}
                  for c in self.found.claims if c.event == self.number - 1]
        conflicts = [asdict(c) for c in self.found.contradictions if c.event == self.number - 1]
        return {"id": self.id, "article_id": self.article_id, "article_title": self.article_title,
                "copy_of": self.found.copy_of, "label": event.label(), **asdict(event), "claims": claims,
                "contradictions": conflicts}


def position_of(attribution_id: str) -> Optional[int]:
    """The stored attribution's position, the anchor of its sentence on the article page."""
    tail = attribution_id.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else None


class StoreLinks:
    """Claims and events over the newest `window` stored articles, recomputed when that set changes."""

    def __init__(self, store, linker: Optional[Linker] = None, window: int = 200):
        self.store = store
        self.linker = linker
        self.window = window
        self._lock = threading.Lock()
        self._key: Optional[tuple] = None
        self._analyses: list[Analysis] = []
        self._claims: Optional[ClaimReport] = None
        self._events: Optional[list[StoredEvent]] = None
        self._across: list[EventGroup] = []
        self._trace: Optional[TraceGraph] = None

    def _refresh(self) -> None:
        listed = self.store.articles(limit=self.window).items
        key = tuple((a["id"], a["pipeline_version"], a["attribution_count"]) for a in listed)
        if key != self._key:
            self._analyses = stored_analyses(self.store, listed)
            self._key, self._claims, self._events, self._across, self._trace = key, None, None, [], None

    def _linker(self) -> Linker:
        if self.linker is None:
            self.linker = Linker()
        return self.linker

    def claims(self) -> tuple[ClaimReport, list[Analysis]]:
        with self._lock:
            self._refresh()
            if self._claims is None:
                self._claims = self._linker().claims(self._analyses)
            return self._claims, self._analyses

    def events(self) -> list[StoredEvent]:
        with self._lock:
            self._refresh()
            if self._events is None:
                self._events = []
                all_found = self._linker().all_events(self._analyses)
                self._across = self._linker().across(all_found)
                for analysis, found in zip(self._analyses, all_found):
                    for n in range(1, len(found.events) + 1):
                        self._events.append(StoredEvent(f"{analysis.article.id}-e{n}", analysis.article.id,
                                                        analysis.article.title, n, found))
            return self._events

    def across(self) -> list[dict]:
        """Events reported by several stored articles, as event ids, with the disputes between them."""
        self.events()
        return [{"label": g.label, "events": [f"{article}-e{n + 1}" for article, n in g.events],
                 "contradictions": [asdict(c) for c in g.contradictions]} for g in self._across]

    def trace(self, statement_id: str) -> Optional[dict]:
        """The chain of the stored statement (an attribution id, or "<article id>-s<n>" for a sentence)."""
        with self._lock:
            self._refresh()
            if self._trace is None:
                self._trace = build_trace(self._analyses, self._linker().clusterer.similarity)
            if self._trace.node(statement_id) is None:
                return None
            return {"claim": statement_id, "chain": self._trace.chain(statement_id)}

    def event(self, event_id: str) -> Optional[StoredEvent]:
        return next((e for e in self.events() if e.id == event_id), None)
