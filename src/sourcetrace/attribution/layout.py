"""Where each character and token sits: paragraph of a character, sentence of a token, token at a
character, the text.

spaCy's Token.sent walks the sentences and Doc.text joins the tokens on every call; the attribution
passes ask often, so the answers are computed once per Doc here.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# a dateline opening a text, where and whence, not what it says: a place in capitals, or any place before a month
# and day, maybe "(Agency)", then a dash ("GRISTHORN – ...", "OSLO (Reuters) — ...", "Port Aske, March 3 - ...")
DATELINE = re.compile(r"^(?:[A-Z][A-Z.'’ -]*[A-Z](?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?|[A-Z][\w.'’ -]{1,40}?,\s+"
                      r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2})"
                      r"\s*(?:\([^)]{2,40}\))?\s*[-–—]+\s+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, paragraphs being separated by blank lines."""
    spans, pos = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


class Layout:
    """The paragraphs, sentences and token offsets of one Doc, indexed once for the attribution passes."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.sents = list(doc.sents)
        self.sent_index = [0] * len(doc)
        for n, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_index[i] = n
        self.starts = [t.idx for t in doc]
        self.paragraphs = paragraphs(self.text)
        self.paragraph_starts = [s for s, _ in self.paragraphs]

    def sent(self, tok: Token) -> Span:
        return self.sents[self.sent_index[tok.i]]

    def token_at(self, char: int) -> Token:
        """The token covering this character (or the one before it, for a space)."""
        return self.doc[max(0, bisect_right(self.starts, char) - 1)]

    def paragraph_of(self, char: int) -> int:
        """The number of the paragraph this character is in (its end included), or -1 between paragraphs."""
        n = bisect_right(self.paragraph_starts, char) - 1
        return n if n >= 0 and char <= self.paragraphs[n][1] else -1


if not Doc.has_extension("layout"):
    Doc.set_extension("layout", default=None)


@Language.component("text_layout")
def text_layout(doc: Doc) -> Doc:
    """Index paragraphs, sentences and character offsets once, as doc._.layout."""
    doc._.layout = Layout(doc)
    return doc


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so the parser never joins two paragraphs.

    Runs before the parser, which keeps sentence starts that are already set.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2 and not tok.is_space:
            tok.is_sent_start = True
    return doc


@Language.component("dateline_sentences")
def dateline_sentences(doc: Doc) -> Doc:
    """Start a sentence after the dateline opening a paragraph ("GRISTHORN – At least four people are dead ...,
    writes the news agency Larchwire."): the parser otherwise takes the place for the subject of a verb.

    Runs before the parser, which keeps sentence starts that are already set.
    """
    starts = {t.idx: t for t in doc}
    for start, end in paragraphs(doc.text):
        found = DATELINE.match(doc.text[start:end])
        token = starts.get(start + found.end()) if found else None
        if token is not None:
            token.is_sent_start = True
    return doc
