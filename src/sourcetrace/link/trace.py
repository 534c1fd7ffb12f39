"""Trace a claim: who said it first, who passed it on, and what changed on the way.

`build_trace` is a pure function over a set of analyses and a similarity function, so the
same chains come out of files and of the store. Every statement is a node: each
attribution, and each sentence the article states in its own voice. Each node gets at
most one parent, by the first of these that holds:
  copy    its article is a copy of an earlier one (MinHash, link.copies) that carries the claim
  relay   it credits an outlet ("told NBC News", "according to Reuters", "NBC reported") and an
          article from that outlet, published before or the same day, carries the claim (or, for a quote,
          a quote of the same person there says it in other words; what a named speaker told an outlet that quotes
          them is among their words there, not what it states itself or gives to another: `told`)
  relay   ... or its speaker is a public body named by its kind ("police said", "according to police") and the set
          holds exactly one release of a body of that kind telling the same story (`bodies_by_kind`)
  relay   ... or it credits no outlet itself (or only its speaker, a body whose own release in the set does not carry
          it) but its article credits that outlet elsewhere (a retelling
          credits its source once, then goes on without the credit): found as a pickup is, below, or at the
          relay threshold, over a closer article its article never credits
  relay   ... or, left without a parent by all of these, its article credits an outlet and relays an article of it, and
          its sentence and one of that article are each other's best match there, sharing words that name nothing
          (`aligned_statements`: a retelling rewords what it passes on, under the relay threshold); or, left without
          one still, it and a statement of that article in a sentence not passed on yet are each other's closest among
          those left and give a figure alike (`tied_statements`: a retelling keeps the figure it recasts)
  pickup  it credits no outlet in the set and an article published strictly earlier, from an outlet its article
          never credits, carries the claim, or carries it with other numbers and the same names (`number_variant`,
          `renamed`), or repeats a clause of it word for word at the relay threshold (`repeats_wording`). An
          article its article credits may also be of the same day, and a statement it makes in its own voice needs
          only the relay threshold against it. Of two earlier articles that say it about as closely (`TIE`), it
          comes from the one its article took its story from (`story_source`), and of an original and its copy,
          the original. Found so, a statement that credits the speaker the earlier article quoted ("Mayor Holt
          said A", its article naming no outlet) relays it: a pickup is a claim stated as the retelling's own
Similarities come from the function given (the claim clusterer's: MiniLM cosine adjusted
by shared names). Every edge holds its evidence and the drift between its two ends.
"""
from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Callable, Hashable, Optional, Sequence

import numpy as np

from ..models import Analysis, Article, Attribution, Span
from .copies import CopySettings, article_date, copy_of, counted_containment, find_copies, original_order
from ..attribution.lexicon import (ANONYMOUS_NOUNS, CLAUSE_VERBS, DOCUMENT_NOUNS, GOVERNMENT_NOUNS, JOURNALIST_NOUNS,
                                   ORGANIZATION_NOUNS, OUTLET_NOUNS, OUTLET_WORDS, STATEMENT_NOUNS)
from .claims import FUNCTION_WORDS
from .drift import (AUXILIARIES, COMPANY_KINDS, DATELINE, ROLE_NOUNS, WORD, Drift, Statement, _any_phrase,
                    _inflections, _phrases, _value, affirmed, drift, figures, head_names, same_name, unnegated)
from .outlets import (LEADING_THE, POSSESSIVE, alias_table, article_outlets, norm, outlet_key, outlet_name,
                      resolve_short, short_names)

Similarity = Callable[[Sequence[str]], np.ndarray]  # texts -> square matrix of similarities
# a full stop after an initial ("Steven F. Udvar-Hazy") or an abbreviated title ("Dr. Ann Berg") ends no sentence
NOT_AN_END = r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{re.escape(a)})" for a in _phrases("name_abbreviations"))
SENTENCE = re.compile(r"\S.*?(?:" + NOT_AN_END + r"[.!?][\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|$)", re.S)
MIN_SENTENCE_WORDS = 6  # shorter sentences are datelines, captions, fragments
MIN_RUNNING_WORDS = 4  # ... unless they run on in a paragraph of other sentences: "Other suspects have killed themselves."
# "Eleven of them were ...": a person or people named before ("it" is as often no one: "It was the third crash")
REFERS_BACK = re.compile(r"\b(?:they|them|their|he|him|his|she|her)\b", re.I)
CLAUSE_BREAK = re.compile(r";\s+|\s*\[(?:\.\.\.|…)\]\s*|,\s+(?:but|and|while|whereas|although|though)\s+")
# "the court gave Lai the highest sentence possible: in addition to the life term, he received fifteen years": what
# follows a colon says again, in full, what comes before it (not a quote it opens: 'he said: "..."')
ELABORATION = re.compile(r":\s+(?![\"“‘])")
ASIDE = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,]*,\s*")
SOURCING_NOTE = _any_phrase("sourcing_notes")
# a line a press release or a syndicated copy carries about itself: "Distributed by Newsline on behalf of the Harbour
# Trust.", "About the Harbour Trust: founded in 1984, ...", "Newsline is not responsible for the content of this release."
RELEASE_LINE = re.compile(r"^[\"“]?(?:(?i:" + "|".join(re.escape(p) for p in _phrases("release_lines"))
                          + r")\b|About\s+(?:the\s+)?[A-Z][^:.!?]{2,80}:)"
                          r"|\b(?i:" + "|".join(re.escape(p) for p in _phrases("release_disclaimers")) + r")\b")
# wire copy credited as wire style does it: the agency in parentheses in the dateline that opens the body ("KAVRA,
# Sept 12 (Tarrow Wire) - ...", "LONDON (Reuters) -", "SPRINGFIELD, Ill. (AP) -"), or in the article's closing line
# ("(Tarrow Wire; additional editing by the Herald)", "- Tarrow Wire", "This story was originally published by X.");
# "(Reporting by A; editing by B)" names reporters, no outlet (`wire_credit`)
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
DAY_MONTH = rf"(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})"
WIRE_DATELINE = re.compile(r"^\s*(?:[A-Z][A-Z.'’ -]*[A-Z](?:,\s+(?:" + DAY_MONTH + r"|[A-Z][a-z]{1,5}\.(?:\s?[A-Z]\.)?))?"
                           r"|[A-Z][\w.'’ -]{1,40}?,\s+" + DAY_MONTH + r")\s*\((?P<agency>[A-Z][^()]{1,40})\)\s*[-–—]+\s+")
WIRE_CLOSING = re.compile(r"^(?:\((?P<paren>[A-Z][^();]{1,40}?)(?:;[^()]*)?\)|[-–—]+\s*(?P<dash>[A-Z][^.;:!?]{1,40}?)"
                          r"|(?i:" + "|".join(re.escape(p) for p in _phrases("wire_credit_lines"))
                          + r")\s+(?P<line>[^.;:!?]{2,60}?)(?:\s+(?:on behalf of|under licen[cs]e|with permission)\b.*)?)"
                          r"[\s.]*$")
# a sentence's frame crediting an outlet that extraction gives as no medium nor cited source ("Writing in the Harbour
# Gazette, ...", "The Gazette has learned that ...", "said on Volta One's evening news"): `credit_frames.txt`
# (a name may join its words with "of" or "for": "the Northern Journal of Medicine", "the Institute for Fiscal Studies")
FRAME_NAME = r"(?P<name>(?:[Tt]he\s+)?[A-Z0-9][\w&.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z0-9][\w&.-]*){0,4})"
BROADCAST = "|".join(re.escape(w) for w in _phrases("broadcast_nouns"))


def _frame_words(part: str) -> str:
    words = re.escape(part.strip()).replace(r"\ ", r"\s+").replace("'", "['’]")
    return "(?i:" + words.replace(r"\{broadcast\}", rf"(?:[\w-]+\s+){{0,3}}?(?:{BROADCAST})\b") + ")" if words else ""


def _frame(line: str) -> re.Pattern:
    before, after = line.split("X", 1)
    pattern = (_frame_words(before) + (r"\s+" if before.endswith(" ") else "")) if before else r"(?<![\w&'’.-])"
    pattern += FRAME_NAME + (r"\s+" if after.startswith(" ") else "") + _frame_words(after)
    return re.compile(pattern + (r"(?=[\s.!?\"”’]*$)" if line.startswith("(") else ""))


CREDIT_FRAMES = [_frame(line) for line in _phrases("credit_frames")]
# a document credited by its kind ("according to the report", "a major study has found", "the inquiry's findings",
# "The regional government's report, published on Wednesday, says"): `document_kinds.txt`, `document_frames.txt`
ANY_KIND = "any"  # the kind of "the findings", "the results": what any document found
DOCUMENT_KINDS = {noun: words[0] for words in map(str.split, _phrases("document_kinds"))  # noun -> its kind
                  for noun in (words[1:] if words[0] == ANY_KIND else words)}
DOCUMENT_NOUN = r"(?P<noun>" + "|".join(sorted(map(re.escape, DOCUMENT_KINDS), key=len, reverse=True)) + r")(?:e?s)?"
# whose document: a name ("the Chronicle's", "Westmark's") or a described body ("the regional government's", "the
# region's own"); else a determiner ("the", "a", "its")
DOCUMENT_OWNER = (r"(?P<owner>(?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&.-]*){0,4}"
                  r"|[Tt]he\s+(?:(?!the\b)[a-z][\w-]*\s+){0,2}[a-z][\w-]*)['’]s?\s+(?:own\s+)?")
# up to three words before the noun, none a function word ("a damning report", "the independent inspection report";
# not "the strike was under investigation"); capitalised, they name its owner ("a University of Tarrowgate study")
NOT_MODIFIER = "|".join(sorted(FUNCTION_WORDS | AUXILIARIES | {"under", "from", "into", "about", "than"}))
DOCUMENT = (r"(?P<phrase>(?:" + DOCUMENT_OWNER + r"|(?P<det>(?i:the|an?|this|that|its|their|his|her|our))\s+)"
            rf"(?P<mods>(?:(?!(?!of\s+[A-Z])(?i:{NOT_MODIFIER})\b)[\w-]+\s+){{0,3}}?)"
            + f"(?i:{DOCUMENT_NOUN}))(?![\\w-])")
# what may stand between the document and the verb crediting it: "The report, published on Wednesday, says", "a study
# published today found", "an inquiry into the collapse concluded"
DOCUMENT_ASIDE = (r"(?:,\s+[^,;:.!?\"“”]{1,60},|\s+(?i:published|released|issued)\s+[^,;:.!?\"“”]{1,40}?"
                  r"|\s+(?i:of|into|on)\s+[^,;:.!?\"“”]{1,40}?)?")  # "the trial of 1,400 adults found"
# the phrase ends where the document's name does: "according to the report card" credits no report
DOCUMENT_END = (r"(?=\s*[,.;:!?)\"”’]|\s*$"
                r"|\s+(?i:by|from|of|on|into|in|published|released|issued|which|that|who|whose)\b)")
# "In a statement, X said", "said in its report that": not "in a trial of 1,240 adults" (what happened in it)
DOCUMENT_IN_END = r"(?=\s*[,.;:!?)\"”’]|\s*$|\s+(?i:on|that|published|released|issued)\b)"


def _document_frame(line: str) -> re.Pattern:
    before, after = line.split("D", 1)
    pattern = (_frame_words(before) + r"\s+") if before.strip() else ""
    if after.startswith("'s"):
        return re.compile(pattern + DOCUMENT + _frame_words(after) + r"\b")
    if not after.strip():
        return re.compile(pattern + DOCUMENT + (DOCUMENT_IN_END if before.strip() == "in" else DOCUMENT_END))
    return re.compile(pattern + DOCUMENT + DOCUMENT_ASIDE + r"\s+" + _frame_words(after) + r"\b")


DOCUMENT_FRAMES = [(line, _document_frame(line)) for line in _phrases("document_frames")]
# whose it is, named after it: "according to a 2001 study by the Asian Fraud Research Centre"
OWNER_AFTER = re.compile(r"\s+(?:(?:published|released|issued|commissioned|carried\s+out)\s+)?(?:by|from)\s+"
                         r"(?P<owner>(?:the\s+)?[A-Z][\w&.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&.-]*){0,5})")
DEFINITE = ("the", "this", "that")  # "the report": one the article spoke of, if it credited one before


@dataclass(frozen=True)
class DocumentCredit:
    """A document a sentence credits by its kind: the words naming it, its noun's kind and whose it is, if said."""

    phrase: str
    kind: str
    owner: Optional[str] = None
    by_speaker: bool = False  # "X said in a statement": the statement is its speaker's
    definite: bool = False  # "the report", "this study", no owner: the one spoken of before, if any


def document_credits(sentence: str) -> list[DocumentCredit]:
    """The documents a sentence credits by their kind, in a frame of `document_frames.txt`: "According to the report,
    ..." -> the report (kind report); "The regional government's report, published on Wednesday, says ..." -> the
    report, the regional government's; "the inquiry's findings" -> the inquiry (an owner that names a document is
    the document). "in a statement" is its speaker's statement (`by_speaker`), unless the phrase names an owner."""
    found = []
    for line, frame in DOCUMENT_FRAMES:
        for m in frame.finditer(sentence):
            phrase, noun, owner = m.group("phrase"), m.group("noun"), m.group("owner")
            if noun[0].isupper():  # "the Fleet Street Review": a name
                continue
            noun, named = noun.lower(), re.findall(r"\b[A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*)*", m.group("mods"))
            after = OWNER_AFTER.match(sentence, m.end())
            owner = owner or (named[0] if named else None) or (after.group("owner") if after else None)
            head = owner and LEADING_THE.sub("", owner).split()[-1].lower()
            if head in DOCUMENT_KINDS and DOCUMENT_KINDS[head] != ANY_KIND:  # "the inquiry's findings"
                phrase, noun, owner = owner, head, None
            det = (m.group("det") or "").lower()
            by_speaker = line.startswith("in ") and owner is None and det not in DEFINITE
            found.append(DocumentCredit(phrase.strip(), DOCUMENT_KINDS[noun], owner and owner.strip(), by_speaker,
                                        owner is None and det in DEFINITE))
    return list(dict.fromkeys(found))


# "Despite an increase in traffic, ozone has declined": a fronted adverbial before the main clause
FRONTED = re.compile(r"^[\"“]?(?:despite|in spite of|although|though|while|whereas|after|before|since|because|as|"
                     r"if|when|once|unless|until|following|amid)\b[^,;]*,\s+", re.I)
QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")
# "Forty staff face redundancy after the firm announced plans to shut the plant": the main clause, then the word that
# opens the subordinate clause the attribution is in (`leading_clauses`)
LEADS_INTO = re.compile(r"[\s,]+(?:" + "|".join(re.escape(p) for p in _phrases("leading_subordinators")) + r")\s*$",
                        re.I)
MIN_CLAUSE_CONTENT = 3  # the fewest content words a main clause outside every attribution needs to be a statement
# "Talks collapsed on Friday, the union said on Saturday, with strikes set to begin next week": an absolute clause after
# the reporting clause that closes the content goes on with what was reported (`absolute_after_credit`)
ABSOLUTE_AFTER = re.compile(r"(?P<rest>[^,;:.!?\"“”]*),\s+(?P<clause>with\s+[^;:\"“”]+?)[\s.!?\"”’)]*$", re.I)
MAX_CREDIT_TAIL_WORDS = 4  # what the reporting clause may go on with before it ("on Tuesday", "in a statement")
MIN_CONTENT_WORDS = 4  # a shorter content ("denied corruption") is compared as its whole sentence
MIN_WHOLE_WORDS = 6  # a shorter content the sentence goes on from with a noun's complement was cut short (`CUT_COMPLEMENT`)
# "Texas officials called NASA's decision an affront to the thousands of staff": extraction ended the content before
# the complement of its last noun, which goes on with no comma
CUT_COMPLEMENT = re.compile(r"\s+(?:to|of|for|against|with)\s+\w")
EDITED_LETTER = re.compile(r"\[(\w{1,2})\](?=\w)")  # "[t]here": a quote's first letter recased by the writer
# "a Harbour Gazette report", "the Reuters investigation", "a report by Reuters", "the company's press release",
# "the Gazette's Inside Politics podcast", "an op-ed for the Gazette", "a Gazette reporter": a document, statement or
# programme its owner puts out, or one of its journalists
OUTLET_DOCUMENT = (re.compile(r"^(?:(?:an?|the)\s+)?(?P<noun>[\w-]+)\s+(?:by|in|from|of|on|for)\s+(?P<owner>.+)$",
                              re.I),
                   re.compile(r"^(?:an?\s+)?(?P<owner>[^'’]+?)['’]s?\s+(?:[\w-]+\s+){0,3}?(?P<noun>\w+)$", re.I),
                   re.compile(r"^(?:(?:an?|the)\s+)?(?!(?:an?|the)\s)(?P<owner>.+?)\s+(?P<noun>\w+)$", re.I))
# "the figures", "the data": what a body publishes, named again as "the release" is (`documents_named_again`)
NAMED_AGAIN_NOUNS = DOCUMENT_NOUNS | STATEMENT_NOUNS | frozenset(_phrases("figure_nouns"))
OWNED_NOUNS = NAMED_AGAIN_NOUNS | JOURNALIST_NOUNS | frozenset(_phrases("programme_nouns"))
# "figures released by the Harbour Trust this week": a time closing the phrase is not part of the owner's name
TRAILING_TIME = re.compile(r"\s+(?:" + "|".join(re.escape(p) for p in _phrases("time_words")) + r")\s*$", re.I)
# "the trust's senior scientist, Dr Ann Berg": whom a speaker speaks for, named before the role
SPEAKS_FOR = re.compile(r"^(?P<owner>(?:the\s+)?[\w&.-]+(?:\s+[A-Z][\w&.-]*)*)['’]s?\s+\w")
# "a Lunet spokesperson", "Lunet chief executive Ana Moll", "the Lunet press officer": whom a speaker speaks for, named
# before the role (a lower-case role: "Prime Minister X" names no body)
ROLES = sorted(ROLE_NOUNS | {w for phrase in _phrases("official_voices") for w in phrase.split()[-1:]})
NAMED_BEFORE_ROLE = re.compile(r"^(?:(?:an?|the)\s+)?(?P<owner>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
                               r"(?<!['’])(?<!['’]s)(?:['’]s?)?\s+"  # a possessive is no part of the name
                               r"(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(ROLES) + r")\b")
# "the chief economist of Statistics Brevania", "Vera Lunneborg, a researcher at the University of Dunmere": whom a
# speaker speaks for, named after the role (a former one speaks for the body no more)
STAFF = "|".join(sorted({*ROLES, *_phrases("staff_nouns")}, key=len, reverse=True))
ROLE_AT = re.compile(r"(?:^|,\s+)(?:(?i:an?|the|its|their)\s+)?(?:(?!former\b)[a-z][\w-]*\s+){0,3}?(?i:" + STAFF
                     + r")(?:e?s)?\s+(?:of|at|for|with)\s+(?P<owner>(?:the\s+)?[A-Z][\w&.'’-]*"
                       r"(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w&.'’-]*){0,5})\s*$")
# "a study of 900 cyclists, distributed by Newsline", "a statement released by the company": who put it out
PUT_OUT = r"(?:distributed|published|issued|released|circulated|syndicated|carried|put\s+out|sent\s+out)"
PUT_OUT_BY = re.compile(rf"\b{PUT_OUT}\s+by\s+(?P<owner>.+)$", re.I)
# the whole phrase a medium heads: "in [the company's] statement", "a statement [from the company]"
CHANNEL_BEFORE = re.compile(r"^.*\b(?:in|on|via|through|to|from)\s+(?P<phrase>[^,;:.!?\"“”]*)$", re.I | re.S)
CHANNEL_AFTER = re.compile(rf"^(?i:\s+{PUT_OUT})?\s+(?i:by|from)\s+"
                           r"(?P<owner>(?i:the\s+)?[\w.&'’-]+(?:\s+[A-Z][\w.&'’-]*)*)")
# "the Harbour Gazette newspaper", "the Aske Wire news agency": the outlet's name and what kind of outlet it is
OUTLET_KIND = re.compile(r"\s+(?:news\s+)?(?:agency|" + "|".join(sorted(OUTLET_NOUNS)) + r")$", re.I)
# "the public broadcaster NRT One", "state broadcaster NRT One", "the news agency Aske Wire": the kind of outlet,
# with its lower-case modifiers, before the name (the rest must be a name: "the broadcaster said" is left alone)
KIND_BEFORE = re.compile(r"^(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:news\s+)?(?:agency|"
                         + "|".join(sorted(OUTLET_NOUNS)) + r")\s+(?=[A-Z0-9])")
# "the operator", "the telecoms giant", "phone giant Velto", "retailer Harrow Stores": a company named by its trade
# (`company_kinds.txt`, beside the organisation nouns), again after its name or before it with lower-case modifiers
KINDS_OF_COMPANY = "|".join(sorted(COMPANY_KINDS | ORGANIZATION_NOUNS))
# ... never a name holding a word of government or of a news outlet ("Osterland Communications Authority", "Harbour Gazette")
NOT_A_COMPANY = GOVERNMENT_NOUNS | frozenset(_phrases("body_nouns")) | OUTLET_WORDS | OUTLET_NOUNS
COMPANY_BEFORE = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Za-z][a-z-]*\s+)?(?:[a-z][a-z-]*\s+)?(?i:" + KINDS_OF_COMPANY
                            + r")\s+(?=[A-Z])")
# "police said", "officers believe", "the culture ministry said": a public body named by its kind alone, and the words
# its own name carries ("Harwick Police") (`body_kinds.txt`, `bodies_by_kind`)
BODY_KINDS = [(frozenset(w.strip() for w in said.split(",")), frozenset(w.strip() for w in name.split(",")))
              for said, name in (line.split(":", 1)[1].split("|") for line in _phrases("body_kinds"))]
BODY_KIND_MODIFIERS = 2  # lower-case words a kind may carry before it ("the culture ministry", "the town council")
# "according to the Harbour Gazette, which cited two officials": a relative clause after the name says more of the outlet
RELATIVE_AFTER = re.compile(r",\s+(?:which|who|whose)\b.*$", re.I | re.S)
# "told the paper", "the station reported", "the agency said": an outlet named again by what kind of outlet it is
OUTLET_BY_KIND = re.compile(r"^the\s+(?:news\s+)?(?P<noun>\w+)$", re.I)
AGENCY_NOUN = "agency"  # also a government's: it names an outlet only when the article has called that outlet one
AGENCY_NAME = re.compile(r"\b(?:agency|wire|press)\b", re.I)  # "the Aske Wire news agency", "Cobalt Press"
NAMED_AGENCY = re.compile(r"\b[A-Z][\w'’-]*\s+(?:Agency|Wire|Press)\b|\bnews agency\b")
IRREGULAR_CUES = ("said", "says", "wrote", "written", "told")
REPORTING = "|".join([*IRREGULAR_CUES, *(_inflections(v) for v in sorted(CLAUSE_VERBS))])  # a reporting verb's forms
# "the Dispatch reported", "researchers say, Wikinews reported on Thursday": a content that is only reporting clauses
NAME_WORDS = r"(?:[^\s,]+\s+){0,4}?[^\s,]+"  # a speaker's or outlet's name, of five words at most
FRAME_ONLY = re.compile(rf"(?:{NAME_WORDS}\s+(?:{REPORTING}),\s+)?(?:according\s+to\s+{NAME_WORDS}|{NAME_WORDS}\s+"
                        rf"(?:{REPORTING}))(?:\s+(?:on|in|last|this|earlier)\s+\w+)?[\s.\"”’)]*", re.I)
# "..., Wikinews reported" / "..., according to Reuters" closing a content: the credit, left inside it
TRAILING_CREDIT = re.compile(r",\s+(?:according to\s+(?P<according>[^,]+?)|(?P<name>[^,]+?)\s+(?:" + REPORTING
                             + r"))[\s.\"”’)]*$", re.I)


@dataclass(frozen=True)
class TraceSettings:
    """Thresholds set on the developed-on retellings of ``bench/trace.py`` (its ``--sweep`` tries others)."""

    relay: float = 0.6  # the outlet match is evidence already: a paraphrase is enough
    requote: float = 0.5  # ... and a quote of the same person, quoted again in other words, has its speaker too
    copy: float = 0.6
    pickup: float = 0.8  # no credit to go by: the claim itself must match closely
    # ... or, crediting no outlet, what a speaker named in both said earlier in the story (swept: 0.6 adds 6 right
    # relays and 11 false ones to 0.7's)
    named_relay: float = 0.7
    said_before: float = 0.85  # ... or, in an earlier article of another story by `same_story` (a tabloid's retelling)
    verbatim_words: int = 4  # a direct quote this long, found word for word in an earlier statement, came from it
    number_pickup: float = 0.6  # ... or match as a relay must, when only its numbers differ (`number_variant`)
    number_words: float = 0.75  # the share of its other words the earlier statement must hold
    headline: float = 0.4  # the headline states this claim (a headline is short: similarities run low)
    min_shared_words: int = 4  # the fewest content words the shorter of two statements needs for `word_support`
    support_floor: float = 0.5  # under it, words shared are a topic shared: `word_support` adds nothing
    stated_words: float = 0.34  # the share of its words a statement in its own voice, credited only elsewhere in its
    # article, must share with a source it does not match as closely as a pickup must (`word_support`)
    counted_relay: float = 0.5  # a credited statement giving the earlier one's count of the same thing (`counts`)
    # a statement left without a parent, aligned with a statement of an article its article credits and relays
    # (`aligned_statements`): a retelling rewords what it passes on (0.45-0.6 against its source, under `relay`),
    # so the pair must be each other's best match in the two articles, by a ratio margin over each side's
    # `align_neighbours` nearest, and share words that name nothing (a same-topic statement of the retelling's own
    # shares the story's names, seldom three of its other words). Swept on every set: floor 0.35-0.4, margin 0-1.2
    # and share 0.4-0.5 give the same edges; share 0.3 adds a false one, two words one at some margins, four words
    # lose four right ones, floor 0.5 three.
    align_floor: float = 0.4
    align_margin: float = 1.1
    align_neighbours: int = 3
    align_words: int = 3
    align_share: float = 0.4
    # a statement left without a parent still, in an article relaying another, and a statement of that article in a
    # sentence it has not passed on yet, each the other's closest among those left, giving a figure both give
    # (`tied_statements`)
    tied_floor: float = 0.35
    # a statement passed on from a statement of an article that gives none of its figures: from the one there that gives
    # one of them with the thing it counts, at this similarity (`figured_parents`)
    figure_floor: float = 0.4
    # a statement whose speaker is the outlet of an article it credits, or speaks for it: a company or body whose own
    # release is in the set ("the operator said A", "Lunet said A"), retold in other words: the release is where its
    # words are, so the release's statement it is closest to is its source at this similarity, with `align_words`
    # content words that name nothing shared
    own_release: float = 0.45
    # a statement crediting a document by its kind ("according to the report") and no outlet: the stored article that
    # is or reports such a document must carry it this closely (`document_sources`)
    document: float = 0.6
    # two articles tell one story when a typical statement of the later has a statement this close in the earlier
    # (`story_overlaps`); an uncredited statement is passed on only from an article of its own story
    same_story: float = 0.35
    # ... and an article of the same day holds a retelling when the retelling's overlap with it exceeds its overlap
    # with the retelling by this much (`retold_from`)
    retold_margin: float = 0.1
    copies: CopySettings = CopySettings()


@dataclass
class Node:
    """One statement in one article: an attribution, or a sentence the article states as fact."""

    id: str  # "<article id>-<attribution position>" as stored, or "<article id>-s<sentence number>"
    article: int  # index into the analyses
    text: str
    span: Span
    attribution: Optional[Attribution] = None
    context: str = ""  # what is compared for meaning: the text, or its whole sentence when the text is short
    credits: list[str] = field(default_factory=list)  # the outlets it credits, as it names them
    holds: list[str] = field(default_factory=list)  # a sentence's: the ids of the attributions inside it
    passes_on: bool = False  # its speaker passes on an outlet's report ("X, citing Reuters, said"; X is the outlet)
    claim_of: str = ""  # a claim clause's: the id of the statement it was cut from (`claim_nodes`)
    voice: frozenset[str] = frozenset()  # the keys of the outlets its speaker is or speaks for ("the operator said")
    speakers_own: frozenset[str] = frozenset()  # the keys of the outlets it credits only as its speaker's own: the
    # company whose release it is ("Harnell's finance director said"), not an outlet that passed it on
    documents: dict[str, str] = field(default_factory=dict)  # outlet key -> the document it credits by its kind
    # there ("the report"), when that is how it credits the outlet (`document_sources`)

    def __post_init__(self) -> None:
        self.context = self.context or self.text

    def named(self) -> list[str]:
        """Whom it may credit: its medium, the source it cites, the speaker ("Wikinews reported"), the owner of
        a document it cites ("a Wikinews report"), a credit closing its content ("..., Wikinews reported", when
        extraction left it inside); each also without a relative clause after it ("according to the Aske Wire, which
        cited two officials") and without the kind of outlet it is ("the Aske Wire news agency", "the public
        broadcaster NRT One") or of company before the name ("phone giant Velto", "the mining firm Sevran Metals")."""
        att = self.attribution
        if att is None:
            return []
        trailing = trailing_credit(self.text)
        owners = [document_owner(n) for n in (att.source.text, att.medium) if n]
        named = [att.medium, att.cites, att.source.text, *owners, trailing and trailing[0]]
        if att.source.text.lower() == "it":  # "It says A": the body the attribution resolved the pronoun to
            named.append(att.source.name)
        named += [RELATIVE_AFTER.sub("", n) for n in named if n]
        named += [OUTLET_KIND.sub("", n) for n in named if n]
        named += [KIND_BEFORE.sub("", n) for n in named if n]
        named += [COMPANY_BEFORE.sub("", n) for n in named if n]
        return list(dict.fromkeys(n for n in named if n))


# "a Harbour Gazette report on the ruling": what a document is about, after its head noun, is not its owner's name
# (only after words that may name it: "a statement on orvanedairies.example" is where the statement was)
ABOUT_AFTER = re.compile(r"^(?P<document>(?:(?:an?|the)\s+)?(?!(?:an?|the)\s)\S+\s+(?:\S+\s+)*?(?:"
                         + "|".join(sorted(OWNED_NOUNS)) + r"))\s+(?:on|about|into)\s+.*$", re.I)


def document_owner(source: str) -> Optional[str]:
    """Whose document, statement or programme a source is: "a Harbour Gazette report" -> "Harbour Gazette", "a
    report by the Harbour Gazette" -> "the Harbour Gazette", "the company's press release" -> "the company", "a
    study of 900 cyclists, distributed by Newsline" -> "Newsline", "a Harbour Gazette report on the ruling" ->
    "Harbour Gazette" (what it is about aside). A report credited to an outlet credits it, as "the Gazette reported"
    does; one an outlet put out credits the outlet that put it out."""
    source = TRAILING_TIME.sub("", source.strip())
    put_out = PUT_OUT_BY.search(source)
    if put_out:
        return put_out.group("owner")
    about = ABOUT_AFTER.match(source)
    source = about.group("document") if about else source
    for pattern in OUTLET_DOCUMENT:
        m = pattern.match(source)
        if m and m.group("noun").lower() in OWNED_NOUNS:
            return m.group("owner")
    return None


def channel_owners(node: Node, text: str) -> list[tuple[str, int]]:
    """Who owns the statement or document its medium names, found in the words around the medium extraction cut
    to its head noun ("said in the company's statement", "according to a statement from the company", "in a
    statement released by the university"), with where the phrase starts."""
    att = node.attribution
    if att is None or not att.medium_span:
        return []
    start, end = att.medium_span
    before = CHANNEL_BEFORE.search(text[max(0, start - 60):start])
    phrase_start = start - len(before.group("phrase")) if before else start
    owners = [document_owner(text[phrase_start:end])]
    after = CHANNEL_AFTER.match(text[end:end + 80])
    owners.append(after.group("owner") if after else None)
    return [(owner, phrase_start) for owner in owners if owner]


def issuer(phrase: str, before: str, names: Sequence[str], first_words: bool = True,
           own: Optional[str] = None) -> Optional[str]:
    """Whom "the company" (an organisation noun after "the") stands for when it speaks or owns a statement: the
    body named last in `before`. That is an outlet of `names` (the set's, less the article's own) named in full
    ("Orvane Dairies will close the plant, the company said": the company publishes its own statements, so a relay
    of them credits it) or, when `first_words` allows and no other outlet's name holds that word, by the first word
    of its name as a possessive ("Orvane's creamery will close, the company said"; "the Brackton bakery" names a
    town) or after the kind of company it is ("after phone giant Velto botched an update, the firm said"). A name
    ending in the noun itself comes first ("the North Fenwick Health Trust's Ostermere hospitals ..., the trust
    said"): none when that is no outlet of the set, nor when the body is the article's own `own`.

    A company named by its trade ("the operator", "the carrier", `company_kinds.txt`), or any of these nouns with up to
    two lower-case modifiers ("the telecoms giant", "the mining group"), stands for a company the same way, never for
    a body whose name holds a word of government or of a news outlet ("the Osterland Communications Authority",
    "the Harbour Gazette"): "the operator" is not the regulator named after it."""
    words = phrase.strip().split()
    if len(words) < 2 or words[0].lower() != "the" or len(words) > 4:
        return None
    noun, modifiers = words[-1].lower(), words[1:-1]
    if (noun not in ORGANIZATION_NOUNS | COMPANY_KINDS or not words[-1].isalpha()
            or any(not re.fullmatch(r"[a-z][a-z-]*", w) for w in modifiers)):
        return None
    candidates = [*names, *([own] if own else [])]
    if noun in COMPANY_KINDS or modifiers:  # a company: not a public body, not a news outlet
        candidates = [name for name in candidates
                      if not set(norm(name).split()) & NOT_A_COMPANY]
    full = {name: LEADING_THE.sub("", name) for name in candidates}
    in_names = Counter(w for f in full.values() for w in set(f.split()))  # "Tarrland's" names no Tarrland Record
    # when the Bank of Tarrland is an outlet too: "Tarrland's central bank raised rates, the bank said"
    forms = [(name, re.escape(f)) for name, f in full.items()]
    if first_words:
        forms += [(name, form) for name, f in full.items() if len(f.split()) > 1 and in_names[f.split()[0]] == 1
                  for form in (re.escape(f.split()[0]) + "['’]s", rf"(?i:{KINDS_OF_COMPANY})\s+{re.escape(f.split()[0])}")]
    found = [(hit.end(), name) for name, form in forms for hit in re.finditer(rf"\b{form}\b", before)]
    headed = [(hit.end(), next((name for name, f in full.items() if hit.group(0).endswith(f)), None))
              for hit in re.finditer(rf"\b(?:[A-Z][\w'’-]*\s+)+{noun.capitalize()}\b", before)]
    name = max(headed or found, key=lambda hit: hit[0], default=(0, None))[1]
    return None if name == own else name


BODY_NOUNS = ORGANIZATION_NOUNS | frozenset(_phrases("body_nouns"))
BODY_MODIFIERS = frozenset(_phrases("body_modifiers"))


POSSESSED_BODY = re.compile(r"^(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s?\s+(?:[a-z][\w-]*\s+){0,2}"
                            r"(?P<noun>[a-z]+)$")


def possessed_body(phrase: str, names: Sequence[str]) -> Optional[str]:
    """The outlet a body described by whose it is names ("Tarrland's central bank", "Dunmere's university"): the
    one outlet of `names` whose name holds the owner's name and the body's noun (the Bank of Tarrland, the
    University of Dunmere)."""
    m = POSSESSED_BODY.match(phrase.strip())
    if not m or m.group("noun") not in BODY_NOUNS:
        return None
    wanted = set(norm(m.group("owner")).split()) | {m.group("noun")}
    fits = [name for name in names if wanted <= set(norm(name).split())]
    return fits[0] if len(fits) == 1 else None


def described(phrase: str, text: str, names: Sequence[str], own: Optional[str] = None) -> Optional[str]:
    """The outlet a definite description of a body stands for ("the statistics office", "the office", "the
    newswire", "the national statistics office"): the one outlet of `names` whose name ends with the description's
    words, an adjective of scope aside ("national"), when those are common nouns headed by a body noun. When the
    article names a body headed by that noun, that is the one meant: the outlet it names, else none ("the Eskton
    Harbour Office" is no outlet). Of two outlets that fit, the one whose other words the article names ("Rhenvale ...,
    the national statistics office said": the Rhenvale Statistics Office); none when that leaves two, when the one
    that fits is the article's own `own`, or when the description is the whole name."""
    words = LEADING_THE.sub("", phrase.strip()).split()
    if not words or any(not w.isalpha() or not w.islower() for w in words) or words[-1] not in BODY_NOUNS:
        return None
    bodies = {hit.group(0) for hit in
              re.finditer(rf"\b[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)*{words[-1].capitalize()}\b", text)}
    if bodies:  # the body the article names is the one meant: an outlet only when every such name is that outlet's
        meant = {name for name in names for body in bodies if body.endswith(LEADING_THE.sub("", name))}
        every = all(any(body.endswith(LEADING_THE.sub("", name)) for name in meant) for body in bodies)
        return next(iter(meant)) if len(meant) == 1 and every else None
    while len(words) > 1 and words[0] in BODY_MODIFIERS:
        words = words[1:]
    fits = [name for name in [*names, *([own] if own else [])]
            if len(norm(name).split()) > len(words) and norm(name).split()[-len(words):] == words]
    if len(fits) > 1:  # "the statistics office" in a story about Rhenvale is Rhenvale's, not Merrovia's
        fits = [name for name in fits if all(re.search(rf"\b{re.escape(w)}\b", text)
                                             for w in LEADING_THE.sub("", name).split()[:-len(words)])]
    return fits[0] if len(fits) == 1 and fits[0] != own else None


def named_in_full(name: str, shortened: dict[str, set[str]], text: str) -> Optional[str]:
    """The one outlet of the set whose name `name` cuts short ("the Courier") and the article names in full ("a
    report in the Dunmere Courier"): a reader takes the short name for it, even when another outlet is called
    just "The Courier". A name the alias table gives for that outlet ("NBC" for NBC News) stays as written."""
    if not proper(name):
        return None
    full = [f for f in shortened.get(norm(name), ()) if re.search(rf"\b{re.escape(norm(f))}\b", text, re.I)]
    return full[0] if len(full) == 1 and outlet_key(full[0]) != outlet_key(name) else None


def resolved(named: Sequence[Optional[str]], known: set[str], shortened: dict[str, set[str]], text: str) -> list[str]:
    """The outlets of the set (or the alias table) the names stand for, a short name by the outlet the article names
    in full. A body named by its kind ("Police said", "the Council") is no short name of its name ("Harwick
    Police") unless the article names that one in full: else which body it is, is the story's to tell
    (`bodies_by_kind`)."""
    return list(dict.fromkeys(
        named_in_full(name, shortened, text) or (name if outlet_key(name) in known else
                                                 resolve_short(name, shortened, text)) for name in named
        if name and (outlet_key(name) in known or proper(name) and (
            named_in_full(name, shortened, text) if body_kind(name) else resolve_short(name, shortened, text)))))


def channel_of(node: Node, text: str) -> Optional[str]:
    """The statement or document an attribution came through: its medium ("said in a statement"), or the one
    its medium carried ("In a statement on ferries.example, X said")."""
    att = node.attribution
    if att is None or not att.medium_span:
        return None
    channels = STATEMENT_NOUNS | DOCUMENT_NOUNS
    if (att.medium or "").lower() in channels:
        return att.medium.lower()
    at = att.medium_span[0]
    m = re.search(r"\b(\w+)\s+(?:on|from|to|with|via|in)\s+(?:the\s+)?$", text[max(0, at - 60):at], re.I)
    return m.group(1).lower() if m and m.group(1).lower() in channels else None


def same_statements(nodes: Sequence[Node], texts: Sequence[str]) -> None:
    """"In the statement, X said ...": "the statement" is the one the article named last before it ("the company
    said in a statement", "In a statement on ferries.example, Y said"), and credits whom that one credits,
    whatever was said between."""
    last: dict[tuple[int, str], list[str]] = {}  # (article, channel) -> the credits of the last one named
    for node in nodes:
        text = texts[node.article]
        channel = channel_of(node, text)
        if channel is None:
            continue
        at = node.attribution.medium_span[0]
        if not node.credits and re.search(r"\bthe\s+$", text[max(0, at - 10):at], re.I):
            node.credits = last.get((node.article, channel), [])
        if node.credits:
            last[(node.article, channel)] = node.credits


def outlet_by_kind(node: Node) -> Optional[str]:
    """The kind of outlet its medium or speaker is named by, when named by its kind alone ("the paper")."""
    att = node.attribution
    return next((kind for kind in map(kind_of_outlet, (att.medium, att.source.text) if att else ()) if kind), None)


def kind_of_outlet(name: Optional[str]) -> Optional[str]:
    """"the paper" -> "paper", "the news agency" -> "agency": an outlet named by its kind alone."""
    m = OUTLET_BY_KIND.match((name or "").strip())
    return m.group("noun").lower() if m and m.group("noun").lower() in OUTLET_NOUNS | {AGENCY_NOUN} else None


KIND_REACH = 30  # characters either side of an outlet's name within which its kind calls it so ("the public broadcaster")


def outlets_named_again(nodes: Sequence[Node], texts: Sequence[str], others: Sequence[Sequence[str]] = (),
                        own: Sequence[set[str]] = ()) -> None:
    """Credit an attribution that names its outlet by its kind ("..., two engineers told the paper", "the station
    reported") with the outlet credited last before it in the same article ("according to the Harbour Gazette"),
    as a reader resolves it; not the article's own outlet (`own`: "told the Globe" in the Globe's article). "The
    agency" only when that outlet was called an agency or a wire and no other
    agency was named between ("the Medicines Agency said ...; ... the agency said" stays the regulator's).
    With no credit before it, the outlet of the set (`others`, the article's own aside) named in full last before it
    and called by that kind beside its name ("The public broadcaster Volta One interviewed the mayor. ... he told the
    broadcaster"; "Volta One, the state broadcaster, ..."), "the agency" aside: a paper that names another outlet
    only in passing may still call itself "the paper"."""
    own = own or [set() for _ in texts]  # per article, its own outlet's keys
    earlier: dict[int, tuple[int, str, str]] = {}  # per article, the last credit: where it ends, the outlet, its words
    for node in sorted((n for n in nodes if n.attribution is not None), key=lambda n: (n.article, n.span)):
        att, text = node.attribution, texts[node.article]
        spans = [s for s in (att.source.span, att.cue_span, att.medium_span, att.content_span) if s]
        kind = None if node.credits else outlet_by_kind(node)
        last = earlier.get(node.article)
        if kind and kind != AGENCY_NOUN and last is None and node.article < len(others):
            at = min(s for s, _ in spans)
            named = [(m.end(), name) for name in others[node.article]
                     for m in re.finditer(rf"\b{re.escape(norm(name))}\b", text[:at], re.I)
                     if re.search(rf"\b{kind}s?\b", text[max(0, m.start() - KIND_REACH):m.end() + KIND_REACH], re.I)]
            if named:
                node.credits = [max(named)[1]]
        if kind and last and last[0] <= min(s for s, _ in spans):
            if kind != AGENCY_NOUN or (AGENCY_NAME.search(last[2])
                                       and not NAMED_AGENCY.search(text, last[0], min(s for s, _ in spans))):
                node.credits = [last[1]]
        if node.credits and outlet_key(node.credits[0]) not in own[node.article]:
            # not the article's own outlet: "An agency spokesperson told the Globe ... The agency said" in the Globe
            # is the agency, and no outlet calls itself by its kind
            earlier[node.article] = (max(e for _, e in spans), node.credits[0], " ".join(node.named()))


# "the release said", "according to the figures": a document named by its kind alone
DOCUMENT_BY_KIND = re.compile(r"^the\s+(?P<noun>\w+)$", re.I)


def documents_named_again(nodes: Sequence[Node], texts: Sequence[str], others: Sequence[Sequence[str]]) -> None:
    """Credit an attribution that names only a document by its kind ("..., the release said", "according to the
    figures") with the outlet the article credited last before it, as a reader takes "the release" for the one
    spoken of last; unless a document of that kind was brought in between ("a report by the council"). With no
    credit before it, the one outlet of the set (`others`, the article's own aside) that the article credits or
    names in full anywhere; else none: an unknown document credits no outlet."""
    in_order = sorted((n for n in nodes if n.attribution is not None), key=lambda n: (n.article, n.span))
    for node in in_order:
        att, text = node.attribution, texts[node.article]
        m = next((m for m in (DOCUMENT_BY_KIND.match((n or "").strip()) for n in (att.source.text, att.medium))
                  if m and m.group("noun").lower() in NAMED_AGAIN_NOUNS), None)
        if node.credits or m is None:
            continue
        noun = m.group("noun").lower()
        before = [n for n in in_order if n.article == node.article and n.credits and n.span[0] < node.span[0]]
        if before:
            last = before[-1]
            brought_in = re.compile(rf"\b(?:an?|another)\s+(?:[\w-]+\s+){{0,3}}?{noun}s?\b", re.I)
            if not brought_in.search(text, last.span[1], node.span[0]):
                node.credits = [last.credits[0]]
            continue
        credited = {c for n in in_order if n.article == node.article for c in n.credits}
        credited |= {name for name in others[node.article]
                     if re.search(rf"\b{re.escape(LEADING_THE.sub('', name))}\b", text)}
        by_key = {outlet_key(c): c for c in credited}
        if len(by_key) == 1:
            node.credits = list(by_key.values())


def proper(name: str) -> bool:
    """Every word of it capitalised, a leading "the" aside: "the Herald" may name an outlet, "the press" does not."""
    words = LEADING_THE.sub("", name.strip()).split()
    return bool(words) and all(w[:1].isupper() for w in words)


def compared(text: str) -> str:
    """The text as its meaning is compared: without an opening dateline, a recased letter "[t]here" as "there"."""
    return EDITED_LETTER.sub(r"\1", DATELINE.sub("", text))


def wire_credit(text: str) -> Optional[str]:
    """The agency or outlet an article credits as the one whose copy it is, as wire style credits it: in parentheses
    in the dateline that opens the body ("KAVRA, Sept 12 (Tarrow Wire) - ..."), else in its closing line ("(Tarrow
    Wire; additional editing by the Herald)", "- Tarrow Wire", "This story was originally published by the Tarrow
    Wire."). A name with "by" in it is a reporter's or an editor's credit ("(Reporting by A; editing by B)"): none."""
    found = [m.group("agency") for m in [WIRE_DATELINE.match(text)] if m]
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not found and len(lines) > 1:
        found = [next(g for g in m.groups() if g) for m in [WIRE_CLOSING.match(lines[-1])] if m]
    name = found[0].strip() if found else None
    return None if not name or re.search(r"\bby\b", name, re.I) else name


def framed_credits(sentence: str) -> list[str]:
    """The names a sentence credits in a frame of `credit_frames.txt` ("Writing in the Harbour Gazette, ..." -> "the
    Harbour Gazette"), whether or not they name outlets: `build_trace` keeps those that do."""
    names = (m.group("name") for frame in CREDIT_FRAMES for m in frame.finditer(sentence))
    return list(dict.fromkeys(re.sub(r"(?<=[a-z]{2})\.$", "", name) for name in names))  # the full stop ends the sentence


def trailing_credit(text: str) -> Optional[tuple[str, int]]:
    """The name a closing credit clause gives ("..., Wikinews reported" -> "Wikinews"), and where the clause starts."""
    m = TRAILING_CREDIT.search(text)
    return ((m.group("according") or m.group("name")).strip(), m.start()) if m else None


def pieces(text: str) -> list[str]:
    """The text and the parts a retelling may pass on alone, each of at least MIN_SENTENCE_WORDS words: the
    sentences of a long quote; the clauses of a sentence (after a semicolon, before ", but"/", and ...", on
    either side of an elision "[...]"); a main clause without the adverbial fronted before it ("Despite ...,");
    the sentence without an aside (", which ...,"); each quoted stretch of a sentence that frames a quote. A
    retelling that passes on one of them is compared with that one."""
    found = [m.group(0).strip() for m in SENTENCE.finditer(text)]
    for sentence in list(found):
        clauses = [part.strip() for part in CLAUSE_BREAK.split(sentence)]
        clauses += [part.strip() for part in ELABORATION.split(sentence)[1:]]
        found += clauses + [FRONTED.sub("", part) for part in clauses]
        found.append(ASIDE.sub(" ", sentence))
        found += [m.group(1).strip() for m in QUOTED.finditer(sentence)]
    found = [x for x in dict.fromkeys(found) if x != text and len(x.split()) >= MIN_SENTENCE_WORDS]
    return [text, *found]


@dataclass
class Edge:
    parent: str
    child: str
    kind: str  # "copy", "relay" or "pickup"
    similarity: float
    evidence: str
    drift: list[Drift] = field(default_factory=list)


@dataclass
class TraceGraph:
    analyses: list[Analysis]
    nodes: list[Node]
    edges: list[Edge]
    similarity: np.ndarray = field(repr=False, default=None)

    def __post_init__(self) -> None:
        self._nodes = {n.id: n for n in self.nodes}
        self._parent = {e.child: e for e in self.edges}
        self._children: dict[str, list[str]] = {}
        for e in self.edges:
            self._children.setdefault(e.parent, []).append(e.child)

    def node(self, node_id: str) -> Optional[Node]:
        return self._nodes.get(node_id)

    def parent_edge(self, node_id: str) -> Optional[Edge]:
        return self._parent.get(node_id)

    def chain(self, node_id: str) -> list[dict]:
        """The trees (earliest first) of every statement connected to this one, each node with its edge."""
        linked = {node_id}
        frontier = [node_id]
        while frontier:
            current = frontier.pop()
            parent = self._parent.get(current)
            for other in [*self._children.get(current, []), *([parent.parent] if parent else [])]:
                if other not in linked:
                    linked.add(other)
                    frontier.append(other)
        roots = [n for n in self.nodes if n.id in linked and self.parent_edge(n.id) is None]
        return [self._tree(n, node_id) for n in sorted(roots, key=self._order)]

    def _order(self, node: Node) -> tuple:
        return (*date_order(article_date(self.analyses[node.article].article)), node.article, node.span[0])

    def _tree(self, node: Node, asked: str) -> dict:
        children = [self._nodes[c] for c in self._children.get(node.id, [])]
        edge = self.parent_edge(node.id)
        return {**describe(node, self.analyses[node.article]), "asked": node.id == asked,
                "edge": edge_dict(edge) if edge else None,
                "children": [self._tree(c, asked) for c in sorted(children, key=self._order)]}


def describe(node: Node, analysis: Analysis) -> dict:
    """What a reader needs of a node: outlet, date, who it names as the source, hedge, stance, quote kind."""
    a, art = node.attribution, analysis.article
    return {
        "id": node.id, "article": analysis.input, "article_id": art.id, "outlet": outlet_name(art), "url": art.url,
        "date": article_date(art), "title": art.title, "content": node.text, "span": list(node.span),
        "source": a.source.text if a else None, "source_kind": a.source.kind if a else None,
        "cue": a.cue if a else None, "medium": a.medium if a else None, "cites": a.cites if a else None,
        "hedge": a.hedge if a else None, "hedge_probability": a.hedge_probability if a else None,
        "stance": a.stance if a else "assert", "quote": a.quote if a else "stated as fact",
        "credits": node.credits,
    }


def edge_dict(edge: Edge) -> dict:
    return {"kind": edge.kind, "from": edge.parent, "similarity": round(edge.similarity, 3),
            "evidence": edge.evidence, "drift": [asdict(d) for d in edge.drift]}


def sentence_spans(text: str) -> list[Span]:
    """Where each sentence of the text starts and ends, the whitespace after it left out."""
    return [(m.start(), m.start() + len(m.group(0).rstrip())) for m in SENTENCE.finditer(text)]


def nodes_of(analysis: Analysis, index: int) -> list[Node]:
    """Its attributions (ids as the store gives them) and its sentences: "-s<n>" those that hold no
    attribution, "-h<n>" those that do, "-c<n>" a clause of those that no attribution covers
    (`uncovered_clauses`, `leading_clauses`, `absolute_after_credit`), and each claim of an attribution's content
    or of a sentence of none that carries two claims or more (`claim_parts`, `claim_nodes`), before it.

    A short content ("denied corruption", "believes X was guilty") says little on its own: its
    whole sentence stands for it when meanings are compared. A sentence that holds attributions is a
    source only (`build_trace`): extraction may have missed the clause a retelling passes on ("arguing
    publication would ...", "was reportedly rejected by ...")."""
    art = analysis.article
    sentences = sentence_spans(art.text)
    out = []
    body = [(position, att) for position, att in enumerate(analysis.attributions, start=1) if att.part != "title"]
    number = {"s": 0, "h": 0, "c": 0}  # sentences and clauses numbered so far
    for position, att in body:  # a headline's attribution is read against its body, as headline drift
        span = att.content_span or (0, 0)
        around = next(((s, e) for s, e in sentences if s <= span[0] < e), span)
        cut = CUT_COMPLEMENT.match(art.text, span[1]) if len(att.content.split()) < MIN_WHOLE_WORDS else None
        if cut:  # "called the decision an affront | to the thousands of ...": the phrase goes on to the clause's end
            context = art.text[span[0]:clause_around(art.text, around, span[0])[1]].rstrip(" .!?")
        elif len(att.content.split()) >= MIN_CONTENT_WORDS:
            context = att.content
        else:
            context = art.text[slice(*clause_around(art.text, around, span[0]))]
        quoted = quote_after_colon(art.text, att)
        if quoted:  # "He said A: “B.”": the report before the colon here, the quote a statement of its own
            before = (span[0], span[0] + len(art.text[span[0]:quoted[0]].rstrip(" “\":")))
            out.append(Node(f"{art.id}-{position}", index, art.text[slice(*before)], before, att))
            continue
        said = said_before_frame(art.text, around, att, [a for _, a in body if a is not att])
        if said:  # "A, X told reporters, the Dispatch reported": extraction took the outer report for X's words
            out.append(Node(f"{art.id}-{position}", index, art.text[slice(*said)], said, att))
            continue
        whole = Node(f"{art.id}-{position}", index, att.content, span, att, context)
        parts = claim_parts(art.text, span, reported=bool(att.cue_span and att.cue_span[1] <= span[0]),
                            quoted=att.quote == "direct") if len(att.content_spans) == 1 else []
        out += claim_nodes(whole, parts, art, index, number)
    taken = [(s, node.id) for node in out if not node.id.rsplit("-", 1)[1].startswith("c")
             for s in (node.attribution.content_span, node.attribution.cue_span) if s]
    for start, end in sentences:
        if len(art.text[start:end].split()) < (MIN_RUNNING_WORDS if in_running_text(art.text, (start, end))
                                                else MIN_SENTENCE_WORDS):
            continue
        holds = list(dict.fromkeys(node_id for (s, e), node_id in taken if s < end and start < e))
        if not holds and (SOURCING_NOTE.search(art.text, start, end) or RELEASE_LINE.search(art.text[start:end])
                          or not art.text[end:].strip() and WIRE_CLOSING.match(art.text[start:end].strip())):
            continue  # why a source goes unnamed, who put the release out, whose copy it is: the reporting, not news
        kind = "h" if holds else "s"
        number[kind] += 1
        whole = Node(f"{art.id}-{kind}{number[kind]}", index, art.text[start:end], (start, end), holds=holds)
        if holds:
            out.append(whole)
        else:
            out += claim_nodes(whole, claim_parts(art.text, (start, end)), art, index, number)
        if holds:
            parts = [(s, e) for (s, e), node_id in taken if node_id in holds]
            spoken = [s for node in out if node.id in holds for s in
                      (node.attribution.source.span, node.attribution.cue_span, node.attribution.content_span) if s]
            own = uncovered_clauses(art.text, (start, end), parts) + leading_clauses(art.text, (start, end), spoken)
            for clause_start, clause_end in own:
                number["c"] += 1
                out.append(Node(f"{art.id}-c{number['c']}", index, art.text[clause_start:clause_end],
                                (clause_start, clause_end)))
            for node in [n for n in out if n.id in holds]:  # "..., the union said on Saturday, with strikes set to
                absolute = (absolute_after_credit(art.text, (start, end), node.attribution)  # begin next week"
                            or clause_before_credit(art.text, (start, end), node.attribution))
                if absolute:
                    number["c"] += 1
                    clause = art.text[slice(*absolute)]
                    out.append(Node(f"{art.id}-c{number['c']}", index, clause, absolute, node.attribution,
                                    f"{node.attribution.content.rstrip(' ,.')}, {clause}"))  # with its speaker
                conjoined = conjoined_after_content(art.text, (start, end), node.attribution)
                if conjoined:  # "X said A and had no plans to B", compared with its subject: "A and had no ..."
                    number["c"] += 1
                    clause = art.text[slice(*conjoined)]
                    out.append(Node(f"{art.id}-c{number['c']}", index, clause, conjoined, node.attribution,
                                    f"{node.attribution.content.rstrip(' ,.')} and {clause}"))
                quoted = quote_after_colon(art.text, node.attribution)  # "He said A: “B.”"
                if quoted:
                    number["c"] += 1
                    out.append(Node(f"{art.id}-c{number['c']}", index, art.text[slice(*quoted)], quoted,
                                    node.attribution))
    return out


def claim_nodes(whole: Node, parts: Sequence[tuple[Span, str]], art, index: int, number: dict[str, int]) -> list[Node]:
    """The statement `whole` and, when it carries two claims or more (`claim_parts`), each claim as a "-c" node of
    its own (`claim_of` the whole's id), the claims first: `build_trace` links a statement's claims before the
    statement and skips whatever overlaps a span already linked, so the whole links only when none of its claims does.

    The claims are added beside the statement rather than replacing it. A retelling that passes on one of the two
    claims links by that clause alone, and one that passes on both as two statements links each to its own; but
    labels are matched one edge to one label, so two claims passed on from one source statement that carries both
    are one edge, the whole statement's (`build_trace` merges them: a second edge to the same parent would be false),
    and the whole must be there for it and for a retelling that keeps the sentence whole (as a source, a claim clause
    is compared only with claim clauses: a whole statement is passed on from a whole statement). Measured on every
    set (bench/trace.py, first cut of the rules): replacing the statement by its claims lost a relay in held out 2 (a
    retelling of the whole sentence then had to pick one claim of its source, and the label was on the other) that
    the claims added beside it kept, and found one relay fewer in held out 11."""
    if len(parts) < 2:
        return [whole]
    made = []
    for span, said in parts:
        number["c"] += 1
        made.append(Node(f"{art.id}-c{number['c']}", index, art.text[slice(*span)], span, whole.attribution, said,
                         claim_of=whole.id))
    return made + [whole]


def said_before_frame(text: str, sentence: Span, att: Attribution, others: Sequence[Attribution]) -> Optional[Span]:
    """What was said, when extraction gave a reporting clause as the content ("It was clear that politics trumped
    common sense, Senator Ann Berg told reporters, the Dispatch reported": content "the Dispatch reported";
    "Almost half of the children lack iodine, researchers say, the Gazette reported on Thursday": content
    "researchers say, the Gazette reported on Thursday"): the words before the speaker, up to the comma that sets the
    frames off, when they are a sentence's length and no other attribution's content is in them."""
    if not FRAME_ONLY.fullmatch(att.content.strip()):
        return None
    frame = min((s[0] for s in (att.source.span, att.cue_span, att.content_span) if s), default=None)
    if frame is None or not sentence[0] < frame <= sentence[1]:
        return None
    before = text[sentence[0]:frame]
    if not re.search(r",\s*$", before) or len(before.split()) < MIN_SENTENCE_WORDS:
        return None
    end = sentence[0] + len(before.rstrip(" ,"))
    if any(o.content_span and o.content_span[0] < end and sentence[0] < o.content_span[1] for o in others):
        return None
    return sentence[0], end


def in_running_text(text: str, sentence: Span) -> bool:
    """The sentence is not a paragraph of its own (a dateline, a caption, a byline stand alone), and ends as a
    sentence does."""
    start, end = sentence
    alone = text.rfind("\n", 0, start) >= len(text[:start].rstrip()) - 1 and not text[end:].split("\n", 1)[0].strip()
    return not alone and text[start:end].rstrip("\"”’)").endswith((".", "!", "?"))


def clauses(text: str, sentence: Span) -> list[Span]:
    """A sentence cut at its clause breaks (`CLAUSE_BREAK`), the breaks left out."""
    start, end = sentence
    bounds = [start, *(x for m in CLAUSE_BREAK.finditer(text, start, end) for x in (m.start(), m.end())), end]
    return [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]


def clause_around(text: str, sentence: Span, position: int) -> Span:
    """The clause of a sentence that holds `position`: "denied corruption" is compared as "Lai had denied corruption
    at his trial", not with the ", although he accepted ..." the sentence goes on to (a statement of its own)."""
    return next(((s, e) for s, e in clauses(text, sentence) if s <= position < e), sentence)


def uncovered_clauses(text: str, sentence: Span, covered: Sequence[Span]) -> list[Span]:
    """The clauses of a sentence (`CLAUSE_BREAK`) that no attribution's cue or content touches, of a sentence's
    length: "The quay is safe, the harbour master said, but repairs could take up to six weeks" carries the
    repairs as a statement of its own, which extraction left outside the harbour master's words."""
    return [(s, e) for s, e in clauses(text, sentence) if len(text[s:e].split()) >= MIN_SENTENCE_WORDS
            and not any(a < e and s < b for a, b in covered)]


def leading_clauses(text: str, sentence: Span, spoken: Sequence[Span]) -> list[Span]:
    """The main clause of a clause of the sentence whose attribution (its speaker, cue or content) sits in a
    subordinate clause after it (`LEADS_INTO`): "Forty staff face redundancy at the plant after the firm announced
    plans to shut it" is the article's own statement that forty staff face redundancy, passed on with the firm's
    plans, which is all the attribution covers. It needs `MIN_SENTENCE_WORDS` words and `MIN_CLAUSE_CONTENT`
    content words."""
    found = []
    for s, e in clauses(text, sentence):
        inside = [a for a, b in spoken if a < e and s < b]
        if not inside or min(inside) <= s:
            continue
        lead = LEADS_INTO.search(text, s, min(inside))
        if lead is None:
            continue
        main = text[s:lead.start()]
        end = s + len(main.rstrip(" ,"))
        if len(main.split()) >= MIN_SENTENCE_WORDS and len(content_stems(compared(main))) >= MIN_CLAUSE_CONTENT:
            found.append((s, end))
    return found


def absolute_after_credit(text: str, sentence: Span, att: Attribution) -> Optional[Span]:
    """An absolute clause ("with strikes set to begin next week") after the reporting clause that closes a
    content ("Talks collapsed on Friday, the union said on Saturday, with ..."): the words passed on run on past
    the credit. `nodes_of` makes it a statement of its own, of the same speaker and credit, compared as the content
    it goes on from ("Talks collapsed on Friday, with strikes set to begin next week"): a retelling may pass on
    either. None when the content does not come first, or the reporting clause goes on with more than a time or a
    channel (`MAX_CREDIT_TAIL_WORDS`)."""
    spans = [s for s in (att.source.span, att.cue_span, att.medium_span) if s]
    content = att.content_span
    if content is None or not spans or min(a for a, _ in spans) < content[1] or max(b for _, b in spans) >= sentence[1]:
        return None
    m = ABSOLUTE_AFTER.fullmatch(text, max(b for _, b in spans), sentence[1])
    if m is None or len(m.group("rest").split()) > MAX_CREDIT_TAIL_WORDS:
        return None
    return m.span("clause") if len(content_stems(m.group("clause"))) >= 2 else None


# "Output will move to the Eastwick plant, where 120 jobs may be created, the statement said": a clause set off between
# the content and the reporting clause that closes it (`clause_before_credit`)
CLAUSE_BEFORE = re.compile(r",\s+(?P<clause>(?:where|with)\s+[^;:\"“”]+?),\s*$", re.I)


def clause_before_credit(text: str, sentence: Span, att: Attribution) -> Optional[Span]:
    """A clause set off by commas between a content and the reporting clause that closes it ("Output will move to
    the Eastwick plant, where 120 new jobs may be created, the statement said"; "..., with strikes set to begin next
    week, the union said"), which extraction left out of the content: the words passed on go on past it, as an
    absolute clause after the credit does (`absolute_after_credit`). None unless the content comes first and the
    clause has at least two content words after its first ("where possible" says nothing of its own)."""
    credit = min((s[0] for s in (att.source.span, att.cue_span, att.medium_span) if s), default=None)
    content = att.content_span
    if content is None or credit is None or credit < content[1] or content[0] < sentence[0]:
        return None
    m = CLAUSE_BEFORE.fullmatch(text, content[1], credit)
    if m is None or len(content_stems(m.group("clause").split(None, 1)[1])) < 2:  # its words after "where"
        return None
    return m.span("clause")


# "Roux said the ministry would study the ruling and had no plans to change the law": a second predicate conjoined to the
# content, opened by a finite auxiliary with no subject of its own, to the sentence's end (`conjoined_after_content`)
CONJOINED = re.compile(r"\s+and\s+(?P<clause>(?:" + "|".join(_phrases("conjoined_auxiliaries"))
                       + r")\s+[^;:\"“”]+?)[\s.!?]*$", re.I)


def conjoined_after_content(text: str, sentence: Span, att: Attribution) -> Optional[Span]:
    """A predicate conjoined to an indirect content after the reporting clause ("Roux said the ministry would study the
    ruling and had no plans to change the law"; "The firm said its staff had found the fault and was repairing the
    line"), which extraction left out of the content: the same speaker's statement of the same subject, which a
    retelling may pass on alone ("The ministry has no plans to change the law"). None unless the reporting clause
    comes first, the content runs on to "and" with nothing between, no quote mark is in it, and the predicate has at
    least `MIN_CLAUSE_CONTENT` content words."""
    credit = [s for s in (att.source.span, att.cue_span) if s]
    content = att.content_span
    if content is None or not credit or max(b for _, b in credit) > content[0] or not content[1] < sentence[1]:
        return None
    m = CONJOINED.fullmatch(text, content[1], sentence[1])
    if m is None or len(content_stems(compared(m.group("clause")))) < MIN_CLAUSE_CONTENT:
        return None
    return m.span("clause")


# "He said manufacturers would never do it: “We've tried and we haven't succeeded.”": a quote after a colon
QUOTE_AFTER_COLON = re.compile(r":\s+[\"“](?P<quote>[^\"“”]+?)[\s.!?]*[\"”]?[\s.!?]*$")


def quote_after_colon(text: str, att: Attribution) -> Optional[Span]:
    """The quote a content goes on to after a colon ("He said food makers would never do it voluntarily: “We've
    tried and we haven't succeeded.”"): the speaker's own words, a statement of their own beside the report before
    the colon, which a retelling may pass on alone. Each side needs `MIN_CONTENT_WORDS` words."""
    if att.content_span is None:
        return None
    start, end = att.content_span
    m = QUOTE_AFTER_COLON.search(text, start, end)
    if m is None or min(len(m.group("quote").split()), len(text[start:m.start()].split())) < MIN_CONTENT_WORDS:
        return None
    return m.span("quote")


# Claim clauses (`claim_parts`): a statement of one sentence that carries two claims a retelling may pass on apart
RESULT_PARTICIPLE = re.compile(r",\s+(?P<word>" + "|".join(_phrases("result_participles")) + r")\s", re.I)
FINITE_PASTS = frozenset(_phrases("finite_pasts"))
CLAUSE_ADVERBS = frozenset(_phrases("clause_adverbs"))
AND_CLAUSE = re.compile(r",\s+and\s+")
AND_THAT = re.compile(r",?\s+and\s+that\s+")
CONTRAST_PREPOSITIONS = r"(?:by|from|in|at|on|for|to|with|through|over|under|during|because\s+of)"
CONTRAST = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+|\s+(?=rather\s))(?P<neg>not|rather\s+than)\s+(?P<prep>"
                      + CONTRAST_PREPOSITIONS + r")\s", re.I)
NEGATION_OPENING = re.compile(r"^(?:not|rather\s+than)\s+", re.I)
REFERS_TO_FIRST = re.compile(r"\bit\b", re.I)  # "..., and the logbooks will show it": a comment on the first clause
MIN_CLAIM_WORDS = 4  # words a claim's main clause needs to stand apart from the one it is cut from
MIN_CLAIM_CONTENT = 2  # content words the clause cut off needs ("six went to hospital")
MAX_SUBJECT_WORDS = 6  # words between ", and" and the verb of a coordinated clause: its subject
FINITE = AUXILIARIES - {"not", "no", "one", "be", "been", "being"}


def finite_verb(word: str) -> bool:
    """An auxiliary, a past in "-ed" or an irregular past (`finite_pasts.txt`): what shows a clause has a verb."""
    word = word.lower()
    return word in FINITE or word in FINITE_PASTS or (len(word) > 4 and word.endswith("ed"))


def own_subject(rest: str) -> bool:
    """The words after ", and" open a clause with a subject of its own: a noun phrase of up to `MAX_SUBJECT_WORDS`
    words, then a finite verb ("six went to hospital", "the council has no plans"); not a second predicate of the
    same subject ("was taken to hospital", "then met the families") nor "that ..." (`AND_THAT`)."""
    words = WORD.findall(rest)
    at = next((k for k, w in enumerate(words[:MAX_SUBJECT_WORDS + 1]) if finite_verb(w)), None)
    if not at:  # none, or the first word: a predicate with no subject of its own
        return False
    subject = [w.lower() for w in words[:at]]
    return not (subject[0] in CLAUSE_ADVERBS or subject[0] == "that" or subject[0].endswith(("ing", "ly")))


def claim_parts(text: str, span: Span, reported: bool = False, quoted: bool = False) -> list[tuple[Span, str]]:
    """The claims a statement's span carries, each with the text it is compared as, when it carries more than one:
    (a) a main clause and a participial clause after it that states a further event ("Water flooded the tunnel,
    trapping four workers": `result_participles.txt`; not one that only tells how, ", saying ...", ", citing ...");
    (b) full clauses coordinated by ", and", each with a subject of its own ("Nineteen staff were brought out, and
    six went to hospital"; `own_subject`), unless the second refers back with "it" ("..., and the logbooks will show
    it": a comment on the first); (c) in a reported content (`reported`), two that-clauses after one
    reporting verb ("said the pier was unsafe and that repairs would take weeks"); (d) a contrast whose second side
    denies a phrase parallel to one of the first, with the same preposition ("was caused by a faulty update, not by
    a cyberattack"; "closed in March rather than in April"), compared as the first with that phrase denied ("was
    caused not by a cyberattack"), outside a direct quote (`quoted`: in a speaker's own words, "we heard it from the
    radio, not from the council", the contrast is the emphasis of one remark). A contrasted noun phrase ("are
    employees, not contractors") says what the first claim is, not a claim of its own. Empty when there is one claim. The main clause needs `MIN_CLAIM_WORDS`
    words, each clause cut off `MIN_CLAIM_CONTENT` content words."""
    start, end = span
    cuts: list[tuple[int, int, Optional[str]]] = []  # (where the claim before ends, where this one starts, contrast)
    for m in RESULT_PARTICIPLE.finditer(text, start, end):
        cuts.append((m.start(), m.start("word"), None))
    for m in AND_CLAUSE.finditer(text, start, end):
        if own_subject(text[m.end():end]) and not REFERS_TO_FIRST.search(text, m.end(), end):
            cuts.append((m.start(), m.end(), None))
    if reported:
        for m in AND_THAT.finditer(text, start, end):
            after = WORD.findall(text[m.end():end])
            if after and not finite_verb(after[0]):  # "and that was all": "that" is the subject, not a clause's start
                cuts.append((m.start(), m.end(), None))
    for m in (() if quoted else CONTRAST.finditer(text, start, end)):
        prep = m.group("prep")
        before = text[start:m.start()]
        head = list(re.finditer(rf"\b{prep}\b", before, re.I))
        if head:
            cuts.append((m.start(), m.start("neg"), before[:head[-1].start()].strip()))
    cuts = sorted({c[0]: c for c in sorted(cuts)}.values())
    if not cuts:
        return []
    bounds = [start] + [c[1] for c in cuts]
    stops = [c[0] for c in cuts] + [end]
    parts: list[tuple[Span, str]] = []
    for k, (s, e) in enumerate(zip(bounds, stops)):
        e = s + len(text[s:e].rstrip(" ,.;!?\"”’)"))
        claim = text[s:e]
        if k == 0:
            if len(claim.split()) < MIN_CLAIM_WORDS or len(content_stems(compared(claim))) < MIN_CLAIM_CONTENT:
                return []
            parts.append(((s, e), claim))
            continue
        lead = cuts[k - 1][2]
        if len(content_stems(compared(claim))) < (1 if lead else MIN_CLAIM_CONTENT):
            return []
        said = f"{lead} not {NEGATION_OPENING.sub('', claim)}" if lead else claim
        parts.append(((s, e), said))
    return parts


def date_order(date: Optional[str]) -> tuple[bool, str]:
    """Sorts dates earliest first, a month known alone ("2021-11") after its days, undated last."""
    return (date is None, (date or "") + ("" if date is None or len(date) >= 10 else "-~"))


def not_after(first: Optional[str], second: Optional[str]) -> bool:
    """`first` is no later than `second`, compared at the coarser of the two dates (unknown: not ruled out)."""
    if not first or not second:
        return True
    k = min(len(first), len(second))
    return first[:k] <= second[:k]


def strictly_before(first: Optional[str], second: Optional[str]) -> bool:
    if not first or not second:
        return False
    k = min(len(first), len(second))
    return first[:k] < second[:k]


def announces_itself(article: Article) -> bool:
    """The body opens with its own outlet's name ("Amblestone and Wendle Hospitals Trust will temporarily close two
    wards ..." on the trust's page): the issuer tells its own news in the third person, as a release does, under
    no release heading; the page is that news's first publication."""
    name = re.sub(r"^the\s+", "", (article.outlet or "").strip(), flags=re.I)
    return bool(name) and re.match(rf"(?:the\s+)?{re.escape(name)}\b", article.text.lstrip(), re.I) is not None


ISSUER_NOUNS = frozenset(_phrases("issuer_nouns"))


def issuer_page(article: Article, others: Sequence[str]) -> bool:
    """The article is a public body's own page (its outlet's name holds a word of `issuer_nouns.txt` and none of a news
    outlet's: "Tarrant Vale County Fire Service", not "Harrier News Service") that names none of the `others` outlets:
    a fire service's evacuation order comes out before the same day's news of it, as a release does, under no
    release heading. A body answering a report names the outlet that ran it."""
    words = set(norm(article.outlet or "").replace(",", " ").split())
    if not words & ISSUER_NOUNS or words & (OUTLET_WORDS | OUTLET_NOUNS):
        return False
    return not any(re.search(rf"\b{re.escape(named)}\b", article.text) for name in others for named in called(name))


def called(name: str) -> list[str]:
    """How a text may name an outlet: in full, or by the last three or more words of its name from a capital on
    ("the Defence and Security Committee" for the "National Assembly Defence and Security Committee")."""
    words = LEADING_THE.sub("", name).split()
    return [" ".join(words[k:]) for k in range(max(1, len(words) - 2)) if k == 0 or words[k][:1].isupper()]


def own_interview(analysis: Analysis, sentences: Sequence[Span], own: set[str], known: set[str],
                  shortened: dict[str, set[str]]) -> frozenset[str]:
    """The names of the speakers who told the article's own outlet what it reports ("Rhona Castellane told the
    Gazette", "Speaking on Eddersby Sound's Breakfast Show, Rhona Castellane said"): the outlet's own interview is
    the first publication of their words, before the same day's retellings of them. (Taken as the first publication
    of the whole article, it put a paper's interview with a minister before the wire it retold for the rest:
    relay 1761/325/648 -> 1762/329/647.)"""
    text = analysis.article.text
    found: set[str] = set()
    for att in analysis.attributions:
        if att.source.kind != "person" or not speaker_names(att):
            continue
        start, end = next(((s, e) for s, e in sentences if s <= att.content_span[0] < e), att.content_span)
        if att.source.span:  # "Speaking on Eddersby Sound's Breakfast Show, X said": the frame may open before it
            start = min(start, att.source.span[0])
        named = [att.medium] + framed_credits(text[start:end])
        if {outlet_key(name) for name in resolved(named, known, shortened, text)} & own:
            found |= speaker_names(att)
    return frozenset(found)


def build_trace(analyses: Sequence[Analysis], similarity: Similarity,
                settings: TraceSettings = TraceSettings()) -> TraceGraph:
    analyses = list(analyses)
    nodes = [n for i, a in enumerate(analyses) for n in nodes_of(a, i)]
    titles = [a.article.title or "" for a in analyses]
    dates = [article_date(a.article) for a in analyses]
    names = [n for n in dict.fromkeys(outlet_name(a.article) for a in analyses) if n]
    first = [bool(a.article.release or a.article.exclusive or announces_itself(a.article)
                  or issuer_page(a.article, [n for n in names if n != outlet_name(a.article)]))
             for a in analyses]  # the story's first publication

    def came_out_before(j: int, i: int) -> bool:
        """Article `j` came out before `i`: an earlier date, or the same day's release, exclusive or issuer's own page
        that `i` retells, or the same day's article that tells `i`'s story and holds it (`retold_from`)."""
        return strictly_before(dates[j], dates[i]) or same_day(j, i) and not first[i] and (
            first[j] or retold_from(j, i))

    def same_day(j: int, i: int) -> bool:
        return bool(dates[j]) and dates[j] == dates[i]

    def retold_from(j: int, i: int) -> bool:
        """`i` tells `j`'s story (`same_story`) and more of `i` is in `j` than of `j` in `i`, by `retold_margin`
        (`story_overlaps`): a retelling keeps part of what its source says and adds little, and the source says
        more than it passes on. Two reports of the same day from the same source each add their own: neither holds
        the other. An article whose outlet interviewed a speaker itself (`own_interview`) reports at first hand."""
        there, back = overlaps(i)[j], overlaps(j)[i]
        return bool(not interviewed[i] and np.isfinite(there) and np.isfinite(back) and there >= settings.same_story
                    and there - back >= settings.retold_margin)

    outlets = [article_outlets(a.article) for a in analyses]
    known = {outlet_key(name) for name in alias_table().values()}.union(*outlets)
    shortened = short_names(outlet_name(a.article) for a in analyses)
    sentences = [sentence_spans(a.article.text) for a in analyses]
    for node in nodes:  # a medium or source is an outlet when the alias table or an article in the set says so
        text = analyses[node.article].article.text
        own = outlet_name(analyses[node.article].article)
        att = node.attribution
        owned = channel_owners(node, text) + ([(att.source.text, att.source.span[0])] if att and att.source.span
                                              else [])
        owned += [(owner, at) for name, at in owned if (owner := document_owner(name))]  # "the company's statement"
        others = [n for n in names if n != own]
        # the speaker's own issuer is whom the speaker speaks for ("the company said", "the trust's director said"),
        # not an outlet that passed the words on
        speaker = att.source.text if att else None
        issuers = [(issuer(name, text[:at], others, own=own) or described(name, text, others, own), name == speaker)
                   for name, at in owned]
        speakers = [found for found, is_speaker in issuers if is_speaker]
        named = node.named() + [name for name, _ in owned] + [found for found, is_speaker in issuers if not is_speaker]
        speaks_for = SPEAKS_FOR.match(att.source.text) if att and att.source.span else None
        if speaks_for:  # "the trust's director said" credits as "the trust said" does, when the trust is named in full
            owner = speaks_for.group("owner")
            speakers += [owner, issuer(owner, text[:att.source.span[0]], others, first_words=False, own=own)
                         or described(owner, text, others, own), possessed_body(att.source.text, others)]
        role_of = NAMED_BEFORE_ROLE.match(att.source.text) if att and att.source.span else None
        if role_of:  # "a Lunet spokesperson said", "Lunet chief executive Ana Moll said": as "Lunet's ... said" does
            speakers.append(role_of.group("owner"))
        role_at = ROLE_AT.search(att.source.text) if att and att.source.span else None
        if role_at:  # "the chief economist of Statistics Brevania said", as "Statistics Brevania's ... said" does
            speakers.append(role_at.group("owner"))
        by_others, by_speaker = resolved(named, known, shortened, text), resolved(speakers, known, shortened, text)
        node.credits = list(dict.fromkeys(by_others + by_speaker))
        if not {outlet_key(c) for c in node.credits} - outlets[node.article]:  # else a frame of its sentence
            # crediting an outlet other than its article's own ("Keldby Independents leader X condemned plans,
            # revealed by the Keldby Chronicle, to ..." in the party's own release)
            start, end = next(((s, e) for s, e in sentences[node.article] if s <= node.span[0] < e), node.span)
            node.credits += [c for c in resolved(framed_credits(text[start:end]), known, shortened, text)
                             if outlet_key(c) not in outlets[node.article]]
        node.speakers_own = frozenset(map(outlet_key, by_speaker)) - frozenset(map(outlet_key, by_others))
        if speaker:
            voices = [speaker, COMPANY_BEFORE.sub("", speaker), KIND_BEFORE.sub("", speaker)]
            node.voice = frozenset(map(outlet_key, by_speaker + resolved(voices, known, shortened, text)))
    texts = [a.article.text for a in analyses]
    interviewed = [own_interview(a, sentences[i], outlets[i], known, shortened) for i, a in enumerate(analyses)]
    same_statements(nodes, texts)
    outlets_named_again(nodes, texts, [[n for n in names if n != outlet_name(a.article)] for a in analyses], outlets)
    documents_named_again(nodes, texts, [[n for n in names if n != outlet_name(a.article)] for a in analyses])
    for node in nodes:
        node.passes_on = passes_on(node, analyses[node.article].article.text)
        trailing = trailing_credit(node.context)
        if trailing and outlet_key(trailing[0]) in known:  # the credit is not part of the claim compared
            node.context = node.context[:trailing[1]]
    stored = set().union(*outlets)
    sims = node_similarities(nodes, titles, similarity)
    stems = [content_stems(compared(n.context)) for n in nodes]
    support = word_support(stems, settings.min_shared_words)
    embedded = sims[:, :len(nodes)]
    sims[:, :len(nodes)] = np.where(embedded >= settings.support_floor, np.maximum(embedded, (embedded + support) / 2),
                                    embedded)
    narrowed_similarities(nodes, stems, sims, similarity, settings)
    # a claim clause (`claim_nodes`) is a source only of a claim clause: a whole statement is passed on from a whole
    # statement (measured: letting a whole statement take a claim clause it says more closely than the whole, by
    # `TIE`, added a false relay in held out 11 for no edge found)
    cut = np.array([bool(n.claim_of) for n in nodes], dtype=bool)
    sims[np.ix_(~cut, np.flatnonzero(cut))] = 0.0
    by_article: dict[int, list[int]] = {}
    for k, n in enumerate(nodes):
        by_article.setdefault(n.article, []).append(k)
    originals = reports_apart(copy_of(find_copies([a.article for a in analyses], settings.copies)), analyses, nodes,
                              by_article, outlets, settings.copies)

    # a body named by its kind ("police said") speaks for its own release in the same story
    for k, name in bodies_by_kind(analyses, nodes, sims, by_article, outlets, dates, settings).items():
        nodes[k].credits = [name]
        nodes[k].voice = nodes[k].speakers_own = frozenset({outlet_key(name)})
    wired = wire_copies(analyses, nodes, sims, by_article, outlets, dates, known, shortened, originals, settings)
    originals.update(wired)  # an agency's copy it credits as wire style does, sub-edited past `find_copies`
    # a document credited by its kind ("according to the report") credits the outlet of the stored article that is it
    for k, (j, phrase) in document_sources(analyses, nodes, sims, by_article, outlets, dates, originals, known,
                                           shortened, settings).items():
        nodes[k].credits = [outlet_name(analyses[j].article)]
        nodes[k].documents = {outlet_key(nodes[k].credits[0]): phrase}
    cited: list[dict[str, str]] = [{} for _ in analyses]  # per article, the outlets it credits anywhere, as named
    for node in nodes:
        for credit in node.credits:
            cited[node.article].setdefault(outlet_key(credit), node.documents.get(outlet_key(credit), credit))
    reporting: list[set[str]] = [set() for _ in analyses]  # per article, the outlets it credits as passing a report on
    for node in nodes:
        reporting[node.article] |= {outlet_key(c) for c in node.credits} - node.speakers_own
    words = [claim_words(compared(n.context)) for n in nodes]
    written = [" ".join(WORD.findall(compared(n.context))) for n in nodes]  # its words
    plain = [w.lower() for w in written]  # ... lower-cased
    sentence_of = {held: k for k, n in enumerate(nodes) for held in n.holds}  # attribution id -> its sentence

    def best_in(articles: Sequence[int], k: int, threshold: float, numbers_aside: bool = False,
                speakers_apart: bool = False, words_shared: float = 0.0) -> Optional[tuple[int, float]]:
        def apart(j: int) -> bool:
            return speakers_apart and other_speaker(nodes[k].attribution,
                                                    nodes[speaking_for(nodes, j, k, stems)].attribution)

        found = [(j, float(sims[k, j])) for a in articles for j in by_article.get(a, [])
                 if (sims[k, j] >= threshold or (numbers_aside and sims[k, j] >= settings.number_pickup
                                                 and number_variant(words[k], words[j], settings.number_words)
                                                 and not renamed(compared(nodes[k].context),
                                                                 compared(nodes[j].context))))
                 and (sims[k, j] >= settings.pickup or shared_share(stems[k], stems[j]) >= words_shared)
                 and not apart(j)]
        if speakers_apart:  # or, under the threshold, one it repeats a clause of word for word, as none of those does
            longest = max((repeated_run(plain[k], plain[j]) for j, _ in found), default=0)
            found += [(j, float(sims[k, j])) for a in articles for j in by_article.get(a, [])
                      if settings.relay <= sims[k, j] < threshold and repeats_wording(written[k], written[j])
                      and repeated_run(plain[k], plain[j]) > longest and not apart(j)]
        found = preferred_sources(nodes[k], [(nodes[j], j, score) for j, score in found])
        if speakers_apart and found:  # no outlet to go by: the wording it repeats tells which article it took the
            # claim from, and of an original and its copy saying it as closely (`TIE`), the original
            run = {j: repeated_run(plain[k], plain[j]) for j, _ in found}
            best = max(found, key=lambda js: (run[js[0]], js[1], -js[0]))
            original = originals.get(nodes[best[0]].article)
            kept = [js for js in found if nodes[js[0]].article == original and run[js[0]] >= run[best[0]]
                    and js[1] >= best[1] - TIE]
            return max(kept, key=lambda js: (js[1], -js[0])) if kept else best
        return max(found, key=lambda js: (js[1], -js[0])) if found else None

    def requoted(articles: Sequence[int], k: int) -> Optional[tuple[int, float]]:
        """A quote of a person that a quote of the same person in `articles` says in other words ("Our resolve is
        strong" from "Our determination is strong", 0.57): with the outlet credited and the speaker the same, a
        reworded quote reaches `settings.requote`. A statement retold in the writer's words needs `relay`."""
        att = nodes[k].attribution
        if att is None or att.source.kind != "person" or att.quote == "indirect":
            return None
        found = [(j, float(sims[k, j])) for a in articles for j in by_article.get(a, [])
                 if sims[k, j] >= settings.requote and nodes[j].attribution is not None
                 and nodes[j].attribution.quote != "indirect" and same_name(nodes[j].attribution, att)]
        return max(found, key=lambda js: (js[1], -js[0])) if found else None

    def said_again(articles: Sequence[int], k: int, threshold: Optional[float] = None) -> Optional[tuple[int, float]]:
        """What the same speaker said in an outlet its article credits elsewhere ("..., Mayor Ann Berg told the
        Gazette. Berg said A"; "Ferry operators said A"): with the outlet credited and the speaker the same, a
        statement retold in other words reaches `settings.relay`, as one crediting the outlet itself does. With no
        outlet credited (`threshold` given), only a speaker with a name, at that threshold."""
        att = nodes[k].attribution
        if att is None or threshold is not None and not speaker_names(att):
            return None
        found = [(j, float(sims[k, j])) for a in articles for j in by_article.get(a, [])
                 if sims[k, j] >= (threshold or settings.relay) and nodes[j].attribution is not None
                 and (same_speaker(nodes[j].attribution, att) or same_body(nodes[j].attribution, att)
                      or reported_speaker(nodes[j].attribution, att))]
        return max(found, key=lambda js: (js[1], -js[0])) if found else None

    def spoke_before(k: int) -> list[int]:
        """The articles a named speaker's words said again as closely as `said_before` may come from: any earlier
        article naming them, of any story, or the interview they gave an outlet that day (`own_interview`). (A first
        publication's speakers are never asked: they speak at first hand.)"""
        i, att = nodes[k].article, nodes[k].attribution
        speaker = speaker_names(att) if att else frozenset()
        return [j for j in range(len(analyses)) if speaker and j != i and names_speaker(analyses[j], nodes[k]) and (
            came_out_before(j, i) or same_day(j, i) and bool((interviewed[j] - interviewed[i]) & speaker))]

    def quoted_word_for_word(articles: Sequence[int], k: int) -> Optional[tuple[int, float]]:
        """A speaker's direct quote ("“I have nothing to hide,” he said") found word for word, `verbatim_words` words
        or more, in a statement of `articles` that gives it to no other named speaker: a quote passes on unchanged,
        so that is where it was read, however little else the two share (the mayor's statement ran it inside a
        longer sentence: 0.41). Of several, the earliest article's."""
        att = nodes[k].attribution
        if att is None or att.quote != "direct" or len(plain[k].split()) < settings.verbatim_words:
            return None
        found = [j for a in articles for j in by_article.get(a, [])
                 if f" {plain[k]} " in f" {plain[j]} " and not other_speaker(att, nodes[j].attribution)]
        j = min(found, key=lambda j: (date_order(dates[nodes[j].article]), not first[nodes[j].article], -sims[k, j]),
                default=None)
        return None if j is None else (j, float(sims[k, j]))

    tallies = [counts(compared(n.context)) for n in nodes]

    stretches = [quoted_stretches(n.context) for n in nodes]

    def same_quote(articles: Sequence[int], k: int) -> Optional[tuple[int, float]]:
        """The statement of the outlet credited that holds word for word a stretch one side quotes ("the UK did
        not “engage in, collude with or condone torture”" from "we neither engage in, collude with or condone
        torture"; "must be completed in English" from a document that "must be completed in English"): a quote
        passes on unchanged, so it tells which statement of the source was passed on, over a neighbour on the same
        topic that scores higher; the meaning must still reach `settings.counted_relay`."""
        found = [(j, float(sims[k, j])) for a in articles for j in by_article.get(a, [])
                 if sims[k, j] >= settings.counted_relay
                 and (any(f" {q} " in f" {plain[j]} " for q in stretches[k])
                      or any(f" {q} " in f" {plain[k]} " for q in stretches[j]))]
        found = preferred_sources(nodes[k], [(nodes[j], j, score) for j, score in found])
        return max(found, key=lambda js: (js[1], -js[0])) if found else None

    def same_count(articles: Sequence[int], k: int) -> Optional[tuple[int, float]]:
        """A statement of the outlet credited that gives the same count of the same thing ("about 6,300 passengers
        had been stranded" from "..., stranding about 6,300 passengers"): with the outlet named, the count passed
        on is the claim, however the words around it were recast; the meaning must still reach
        `settings.counted_relay`."""
        if not tallies[k]:
            return None
        found = [(j, float(sims[k, j])) for a in articles for j in by_article.get(a, [])
                 if sims[k, j] >= settings.counted_relay and tallies[k] & tallies[j]]
        found = preferred_sources(nodes[k], [(nodes[j], j, score) for j, score in found])
        return max(found, key=lambda js: (js[1], -js[0])) if found else None

    def own_words(articles: Sequence[int], k: int) -> Optional[tuple[int, float]]:
        """The statement of its speaker's own release it is closest to ("the operator said a botched update had cut
        service" from the operator's "the outage was caused by a faulty software update"), when the speaker is the
        release's company (or the outlet whose article it is) or speaks for it, and the two reach `settings.own_release`
        with `settings.align_words` content words that name nothing shared (`common_words`): a company's words retold
        in other words come from its own release. Not a news outlet's own report ("the Evening Star reported A"):
        what a paper reported is relayed at `settings.relay`."""
        att = nodes[k].attribution
        if att is None or att.source.kind == "outlet":
            return None
        own = [a for a in articles if outlets[a] & nodes[k].voice]
        found = [(j, float(sims[k, j])) for a in own for j in by_article.get(a, [])
                 if sims[k, j] >= settings.own_release
                 and len(common_words(nodes[k].context, nodes[j].context)) >= settings.align_words
                 and not other_speaker(nodes[k].attribution, nodes[j].attribution)]
        found = preferred_sources(nodes[k], [(nodes[j], j, score) for j, score in found])
        return max(found, key=lambda js: (js[1], -js[0])) if found else None

    def through_reporter(k: int, hit: tuple[int, float]) -> tuple[int, float]:
        """The statement as the outlet that passed it on carries it, when `hit` is in the speaker's own publication
        ("Harnell Foods plans to ..., Trade Wire Network reported. The bakery lost 18 million pounds, Harnell's
        finance director said": the company's release and the wire's report of it both say so): a retelling that
        credits a wire or paper for a company's words read them there. An article of an outlet its article credits
        as passing reports on, carrying the claim as closely (`TIE`), is the source."""
        i, j = nodes[k].article, nodes[hit[0]].article
        if not outlets[j] & cited[i].keys() or outlets[j] & reporting[i]:
            return hit
        passed = [a for a in range(len(analyses)) if a not in (i, j) and outlets[a] & reporting[i]
                  and not_after(dates[a], dates[i]) and names_speaker(analyses[a], nodes[k])]
        other = best_in(passed, k, settings.relay)
        return other if other is not None and other[1] >= hit[1] - TIE else hit

    def add_edge(k: int, kind: str, hit: tuple[int, float], evidence: str) -> None:
        node, i = nodes[k], nodes[k].article
        j, score = hit
        if node.claim_of and claims_of.get(nodes[j].id):  # a claim passed on from a statement of several claims:
            own = max(claims_of[nodes[j].id], key=lambda c: (sims[k, c], -c))  # from the one it says, about as closely
            j = own if sims[k, own] >= sims[k, j] - TIE else j
        parent, score = nodes[passed_on_in(nodes, speaking_for(nodes, j, k, stems), k, sentence_of)], min(score, 1.0)
        if descends(parent.id, node.id, edges):
            return  # two articles dated alike can each look like the other's source: the first edge stands
        # the headline states the claim when it is close to it or to the sentence holding it (the speaker's words
        # there may be the headline's: "Engineers told the paper the bacteria probably got in ...")
        title_matches = bool(titles[i]) and max(sims[k, len(nodes) + i],
                                                sims[sentence_of.get(node.id, k), len(nodes) + i]) >= settings.headline
        changes = drift(statement(parent, analyses[parent.article]), statement(node, analyses[i], title_matches))
        edges.append(Edge(parent.id, node.id, kind, score, f"{evidence}; claim similarity {score:.2f}", changes))
        linked.setdefault(i, []).append(node.span)

    stories: dict[int, Optional[int]] = {}
    overlaps = story_overlaps(nodes, sims, len(analyses))
    told_in = paragraph_overlaps(nodes, sims, len(analyses), texts)
    holders: dict[str, list[int]] = {}  # attribution id -> the sentences holding it (a quote may run over two)
    for k, n in enumerate(nodes):
        for held in n.holds:
            holders.setdefault(held, []).append(k)

    def from_story(articles: Sequence[int], k: int, hit: Optional[tuple[int, float]]) -> Optional[tuple[int, float]]:
        """The uncredited pickup `hit`, or its statement in the article its article took the story from
        (`story_source`) when that one says it as closely (`TIE`): a statement close to two earlier articles came
        from the one the rest of its article came from, not from another retelling that happens to word it alike."""
        i = nodes[k].article
        if hit is None:
            return None
        if i not in stories:
            stories[i] = story_source(i, [j for j in range(len(analyses)) if j != i
                                          and came_out_before(j, i)], by_article, nodes, sims,
                                      settings.pickup)
        story = stories[i]
        if story is None or nodes[hit[0]].article == story or story not in articles:
            return hit
        own = best_in([story], k, settings.pickup, numbers_aside=True, speakers_apart=True)

        def closeness(found: tuple[int, float]) -> float:  # the statement's, or a sentence's holding it: a quote's
            held = holders.get(nodes[found[0]].id, [])  # sentence may say it as the later one does ("X added, A")
            return max([found[1], *(float(sims[k, h]) for h in held)])

        return own if own is not None and closeness(own) >= closeness(hit) - TIE else hit

    def told(articles: Sequence[int], k: int) -> set[int]:
        """What a named speaker told the outlet credited ("A, admits Ana Ruiz to the news agency Aske Wire"), when
        the outlet's article quotes that speaker: the speaker's statements there and the sentences holding them."""
        att = nodes[k].attribution
        if att is None or not att.medium or not speaker_names(att):
            return set()
        own = {j for a in articles for j in by_article.get(a, [])
               if nodes[j].attribution is not None and same_speaker(nodes[j].attribution, att)}
        return own | {h for j in own for h in holders.get(nodes[j].id, [])}

    def told_elsewhere(j: int, k: int, spoken: set[int]) -> bool:
        """`j` is not what the speaker of `k` told its outlet, which quotes them (`spoken`): the outlet states it
        itself or gives it to a speaker sharing no name with them (the outlet's own lead on the story, not the
        speaker's words; "the president of the Nordvik federation" may be "federation boss Ana Ruiz")."""
        theirs = nodes[j].attribution
        return bool(spoken) and (theirs is None or not speaker_names(theirs) & speaker_names(nodes[k].attribution)
                                 and not same_role(theirs, nodes[k].attribution))

    edges: list[Edge] = []
    nodes_at = {n.id: k for k, n in enumerate(nodes)}
    claims_of: dict[str, list[int]] = {}  # a statement's id -> its claim clauses (`claim_nodes`)
    for k, n in enumerate(nodes):
        if n.claim_of:
            claims_of.setdefault(n.claim_of, []).append(k)
    linked: dict[int, list[Span]] = {}  # per article, the spans already given a parent
    # statements that credit an outlet in the set go first: when two attributions share one quote ("X said
    # ..., according to Wikinews"), the one with the credit stands for it
    for k in sorted(range(len(nodes)), key=lambda k: not stored.intersection(map(outlet_key, nodes[k].credits))):
        node = nodes[k]
        i = node.article
        if node.holds:
            continue  # its attributions speak for it
        if covered(node, linked):
            continue
        edge = None
        if i in originals:
            hit = best_in([originals[i]], k, settings.copy)
            if hit:
                edge = ("copy", hit, f"copy of {describe_article(analyses[originals[i]])}"
                                     + (", credited as wire copy" if i in wired else ""))
        credited = {outlet_key(c): c for c in node.credits}
        if edge is None and credited:
            sources = [j for j in range(len(analyses)) if j != i and outlets[j] & credited.keys()
                       and not_after(dates[j], dates[i]) and names_speaker(analyses[j], node)]
            quoted = same_quote(sources, k)
            hit = quoted or best_in(sources, k, settings.relay)
            if hit and not quoted:  # what a named speaker told the outlet is among their words there (`told`)
                spoken = told(sources, k)
                if hit[0] not in spoken and told_elsewhere(hit[0], k, spoken):
                    hit = max(((j, float(sims[k, j])) for j in spoken if sims[k, j] >= settings.relay),
                              key=lambda js: (js[1], -js[0]), default=None)
            hit = hit or requoted(sources, k) or same_count(sources, k) or own_words(sources, k)
            if hit:
                hit = through_reporter(k, hit)
                j = nodes[hit[0]].article
                named = next((node.documents.get(key, credited[key]) for key in outlets[j] if key in credited), None)
                where = f"'{named}'" if named else (f"'{next(cited[i][key] for key in outlets[j] if key in cited[i])}'"
                                                    " elsewhere in the article, which passed on its speaker's words")
                edge = ("relay", hit, f"credits {where}: {describe_article(analyses[j])}, "
                                      f"dated {dates[j] or 'unknown'}")
        # a body credited only as the speaker ("Blue Wave said A"), with a release of its own in the set that does not
        # carry A: its words came through the outlet its article credits elsewhere ("..., the Aske Wire reported"), if
        # one carries them (not an outlet's own report, nor the body's own release speaking)
        own_voice = (bool(credited.keys() & stored) and credited.keys() <= node.voice
                     and not credited.keys() & outlets[i] and node.attribution.source.kind != "outlet")
        # else, crediting no outlet the set holds (an outlet it does not hold may be the speaker: "KCNA accused Seoul
        # of ..."), what an earlier article carried or quoted the speaker saying
        # a first publication (`first`) quotes its speakers at first hand
        if edge is None and (own_voice or not (credited.keys() & stored)) and i not in originals and not (
                first[i] and node.attribution is not None):
            earlier = [j for j in range(len(analyses)) if j != i and names_speaker(analyses[j], node)
                       and (came_out_before(j, i) and max(overlaps(i)[j], told_in(k)[j]) >= settings.same_story
                            or outlets[j] & cited[i].keys() and not_after(dates[j], dates[i])
                            and not (first[i] and same_day(j, i)))]
            credited_elsewhere = [j for j in earlier if outlets[j] & cited[i].keys() - credited.keys()]
            verbatim = False
            hit = best_in(credited_elsewhere, k, settings.pickup, numbers_aside=True,  # the source it names first
                          speakers_apart=True)
            if hit is None:  # else (stated as fact) what a credited outlet said, or what the same speaker said there,
                # in the writer's words or quoted again in other words: the article names where it got its news, over a
                # closer article it never credits; else any earlier article's
                credited_hits = [best_in(credited_elsewhere, k, settings.relay, words_shared=settings.stated_words)
                                 if node.attribution is None else None,
                                 said_again(credited_elsewhere, k) or requoted(credited_elsewhere, k)]
                hit = max(filter(None, credited_hits), key=lambda js: js[1], default=None)
                if hit is None and own_voice:  # a named person speaking for the body ("water chief Ann Berg admitted
                    # A"): where an earlier article quoted them saying it; the body itself speaks in its release
                    if node.attribution.source.kind == "person":
                        hit = said_again(earlier, k, settings.named_relay) or said_again(spoke_before(k), k,
                                                                                         settings.said_before)
                elif hit is None:
                    hit = from_story(earlier, k, best_in(earlier, k, settings.pickup, numbers_aside=True,
                                                         speakers_apart=True)
                                     or said_again(earlier, k, settings.named_relay)
                                     or said_again(spoke_before(k), k, settings.said_before))
                    if hit is None:
                        hit = quoted_word_for_word(earlier, k)
                        verbatim = hit is not None
            if hit:
                hit = through_reporter(k, hit)
                j = nodes[hit[0]].article
                numbers = (" quoting it word for word" if verbatim else "" if hit[1] >= settings.pickup
                           else " with other numbers")
                credit = next((cited[i][key] for key in outlets[j] if key in cited[i]), None)
                if credit:  # the article credits that outlet once and goes on: it relays its report
                    edge = ("relay", hit, f"credits '{credit}' elsewhere in the article: {describe_article(analyses[j])}"
                                          f"{numbers}, dated {dates[j] or 'unknown'}")
                elif node.attribution is not None:  # it credits the speaker that article quoted: a relay too
                    edge = ("relay", hit, f"credits its speaker '{node.attribution.source.text}', as "
                                          f"{describe_article(analyses[j])} did earlier{numbers} ({dates[j]} < {dates[i]})")
                else:
                    edge = ("pickup", hit, f"credits no one; {describe_article(analyses[j])} carried it{numbers} "
                                           f"earlier ({dates[j]} < {dates[i]})")
        if edge is not None:
            add_edge(k, *edge)

    def moved(e: Edge, hit: tuple[int, float], evidence: str) -> None:
        """Give edge `e`'s child the parent `hit` instead, unless that one descends from the child (the edge stands)."""
        at, count = edges.index(e), len(edges) - 1
        edges.remove(e)
        add_edge(nodes_at[e.child], e.kind, hit, f"{e.evidence.rsplit('; claim similarity', 1)[0]}; {evidence}")
        if len(edges) == count:
            edges.insert(at, e)

    # a relay whose parent in a credited article is not the statement it aligns with there: the aligned one
    for e, hit, evidence in realigned_parents(analyses, nodes, sims, stems, by_article, edges, cited, outlets, dates,
                                              originals, settings):
        moved(e, hit, evidence)
    # a statement whose parent gives none of its figures: the statement of that article giving one, with what it counts
    for e, hit, evidence in figured_parents(nodes, sims, by_article, edges, words, tallies, settings):
        moved(e, hit, evidence)
    # a statement still without a parent that rewords a statement of an article its article credits and relays
    for k, kind, (j, score), evidence in aligned_statements(analyses, nodes, sims, stems, by_article, edges, linked,
                                                            cited, outlets, dates, originals, settings):
        add_edge(k, kind, (j, score), evidence)
    # ... or, left without a parent still, rewords one with a figure it gives
    for k, kind, (j, score), evidence in tied_statements(analyses, nodes, sims, by_article, edges, linked, cited,
                                                         outlets, dates, originals, words, settings):
        add_edge(k, kind, (j, score), evidence)
    # two claims of one statement passed on from one statement that carries both: one edge, the whole statement's
    shared: dict[tuple[str, str], list[Edge]] = {}
    for e in edges:
        if nodes[nodes_at[e.child]].claim_of:
            shared.setdefault((nodes[nodes_at[e.child]].claim_of, e.parent), []).append(e)
    for (whole, parent), found in shared.items():
        if len(found) > 1:
            for e in found:
                edges.remove(e)
            add_edge(nodes_at[whole], found[0].kind, (nodes_at[parent], found[0].similarity),
                     found[0].evidence.rsplit("; claim similarity", 1)[0])
    # a statement crediting no outlet, passed on from a retelling: from where the retelling had it, when it says that
    # as closely as a relay must (no credit tells which of them it read; the first is where the claim started)
    parent_of = {e.child: e for e in edges}
    for e in [e for e in edges if e.evidence.startswith(UNCREDITED)]:
        child, start = nodes_at[e.child], nodes_at[e.parent]
        while (up := parent_of.get(nodes[start].id)) and sims[child, nodes_at[up.parent]] >= settings.relay:
            start = nodes_at[up.parent]
        if start != nodes_at[e.parent]:
            edges.remove(e)
            j = nodes[start].article
            credit = re.sub(r", as .*", "", e.evidence.split("; ")[0])
            add_edge(child, e.kind, (start, float(sims[child, start])),
                     f"{credit}; the claim started in {describe_article(analyses[j])}, dated {dates[j] or 'unknown'}")
            parent_of = {e.child: e for e in edges}
    return TraceGraph(analyses, nodes, edges, sims)


UNCREDITED = ("credits no one", "credits its speaker")  # the evidence of an edge found with no outlet credited


def wire_copies(analyses: Sequence[Analysis], nodes: Sequence[Node], sims: np.ndarray, by_article: dict[int, list[int]],
                outlets: Sequence[set[str]], dates: Sequence[Optional[str]], known: set[str],
                shortened: dict[str, set[str]], originals: dict[int, int], settings: TraceSettings) -> dict[int, int]:
    """Each article that credits an agency's copy as wire style does (`wire_credit`) and is no copy by its words
    (`find_copies`: sub-edited, reworded, trimmed, merged) -> the agency's article in the set it is a copy of: of
    those no later than it, the one that carries the most of its statements at `settings.copy` or closer, and at
    least `MIN_STORY_STATEMENTS`."""
    found: dict[int, int] = {}
    for i, analysis in enumerate(analyses):
        name = wire_credit(analysis.article.text) if i not in originals else None
        credited = {outlet_key(n) for n in resolved([name], known, shortened, analysis.article.text)} if name else set()
        credited -= outlets[i]  # the agency's own story, an update of an earlier one: no copy
        own = [k for k in by_article.get(i, []) if not nodes[k].holds]
        carried = {j: sum(any(sims[k, m] >= settings.copy for m in by_article.get(j, [])) for k in own)
                   for j in range(len(analyses)) if j != i and outlets[j] & credited and not_after(dates[j], dates[i])}
        best = max(carried, key=lambda j: (carried[j], -j), default=None)
        if best is not None and carried[best] >= MIN_STORY_STATEMENTS:
            found[i] = best
    return found


DOCUMENT_IN_TEXT = re.compile(DOCUMENT)
HEADING_WORDS = 12  # a first line this short with no full stop is a heading ("HARBOUR BOARD - Press release")


@functools.cache
def _kind_words(kind: str) -> tuple[frozenset[str], re.Pattern]:
    """The nouns of a document kind, and a pattern finding any of them as a word."""
    nouns = frozenset(n for n, k in DOCUMENT_KINDS.items() if k == kind or kind == ANY_KIND)
    return nouns, re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(nouns))) + r")(?:e?s)?\b", re.I)


def document_kind_of(analysis: Analysis, kind: str) -> int:
    """2 when the article is a document of that kind (its title, its URL or a heading on its first line names one:
    "Orren Bridge: independent inspection report published", ".../tessoprant-chronic-migraine-trial"), 1 when its text
    names one ("according to the report", "an investigation by the Harbour Chronicle"), else 0. "any" is any kind."""
    nouns, word = _kind_words(kind)
    art = analysis.article
    first = art.text.strip().split("\n", 1)[0].strip()
    heading = first if len(first.split()) <= HEADING_WORDS and not re.search(r"[.!?][\"”’)]*$", first) else ""
    if any(word.search(part) for part in (art.title or "", re.sub(r"[\W_]+", " ", art.url or ""), heading)):
        return 2
    return int(any(m.group("noun").lower() in nouns for m in DOCUMENT_IN_TEXT.finditer(art.text)))


def owner_matches(owner: str, analysis: Analysis, keys: set[str], known: set[str], shortened: dict[str, set[str]],
                  text: str) -> bool:
    """Whether the owner a retelling gives a document ("the regional government's report", "the Chronicle's
    investigation", "the region's own report") is the article's outlet: by the alias table and short names, else
    every word of it a word of the outlet's name or the start of one ("the region" -> Westmark Regional Government)."""
    if outlet_key(owner) in keys or any(outlet_key(r) in keys for r in resolved([owner], known, shortened, text)):
        return True
    words = [w.lower() for w in re.findall(r"[\w&-]+", LEADING_THE.sub("", owner)) if w.lower() not in ("of", "own")]
    name = [w.lower() for w in re.findall(r"[\w&-]+", outlet_name(analysis.article) or "")]
    return bool(words) and all(any(n == w or len(w) >= 4 and n.startswith(w) for n in name) for w in words)


def document_sources(analyses: Sequence[Analysis], nodes: Sequence[Node], sims: np.ndarray,
                     by_article: dict[int, list[int]], outlets: Sequence[set[str]], dates: Sequence[Optional[str]],
                     originals: dict[int, int], known: set[str], shortened: dict[str, set[str]],
                     settings: TraceSettings) -> dict[int, tuple[int, str]]:
    """Each statement that credits no outlet but a document by its kind in its sentence (`document_credits`:
    "According to the report, ...", "..., a major study has found") -> the stored article it credits, and the words
    that name the document. Of the articles of other outlets published before it or the same day that are such a
    document or report one (`document_kind_of`), whose outlet is the owner the credit names if it names one
    (`owner_matches`; "said in a statement" is its speaker's statement) and that carry a statement of its sentence
    at `settings.document` or closer, or else (a lede summing the story up in words of its own: "..., a damning report
    has revealed") at least `MIN_STORY_STATEMENTS` of its article's statements at `settings.pickup`: one of an outlet
    its article credits elsewhere ("a study showed ..., reports the journal"), then the document itself over an
    article reporting it, then one carrying the sentence over one carrying only the story, then the closest (the one
    carrying the most); of two about as close (`TIE`), an original over its copy, then the earlier. "The report" with
    no owner, after the article credited outlets, is one of theirs. Not in a sentence that credits an outlet already,
    nor in the document itself ("according to a study published today" in the journal's release), nor from its copy,
    nor from an article that credits this article's outlet (a same-day retelling of a paper's exclusive that says "the
    report ... shows" retells it). None resolved, nothing changes: an unknown document credits no outlet."""
    found: dict[int, tuple[int, str]] = {}
    kind_of = functools.cache(lambda j, kind: document_kind_of(analyses[j], kind))  # each article scanned once a kind
    credits_of = functools.cache(lambda j: {outlet_key(c) for k in by_article.get(j, []) for c in nodes[k].credits})

    @functools.cache
    def carried(i: int, j: int) -> int:
        return carried_statements(i, j, by_article, nodes, sims, settings.pickup)

    for i, analysis in enumerate(analyses):
        text = analysis.article.text
        credited = {outlet_key(c) for k in by_article.get(i, []) for c in nodes[k].credits}
        for start, end in sentence_spans(text):
            credits = document_credits(text[start:end])
            members = [k for k in by_article.get(i, []) if start <= nodes[k].span[0] < end]
            said = [k for k in members if not nodes[k].holds]
            if not credits or not said or any(nodes[k].credits for k in members):
                continue  # "after a study showed that ..., reports the Harbour Journal": the outlet's study
            before = {outlet_key(c) for k in by_article.get(i, []) if nodes[k].span[0] < start
                      for c in nodes[k].credits}
            # (credited elsewhere, tier, carries the sentence, closeness or statements carried, article, phrase)
            candidates = []
            for credit in credits:
                owner = credit.owner
                if credit.by_speaker:
                    att = next((nodes[k].attribution for k in said if nodes[k].attribution is not None), None)
                    owner = att.source.text if att is not None and att.source.span else None
                    if not owner or owner.lower() in SPEAKER_PRONOUNS:
                        continue
                if kind_of(i, credit.kind) == 2:
                    continue  # the document itself: "according to a study published today" in the journal's release
                for j in range(len(analyses)):
                    if j == i or outlets[j] & outlets[i] or not not_after(dates[j], dates[i]) or not by_article.get(j) \
                            or originals.get(j) == i or credit.definite and before and not outlets[j] & before \
                            or credits_of(j) & outlets[i]:
                        continue
                    tier = kind_of(j, credit.kind)
                    if not tier or owner and not owner_matches(owner, analyses[j], outlets[j], known, shortened, text):
                        continue
                    closeness = float(sims[np.ix_(said, by_article[j])].max())
                    if closeness >= settings.document:
                        candidates.append((bool(outlets[j] & credited), tier, True, closeness, j, credit.phrase))
                    elif (story := carried(i, j)) >= MIN_STORY_STATEMENTS:  # a lede that sums the story up
                        candidates.append((bool(outlets[j] & credited), tier, False, story, j, credit.phrase))
            if not candidates:
                continue
            # an outlet the article credits elsewhere, then the document itself, then the sentence's own statement
            first = max(c[:3] for c in candidates)
            best = max(c[3] for c in candidates if c[:3] == first)
            near = [c[3:] for c in candidates if c[:3] == first and c[3] >= best - (TIE if first[2] else 0)]
            _, j, phrase = min(near, key=lambda c: (c[1] in originals, date_order(dates[c[1]]), -c[0], c[1]))
            found.update({k: (j, phrase) for k in members})
    return found


MIN_STORY_STATEMENTS = 2  # statements an earlier article must carry closely to be the one a story was taken from


def told_medians(nodes: Sequence[Node], sims: np.ndarray, articles: int, group: Callable[[int], Hashable],
                 least: int, none: float) -> Callable[[Hashable], np.ndarray]:
    """A group of statements (an article's, a paragraph's) -> per article, the median, over the group's own
    statements (no sentence standing for its attributions, no claim clause), of each one's closest statement there;
    `none` for the group's own article and, when the group has fewer than `least` statements, for every article.
    Each group's row is made once, on call."""
    own = [k for k, n in enumerate(nodes) if not n.holds and not n.claim_of]  # in article order, as nodes are
    owner = np.array([nodes[k].article for k in own], dtype=int)
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]]) if own else np.array([], dtype=int)
    members: dict[Hashable, list[int]] = {}
    for k in own:
        members.setdefault(group(k), []).append(k)

    @functools.cache
    def medians(key: Hashable) -> np.ndarray:
        out = np.full(articles, none)
        rows = members.get(key, [])
        if len(rows) >= least:
            closest = np.maximum.reduceat(sims[np.ix_(rows, own)], starts, axis=1)  # per statement, per article
            out[owner[starts]] = np.median(closest, axis=0)
            out[nodes[rows[0]].article] = none
        return out

    return medians


def story_overlaps(nodes: Sequence[Node], sims: np.ndarray, articles: int) -> Callable[[int], np.ndarray]:
    """Article `i` -> per article, how much of `i`'s story it tells: the median, over `i`'s own statements, of each
    one's closest statement there (`told_medians`). A sentence any story has ("Two of the injured are in a serious
    condition") matches an article about another event closely; the rest of its article does not (measured on the
    benchmark's pooled sets: 0.18-0.44 between articles on different events, 0.42 or more for 95% of labelled
    pairs, a round-up of several stories as low as 0.12: `paragraph_overlaps`). An article with no statement of its
    own overlaps every article fully: nothing to tell by."""
    return told_medians(nodes, sims, articles, lambda k: nodes[k].article, 1, np.inf)


MIN_PARAGRAPH_STATEMENTS = 3  # a paragraph telling a story of its own has three statements or more


def paragraph_overlaps(nodes: Sequence[Node], sims: np.ndarray, articles: int,
                       texts: Sequence[str]) -> Callable[[int], np.ndarray]:
    """Statement `k` -> per article, how much of the story of `k`'s paragraph it tells, as `story_overlaps` measures
    an article's: a round-up tells one story a paragraph ("HOUSING / Private rents rose 9.4% ...", "PORTS / ..."),
    so each paragraph is of its own story, where the whole round-up is of none. A paragraph of fewer than
    `MIN_PARAGRAPH_STATEMENTS` statements of its own tells nothing by itself (no overlap)."""
    def paragraph(k: int) -> tuple[int, int]:
        return nodes[k].article, texts[nodes[k].article].count("\n\n", 0, nodes[k].span[0])

    medians = told_medians(nodes, sims, articles, paragraph, MIN_PARAGRAPH_STATEMENTS, 0.0)
    return lambda k: medians(paragraph(k))


REPORT_CREDITS = 2  # the sentences crediting a story's outlet in words of their own that make an article a report on it


def reports_apart(originals: dict[int, int], analyses: Sequence[Analysis], nodes: Sequence[Node],
                  by_article: dict[int, list[int]], outlets: Sequence[set[str]],
                  settings: CopySettings) -> dict[int, int]:
    """Copies (copy -> original) less the articles that credit their original's outlet in `REPORT_CREDITS` sentences
    or more, each in words the original does not have ("Mercer told KBC she had raised concerns", "in an interview
    with broadcaster KBC News"): a wire's write-up of a broadcaster's exclusive quotes it closely enough to pass for a
    copy, but it reports on it. A copy's credits are the original's own ("figures seen by KBC News" in a copy of
    KBC's story), or one reworded by a sub-editor ("he has told NRT One" for "in an interview with NRT One"). Such a
    report is then the original of the group's later members that copy it (a paper running the wire's story)."""
    def flat(text: str) -> str:
        return " ".join(text.split()).lower()

    def credit_words(k: int) -> str:  # who said it, the cue and the medium: where a credit is worded
        att = nodes[k].attribution
        spans = [s for s in (att.source.span, att.cue_span, att.medium_span) if s] if att.part == "body" else []
        text = analyses[nodes[k].article].article.text
        return flat(text[min(s for s, _ in spans):max(e for _, e in spans)]) if spans else ""

    def reports_on(i: int, j: int) -> bool:
        source = flat(analyses[j].article.text)
        crediting = {words for k in by_article.get(i, []) if nodes[k].attribution is not None
                     and outlets[j] & ({outlet_key(c) for c in nodes[k].credits} - nodes[k].speakers_own)
                     for words in [credit_words(k)] if words and words not in source}
        return len(crediting) >= REPORT_CREDITS

    reports = {i for i, j in originals.items() if reports_on(i, j)}
    kept = {i: j for i, j in originals.items() if i not in reports}
    for i in reports:
        earlier = [m for m in reports if originals[m] == originals[i]
                   and original_order(analyses[m].article, m) < original_order(analyses[i].article, i)
                   and counted_containment(analyses[i].article.text, analyses[m].article.text, settings.shingle)
                   >= settings.threshold]
        if earlier:
            kept[i] = min(earlier, key=lambda m: original_order(analyses[m].article, m))
    return kept


def carried_statements(i: int, j: int, by_article: dict[int, list[int]], nodes: Sequence[Node], sims: np.ndarray,
                       threshold: float) -> int:
    """How many statements of article `i` (its own: no sentence standing for its attributions, no claim clause)
    article `j` carries, each at `threshold` or closer to one of its statements: how much of its story is `j`'s."""
    own = [k for k in by_article.get(i, []) if not nodes[k].holds and not nodes[k].claim_of]
    return int((sims[np.ix_(own, by_article[j])].max(axis=1) >= threshold).sum()) if own and by_article.get(j) else 0


def body_kind(speaker: str) -> Optional[frozenset[str]]:
    """The words of a public body's name a speaker naming the body by its kind alone stands for (`body_kinds.txt`):
    "police", "the police", "Officers", "the culture ministry" (lower-case modifiers), "health officials". None for a
    speaker whose words hold a name ("Ottawa police", "Iraqi officials", "Local police": a capital opens only the
    kind itself) or no kind ("officials": whose?)."""
    words = LEADING_THE.sub("", speaker.strip()).split()
    if not words or not all(w.isalpha() for w in words) or not all(w.islower() for w in words[1:]):
        return None
    opened = not words[0].islower()  # capitalised: opening the sentence, so it must be the kind's own first word
    if opened and not words[0][1:].islower():
        return None
    said = " ".join(words).lower()
    for kinds, names in BODY_KINDS:
        for kind in kinds:
            if said == kind or (not opened and said.endswith(f" {kind}")
                                and len(said.split()) - len(kind.split()) <= BODY_KIND_MODIFIERS):
                return names
    return None


def bodies_by_kind(analyses: Sequence[Analysis], nodes: Sequence[Node], sims: np.ndarray,
                   by_article: dict[int, list[int]], outlets: Sequence[set[str]], dates: Sequence[Optional[str]],
                   settings: TraceSettings) -> dict[int, str]:
    """Each statement crediting no outlet whose speaker is a public body named by its kind alone ("..., police said",
    "according to police", `body_kind`) -> the outlet of the set that is that body: the one outlet whose name carries
    a word of the kind ("Harwick Police") and none of a news outlet ("Police Gazette"), with an article published
    before it or the same day that tells the same story (carries `MIN_STORY_STATEMENTS` of its article's statements
    at `settings.relay`). A retelling calls the body whose release it works from by its kind; none when two bodies of
    the kind tell the story (which police?), nor for a body outside it."""
    found: dict[int, str] = {}
    for k, node in enumerate(nodes):
        att = node.attribution
        names = body_kind(att.source.text) if att is not None and not node.credits and not node.voice else None
        if not names:
            continue
        i = node.article
        bodies = {outlet_key(name): name for j, analysis in enumerate(analyses)
                  if j != i and not outlets[j] & outlets[i] and not_after(dates[j], dates[i])
                  and (name := outlet_name(analysis.article))
                  and names & set(name.split()) and not set(norm(name).split()) & (OUTLET_WORDS | OUTLET_NOUNS)
                  and carried_statements(i, j, by_article, nodes, sims, settings.relay) >= MIN_STORY_STATEMENTS}
        if len(bodies) == 1:
            found[k] = next(iter(bodies.values()))
    return found


def story_source(i: int, earlier: Sequence[int], by_article: dict[int, list[int]], nodes: Sequence[Node],
                 sims: np.ndarray, threshold: float) -> Optional[int]:
    """The earlier article article `i` took its story from: the one that carries more of its statements (each at
    `threshold` or closer to one of its statements) than any other, and at least `MIN_STORY_STATEMENTS`. None on a
    tie (an original and its copy carry the same; a round-up takes from several): no one article leads."""
    carried = sorted(((carried_statements(i, j, by_article, nodes, sims, threshold), j)
                      for j in earlier if by_article.get(j)), reverse=True)
    if not carried or carried[0][0] < MIN_STORY_STATEMENTS or (len(carried) > 1 and carried[1][0] == carried[0][0]):
        return None
    return carried[0][1]


def preferred_sources(node: Node, found: list[tuple[Node, int, float]]) -> list[tuple[int, float]]:
    """Of the statements similar enough to be this one's source: a relay of a person's words comes from
    that person's statement when the source article has one ("Julie Hahn said A" from "Hahn said A", not
    from a sentence on the same topic beside it); a sentence holding attributions only when none of them
    is similar enough (they say what it says, with their speaker)."""
    ids = {n.id for n, _, _ in found}
    found = [(n, j, score) for n, j, score in found if not ids.intersection(n.holds)]
    att = node.attribution
    if att is not None and att.source.kind == "person":
        same = [(n, j, score) for n, j, score in found
                if n.attribution and (same_name(n.attribution, att) or same_role(n.attribution, att))]
        found = same or found
    return [(j, score) for _, j, score in found]


PROPER_WORD = re.compile(r"\b[A-Z][\w'’-]+")
SPEAKER_PRONOUNS = frozenset("he she they it we i".split())


def speaker_names(att: Attribution) -> frozenset[str]:
    """The capitalised words naming a speaker, as written and as extraction resolved it ("She" -> "Malin Torvey"),
    less a pronoun and a leading "The", and a possessive's "'s" ("The CAA's director general" is named "CAA" as
    "CAA director general Marius Oden" is)."""
    words = PROPER_WORD.findall(f"{att.source.text} {att.source.name or ''}")
    return frozenset(POSSESSIVE.sub("", w.lower()) for w in words) - SPEAKER_PRONOUNS - FUNCTION_WORDS


def same_speaker(a: Attribution, b: Attribution) -> bool:
    """One speaker: both sources in the same words ("Ferry operators said"), or one name heads both (`same_name`,
    both named: "Holt", "Mayor Ines Holt", "she" resolved to Ines Holt)."""
    return norm(a.source.text) == norm(b.source.text) or bool(speaker_names(a) and speaker_names(b)
                                                              and same_name(a, b))


# "a spokeswoman for Food Standards Australia", "Lydia Buchtmann of Food Standards Australia": whom a speaker speaks for
SPOKESPERSON_FOR = re.compile(r"\b(?:for|of|at)\s+(?:the\s+)?(?P<body>[A-Z][\w'’&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&-]*)*)")


# "the church", "The council": a body named by its noun alone; "Church officials", "a council spokeswoman": one who
# speaks for it, named by the same noun before their role
BODY_ALONE = re.compile(r"(?:the\s+)?(?P<body>[a-z][a-z-]+)", re.I)
BODY_VOICE = re.compile(r"(?:(?:an?|the)\s+)?(?P<body>[a-z][a-z-]+)\s+(?:"
                        + "|".join(sorted({*ROLES, *ANONYMOUS_NOUNS}, key=len, reverse=True)) + r")s?", re.I)


ROLE_AT_END = re.compile(r"(?:^|\s)(?P<role>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)$")  # "Kavrenia's chief meteorologist"


def same_role(a: Attribution, b: Attribution) -> bool:
    """One side names its speaker by role alone and the other gives the same role with a name ("Kavrenia's chief
    meteorologist has warned that ..." and "Its chief meteorologist, Anneke Torval, told the Chronicle"): one
    person, whom the outlet's lead described before it named her."""
    for one, other in ((a, b), (b, a)):
        m = ROLE_AT_END.search(one.source.text.strip())
        role = [w for w in m.group("role").split() if w.lower() not in FUNCTION_WORDS] if m else []
        if role and role[-1].lower() not in SPEAKER_PRONOUNS \
                and re.search(rf"\b{re.escape(' '.join(role))}\b", other.source.text):
            return True
    return False


def same_body(a: Attribution, b: Attribution) -> bool:
    """Both speak for one named body ("a spokeswoman for Food Standards Australia" and "Lydia Buchtmann for Food
    Standards Australia"), or one is the body named by its noun and the other speaks for it under that noun ("the
    church" and "church officials"): the body's words, whoever gave them."""
    found = [SPOKESPERSON_FOR.search(att.source.text) for att in (a, b)]
    if all(found) and norm(found[0].group("body")) == norm(found[1].group("body")):
        return True
    alone, voice = [[m.group("body").lower() for att in (a, b) if (m := pattern.fullmatch(att.source.text.strip()))]
                    for pattern in (BODY_ALONE, BODY_VOICE)]
    return len(alone) == len(voice) == 1 and alone[0] == voice[0] and alone[0] not in FUNCTION_WORDS


def reported_speaker(earlier: Attribution, later: Attribution) -> bool:
    """The earlier statement reports the later one's speaker as saying it ("Cornyn said Administrator Bolden had agreed
    Houston should have been selected" for "Bolden agreed that Houston should have been chosen"): its content names
    the later speaker, a named person."""
    names = [w for w in head_names(later) if len(w) > 2]
    return later.source.kind == "person" and any(
        re.search(rf"\b{re.escape(name)}\b", earlier.content, re.I) for name in names)


def other_speaker(later: Optional[Attribution], earlier: Optional[Attribution]) -> bool:
    """A named person's words are not a statement another named speaker made: "Torvey said no pilot had raised
    concerns" is not "The Skerra pilots' association said its members had reported vibration", however close the
    words (a statement a report, a document or an unnamed source gives may still be the person's)."""
    if later is None or earlier is None or later.source.kind != "person":
        return False
    if earlier.source.kind not in ("person", "organization", "government"):
        return False
    mine, theirs = speaker_names(later), speaker_names(earlier)
    return bool(mine and theirs) and not (mine & theirs) and not same_name(later, earlier)


TIE = 0.05  # similarities closer than this say a statement as closely: what else is known decides

MIN_RUN = 6  # words in a row: fewer ("night eating and heart disease") are a topic's words, not its wording


def repeated_run(later: str, earlier: str) -> int:
    """The longest run of words, in order, two statements share, when of at least MIN_RUN words; else 0. Of two
    earlier articles carrying a claim, the one whose wording an uncredited retelling repeats ("found no link between
    night eating and heart disease" -> "also found a link between night eating and heart disease") is the one it
    took it from, over another's rewording that scores as close."""
    a, b = later.split(), earlier.split()
    run = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
    return run if run >= MIN_RUN else 0


MIN_VERBATIM = 8  # words in a row: a clause repeated word for word ("through a cracked seal at the foot of the wall")
MIN_VERBATIM_CONTENT = 4  # ... of which content words that name nothing: not a long name ("the Union of Harbour and
# Dock Workers"), not "one of the ... in the"


def repeats_wording(later: str, earlier: str) -> bool:
    """The later statement repeats a clause of the earlier one word for word: a run of at least MIN_VERBATIM words
    holding at least MIN_VERBATIM_CONTENT content words that are not capitalised. It took that wording from it,
    however the rest was recast (or its stance turned: "is linked to the sale of the brand" from "was not linked to
    the sale of the brand"). Both are the statements' words, as written."""
    words = later.split()
    a, b = [w.lower() for w in words], earlier.lower().split()
    match = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    run = words[match.a:match.a + match.size]
    return len(run) >= MIN_VERBATIM and sum(w.islower() and w not in FUNCTION_WORDS and w not in AUXILIARIES
                                            for w in run) >= MIN_VERBATIM_CONTENT


MIN_QUOTED_STRETCH = 4  # words: a shorter quote ("complicit", "a warning") is a word or phrase anyone may use


def quoted_stretches(text: str) -> list[str]:
    """Each stretch a text quotes, of at least MIN_QUOTED_STRETCH words, lower-cased, its punctuation dropped."""
    found = [" ".join(WORD.findall(compared(m.group(1)).lower())) for m in QUOTED.finditer(text)]
    return [q for q in found if len(q.split()) >= MIN_QUOTED_STRETCH]


YEAR = re.compile(r"(?:1[89]|20)\d\d")
UNIT_AFTER = re.compile(r"\s*(?:of\s+)?(per\s+cent|%|[A-Za-z][\w'’-]*)")


def counts(text: str) -> frozenset[tuple[str, str]]:
    """Each figure a text gives with the noun it counts, by value and stem: "about 6,300 passengers" and "6300
    stranded passengers" -> ("6300", "passenger") only for the first; a year ("since 2019") counts nothing."""
    found = set()
    for m in figures(text):
        unit = UNIT_AFTER.match(text, m.end())
        word = re.sub(r"per\s+cent|%", "percent", unit.group(1).lower()) if unit else ""
        if not word or word in FUNCTION_WORDS or word in AUXILIARIES or YEAR.fullmatch(m.group(2)):
            continue
        found.add((_value(m), stem(word)))
    return frozenset(found)


def claim_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The numbers a statement gives (by value: "2,000" is "2000", "two" is "2") and its other words, less
    function words and auxiliaries."""
    found = figures(text)
    values = frozenset(_value(m) for m in found)
    numeric = {w.lower() for m in found for w in WORD.findall(m.group(0))}
    other = frozenset(w.lower() for w in WORD.findall(text)) - numeric - FUNCTION_WORDS - AUXILIARIES
    return values, other


def number_variant(later: tuple[frozenset[str], frozenset[str]], earlier: tuple[frozenset[str], frozenset[str]],
                   share: float) -> bool:
    """The later statement is the earlier one with a number changed: it gives a figure the earlier does not
    (one the earlier gives and it leaves out changes nothing), and the earlier holds at least `share` of
    its other words.

    A retelling that changes a figure ("The survey covered 2,000 schoolchildren" from "a survey of 1709
    schoolchildren") is the same claim, and the change is the number drift a reader needs to see; but
    MiniLM weighs the figures, and the claim clusterer counts clashing numbers as clashing names, so
    such a pickup scores ~0.7, under the 0.8 a pickup needs. Masking the numbers before embedding
    gained too little (0.70 -> 0.75 on "Lai paid 46 local officials" / "He paid 64 local officials"):
    the words around the figure are the evidence. So a word check stands beside the embedding, which
    must still reach the relay threshold; a same-topic statement with another figure ("Volunteers
    rescued 300 pets from flooded homes" beside "Ambulance crews rescued 212 people from flooded homes",
    0.60) holds too few of its words to pass."""
    (later_values, later_words), (earlier_values, earlier_words) = later, earlier
    if not earlier_values or not later_values - earlier_values or not later_words:
        return False
    return len(later_words & earlier_words) >= share * len(later_words)


# a capitalised word inside a sentence, not at its start, after a quote's opening or after a colon: a name
INNER_NAME = re.compile(r"(?<![.!?:;\"“‘(]\s)(?<!^)(?<![\"“‘(])\b[A-Z][\w'’-]*")
CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
ACRONYM = re.compile(r"[A-Z]{2,}")


def renamed(later: str, earlier: str) -> bool:
    """Each statement gives a name inside its sentence that the other does not hold, stemmed (or spelled out, for an
    acronym: "the RFSA", "the Regional Flood Safety Archive"): the plant "at Hollin" is not the plant "in Tarne",
    whatever figure each gives, though most of their other words are one's (`number_variant`). A retelling that
    changes a number keeps the names; it may add one, or leave one out."""
    def missing(one: str, other: str) -> bool:
        held = content_stems(other)
        initials = "".join(w[0] for w in CAPITALISED.findall(other) if w.lower() not in FUNCTION_WORDS)
        return any(stem(name.lower()) not in held and not (ACRONYM.fullmatch(name) and name in initials)
                   for name in INNER_NAME.findall(one.strip()) if name.lower() not in FUNCTION_WORDS)
    return missing(later, earlier) and missing(earlier, later)


SUFFIX = re.compile(r"(?:['’]s|['’])$")
INFLECTION = re.compile(r"(?:ing|ed|es|s)$")


def stem(word: str) -> str:
    """A crude stem, enough to match a word across inflections: "leaked"/"leak", "caused"/"cause", "trains"/"train"."""
    word = SUFFIX.sub("", word)
    cut = INFLECTION.sub("", word)
    word = cut if len(cut) >= 3 else word
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def content_stems(text: str) -> frozenset[str]:
    """Its content words (numbers, function words and auxiliaries aside), stemmed."""
    return frozenset(stem(w) for w in claim_words(text)[1])


def speaking_for(nodes: Sequence[Node], j: int, k: int, stems: Sequence[frozenset[str]]) -> int:
    """The source statement node `k` passed on, when node `j` was found: a sentence holding attributions stands
    for the one whose content (with its speaker: "Ann Berg, an aide to the mayor, said the mayor ...") holds
    every word `k` shares with the sentence ("At least 41 were treated, health officer Ilse Varga said" ->
    Varga's statement), so the drift compares the speakers; else for itself (the clause passed on lies outside
    what extraction found)."""
    if not nodes[j].holds:
        return j
    index = {n.id: i for i, n in enumerate(nodes)}
    shared = stems[k] & stems[j]
    held = [index[h] for h in nodes[j].holds if h in index and shared
            and shared <= stems[index[h]] | content_stems(nodes[index[h]].attribution.source.text)]
    return max(held, key=lambda h: len(stems[h]), default=j)


def passed_on_in(nodes: Sequence[Node], j: int, k: int, sentence_of: dict[str, int]) -> int:
    """The source statement of a clause run on past its credit (`absolute_after_credit`), compared as the content it
    goes on from: when the statement found holds none of the clause's own words ("with strikes set to begin next
    week" found at "Talks collapsed on Friday") and its sentence does ("..., the union said, leaving strikes set to
    begin next week"), the sentence is what the clause passed on."""
    node = nodes[k]
    if node.attribution is None or node.text == node.attribution.content or nodes[j].holds:
        return j
    own = content_stems(compared(node.text))
    sentence = sentence_of.get(nodes[j].id)
    if not own or own & content_stems(compared(nodes[j].text)) or sentence is None:
        return j
    return sentence if own & content_stems(compared(nodes[sentence].text)) else j


def shared_share(first: frozenset[str], second: frozenset[str]) -> float:
    """The share of the shorter statement's content words (stemmed) the longer holds; 1 when either has none."""
    smaller = min(len(first), len(second))
    return len(first & second) / smaller if smaller else 1.0


def word_support(stems: Sequence[frozenset[str]], min_words: int) -> np.ndarray:
    """For each pair, the share of the shorter statement's content words (stemmed; numbers, function words and
    auxiliaries aside) that the longer one holds, when the shorter has at least `min_words` of them.

    A retelling often adds what the reader needs ("Sunday's ... at the brewery in Port Aske") or
    drops an aside, and the embedding of the longer text drifts away from the shorter one, to where a
    statement on the same topic with more names in common scores higher. That one side says all the
    other does, word for word, is the evidence the embedding misses. `build_trace` averages the two where the
    embedding reaches `support_floor`, so shared words alone never link statements it finds unrelated."""
    counts = Counter(w for found in stems for w in found)
    repeated = sorted(w for w, n in counts.items() if n > 1)  # a word only one statement holds is shared by none
    vocabulary = {w: k for k, w in enumerate(repeated)}
    incidence = np.zeros((len(stems), len(vocabulary)), dtype=np.float32)
    for i, found in enumerate(stems):
        incidence[i, [vocabulary[w] for w in found if w in vocabulary]] = 1.0
    shared = incidence @ incidence.T
    sizes = np.array([len(found) for found in stems], dtype=np.float32)
    smaller = np.minimum(sizes[:, None], sizes[None, :])
    return np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller >= min_words)


MIN_NARROWED_WORDS = 3  # content words two statements share before one is compared with the stretch of the other
NARROWED_SHARE = 0.75  # ... and the share of the shorter's content words that must be among them
MIN_LEFT_OUT = 4  # words the longer statement must say beyond the stretch for the stretch to be compared apart


def stretch_holding(words: frozenset[str], text: str) -> Optional[str]:
    """The shortest stretch of `text` that holds each of `words` (stemmed content words), first to last: "put off
    around 1,000 planned operations and appointments" of "A cyberattack has forced the hospitals to put off around
    1,000 planned operations and appointments, the trust said" for "appointments", "operations", "put", "off"."""
    hits = [(m.start(), m.end(), stem(m.group(0).lower())) for m in WORD.finditer(text)]
    hits = [h for h in hits if h[2] in words]
    if {h[2] for h in hits} != set(words):
        return None
    best, held, left = None, Counter(), 0
    for right, (_, end, word) in enumerate(hits):
        held[word] += 1
        while held[hits[left][2]] > 1:
            held[hits[left][2]] -= 1
            left += 1
        if len(held) == len(words) and (best is None or end - hits[left][0] < best[1] - best[0]):
            best = (hits[left][0], end)
    return text[best[0]:best[1]] if best else None


def narrowed_similarities(nodes: Sequence[Node], stems: Sequence[frozenset[str]], sims: np.ndarray,
                          similarity: Similarity, settings: TraceSettings) -> None:
    """Raise, in place, the similarity of two statements of different articles where the shorter says what a
    stretch of the longer says: a retelling passes on part of a long sentence ("around 1,000 operations and
    appointments had been put off" from "A cyberattack ... has forced its hospitals to put off around 1,000 planned
    operations and appointments, the trust said", 0.47 as whole sentences), and the longer sentence's other words
    pull the embedding away. The shorter is compared with the shortest stretch of the longer holding every content
    word the two share, when they share at least `MIN_NARROWED_WORDS` and `NARROWED_SHARE` of the shorter's; the
    stretch's similarity stands when higher. A statement on the same topic that shares a few of its words is
    compared with those words alone and stays apart."""
    n = len(nodes)
    texts = [compared(node.context) for node in nodes]
    lengths = [len(WORD.findall(t)) for t in texts]
    pairs: dict[tuple[int, int], str] = {}
    for k in range(n):
        for j in range(k + 1, n):
            if nodes[k].article == nodes[j].article:
                continue
            shared = stems[k] & stems[j]
            if len(shared) < MIN_NARROWED_WORDS:
                continue
            short, long = (k, j) if len(stems[k]) <= len(stems[j]) else (j, k)
            if len(shared) < NARROWED_SHARE * len(stems[short]) or sims[k, j] >= settings.pickup:
                continue
            stretch = stretch_holding(shared, texts[long])
            if stretch and len(WORD.findall(stretch)) + MIN_LEFT_OUT <= lengths[long]:
                pairs[(short, long)] = stretch
    if not pairs:
        return
    unique = list(dict.fromkeys([texts[short] for short, _ in pairs] + list(pairs.values())))
    at = {t: x for x, t in enumerate(unique)}
    found = similarity(unique)
    for (short, long), stretch in pairs.items():
        score = float(found[at[texts[short]], at[stretch]])
        if score > sims[short, long]:
            sims[short, long] = score  # the shorter passed on part of the longer; not the longer a part of the shorter


def passes_on(node: Node, text: str) -> bool:
    """Its speaker passes on an outlet's report rather than being reported by it: "Councillor Ann Berg, citing
    the Harbour Gazette, said ..." (the Gazette's article need not name Berg), or the speaker is the outlet
    credited, whatever kind extraction took it for."""
    att = node.attribution
    if att is None or not node.credits:
        return False
    credited = {outlet_key(c) for c in node.credits}
    if outlet_key(att.source.text) in credited:
        return True
    if not att.cites or outlet_key(att.cites) not in credited:
        return False
    spans = [s for s in (att.source.span, att.cue_span, att.content_span) if s]
    start, end = min(s[0] for s in spans), max(s[1] for s in spans)
    reach = len(att.cites) + 20  # "Citing Reuters, X said A" / "X said A, citing Reuters"
    return re.search(rf"\bciting\s+{re.escape(att.cites)}", text[max(0, start - reach):end + reach], re.I) is not None


def names_speaker(analysis: Analysis, node: Node) -> bool:
    """An article passes on a person's words only if it names that person: a retelling quoting "Professor Jane
    Roe" did not get her words from an article where "Roe" never appears (a false credit); nor an outlet's report
    ("according to the CBC") from one that never names the outlet. A speaker who passes on the outlet's report
    (`passes_on`) is not in it; the outlet speaking for itself ("the Herald said", read as a person) is named by
    its masthead."""
    att = node.attribution
    if att is None:
        return True
    text = f"{analysis.article.title or ''} {outlet_name(analysis.article) or ''} {analysis.article.text}"
    if att.source.kind == "outlet":  # "according to the CBC": an article that names the CBC, or the CBC's own
        names = [w for w in re.findall(r"[A-Z][\w'’-]+", att.source.text) if w.lower() not in FUNCTION_WORDS]
        return not names or any(re.search(rf"\b{re.escape(w)}\b", text) for w in names)
    if att.source.kind != "person" or node.passes_on:
        return True
    # "Harnell's finance director": a possessive names whom the speaker works for, as "Harnell" ("Harnell Foods said")
    head = att.source.name or RELATIVE_AFTER.sub("", att.source.text)  # "Ann Berg, who edits the Harbour Gazette"
    names = [SUFFIX.sub("", w) for w in re.findall(r"[A-Z][\w'’-]+", head)]
    names = [w for w in names if len(w) > 2 and w.lower() not in FUNCTION_WORDS]  # not "Its" of "Its supplier"
    return not names or re.search(rf"\b{re.escape(names[-1])}\b", text, re.I) is not None  # "Al-Maliki", "al-Maliki"


def node_similarities(nodes: Sequence[Node], titles: Sequence[str], similarity: Similarity) -> np.ndarray:
    """Node x (node, then title) similarities, each the best over the pieces of both sides (`pieces`, `title_parts`)
    and, when it negates a verb with an opposite, the text said with the opposite (`unnegated`: "will not stop the
    broadcasts" is also compared as "will continue the broadcasts"); against a headline, a node negating a verb is
    also compared without the negation (`affirmed`: a headline dropping it says the rest)."""
    if not nodes:
        return np.zeros((0, len(titles)))
    texts, starts, plain, plain_of = [], [], [], []
    for k, node in enumerate(nodes):
        starts.append(len(texts))
        text = compared(node.context)
        opposite = unnegated(text)
        texts += pieces(text) + ([opposite] if opposite != text else [])
        if titles and affirmed(text) != text:
            plain.append(affirmed(text))
            plain_of.append(k)
    heads, title_starts = [], []
    for title in titles:
        title_starts.append(len(heads))
        heads += title_parts(title)
    full = similarity(texts + heads + plain)
    n, h = len(texts), len(heads)
    by_node = np.maximum.reduceat(full[:n], starts, axis=0)
    by_title = np.maximum.reduceat(by_node[:, n:n + h], title_starts, axis=1) if titles else by_node[:, n:n + h]
    if plain:
        by_plain = np.maximum.reduceat(full[n + h:, n:n + h], title_starts, axis=1)
        by_title[plain_of] = np.maximum(by_title[plain_of], by_plain)
    return np.hstack([np.maximum.reduceat(by_node[:, :n], starts, axis=1), by_title])


# "Skerra Air grounds fleet; cracked blade to blame", "Heart pill recall: 200,000 packs affected": a headline of two
# statements, each a headline of its own
TITLE_BREAK = re.compile(r"\s*[;:|]\s+|\s+[-–—]\s+")
# "Reservoir on brink of collapse as thousands flee": the news, then the setting it comes in
TITLE_AS = re.compile(r"\s+[Aa][Ss]\s+")


def title_parts(title: str) -> list[str]:
    """A headline, and each of its parts when it joins two statements with a semicolon, a colon or a dash, and the
    news of a part that gives its setting after "as": it states the claim when it or a part is close to it."""
    parts = [p for p in TITLE_BREAK.split(title) if p.strip()]
    parts = parts if len(parts) > 1 else []
    news = [TITLE_AS.split(p, maxsplit=1)[0] for p in parts or [title] if TITLE_AS.search(p)]
    return [title] + parts + news


def descends(node_id: str, ancestor: str, edges: Sequence[Edge]) -> bool:
    """`node_id` is `ancestor` or below it."""
    parents = {e.child: e.parent for e in edges}
    while node_id is not None:
        if node_id == ancestor:
            return True
        node_id = parents.get(node_id)
    return False


def describe_article(analysis: Analysis) -> str:
    art = analysis.article
    return f"{outlet_name(art) or analysis.input} ({art.title or art.id})"


def statement(node: Node, analysis: Analysis, title_matches: bool = False) -> Statement:
    """The node as drift reads it, with the outlets it credits ("the station" it reports through is one of them);
    a content of no word of its own ("was", where extraction cut "Berg, the paper said, was not worried" short) by
    the clause around it."""
    art = analysis.article
    credits = {c.lower() for c in node.credits} | {d.lower() for d in node.documents.values()}  # "the report"
    if credits and node.attribution is not None and kind_of_outlet(node.attribution.source.text):
        credits.add(node.attribution.source.text.lower())
    held = tuple(analysis.attributions[int(h.rsplit("-", 1)[1]) - 1] for h in node.holds)
    text, span = node.text, node.span
    if node.attribution is not None and not {w.lower() for w in WORD.findall(text)} - FUNCTION_WORDS - AUXILIARIES:
        at = art.text.find(node.context, max(0, node.span[0] - len(node.context)))  # "Berg, the paper said, was ..."
        text, span = (node.context, (at, at + len(node.context))) if at >= 0 else (text, span)
    return Statement(text, span, node.attribution, art.text, art.title, title_matches, held,
                     carried_on(node, analysis), frozenset(credits))


def carried_on(node: Node, analysis: Analysis) -> Optional[Attribution]:
    """The attribution a sentence of none goes on with: the one closing the sentence right before it in its
    paragraph, when it refers back to what that one said ("..., the coastguard said. Eleven of them were in a
    serious condition.")."""
    text = analysis.article.text
    if node.attribution is not None or node.holds or not REFERS_BACK.search(node.text):
        return None
    paragraph = text.rfind("\n\n", 0, node.span[0]) + 1
    ends = [(max(e for _, e in spans), att) for att in analysis.attributions if att.part != "title"
            for spans in [[s for s in (att.source.span, att.cue_span, att.content_span) if s]]
            if spans and paragraph <= min(s for s, _ in spans) and max(e for _, e in spans) <= node.span[0]]
    end, att = max(ends, key=lambda found: found[0], default=(None, None))
    return att if att is not None and re.fullmatch(r"[\s\"”’)]*[.!?]?[\"”’)]*\s*", text[end:node.span[0]]) else None


def find_node(graph: TraceGraph, query: str, similarity: Similarity) -> Optional[Node]:
    """The node with this id, else the statement closest in meaning to the query text."""
    found = graph.node(query)
    if found or not graph.nodes:
        return found
    sims = similarity([query] + [n.context for n in graph.nodes])[0, 1:]
    best = int(np.argmax(sims))
    return graph.nodes[best] if sims[best] >= 0.5 else None


def statement_units(analysis: Analysis, nodes: Sequence[Node], members: Sequence[int]) -> dict[int, int]:
    """Each node's sentence in its article (by where it starts): an attribution, the sentence holding it and a clause
    of that sentence are one statement when two articles are aligned."""
    starts = [m.start() for m in SENTENCE.finditer(analysis.article.text)]
    return {k: max(0, np.searchsorted(starts, nodes[k].span[0], side="right") - 1) for k in members}


@dataclass(frozen=True)
class Aligned:
    """A sentence of a retelling aligned with a sentence of an article its article credits, the pair's best nodes."""

    child: int
    parent: int
    source: int  # the article aligned with
    similarity: float  # the claim similarity of the two nodes
    words: float  # the share of the shorter's content words (stemmed) the other holds
    score: float  # what the sentences are aligned by: the mean of the similarity and the share of words
    margin: float  # that score over the mean of each side's `align_neighbours` best scores in the other article


def aligned_candidates(nodes: Sequence[Node], sims: np.ndarray, stems: Sequence[frozenset[str]],
                       analyses: Sequence[Analysis], child_article: int, source: int, by_article: dict[int, list[int]],
                       settings: TraceSettings) -> list[Aligned]:
    """The sentences of two articles that are each other's best match (mutual best, as bitext mining aligns the
    sentences of two documents that translate each other), each with its ratio margin (Artetxe & Schwenk 2019):
    the score over the mean of the average score of each side to its `align_neighbours` nearest sentences in the
    other article. Sentences are scored by their best pair of statements, each pair by the mean of its claim
    similarity and the share of the shorter's content words the other holds (`shared_share`): a rewording keeps
    some of its source's words ("Staff are being offered a place at a remaining branch" from "Library staff will be
    offered jobs at the remaining branches") where the embedding may rank a neighbour on the same topic as close. A sentence of the outlet's article that
    the retelling passes on stands out among that article's sentences as the one closest to it, and the other way
    round, however low the similarity of two rewordings runs."""
    rows = [k for k in by_article.get(child_article, []) if not nodes[k].holds and not nodes[k].claim_of]
    cols = [k for k in by_article.get(source, []) if not nodes[k].claim_of]
    if not rows or not cols:
        return []
    row_unit = statement_units(analyses[child_article], nodes, rows)
    col_unit = statement_units(analyses[source], nodes, cols)
    a_units, b_units = sorted(set(row_unit.values())), sorted(set(col_unit.values()))
    a_at, b_at = {u: x for x, u in enumerate(a_units)}, {u: x for x, u in enumerate(b_units)}
    units = np.full((len(a_units), len(b_units)), -np.inf)
    best_pair: dict[tuple[int, int], tuple[int, int]] = {}
    for k in rows:
        for j in cols:
            a, b = a_at[row_unit[k]], b_at[col_unit[j]]
            score = (sims[k, j] + shared_share(stems[k], stems[j])) / 2
            if score > units[a, b]:
                units[a, b] = score
                best_pair[(a, b)] = (k, j)
    n = settings.align_neighbours
    row_knn = np.sort(units, axis=1)[:, ::-1][:, :n].mean(axis=1)
    col_knn = np.sort(units, axis=0)[::-1, :][:n, :].mean(axis=0)
    found = []
    for a in range(len(a_units)):
        b = int(np.argmax(units[a]))
        if int(np.argmax(units[:, b])) != a:
            continue
        score = float(units[a, b])
        k, j = best_pair[(a, b)]
        found.append(Aligned(k, j, source, float(sims[k, j]), shared_share(stems[k], stems[j]), score,
                             score / max(1e-6, (row_knn[a] + col_knn[b]) / 2)))
    return found


def common_words(first: str, second: str) -> frozenset[str]:
    """The content words (stemmed) two statements share that name nothing: a name inside either sentence ("the
    Kennedy Space Center Visitor Complex") is what the story is about, which its other statements share too."""
    names = {stem(w.lower()) for text in (first, second) for w in INNER_NAME.findall(compared(text).strip())}
    return content_stems(compared(first)) & content_stems(compared(second)) - names


def aligned_statements(analyses: Sequence[Analysis], nodes: Sequence[Node], sims: np.ndarray,
                       stems: Sequence[frozenset[str]], by_article: dict[int, list[int]], edges: Sequence[Edge],
                       linked: dict[int, list[Span]], cited: Sequence[dict[str, str]],
                       outlets: Sequence[set[str]], dates: Sequence[Optional[str]], originals: dict[int, int],
                       settings: TraceSettings) -> list[tuple[int, str, tuple[int, float], str]]:
    """Edges found by aligning a retelling with each article it relays already or took its story from
    (`aligned_sources`, `aligned_candidates`): a statement left without a parent whose sentence and a sentence of that
    article are each other's best match, with evidence enough (`aligned_pair`); with no outlet credited, at the relay
    threshold too. Each with its kind (`taken_as`)."""
    found: dict[int, Aligned] = {}
    for i, source in aligned_sources(analyses, nodes, edges, cited, outlets, dates, originals):
        credited = bool(outlets[source] & cited[i].keys())
        for pair in aligned_candidates(nodes, sims, stems, analyses, i, source, by_article, settings):
            if not aligned_pair(analyses, nodes, pair, settings) or covered(nodes[pair.child], linked):
                continue
            if not credited and pair.similarity < settings.relay:
                continue  # no credit to go by: the words must match as a relay's do
            if pair.child not in found or pair.similarity > found[pair.child].similarity:
                found[pair.child] = pair
    out = []
    for k, pair in sorted(found.items()):
        i, j = nodes[k].article, pair.source
        kind, how = taken_as(nodes[k], cited[i], outlets[j])
        out.append((k, kind, (pair.parent, pair.similarity),
                    f"{how} and aligns with {describe_article(analyses[j])}, dated "
                    f"{dates[j] or 'unknown'} (mutual best, margin {pair.margin:.2f})"))
    return out


def aligned_pair(analyses: Sequence[Analysis], nodes: Sequence[Node], pair: Aligned,
                 settings: TraceSettings) -> bool:
    """Whether an aligned pair (`aligned_candidates`) is evidence enough that the retelling's statement passes on the
    source's: a claim similarity of `align_floor`, a ratio margin of `align_margin`, at least `align_words` content
    words that name nothing shared (`common_words`), `align_share` of the shorter's; a statement crediting an outlet
    itself only from that outlet's articles, a person's words not from another named speaker's."""
    node, parent = nodes[pair.child], nodes[pair.parent]
    common = common_words(node.context, parent.context)
    return not (pair.similarity < settings.align_floor or pair.margin < settings.align_margin
                or len(common) < settings.align_words
                or len(common) < settings.align_share * min(len(common_words(node.context, node.context)),
                                                           len(common_words(parent.context, parent.context)))
                or not may_pass_on(analyses[pair.source], node, parent))


def may_pass_on(source: Analysis, node: Node, parent: Node) -> bool:
    """Whether `node` may pass on `parent`, a statement of `source`, whatever their words: a statement crediting an
    outlet itself only from that outlet's articles, a person's words only from an article that names them and not
    from another named speaker's."""
    own = {outlet_key(c) for c in node.credits}
    return not (own and not own & article_outlets(source.article) or not names_speaker(source, node)
                or other_speaker(node.attribution, parent.attribution))


def covered(node: Node, spans: dict[int, list[Span]]) -> bool:
    """Whether a span listed for its article overlaps it (of `linked`: it, its sentence or an attribution in it has a
    parent already)."""
    return any(s < node.span[1] and node.span[0] < e for s, e in spans.get(node.article, []))


def relayed_sources(analyses: Sequence[Analysis], nodes: Sequence[Node], edges: Sequence[Edge],
                    cited: Sequence[dict[str, str]], outlets: Sequence[set[str]], dates: Sequence[Optional[str]],
                    originals: dict[int, int]) -> list[tuple[int, int]]:
    """Each (retelling, source) pair of articles where the retelling credits the source's outlet anywhere, is dated
    not before it and relays it already (an edge from it into the retelling): the two are one story, and a credited
    outlet's other articles are not. An article's copy is left to the copy it is."""
    article_of = {n.id: n.article for n in nodes}
    relayed = {(article_of[e.child], article_of[e.parent]) for e in edges}
    return sorted((i, source) for i, source in relayed if source != i and originals.get(i) != source
                  and outlets[source] & cited[i].keys() and not_after(dates[source], dates[i]))


STORY_EDGES = 2  # edges an uncredited retelling must take from one earlier article for it to be its story's source


def story_sources(nodes: Sequence[Node], edges: Sequence[Edge], cited: Sequence[dict[str, str]],
                  outlets: Sequence[set[str]], dates: Sequence[Optional[str]],
                  originals: dict[int, int]) -> list[tuple[int, int]]:
    """Each (retelling, source) pair where the retelling credits no outlet of the source yet takes more of its edges
    from it than from any other article, and at least `STORY_EDGES`, dated not after it: the article it took its
    story from. Its other statements are aligned with that article too (`aligned_statements`): a retelling that
    rewords its source names no outlet, and the two closest statements it passes on point to the one it read."""
    article_of = {n.id: n.article for n in nodes}
    taken: dict[int, Counter] = {}
    for e in edges:
        if article_of[e.child] != article_of[e.parent]:
            taken.setdefault(article_of[e.child], Counter())[article_of[e.parent]] += 1
    out = []
    for i, counts in taken.items():
        ranked = counts.most_common(2)
        source, most = ranked[0]
        if (most >= STORY_EDGES and (len(ranked) == 1 or ranked[1][1] < most) and originals.get(i) != source
                and not outlets[source] & cited[i].keys() and not_after(dates[source], dates[i])):
            out.append((i, source))
    return sorted(out)


def aligned_sources(analyses: Sequence[Analysis], nodes: Sequence[Node], edges: Sequence[Edge],
                    cited: Sequence[dict[str, str]], outlets: Sequence[set[str]], dates: Sequence[Optional[str]],
                    originals: dict[int, int]) -> list[tuple[int, int]]:
    """The (retelling, source) pairs of articles whose statements are aligned: an outlet the retelling credits and
    relays (`relayed_sources`), or the article it took its story from uncredited (`story_sources`)."""
    return (relayed_sources(analyses, nodes, edges, cited, outlets, dates, originals)
            + story_sources(nodes, edges, cited, outlets, dates, originals))


def taken_as(node: Node, cited: dict[str, str], source_outlets: set[str]) -> tuple[str, str]:
    """The kind of an aligned statement's edge and how its article credits the source: a relay when the article
    credits the source's outlet or the statement its speaker, else a pickup."""
    credit = next((cited[key] for key in source_outlets if key in cited), None)
    if credit:
        return "relay", f"credits '{credit}' in the article"
    return ("relay" if node.attribution is not None else "pickup"), "takes its story from the article"


def tied_statements(analyses: Sequence[Analysis], nodes: Sequence[Node], sims: np.ndarray,
                    by_article: dict[int, list[int]], edges: Sequence[Edge], linked: dict[int, list[Span]],
                    cited: Sequence[dict[str, str]], outlets: Sequence[set[str]], dates: Sequence[Optional[str]],
                    originals: dict[int, int], words: Sequence[tuple[frozenset[str], frozenset[str]]],
                    settings: TraceSettings) -> list[tuple[int, str, tuple[int, float], str]]:
    """Edges reworded under the relay threshold and `aligned_statements`' evidence, tied by a figure: in an article
    that relays another already or took its story from it (`aligned_sources`), a statement left without a parent and
    a statement of that article in a sentence it has not passed on yet (`statement_units`), each the other's closest
    among those left (mutual best, so one to one), at `tied_floor`, giving a figure both give (`same_figure`). A
    retelling recasts the words around a figure it passes on, and keeps the figure. Measured: letting a sentence
    passed on already be tied again ties a neighbour of what the retelling passed on from it to a figure of its own (a
    false relay in held out 12)."""
    article_of = {n.id: n.article for n in nodes}
    at = {n.id: k for k, n in enumerate(nodes)}
    found: dict[int, tuple[int, float, int]] = {}  # child -> (parent, similarity, source article)
    for i, source in aligned_sources(analyses, nodes, edges, cited, outlets, dates, originals):
        rows = [k for k in by_article[i] if not nodes[k].holds and not nodes[k].claim_of
                and not covered(nodes[k], linked)]
        unit = statement_units(analyses[source], nodes, by_article[source])
        taken = {unit[at[e.parent]] for e in edges if article_of[e.child] == i and article_of[e.parent] == source}
        cols = [j for j in by_article[source] if not nodes[j].claim_of and unit[j] not in taken]
        if not rows or not cols:
            continue
        block = sims[np.ix_(rows, cols)]
        for a, b in enumerate(np.argmax(block, axis=1)):
            k, j, score = rows[a], cols[b], float(block[a, b])
            if (int(np.argmax(block[:, b])) != a or score < settings.tied_floor or not same_figure(words[k], words[j])
                    or not may_pass_on(analyses[source], nodes[k], nodes[j])):
                continue
            if k not in found or score > found[k][1]:
                found[k] = (j, score, source)
    out = []
    for k, (j, score, source) in sorted(found.items()):
        i = nodes[k].article
        kind, how = taken_as(nodes[k], cited[i], outlets[source])
        out.append((k, kind, (j, score), f"{how} and gives a figure of "
                                   f"{describe_article(analyses[source])}, dated {dates[source] or 'unknown'}, "
                                   "in the statement closest to it there (mutual best of the statements left)"))
    return out


def same_figure(later: tuple[frozenset[str], frozenset[str]], earlier: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether two statements (`claim_words`) give a figure alike, by value ("6,300" and "6300"), a year aside: a
    year dates a story's every statement; a count, a sum or a share is what one of them says."""
    return any(not YEAR.fullmatch(value) for value in later[0] & earlier[0])


def figured_parents(nodes: Sequence[Node], sims: np.ndarray, by_article: dict[int, list[int]], edges: Sequence[Edge],
                    words: Sequence[tuple[frozenset[str], frozenset[str]]],
                    tallies: Sequence[frozenset[tuple[str, str]]],
                    settings: TraceSettings) -> list[tuple[Edge, tuple[int, float], str]]:
    """Edges whose parent gives none of the figures its child gives (`same_figure`), when another statement of the
    parent's article gives one of them with the thing it counts (`counts`) at `figure_floor`: a figure passes on
    unchanged, so the statement giving it is the one passed on, over a neighbour on the same topic that the claim
    similarity ranks first ("The fertility rate dropped to 1.31 children per woman" from "The total fertility rate
    fell to 1.31 children per woman", not from "A rate of about 2.1 is needed to keep a population stable"). Of
    several, the closest. Measured: by the value alone, "citing three people familiar with ..." moved a claim to
    another statement with a three in it. Each such edge with that statement, its claim similarity and the
    evidence."""
    at = {n.id: k for k, n in enumerate(nodes)}
    out = []
    for edge in edges:
        k, p = at[edge.child], at[edge.parent]
        if edge.kind == "copy" or not tallies[k] or same_figure(words[k], words[p]):
            continue
        found = [(j, float(sims[k, j])) for j in by_article[nodes[p].article]
                 if not nodes[j].holds and sims[k, j] >= settings.figure_floor and tallies[k] & tallies[j]]
        if found:
            j, score = max(found, key=lambda js: (js[1], -js[0]))
            out.append((edge, (j, score), f"gives its figure, where the closer statement there ({edge.similarity:.2f}) "
                                          "gives none of it"))
    return out


def realigned_parents(analyses: Sequence[Analysis], nodes: Sequence[Node], sims: np.ndarray,
                      stems: Sequence[frozenset[str]], by_article: dict[int, list[int]], edges: Sequence[Edge],
                      cited: Sequence[dict[str, str]], outlets: Sequence[set[str]], dates: Sequence[Optional[str]],
                      originals: dict[int, int], settings: TraceSettings) -> list[tuple[Edge, tuple[int, float], str]]:
    """Relay edges whose parent, in an article of an outlet the retelling credits, is not the statement the
    retelling's statement aligns with there (`aligned_candidates`, `aligned_pair`): the claim similarity alone ranks
    a neighbour on the same topic first when a rewording keeps few of its source's words; the sentence each is the
    other's best match for by similarity and shared words together, clear of the rest by the ratio margin, is the
    one passed on, when the parent found is in another sentence and is passed on more closely (by the same score) by
    another sentence of the retelling: one source sentence, one sentence passing it on. Each such edge with the
    statement aligned with, its claim similarity and the evidence."""
    at = {n.id: k for k, n in enumerate(nodes)}
    aligned: dict[tuple[int, int], dict[int, Aligned]] = {}
    out = []
    for edge in edges:
        if edge.kind != "relay":
            continue
        k, p = at[edge.child], at[edge.parent]
        i, source = nodes[k].article, nodes[p].article
        if originals.get(i) == source or not outlets[source] & cited[i].keys():
            continue
        if (i, source) not in aligned:
            aligned[(i, source)] = {pair.child: pair for pair in aligned_candidates(nodes, sims, stems, analyses, i,
                                                                                 source, by_article, settings)}
        pair = aligned[(i, source)].get(k)
        if pair is None or not aligned_pair(analyses, nodes, pair, settings):
            continue
        units = statement_units(analyses[source], nodes, [p, pair.parent])
        if units[p] == units[pair.parent]:
            continue
        rows = [r for r in by_article[i] if not nodes[r].holds]
        row_unit = statement_units(analyses[i], nodes, rows)
        taken = max(rows, key=lambda r: ((sims[r, p] + shared_share(stems[r], stems[p])) / 2, -r))
        if row_unit[taken] == row_unit[k]:
            continue  # the parent found passes on into this sentence as closely as into any
        out.append((edge, (pair.parent, pair.similarity),
                    f"aligns with the statement of {describe_article(analyses[source])} (mutual best, margin "
                    f"{pair.margin:.2f}) over the closer {edge.similarity:.2f}"))
    return out
