"""Links over everything stored, kept up to date one article at a time (at ingest, or `sourcetrace link`).

Each article is linked in one transaction, against the whole store, through indexes only:
  copies   its MinHash signature and LSH band keys are stored; candidates are the articles that
           share a band key (one indexed lookup), checked by containment as in `copies.py`;
           copy groups merge and their original (earliest, never a stale re-serve) is stored.
  claims   each attribution's MiniLM embedding is stored (float16); its near neighbours come from
           the ANN index (`ann.py`); pairs similar enough to be one claim are stored, and the
           connected set they make is clustered again by average linkage. Average linkage never
           joins groups without such a pair, so clustering each connected set is clustering the
           whole store: the groups do not depend on the order articles arrived in.
  events   its events and responsibility claims are stored; another report of the same event is
           found through the target and place words (indexed) and `same_event_across`; the event
           group's disputes are recomputed over all its claims.
Every link row records `LINK_VERSION`; `rebuild` relinks everything after a model or rule change.
The expensive parts (parse, embeddings) are computed before the write transaction opens.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Iterator, Optional, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH
from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from .. import __version__
from ..models import Analysis, Attribution, Source
from ..store.engine import retry, writing
from ..store.schema import (articles, attributions, claim_clusters, claim_links, claim_pairs, copy_bands,
                            event_groups, event_keys, events, link_state, linked, responsibility)
from . import ArticleEvents, Linker, same_responsibility
from .ann import ClaimIndex, from_bytes, to_bytes
from .claims import ClaimItem
from .contradictions import in_clusters, in_responsibility
from .copies import CopyIndex, Signature, containment_of, counted_containment
from .events import Event, ResponsibilityClaim, same_event_across
from .stored import analysis_from_stored, claim_of

LINK_VERSION = f"{__version__}+links.5"  # bump with any change to the link rules or models
NEIGHBOURS = 16  # ANN neighbours checked per attribution
MAX_COPY_CANDIDATES = 64  # articles sharing the most band keys; bounds the cost when a template is everywhere
MAX_EVENT_CANDIDATES = 200  # events sharing the most target/place words
GENERATION = "generation"  # link_state row: bumped by every write, so other writers know to reload


@dataclass
class Prepared:
    """What linking one article needs that is expensive to compute: done outside the transaction."""

    signature: Optional[Signature]
    vectors: np.ndarray  # one normalised embedding per attribution
    said: list[list[ResponsibilityClaim]]  # the responsibility claims of each attribution
    found: ArticleEvents = field(default_factory=lambda: ArticleEvents(""))


def band_keys(minhash: MinHash, ranges: Sequence[tuple[int, int]]) -> list[int]:
    """One signed 64-bit key per LSH band: the band's number and its hash values, hashed."""
    values = minhash.hashvalues.astype("<u4")
    keys = set()
    for band, (start, end) in enumerate(ranges):
        digest = hashlib.blake2b(band.to_bytes(2, "little") + values[start:end].tobytes(), digest_size=8).digest()
        keys.add(int.from_bytes(digest, "little", signed=True))
    return sorted(keys)


def event_words(event: Event) -> set[str]:
    """Target and place words: two reports of one event share some (`same_event_across` needs them)."""
    text = f"{event.target or ''} {event.place or ''}".lower()
    return {w[:48] for w in re.findall(r"\w+", text) if len(w) > 2}


class CorpusLinker:
    """Links stored articles into the store's link tables; holds the models and the ANN index."""

    def __init__(self, store, linker: Optional[Linker] = None, index: Optional[ClaimIndex] = None):
        self.store = store
        self.linker = linker or Linker()
        self.index = index or ClaimIndex()
        self.copier = CopyIndex(self.linker.copy_settings)
        settings = self.linker.copy_settings
        self.ranges = MinHashLSH(threshold=settings.candidate, num_perm=settings.num_perm).hashranges

    # --- the expensive part, no database ------------------------------------------------------

    def prepare(self, analysis: Analysis) -> Prepared:
        contents = [a.content for a in analysis.attributions]
        vectors = self.linker.clusterer.embed(contents) if contents else np.zeros((0, self.index.ndim))
        said = self.linker.responsibility.claims_each(analysis.attributions) if contents else []
        found = self.linker.article_events(analysis, [c for made in said for c in made])
        return Prepared(self.copier.signature(analysis.article.text), np.asarray(vectors), said, found)

    # --- linking ----------------------------------------------------------------------------------

    def link(self, article_id: str, prepared: Optional[Prepared] = None) -> bool:
        """Link one stored article (again); False when there is no such article. `prepared` is what
        `prepare` made of it, when the caller has it already."""
        if prepared is None:
            row = self.store.article(article_id)
            if row is None:
                return False
            prepared = self.prepare(analysis_from_stored(row))
        return retry(lambda: self._write(article_id, prepared))

    def pending(self) -> list[str]:
        """Stored articles not linked by this version (or re-analysed since), oldest first."""
        with self.store.engine.connect() as conn:
            return list(conn.execute(
                select(articles.c.id).select_from(articles.outerjoin(linked))
                .where(or_(linked.c.article_pk.is_(None), linked.c.version != LINK_VERSION,
                           linked.c.article_version != articles.c.pipeline_version))
                .order_by(articles.c.pk)).scalars())

    def link_pending(self) -> Iterator[str]:
        for article_id in self.pending():
            self.link(article_id)
            yield article_id

    def rebuild(self) -> Iterator[str]:
        """Forget every link and link every stored article again, oldest first."""
        def clear() -> None:
            with writing(self.store.engine.connect()) as conn, conn.begin():
                self._lock(conn)
                for table in (event_groups, event_keys, responsibility, events, claim_clusters, claim_pairs,
                              claim_links, copy_bands, linked):
                    conn.execute(delete(table))
                self._bump(conn)

        retry(clear)
        yield from self.link_pending()

    def _write(self, article_id: str, prepared: Prepared) -> bool:
        with writing(self.store.engine.connect()) as conn, conn.begin():
            self._lock(conn)
            found = conn.execute(select(articles.c.pk, articles.c.pipeline_version)
                                 .where(articles.c.id == article_id)).first()
            if found is None:
                return False
            me, version = found
            generation = self._generation(conn)
            if self.index.generation != generation:
                self.index.load(conn, generation)
            self._unlink(conn, me)
            moved = self._copies(conn, me, version, prepared.signature)
            self._claims(conn, me, prepared)
            if moved:
                self._recluster_articles(conn, moved)
            self._events(conn, me, prepared.found)
            if moved:
                for group in conn.execute(select(events.c.event_group).distinct()
                                          .where(events.c.article_pk.in_(moved))).scalars().all():
                    self._summarise_event_group(conn, group)
            self.index.generation = self._bump(conn)
            return True

    @staticmethod
    def _lock(conn: Connection) -> None:
        """One linking transaction at a time (SQLite's write lock already serialises them)."""
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(5171)")

    @staticmethod
    def _generation(conn: Connection) -> int:
        return conn.execute(select(link_state.c.value).where(link_state.c.name == GENERATION)).scalar() or 0

    def _bump(self, conn: Connection) -> int:
        value = self._generation(conn) + 1
        if conn.execute(update(link_state).where(link_state.c.name == GENERATION).values(value=value)).rowcount == 0:
            conn.execute(insert(link_state).values(name=GENERATION, value=value))
        return value

    def _unlink(self, conn: Connection, me: int) -> None:
        """Take an article's old links out (a re-analysed article, or a relink); copy groups stay joined."""
        conn.execute(delete(copy_bands).where(copy_bands.c.article_pk == me))
        conn.execute(delete(linked).where(linked.c.article_pk == me))
        old = conn.execute(select(claim_links.c.attribution_pk, claim_links.c.component)
                           .where(claim_links.c.article_pk == me)).all()
        if old:
            pks = [pk for pk, _ in old]
            conn.execute(delete(claim_pairs).where(or_(claim_pairs.c.a_pk.in_(pks), claim_pairs.c.b_pk.in_(pks))))
            conn.execute(delete(claim_links).where(claim_links.c.article_pk == me))
            self.index.remove(pks)
            self._recluster(conn, {c for _, c in old}, forget=pks)
        groups = conn.execute(select(events.c.event_group).distinct().where(events.c.article_pk == me)).scalars().all()
        conn.execute(delete(events).where(events.c.article_pk == me))
        for group in groups:
            self._regroup_events(conn, group)

    # --- copies -------------------------------------------------------------------------------------

    def _copies(self, conn: Connection, me: int, version: str, sig: Optional[Signature]) -> set[int]:
        """Store the signature, join the copy groups it matches; the articles whose original changed."""
        row = dict(article_pk=me, version=LINK_VERSION, article_version=version, shingles=0, minhash=None,
                   copy_group=me, original_pk=me, similarity=None)
        if sig is None:
            conn.execute(insert(linked).values(row))
            return set()
        keys = band_keys(sig.minhash, self.ranges)
        shared = func.count().label("shared")
        candidates = conn.execute(
            select(copy_bands.c.article_pk, shared).where(copy_bands.c.key.in_(keys))
            .group_by(copy_bands.c.article_pk).order_by(shared.desc(), copy_bands.c.article_pk)
            .limit(MAX_COPY_CANDIDATES)).all()
        found = conn.execute(select(linked.c.article_pk, linked.c.shingles, linked.c.minhash, linked.c.copy_group,
                                    linked.c.original_pk, linked.c.similarity)
                             .where(linked.c.article_pk.in_([pk for pk, _ in candidates]))).all()
        # the stored hash values are compared as one array (as MinHash.jaccard does, a share of equal values):
        # rebuilding a MinHash for each candidate drew its 128 permutations again, 0.3 ms a candidate
        found = [other for other in found if other.shingles and other.minhash]
        matches = []
        if found:
            theirs = np.stack([np.frombuffer(other.minhash, dtype="<u4") for other in found])
            jaccard = (theirs == sig.minhash.hashvalues.astype("<u4")).mean(axis=1)
            scores = containment_of(jaccard, sig.size, np.array([other.shingles for other in found]))
            settings = self.linker.copy_settings
            passed = {other.article_pk: other for other, score in zip(found, scores) if score >= settings.threshold}
            if passed:  # counted again from the texts (`counted_containment`)
                texts = dict(conn.execute(select(articles.c.pk, articles.c.text)
                                          .where(articles.c.pk.in_([me, *passed]))).all())
                counted = {pk: counted_containment(texts[me], texts[pk], settings.shingle) for pk in passed}
                matches = [(other, counted[pk]) for pk, other in passed.items() if counted[pk] >= settings.threshold]
        row.update(shingles=sig.size, minhash=sig.minhash.hashvalues.astype("<u4").tobytes(),
                   similarity=round(max((s for _, s in matches), default=0.0), 3) or None)
        conn.execute(insert(linked).values(row))
        conn.execute(insert(copy_bands), [dict(key=k, article_pk=me) for k in keys])
        if not matches:
            return set()
        for other, score in matches:
            if score > (other.similarity or 0.0):
                conn.execute(update(linked).where(linked.c.article_pk == other.article_pk)
                             .values(similarity=round(score, 3)))
        merged = {other.copy_group for other, _ in matches} | {me}
        group = min(merged)
        conn.execute(update(linked).where(linked.c.copy_group.in_(merged), linked.c.copy_group != group)
                     .values(copy_group=group))
        # the merged groups' originals and me compete (a group's original is the first of its members already):
        # earliest known date, undated last, a stale re-serve never first, then the content id: no ingest order
        rivals = conn.execute(select(articles.c.pk, articles.c.id, articles.c.published, articles.c.page_date,
                                     articles.c.stale)
                              .where(articles.c.pk.in_({other.original_pk for other, _ in matches} | {me}))).all()
        original = min(rivals, key=lambda m: ((m.published or m.page_date) is None, m.published or m.page_date or "",
                                               m.stale, m.id)).pk
        moved = set(conn.execute(select(linked.c.article_pk).where(linked.c.copy_group == group,
                                                                   linked.c.original_pk != original)).scalars())
        if moved:
            conn.execute(update(linked).where(linked.c.article_pk.in_(moved)).values(original_pk=original))
        return moved - {me}

    # --- claims ----------------------------------------------------------------------------------------

    def _claims(self, conn: Connection, me: int, prepared: Prepared) -> None:
        pks = conn.execute(select(attributions.c.pk).where(attributions.c.article_pk == me)
                           .order_by(attributions.c.position)).scalars().all()
        pks = pks[:len(prepared.vectors)]  # the body's attributions come first; the headline's are not linked
        if not pks:
            return
        vectors = prepared.vectors.astype(np.float32)
        conn.execute(insert(claim_links), [
            dict(attribution_pk=pk, article_pk=me, vector=to_bytes(v), component=pk, cluster=pk,
                 responsibility=[asdict(c) for c in made])
            for pk, v, made in zip(pks, vectors, prepared.said)])
        self.index.add(pks, vectors)
        joined: dict[int, set[int]] = {pk: {pk} for pk in pks}  # my attribution -> components it reaches
        pairs = {}
        near = {pk: [k for k in self.index.near(vector, NEIGHBOURS + 1) if k != pk] for pk, vector in zip(pks, vectors)}
        rows = {r.pk: r for r in self._items(conn, claim_links.c.attribution_pk.in_(
            {pk for pk in pks if near[pk]} | {k for found in near.values() for k in found}))}  # one query for all
        for pk in pks:
            for other, similarity, component in self._similar(pk, near[pk], rows):
                pairs[(min(pk, other), max(pk, other))] = similarity
                joined[pk].add(component)
        if pairs:
            conn.execute(insert(claim_pairs), [dict(a_pk=a, b_pk=b, similarity=round(s, 4))
                                                for (a, b), s in pairs.items()])
        # my attributions joined to each other (by a pair) share their components
        sets: list[set[int]] = []
        for pk in pks:
            reach = set(joined[pk])  # my other attributions are components of their own until merged here
            touching = [s for s in sets if s & reach]
            for s in touching:
                sets.remove(s)
                reach |= s
            sets.append(reach)
        joins = [members for members in sets if len(members) > 1]  # one of mine joined to nothing: its row says so
        if joins:
            conn.execute(_MOVE_TO_COMPONENT, [dict(old=c, into=min(members)) for members in joins
                                              for c in members if c != min(members)])
            self._recluster(conn, {min(members) for members in joins})

    def _similar(self, me: int, near: list[int], rows: dict[int, "_Row"]) -> list[tuple[int, float, int]]:
        """Of the neighbours the index found, those similar enough to be one claim with `me`:
        (pk, similarity, component); `rows` holds them all, read at once."""
        mine = rows.get(me)
        others = [rows[k] for k in near if k in rows]
        if mine is None or not others:
            return []
        group = [mine, *others]
        sims = self.linker.clusterer.linked([r.item for r in group], _agreeing(group), np.stack([r.vector for r in group]))
        threshold = self.linker.clusterer.threshold
        return [(r.pk, float(sims[0, i]), r.component) for i, r in enumerate(group) if i and sims[0, i] >= threshold]

    def _recluster_articles(self, conn: Connection, article_pks: set[int]) -> None:
        """Articles whose original changed: their clusters' independent-voice counts change too."""
        self._recluster(conn, set(conn.execute(select(claim_links.c.component).distinct()
                                               .where(claim_links.c.article_pk.in_(article_pks))).scalars()))

    def _recluster(self, conn: Connection, components: set[int], forget: Sequence[int] = ()) -> None:
        """Cluster connected sets again by average linkage and rewrite their clusters' summaries; all the
        sets an article touched are read and written together (a handful of statements, not a handful a set)."""
        if not components:
            return
        within = claim_links.c.component.in_(components)
        every: dict[int, list[_Row]] = {}
        for row in self._items(conn, within):
            every.setdefault(row.component, []).append(row)
        old = conn.execute(select(claim_links.c.cluster).distinct().where(within)).scalars().all()
        conn.execute(delete(claim_clusters).where(claim_clusters.c.pk.in_([*old, *forget])))
        conn.execute(update(claim_links).where(within).values(cluster=claim_links.c.attribution_pk))
        moves, summaries = [], []
        for component in sorted(every):
            rows = sorted(every[component], key=lambda r: r.item.attribution.id)  # ties by content ids, not arrival
            items = [r.item for r in rows]
            clusters = self.linker.clusterer.cluster(items, _agreeing(rows), np.stack([r.vector for r in rows]))
            for cluster in clusters:
                members = [rows[i] for i in cluster.members]
                pk = min(r.pk for r in members)
                moves += [dict(member=r.pk, into=pk) for r in members]
                summaries.append(dict(
                    pk=pk, version=LINK_VERSION, label=cluster.label, members=len(members), voices=cluster.voices,
                    speakers=cluster.speakers, outlets=cluster.outlets, articles=cluster.articles,
                    contradicted=bool(in_clusters([cluster], items)), date=max((r.date or "" for r in members)) or None))
        if moves:
            conn.execute(_MOVE_TO_CLUSTER, moves)
            conn.execute(insert(claim_clusters), summaries)

    @staticmethod
    def _items(conn: Connection, where) -> list["_Row"]:
        rows = conn.execute(_ITEMS.where(where)).all()
        return [_Row(r.attribution_pk, from_bytes(r.vector), r.component, r.date, r.root_date,
                     [claim_of(c) for c in r.responsibility],
                     ClaimItem(article=r.article_id, outlet=r.outlet, root=r.root, attribution=Attribution(
                         source=Source(text=r.source_text, kind=r.source_kind, name=r.source_name),
                         cue="", content=r.content, quote="indirect", stance=r.stance, id=r.id)))
                for r in rows]

    # --- events ------------------------------------------------------------------------------------

    def _events(self, conn: Connection, me: int, found: ArticleEvents) -> None:
        for n, event in enumerate(found.events, start=1):
            pk = conn.execute(insert(events).values(article_pk=me, number=n, version=LINK_VERSION,
                                                    label=event.label(), event=asdict(event), day=event.date_iso,
                                                    event_group=0)
                              .returning(events.c.pk)).scalar_one()
            conn.execute(update(events).where(events.c.pk == pk).values(event_group=pk))
            said = [c for c in found.claims if c.event == n - 1]
            if said:
                conn.execute(insert(responsibility), [dict(event_pk=pk, attribution_id=c.attribution or None,
                                                           claim=asdict(c)) for c in said])
            words = event_words(event)
            stored, looked_up = event_key_sets(words, event.date_iso)
            if stored:
                conn.execute(insert(event_keys), [dict(word=k, event_pk=pk) for k in sorted(stored)])
            candidates = conn.execute(
                select(events.c.pk, events.c.event, events.c.event_group)
                .where(events.c.pk.in_(select(event_keys.c.event_pk)
                                       .where(event_keys.c.word.in_(looked_up), event_keys.c.event_pk != pk)
                                       .group_by(event_keys.c.event_pk)
                                       .order_by(func.count().desc(), event_keys.c.event_pk)
                                       .limit(MAX_EVENT_CANDIDATES)),
                       events.c.article_pk != me)).all() if words else []
            # a copy's report is its original's event even where the copy's page date moved the event's date
            copied = conn.execute(
                select(events.c.pk, events.c.event, events.c.event_group)
                .join(linked, linked.c.article_pk == events.c.article_pk)
                .where(linked.c.copy_group == select(linked.c.copy_group).where(linked.c.article_pk == me)
                       .scalar_subquery(), events.c.article_pk != me)).all()
            merged = {c.event_group for c in candidates if same_event_across(_event(c.event), event)}
            merged |= {c.event_group for c in copied if _same_but_date(_event(c.event), event)}
            merged.add(pk)
            group = min(merged)
            conn.execute(update(events).where(events.c.event_group.in_(merged)).values(event_group=group))
            conn.execute(delete(event_groups).where(event_groups.c.pk.in_(merged)))
            self._summarise_event_group(conn, group)

    def _regroup_events(self, conn: Connection, group: int) -> None:
        """After an event left its group: the rest keep one group (named by its smallest pk), summarised again."""
        conn.execute(delete(event_groups).where(event_groups.c.pk == group))
        rest = conn.execute(select(events.c.pk).where(events.c.event_group == group)).scalars().all()
        if rest:
            conn.execute(update(events).where(events.c.event_group == group).values(event_group=min(rest)))
            self._summarise_event_group(conn, min(rest))

    @staticmethod
    def _summarise_event_group(conn: Connection, group: int) -> None:
        """An event's label, its independent articles and the disputes over every claim about it."""
        reports = conn.execute(
            select(events.c.pk, events.c.label, articles.c.id, articles.c.date, articles.c.pk.label("article_pk"),
                   linked.c.original_pk)
            .select_from(events.join(articles).join(linked, linked.c.article_pk == articles.c.pk))
            .where(events.c.event_group == group)).all()
        if not reports:
            return
        first = min(reports, key=lambda r: (r.original_pk != r.article_pk, r.date is None, r.date or "", r.id, r.pk))
        claims = conn.execute(select(articles.c.id, responsibility.c.claim)
                              .select_from(responsibility.join(events).join(articles))
                              .where(events.c.event_group == group).order_by(articles.c.id, responsibility.c.pk)).all()
        disputes = in_responsibility([(article, claim_of(c)) for article, c in claims], first.label)
        conn.execute(delete(event_groups).where(event_groups.c.pk == group))
        conn.execute(insert(event_groups).values(
            pk=group, version=LINK_VERSION, label=first.label, articles=len({r.original_pk for r in reports}),
            originals=sum(r.original_pk == r.article_pk for r in reports),
            claims=len(claims), disputes=[asdict(d) for d in disputes], date=first.date))


_MOVE_TO_COMPONENT = (update(claim_links).where(claim_links.c.component == bindparam("old"))
                      .values(component=bindparam("into")))
_MOVE_TO_CLUSTER = (update(claim_links).where(claim_links.c.attribution_pk == bindparam("member"))
                    .values(cluster=bindparam("into")))
_ORIGINAL = articles.alias("original")
_ITEMS = (  # a claim link with what clustering needs; built once (building a select costs more than running it)
    select(claim_links.c.attribution_pk, claim_links.c.vector, claim_links.c.responsibility,
           claim_links.c.component, attributions.c.id, attributions.c.content, attributions.c.stance,
           attributions.c.source_text, attributions.c.source_name, attributions.c.source_kind,
           attributions.c.date, articles.c.id.label("article_id"), articles.c.outlet, _ORIGINAL.c.id.label("root"),
           _ORIGINAL.c.date.label("root_date"))
    .select_from(claim_links.join(attributions, attributions.c.pk == claim_links.c.attribution_pk)
                 .join(articles, articles.c.pk == attributions.c.article_pk)
                 .join(linked, linked.c.article_pk == articles.c.pk)
                 .join(_ORIGINAL, _ORIGINAL.c.pk == linked.c.original_pk)))


@dataclass
class _Row:
    pk: int
    vector: np.ndarray
    component: int
    date: Optional[str]
    root_date: Optional[str]  # the date of the article speaking for it (its original, if a copy)
    said: list[ResponsibilityClaim]
    item: ClaimItem


def _agreeing(rows: Sequence[_Row]) -> list[tuple[int, int]]:
    return same_responsibility([r.said for r in rows], [r.root_date for r in rows])  # a copy tells its original's


def event_key_sets(words: set[str], day: Optional[str]) -> tuple[set[str], set[str]]:
    """The keys an event is stored under and the keys it looks up: word and period, so that the lookup
    reaches only reports whose date could agree (`same_event_across` then compares full dates) and its
    cost does not grow with the years stored. A dated report finds those of its month, of its year
    given alone, and the undated; a report dated by its year alone finds that year's; an undated one, all."""
    month, year = (day[:7] if day and len(day) >= 7 else None), (day[:4] if day else None)
    if month:
        periods, lookups = [month, f"{year}*", "**"], [month, year, ""]
    elif year:
        periods, lookups = [year, "**"], [f"{year}*", year, ""]
    else:
        periods, lookups = ["", "**"], ["**"]
    return ({f"{w}|{p}" for w in words for p in periods}, {f"{w}|{p}" for w in words for p in lookups})


def _same_but_date(a: Event, b: Event) -> bool:
    return (a.kind, a.target, a.place, a.instrument) == (b.kind, b.target, b.place, b.instrument)


def _event(data: dict) -> Event:
    spans = {k: (tuple(data[k]) if data.get(k) else None) for k in ("span", "unclaimed") if k in data}
    return Event(**{**data, **spans, "mentions": [tuple(m) for m in data.get("mentions") or []]})

