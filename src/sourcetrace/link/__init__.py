"""Link: across articles. Copies, claim clusters, contradictions, events and who is blamed for them.

`Linker` runs the passes in order over plain `Analysis` records, so it works the same on
files, on rows read back from the store, or on one worker's share of a corpus:
  1. copies      near-duplicate articles grouped; a copy is not an independent voice
  2. events      hostile events per article, with the responsibility claims made about them
  3. claims      attributions that state the same proposition, across articles and speakers
  4. conflicts   assert/deny splits inside a claim cluster; rival or denied blame per event
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Optional, Sequence

from ..models import Analysis
from .claims import ClaimCluster, ClaimClusterer, ClaimItem
from .contradictions import (Contradiction, claim_party_words, in_clusters, in_responsibility, names_related,
                             one_per_party, party_keys)
from .copies import CopyGroup, CopySettings, UnionFind, copy_of, find_copies, independent_root
from .events import (Event, EventExtractor, ResponsibilityClaim, ResponsibilityExtractor, attach_to_events,
                     name_unnamed, same_event_across)


@dataclass
class ArticleEvents:
    """The events one article reports and the responsibility claims it carries."""

    article: str  # the input name
    events: list[Event] = field(default_factory=list)
    claims: list[ResponsibilityClaim] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    copy_of: Optional[str] = None


@dataclass
class EventGroup:
    """One event reported by several (independent) articles, with the disputes across them."""

    label: str
    events: list[tuple[str, int]]  # (article input, index of the event in that article)
    contradictions: list[Contradiction] = field(default_factory=list)


@dataclass
class ClaimReport:
    items: list[ClaimItem]
    clusters: list[ClaimCluster]
    contradictions: list[Contradiction]
    copies: list[CopyGroup]  # indexes into `inputs`
    inputs: list[str] = field(default_factory=list)  # each analysis's input name, in the order given

    @property
    def corroborated(self) -> list[ClaimCluster]:
        """Claims made by more than one voice: a claim repeated only by copies of one article is not."""
        return [c for c in self.clusters if c.voices >= 2]

    def to_dict(self) -> dict:
        def member(i: int) -> dict:
            it = self.items[i]
            a = it.attribution
            return {"article": it.article, "copy_of": it.root if it.root != it.article else None,
                    "attribution": a.id, "speaker": it.speaker, "content": a.content, "stance": a.stance,
                    "polarity": "affirms" if it.polarity else "denies", "content_span": a.content_span}

        return {
            "clusters": [{"label": c.label, "speakers": c.speakers, "outlets": c.outlets,
                          "independent_articles": c.articles, "voices": c.voices,
                          "members": [member(i) for i in c.members]}
                         for c in self.corroborated],
            "contradictions": [asdict(c) for c in self.contradictions],
            "copies": [{"original": self.inputs[g.original], "copies": [self.inputs[c] for c in g.copies],
                        "stale": [self.inputs[s] for s in g.stale],
                        "similarity": {self.inputs[c]: v for c, v in g.similarity.items()}} for g in self.copies],
        }


class Linker:
    """Holds the models (spaCy parse, sentence embeddings), each loaded once on first use."""

    def __init__(self, nlp=None, clusterer: Optional[ClaimClusterer] = None,
                 copy_settings: CopySettings = CopySettings()):
        self.event_extractor = EventExtractor(nlp=nlp)
        # one spaCy model for both: the responsibility reader asks the event extractor's on first use
        self.responsibility = ResponsibilityExtractor(nlp=nlp, share=self.event_extractor)
        self.clusterer = clusterer or ClaimClusterer()
        self.copy_settings = copy_settings

    def copies(self, analyses: Sequence[Analysis]) -> list[CopyGroup]:
        return find_copies([a.article for a in analyses], self.copy_settings)

    def events(self, analysis: Analysis) -> ArticleEvents:
        return self.article_events(analysis, self.responsibility.claims(analysis.attributions))

    def article_events(self, analysis: Analysis, quoted: list[ResponsibilityClaim]) -> ArticleEvents:
        """The article's events with `quoted` (the claims its attributions make) and those it narrates.

        One claim per claimant, party and stance; an event no one claims anything about (and that is not
        said to be unclaimed) is background, and is left out."""
        events, narrated = self.event_extractor.analyze(analysis.article, analysis.attributions)
        claims = one_per_party(name_unnamed(list(quoted) + narrated))
        attach_to_events(claims, events)
        kept = [i for i, e in enumerate(events) if e.unclaimed or any(c.event == i for c in claims)]
        renumber = {old: new for new, old in enumerate(kept)}
        for claim in claims:
            claim.event = renumber.get(claim.event)
        events = [events[i] for i in kept]
        conflicts = []
        for i, event in enumerate(events):
            about = [(analysis.input, c) for c in claims if c.event == i]
            for conflict in in_responsibility(about, event.label()):
                conflict.event = i
                conflicts.append(conflict)
        return ArticleEvents(analysis.input, events, claims, conflicts)

    def all_events(self, analyses: Sequence[Analysis]) -> list[ArticleEvents]:
        copies = copy_of(self.copies(analyses))
        out = []
        for i, analysis in enumerate(analyses):
            found = self.events(analysis)
            if i in copies:
                found.copy_of = analyses[copies[i]].input
            out.append(found)
        return out

    def across(self, found: Sequence[ArticleEvents]) -> list[EventGroup]:
        """Events that several original articles report, their claims pooled to find disputes between outlets."""
        nodes = [(a, i) for a, art in enumerate(found) if not art.copy_of for i in range(len(art.events))]
        same = UnionFind(len(nodes))
        for x in range(len(nodes)):
            for y in range(x + 1, len(nodes)):
                (a, i), (b, j) = nodes[x], nodes[y]
                if a != b and same_event_across(found[a].events[i], found[b].events[j]):
                    same.union(y, x)
        groups: dict[int, list[tuple[int, int]]] = {}
        for k, node in enumerate(nodes):
            groups.setdefault(same.find(k), []).append(node)
        out = []
        for members in groups.values():
            if len({a for a, _ in members}) < 2:
                continue
            label = found[members[0][0]].events[members[0][1]].label()
            pooled = [(found[a].article, c) for a, i in members for c in found[a].claims if c.event == i]
            out.append(EventGroup(label, [(found[a].article, i) for a, i in members], in_responsibility(pooled, label)))
        return out

    def claims(self, analyses: Sequence[Analysis]) -> ClaimReport:
        groups = self.copies(analyses)
        roots = copy_of(groups)
        items = [ClaimItem(article=a.input, attribution=att, outlet=a.article.outlet,
                           root=analyses[independent_root(i, roots)].input)
                 for i, a in enumerate(analyses) for att in a.attributions]
        each = self.responsibility.claims_each([item.attribution for item in items])  # parsed once, used twice
        dated = [a.article.published or a.article.page_date for a in analyses]
        dates = [dated[independent_root(i, roots)] for i, a in enumerate(analyses) for _ in a.attributions]
        clusters = self.clusterer.cluster(items, same_responsibility(each, dates))
        conflicts = in_clusters(clusters, items)
        start = 0
        for i, analysis in enumerate(analyses):
            end = start + len(analysis.attributions)  # items hold each analysis's attributions in order
            if i not in roots:  # a copy's disputes are its original's
                quoted = [claim for made in each[start:end] for claim in made]
                conflicts.extend(self.article_events(analysis, quoted).contradictions)
            start = end
        return ClaimReport(items, clusters, conflicts, groups, [a.input for a in analyses])


AGREEING_DAYS = 31  # the same blame told a month or more apart is about another event ("Iran denied ...")


def same_responsibility(each: Sequence[list[ResponsibilityClaim]],
                        dates: Optional[Sequence[Optional[str]]] = None) -> list[tuple[int, int]]:
    """Pairs of items that make the same responsibility claim (same stance about a related party, in
    articles dated within AGREEING_DAYS of each other when both are dated), given the claims each item
    makes. Without the dates, one party blamed year after year would chain every such claim of a growing
    store into one set to cluster."""
    words = [[(claim.stance, claim_party_words(claim)) for claim in claims] for claims in each]  # once a claim
    sharing: dict[tuple[str, str], list[int]] = {}  # only items sharing a stance and a party key can agree
    for i, claims in enumerate(words):
        for key in {(stance, k) for stance, names in claims for k in party_keys(names)}:
            sharing.setdefault(key, []).append(i)
    candidates = {(i, j) for items in sharing.values() for n, i in enumerate(items) for j in items[n + 1:]}
    days = [ordinal_day(d) for d in dates] if dates is not None else [None] * len(each)
    return [(i, j) for i, j in sorted(candidates)
            if (days[i] is None or days[j] is None or abs(days[i] - days[j]) <= AGREEING_DAYS)
            and any(sa == sb and names_related(na, nb) for sa, na in words[i] for sb, nb in words[j])]


def ordinal_day(iso: Optional[str]) -> Optional[int]:
    """A YYYY-MM-DD date as a day number; None for a partial or missing date (it clashes with none)."""
    try:
        return date.fromisoformat(iso).toordinal() if iso and len(iso) == 10 else None
    except ValueError:
        return None
