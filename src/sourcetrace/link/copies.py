"""Copies and syndication: the same story served again by another site, reworded or cut.

MinHash LSH (datasketch) over word shingles of the clean body finds candidate pairs
in sub-linear time; each candidate is then checked with the MinHash estimate of how
much of the shorter text the longer one contains, and a pair that passes is counted
again from the two texts (`counted_containment`), so a truncated copy (half a story)
still joins its original while two stories that merely share phrases do not.
Matches are grouped with union-find; the earliest member of a group is the original
and the others are its copies. Copies are one voice, not independent corroboration.

Defaults come from ``bench/copies.py --sweep`` (1020 articles: the 388 shared pages cleaned
from their HTML plus 632 synthetic copies): 3-word shingles, 128 permutations, LSH
candidates at Jaccard 0.15 and containment >= 0.6 gave pairwise precision 1.000 and
recall 0.975 (0.978 on the estimate alone, which also passed pairs under 0.6). 4- and
5-word shingles lose reworded and spun copies (recall 0.923 and 0.769 at the same
settings); an LSH threshold of 0.3 loses spun copies (0.930), and so does containment
0.7 (0.902). Containment 0.5 gains little (0.981); on the estimate alone it was where
unrelated pages of one site, sharing boilerplate, started to merge (precision 0.979 with
64 permutations). A paper's rewrite of a story it credits keeps about 0.4 of its shingles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Hashable, Optional, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..models import Article

WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class CopySettings:
    """How texts are hashed and when two count as copies (see the module docstring)."""

    shingle: int = 3  # words per shingle
    num_perm: int = 128  # MinHash permutations
    threshold: float = 0.6  # minimum containment of the shorter text in the longer
    candidate: float = 0.15  # LSH Jaccard threshold for candidates: low, a copy cut to 40% with spins has Jaccard ~0.2
    min_words: int = 30  # texts shorter than this are too short to call copies


@dataclass
class Signature:
    """A text's MinHash and its number of distinct shingles (needed to estimate containment)."""

    minhash: MinHash
    size: int


@dataclass
class CopyGroup:
    """Near-duplicate articles: indexes into the list given to `find_copies`."""

    original: int
    copies: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)  # members that re-serve an old story under a new page date
    similarity: dict[int, float] = field(default_factory=dict)  # copy -> containment with a group member

    @property
    def members(self) -> list[int]:
        return [self.original, *self.copies]


def shingles(text: str, size: int) -> set[str]:
    """Lower-cased word n-grams; punctuation and whitespace differences vanish."""
    words = WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def containment(a: Signature, b: Signature) -> float:
    """Estimated share of the smaller shingle set found in the larger, from the Jaccard estimate.

    |A & B| = J (|A| + |B|) / (1 + J), so a copy cut to half its original still scores ~1.
    """
    if not a.size or not b.size:
        return 0.0
    return float(containment_of(a.minhash.jaccard(b.minhash), a.size, b.size))


def counted_containment(text_a: str, text_b: str, size: int) -> float:
    """`containment` counted from the two texts' shingles. The MinHash estimate checks a candidate cheaply, but its
    error is wide where few shingles are shared: 128 permutations put a paper's rewrite of an investigation (0.40 of
    its shingles in the original) at 0.67, over the copy threshold. A pair the estimate passes is counted again."""
    a, b = shingles(text_a, size), shingles(text_b, size)
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def containment_of(jaccard, size_a, size_b):
    """`containment` from a Jaccard estimate and the two shingle counts (numbers or numpy arrays)."""
    return np.minimum(1.0, jaccard * (size_a + size_b) / (1 + jaccard) / np.minimum(size_a, size_b))


class CopyIndex:
    """An incremental LSH index: `add` a text and get the keys of the copies already in it.

    The LSH candidate threshold is set well below the containment threshold: a spun
    copy that keeps 40% of the original has Jaccard ~0.2 and must still come out as
    a candidate; the containment check then removes the noise.
    """

    def __init__(self, settings: CopySettings = CopySettings()):
        self.settings = settings
        self.lsh = MinHashLSH(threshold=settings.candidate, num_perm=settings.num_perm)
        self.signatures: dict[Hashable, Signature] = {}

    def signature(self, text: str) -> Optional[Signature]:
        """None for texts too short to tell a copy from a shared phrase."""
        if len(WORD.findall(text)) < self.settings.min_words:
            return None
        grams = shingles(text, self.settings.shingle)
        mh = MinHash(num_perm=self.settings.num_perm)
        mh.update_batch([g.encode("utf-8") for g in grams])
        return Signature(mh, len(grams))

    def query(self, sig: Signature) -> list[tuple[Hashable, float]]:
        """Keys already indexed whose text is a copy of (or contains) this one, best first."""
        found = []
        for key in self.lsh.query(sig.minhash):
            score = containment(sig, self.signatures[key])
            if score >= self.settings.threshold:
                found.append((key, score))
        return sorted(found, key=lambda kv: -kv[1])

    def add(self, key: Hashable, text: str) -> list[tuple[Hashable, float]]:
        """Index one text and return its matches among those indexed before it."""
        sig = self.signature(text)
        if sig is None:
            return []
        matches = self.query(sig)
        self.lsh.insert(key, sig.minhash)
        self.signatures[key] = sig
        return matches


class UnionFind:
    """Groups of indexes joined pairwise (path halving keeps `find` short)."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def article_date(article: Article) -> Optional[str]:
    """When the story first appeared: the publication date, else the date the page shows."""
    return article.published or article.page_date


def original_order(article: Article, index: int) -> tuple:
    """Earliest known date first; undated last; a stale re-serve never before a fresh page; then input order."""
    date = article_date(article)
    return (date is None, date or "", article.stale, index)


def find_copies(articles: Sequence[Article], settings: CopySettings = CopySettings()) -> list[CopyGroup]:
    """Group near-duplicate articles; only groups with at least one copy are returned."""
    index = CopyIndex(settings)
    links = UnionFind(len(articles))
    best: dict[int, float] = {}
    for i, article in enumerate(articles):
        for j, _ in index.add(i, article.text):
            score = counted_containment(article.text, articles[j].text, settings.shingle)
            if score < settings.threshold:
                continue
            links.union(i, j)
            best[i] = max(best.get(i, 0.0), score)
            best[j] = max(best.get(j, 0.0), score)
    members: dict[int, list[int]] = {}
    for i in range(len(articles)):
        members.setdefault(links.find(i), []).append(i)
    groups = []
    for group in members.values():
        if len(group) < 2:
            continue
        ordered = sorted(group, key=lambda i: original_order(articles[i], i))
        groups.append(CopyGroup(
            original=ordered[0], copies=ordered[1:],
            stale=[i for i in ordered if articles[i].stale],
            similarity={i: round(best[i], 3) for i in ordered[1:]},
        ))
    return sorted(groups, key=lambda g: g.original)


def copy_of(groups: Sequence[CopyGroup]) -> dict[int, int]:
    """Each copy's index -> its original's index."""
    return {c: g.original for g in groups for c in g.copies}


def independent_root(index: int, copies: dict[int, int]) -> int:
    """The article that speaks for this one when counting independent outlets."""
    return copies.get(index, index)
