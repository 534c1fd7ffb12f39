"""Entities mentioned in what was said, so one can ask what others said about them."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Optional

from ..models import Analysis, Entity
from ..nlp import MODEL

# Names worth a page of their own; dates, numbers and quantities are not.
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}


@dataclass(frozen=True)
class Mention:
    """An entity named inside one attribution's content; offsets are into that content."""

    name: str
    label: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return normalise_name(self.name)


def normalise_name(name: str) -> str:
    """One key per name however it is written: case, accents of quotes, 'the', possessive, punctuation."""
    text = unicodedata.normalize("NFKC", name).lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


class EntityFinder:
    """Named entities inside each attribution's content.

    Best from the entities the attribution parse already found in the whole article
    (``Analysis.entities``): free, and with the article around them. Otherwise (an analysis built
    elsewhere) spaCy's recogniser runs on the contents alone, loaded without the parts it does not use.
    """

    def __init__(self, model: str = MODEL):
        self.model = model
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            import spacy

            self._nlp = spacy.load(self.model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                                        "lemmatizer", "senter"])
        return self._nlp

    def find(self, analysis: Analysis) -> list[list[Mention]]:
        """One list of mentions per attribution, in the same order."""
        if not analysis.attributions:
            return []
        if analysis.entities is not None:
            inside = _within_contents(analysis, analysis.entities)
            if inside is not None:
                return inside
        docs = self.nlp.pipe(att.content for att in analysis.attributions)
        return [_mentions(Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents) for doc in docs]


def _within_contents(analysis: Analysis, entities: list[Entity]) -> Optional[list[list[Mention]]]:
    """The article's entities that fall inside each content, with offsets into that content;
    None when a content is not where its span says (then spans cannot be trusted)."""
    text, found = analysis.article.text, []
    for att in analysis.attributions:
        span = att.content_span
        if not span or text[span[0]:span[1]] != att.content:
            return None
        start, end = span
        found.append(_mentions(Entity(e.start - start, e.end - start, e.label, e.text) for e in entities
                               if start <= e.start and e.end <= end))
    return found


def _mentions(entities: Iterable[Entity]) -> list[Mention]:
    found: list[Mention] = []
    for e in entities:
        name = _trim(e.text)
        if e.label in NAME_LABELS and name and normalise_name(name):
            begin = e.start + e.text.index(name)
            found.append(Mention(name, e.label, begin, begin + len(name)))
    return found


def _trim(text: str) -> str:
    """Drop a leading 'the' and a trailing possessive, as a name on a page should read."""
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return re.sub(r"['’]s$", "", text).strip()
