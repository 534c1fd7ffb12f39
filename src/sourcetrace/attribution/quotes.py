"""Find quoted passages: straight or curly marks, quotes over several sentences, and quotes that run
on over paragraphs (each paragraph reopens the quote without closing the previous one).

Marks are told apart by what surrounds them rather than by their glyph, because scraped text mixes
straight and curly marks and sometimes turns them round ("decision.“ However"). A paragraph without
double marks may quote with single curly ones (‘...’, British style); an apostrophe inside a word is
not a mark. Two apostrophes in a row ('') are one double mark, as some newspapers' archives write them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

DOUBLE_MARKS = '"“”„«»'
SINGLE_MARKS = "‘’"
MARKS = DOUBLE_MARKS + SINGLE_MARKS
DOUBLED_APOSTROPHE = "''"  # ''A,'' he said: typewriter-style double quotation marks
OPENING_GLYPHS = "“„«‘"
CLOSING_GLYPHS = "”»’"


@dataclass
class Quote:
    """The inside of one quoted passage within one paragraph, as character offsets."""

    start: int
    end: int
    runs_on: bool = False  # the paragraph ends inside the quote; it reopens in the next paragraph
    used: bool = False  # set once an attribution takes this quote as (part of) its content


def mark_role(text: str, i: int, start: int, end: int, width: int = 1) -> str:
    """'open', 'close' or 'none' (an apostrophe) for the mark text[i:i + width], judged by its neighbours,
    then by its glyph."""
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < end else " "
    if text[i] in SINGLE_MARKS and before.isalnum() and after.isalnum():
        return "none"  # don’t, al‘Qaeda
    if text[i] == "’" and before == "s" and after == " " and text[i + 2:i + 3].islower():
        return "none"  # the workers’ pensions
    opens = (before.isspace() or before in "([{—–-/" or before in MARKS + "'") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-" or after in MARKS + "'")
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "open" if text[i] in OPENING_GLYPHS else "close" if text[i] in CLOSING_GLYPHS else "toggle"


def marks_of(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(position, width) of each quotation mark of the paragraph: double marks (and doubled apostrophes)
    when it has any, else single curly ones."""
    paragraph = text[start:end]
    doubled = DOUBLED_APOSTROPHE in paragraph
    marks = DOUBLE_MARKS if doubled or any(c in DOUBLE_MARKS for c in paragraph) else SINGLE_MARKS
    i = start
    while i < end:
        if doubled and text.startswith(DOUBLED_APOSTROPHE, i):
            yield i, 2
            i += 2
            continue
        if text[i] in marks:
            yield i, 1
        i += 1


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """All quoted passages in text, in order; a passage never crosses a paragraph break."""
    quotes: list[Quote] = []
    for p_start, p_end in paragraphs:
        open_at = None
        for i, width in marks_of(text, p_start, p_end):
            role = mark_role(text, i, p_start, p_end, width)
            if role == "toggle":
                role = "open" if open_at is None else "close"
            if role == "open" and open_at is None:
                open_at = i + width
            elif role == "close" and open_at is not None:
                quotes.append(_trimmed(text, open_at, i))
                open_at = None
        if open_at is not None:
            quotes.append(_trimmed(text, open_at, p_end, runs_on=True))
    return [q for q in quotes if q.end > q.start]


def _trimmed(text: str, start: int, end: int, runs_on: bool = False) -> Quote:
    """Drop the spaces and the trailing comma that belong to the sentence, not to the quote."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return Quote(start, end, runs_on)


if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


@Language.component("quote_finder")
def quote_finder(doc: Doc) -> Doc:
    """Store the quoted passages of the text as doc._.quotes."""
    doc._.quotes = find_quotes(doc._.layout.text, doc._.layout.paragraphs)
    return doc
