"""Where each character and token sits: sentence of a token, token at a character, the text.

spaCy's Token.sent walks the sentences and Doc.text joins the tokens on every call; the attribution
passes ask often, so the answers are computed once per Doc here.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span, Token


class Layout:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.sents = list(doc.sents)
        self.sent_index = [0] * len(doc)
        for n, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_index[i] = n
        self.starts = [t.idx for t in doc]

    def sent(self, tok: Token) -> Span:
        return self.sents[self.sent_index[tok.i]]

    def token_at(self, char: int) -> Token:
        """The token covering this character (or the one before it, for a space)."""
        return self.doc[max(0, bisect_right(self.starts, char) - 1)]


if not Doc.has_extension("layout"):
    Doc.set_extension("layout", default=None)


@Language.component("text_layout")
def text_layout(doc: Doc) -> Doc:
    """Index sentences and character offsets once, as doc._.layout."""
    doc._.layout = Layout(doc)
    return doc
