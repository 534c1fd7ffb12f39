"""Say who each speaker is: the kind of source, the full name behind a short name, title or pronoun,
and the affiliation of an anonymous source.

Names resolve against the people the article has already named, most recent first, the way a reader does.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .lexicon import (ANONYMOUS_NOUNS, BODY_NAME_HEADS, DOCUMENT_NOUNS, GOVERNMENT_NOUNS, JOURNALIST_NOUNS,
                      ORGANIZATION_NOUNS, OUTLET_NOUNS, OUTLET_WORDS, PERSON_NOUNS, PERSON_SUFFIXES, SHARE_NOUNS,
                      TITLE_NOUNS)
from .cues import evidence_subject
from .medium import named_by_kind, outlet_kind
from .mentions import is_outlet, mention_span
from .speech import Found

PERSON_PRONOUNS = frozenset("he she him her his".split())  # "his claim that ..." too
PLURAL_PRONOUNS = frozenset("they them their".split())
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


class People:
    """The people an article names, indexed by surname and by title, so that a speaker looks them up
    by bisection instead of scanning them all (resolving stays n·log n in the number of speakers)."""

    def __init__(self, persons: list[Person]):
        self.persons = persons  # in text order
        by_surname: dict[str, list[Person]] = {}
        by_title: dict[str, list[Person]] = {}
        for p in persons:
            by_surname.setdefault(last_word(p.name), []).append(p)
            for title in p.titles:
                by_title.setdefault(title, []).append(p)
        self.surnames = set(by_surname)
        self._surname_starts = {key: [p.start for p in group] for key, group in by_surname.items()}
        self._longest = {key: longest_so_far(group) for key, group in by_surname.items()}
        self._title_starts = {key: [p.start for p in group] for key, group in by_title.items()}
        self._titled = by_title

    def full_name(self, name: str, start: int) -> str:
        """The longest name with the same last word and all of this name's words, named at or before start:
        "al-Rashid" -> "Karim Al-Rashid", "Karim al-Rashid" -> "Karim Ali al-Rashid"; a name with a word the
        longest lacks is another person ("Omar al-Rashid", a brother, stays)."""
        key = last_word(name)
        n = bisect_right(self._surname_starts.get(key, []), start)
        if not n:
            return name
        longest = self._longest[key][n - 1]
        rest = iter(WORD.findall(longest.lower()))
        return longest if all(word in rest for word in WORD.findall(name.lower())) else name  # in order

    def titled(self, title: str, before: int) -> Optional[str]:
        """The latest person named before this character with this title ("the minister")."""
        n = bisect_left(self._title_starts.get(title, []), before)
        return self._titled[title][n - 1].name if n else None


def longest_so_far(group: list[Person]) -> list[str]:
    """For each person of a group, the longest name among them and those before (the first on a tie)."""
    out: list[str] = []
    for p in group:
        out.append(p.name if not out or len(p.name) > len(out[-1]) else out[-1])
    return out


def entities_in(span: Span) -> list[Span]:
    """The entities inside span, read off its tokens: spaCy's Span.ents rebuilds every entity of the
    whole Doc on each call, which made resolving all speakers quadratic."""
    doc, out, i = span.doc, [], span.start
    while i < span.end:
        if doc[i].ent_iob_ != "B":
            i += 1
            continue
        end = i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end <= span.end:
            out.append(Span(doc, i, end, label=doc[i].ent_type_))
        i = end
    return out


def people(doc: Doc) -> People:
    """Every PERSON entity, with the title words in its noun phrase ("Iraqi Prime Minister X", "X, the minister")."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        head = ent.root
        np = mention_span(head) if head.dep_ != "compound" else ent
        name = ent
        while len(name) > 1 and name[0].lemma_.lower() in TITLE_NOUNS:  # "Spokesman Ana Ruiz" taken as one name
            name = name[1:]
        titles = {t.lemma_.lower() for t in np if t.i < name.start or t.i >= name.end}
        for child in head.children:
            if child.dep_ == "appos":
                titles.add(child.lemma_.lower())
        out.append(Person(name.text, name.start_char, titles & TITLE_NOUNS))
    named = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
    for tok in doc:  # "Governor Ana Ruiz" when the recogniser missed the name: the title says it is a person
        if tok.i not in named and titled_name(tok) and tok.dep_ != "compound":
            name = proper_name(tok)
            out.append(Person(name.text, name.start_char, {t.lemma_.lower() for t in tok.lefts} & TITLE_NOUNS))
    return People(sorted(out, key=lambda p: p.start))


def titled_name(head: Token) -> bool:
    """A proper name after a role or an honorific ("union representative Jean Dupont", "Mr Bailey") is a
    person, whatever the entity recogniser guessed."""
    return head.pos_ == "PROPN" and any(
        t.lemma_.lower().rstrip(".") in ROLE_WORDS for t in head.lefts if t.dep_ in ("compound", "amod", "nmod"))


def named_outlet_kind(head: Token) -> bool:
    """"the news agency Larchwire", "the broadcaster NRT": the kind before a proper name says it names an outlet,
    whether the parser made the name the head (`named_by_kind`) or hung it on the kind in apposition."""
    if head.pos_ == "PROPN":
        return named_by_kind(head)
    return outlet_kind(head.doc, head.i + 1) and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)


def classify(span: Span, head: Token) -> Speaker:
    """Kind of a non-pronoun source from its entities and head noun."""
    lemma = head.lemma_.lower()
    ents = entities_in(span)
    affiliation = next((e.text for e in ents if e.label_ in ("ORG", "GPE", "NORP")), None)
    own_name = next((e.text for e in ents if e.root == head), None)  # "the BBC", not a name inside the phrase
    if lemma in JOURNALIST_NOUNS and any(is_outlet(t) for t in span if t.pos_ == "PROPN"):
        return Speaker("outlet", None, affiliation)
    body_name = head.pos_ == "PROPN" and lemma in BODY_NAME_HEADS  # "Skerry Isles Coastguard", whatever the tagger says
    if not body_name and (head.ent_type_ == "PERSON" or any(e.label_ == "PERSON" and e.root == head for e in ents)
                          or titled_name(head)):
        return Speaker("person")
    if lemma in DOCUMENT_NOUNS or head.lower_ in DOCUMENT_NOUNS or evidence_subject(head):  # "data": also "datum"
        return Speaker("document")  # "Official figures suggest that ...": a count stating a finding
    if lemma in OUTLET_NOUNS or (head.pos_ == "PROPN" and is_outlet(head)) or named_outlet_kind(head) or any(
            t.lower_ in OUTLET_WORDS and t.head == head for t in span if t.pos_ == "PROPN"):
        return Speaker("outlet", own_name)
    if head.ent_type_ == "GPE" or lemma in GOVERNMENT_NOUNS:
        return Speaker("government", own_name)
    if lemma in SHARE_NOUNS or head.lower_ in SHARE_NOUNS or (head.like_num and any(  # "Nine in 10 voters"
            c.dep_ == "prep" and c.lower_ == "in" and any(g.like_num or any(n.dep_ == "nummod" for n in g.children)
                                                          for g in c.children) for c in head.children)):
        return Speaker("anonymous", None, affiliation)  # "Fifty-one percent said": a share of those asked
    if lemma in ANONYMOUS_NOUNS or (head.tag_ == "NNS" and not head.ent_type_ and lemma not in ORGANIZATION_NOUNS):
        return Speaker("anonymous", None, affiliation)  # "officials", "meteorologists": unnamed people
    if head.ent_type_ in ("ORG", "NORP") or head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and head.ent_type_:
        return Speaker("organization", own_name)
    appositive = next((e for e in ents if e.label_ == "ORG" and e.root.dep_ == "appos" and e.root.head == head), None)
    if appositive is not None:  # "Her operator, Northway Ferries": the noun says what the company is to someone
        return Speaker("organization", appositive.text)
    if lemma in TITLE_NOUNS or lemma in JOURNALIST_NOUNS or lemma in PERSON_NOUNS or (
            head.pos_ == "NOUN" and lemma.endswith(PERSON_SUFFIXES) and lemma not in BODY_NOUNS):
        return Speaker("person")  # "the auditor", "a reporter", "the British royal"
    if head.tag_ == "NNPS":
        return Speaker("organization")  # "Unions said"
    if head.pos_ == "PROPN" and lemma not in ORGANIZATION_NOUNS and not body_name:  # a name the tagger left untyped:
        return Speaker("person")  # a person's, unless its head is a body's noun ("Harwick Trust")
    return Speaker("organization")


class Antecedents:
    """What a pronoun or a title can point back to, indexed once per Doc in text order; speakers are
    added as they are resolved. Each lookup bisects, so a long article stays n·log n."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.known = people(doc)
        cue_verbs = {c.verb for c in doc._.cues}
        self.person_subjects: list[tuple[int, str]] = []  # (char, name) of main-clause subjects naming a person
        self.plural_subjects: list[int] = []  # token index of each plural subject
        self.bodies: list[tuple[int, Speaker]] = []  # (token index, speaker) of organisations, states, documents
        for tok in doc:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NNS", "NNPS"):
                self.plural_subjects.append(tok.i)
            if not main_subject(tok, cue_verbs):
                continue
            body_name = tok.pos_ == "PROPN" and tok.lemma_.lower() in BODY_NAME_HEADS
            if not body_name and (tok.ent_type_ == "PERSON" or titled_name(tok) or (
                    tok.pos_ == "PROPN" and last_word(tok.text) in self.known.surnames)):
                ent = person_entity(mention_span(tok), tok)
                self.person_subjects.append((tok.idx, ent.text if ent is not None else proper_name(tok).text))
            body = tok.ent_type_ in ("ORG", "GPE", "NORP") or tok.lemma_.lower() in BODY_NOUNS or body_name
            if tok.tag_ in ("NN", "NNP") and body:
                span = mention_span(tok)
                speaker = classify(span, tok)
                if speaker.kind in ("organization", "government", "document", "outlet"):
                    speaker.name = speaker.name or span.text
                    self.bodies.append((tok.i, speaker))
        self.person_speakers: list[tuple[int, str]] = []  # (char, name) of the named person speakers so far
        self.plural_speakers: list[tuple[int, Found, Speaker]] = []  # plural speakers so far

    def add(self, f: Found, speaker: Speaker) -> None:
        """A speaker just resolved, later in the text than all before it."""
        if speaker.kind == "person" and speaker.name:
            self.person_speakers.append((f.source[0], speaker.name))
        if self.doc[f.source_head].tag_ in ("NNS", "NNPS"):
            self.plural_speakers.append((f.source[0], f, speaker))


def latest_before(items: list, pos: int, key=lambda item: item[0]) -> Optional[int]:
    """Index of the last item whose position (items in order of it) is before pos, or None."""
    n = bisect_left(items, pos, key=key)
    return n - 1 if n else None


def resolve(doc: Doc, f: Found, ante: Antecedents) -> Speaker:
    """Kind and name of one speaker; pronouns and titles point back to someone named before."""
    known = ante.known
    head = doc[f.source_head]
    span = doc.char_span(*f.source, alignment_mode="expand")
    relative = span.root.i != head.i  # "officials, who said": the mention is the pronoun, the noun before it says who
    if relative:
        span = mention_span(head)
    pronoun = head.lower_
    if head.pos_ == "PRON":
        if pronoun in PERSON_PRONOUNS:
            return antecedent_person(head, ante) or Speaker("person")
        if pronoun in PLURAL_PRONOUNS:
            return antecedent_group(doc, head, ante)
        if pronoun == "it":
            return antecedent_body(head, ante)
        return Speaker("person")
    speaker = classify(span, head)
    if head.lemma_.lower() in TITLE_NOUNS and head.pos_ == "NOUN" and known.titled(head.lemma_.lower(), span.start_char):
        speaker.kind = "person"  # "the leader" after "Leader Ana Ruiz" is she, not an unnamed leader
    if head.pos_ == "PROPN" and last_word(head.text) in known.surnames and head.lemma_.lower() not in BODY_NAME_HEADS:
        speaker.kind = "person"  # a short name for someone the article has named
    if speaker.kind == "person":
        named = mention_span(head)  # "Ann Berg, who backs Ruiz, said": Berg, not Ruiz
        ent = person_entity(named, head)
        if ent is not None:
            speaker.name = known.full_name(ent.text, ent.start_char)
        elif head.lemma_.lower() in TITLE_NOUNS:
            speaker.name = known.titled(head.lemma_.lower(), span.start_char)
        elif head.pos_ == "PROPN":
            name = proper_name(head)
            speaker.name = known.full_name(name.text, name.start_char)
    if relative:
        speaker.name = speaker.name or span.text
    return speaker


def person_entity(mention: Span, head: Token) -> Optional[Span]:
    """The person entity that names the mention: the one holding its head ("Heartbroken widow Ellen Baptiste": Ellen
    Baptiste, not the opening adjective the tagger may take for a person), else its first."""
    people = [e for e in entities_in(mention) if e.label_ == "PERSON"]
    return next((e for e in people if e.start <= head.i < e.end), people[0] if people else None)


def proper_name(head: Token) -> Span:
    """The run of proper nouns ending at head: "union representative Jean Dupont" -> "Jean Dupont"."""
    start = head.i
    doc = head.doc
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == head \
            and doc[start - 1].lower_.rstrip(".") not in ROLE_WORDS:
        start -= 1
    return doc[start:head.i + 1]


def main_subject(tok: Token, cue_verbs: set[int]) -> bool:
    """The subject of a main clause or of a reporting verb: what a later pronoun most likely points back to."""
    return tok.dep_ in ("nsubj", "nsubjpass") and (tok.head.dep_ in ("ROOT", "conj") or tok.head.i in cue_verbs)


def antecedent_person(pron: Token, ante: Antecedents) -> Optional[Speaker]:
    """The most recent person before the pronoun who was a speaker or the subject of a main clause."""
    candidates = []
    for items in (ante.person_subjects, ante.person_speakers):
        n = latest_before(items, pron.idx)
        if n is not None:
            candidates.append(items[n])
    if not candidates:
        return None
    pos, name = max(candidates)
    return Speaker("person", ante.known.full_name(name, pos))


def antecedent_group(doc: Doc, pron: Token, ante: Antecedents) -> Speaker:
    """"they": the most recent earlier speaker in the plural, else the most recent plural subject."""
    n = latest_before(ante.plural_speakers, pron.idx)
    if n is not None:
        first = bisect_left(ante.plural_speakers, ante.plural_speakers[n][0], key=lambda item: item[0])
        _, f, sp = ante.plural_speakers[first]  # the first of those that start at the same place
        return Speaker(sp.kind, sp.name or mention_span(doc[f.source_head]).text, sp.affiliation)
    n = latest_before(ante.plural_subjects, pron.i, key=lambda i: i)
    if n is None:
        return Speaker("anonymous")
    best = doc[ante.plural_subjects[n]]
    span = mention_span(best)
    speaker = classify(span, best)
    speaker.name = speaker.name or span.text
    return speaker


def antecedent_body(pron: Token, ante: Antecedents) -> Speaker:
    """"It said": the most recent singular subject before it that is an organisation, a state or a document."""
    n = latest_before(ante.bodies, pron.i)
    return replace(ante.bodies[n][1]) if n is not None else Speaker("organization")


@Language.component("source_resolver")
def source_resolver(doc: Doc) -> Doc:
    """Store a Speaker for each Found (same order) as doc._.speakers."""
    found = doc._.found
    ante = Antecedents(doc)
    speakers: list[Optional[Speaker]] = [None] * len(found)
    for i in sorted(range(len(found)), key=lambda i: found[i].source[0]):  # resolve in the order a reader meets them
        speakers[i] = resolve(doc, found[i], ante)
        ante.add(found[i], speakers[i])
    doc._.speakers = speakers
    return doc
