"""Corrective passes on trafilatura's main text: things it keeps that are not the story."""
from __future__ import annotations

import re
from typing import Iterable

from .dates import is_date_line

WORD = re.compile(r"\w+")
# links to other stories dropped into the text: "Read More: ...", "Related: ...", "Also: ..."
TEASER = re.compile(
    r"^(?:read more|read next|read also|related|see also|also read|also|more|recommended|required reading|must read|"
    r"further reading|don'?t miss|watch|listen|sign up|subscribe)\b[^:]{0,20}:\s",
    re.I,
)
MAX_TEASER_CHARS = 200
# a heading that introduces a list of other stories: "More From TIME", "Related Stories", "Most Popular"
TEASER_HEADING = re.compile(
    r"^(?:more(?: must-reads?| stories| top stories)? from\b.*|related(?: stories| articles| coverage| content| reading)?|"
    r"read more|read next|also read|see also|recommended(?: videos| stories| reading)?|most (?:popular|read)|"
    r"trending(?: now| stories)?|you may also like|editor'?s picks):?$",
    re.I,
)
LINK_TITLE_CHARS = 120  # a story title in a teaser list: short, and no full stop at the end
MAX_HEADING_CHARS = 60
MAX_DATE_LINE_CHARS = 80
CONTENT_DATE_LINE = re.compile(r"^[—–-]|@\w|\|")  # a tweet's signature, a date range: part of the story
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
    """Links to other stories: "Read More: ..." lines, and "More From X" / "Read more:" headings with the
    list of story titles after them."""
    kept, in_teaser_list = [], False
    for p in paragraphs:
        if len(p) <= MAX_HEADING_CHARS and TEASER_HEADING.match(p):
            in_teaser_list = True
            continue
        if in_teaser_list and (p.startswith("- ") or (len(p) <= LINK_TITLE_CHARS and not p.endswith((".", "!", "?", '"', "”", ":")))):
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


def drop_date_lines(paragraphs: list[str]) -> list[str]:
    """A paragraph that is only a date ("Sunday 17 December 2023 17:23, UK") is the page's date bar;
    an embedded tweet's signature ("— Jane Doe (@jane) November 1, 2019") is content."""
    return [p for p in paragraphs if not (len(p) <= MAX_DATE_LINE_CHARS and is_date_line(p) and not CONTENT_DATE_LINE.search(p))]
