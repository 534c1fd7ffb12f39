"""Turn cues and quotes into attributed statements: who said what, in which words.

The passes, in order:
1. each reporting verb takes its content: a quote just before it ("“A,” X said"), its content clause
   ("said that ..."), a quote just after it ("X said: “A”"), its object for verbs like "deny", or the
   clause around it when it is parenthetical ("A, he said, B");
2. "according to X" either qualifies another statement in its clause (medium or cited source) or is
   a statement of its own;
3. a quote introduced by a colon or a dash after a person ("The senator was blunt — “...”") is theirs;
4. a quote left over that opens a sentence continues the latest speaker before it ("floating" quote).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .cues import (FINITE_TAGS, OBJECT_PRONOUNS, RELATIVE_PRONOUNS, SPEAKER_PRONOUNS, Cue, can_speak, channel_after,
                   claim_clause, coordinated_with, finite_form, inverted_name, inverted_speaker, is_reporting_verb,
                   misread_subject, naming, person_like, reporting_participle, sent_statement, speaking_phrase)
from .lexicon import (ADDRESSEE_NOUNS, ADDRESSEE_VERBS, CIRCUMSTANCE_MARKS, CLAIM_NOUNS, CLAUSE_OBJECT_VERBS,
                      CLAUSE_VERBS, COMMISSIVE_VERBS, DENY_VERBS, DIRECTIVE_VERBS, DOCUMENT_NOUNS, GERUND_VERBS,
                      INFINITIVE_CLAIM_VERBS, JOURNALIST_NOUNS, NAMING_VERBS, NOMINAL_VERBS, OUTLET_NOUNS, PLAN_NOUNS,
                      QUANTIFIER_PRONOUNS, QUESTION_VERBS, REASON_VERBS, REFUSED_NOUNS, STATEMENT_NOUNS)
from .medium import medium_of, speaker_clause_medium
from .mentions import CharSpan, is_outlet, mention_span, span_text, speaker_mention
from .quotes import MARKS, Quote

SOFT_PUNCT = frozenset(",;:'-–—" + MARKS) | {"''"}  # punctuation a content span never starts with


@dataclass
class Found:
    """One attributed statement inside a Doc, before its source is classified."""

    cue: Cue
    content: CharSpan
    quote: str  # direct, indirect or mixed
    source: Optional[CharSpan] = None  # the speaker's mention
    source_head: Optional[int] = None
    medium: Optional[CharSpan] = None
    medium_text: Optional[str] = None
    cites: Optional[str] = None
    pending: bool = False  # a speaker announced without content yet ("X said:"), for the next quote
    denial: Optional[int] = None  # "Police denied that A, a spokesperson said": the deny verb reported (stance deny)
    aside: Optional[CharSpan] = None  # "A, according to X, B": the frame inside the content, left out of it

    def content_spans(self) -> list[CharSpan]:
        """The content as pieces: two around an aside that lies inside it, else one."""
        (start, end), aside = self.content, self.aside
        if aside is None or not start < aside[0] < aside[1] < end:
            return [self.content]
        return [(start, aside[0]), (aside[1], end)]


if not Doc.has_extension("found"):
    Doc.set_extension("found", default=None)


class Statements:
    """Statements indexed by where their content starts and by their cue's verb, so that a pass finds
    those that hold a character, or share a verb, without scanning them all (a content never grows
    after it is added, so none starts further back than the longest one)."""

    def __init__(self, found: Iterable[Found] = ()):
        self.starts: list[int] = []
        self.entries: list[tuple[int, Found]] = []  # (order added, statement), by content start
        self.by_verb: dict[int, list[tuple[int, Found]]] = {}
        self.longest = 0
        for f in found:
            self.add(f)

    def add(self, f: Found) -> None:
        entry = (len(self.entries), f)
        at = bisect_right(self.starts, f.content[0])
        self.starts.insert(at, f.content[0])
        self.entries.insert(at, entry)
        self.by_verb.setdefault(f.cue.verb, []).append(entry)
        self.longest = max(self.longest, f.content[1] - f.content[0])

    def around(self, char: int, verbs: Iterable[int] = ()) -> list[Found]:
        """In the order they were added: the statements whose content holds char, and those of these verbs."""
        hits = {}
        i = bisect_right(self.starts, char) - 1
        while i >= 0 and self.starts[i] >= char - self.longest:
            n, f = self.entries[i]
            if f.content[0] <= char < f.content[1]:
                hits[n] = f
            i -= 1
        for verb in verbs:
            hits.update(self.by_verb.get(verb, ()))
        return [hits[n] for n in sorted(hits)]


# ---------------------------------------------------------------- spans and quotes

def trim(doc: Doc, start: int, end: int) -> Optional[CharSpan]:
    """Char span of tokens [start, end) without edge punctuation, spaces, a leading 'that' or a trailing 'and'."""
    while start < end and (doc[start].is_space or doc[start].text in SOFT_PUNCT or complementizer(doc[start])):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1  # also "and" left over from a conjunct that is not part of the span
    if end - start < 1:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def complementizer(tok: Token) -> bool:
    """The "that" of "said that ...", which opens the clause but is not the source's words."""
    return tok.lower_ == "that" and (tok.dep_ == "mark" or tok.tag_ in ("IN", "WDT"))


def overlapping(quotes: list[Quote], span: CharSpan) -> list[Quote]:
    """The quotes that overlap span; quotes are in text order and never overlap, so their ends are too."""
    out = []
    for q in following(quotes, bisect_right(quotes, span[0], key=end_of)):
        if q.start >= span[1]:
            break
        out.append(q)
    return out


def following(quotes: list[Quote], first: int) -> Iterator[Quote]:
    """The quotes from index first on, without copying the list."""
    return (quotes[i] for i in range(first, len(quotes)))


def end_of(q: Quote) -> int:
    return q.end


def start_of(q: Quote) -> int:
    return q.start


def words(doc: Doc, span: CharSpan) -> int:
    """How many words (alphabetic tokens) a character span covers."""
    return sum(1 for t in doc.char_span(span[0], span[1], alignment_mode="expand") if t.is_alpha)


def with_quotes(doc: Doc, span: CharSpan) -> tuple[CharSpan, str]:
    """Decide direct/mixed/indirect for a content span and widen it to whole quotes where they run on."""
    quotes = overlapping(doc._.quotes, span)
    if not quotes:
        return span, "indirect"
    text, first = text_of(doc), quotes[0]
    leads = first.start <= span[0] + 2
    tail = text[first.end:span[1]].lstrip('"”’\'')
    if leads and (span[1] <= first.end + 2 or tail.startswith(",")):
        first.used = True  # the whole content is the quote, or a quote then the reporter's ", adding ..."
        return (first.start, first.end), "direct"
    for q in quotes:
        q.used = True
    end = max(span[1], max(q.end for q in quotes))
    if end < len(text) and text[end] in MARKS:
        end += 1  # a mixed content keeps the closing mark of its quote
    return (span[0], end), "mixed"


def text_of(doc: Doc) -> str:
    return doc._.layout.text


def token_at(doc: Doc, char: int) -> Token:
    return doc._.layout.token_at(char)


def sent_of(tok: Token) -> Span:
    return tok.doc._.layout.sent(tok)


def opens_sentence(tok: Token) -> bool:
    """Does this token start its sentence? Also when the parser hung an opening mark on the sentence
    before it (". ''It costs ...")."""
    before = tok.i - 1
    while before >= 0 and tok.doc[before].is_space:
        before -= 1
    return tok.i == first_word(tok).i or before < 0 or tok.doc[before].text in (".", "!", "?")


def first_word(tok: Token) -> Token:
    """The first word of tok's sentence, to tell a quote that opens its sentence from one inside it."""
    return next((t for t in sent_of(tok) if not t.is_space), tok)


# ---------------------------------------------------------------- content of a reporting verb

def quote_before(doc: Doc, verb: Token, speaker: Token) -> Optional[tuple[CharSpan, str]]:
    """“A,” X said. — a quote that ends just before the frame "X said", no other verb between.

    When the quote opens the sentence the statement is direct; when the sentence starts with the
    writer's words ("We need to “make sure ...,” she said") it is mixed, from the sentence start.
    """
    sent = sent_of(verb)
    quotes = doc._.quotes
    for i in reversed(range(bisect_right(quotes, verb.idx, key=end_of))):  # the quotes ending before the verb
        q = quotes[i]
        if q.end < sent.start_char - 1 and not (ends_question_or_exclamation(doc, q) and bare_frame(doc, q, verb)):
            break  # only the quote right before the sentence can be a bare frame's: none further back
        if q.used:
            continue
        if speaker.idx < q.end:  # the frame must follow the quote: "“A,” X said", "“A,” said X"
            return None
        if any(c.dep_ == "ccomp" and c.i > verb.i and not c.left_edge.i <= speaker.i <= c.right_edge.i  # not the
               and not any(t.is_punct or t.pos_ == "VERB" for t in doc[verb.i + 1:c.left_edge.i + 1])  # speaker's phrase
               for c in verb.children):  # nor a clause after another verb ("said in a statement issued an hour before")
            return None  # “Sunday Morning,” X said the poll was wrong: the verb's content follows it
        after = text_of(doc)[q.end:verb.idx].lstrip('"”’\' ')
        if not after.startswith(",") and not ends_question_or_exclamation(doc, q):
            return None
        between = doc.char_span(q.end, verb.idx, alignment_mode="expand")
        if between is not None and any(t.pos_ == "VERB" and t.i != verb.i for t in between):
            return None
        q.used = True
        opener = token_at(doc, q.start - 1)
        first = first_word(opener)
        if opener.i <= first.i or doc[opener.i - 1].text in QUOTE_OPENING_MARKS:
            return (q.start, q.end), "direct"
        before_frame = q.end < sent.start_char  # “...?” in the sentence before a bare frame: mixed from its own start
        start = first.i if before_frame or sent_of(first).start >= sent.start else sent.start
        return (doc[start].idx, q.end), "mixed"
    return None


QUOTE_OPENING_MARKS = frozenset(":.!?(")  # what ends the writer's words before a quote that opens a sentence or an aside


def ends_question_or_exclamation(doc: Doc, q: Quote) -> bool:
    """“Why was the money there?” she asked. — the ? or ! inside the quote stands for the comma."""
    return text_of(doc)[q.end - 1] in "?!"


def bare_frame(doc: Doc, q: Quote, verb: Token) -> bool:
    """The parser ended the sentence at “...?” and the next one is only a frame ("she asked."): the
    quote ends right where the frame's sentence starts, and the frame says nothing of its own."""
    sent = sent_of(verb)
    if text_of(doc)[q.end:sent.start_char].strip(" '\"”’") != "":
        return False
    aside = {t.i for c in verb.children if c.dep_ == "advcl" for t in c.subtree}  # "she said as she left"
    return not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) and not any(
        t.pos_ == "VERB" and t.i != verb.i and t.i not in aside for t in sent)


def quote_after(doc: Doc, verb: Token) -> Optional[Quote]:
    """X said, “A” / X said: “A” — possibly in the next paragraph when the sentence ends in a colon or comma."""
    quotes = doc._.quotes
    for q in following(quotes, bisect_right(quotes, verb.idx, key=start_of)):
        if q.used:
            continue
        opener = token_at(doc, q.start - 1)
        before = opener.i - 1
        while before > verb.i and doc[before].is_space:
            before -= 1
        if before != verb.i and not (doc[before].text in (",", ":") or doc[before].lower_ == "that"):
            return None
        gap = doc[verb.i + 1:before + 1]
        if any(t.pos_ == "VERB" or t.text in ".!?" for t in gap):
            return None
        if verb.lemma_.lower() not in ADDRESSEE_VERBS and any(t.dep_ == "dobj" and t.head == verb for t in gap):
            return None  # "described the defector as an individual, “...”": the quote is part of a mixed content
        return q
    return None


# A trailing ", as ..." or ", while ..." after what was said is the writer's; ", because ..." and ", although ..."
# give the speaker's reason or concession, and stay, unless they report something of their own (", although
# his aides described it as ...").
TRAILING_ADVERBIAL_MARKS = frozenset("as while whereas since".split())
REASON_MARKS = frozenset("because unless".split())


def quote_appended(doc: Doc, span: CharSpan) -> CharSpan:
    """"described him as an individual, “facing ...”": a quote right after the content and a comma
    continues it, even when the parser hung the quote elsewhere."""
    quotes = doc._.quotes
    for q in following(quotes, bisect_left(quotes, span[1], key=start_of)):
        if q.start > span[1] + 4:
            break
        if not q.used and span[1] <= q.start <= span[1] + 4 and text_of(doc)[span[1]:q.start].strip(' "“') == ",":
            return span[0], q.end
    return span


def clause_content(verb: Token) -> Optional[tuple[int, int]]:
    """Token range of the content clause: "said (that) ...", "told X in a statement that ...", "told her at
    a debate that ..." (the parser hung the clause on the noun), "commented on his belief that ..."; a
    trailing ", as ..." or ", while ..." clause, or one that reports on its own, is the reporter's, not the source's,
    and is left out."""
    if verb.pos_ == "NOUN":  # "his claim that ...": the that-clause completing the noun, or nothing
        comps = [c for c in verb.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > verb.i and that_complement(c)]
        comps = comps or [c for c in [claim_clause(verb)] if c is not None]
        if not comps:
            return None
    else:  # also "recalled in 2015 that before the flood, X was ...": a that-clause the parser took for an adverbial
        # "X admitted storing A, Reuters reported on Monday": the report passes on the gerund's A
        gerund = any(c.dep_ == "xcomp" and c.tag_ == "VBG" and c.left_edge.i == verb.i + 1 for c in verb.children)
        closing = closing_report(verb)[0] if gerund else None
        comps = [c for c in verb.children if c.dep_ == "ccomp" and not own_sentence_before(c, verb) and c != closing
                 or c.dep_ == "advcl" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        comps = [c for c in comps if not dashed_contrast(c)]
    if not comps:
        holders = [p for c in verb.children if c.dep_ == "prep" and c.lower_ != "as" for p in c.children if p.dep_ == "pobj"]
        holders += [p for h in holders for c in h.children if c.dep_ == "prep"  # "on the day of the collision that"
                    for p in c.children if p.dep_ == "pobj"]
        holders += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        comps = [c for h in holders for c in h.children if c.dep_ in ("acl", "ccomp", "relcl") and that_complement(c)][:1]
        comps = comps or [c for h in holders for c in h.children if told_clause(verb, h, c)][:1]
    if not comps:
        return that_clause(verb) or detached_clause(verb)
    start = min(c.left_edge.i for c in comps)
    end = max(c.right_edge.i for c in comps) + 1
    if start <= verb.i < end:
        comps = [c for c in comps if c.i > verb.i]
        if not comps:
            return None
        start, end = min(c.left_edge.i for c in comps), max(c.right_edge.i for c in comps) + 1
    end = min([end] + [coordination_start(t) for t in verb.doc[start:end] if coordinated_with(t) == verb]
              + [phrase.i - 1 for phrase in channel_after(verb) if start < phrase.i < end])  # ", in an interview"
    end = max([end] + [c.right_edge.i + 1 for c in second_complements(verb, end)])
    for adv in verb.rights:  # "said the pool would close because the roof leaks": the reason hung on "said"
        if adv.dep_ == "advcl" and adv.left_edge.i in (end, end + 1) and verb.doc[adv.left_edge.i].lower_ in REASON_MARKS \
                and all(t.text == "," for t in verb.doc[end:adv.left_edge.i]):
            end = adv.right_edge.i + 1
    last = max(comps, key=lambda c: c.i)
    for adv in last.rights:
        marks = {m.lower_ for m in adv.children if m.dep_ == "mark"}
        if adv.dep_ == "advcl" and marks and (marks & TRAILING_ADVERBIAL_MARKS or is_reporting_verb(adv)) \
                and adv.left_edge.i > last.i \
                and verb.doc[adv.left_edge.i - 1].text == ",":
            end = min(end, adv.left_edge.i - 1)
    contrast = next((c.left_edge.i for c in verb.children if c.dep_ == "ccomp" and dashed_contrast(c)), None)
    return start, min(end, contrast - 2) if contrast is not None and start < contrast - 2 < end else end


DASHES = frozenset("— – -".split())


def dashed_contrast(clause: Token) -> bool:
    """"The trust insists the closure is temporary — but furious locals don't believe it": a clause after a dash
    and "but" (or "yet") is the writer's answer to what was said, though the parser hung it on the reporting verb."""
    at, doc = clause.left_edge.i, clause.doc
    return at >= 2 and doc[at - 1].lower_ in ("but", "yet") and doc[at - 2].text in DASHES


def told_clause(verb: Token, addressee: Token, clause: Token) -> bool:
    """"told the Bench Report the company would appeal": the parser hung what was told on the addressee, a name, as
    a relative clause; one with a subject of its own, no relative pronoun, is what was told (a name takes no
    restrictive relative clause)."""
    return (verb.lemma_ in ADDRESSEE_VERBS and addressee.dep_ in ("dobj", "dative") and addressee.pos_ == "PROPN"
            and clause.dep_ == "relcl" and clause.i > addressee.i
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_WORDS | {"that"}
                    for c in clause.children))


def own_sentence_before(clause: Token, verb: Token) -> bool:
    """"He calls for a bridge; she calls for a tunnel": a clause before the verb and a semicolon is a sentence
    of its own, not what the verb reports (that one ends in a comma: "The bridge is safe, she said")."""
    return clause.i < verb.i and any(t.text == ";" for t in verb.doc[clause.right_edge.i + 1:verb.i])


def second_complements(verb: Token, end: int) -> list[Token]:
    """"said that A, and that B", "said A, but “B”", "said the ferry had sailed but would be back": a clause
    coordinated with the reporting verb right after the content, opened by "that", quoting the speaker, or
    a predicate without a subject in another tense than the reporting verb's (the tense of what was said,
    the sign coordinated_with reads the other way), and not a report of its own, goes on with what was said."""
    doc = verb.doc
    out = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < end or is_reporting_verb(conj):
            continue
        opening = [t for t in doc[end:conj.left_edge.i + 1] if not (t.is_punct or t.is_quote)]
        if not opening or opening[0].dep_ != "cc" or opening[0].head != verb or opening[0].i > conj.left_edge.i:
            continue
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children)
        quoted = any(t.is_quote for t in doc[conj.left_edge.i:conj.right_edge.i + 1])
        subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children)
        if that or quoted and subject or not subject and finite_form(conj) != finite_form(verb):
            out.append(conj)
    return out


def detached_clause(verb: Token) -> Optional[tuple[int, int]]:
    """"with X telling journalists on Monday she saw ...": the clause right after the verb's phrase,
    which the parser hung on a verb above it."""
    doc = verb.doc
    after = verb.right_edge.i + 1
    if after >= len(doc) or verb.tag_ not in ("VBG", "VBD", "VBZ", "VBP", "VBN") or any(
            t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1:after]):
        return None  # "responds to X, with Y telling ...": the clause follows another verb's phrase
    clause = next((c for c in verb.ancestors if c.dep_ == "ccomp" and c.left_edge.i == after), None)
    if clause is None and verb.dep_ == "acl" and reporting_participle(verb):
        clause = verb.head.head  # "Outlets reported on Wednesday the agency had ...": the parser's main clause
    if clause is None:
        clause = next((c for a in verb.ancestors for c in a.children
                       if c.dep_ == "ccomp" and c.left_edge.i == after), None)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    return after, clause.right_edge.i + 1


def coordination_start(verb: Token) -> int:
    """Where "..., and noted" begins: the conjunction, or the comma before it."""
    start = next(t.i for t in reversed(verb.doc[:verb.i]) if t.dep_ == "cc")
    return start - 1 if verb.doc[start - 1].text == "," else start


def that_complement(clause: Token) -> bool:
    """"in a statement that the border was closed": a that-clause completing the noun. The parser may take
    it for a relative clause; it is none when "that" cannot be its object (passive, or a copula)."""
    that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None)
    if that is None and clause.dep_ == "relcl" and clause.left_edge.lower_ == "that":
        that = clause.left_edge  # the object of a verb inside the clause ("that the ship appeared to have lost")
    if that is None:
        return False
    if clause.dep_ != "relcl" or that.dep_ == "mark":
        return that.dep_ == "mark"
    # ... or the verb the parser made it the object of has an object already ("the collision that the ship appeared
    # to have lost steering": nothing is missing from the clause for "that" to stand for)
    return any(c.dep_ == "nsubjpass" for c in clause.children) or (
        clause.lemma_ == "be" and any(c.dep_ == "nsubj" for c in clause.children)) or (
        that.dep_ == "dobj" and any(c.dep_ == "dobj" and c != that for c in that.head.children))


def that_clause(verb: Token) -> Optional[tuple[int, int]]:
    """"states that ..." when the parser did not make the clause a complement: the words after "that",
    up to the end of the verb's phrase or a ", adding ..." after it."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "that":
        return None
    end = verb.right_edge.i + 1
    for tok in doc[verb.i + 2:end - 1]:
        if tok.text == "," and doc[tok.i + 1].tag_ == "VBG" and doc[tok.i + 1].head == verb:
            end = tok.i
            break
    return verb.i + 2, end


def directive_content(verb: Token) -> Optional[tuple[int, int]]:
    """"urged Congress to act", "called on the council to reverse the cuts", "called for the city to hire
    more teachers": whom the source asks, and to do what."""
    lemma = verb.lemma_.lower()
    act = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if act is None:
        return None
    if lemma in DIRECTIVE_VERBS:
        whom = next((c for c in verb.children if c.dep_ == "dobj" and c.i < act.i), None)
    elif lemma == "call":  # the "on" after the verb: "On Monday, she called on ..." has one before it
        on = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and c.i > verb.i), None)
        if on is not None and on.i + 1 < act.left_edge.i:  # whoever stands between "on" and the act, however parsed
            return None if verb.doc[on.i + 1].ent_type_ in ("DATE", "TIME") else (on.i + 1, further_acts_end(verb, act))
        whom = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")  # "for the files to be released"
                     and verb.doc[c.left_edge.i - 1].lower_ == "for"), None)
        if whom is None:  # "called for an auditor to review the books", the act hung on "called"
            whom = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i
                         for p in c.children if p.dep_ == "pobj" and p.right_edge.i + 1 == act.left_edge.i), None)
    else:
        return None
    if whom is None or whom.ent_type_ in ("DATE", "TIME"):  # "called on Monday to say ...": a call, no directive
        return None
    return whom.left_edge.i, further_acts_end(verb, act)


def commitment_content(verb: Token) -> Optional[tuple[int, int]]:
    """"vowed to fight on", "threatened to quit the coalition": the act the source commits to; also what a source
    claims of itself with an infinitive ("claimed to be undecided")."""
    if verb.lemma_.lower() not in COMMISSIVE_VERBS | INFINITIVE_CLAIM_VERBS or any(
            c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME") for c in verb.children):  # "promised Monday to ..."
        return None
    act = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i  # advcl: "vowed Monday to ..."
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return (act.left_edge.i, further_acts_end(verb, act)) if act is not None else None


def further_acts_end(verb: Token, act: Token) -> int:
    """Where the act ends with those listed after it: "urged the council to raise the tax, hire teachers and
    repair the roof". The parser hangs "hire" and "repair" on some verb above; a bare verb without a subject
    of its own right after a comma or "and" goes on with the act (the asking verb has a tense, the acts none)."""
    doc = verb.doc
    end = act.right_edge.i + 1
    while True:
        nxt = end
        while nxt < len(doc) and nxt - end < 2 and (doc[nxt].text == "," or doc[nxt].dep_ == "cc"):
            nxt += 1
        tok = doc[nxt] if end < nxt < len(doc) else None
        if tok is None or tok.dep_ != "conj" or tok.tag_ not in ("VB", "VBP") or tok.tag_ == verb.tag_ \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return end
        end = tok.right_edge.i + 1


def can_commit(speaker: Token) -> bool:
    """Someone who can vow or threaten: a person or a body ("the union"), not "rising costs threaten to ..."."""
    lemma = speaker.lemma_.lower()
    return (can_speak(speaker) and speaker.lower_ not in OBJECT_PRONOUNS  # a subject: "him" is a misparse
            or speaker.pos_ == "PROPN"
            or speaker.lower_ in QUANTIFIER_PRONOUNS  # "both vowed to ..."
            or lemma in PLAN_NOUNS or lemma in DOCUMENT_NOUNS)  # "her plan promises to ..."


QUESTION_WORDS = frozenset("if whether who whom whose what which when where why how".split())


def question_content(verb: Token) -> Optional[tuple[int, int]]:
    """"asked the pupils if they were ready", "asked why the plant closed": the question asked."""
    if verb.lemma_.lower() not in QUESTION_VERBS:
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i > verb.i
                   and verb.doc[c.left_edge.i].lower_ in QUESTION_WORDS), None)
    return (clause.left_edge.i, clause.right_edge.i + 1) if clause is not None else None


def gerund_content(verb: Token) -> Optional[tuple[int, int]]:
    """"reported losing $2 million", "recalled meeting him twice": what the gerund right after the verb says;
    also "said seeing the police there was a relief", a clause whose subject the parser took for the gerund."""
    if verb.i + 1 >= len(verb.doc):
        return None
    gerund = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG"
                   and c.left_edge.i == verb.i + 1), None)
    if gerund is None:
        return None
    clause = any(c.dep_ == "ccomp" and c.i > gerund.i for c in gerund.children)
    if verb.lemma_.lower() not in GERUND_VERBS and not clause:
        return None
    return gerund.left_edge.i, gerund.right_edge.i + 1


RELATIVE_WORDS = frozenset("who whom whose which where when".split())


def without_trailing_relative(doc: Doc, start: int, end: int) -> int:
    """End of a reported clause without a closing ", which ..." or ", who ..." about a noun in it: the
    writer's background ("... the mayor, who took office in May"), not what the source said."""
    for tok in doc[start:end]:
        if tok.dep_ == "relcl" and tok.right_edge.i + 1 >= end and tok.left_edge.i > start \
                and doc[tok.left_edge.i - 1].text == "," and doc[tok.left_edge.i].lower_ in RELATIVE_WORDS:
            return tok.left_edge.i - 1
    return end


def naming_content(verb: Token) -> Optional[tuple[int, int]]:
    """"called the plan a “total disaster”", "calling it a disgrace": what was named, and the name."""
    named = naming(verb) if verb.lemma_.lower() in NAMING_VERBS else None
    if named is None:
        return None
    obj, name = named
    return obj.left_edge.i, max(c.right_edge.i for c in name) + 1


def refusal(verb: Token) -> bool:
    """"denied the refugees bail", "was denied entry": deny as an act of refusing, whichever way the
    parser hung the thing refused (object, second object, even a verb "bail")."""
    if verb.lemma_.lower() != "deny":
        return False
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "oprd")]
    objects += [g for c in objects for g in c.children if g.dep_ in ("dobj", "nsubj", "appos")]
    return any(t.lemma_.lower() in REFUSED_NOUNS or t.lower_ in REFUSED_NOUNS for t in objects)


def nominal_content(verb: Token) -> Optional[tuple[int, int]]:
    """"denied its responsibility", "accused al-Qaeda of being behind ...", "called for remembrance"."""
    lemma = verb.lemma_.lower()
    if lemma == "call":
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        return (obj.left_edge.i, obj.right_edge.i + 1) if obj is not None else None
    if lemma not in NOMINAL_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    gerund = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > verb.i), None)
    if obj is None and gerund is not None:  # "denied taking bribes", "admitted lying"
        return gerund.left_edge.i, gerund.right_edge.i + 1
    if obj is None and any(c.dep_ == "agent" for c in verb.children):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return (subject.left_edge.i, subject.right_edge.i + 1) if subject is not None else None
    if obj is None or obj.i < verb.i or obj.lower_ in ("it", "this", "that", "them"):
        return None
    if lemma in REASON_VERBS and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.rights):
        return None  # "praised the keeper for saving ..." reports a judgement, "praised the plan" does not
    described_as = any(t.lower_ == "as" for t in verb.subtree if t.i > obj.i)
    if lemma == "describe" and not described_as:
        return None  # "described the treatment" reports nothing; "described it as “a sad time”" does
    if lemma == "deny" and obj.lemma_.lower() in REFUSED_NOUNS:
        return None  # "denied entry" is an act; "denied its responsibility", "denied taking bribes" are statements
    if lemma in DENY_VERBS - {"deny"} and not described_as and obj.lemma_.lower() not in CLAIM_NOUNS:
        return None  # "rejected the allegations" is a statement, "dismissed the case" an act
    end = obj.right_edge.i + 1
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "as", "for") and prep.i >= end - 1:
            end = max(end, prep.right_edge.i + 1)
    return obj.left_edge.i, end


CLAUSE_DEPS = frozenset("relcl acl ccomp advcl xcomp pcomp".split())
TOPIC_PREPOSITIONS = frozenset("of about against".split())  # "warned of ...", "cautioned against ..."


def clause_object_content(verb: Token) -> Optional[tuple[int, int]]:
    """"recalled the day the river burst its banks", "praised the council's decision to reopen the pool",
    "warned of a virus that spreads through water": an object that holds a clause of its own (relative,
    complement, infinitive, participle), or a gerund after "of", "about" or "against" ("cautioned against
    closing the mill"), says something that can be checked, so it is what was said; a bare object
    ("recalled his childhood", "warned of a virus") only names a topic."""
    if verb.lemma_.lower() not in CLAUSE_OBJECT_VERBS | NOMINAL_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None and verb.lemma_.lower() in CLAUSE_OBJECT_VERBS:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS and c.i > verb.i), None)
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None or any(t.text == ":" for t in verb.doc[obj.left_edge.i:obj.right_edge.i]):
        return None  # "described his ordeal: “...”": the quote after the colon is what was said
    if not (obj.dep_ == "pcomp" and obj.tag_ == "VBG") and not any(
            t.pos_ in ("VERB", "AUX") and t.dep_ in CLAUSE_DEPS for t in obj.subtree if t.i > obj.i):
        return None
    return obj.left_edge.i, obj.right_edge.i + 1


def swallowed_clause(verb: Token) -> Optional[tuple[int, int]]:
    """"the candidate said families of people hurt by floods file lawsuits": "say" reports a clause, not a thing;
    an object the parser found for it that holds a verb is a clause it misread (not "said nothing", "say the
    same of her", "said a prayer")."""
    if verb.lemma_.lower() != "say":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ == "PRON" or not any(
            t.pos_ in ("VERB", "AUX") or t.tag_ in FINITE_TAGS for t in obj.subtree if t.i > obj.i):
        return None
    return obj.left_edge.i, obj.right_edge.i + 1


def participle_subject_clause(verb: Token) -> Optional[tuple[int, int]]:
    """"..., stating local officials are in charge": the clause the parser built on the participle as its subject."""
    return (verb.i + 1, verb.head.right_edge.i + 1) if misread_subject(verb) else None


def plan_content(verb: Token) -> Optional[tuple[int, int]]:
    """"announced plans to sue the board": a plan made known, and what it is to do."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.lemma_.lower() in PLAN_NOUNS), None)
    act = next((c for c in obj.children if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)),
               None) if obj is not None else None
    return (obj.left_edge.i, act.right_edge.i + 1) if act is not None else None


def parenthetical_content(verb: Token) -> Optional[tuple[int, int]]:
    """"Prosecutors, he said, had always thought ..." or "As she told X, ...": the clause around the cue.
    A frame set off by commas inside the clause it reports ("The plant, the firm said on Monday, will close",
    "Every Friday, a former aide told the Gazette, she led the meeting") takes the clause on both sides
    (from_verb leaves the frame out), as does one between two coordinated parts of what was said ("A, the office
    says, and B"); "As she told X, ..." takes the part after it if long enough."""
    as_clause = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    head = verb.head
    while head.dep_ in ("aux", "auxpass") and head.head != head:  # "X, the paper said, was not worried": the parser
        head = head.head  # may hang the frame on the auxiliary; the clause is its verb's
    framed = inner_frame(verb) is not None  # set off by commas inside a sentence
    inside = not as_clause and head.i > verb.i and framed and (
        verb.dep_ == "parataxis" or verb.dep_ in ("advcl", "ccomp") and not any(
            c.dep_ in ("ccomp", "xcomp") for c in verb.children))
    if inside:
        return min(head.left_edge.i, verb.left_edge.i), head.right_edge.i + 1
    if verb.dep_ != "parataxis" and not as_clause:
        return None
    lo, hi = verb.left_edge.i, verb.right_edge.i + 1
    after = (hi, head.right_edge.i + 1)
    before = (head.left_edge.i, lo)
    credit = next((t for t in verb.doc[after[0]:after[1]] if not t.is_punct), None)
    if credit is not None and credit.lower_ == "according":  # "A, X said, according to Reuters": the frame's credit
        after = (after[0], after[0])
    elif credit is not None and before[1] - before[0] >= 3 and framed and (
            credit.dep_ == "cc" and credit.head == head or circumstance(verb.doc, *after)):
        return before[0], after[1]  # "A, the office says, and B", "A, she said, until B": the frame stands between
        # two parts of what was said, both the speaker's (from_verb leaves the frame out)
    return after if after[1] - after[0] >= 3 else before if before[1] - before[0] >= 3 else None


def circumstance(doc: Doc, start: int, end: int) -> bool:
    """The tokens [start, end) after a frame set off by commas finish the clause before it ("A, Mr Clarke said,
    until it went bankrupt"; "A, the council said, two weeks after the storm hit"): the phrase their first word
    heads is a clause with a subordinator (`CIRCUMSTANCE_MARKS`), not a statement of its own."""
    first = next((t for t in doc[start:end] if not t.is_punct), None)
    if first is None:
        return False
    top = first
    while top.head != top and start <= top.head.i < end:
        top = top.head
    return any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS and start <= c.i < end for c in top.children)


def relative_frame(verb: Token) -> Optional[tuple[tuple[int, int], tuple[int, int]]]:
    """"the program, which critics say kept teenagers off the streets", "the standards, which he argued help
    pupils": a frame inside a relative clause, whose relative pronoun is the subject of what was said. Returns
    the token ranges of the statement (from the pronoun) and of the frame inside it ("critics say")."""
    if verb.dep_ != "relcl":
        return None
    said = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i and (
        c.tag_ in FINITE_TAGS or c.tag_ == "VB" and not any(a.dep_ == "aux" for a in c.children))), None)  # "argue help"
    relatives = RELATIVE_WORDS | {"that"}
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.lower_ not in relatives), None)
    if said is None or subject is None:  # the parser may hang the pronoun on the frame too: "which they argue help"
        return None
    pronoun = next((t for t in list(verb.children) + list(said.children) if t.i < subject.i
                    and t.lower_ in relatives and t.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c != pronoun for c in said.children):
        return None
    if pronoun is None:  # "the files the ministry says are secret": no pronoun, the noun itself is the subject
        noun = verb.head
        if subject.left_edge.i != noun.i + 1 or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        return (noun.left_edge.i, said.right_edge.i + 1), (subject.left_edge.i, verb.i + 1)
    return (pronoun.i, said.right_edge.i + 1), (subject.left_edge.i, verb.i + 1)


FRAME_TAIL_DEPS = frozenset("prep npadvmod advmod punct".split())  # "said on Monday", "told the Gazette" (addressee)


def inner_frame(verb: Token) -> Optional[tuple[int, int]]:
    """Token range of a frame set off by commas inside a sentence: its subject, the verb and what follows
    it ("officials said", "the company said on Monday", "a former aide told the Gazette")."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or any(c.dep_ not in FRAME_TAIL_DEPS and not is_addressee(c) for c in verb.rights):
        return None  # "organizers added 160 guards, ...": a verb with an object of its own tells, it frames nothing
    lo, hi = subject.left_edge.i, verb.right_edge.i + 1
    while hi - 1 > verb.i and doc[hi - 1].is_punct:  # the parser may hang the closing comma on the verb
        hi -= 1
    return (lo, hi) if lo > 0 and hi < len(doc) and doc[lo - 1].text == "," and doc[hi].text == "," else None


def trailing_frame_content(verb: Token) -> Optional[tuple[int, int]]:
    """"A, Defense Secretary Ann Berg told a panel on Wednesday." and "A, said the chief executive.": the
    parser coordinated the frame with A's verb, hung it under A's verb as its complement ("A, union steward
    Ada Kerr told the Gazette."), or as an adverbial clause without a conjunction ("A, the company said on
    Monday — a blow to the town"); A, from its sentence start to the comma, is the statement. Not "A, and X
    said ...", which is two things the writer tells."""
    doc = verb.doc
    left = verb.left_edge.i
    while left < verb.i and doc[left].text == ",":  # the parser may hang the comma before the frame on it
        left += 1
    adverbial = verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children)
    if not (verb.dep_ in ("conj", "ccomp") or adverbial) or verb.head.i > verb.i or left < 2 or doc[left - 1].text != ",":
        return None
    after = doc[verb.right_edge.i + 1:sent_of(verb).end]
    if verb.dep_ == "ccomp" and any(not (t.is_punct or t.is_space) for t in after):
        return None  # a complement that closes its sentence is a frame; one inside it is what A says
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # the frame names its own speaker; one borrowed from A's verb is A's subject
    if doc[left - 2].dep_ == "cc" or any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i and c.tag_ != "NNP"
                                         and not is_addressee(c) for c in verb.children):
        return None
    start = sent_of(verb).start
    return (start, left - 1) if left - 1 - start >= 3 else None


def inverted_content(verb: Token) -> Optional[tuple[int, int]]:
    """"The cut was unavoidable, concedes the ministry.": what was said is the sentence up to the comma before the
    inverted frame (the parser may hang the speaker on the verb as its object, which is no content)."""
    if inverted_speaker(verb) is None:
        return None
    return sent_of(verb).start, verb.i - 1


def is_addressee(tok: Token) -> bool:
    """The one spoken to ("told a Senate panel", "told reporters"): a person, a group or an outlet."""
    return tok.dep_ in ("dobj", "dative") and (tok.ent_type_ in ("PERSON", "ORG", "NORP") or tok.pos_ == "PROPN"
                                               or tok.lemma_.lower() in ADDRESSEE_NOUNS)


# ---------------------------------------------------------------- the passes

def speaker_medium(verb: Token, speaker: Token) -> tuple[Optional[CharSpan], Optional[str]]:
    """The medium named around the verb; else the speaker itself when it is an outlet ("NBC reported"),
    or the outlet a reporter works for ("a reporter for the BBC said")."""
    medium = medium_of(verb, speaking_phrase(verb, speaker) + channel_after(verb))
    if medium[1] is not None:
        return medium
    statement = sent_statement(verb.head) or verb.head if verb.dep_ in ("acl", "relcl") else None
    if statement is not None and statement.lemma_.lower() in STATEMENT_NOUNS:  # "issued a statement saying ..."
        return span_text(verb.doc[statement.i:statement.i + 1])
    src = mention_span(speaker)
    if is_outlet(speaker) and (speaker.pos_ == "PROPN" or speaker.lemma_.lower() in OUTLET_NOUNS):
        return span_text(src)
    clause = speaker_clause_medium(verb.doc[speaker.left_edge.i:speaker.right_edge.i + 1])
    if clause[1] is not None:  # "two officials who spoke to the Gazette said"
        return clause
    if speaker.lemma_.lower() in JOURNALIST_NOUNS:
        outlet = next((t for t in src if t.dep_ == "pobj" and t.head.head.i == speaker.i and is_outlet(t)), None)
        if outlet is not None:
            return span_text(mention_span(outlet))
    return medium


def statement_frame(doc: Doc, cue: Cue) -> Found:
    """Everything about a verb cue's statement but its content: who speaks, through which medium, citing whom."""
    verb, speaker = doc[cue.verb], doc[cue.source]
    src = relative_pronoun(verb, speaker) or speaker_mention(speaker, verb)
    for phrase in speaking_phrase(verb, speaker):  # "..., admitted one farmer to the Courier": not the farmer's
        src = src[:max(1, phrase.left_edge.i - src.start)]
    name = inverted_name(verb, speaker)
    if name is not None:  # "..., admits the head of the delegation, Ana Ruiz, to X"
        src = doc[src.start:name.right_edge.i + 1]
    if src.start < verb.left_edge.i <= verb.i < src.end:  # "The governor, calling it a disgrace, ...": not the name
        src = src[:verb.left_edge.i - src.start]
        while len(src) > 1 and (src[-1].is_punct or src[-1].is_space):
            src = src[:-1]
    base = Found(cue, (0, 0), "direct", (src.start_char, src.end_char), cue.source)
    base.medium, base.medium_text = speaker_medium(verb, speaker)
    citing = next((c for c in verb.children if c.lemma_.lower() == "cite" and c.tag_ == "VBG"), None)
    cited = next((c for c in citing.children if c.dep_ == "dobj"), None) if citing is not None else None
    if cited is not None:  # "the newspaper reported, citing two officials, that ..."
        base.cites = mention_span(cited).text
    return base


def relative_pronoun(verb: Token, speaker: Token) -> Optional[Span]:
    """"officials, who said ...": the speaker is named in the sentence by the relative pronoun; the source
    resolver names the noun it stands for."""
    if verb.dep_ != "relcl" or verb.head != speaker:
        return None
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS), None)
    return verb.doc[pronoun.i:pronoun.i + 1] if pronoun is not None else None


def from_verb(doc: Doc, cue: Cue) -> Optional[Found]:
    """Pass 1: the statement a reporting verb introduces, or a pending speaker, or nothing."""
    if cue.source is None:
        return None
    verb = doc[cue.verb]
    base = statement_frame(doc, cue)
    if cue.kind == "statement":
        return with_quote_after(doc, base) or replace(base, pending=True)
    if refusal(verb):
        return None
    before = quote_before(doc, verb, doc[cue.source])
    if before is not None:
        return replace(base, content=before[0], quote=before[1])  # a quote after the frame is floated on
    relative = relative_frame(verb)
    region = relative[0] if relative is not None else inverted_content(verb) or clause_content(verb)
    if region is None:
        quoted = with_quote_after(doc, base)
        if quoted is not None:
            return quoted
        region = (directive_content(verb) or (commitment_content(verb) if can_commit(doc[cue.source]) else None)
                  or question_content(verb)
                  or gerund_content(verb) or naming_content(verb) or nominal_content(verb) or plan_content(verb)
                  or clause_object_content(verb)
                  or parenthetical_content(verb)
                  or trailing_frame_content(verb) or swallowed_clause(verb) or participle_subject_clause(verb))
    if region is None:
        ends_open = any(t.text in (":", ",") for t in doc[verb.i + 1: sent_of(verb).end][-2:])
        return replace(base, pending=True) if ends_open else None
    if verb.lemma_.lower() == "answer" and (doc[region[0]].lower_ in QUESTION_WORDS or any(
            c.dep_ == "dobj" for c in verb.children)):
        return None  # "answered how he would do it", "in answering a question, ...": the question, not the answer
    if doc[region[0]].lower_ == "citing" and doc[region[0]].right_edge.i + 1 < region[1]:
        cited = next((c for c in doc[region[0]].children if c.dep_ == "dobj"), None)  # "..., citing X, that ..."
        base.cites = mention_span(cited).text if cited is not None else base.cites
        region = (doc[region[0]].right_edge.i + 1, region[1])
    denied = reported_denial(doc, *region)
    if denied is not None:
        base.denial, region = denied.i, next(c for c in denied.children if c.dep_ == "ccomp")
        region = (region.left_edge.i, region.right_edge.i + 1)
    span = trim(doc, region[0], without_trailing_relative(doc, *region))
    if span is None:
        return None
    frame = relative[1] if relative is not None else inner_frame(verb) if region[0] < verb.i < region[1] else None
    if frame is not None:  # "The plant, the firm said, will close": the frame is no part of what was said
        before, after = trim(doc, region[0], frame[0]), trim(doc, frame[1], region[1])
        # "Rather, he said, ...": an adverb alone before the frame is the writer's; a subject alone is the speaker's
        # ("Prosecutors, he said, had always thought ...")
        if before is not None and after is not None and words(doc, before) < 2 and relative is None \
                and token_at(doc, before[0]).pos_ not in ("NOUN", "PROPN", "PRON"):
            span = (after[0], span[1])
        elif before is not None and after is not None:
            base.aside = (before[1], after[0])
    content, kind = with_quotes(doc, quote_appended(doc, span))
    return replace(base, content=content, quote=kind)


def reported_denial(doc: Doc, start: int, end: int) -> Optional[Token]:
    """"Police denied that the fire was arson, a spokesperson told Reuters": the content reports a denial,
    so the statement is that denial (its clause, stance deny), made through the spokesperson."""
    roots = [t for t in doc[start:end] if not start <= t.head.i < end or t.head == t]
    if len(roots) != 1 or roots[0].lemma_.lower() not in DENY_VERBS:
        return None
    return roots[0] if any(c.dep_ == "ccomp" for c in roots[0].children) else None


def with_quote_after(doc: Doc, base: Found) -> Optional[Found]:
    """The statement whose content is the quote right after the cue ("X said: “A”"), taking that quote."""
    q = quote_after(doc, doc[base.cue.end - 1])
    if q is None:
        return None
    q.used = True
    return replace(base, content=(q.start, q.end))


def is_record(tok: Token) -> bool:
    """"a transcript", "the poll", "pool reports": a record of what was said, which the writer names as where
    the statement comes from ("X said A, according to a transcript"); the record is the source, X what it cites."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in DOCUMENT_NOUNS | STATEMENT_NOUNS


def apply_according(doc: Doc, cue: Cue, found: Statements) -> Optional[Found]:
    """Pass 2: "according to X" as medium/cited source of a statement in its clause, or its own statement."""
    src_tok = doc[cue.source]
    named = mention_span(src_tok)
    src = speaker_mention(src_tok, doc[cue.start]) if src_tok.dep_ == "pobj" else doc[src_tok.left_edge.i:src_tok.i + 1]
    src = without_clause_subject(src, src_tok, doc[cue.verb])
    phrase = (doc[cue.start].idx, src.end_char)
    # "A, X said, according to Reuters": X's frame hangs on A's verb, as the phrase does
    frames = [c.i for c in doc[cue.verb].children if c.dep_ == "parataxis" and c.i < cue.start]
    # "X said A, as reported by Reuters": the parser may hang the phrase on A's verb, inside X's statement
    hung = found.around(doc[cue.verb].idx) if doc[cue.start].lower_ == "as" else []
    candidates = {id(f): f for f in [*found.around(phrase[0], [cue.verb, *frames]), *hung]}
    for f in sorted(candidates.values(), key=lambda f: f.cue.verb not in frames):
        same_verb = f.cue.verb in (cue.verb, *frames) or any(f is h for h in hung)
        inside = f.content[0] <= phrase[0] < f.content[1]
        if not (same_verb or inside):
            continue
        closing = not inside or f.content[1] <= phrase[1] + 1  # "X said A, according to a transcript."
        if is_record(src_tok) and closing:
            f.cites = doc.text[slice(*f.source)] if f.source is not None else f.cites
            f.source, f.source_head, f.cue = (src.start_char, src.end_char), src_tok.i, cue
        elif is_outlet(src_tok):
            if f.medium_text is None:
                f.medium, f.medium_text = span_text(named)
        else:
            f.cites = named.text
        if inside and closing:
            cut = trim(doc, token_at(doc, f.content[0]).i, doc[cue.start].i)
            if cut is not None:
                f.content = cut
        return None
    head, sent = doc[cue.verb], sent_of(doc[cue.start])
    set_off = doc[cue.start - 1].text == "," and src.end < sent.end and doc[src.end].text in (",", ".", ";")
    if head.pos_ not in ("VERB", "AUX") and not set_off:
        return None
    after = trim(doc, src.end, head.right_edge.i + 1)
    before = trim(doc, head.left_edge.i, cue.start)
    opens = cue.start <= head.left_edge.i + 1 or doc[cue.start - 1].text in (":", ";") or (
        # "According to X, ...", "In addition, according to X, ...", "But, according to X, ...", "...: According to X, ..."
        (before is None or words(doc, before) <= 3) and after is not None and words(doc, after) >= 3)
    aside = None
    if not opens and set_off:  # "A, according to X." and "A, according to X, B.": the sentence around the phrase,
        before = trim(doc, sent.start, cue.start)  # also when the parser hung the phrase on a word inside A
        after = trim(doc, src.end, sent.end) if doc[src.end].text == "," else None
        if before is not None and after is not None and words(doc, after) >= 3:
            before, aside = (before[0], after[1]), (before[1], after[0])
    span = after if opens else before
    if span is None or words(doc, span) < 3:
        return None
    content, kind = with_quotes(doc, span)
    medium, medium_text = speaker_clause_medium(src)
    return Found(cue, content, kind, (src.start_char, src.end_char), src_tok.i, medium, medium_text, aside=aside)


def without_clause_subject(src: Span, name: Token, verb: Token) -> Span:
    """"According to the Farmer, warming and ozone could cut yields": the parser may join the clause's subject to
    the name credited, across the comma, as its conjunct; when the clause's verb has no subject of its own, the
    credit ends at the comma and what follows it is said."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return src
    comma = next((t for t in src if t.i > name.i and t.text == ","), None)
    if comma is None or not any(c.dep_ == "conj" and c.i > comma.i for c in name.children):
        return src
    return src.doc[src.start:comma.i]


FRAME_MARKS = frozenset(":—–-")
MIN_QUOTE_WORDS = 3  # a quoted word or two is a term the writer marks, not a statement


def free_quotes(doc: Doc) -> Iterator[Quote]:
    """The quotes no statement has taken yet (checked as the caller goes, so a pass can take some)."""
    return (q for q in doc._.quotes if not q.used and words(doc, (q.start, q.end)) >= MIN_QUOTE_WORDS)


def framed_quotes(doc: Doc) -> list[Found]:
    """Pass 3: “...” after a colon or dash whose clause has a person as subject, or is just a name."""
    out = []
    for q in free_quotes(doc):
        opener = token_at(doc, q.start - 1)
        mark = opener.i - 1
        while mark >= 0 and doc[mark].is_space:
            mark -= 1
        if mark < 1 or doc[mark].text not in FRAME_MARKS or sent_of(doc[mark]) != sent_of(opener):
            continue
        frame = doc[sent_of(opener).start:mark]
        subj = next((t for t in frame if t.dep_ in ("nsubj", "nsubjpass") and t.head.i < mark), None)
        if subj is None and frame.root.pos_ in ("NOUN", "PROPN"):
            subj = frame.root
        if subj is None or not person_like(subj):
            continue
        verb = subj.head if subj.head.i < mark and subj.head is not subj else doc[mark]
        src = mention_span(subj)
        q.used = True
        out.append(Found(Cue(verb.i, verb.i + 1, verb.i, "frame", subj.i), (q.start, q.end), "direct",
                         (src.start_char, src.end_char), subj.i))
    return out


FRAME_WORD_TAGS = frozenset("VBD VBZ VBN NNS NN".split())  # "states", "asked" as the tagger may read them


def misparsed_frames(doc: Doc) -> list[Found]:
    """Pass 3b: “...,” a narrator in the commercial states. — a quote, then a short noun phrase and a reporting
    word the parser did not take for a verb (a noun "states", a participle "asked"): the frame, read off the
    words as they come."""
    out = []
    for q in free_quotes(doc):
        i = token_at(doc, q.end).i
        while i < len(doc) and (doc[i].text == "," or doc[i].tag_ == "''" or doc[i].text in MARKS):
            i += 1  # past the comma and the closing mark, in either order
        start = i
        while i < len(doc) and i - start <= 6 and (doc[i].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON")
                                                  or doc[i].tag_ in ("HYPH", "POS") or doc[i].pos_ == "ADP" and i > start) \
                and not is_frame_word(doc[i]):
            i += 1
        if i == start or i >= len(doc) or not is_frame_word(doc[i]) or doc[i - 1].tag_ == "HYPH":
            continue
        if any(c.dep_ in ("ccomp", "xcomp") for c in doc[i].children) or doc[i + 1:i + 2].text.lower() == "that":
            continue  # “Why?” The mayor said that ...: the verb has its own content
        names = doc[start:i]
        head = names[-1]  # "a narrator in the commercial", "the 58-year-old"
        if head.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ") or (head.pos_ == "PRON" and head.lower_ not in SPEAKER_PRONOUNS):
            continue
        q.used = True
        out.append(Found(Cue(i, i + 1, i, "verb", head.i), (q.start, q.end), "direct",
                         (names.start_char, names.end_char), head.i))
    return out


def is_frame_word(tok: Token) -> bool:
    """A reporting verb's past or third-person form, whatever the tagger called it ("states", "asked"), not
    the bare word ("a state", "the claim")."""
    lemma = tok.lemma_.lower()
    return (lemma in CLAUSE_VERBS or lemma in QUESTION_VERBS) and tok.tag_ in FRAME_WORD_TAGS and tok.lower_ != lemma


def floating_quotes(doc: Doc, found: list[Found]) -> list[Found]:
    """Pass 4: a quote that opens a sentence without a cue continues the latest speaker before it."""
    extra: list[Found] = []
    by_sentence: dict[int, list[Found]] = {}
    for f in found:
        by_sentence.setdefault(sent_of(doc[f.cue.verb]).start, []).append(f)
    settled = Statements(f for f in found if not f.pending)
    latest = LatestSpeaker(doc, found)
    for q in free_quotes(doc):
        opener = token_at(doc, q.start - 1)
        resumes = opener.i > 0 and doc[opener.i - 1].text == "," and any(
            f.content[1] < q.start and f.quote == "direct" for f in by_sentence.get(sent_of(opener).start, ()))
        if not opens_sentence(opener) and not resumes:  # “A,” he said, “B.” resumes after the frame
            continue
        owner = run_on_owner(doc, q, settled) or latest.before(q)
        if owner is not None:
            q.used = True
            extra.append(replace(owner, content=(q.start, q.end), quote="direct", pending=False, aside=None))
            latest.add(extra[-1])
    return extra


def run_on_owner(doc: Doc, q: Quote, settled: Statements) -> Optional[Found]:
    """A quote that runs on into the next paragraph belongs to whoever is named where it ends:
    "“A.¶“B,” said X" — A is X's too."""
    if not q.runs_on:
        return None
    quotes = doc._.quotes
    n = bisect_right(quotes, q.end, key=start_of)
    if n == len(quotes):
        return None
    return next(iter(settled.around(quotes[n].start)), None)


class LatestSpeaker:
    """The statement or announced speaker that ends last before a quote, for quotes asked in text order:
    each statement joins the candidates once the quotes have passed it, so every quote costs log n."""

    def __init__(self, doc: Doc, found: list[Found]):
        self.doc = doc
        self.added = 0
        self.best: Optional[tuple[int, int, Found]] = None  # (end, -order, statement): the first on a tie
        self.waiting = sorted(((self.ready_at(f), n, f) for n, f in enumerate(found)), key=lambda w: w[:2])
        self.next = 0
        self.quoted_by_verb = {f.cue.verb: f for f in found if f.quote == "direct" and not f.pending}

    def ready_at(self, f: Found) -> int:
        """The first quote start after which f counts as before the quote."""
        cue = self.doc[f.cue.start].idx + 1
        return cue if f.pending else max(cue, f.content[1])

    def add(self, f: Found) -> None:
        """A statement made from a quote just taken; it is before every later quote."""
        self.consider(len(self.waiting) + self.added, f)
        self.added += 1

    def consider(self, order: int, f: Found) -> None:
        candidate = (ends_at(self.doc, f), -order, f)
        if self.best is None or candidate[:2] > self.best[:2]:
            self.best = candidate

    def before(self, q: Quote) -> Optional[Found]:
        """The statement just before the quote, in its paragraph or the one before."""
        while self.next < len(self.waiting) and self.waiting[self.next][0] <= q.start:
            _, order, f = self.waiting[self.next]
            self.consider(order, f)
            self.next += 1
        if self.best is None:
            return None
        last = self.governing_quote(self.best[2])
        para_of = self.doc._.layout.paragraph_of
        return last if para_of(q.start) - para_of(ends_at(self.doc, last)) <= 1 else None

    def governing_quote(self, f: Found) -> Found:
        """“A,” X said, noting that B. “C.”: C goes on with the quote A, whose frame the participle
        ("noting", "adding") hangs on, not with B."""
        verb = self.doc[f.cue.verb]
        if f.quote == "direct" or verb.tag_ != "VBG" or any(c.dep_ == "nsubj" for c in verb.children):
            return f
        return self.quoted_by_verb.get(verb.head.i, f)


def ends_at(doc: Doc, f: Found) -> int:
    """Where a statement ends in the text: after its content, or at its cue when that comes later."""
    return max(f.content[1], doc[f.cue.start].idx)


def split_continuations(doc: Doc, found: list[Found]) -> None:
    """"X told NBC that A, adding that B": B is a statement of its own, so A stops before ", adding";
    B went through the same medium as A. A participle that modifies a noun ("a survey recommending repairs")
    continues nothing: it is part of A."""
    index = Statements(f for f in found if not f.pending)
    for f in found:
        verb = doc[f.cue.verb]
        if verb.tag_ != "VBG" or verb.dep_ == "acl" or any(c.dep_ == "nsubj" for c in verb.children):
            continue
        ancestors = {a.i for a in verb.ancestors}
        for g in index.around(verb.idx, ancestors):
            if g is f or g.pending:
                continue
            inside = g.content[0] < verb.idx < g.content[1]
            if not inside and g.cue.verb not in ancestors:
                continue
            cut = trim(doc, token_at(doc, g.content[0]).i, verb.i) if inside and g.quote != "direct" else None
            if cut is not None:
                g.content = cut
            if f.medium_text is None:
                f.medium, f.medium_text = g.medium, g.medium_text


def credit(f: Found, by: Token) -> None:
    """The outlet (or other reporter) that passed `f` on: its medium when an outlet and it has none yet, else a
    source it cites."""
    if is_outlet(by) and f.medium_text is None:
        f.medium, f.medium_text = span_text(mention_span(by))
    else:
        f.cites = f.cites or mention_span(by).text


def closing_credits(doc: Doc, found: list[Found]) -> list[Found]:
    """"X said A, Reuters reported" and `X said: “A,” Reuters reported`: a report that closes its sentence after
    another speaker's statement (inside its content, or the same quote) passes that statement on, as "according
    to Reuters" does. It becomes the statement's medium (an outlet) or cited source, not a statement of its own.
    Only an outlet, or a speaker that reports, passes a statement on: "Police denied A, a spokesperson told
    Reuters" is the spokesperson's (a reported denial)."""
    settled = [f for f in found if not f.pending]
    closing = [f for f in settled if f.content[1] <= doc[f.cue.start].idx and f.source and f.content[1] <= f.source[0]
               and f.denial is None]
    dropped = set()
    for f in closing:
        speaker = doc[f.source_head] if f.source_head is not None else token_at(doc, f.source[0])
        if not is_outlet(speaker) and doc[f.cue.verb].lemma_.lower() != "report":
            continue
        inner = next((g for g in settled if g is not f and id(g) not in dropped and g.source
                      and (g.content == f.content and doc[g.cue.start].idx < g.content[0]
                           or f.content[0] <= g.source[0] and doc[g.cue.start].idx < f.content[1] <= g.content[1])),
                     None)
        if inner is None:
            continue
        credit(inner, speaker)
        dropped.add(id(f))
    return [f for f in found if id(f) not in dropped]


def frame_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """`“A?” X asked, Reuters reported` and `“A,” X said on Monday, according to Reuters`: the parser left the
    quote out of the report, which took the frame ("X asked", "X said on Monday") for what was reported. A
    report (an outlet's, or any "reported") of nothing but another statement's frame passes that statement on,
    as in `closing_credits`, and is no statement of its own. Runs after the quotes have found their frames."""
    dropped = set()
    for f in found:
        if f.pending or not f.source or f.content[1] > f.source[0]:
            continue
        speaker = doc[f.source_head] if f.source_head is not None else token_at(doc, f.source[0])
        if not is_outlet(speaker) and doc[f.cue.verb].lemma_.lower() != "report":
            continue
        inner = next((g for g in found if g is not f and not g.pending and g.source
                      and g.content[1] <= f.content[0] <= g.source[0] <= doc[g.cue.start].idx < f.content[1]
                      and all(t.dep_ in FRAME_TAIL_DEPS or is_addressee(t)
                              for t in doc[g.cue.verb].rights if t.idx < f.content[1])), None)
        if inner is not None:
            credit(inner, speaker)
            dropped.add(id(f))
    return [f for f in found if id(f) not in dropped]


def interrupting_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """"Harbour officials, the Coastline Wire reported, blamed the storm": a report set off by commas between a
    speaker and the verb it says with passes that speaker's statement on, as a closing report does; it is no
    statement of its own (its content would hold the speaker's)."""
    dropped = set()
    for f in found:
        verb = doc[f.cue.verb]
        if f.pending or not f.source or verb.dep_ != "parataxis" or verb.head.i < verb.i:
            continue
        speaker = doc[f.source_head] if f.source_head is not None else token_at(doc, f.source[0])
        if not is_outlet(speaker) and verb.lemma_.lower() != "report":
            continue
        inner = next((g for g in found if g is not f and not g.pending and g.cue.verb == verb.head.i and g.source
                      and g.source[1] <= f.source[0]), None)
        if inner is not None:
            credit(inner, speaker)
            dropped.add(id(f))
    return [f for f in found if id(f) not in dropped]


def outer_reports(doc: Doc, found: list[Found]) -> list[Found]:
    """`“A,” X said, Reuters reported` and "A, X said, Reuters reported": a speaker's frame hung on a report
    that closes the sentence is passed on by that report, as "X said A, Reuters reported" is
    (`closing_credits`). The report is no statement of its own, and X's content stops before X's own frame. A
    denial the report holds stays the report's (`reported_denial`). ("X said A, as reported by Reuters" is an
    "according to" cue: `apply_according`.)"""
    dropped = set()
    denials = {f.denial for f in found if f.denial is not None}
    for f in found:
        if f.pending or f.cue.verb in denials:
            continue
        verb = doc[f.cue.verb]
        report, reporter = closing_report(verb)
        if report is not None:
            credit(f, reporter)
            dropped.add(report.i)
            end = reporter.left_edge.i if report.head == verb else token_at(doc, f.source[0]).i if f.source else None
            if end is not None and f.content[0] < doc[end].idx < f.content[1]:  # the parser took the frames into A
                cut = trim(doc, token_at(doc, f.content[0]).i, end)  # (a quote it holds keeps its closing mark)
                f.content, f.aside = (with_quotes(doc, cut)[0], None) if cut is not None else (f.content, f.aside)
    return [f for f in found if f.pending or f.cue.verb not in dropped]


def closing_report(verb: Token) -> tuple[Optional[Token], Optional[Token]]:
    """The report closing a speaker's frame, and who reports: ", Reuters reported" parsed as the head the frame
    hangs on, or as a clause under the frame that reports nothing after its subject ("X said A, Reuters
    reported" with A hung on "reported")."""
    candidates = [verb.head] if verb.dep_ in ("parataxis", "ccomp") and verb.head.i > verb.i else []
    candidates += [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i > verb.i]
    for report in candidates:
        reporter = next((c for c in report.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        if (reporter is None or reporter.left_edge.i == 0 or verb.doc[reporter.left_edge.i - 1].text != ","
                or any(g.dep_ in ("ccomp", "dobj", "xcomp") and g.i > reporter.i for g in report.children)):
            continue  # "X said A, and Reuters reported B": the report tells a thing of its own
        lemma = report.lemma_.lower()
        if lemma in ("report", "say") and (is_outlet(reporter) or lemma == "report") or lemma == "write" and (
                is_outlet(reporter) or reporter.pos_ == "PROPN" and reporter.ent_type_ != "PERSON"):
            return report, reporter  # "..., the Tessa Report wrote": a named publication writes
    return None, None


def nested(doc: Doc, f: Found, reported: Statements) -> bool:
    """A report inside another statement's (reported) content ("they say the results confirm ...") is part of it."""
    return any(g is not f for g in reported.around(doc[f.cue.start].idx))


@Language.component("speech_finder")
def speech_finder(doc: Doc) -> Doc:
    """Store the attributed statements as doc._.found, in text order of their content."""
    found: list[Found] = []
    for cue in doc._.cues:
        if cue.kind != "according":
            f = from_verb(doc, cue)
            if f is not None:
                found.append(f)
    settled = Statements(f for f in found if not f.pending)
    for cue in doc._.cues:
        if cue.kind == "according":
            f = apply_according(doc, cue, settled)
            if f is not None:
                found.append(f)
                settled.add(f)
    split_continuations(doc, found)
    found = interrupting_reports(doc, outer_reports(doc, closing_credits(doc, found)))
    reported = Statements(f for f in found if not f.pending and f.quote != "direct")
    denials = {f.denial for f in found if f.denial is not None}
    found = [f for f in found if not nested(doc, f, reported) and f.cue.verb not in denials]
    found += framed_quotes(doc)
    found += misparsed_frames(doc)
    found += floating_quotes(doc, found)
    found = frame_reports(doc, found)
    doc._.found = sorted((f for f in found if not f.pending), key=lambda f: f.content[0])
    return doc
