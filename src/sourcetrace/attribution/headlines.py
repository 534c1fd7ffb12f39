"""Headlines: what the title attributes ("X says Y", "Y, X says", "Y: Report", "Officials: Y").

The title goes through the same pipeline as the body, with two headline habits undone or read:
- Title Case hides the verbs from the tagger ("Pentagon Denies Russian Claims"), so reporting verbs
  and function words are lower-cased first, letter for letter, which keeps every offset;
- a colon stands for the cue: "Y: Report" and "Report: Y" attribute Y to the short side when that side
  is a source (a name, or a report, poll or official) and has no verb of its own.
Spans point into the title and every attribution says part="title".
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ..models import Attribution, Source, joined
from .lexicon import ANONYMOUS_NOUNS, CLAUSE_VERBS, DOCUMENT_NOUNS, HEADLINE_RUBRICS, NOMINAL_VERBS
from .qualify import find_hedge
from .quotes import MARKS
from .sources import classify

REPORTING_VERBS = CLAUSE_VERBS | NOMINAL_VERBS
SOURCE_NAMES = ("PERSON", "ORG", "GPE", "NORP")
MAX_SOURCE_WORDS = 5
MIN_CONTENT_WORDS = 3
TITLE_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def verb_lemma(word: str) -> str:
    """'denies' -> 'deny', 'says' -> 'say', 'warned' -> 'warn': enough to know a reporting verb by its form."""
    for suffix, lemma_end in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", "")):
        if word.endswith(suffix) and word[: len(word) - len(suffix)] + lemma_end in REPORTING_VERBS:
            return word[: len(word) - len(suffix)] + lemma_end
    return word


def headline_case(title: str) -> str:
    """The title with capitalised function words and reporting verbs lower-cased (same length, same offsets)."""
    def lower(m: re.Match) -> str:
        word = m.group(0).lower()
        return word if word in STOP_WORDS or verb_lemma(word) in REPORTING_VERBS else m.group(0)
    return TITLE_WORD.sub(lower, title)


def colon_attribution(doc: Doc) -> Optional[Attribution]:
    """ "Y: Report", "Officials: Y": the side that names a source says the other side."""
    colon = next((t for t in doc if t.text == ":" and not inside_quotes(doc, t.idx)), None)
    if colon is None:
        return None
    left, right = trimmed(doc[: colon.i]), trimmed(doc[colon.i + 1:])
    if left is None or right is None:
        return None
    for source, content in ((right, left), (left, right)):
        if is_source(source) and sum(t.is_alpha for t in content) >= MIN_CONTENT_WORDS:
            speaker = classify(source, source[-1] if source.root.pos_ in ("VERB", "AUX") else source.root)
            quoted = [t for t in content if t.text in MARKS]
            whole = len(content) > 2 and content[0].text in MARKS and content[-1].text in MARKS
            content = content[1:-1] if whole else content
            hedge, band = find_hedge(content, whole)
            return Attribution(
                source=Source(source.text, speaker.kind, speaker.name, speaker.affiliation,
                              (source.start_char, source.end_char)),
                cue=":", content=content.text, quote="direct" if whole else "mixed" if quoted else "indirect",
                hedge=hedge, hedge_probability=band,
                cue_span=(colon.idx, colon.idx + 1), content_spans=[(content.start_char, content.end_char)])
    return None


def inside_quotes(doc: Doc, char: int) -> bool:
    return any(q.start <= char < q.end for q in doc._.quotes)


def trimmed(span: Span) -> Optional[Span]:
    """The side without edge spaces and sentence punctuation (quote marks stay: they show a direct quote)."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].is_space or span.doc[start].text in ",;.-–—"):
        start += 1
    while end > start and (span.doc[end - 1].is_space or span.doc[end - 1].text in ",;.-–—"):
        end -= 1
    return span.doc[start:end] if end > start else None


def is_source(side: Span) -> bool:
    """A short side that names someone: a name with no verb of its own, or a report, poll or unnamed
    official ("Report" may be tagged a verb: its word decides); a rubric ("Analysis", "The Latest") is not."""
    if sum(t.is_alpha for t in side) > MAX_SOURCE_WORDS or any(t.text in MARKS for t in side):
        return False
    words = [t.lower_ for t in side if t.is_alpha and t.lower_ != "the"]
    if not words or words[-1] in HEADLINE_RUBRICS:
        return False
    head = side[-1] if side.root.pos_ in ("VERB", "AUX") else side.root
    if {head.lower_, head.lower_.rstrip("s"), head.lemma_.lower()} & (DOCUMENT_NOUNS | ANONYMOUS_NOUNS):
        return True
    named = any(e.label_ in SOURCE_NAMES and e.start <= head.i < e.end for e in side.ents)
    return named and not any(t.pos_ in ("VERB", "AUX") for t in side)


def title_attributions(doc: Doc, title: str, found: list[Attribution]) -> list[Attribution]:
    """The parsed title's attributions (``found`` came from the same Doc), else its colon frame;
    texts are cut from the title as written, ids are T1, T2, ..."""
    if not found:
        colon = colon_attribution(doc)
        found = [colon] if colon is not None else []
    out = []
    for i, att in enumerate(found, start=1):
        source = replace(att.source, text=cut(title, att.source.span) or att.source.text)
        out.append(replace(att, source=source, cue=cut(title, att.cue_span) or att.cue,
                           content=joined(title, att.content_spans), medium=cut(title, att.medium_span) or att.medium,
                           part="title", id=f"T{i}"))
    return out


def cut(title: str, span) -> Optional[str]:
    return title[span[0]:span[1]] if span else None
