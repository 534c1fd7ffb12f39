"""Say who each speaker is: the kind of source, the full name behind a short name, title or pronoun,
and the affiliation of an anonymous source.

Names resolve against the people the article has already named, most recent first, the way a reader does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .lexicon import (ANONYMOUS_NOUNS, DOCUMENT_NOUNS, GOVERNMENT_NOUNS, JOURNALIST_NOUNS, ORGANIZATION_NOUNS,
                      OUTLET_NOUNS, OUTLET_WORDS, TITLE_NOUNS)
from .mentions import is_outlet, mention_span
from .speech import Found

PERSON_PRONOUNS = frozenset("he she him her".split())
PLURAL_PRONOUNS = frozenset("they them".split())
HONORIFICS = frozenset("mr mrs ms miss dr sir lord lady dame".split())
ROLE_WORDS = TITLE_NOUNS | ANONYMOUS_NOUNS | HONORIFICS  # words that make the proper name after them a person
BODY_NOUNS = ORGANIZATION_NOUNS | GOVERNMENT_NOUNS | DOCUMENT_NOUNS | OUTLET_NOUNS  # what "it" can stand for
WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Speaker:
    """What the source components decided about one Found's speaker."""

    kind: str
    name: Optional[str] = None
    affiliation: Optional[str] = None


@dataclass
class Person:
    """A person the article has named: full name, where, and the titles written around the name."""

    name: str
    start: int
    titles: set[str] = field(default_factory=set)


if not Doc.has_extension("speakers"):
    Doc.set_extension("speakers", default=None)


def last_word(text: str) -> str:
    found = WORD.findall(text.lower())
    return found[-1] if found else ""


def people(doc: Doc) -> list[Person]:
    """Every PERSON entity, with the title words in its noun phrase ("Iraqi Prime Minister X", "X, the minister")."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        head = ent.root
        np = mention_span(head) if head.dep_ != "compound" else ent
        titles = {t.lemma_.lower() for t in np if t.i < ent.start or t.i >= ent.end}
        for child in head.children:
            if child.dep_ == "appos":
                titles.add(child.lemma_.lower())
        out.append(Person(ent.text, ent.start_char, titles & TITLE_NOUNS))
    return out


def full_name(name: str, start: int, known: list[Person]) -> str:
    """The longest earlier name that ends in the same word: "al-Rashid" -> "Karim Al-Rashid"."""
    key = last_word(name)
    matches = [p.name for p in known if p.start <= start and last_word(p.name) == key]
    return max(matches, key=len) if matches else name


def titled_name(head: Token) -> bool:
    """A proper name after a role or an honorific ("union representative Jean Dupont", "Mr Bailey") is a
    person, whatever the entity recogniser guessed."""
    return head.pos_ == "PROPN" and any(
        t.lemma_.lower().rstrip(".") in ROLE_WORDS for t in head.lefts if t.dep_ in ("compound", "amod", "nmod"))


def classify(span: Span, head: Token) -> Speaker:
    """Kind of a non-pronoun source from its entities and head noun."""
    lemma = head.lemma_.lower()
    ents = list(span.ents)
    affiliation = next((e.text for e in ents if e.label_ in ("ORG", "GPE", "NORP")), None)
    own_name = next((e.text for e in ents if e.root == head), None)  # "the BBC", not a name inside the phrase
    if lemma in JOURNALIST_NOUNS and any(is_outlet(t) for t in span if t.pos_ == "PROPN"):
        return Speaker("outlet", None, affiliation)
    if head.ent_type_ == "PERSON" or any(e.label_ == "PERSON" and e.root == head for e in ents) or titled_name(head):
        return Speaker("person")
    if lemma in DOCUMENT_NOUNS:
        return Speaker("document")
    if lemma in OUTLET_NOUNS or (head.pos_ == "PROPN" and is_outlet(head)) or any(
            t.lower_ in OUTLET_WORDS and t.head == head for t in span if t.pos_ == "PROPN"):
        return Speaker("outlet", own_name)
    if head.ent_type_ == "GPE" or lemma in GOVERNMENT_NOUNS:
        return Speaker("government", own_name)
    if lemma in ANONYMOUS_NOUNS or (head.tag_ == "NNS" and not head.ent_type_ and lemma not in ORGANIZATION_NOUNS):
        return Speaker("anonymous", None, affiliation)  # "officials", "meteorologists": unnamed people
    if head.ent_type_ in ("ORG", "NORP") or head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and head.ent_type_:
        return Speaker("organization", own_name)
    if lemma in TITLE_NOUNS:
        return Speaker("person")
    if head.tag_ == "NNPS":
        return Speaker("organization")  # "Unions said"
    return Speaker("person" if head.pos_ == "PROPN" else "organization")


Resolved = list[tuple[Found, Speaker]]  # the speakers resolved so far, in text order


def resolve(doc: Doc, f: Found, known: list[Person], earlier: Resolved) -> Speaker:
    """Kind and name of one speaker; pronouns and titles point back to someone named before."""
    head = doc[f.source_head]
    span = doc.char_span(*f.source, alignment_mode="expand")
    pronoun = head.lower_
    if head.pos_ == "PRON":
        if pronoun in PERSON_PRONOUNS:
            return antecedent_person(doc, head, known, earlier) or Speaker("person")
        if pronoun in PLURAL_PRONOUNS:
            return antecedent_group(doc, head, earlier)
        if pronoun == "it":
            return antecedent_body(doc, head)
        return Speaker("person")
    speaker = classify(span, head)
    if head.pos_ == "PROPN" and last_word(head.text) in {last_word(p.name) for p in known}:
        speaker.kind = "person"  # a short name for someone the article has named
    if speaker.kind == "person":
        ent = next((e for e in span.ents if e.label_ == "PERSON"), None)
        if ent is not None:
            speaker.name = full_name(ent.text, ent.start_char, known)
        elif head.lemma_.lower() in TITLE_NOUNS:
            titled = [p for p in known if p.start < span.start_char and head.lemma_.lower() in p.titles]
            speaker.name = max(titled, key=lambda p: p.start).name if titled else None
        elif head.pos_ == "PROPN":
            name = proper_name(head)
            speaker.name = full_name(name.text, name.start_char, known)
    return speaker


def proper_name(head: Token) -> Span:
    """The run of proper nouns ending at head: "union representative Jean Dupont" -> "Jean Dupont"."""
    start = head.i
    doc = head.doc
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == head \
            and doc[start - 1].lower_.rstrip(".") not in HONORIFICS:
        start -= 1
    return doc[start:head.i + 1]


def main_subject(tok: Token, cue_verbs: set[int]) -> bool:
    """The subject of a main clause or of a reporting verb: what a later pronoun most likely points back to."""
    return tok.dep_ in ("nsubj", "nsubjpass") and (tok.head.dep_ in ("ROOT", "conj") or tok.head.i in cue_verbs)


def antecedent_person(doc: Doc, pron: Token, known: list[Person], earlier: Resolved) -> Optional[Speaker]:
    """The most recent person before the pronoun who was a speaker or the subject of a main clause."""
    cue_verbs = {c.verb for c in doc._.cues}
    surnames = {last_word(p.name) for p in known}
    candidates = []
    for tok in doc[: pron.i]:
        if not main_subject(tok, cue_verbs):
            continue
        if tok.ent_type_ == "PERSON" or titled_name(tok) or (tok.pos_ == "PROPN" and last_word(tok.text) in surnames):
            span = mention_span(tok)
            ent = next((e for e in span.ents if e.label_ == "PERSON"), None)
            candidates.append((tok.idx, ent.text if ent is not None else proper_name(tok).text))
    candidates += [(f.source[0], sp.name) for f, sp in earlier
                   if sp.kind == "person" and sp.name and f.source[0] < pron.idx]
    if not candidates:
        return None
    pos, name = max(candidates)
    return Speaker("person", full_name(name, pos, known))


def antecedent_group(doc: Doc, pron: Token, earlier: Resolved) -> Speaker:
    """"they": the most recent earlier speaker in the plural, else the most recent plural subject."""
    plural = [(f, sp) for f, sp in earlier if f.source[0] < pron.idx and doc[f.source_head].tag_ in ("NNS", "NNPS")]
    if plural:
        f, sp = max(plural, key=lambda item: item[0].source[0])
        return Speaker(sp.kind, sp.name or mention_span(doc[f.source_head]).text, sp.affiliation)
    best = None
    for tok in doc[: pron.i]:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NNS", "NNPS"):
            best = tok
    if best is None:
        return Speaker("anonymous")
    span = mention_span(best)
    speaker = classify(span, best)
    speaker.name = speaker.name or span.text
    return speaker


def antecedent_body(doc: Doc, pron: Token) -> Speaker:
    """"It said": the most recent singular subject before it that is an organisation, a state or a document."""
    cue_verbs = {c.verb for c in doc._.cues}
    for tok in reversed(doc[: pron.i]):
        body = tok.ent_type_ in ("ORG", "GPE", "NORP") or tok.lemma_.lower() in BODY_NOUNS
        if tok.tag_ in ("NN", "NNP") and main_subject(tok, cue_verbs) and body:
            span = mention_span(tok)
            speaker = classify(span, tok)
            if speaker.kind in ("organization", "government", "document", "outlet"):
                speaker.name = speaker.name or span.text
                return speaker
    return Speaker("organization")


@Language.component("source_resolver")
def source_resolver(doc: Doc) -> Doc:
    """Store a Speaker for each Found (same order) as doc._.speakers."""
    known, found = people(doc), doc._.found
    earlier: Resolved = []
    speakers: list[Optional[Speaker]] = [None] * len(found)
    for i in sorted(range(len(found)), key=lambda i: found[i].source[0]):  # resolve in the order a reader meets them
        speakers[i] = resolve(doc, found[i], known, earlier)
        earlier.append((found[i], speakers[i]))
    doc._.speakers = speakers
    return doc
