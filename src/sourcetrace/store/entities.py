"""Entities mentioned in what was said, so one can ask what others said about them."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Optional

from ..models import CONTENT_GAP, Analysis, Attribution, Entity, joined
from ..packages import MODEL

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
        """One list of mentions per attribution (body then title, as ``Analysis.all_attributions``)."""
        attributions = analysis.all_attributions()
        found = [_within_content(analysis, att) for att in attributions]
        unparsed = [i for i, mentions in enumerate(found) if mentions is None]
        docs = self.nlp.pipe(attributions[i].content for i in unparsed)
        for i, doc in zip(unparsed, docs):
            found[i] = _mentions(Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents)
        return found


def _within_content(analysis: Analysis, att: Attribution) -> Optional[list[Mention]]:
    """The article's entities that fall inside the attribution's content, with offsets into that content
    (its pieces joined as ``Attribution.content`` joins them); None when the article was not parsed here,
    the attribution is the title's, or the content is not where its spans say (then spans cannot be trusted)."""
    text = analysis.article.text
    if analysis.entities is None or att.part != "body" or not att.content_spans \
            or joined(text, att.content_spans) != att.content:
        return None
    found, offset = [], 0
    for start, end in att.content_spans:
        found += _mentions(Entity(e.start - start + offset, e.end - start + offset, e.label, e.text)
                           for e in analysis.entities if start <= e.start and e.end <= end)
        offset += end - start + len(CONTENT_GAP)
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
