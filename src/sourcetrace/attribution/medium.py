"""The medium of a statement: the outlet or channel it went through."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .lexicon import ADDRESSEE_VERBS, PASSED_ON_VERBS, STATEMENT_NOUNS, VERB_MEDIUM
from .mentions import CharSpan, is_outlet, mention_span, span_text

SOCIAL_NETWORKS = frozenset("twitter facebook instagram telegram tiktok youtube weibo".split())


def medium_of(verb: Token) -> tuple[Optional[CharSpan], Optional[str]]:
    """The outlet or channel a statement went through: "told NBC News", "to CNN", "in a statement", "tweeted",
    "Reuters quoted X as saying"."""
    doc, lemma = verb.doc, verb.lemma_.lower()
    quoting = next((a for a in verb.ancestors if a.lemma_.lower() == "quote"), None)
    outlet = [c for c in quoting.children if c.dep_ == "nsubj" and (is_outlet(c) or named_thing(c))] \
        if quoting is not None else []
    if outlet:  # "Reuters quoted a spokesman as saying ...": the outlet that quoted
        return span_text(mention_span(outlet[0]))
    fallback: tuple[Optional[CharSpan], Optional[str]] = (None, VERB_MEDIUM.get(lemma))
    speaking = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in ("speak", "talk")]
    for child in [*verb.children, *(g for c in speaking for g in c.children)]:  # "Speaking to the BBC, X said"
        if child.dep_ in ("dobj", "dative") and lemma in ADDRESSEE_VERBS:
            if is_outlet(child) or the_agency(child) or (
                    child.pos_ == "PROPN" and child.ent_type_ not in ("PERSON", "GPE", "NORP")):
                span = mention_span(child)
                while span.end < len(doc) and doc[span.end].pos_ == "PROPN" and doc[span.end].head in (verb, child):
                    span = doc[span.start:span.end + 1]  # "the news agency Reuters"
                return span_text(span)
        if child.dep_ in ("prep", "agent") and child.lower_ in ("to", "in", "on", "via", "through", "with", "for"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if is_outlet(pobj) or (child.lower_ == "to" and the_agency(pobj)):
                    return span_text(mention_span(pobj))
                # "in an interview with CNN", "in a post on Facebook", "in an op-ed for The Times" name the outlet, as a
                # website's domain does ("in a statement on ferries.example")
                # ... and "in a statement quoted by the Observer" the outlet that passed it on
                quoted = [a for q in pobj.children if q.dep_ == "acl" and q.lemma_.lower() in PASSED_ON_VERBS
                          for a in q.children if a.dep_ == "agent"]
                inner = [g for p in pobj.children if p.dep_ == "prep"
                         for g in p.children if g.dep_ == "pobj" and (is_outlet(g) or g.lower_ in SOCIAL_NETWORKS
                                                                      or g.like_url or interviewer(pobj, g))]
                inner = [g for a in quoted for g in a.children if g.dep_ == "pobj" and is_outlet(g)] + inner
                if inner:
                    return span_text(mention_span(inner[0]))
                channel = hyphenated(pobj)
                if channel.text.lower() in STATEMENT_NOUNS or pobj.lemma_.lower() in STATEMENT_NOUNS \
                        or pobj.lower_ in SOCIAL_NETWORKS:
                    fallback = span_text(channel)  # "in a statement", "in an op-ed": only the channel
    return fallback


def the_agency(tok: Token) -> bool:
    """"the agency" or "the news agency" told or spoken to: an outlet the article named before ("Speaking to the
    agency, two dockers said ...") or a government agency; the medium is kept, and tracing decides which it is."""
    return tok.lemma_.lower() == "agency" and [c.lower_ for c in tok.lefts] in (["the"], ["the", "news"])


def named_thing(tok: Token) -> bool:
    """A proper name that is no person's, place's or people's: "The Clarion quoted X as saying" names the outlet
    that quoted, whatever head word its name has."""
    return tok.pos_ == "PROPN" and not any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in mention_span(tok))


def interviewer(channel: Token, name: Token) -> bool:
    """A name that gave an interview its medium: "in an interview with the Courant" names an outlet, whatever its
    head word (a name after "the" is no person's, whatever the recogniser guessed), where "in an interview with
    Ann Berg" names a person."""
    named_thing = name.ent_type_ not in ("PERSON", "GPE", "NORP", "DATE") or any(
        c.dep_ == "det" and c.lower_ == "the" for c in name.children)
    return channel.lemma_.lower() == "interview" and name.head.lower_ == "with" and name.pos_ == "PROPN" and named_thing


def speaker_clause_medium(speaker: Span) -> tuple[Optional[CharSpan], Optional[str]]:
    """The outlet a speaker's own clause says it spoke to: "two investigators who spoke to the Gazette on
    condition of anonymity", "officials speaking to Reuters", "an aide who told the BBC"."""
    for tok in speaker:
        if tok.dep_ in ("relcl", "acl") and tok.lemma_.lower() in ("speak", "talk", "tell"):
            span, name = medium_of(tok)
            if span is not None:
                return span, name
    return None, None


def hyphenated(tok: Token) -> Span:
    """The word with the parts the tokenizer split off at hyphens before it: "op - ed" -> "op-ed"."""
    start = tok.i
    while start >= 2 and tok.doc[start - 1].text == "-" and not tok.doc[start - 1].whitespace_ \
            and not tok.doc[start - 2].whitespace_:
        start -= 2
    return tok.doc[start:tok.i + 1]
