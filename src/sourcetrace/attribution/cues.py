"""Find reporting cues: speech verbs with a speaker, "according to", "issued a statement".

A cue is a candidate only; the speech component decides whether it has content.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from .lexicon import (ANONYMOUS_NOUNS, ASPECT_VERBS, CLAIM_MAKING_VERBS, CLAUSE_VERBS, COMMISSIVE_VERBS,
                      CREDIT_PARTICIPLES, DATA_NOUNS, DIRECTIVE_VERBS, DOCUMENT_NOUNS, DOCUMENT_VERBS,
                      EVIDENCE_VERBS, FINDING_VERBS, FRAME_ADJECTIVES, GOVERNMENT_NOUNS, LASTING_PREPOSITIONS,
                      NAMING_VERBS, ORGANIZATION_NOUNS, PARTICLE_VERBS, PERSON_NOUNS,
                      PERSON_OBJECT_VERBS, PERSON_SUFFIXES, POSSESSED_CLAIM_NOUNS, QUANTIFIER_PRONOUNS, QUESTION_VERBS,
                      STATEMENT_NOUNS, THOUGHT_VERBS, TITLE_NOUNS, TURN_TO_VERBS)
from .mentions import is_outlet

RELATIVE_PRONOUNS = frozenset("who that which".split())
NOT_SPEAKERS = frozenset("that this these those what which there".split())  # "That said, ..."
FRAME_PREPOSITIONS = frozenset("by before after while upon since in without".split())  # "by saying", "in rejecting"
INHERITING_DEPS = frozenset("conj advcl xcomp".split())  # "..., adding that": the speaker is the head's


@dataclass
class Cue:
    """A reporting word (or phrase) and who it attributes to, as token indices."""

    start: int
    end: int  # exclusive
    verb: int  # the token whose dependents carry the content
    kind: str  # "verb", "according", "statement" (issued a statement), "call for" or "frame" (colon, dash)
    source: Optional[int] = None  # head token of the speaker


if not Doc.has_extension("cues"):
    Doc.set_extension("cues", default=None)


def quoted_tokens(doc: Doc) -> set[int]:
    """Words inside quotation marks belong to the quoted speaker, not to the article."""
    inside: set[int] = set()
    for q in doc._.quotes or []:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        inside.update(range(span.start, span.end) if span is not None else ())
    return inside


def speaker_of(verb: Token, depth: int = 0) -> Optional[Token]:
    """The grammatical subject of a reporting verb, borrowed from the governing verb when elided."""
    if was_asked(verb):
        return None  # "..., she said when asked whether ...": she was asked; nobody here asks
    reporter = coordinated_with(verb) if depth == 0 else None
    if reporter is not None:
        return speaker_of(reporter, depth + 1)
    subjects = [c for c in verb.children if (c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and has_read_as_passive(verb))
                and not inside_quote_before(c, verb)]
    before = [c for c in subjects if c.i < verb.i]
    subject = before[-1] if before else next(iter(subjects), None)  # the nearest before the verb, else after it
    if subject is not None:
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            issuer = issuer_of(verb.head)  # "released a video that said ...": whoever released it speaks
            return speaker_of(issuer, depth + 1) if issuer is not None and depth < 3 else verb.head
        if not nominal(subject) or not_a_speaker(subject) or (subject.lower_ == "it" and not says_something(verb)):
            return None  # "it" only as an organisation that said something: "It said that ...", "It accused X of ..."
        return subject
    if verb.i > 0 and verb.doc[verb.i - 1].tag_ == "''" and verb.tag_ in FINITE_TAGS:  # “Why?” asked the mayor
        inverted = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if inverted is not None:
            return inverted
        name = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if name is not None and name.head == verb and name.is_title and name.is_alpha \
                and name.ent_type_ not in ("DATE", "TIME"):
            return name  # “...,” said Donnelly: a surname the tagger took for an adverb
        person = inverted_person(verb) or phrase_after(verb)
        if person is not None:
            return person
    inverted = inverted_speaker(verb)
    if inverted is not None:
        return inverted  # "The cut was unavoidable, concedes the ministry."
    frame = verb.head
    if depth < 3 and (verb.dep_ == "xcomp" and frame.dep_ == "acomp" and frame.lemma_.lower() in FRAME_ADJECTIVES
                      or verb.dep_ == "advcl" and frame.lower_ == "far" and frame.i > 0 and frame.doc[frame.i - 1].lower_ == "so"):
        return speaker_of(frame.head, depth + 1)  # "was quick to add that ...", "went so far as to say ..."
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None  # "As reported last week, ...": nobody in particular
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None and depth == 0:  # passive: "the attack was condemned by the United Nations"
        return agent
    quoted = next((a for a in verb.ancestors if a.lemma_.lower() == "quote"), None)
    if quoted is not None:  # "X was quoted as saying ...", "Reuters quoted X as saying ..."
        return next((c for c in quoted.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if verb.pos_ != "VERB":  # a verb tagged as a noun: its subject was parsed as a modifier
        return next((c for c in verb.lefts if c.dep_ in ("nmod", "compound") and c.pos_ in ("NOUN", "PROPN")), None)
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ in ("NOUN", "PROPN") \
            and verb.head.i < verb.i and (after_closing_quote(verb.head) or reporting_participle(verb)) \
            and not any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return verb.head  # "“...,” Murphy, the head of the group, tweeted": the parser took the verb for a participle
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        issuer = issuer_of(sent_statement(verb.head) or verb.head)
        if issuer is not None and depth < 3:  # "issued a statement saying ...": the issuer speaks
            return speaker_of(issuer, depth + 1)
        clause = clause_of(verb.head)
        if clause is not None and depth < 3 and not can_speak(verb.head) and (
                set_off(verb) or set_off(clause_phrase(verb.head, clause))
                or verb.head.lemma_.lower() in DOCUMENT_NOUNS):
            return speaker_of(clause, depth + 1) or verb.head  # "called for a vote, then a show of hands, declaring ..."
        return verb.head  # "The lawyer, ..., adding to CNN: ..."
    framing = framing_verb(verb) if verb.dep_ == "pcomp" and depth < 3 else None
    if framing is not None:
        return speaker_of(framing, depth + 1)  # "inflamed tensions by saying ...", "has taken to arguing ..."
    if verb.dep_ == "parataxis" and verb.head.tag_ == "VBG" and verb.head.i < verb.i and depth < 3:
        return speaker_of(verb.head, depth + 1)  # "Ann Berg, noting the crowd, said": the participle taken for the verb
    if misread_subject(verb) and depth < 3:
        return speaker_of(verb.head.head, depth + 1)  # "X said, mentioning the album is finished": X mentions it
    if verb.dep_ == "xcomp":
        controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if controller is not None and can_speak(controller):
            return controller  # "a win that led her to declare ...": the one led speaks, not the win
    if verb.dep_ in INHERITING_DEPS and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX") and depth < 3:
        if verb.tag_ == "VBG":  # ", adding that ...": the speaker of the nearest reporting verb above
            outside = quote_around(verb) is None  # not a verb inside a quote the parser made the sentence's root
            reporter = next((a for a in verb.ancestors if is_reporting_verb(a)
                             and not (outside and quote_around(a) is not None)), None)
            if reporter is not None and not own_clause(verb.head, reporter):
                return speaker_of(reporter, depth + 1)
        passive = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if verb.dep_ == "conj" and passive is not None and passive.dep_ == "nsubjpass":
            return passive  # "X was forced to retreat and said ...": the passive subject speaks
        head, form = verb.head, finite_form(verb)
        if verb.dep_ == "conj" and form in FINITE_TAGS and finite_form(head) != form:  # "X ran on a plan to cut
            head = next((a for a in verb.ancestors if finite_form(a) == form), head)  # taxes and accused ...": ran
        return speaker_of(head, depth + 1) or (misattached_subject(verb) if depth == 0 else None)
    if depth > 0:
        return None
    return misattached_subject(verb) or (name_before(verb) if says_something(verb) else None) or name_after_quote(verb)


def misread_subject(verb: Token) -> bool:
    """"She said, mentioning the album is finished": a participle right after a frame and a comma, which the
    parser took for the subject of the clause it reports ("mentioning ... is"). After what the frame reports
    ("said the hall was full, adding chairs is not possible") it may be a gerund subject, and is left alone."""
    frame = verb.head.head
    return verb.dep_ == "csubj" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and verb.head.i > verb.i and frame.i < verb.i and verb.head.dep_ in ("ccomp", "conj") and not any(
            c.dep_ in ("ccomp", "xcomp") and frame.i < c.i < verb.i for c in frame.children)  # not "said A, adding B is"


SPEAKER_PRONOUNS = frozenset("he she they".split())
OBJECT_PRONOUNS = frozenset("him her them us me".split())


def person_like(tok: Token) -> bool:
    """Could this word name someone who speaks? (a name, a pronoun, "the senator", "officials")"""
    lemma = tok.lemma_.lower()
    return (tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.lower_ in SPEAKER_PRONOUNS
            or lemma in TITLE_NOUNS or lemma in ANONYMOUS_NOUNS or tok.lower_ in ANONYMOUS_NOUNS)


def can_speak(tok: Token) -> bool:
    """Could this noun phrase name someone who says things: a person or a body ("her", "the mayor", "the
    council", "lawmakers", "Ann Berg"), not a thing ("the speech", "the occasion")?"""
    lemma = tok.lemma_.lower()
    return (person_like(tok) or tok.lower_ in OBJECT_PRONOUNS or lemma in PERSON_NOUNS or lemma in ORGANIZATION_NOUNS
            or lemma in GOVERNMENT_NOUNS or tok.pos_ == "NOUN" and lemma.endswith(PERSON_SUFFIXES))


def clause_of(noun: Token) -> Optional[Token]:
    """The verb of the clause a noun is an object or adjunct of ("at one point", "a show of hands" after
    "called for a vote"); None for a subject, which heads its own phrase."""
    tok = noun
    while tok.dep_ in ("pobj", "prep", "conj", "appos") and tok.head is not tok and tok.head.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    if tok.dep_ in ("dobj", "pobj", "conj", "npadvmod", "attr", "oprd", "prep") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return None


def clause_phrase(noun: Token, clause: Token) -> Token:
    """The child of the clause's verb whose phrase holds the noun ("at" for "at one point")."""
    return next(a for a in [noun, *noun.ancestors] if a.head == clause)


def own_clause(verb: Token, reporter: Token) -> bool:
    """Is the verb a clause of its own with its own subject, joined to the reporting verb's clause rather
    than inside what was reported ("Tenants say A, and the union sued, saying B": the union says B)?"""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    tok = verb
    while tok != reporter:
        if tok.dep_ != "conj":
            return False
        tok = tok.head
    return True


def framing_verb(gerund: Token) -> Optional[Token]:
    """The verb whose subject speaks through a gerund after a preposition: "inflamed tensions by saying ...",
    "before suggesting ...", "has taken to arguing ...", "aside from stating ...", "In addition to stating ...,
    she vowed ..."."""
    prep = gerund.head
    if prep.dep_ != "prep":
        return None
    doc = gerund.doc
    if prep.lower_ == "from" and prep.i > 0 and doc[prep.i - 1].lower_ in ("aside", "apart"):
        head = prep.head
    elif prep.lower_ == "to" and prep.head.lower_ == "addition" and prep.head.dep_ == "pobj":
        head = prep.head.head.head  # "in addition to"
    elif prep.lower_ in FRAME_PREPOSITIONS or prep.lower_ == "to" and prep.head.lemma_.lower() in TURN_TO_VERBS:
        head = prep.head
    else:
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def name_after_quote(verb: Token) -> Optional[Token]:
    """"“...,” Ann Berg, wearing a straw hat, said" and "“...,” the council states in a report": the frame after
    a quote, whose speaker the parser hung inside the quote or took for a modifier of the verb. The speaker is
    the noun phrase right after the closing mark."""
    doc = verb.doc
    start = verb.sent.start
    close = next((i for i in range(verb.i - 1, max(start + 1, verb.i - 30) - 1, -1)  # the mark closing the words
                  if doc[i].tag_ == "''" and doc[i - 1].text in (",", "?", "!")), None)  # said, not a quoted name
    if close is None:
        return None
    end = next((i for i in range(close + 1, verb.i) if doc[i].text == ","), verb.i)
    if end <= close + 1:
        return None
    name = doc[close + 1:end].root
    if name.pos_ not in ("NOUN", "PROPN") or not_a_speaker(name):
        return None
    return name


def says_something(verb: Token) -> bool:
    """"said that ...", "accused the firm of ...", "says: ...": the verb has what was said after it."""
    doc = verb.doc
    return any(c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ == "of" and c.i > verb.i for c in verb.children) or (
        verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":")


def has_read_as_passive(verb: Token) -> bool:
    """"He's said he ...": the "'s" of "has" taken for "is", a passive with a clause after it."""
    return any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children) and any(
        c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def was_asked(verb: Token) -> bool:
    """"when asked whether ...", "Asked about the plan, ...": a passive participle of a question verb with no
    subject and no "by" phrase names the one asked, never the one who asks."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in QUESTION_VERBS and not any(
        c.dep_ in ("nsubj", "nsubjpass", "agent") or c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def inside_quote_before(tok: Token, verb: Token) -> bool:
    """“... #Harbour,” tweeted a user: the parser took a word of the quote that ends right before the verb for
    its subject (not "Ann Berg, known as “Bear,” said": the name is outside the quote)."""
    doc = verb.doc
    if verb.tag_ not in FINITE_TAGS or doc[verb.i - 1].tag_ != "''":
        return False
    quote = quote_around(tok)
    return quote is not None and quote.end <= doc[verb.i - 1].idx + 1


def quote_around(tok: Token):
    """The quote a token lies in, or None (quotes are in text order: found by bisection)."""
    quotes = tok.doc._.quotes or []
    n = bisect_right(quotes, tok.idx, key=lambda q: q.start)
    return quotes[n - 1] if n and tok.idx < quotes[n - 1].end else None


def phrase_after(verb: Token) -> Optional[Token]:
    """“...,” said the woman, who ...: the noun phrase right after the inverted verb, which the parser made the
    subject of a later clause."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].dep_ in ("det", "amod", "compound", "nummod", "poss") and doc[i].head.i > i:
        i += 1
    if i >= len(doc) or doc[i].pos_ not in ("NOUN", "PROPN") or doc[i].dep_ not in ("nsubj", "nsubjpass") \
            or doc[i].left_edge.i != verb.i + 1 or not_a_speaker(doc[i]):
        return None
    return doc[i]


def inverted_person(verb: Token) -> Optional[Token]:
    """“...,” said Ann Berg, who ... yet backed ...: a person named right after the inverted verb, whom the
    parser made the subject or object of a later word."""
    doc = verb.doc
    for ent in doc.ents:
        if ent.start > verb.i + 5:
            break
        if ent.start > verb.i and ent.label_ == "PERSON":
            return ent.root if not any(t.is_punct for t in doc[verb.i + 1:ent.start]) else None
    return None


INVERTED_TAIL_DEPS = frozenset("punct prep npadvmod advmod advcl appos".split())  # "to X", "on Monday", ", speaking"


def inverted_speaker(verb: Token) -> Optional[Token]:
    """"The cut was unavoidable, concedes the ministry.", "Prices will rise, says one trader, speaking to X.": a
    clause, a comma, then the frame with its subject after the verb and nothing after them but an appositive or an
    adverbial; the parser often reads the speaker as the verb's object. The noun phrase after the verb speaks, not
    "nothing" ("says nothing"), a person acted on ("..., praised the crews") or a speaker shared with the clause
    ("The mayor cut the ribbon, announced the winners")."""
    doc = verb.doc
    if verb.tag_ not in FINITE_TAGS or verb.i < 4 or doc[verb.i - 1].text != "," \
            or verb.lemma_.lower() in PERSON_OBJECT_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg") for c in verb.children):
        return None
    speaker = next((c for c in verb.rights if c.left_edge.i == verb.i + 1), None)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN") or speaker.ent_type_ in ("DATE", "TIME") \
            or not (can_speak(speaker) or speaker.pos_ == "PROPN" or heads_a_body(speaker) or any(
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in speaker.children) or inverted_name(verb, speaker)) \
            or not_a_speaker(speaker):
        return None
    tail = [c for c in verb.rights if c.i > speaker.i]
    if any(c.dep_ not in INVERTED_TAIL_DEPS or c.dep_ == "advcl" and c.tag_ != "VBG" for c in tail):
        return None  # "..., said to be ...", "..., argued the case and lost": the verb goes on with its own words
    sent = verb.sent
    if any(not (t.is_punct or t.is_space) for t in doc[verb.right_edge.i + 1:sent.end]):
        return None
    clause = verb.head if verb.head.i < verb.i else next(
        (c for c in verb.lefts if c.dep_ in ("ccomp", "parataxis") and c.right_edge.i < verb.i), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None) \
        if clause is not None else None
    if subject is None or clause.i < sent.start or is_reporting_verb(clause) and any(
            c.dep_ in ("ccomp", "xcomp") for c in clause.children):
        return None  # a clause of its own is what was said; not a frame with its own ("Officials said A, adds X") ...
    if can_speak(subject) and finite_form(clause) == finite_form(verb):
        return None  # ... nor one predicate among several of the same subject
    return speaker


def heads_a_body(noun: Token) -> bool:
    """"the head of the water board", "the rest of the council": a part or a post of someone who speaks."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and can_speak(g) for g in c.children)
               for c in noun.children)


def speaking_phrase(verb: Token, speaker: Token) -> tuple[Token, ...]:
    """"..., admitted one farmer to the Courier": a phrase "to <outlet>" the parser hung on a speaker after the verb
    says where the verb's words went; it names no part of the speaker (as "the ambassador to Spain" does)."""
    if speaker.i < verb.i:
        return ()
    return tuple(c for c in speaker.rights if c.dep_ == "prep" and c.lower_ == "to"
                 and any(g.dep_ == "pobj" and is_outlet(g) for g in c.children))


def channel_after(verb: Token) -> tuple[Token, ...]:
    """"X said A, in an interview aired by Radio Kestrel": a phrase set off by a comma at the end of what the verb
    reports, naming the channel its words went out through (`statement_nouns.txt`), which the parser hung on the last
    verb of A; it tells how the words went out, no part of them."""
    def channel(noun: Token) -> bool:  # "an interview broadcast by X": the parser may make "interview" a compound
        return noun.lemma_.lower() in STATEMENT_NOUNS or any(
            c.dep_ == "compound" and c.lemma_.lower() in STATEMENT_NOUNS for c in noun.children)

    doc = verb.doc
    return tuple(prep for comp in verb.children if comp.dep_ == "ccomp" and comp.i > verb.i for prep in comp.rights
                 if prep.dep_ == "prep" and prep.lower_ in ("in", "on") and doc[prep.i - 1].text == ","
                 and any(g.dep_ == "pobj" and channel(g) for g in prep.children))


def inverted_name(verb: Token, speaker: Token) -> Optional[Token]:
    """"..., admits the head of the delegation, Ana Ruiz, to X": a name set off by a comma right after the speaker
    after the verb, which the parser hung on the verb: the speaker's appositive."""
    end = speaker.right_edge.i + 1
    for phrase in speaking_phrase(verb, speaker):
        end = min(end, phrase.left_edge.i)
    doc = verb.doc
    if speaker.i < verb.i or end + 1 >= len(doc) or doc[end].text != ",":
        return None
    name = doc[end + 1]
    while name.head.i > name.i and name.dep_ == "compound":
        name = name.head
    if name.head != verb or name.dep_ not in ("npadvmod", "appos", "dobj") or name.pos_ != "PROPN" \
            or name.ent_type_ in ("DATE", "TIME") or name.left_edge.i != end + 1:
        return None
    return name


LEFT_SUBJECT_DEPS = frozenset("nummod npadvmod nmod dep".split())  # how the parser hangs a subject it did not see


def misattached_subject(verb: Token) -> Optional[Token]:
    """The subject of a reporting verb with a content clause after it, when the parser hung the subject
    elsewhere: inside a participle it took for a clausal subject ("Most voters going to the polls said ..."),
    as a number or noun modifier of the verb ("About 3 in 10 say ..."), or in the clause before "then"
    or "and" that it hung on the verb ("He offered her a job, then says ...")."""
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    lefts = [c for c in verb.lefts if not c.is_punct]
    for clause in (c for c in lefts if c.dep_ == "csubj" or c.dep_ in ("ccomp", "advcl") and c.tag_ == "VBG"):
        subject = next((g for g in clause.lefts if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")), None)
        if subject is not None:  # also "Ann Berg, noting the size of the crowd, said ..."
            return subject
    for clause in (c for c in lefts if c.dep_ == "ccomp"):  # "Ann Berg, who chairs the board, said ...": the
        who = next((t for t in clause.subtree if t.lower_ == "who" and t.dep_ == "nsubj"), None)  # relative clause
        subject = None if who is None else next(  # taken for the one reported; the noun before "who" speaks
            (t for t in clause.subtree if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") and t.i < who.i), None)
        if subject is not None:
            return subject
    if verb.dep_ == "dep" and verb.head.i < verb.i:  # "sources privy to the talks say ...": the parser took the
        subject = next((c for c in verb.head.lefts if c.dep_ == "nsubj"), None)  # modifier for the sentence's verb
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and not not_a_speaker(subject):
            return subject
    nearest = lefts[-1] if lefts else None
    if nearest is not None and nearest.dep_ in LEFT_SUBJECT_DEPS and nearest.pos_ in ("NOUN", "PROPN", "NUM") \
            and nearest.right_edge.i == verb.i - 1:
        return nearest
    before = verb.i - 1
    doc = verb.doc
    while before > 0 and doc[before].dep_ == "advmod" and doc[before].head == verb and doc[before].lower_ != "then":
        before -= 1
    if doc[before].lower_ in ("then", "and", "but"):
        clause = next((c for c in reversed(lefts) if c.dep_ in ("ccomp", "conj", "advcl") and c.i < before), None)
        subject = next((g for g in clause.children if g.dep_ == "nsubj"), None) if clause is not None else None
        if subject is not None and not not_a_speaker(subject):
            return subject
    return name_after_opening_phrase(verb)


def name_before(verb: Token) -> Optional[Token]:
    """"At the party convention Senator Ann Berg (D-Ore.) said ...", "Speaking in Fresno, Berg, without naming
    him, accused ...": the parser hung the speaker inside the opening phrase. The speaker is the person named
    right before the verb, past an adverb of the verb, a parenthesis, and an aside set off by commas."""
    doc = verb.doc
    start = verb.sent.start
    i = verb.i - 1
    while i > start:
        tok = doc[i]
        if tok.dep_ == "advmod" and tok.head == verb:
            i -= 1
        elif tok.text == ")":
            i = next((j for j in range(i - 1, start, -1) if doc[j].text == "("), start) - 1
        elif tok.text == ",":
            comma = next((j for j in range(i - 1, start, -1) if doc[j].text == ","), start)
            chunk = doc[comma + 1:i]
            aside = len(chunk) > 0 and chunk.root.dep_ in ("prep", "advcl", "advmod", "npadvmod")
            i = comma - 1 if aside else i - 1
        else:
            break
    name = doc[i]
    if i <= start or name.dep_ not in ("appos", "conj", "pobj") or name.pos_ not in ("NOUN", "PROPN"):
        return None
    return name if name.ent_type_ == "PERSON" or name.lemma_.lower() in PERSON_NOUNS else None


def name_after_opening_phrase(verb: Token) -> Optional[Token]:
    """"Alarmed by the vote, Senator Ann Berg, the party's leader, said ...", "In a letter to the board, its
    chair, Ian Moss, said ...": the parser made the speaker a conjunct or an apposition of the opening
    phrase's last noun. The speaker is the noun phrase right before the verb, climbing its appositions up to
    the comma that closes the opening phrase (not into the phrase: "his wife Ana Ruiz, former mayor Ian
    Moss said" names Ian Moss)."""
    doc = verb.doc
    before = verb.i - 1
    while before > 0 and doc[before].text == ",":
        before -= 1
    name = doc[before]
    while name.dep_ == "pobj" and name.head.dep_ == "prep" and name.head.head.i < name.i:
        name = name.head.head  # "..., a spokesman in Baghdad, said": from the place up to the title it qualifies
    while name.head.i < name.i and name.dep_ in ("appos", "conj") and name.head.pos_ in ("NOUN", "PROPN") \
            and name.head.dep_ not in ("pobj", "dobj") and set_off(name.head):
        name = name.head
    if name.i >= verb.i or not set_off(name) or name.pos_ not in ("NOUN", "PROPN") or name.dep_ not in ("appos", "conj"):
        return None
    return name if name.ent_type_ in ("PERSON", "ORG") or name.pos_ == "PROPN" or name.lemma_.lower().endswith(
        PERSON_SUFFIXES) else None


def set_off(name: Token) -> bool:
    """Does a comma or a dash end the phrase before this noun phrase?"""
    start = name.left_edge.i
    return start > 0 and name.doc[start - 1].text in (",", "—", "–")


def nominal(subject: Token) -> bool:
    """A word that can name a speaker; also a quantifier standing for people ("most said ...", whatever the
    tagger made of it) and a capitalised name inside the sentence that the tagger took for a verb ("Walking
    home, Ebeling said ...")."""
    return subject.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ") or subject.lower_ in QUANTIFIER_PRONOUNS or (
        subject.is_title and subject.tag_ == "VBG" and not subject.is_sent_start)


def not_a_speaker(subject: Token) -> bool:
    """"That said, ...", "This suggests ...": a demonstrative names no one, unless a clause or a participle
    after it says whom it points at ("those who backed the plan say ...", "those surveyed say ...", "those around
    her say ...")."""
    return subject.lower_ in NOT_SPEAKERS and not (
        subject.lower_ == "those" and any(c.dep_ in ("relcl", "acl", "prep") and c.i > subject.i
                                          for c in subject.children))


def reporting_participle(verb: Token) -> bool:
    """"Several outlets reported on Wednesday the agency had ...": the parser read "reported" as a participle
    of the subject and made the reported clause the sentence; a second subject right after the verb's phrase
    shows the verb is the main one."""
    clause = verb.head.head
    return verb.head.dep_ == "nsubj" and clause.i > verb.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == verb.right_edge.i + 1 for c in clause.children)


def after_closing_quote(name: Token) -> bool:
    """Does the name follow a closing quotation mark ("“...,” Jane Murphy")?"""
    i = name.i - 1
    while i >= 0 and name.doc[i].dep_ in ("compound", "det", "amod") and name.doc[i].head == name:
        i -= 1
    return i >= 0 and name.doc[i].tag_ == "''"


FINITE_TAGS = frozenset("VBD VBZ VBP".split())


def finite_form(verb: Token) -> str:
    """The tag that carries a verb's tense: its first auxiliary's ("have been calling": VBP, "would be"), else
    its own."""
    aux = next((c for c in verb.lefts if c.dep_ in ("aux", "auxpass")), None)
    if aux is None and verb.tag_ == "VB" and verb.dep_ == "conj" and not any(
            c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in verb.head.children):
        return "VBP"  # "believe the port has closed, and admit that ...": a present the tagger took for a bare verb
    return aux.tag_ if aux is not None else verb.tag_


def coordinated_with(verb: Token) -> Optional[Token]:
    """The reporting verb whose subject this verb shares: "X said A and noted B", "X says A and tells the
    crowd B", "X said A and thanked the crews". The parser hangs the second verb inside A; its tense, the
    reporting verb's and not A's, shows whose it is (in "said the firm grew and hired staff" both are A's)."""
    doc = verb.doc
    if verb.tag_ not in FINITE_TAGS or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    before = verb.i - 1
    while before > 0 and doc[before].dep_ == "advmod" and doc[before].head == verb:  # "and also noted"
        before -= 1
    if before < 1 or doc[before].dep_ != "cc":
        return None
    reporter = next((a for a in verb.ancestors if a.tag_ == verb.tag_ and is_reporting_verb(a)), None)
    if reporter is None or reporter.i > verb.i:
        return None
    if verb.head == reporter or verb.head.tag_ != verb.tag_:
        return reporter
    says_more = is_reporting_verb(verb) and any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "for"
                                                for c in verb.children)
    return reporter if says_more else None


def sent_statement(recipient: Token) -> Optional[Token]:
    """"sent a message to supporters saying ...": the statement sent to the one the participle hangs on
    (the parser's choice), whose sender speaks, not the supporters."""
    if recipient.dep_ != "pobj" or recipient.head.lower_ != "to":
        return None
    holder = recipient.head.head
    if holder.lemma_.lower() in STATEMENT_NOUNS:
        return holder
    return next((c for c in holder.children if c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS), None)


def issuer_of(noun: Token) -> Optional[Token]:
    """The verb whose subject put out a statement: "issued a statement", "in a letter" ("wrote in a letter")."""
    if noun.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def verb_lemma(tok: Token) -> str:
    """The lemma, also for a verb the tagger took for a noun ("The department notes, ...": ROOT with a subject)."""
    if tok.pos_ == "VERB":
        return tok.lemma_.lower()
    if tok.dep_ == "ROOT" and tok.tag_ == "NNS" and tok.lower_.endswith("s") and any(
            c.dep_ in ("nsubj", "ccomp") for c in tok.children):
        return tok.lower_[:-1]
    return ""


def is_reporting_verb(tok: Token) -> bool:
    lemma = verb_lemma(tok)
    return reporting_lemma(tok, lemma) and lemma not in THOUGHT_VERBS and tok.dep_ not in ("amod", "auxpass") and (
        tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ == "agent" for c in tok.children))


NAME_DEPS = frozenset("oprd xcomp ccomp attr dobj npadvmod".split())  # how the parser hangs the name given


def naming(verb: Token) -> Optional[tuple[Token, list[Token]]]:
    """"called the plan a disaster", "dubbed the tower “an eyesore”": the object and the name given to it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    name = [c for c in verb.children if c.dep_ in NAME_DEPS and c.i > obj.i] + [c for c in obj.children if c.dep_ == "appos"]
    if obj.lower_ in REFLEXIVE_PRONOUNS and name and all(t.pos_ == "PROPN" for c in name for t in c.subtree):
        return None  # "a man calling himself Tom Tom", "a group that calls itself Harbour Watch": a name, no verdict
    return (obj, name) if name else None


REFLEXIVE_PRONOUNS = frozenset("himself herself itself themselves myself ourselves yourself".split())


def reporting_lemma(tok: Token, lemma: str) -> bool:
    """A speech verb; "point" and "blurt" only with "out"; "read" only when a document reads; a verb of finding only
    before "that" (`finding_verbs.txt`); "continue" only on its own ("“...,” she continued", not "continued to
    argue")."""
    if lemma in ASPECT_VERBS and any(c.dep_ in ("xcomp", "dobj", "ccomp") and c.i > tok.i for c in tok.children):
        return False
    if lemma in PARTICLE_VERBS:  # ... and not "went on into the afternoon", "went on all night": how long it lasted
        return any(c.dep_ == "prt" and c.lower_ == PARTICLE_VERBS[lemma] for c in tok.children) and not any(
            c.i > tok.i and (c.dep_ == "prep" and c.lower_ in LASTING_PREPOSITIONS or c.dep_ == "npadvmod")
            for c in tok.children)
    if lemma in NAMING_VERBS:
        return naming(tok) is not None
    if lemma in FINDING_VERBS and any(c.dep_ == "ccomp" and c.i > tok.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children):
        return True  # "Investigators found that the brakes had failed"
    if lemma in DOCUMENT_VERBS:
        return document_subject(tok) is not None and not depicts(tok)
    if lemma in DIRECTIVE_VERBS and lemma not in CLAUSE_VERBS:  # "challenged her rival to ...", not "was challenged on ..."
        return any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for c in tok.children)
    return lemma in CLAUSE_VERBS or lemma in DIRECTIVE_VERBS or lemma in COMMISSIVE_VERBS or lemma in QUESTION_VERBS


def document_subject(verb: Token) -> Optional[Token]:
    """The document or count that is the subject of a verb of writing or evidence: "The report found ...",
    "The figures show ...", "a study that found ..." (the noun a relative pronoun stands for)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:
        return None
    return subject if subject.lemma_.lower() in DOCUMENT_NOUNS | STATEMENT_NOUNS or is_count(subject) else None


def is_count(noun: Token) -> bool:
    """"figures", "the records", "official statistics": a count or a record, not "a number of officials"."""
    words = {noun.lemma_.lower(), noun.lower_, noun.lower_[:-1] if noun.lower_.endswith("s") else noun.lower_}
    return noun.pos_ in ("NOUN", "PROPN") and bool(words & DATA_NOUNS) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def evidence_subject(noun: Token) -> bool:
    """A count or a statement that states a finding: the subject of a verb of evidence ("Official figures
    suggest that ...", "figures that show ...", "the emails show that ..."); its source is a document."""
    if not (is_count(noun) or noun.pos_ == "NOUN" and noun.lemma_.lower() in STATEMENT_NOUNS):
        return False
    if noun.dep_ == "nsubj" and verb_lemma(noun.head) in EVIDENCE_VERBS:
        return True
    return any(c.dep_ == "relcl" and verb_lemma(c) in EVIDENCE_VERBS and any(
        s.dep_ == "nsubj" and s.lower_ in RELATIVE_PRONOUNS for s in c.children) for c in noun.children)


def depicts(verb: Token) -> bool:
    """"The film shows a man walking", "the poll showed the mayor leading": a clause without tense after a verb
    of evidence shows a scene, it reports no finding ("showed that the mayor led", "showed the mayor led" do)."""
    comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return bool(comps) and not any(
        finite_form(c) in FINITE_TAGS | {"MD"} or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in comps)


def claim_possessor(noun: Token) -> Optional[Token]:
    """"the mayor's claim that ...", "his warning that ...", "her vow to ...": the possessor of a claim noun
    completed by a that-clause or an infinitive, who made the claim."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in POSSESSED_CLAIM_NOUNS:
        return None
    has_that = any(c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i and any(
        g.lower_ == "that" and g.i < c.i for g in c.children) for c in noun.children)
    if not has_that and claim_clause(noun) is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:  # "claims by two senators that ..."
        owner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                      if g.dep_ == "pobj"), None)
    if owner is None:  # "the promise she made is that ...": the subject of a claim-making verb in a relative clause
        owner = next((g for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in CLAIM_MAKING_VERBS
                      for g in c.children if g.dep_ == "nsubj" and g.lower_ not in RELATIVE_PRONOUNS), None)
    if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in CLAIM_MAKING_VERBS:
        owner = speaker_of(noun.head)  # "The agency issued a warning that ...", "delivered a promise to ..."
    if owner is None and noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ == "VERB" \
            and not any(c.dep_ == "nsubjpass" for c in noun.head.head.children):
        owner = speaker_of(noun.head.head)  # "stirred anger with an assertion that ...": whoever acted, claimed
    if owner is None and noun.dep_ == "pobj" and noun.head.lower_ == "including":
        owner = next((c for c in noun.head.head.children if c.dep_ == "poss"), None)  # "her speech, including a claim that"
    return owner if owner is not None and owner.lower_ not in NOT_SPEAKERS else None


def claim_clause(noun: Token) -> Optional[Token]:
    """What a claim noun announces when no that-clause hangs on it: its infinitive ("her vow to ..."), the clause
    it is equated with, or its that-clause hung on the verb governing it."""
    return infinitive_complement(noun) or copular_clause(noun) or detached_clause_of(noun)


def copular_clause(noun: Token) -> Optional[Token]:
    """"Her argument is that the port should stay public": the that-clause a claim noun is equated with."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.head.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def detached_clause_of(noun: Token) -> Optional[Token]:
    """"offered her firmest promise yet that ...", "his statement on Wednesday that ...": the noun's that-clause,
    which the parser hung on the verb governing the noun; only an adverb or a short phrase stands between them,
    and that verb does not report it itself."""
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if governor is None or is_reporting_verb(governor):
        return None
    clause = next((c for c in governor.children if c.dep_ == "ccomp" and c.i > noun.i
                   and noun.doc[c.left_edge.i].lower_ == "that" and noun.doc[c.left_edge.i].dep_ == "mark"), None)
    if clause is None:
        return None
    between = noun.doc[noun.right_edge.i + 1:clause.left_edge.i]
    return clause if len(between) <= 3 and not any(t.pos_ in ("VERB", "AUX", "PUNCT") for t in between) else None


def infinitive_complement(noun: Token) -> Optional[Token]:
    """"his promise to stay neutral", "her vow to go after them": the act a claim noun announces."""
    return next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def per_credit(tok: Token) -> Optional[Token]:
    """The source "per" credits when it is set off as a credit ("..., per the Harbour Wire", "Per Ann Berg, ..."):
    after a comma or opening the sentence, with a name or a determined noun ("per a report by X"), not a rate
    ("40 litres per day", "3 per cent")."""
    if tok.lower_ != "per" or not (tok.i == tok.sent.start or tok.nbor(-1).text == ","):
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or not (obj.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in obj.children)):
        return None
    return obj


@Language.component("cue_finder")
def cue_finder(doc: Doc) -> Doc:
    """Store the reporting cues outside quotation marks as doc._.cues, in text order."""
    cues: list[Cue] = []
    quoted = quoted_tokens(doc)
    for tok in doc:
        if tok.i in quoted:
            continue
        if (credited := credit_agent(tok)) is not None:  # "As first reported by the Gazette, ...": as "according to"
            mark = next(c for c in tok.children if c.dep_ == "mark")
            cues.append(Cue(mark.i, credited.head.i + 1, tok.head.i, "according", credited.i))
        elif is_reporting_verb(tok):
            cues.append(Cue(tok.i, tok.i + 1, tok.i, "verb", _index(speaker_of(tok))))
        elif (owner := claim_possessor(tok)) is not None:
            cues.append(Cue(tok.i, tok.i + 1, tok.i, "verb", owner.i))
        elif tok.lower_ == "according" and followed_by(tok, "to"):
            obj = next((c for c in doc[tok.i + 1].children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                cues.append(Cue(tok.i, tok.i + 2, tok.head.i, "according", obj.i))
        elif (credited := per_credit(tok)) is not None:  # "..., per the Harbour Wire": as "according to"
            cues.append(Cue(tok.i, tok.i + 1, tok.head.i, "according", credited.i))
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in ("issue", "release", "publish"):
            obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS), None)
            if obj is not None:
                cues.append(Cue(tok.i, obj.i + 1, tok.i, "statement", _index(speaker_of(tok))))
        elif tok.pos_ == "VERB" and tok.lemma_.lower() == "call" and any(followed_by(tok, w) for w in ("for", "on", "upon")):
            cues.append(Cue(tok.i, tok.i + 2, tok.i, "call for", _index(speaker_of(tok))))
    doc._.cues = cues
    return doc


def credit_agent(verb: Token) -> Optional[Token]:
    """Whom "as reported by X" / "as quoted by X" credits: X, for a clause set beside the statement it credits."""
    if verb.dep_ != "advcl" or verb.lemma_.lower() not in CREDIT_PARTICIPLES \
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def followed_by(tok: Token, word: str) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == word


def _index(tok: Optional[Token]) -> Optional[int]:
    return None if tok is None else tok.i
