"""The medium of a statement: the outlet or channel it went through."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .lexicon import ADDRESSEE_VERBS, OUTLET_NOUNS, PASSED_ON_VERBS, STATEMENT_NOUNS, VERB_MEDIUM
from .mentions import CharSpan, is_outlet, mention_span, span_text

SOCIAL_NETWORKS = frozenset("twitter facebook instagram telegram tiktok youtube weibo".split())


def medium_of(verb: Token, phrases: tuple[Token, ...] = ()) -> tuple[Optional[CharSpan], Optional[str]]:
    """The outlet or channel a statement went through: "told NBC News", "to CNN", "in a statement", "tweeted",
    "Reuters quoted X as saying"; also in phrases of the verb's the parser hung elsewhere ("admitted one farmer
    to the Courier": on the speaker)."""
    doc, lemma = verb.doc, verb.lemma_.lower()
    quoting = next((a for a in verb.ancestors if a.lemma_.lower() == "quote"), None)
    outlet = [c for c in quoting.children if c.dep_ == "nsubj" and (is_outlet(c) or named_thing(c))] \
        if quoting is not None else []
    if outlet:  # "Reuters quoted a spokesman as saying ...": the outlet that quoted
        return span_text(mention_span(outlet[0]))
    fallback: tuple[Optional[CharSpan], Optional[str]] = (None, VERB_MEDIUM.get(lemma))
    speaking = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in ("speak", "talk")]
    for child in [*verb.children, *phrases, *(g for c in speaking for g in c.children)]:  # "Speaking to the BBC, ..."
        if child.dep_ in ("dobj", "dative") and lemma in ADDRESSEE_VERBS:
            if is_outlet(child) or the_agency(child) or numbered_name(child) is not None or named_by_kind(child) or (
                    child.pos_ == "PROPN" and child.ent_type_ not in ("PERSON", "GPE", "NORP")):
                span, named = mention_span(child), numbered_name(child)
                if named is not None and named.end > span.end:
                    span = doc[span.start:named.end]  # "Radio 5 Live"
                while span.end < len(doc):
                    after = doc[span.end]
                    named = numbered_name(after.head) if after.head.i > after.i else numbered_name(after)
                    if named is not None and named.start == span.end and named.root.head in (verb, child):
                        span = doc[span.start:named.end]  # "the public broadcaster Volta One"
                    elif after.pos_ == "PROPN" and after.head in (verb, child):
                        span = doc[span.start:span.end + 1]  # "the news agency Reuters"
                    elif (name := name_after(span)) is not None:
                        span = doc[span.start:name.end]  # "the news agency Kestrel Wire"
                    else:
                        break
                return span_text(span)
        if child.dep_ in ("prep", "agent") and child.lower_ in ("to", "in", "on", "via", "through", "with", "for"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                # "to the news agency Kestrel": the kind before the name says outlet, whatever the recogniser made of it
                if is_outlet(pobj) or (child.lower_ == "to" and (the_agency(pobj) or named_by_kind(pobj))):
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


def outlet_kind(doc, end: int) -> bool:
    """The words ending before `end` say what kind of outlet follows: "the news agency", "the public broadcaster",
    "the newspaper" (`outlet_nouns.txt`, or "agency" after "news": a government's agency names no outlet)."""
    kind = doc[end - 1] if end > 0 else None
    return kind is not None and kind.pos_ == "NOUN" and (
        kind.lower_ in OUTLET_NOUNS or (kind.lower_ == "agency" and end > 1 and doc[end - 2].lower_ == "news"))


def name_after(span: Span) -> Optional[Span]:
    """A proper name of one or more words right after an outlet's kind, all of it hanging on the kind or on the
    verb the kind hangs on ("told the news agency Kestrel Wire": the tagger may take the name for an adverb of the
    verb, or for a person), when the span ends in that kind."""
    doc, end = span.doc, span.end
    if not outlet_kind(doc, end):
        return None
    stop = end
    while stop < len(doc) and doc[stop].pos_ == "PROPN":
        stop += 1
    if stop == end:
        return None
    name = doc[end:stop]
    return name if name.root.head in (span.root, span.root.head) else None


def named_by_kind(tok: Token) -> bool:
    """A proper name with the kind of outlet it is before it, as one noun phrase: "to the news agency Kestrelwire",
    "the public broadcaster Volta" (the kind says outlet, whatever the recogniser took the name for; the kind hangs
    on the name or beside it); "news agency director Ann Berg" or "the paper's editor Ann Berg" have another noun
    before the name."""
    if tok.pos_ != "PROPN":
        return False
    start = tok.i
    while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].head.i in range(start - 1, tok.i + 1):
        start -= 1
    if not outlet_kind(tok.doc, start):
        return False
    kind = tok.doc[start - 1]
    return start <= kind.head.i <= tok.i or kind.head == tok.head


def numbered_name(tok: Token) -> Optional[Span]:
    """A proper name followed by a number word or digits is one name, a channel's, station's or programme's
    ("Volta One", "Channel 4", "France 24", "Radio 5 Live"), not a count nor a place, whatever the tagger made of
    the number ("One" as a numeral heading "Volta") or the recogniser of the name ("France" a place, "24" a date).
    A count is lower case or stands before a noun ("one reporter", "4 officials", "the two ministers"): never a name.
    The name runs on over capitalised words the recogniser keeps in the same entity ("Radio 5 Live")."""
    doc = tok.doc
    if tok.pos_ == "NUM" or tok.like_num:  # "Volta One", "Kestrel Three": the name hangs on the number
        name = doc[tok.i - 1] if tok.i > 0 else None
        if name is None or not proper(name) or name.head != tok or name.dep_ not in ("compound", "nmod"):
            return None
        number = tok
    elif proper(tok):  # "Channel 4", "France 24", "TV 2": the number hangs on the name
        number = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if number is None or number.head != tok or number.dep_ not in ("nummod", "compound", "appos"):
            return None
        name = tok
    else:
        return None
    if not (number.is_digit or (number.like_num and number.text[:1].isupper())):
        return None
    start = name.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head in (name, number) \
            and doc[start - 1].dep_ == "compound":
        start -= 1  # "Kestrel Radio One"
    end = number.i + 1
    while end < len(doc) and doc[end].is_title and doc[end].ent_type_ and doc[end].ent_iob_ == "I" \
            and doc[end].ent_type_ == number.ent_type_ and doc[end].ent_type_ not in ("PERSON", "GPE", "DATE"):
        end += 1  # "Radio 5 Live"
    return doc[start:end]


def proper(tok: Token) -> bool:
    """A proper name's word: tagged so, or an acronym in capitals the tagger took for a common noun ("TV")."""
    return tok.pos_ == "PROPN" or (tok.is_upper and tok.is_alpha and len(tok) > 1)


def named_thing(tok: Token) -> bool:
    """A proper name that is no person's, place's or people's: "The Clarion quoted X as saying" names the outlet
    that quoted, whatever head word its name has."""
    return tok.pos_ == "PROPN" and not any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in mention_span(tok))


def interviewer(channel: Token, name: Token) -> bool:
    """A name that gave an interview its medium: "in an interview with the Courant" names an outlet, whatever its
    head word (a name after "the" is no person's, whatever the recogniser guessed), where "in an interview with
    Ann Berg" names a person."""
    named_thing = numbered_name(name) is not None or name.ent_type_ not in ("PERSON", "GPE", "NORP", "DATE") or any(
        c.dep_ == "det" and c.lower_ == "the" for c in name.children)
    return channel.lemma_.lower() == "interview" and name.head.lower_ == "with" and named_thing and (
        name.pos_ == "PROPN" or numbered_name(name) is not None)


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
