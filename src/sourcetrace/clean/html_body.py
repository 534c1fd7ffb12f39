"""Corrective passes on trafilatura's main text: things it keeps that are not the story."""
from __future__ import annotations

import re
from typing import Iterable

WORD = re.compile(r"\w+")
# links to other stories dropped into the text: "Read More: ...", "Related: ...", "Also: ..."
TEASER = re.compile(r"^(?:read more|read next|related|see also|also read|also|more|recommended|watch|listen|sign up|subscribe)\b[^:]{0,20}:\s", re.I)
MAX_TEASER_CHARS = 200
# a heading that introduces a list of other stories: "More From TIME", "Related Stories", "Most Popular"
TEASER_HEADING = re.compile(r"^(?:more(?: must-reads?| stories| top stories)? from\b.*|related (?:stories|articles|coverage|content|reading)|recommended(?: videos| stories| reading)?|most (?:popular|read)|trending(?: now| stories)?|you may also like|editor'?s picks)$", re.I)
MAX_HEADING_CHARS = 60


def words_of(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def drop_leading_title(paragraphs: list[str], titles: Iterable[str]) -> list[str]:
    """The headline (or its SEO variant) repeated as the first paragraph is not body text."""
    heads = {tuple(words_of(t)) for t in titles if t}
    if paragraphs and tuple(words_of(paragraphs[0])) in heads:
        return paragraphs[1:]
    return paragraphs


def drop_teasers(paragraphs: list[str]) -> list[str]:
    """Links to other stories: "Read More: ..." lines, and "More From X" headings with the list after them."""
    kept, in_teaser_list = [], False
    for p in paragraphs:
        if len(p) <= MAX_HEADING_CHARS and TEASER_HEADING.match(p):
            in_teaser_list = True
            continue
        if in_teaser_list and p.startswith("- "):
            continue
        in_teaser_list = False
        if len(p) <= MAX_TEASER_CHARS and TEASER.match(p):
            continue
        kept.append(p)
    return kept
