"""Noun phrases that name speakers and outlets, cut the way a reader would quote them."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import OUTLET_NOUNS, OUTLET_WORDS

CharSpan = tuple[int, int]

KEPT_MODIFIERS = frozenset("appos conj cc punct amod nummod compound".split())
KEPT_PREPOSITIONS = frozenset("of for from at".split())  # "General X of the US Central Command"


def mention_span(head: Token) -> Span:
    """The whole noun phrase of a speaker, without relative clauses and trailing punctuation."""
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    for tok in head.subtree:
        if tok.dep_ == "relcl" and tok.left_edge.i > head.i:
            end = min(end, tok.left_edge.i)  # "Jane Foster, chief economist at X, who expects ..."
    for child in head.rights:
        keep = child.dep_ in KEPT_MODIFIERS or (child.dep_ == "prep" and child.lower_ in KEPT_PREPOSITIONS) or (
            child.dep_ == "prep" and child.lower_ == "in" and head.like_num) or (  # "Nine in 10 voters"
            child.dep_ == "acl" and child.tag_ == "VBG" and head.pos_ == "NOUN"  # "officials speaking on ..."
            and doc[child.left_edge.i - 1].text != ",")  # not "The governor, calling it a disgrace, vowed ..."
        if not keep:
            end = min(end, child.left_edge.i)
    while start > 0 and doc[start - 1].head == head.head and doc[start - 1].dep_ == head.dep_ and head.dep_ != "conj" \
            and not doc[start - 1].whitespace_ and not (doc[start].is_punct and doc[start].text not in "-–"):
        start = doc[start - 1].left_edge.i  # a name the tokenizer split at its hyphen: "al - Kadhimi"
    while end > start + 1 and (doc[end - 1].is_punct and not closes_bracket(doc[start:end]) or doc[end - 1].is_space
                               or doc[end - 1].lower_ in ("who", "which", "that")):
        end -= 1
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


def speaker_mention(head: Token, verb: Token) -> Span:
    """The speaker's whole noun phrase, with what follows its head and identifies it: a relative clause
    ("Ann Berg, who led the inquiry, said"), a participle or a prepositional phrase ("a report issued in May
    by the ministry found"). Cut back to mention_span when the phrase holds the reporting verb itself, or a
    participle set off by commas that tells what the speaker did ("The governor, calling it a disgrace, ...")."""
    short = mention_span(head)
    doc, end = head.doc, head.right_edge.i + 1
    if short.start <= verb.i < end or any(
            c.dep_ == "acl" and c.tag_ == "VBG" and doc[c.left_edge.i - 1].text == "," for c in head.rights):
        return short
    while end > short.end and (doc[end - 1].is_space or doc[end - 1].dep_ == "case"  # "the mayor's claim": not "'s"
                               or doc[end - 1].is_punct and not closes_bracket(doc[short.start:end])):
        end -= 1
    return doc[short.start:end]


def closes_bracket(span: Span) -> bool:
    """Does the span end in a bracket it opened ("Rep. Ann Berg (D-Ore.)")?"""
    return span[-1].text == ")" and "(" in span.text


def is_outlet(tok: Token) -> bool:
    """A news outlet: "NBC News", "the BBC", "the newspaper", but never a person."""
    span = mention_span(tok)
    if tok.pos_ == "PROPN" and tok.lower_ in OUTLET_WORDS:
        return True  # "Fox", "the Glen Gazette": the name's head word says outlet, whatever the recogniser guessed
    if any(t.ent_type_ == "PERSON" for t in span):
        return False
    return (tok.lemma_.lower() in OUTLET_NOUNS
            or any(c.dep_ == "compound" and c.lower_ in ("news", "wire") for c in tok.lefts)  # "news agency"
            or any(t.pos_ == "PROPN" and (t.lower_ in OUTLET_WORDS or t.text.endswith("News")) for t in span))


def span_text(span: Span) -> tuple[CharSpan, str]:
    return (span.start_char, span.end_char), span.text
