"""Attribution: who said what, through whom, how sure, assert or deny."""
from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Iterator, Optional

from ..models import Article, Attribution, Entity, Source, joined
from .utterances import merge_utterances

if TYPE_CHECKING:  # spaCy loads with the model, not with this package: a re-ingest of unchanged pages needs neither
    from spacy.language import Language
    from spacy.tokens import Doc


class AttributionExtractor:
    """Finds the attributed statements in an article's clean text with one spaCy pass.

    The model loads on first use and stays with this object, so a worker pays for it once.
    ``join_continuations``: “A,” X said. “B.” as one statement (PolNeAR's count) instead of two (ours).
    """

    def __init__(self, model: Optional[str] = None, join_continuations: bool = False):
        self.model = model
        self.join_continuations = join_continuations
        self._nlp: Optional[Language] = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from ..nlp import MODEL, load_pipeline  # here, not at the top: nlp.py imports this package

            self._nlp = load_pipeline(self.model or MODEL)
        return self._nlp

    def extract(self, article: Article) -> list[Attribution]:
        return self.extract_with_entities(article)[0]

    def extract_with_entities(self, article: Article, deadline: Optional[float] = None) -> Results:
        """The body's attributions and the named entities of the same parse (so nothing parses twice),
        then the title's attributions."""
        return self.extract_many([article], deadline)[0]

    def extract_many(self, articles: list[Article], deadline: Optional[float] = None) -> list[Results]:
        """The same as extract_with_entities for each article, bodies and titles parsed together as one batch."""
        self.nlp  # the model first: loading it imports spaCy without torch (see lean_spacy)
        from .headlines import headline_case  # here, not at the top: it needs spaCy, which loads with the model

        titles = [a.title or "" for a in articles]
        docs = self.parse([a.text for a in articles] + [headline_case(t) for t in titles], deadline)
        return [_results(*parsed, self.join_continuations) for parsed in zip(docs[:len(articles)], docs[len(articles):], titles)]

    def parse(self, texts: list[str], deadline: Optional[float] = None) -> list[Doc]:
        """Run the pipeline's components over the batch one by one, as nlp.pipe does, checking the
        deadline (time.monotonic()) before each: a text that runs past it raises OverBudget instead of
        holding a worker for minutes.

        A text longer than WHOLE_CHARS reaches the model's components in pieces of at most PIECE_CHARS
        characters, several pieces a batch, joined again before the attribution components: their
        memory grows with the length of what they see at once (a 90 KB text cost 650 MB in one piece),
        and the parser steps through a batch of pieces together faster than through one long piece.
        Articles are shorter, so for them nothing changes."""
        from spacy.tokens import Doc

        from ..nlp import ATTRIBUTION_COMPONENTS

        for text in texts:
            if len(text) > self.nlp.max_length:
                raise TextTooLong(f"article text too long ({len(text):,} characters; the limit is "
                                  f"{self.nlp.max_length:,})")
        first_own = next(i for i, name in enumerate(self.nlp.pipe_names) if name in ATTRIBUTION_COMPONENTS)
        model, own = self.nlp.pipeline[:first_own], self.nlp.pipeline[first_own:]
        parsed: list[Doc] = []
        for group in batches([p for text in texts for p in pieces(text)]):
            parsed += run(model, [self.nlp.make_doc(piece) for piece in group], deadline)
        docs, start = [], 0
        for text in texts:
            count = len(pieces(text))
            part = parsed[start:start + count]
            docs.append(part[0] if count == 1 else Doc.from_docs(part, ensure_whitespace=False))
            start += count
        return run(own, docs, deadline)


WHOLE_CHARS = 50_000  # a text up to this long is parsed whole; batches hold this much text
PIECE_CHARS = 10_000
SENTENCE_END = re.compile(r"""[.!?]["”’']?\s+(?=\S)""")


def pieces(text: str) -> list[str]:
    """text cut into pieces of at most PIECE_CHARS, at a paragraph break, else a sentence end, else a
    space; a text up to WHOLE_CHARS is one piece."""
    if len(text) <= WHOLE_CHARS:
        return [text]
    out, start = [], 0
    while len(text) - start > PIECE_CHARS:
        window = text[start:start + PIECE_CHARS]
        cut = window.rfind("\n\n") + 2
        if cut < PIECE_CHARS // 2:
            ends = [m.end() for m in SENTENCE_END.finditer(window, PIECE_CHARS // 2)]
            cut = ends[-1] if ends else window.rfind(" ") + 1 or PIECE_CHARS
        out.append(text[start:start + cut])
        start += cut
    return out + [text[start:]]


def batches(texts: list[str]) -> Iterator[list[str]]:
    """Consecutive texts, as many at a time as fit in WHOLE_CHARS (at least one)."""
    group: list[str] = []
    for text in texts:
        if group and sum(map(len, group)) + len(text) > WHOLE_CHARS:
            yield group
            group = []
        group.append(text)
    if group:
        yield group


def run(components, docs: list[Doc], deadline: Optional[float]) -> list[Doc]:
    for name, component in components:
        if deadline is not None and time.monotonic() > deadline:
            raise OverBudget(f"stopped before {name}")
        docs = list(component.pipe(docs, batch_size=len(docs))) if hasattr(component, "pipe") else [
            component(doc) for doc in docs]
    return docs


class TextTooLong(ValueError):
    """More text than one article could hold; analyzing it would take minutes."""


class OverBudget(RuntimeError):
    """The document took longer than its time budget; the rest of its analysis was skipped."""


Results = tuple[list[Attribution], list[Entity], list[Attribution]]  # body attributions, entities, title attributions


def _results(doc, title_doc, title: str, join_continuations: bool = False) -> Results:
    from .headlines import title_attributions

    entities = [Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]
    return (to_attributions(doc, join_continuations), entities,
            title_attributions(title_doc, title, to_attributions(title_doc)))


def to_attributions(doc, join_continuations: bool = False) -> list[Attribution]:
    """The model records for a processed Doc, each interrupted utterance as one, numbered A1, A2, ... in text order."""
    out, text = [], doc._.layout.text
    for f, sp, q in zip(doc._.found, doc._.speakers, doc._.qualifiers):
        cue = doc[f.cue.start:f.cue.end]
        source_text = text[f.source[0]:f.source[1]]
        spans = f.content_spans()
        out.append(Attribution(
            source=Source(text=source_text, kind=sp.kind, name=sp.name, affiliation=sp.affiliation, span=f.source),
            cue=cue.text,
            content=joined(text, spans),
            quote=f.quote,
            stance=q.stance,
            hedge=q.hedge,
            hedge_probability=q.hedge_probability,
            medium=f.medium_text,
            cites=f.cites,
            cue_span=(cue.start_char, cue.end_char),
            content_spans=spans,
            medium_span=f.medium,
        ))
    out = merge_utterances(out, text, across_sentences=join_continuations)
    for i, att in enumerate(out, start=1):
        att.id = f"A{i}"
    return out
