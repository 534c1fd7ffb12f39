"""Contradictions: the same proposition asserted and denied, or an event blamed on rival parties.

Two sources of evidence, both already computed upstream:
  * a claim cluster whose members disagree in polarity (one affirms, one denies);
  * an event's responsibility claims: someone accuses a party while someone else denies
    that party's (or a related party's) responsibility, or different claimants accuse
    unrelated parties.
Each contradiction lists both sides with who said it and where.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, Optional, Sequence

from .claims import ClaimCluster, ClaimItem
from .events import ResponsibilityClaim


@dataclass
class Side:
    """One statement on one side of a contradiction."""

    who: str
    says: str
    stance: str
    article: Optional[str] = None
    attribution: Optional[str] = None
    span: Optional[tuple[int, int]] = None
    summary: str = ""  # the side as a sentence, for responsibility ("Iran denied responsibility")


@dataclass
class Contradiction:
    kind: Literal["assert-deny", "responsibility", "rival-blame"]
    about: str
    one_side: list[Side] = field(default_factory=list)
    other_side: list[Side] = field(default_factory=list)
    event: Optional[int] = None  # index of the article's event, for responsibility contradictions


def in_clusters(clusters: Sequence[ClaimCluster], items: Sequence[ClaimItem]) -> list[Contradiction]:
    """Clusters where someone affirms the proposition and someone denies it."""
    out = []
    for cluster in clusters:
        members = [items[i] for i in cluster.members]
        yes = [_side(it, "assert") for it in members if it.polarity]
        no = [_side(it, "deny") for it in members if not it.polarity]
        if yes and no:
            out.append(Contradiction("assert-deny", cluster.label, yes, no))
    return out


def _side(item: ClaimItem, stance: str) -> Side:
    att = item.attribution
    said = "said" if stance == "assert" else "denied"
    return Side(item.speaker, att.content, stance, item.article, att.id, att.content_span,
                f"{item.speaker} {said}: {att.content}")


GENERIC_PARTY_WORDS = {"the", "and", "backed", "led", "linked", "based", "government", "officials", "forces", "group",
                       "groups"}


def party_words(name: str) -> set[str]:
    """The words that identify a party ("Iranian-backed militias" -> iranian, militias)."""
    return {w for w in re.findall(r"[a-z]+", name.lower()) if len(w) >= 3 and w not in GENERIC_PARTY_WORDS}


def related(a: str, b: str) -> bool:
    """Two party names point at the same actor, or one is described through the other ("Iran", "Iranian-backed")."""
    return related_words(party_words(a), party_words(b))


def related_words(wa: set[str], wb: set[str]) -> bool:
    """`related` on the names' party words: a shared word, or one of four letters or more beginning the other.
    Either way the two share a word's first four letters (`party_keys`)."""
    return bool(wa & wb) or any(x.startswith(y) or y.startswith(x) for x in wa for y in wb if min(len(x), len(y)) >= 4)


def claim_party_words(claim: ResponsibilityClaim) -> list[set[str]]:
    """The party words of each name a claim gives the blamed party (its name, and its description if any)."""
    return [party_words(name) for name in (claim.blamed, claim.blamed_as) if name]


def party_keys(words: list[set[str]]) -> set[str]:
    """Keys two related names always share (a word's first four letters), to find candidates without
    comparing every pair."""
    return {w[:4] for name in words for w in name}


def _claim_side(claim: ResponsibilityClaim, article: Optional[str]) -> Side:
    return Side(claim.claimant, f"{claim.blamed}" + (f" ({claim.blamed_as})" if claim.blamed_as else ""),
                claim.stance + (f", {claim.hedge}" if claim.hedge else ""), article, claim.attribution,
                claim.content_span, claim.summary())


def _sides(claims) -> list[Side]:
    """One side per (who, what, how): the same person clearing themselves twice is one voice."""
    out, seen = [], set()
    for article, claim in claims:
        side = _claim_side(claim, article)
        if (side.who, side.says, side.stance) not in seen:
            seen.add((side.who, side.says, side.stance))
            out.append(side)
    return out


def in_responsibility(claims: Sequence[tuple[Optional[str], ResponsibilityClaim]], event: str) -> list[Contradiction]:
    """For one event: accusations against deniers of a related party, and accusations of unrelated parties.

    `claims` pairs each claim with the article it came from.
    """
    accusing = [(a, c) for a, c in claims if c.stance in {"accuse", "claim-credit"}]
    denying = [(a, c) for a, c in claims if c.stance == "deny"]
    out = []
    disputed = [(a, d) for a, d in denying if any(same_party(c, d) for _, c in accusing)]
    if disputed:
        accusers = [(a, c) for a, c in accusing if any(same_party(c, d) for _, d in disputed)]
        out.append(Contradiction(
            "responsibility", f"who is responsible for the {event}",
            _sides(accusers), _sides(disputed)))
    camps: list[list[tuple[Optional[str], ResponsibilityClaim]]] = []
    for a, c in accusing:
        camp = next((k for k in camps if any(same_party(c, o) for _, o in k)), None)
        if camp is None:
            camps.append([(a, c)])
        else:
            camp.append((a, c))
    for first, second in zip(camps, camps[1:]):
        if {c.claimant for _, c in first} != {c.claimant for _, c in second}:
            out.append(Contradiction("rival-blame", f"who carried out the {event}",
                                     _sides(first), _sides(second)))
    return out


def one_per_party(claims: Sequence[ResponsibilityClaim]) -> list[ResponsibilityClaim]:
    """The first of the claims a claimant makes with one stance about one party, named in full or in part
    ("al-Qaeda" and "al-Qaeda terrorists"; not "Iran" and "Iranian-backed militias"), or pointed at ("this
    man" beside a party the claimant names)."""
    def same(a: ResponsibilityClaim, b: ResponsibilityClaim) -> bool:
        return a.claimant.lower() == b.claimant.lower() and a.stance == b.stance

    kept: list[ResponsibilityClaim] = []
    for claim in claims:
        words = party_words(claim.blamed)
        if not any(same(k, claim) and (k.blamed == claim.blamed or words and (
                words <= party_words(k.blamed) or party_words(k.blamed) <= words)) for k in kept):
            kept.append(claim)
    return [c for c in kept if not (pointed_at(c.blamed) and any(same(k, c) and not pointed_at(k.blamed)
                                                                   for k in kept))]


def pointed_at(party: str) -> bool:
    """ "this man", "these people": a party named only by pointing at one named elsewhere."""
    words = party.lower().split()
    return 1 < len(words) <= 3 and words[0] in {"this", "that", "these", "those"}


def same_party(a: ResponsibilityClaim, b: ResponsibilityClaim) -> bool:
    return names_related(claim_party_words(a), claim_party_words(b))


def names_related(a: list[set[str]], b: list[set[str]]) -> bool:
    """Two claims' blamed parties (as `claim_party_words`) are related under one of their names."""
    return any(related_words(x, y) for x in a for y in b)
