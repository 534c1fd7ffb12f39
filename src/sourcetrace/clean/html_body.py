"""Corrective passes on trafilatura's main text: things it keeps that are not the story."""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

WORD = re.compile(r"\w+")
MIN_REPEATED_CHARS = 60  # shorter repeats ("Advertisement", "Read more") are handled by trafilatura or harmless


def words_of(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def drop_leading_title(paragraphs: list[str], titles: Iterable[str]) -> list[str]:
    """The headline (or its SEO variant) repeated as the first paragraph is not body text."""
    heads = {tuple(words_of(t)) for t in titles if t}
    if paragraphs and tuple(words_of(paragraphs[0])) in heads:
        return paragraphs[1:]
    return paragraphs


def drop_repeated_paragraphs(paragraphs: list[str]) -> list[str]:
    """A long paragraph printed twice is a promo or newsletter box repeated by the layout: keep none of it."""
    counts = Counter(p for p in paragraphs if len(p) >= MIN_REPEATED_CHARS)
    return [p for p in paragraphs if counts.get(p, 0) < 2]
