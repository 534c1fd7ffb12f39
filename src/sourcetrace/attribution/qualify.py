"""Qualify each statement: assert or deny, and how sure the source sounds (hedge, ICD-203 band)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .lexicon import ABILITY_ADVERBS, DENY_VERBS, HEDGE_MODALS, HEDGE_PHRASES, ICD203

# Longest phrases first, so "very unlikely" wins over "unlikely" and "likely".
PHRASES = sorted([(p.split(), band) for p, band in ICD203.items()] + [(p.split(), None) for p in HEDGE_PHRASES],
                 key=lambda item: -len(item[0]))


@dataclass
class Qualifier:
    stance: str = "assert"
    hedge: Optional[str] = None
    hedge_probability: Optional[str] = None


if not Doc.has_extension("qualifiers"):
    Doc.set_extension("qualifiers", default=None)


def find_hedge(span: Span, direct: bool) -> tuple[Optional[str], Optional[str]]:
    """The first hedging phrase in span; a modal verb counts only on the main verb of reported (not
    quoted) content and not in the ability sense ("could easily")."""
    lowered = [t.lower_ for t in span]
    for i in range(len(lowered)):
        for phrase, band in PHRASES:
            if lowered[i:i + len(phrase)] == phrase:
                return span[i:i + len(phrase)].text, band
    if not direct:
        main = {t.i for t in span if not (span.start <= t.head.i < span.end) or t.head == t}
        main |= {t.i for t in span if t.dep_ == "conj" and t.head.i in main}
        for tok in span:
            if tok.lower_ in HEDGE_MODALS and tok.tag_ == "MD" and tok.head.i in main:
                if not any(c.lower_ in ABILITY_ADVERBS for c in tok.head.children):
                    return tok.text, None
    return None, None


@Language.component("statement_qualifier")
def statement_qualifier(doc: Doc) -> Doc:
    """Store a Qualifier for each Found (same order) as doc._.qualifiers."""
    out = []
    for f in doc._.found:
        verb = doc[f.cue.verb]
        denies = f.cue.kind == "verb" and verb.lemma_.lower() in DENY_VERBS
        stance = "deny" if denies or f.denial is not None else "assert"
        content = doc.char_span(*f.content, alignment_mode="expand")
        hedge, band = find_hedge(content, f.quote == "direct")
        adverbs = [c for c in verb.children if c.dep_ == "advmod"]  # "reportedly said", "probably told"
        while hedge is None and adverbs:
            adverb = adverbs.pop(0)
            hedge, band = find_hedge(doc[adverb.i:adverb.i + 1], False)
        out.append(Qualifier(stance, hedge, band))
    doc._.qualifiers = out
    return doc
