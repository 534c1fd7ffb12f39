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
BODY_CLASS = re.compile(r"article[-_]*body|articlebody|story[-_]*body|body[-_]*(?:text|copy|content)|entry[-_]content|post[-_]content|article[-_]content", re.I)
MIN_CHUNK_PARAGRAPHS, MIN_CHUNK_CHARS = 3, 300  # less prose is a teaser box or a one-paragraph layout cell
MAX_CHUNK_DISTANCE = 4  # chunks of one story share an ancestor this close


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


def merge_split_body(tree) -> None:
    """Join an article body the layout split into sibling chunks with one class ("article__body" x 3).

    trafilatura keeps the first container that looks like the body, which drops every later chunk.
    The later chunks' children are moved into the first one (in place, on our parsed tree).
    """
    groups: dict[str, list] = {}
    for el in tree.iter("div", "section"):
        cls = el.get("class")
        if cls and BODY_CLASS.search(cls):
            groups.setdefault(cls, []).append(el)
    for chunks in groups.values():
        chunks = [c for c in chunks if is_multi_paragraph(c)]
        if len(chunks) < 2 or any(is_inside(b, a) for a in chunks for b in chunks if a is not b):
            continue
        first = chunks[0]
        near = set(list(first.iterancestors())[:MAX_CHUNK_DISTANCE])
        for chunk in chunks[1:]:
            if near & set(list(chunk.iterancestors())[:MAX_CHUNK_DISTANCE]):
                for child in list(chunk):
                    first.append(child)


def is_multi_paragraph(el) -> bool:
    """A chunk of several paragraphs; one paragraph per container is a layout trafilatura already handles."""
    paragraphs = el.findall(".//p")
    return len(paragraphs) >= MIN_CHUNK_PARAGRAPHS and sum(len(p.text_content()) for p in paragraphs) >= MIN_CHUNK_CHARS


def is_inside(el, other) -> bool:
    return any(a is other for a in el.iterancestors())
