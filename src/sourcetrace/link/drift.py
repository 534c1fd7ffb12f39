"""What changed when a claim was passed on: one small check per kind of change, each with spans on both sides.

A check compares the statement as the earlier article carried it (`before`) with the
statement as the later one carries it (`after`) and returns `Drift` records whose spans
point into each article's text (or its title, for the headline check):
  hedge        a hedge dropped or added, or its ICD-203 band moved ("likely" -> "almost certainly")
  source       named <-> anonymous, several <-> one, person <-> institution
  stance       asserted <-> denied (a negation or a denial verb on one side only)
  quote        a direct quote reworded (a word diff)
  number       "at least 130" -> "130", "130" -> "150"
  attribution  the source dropped: the later article states the claim as fact
  headline     the later article's headline is surer than the body it sits on
"""
from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass, replace
from importlib.resources import files
from typing import Optional

from ..attribution.layout import DATELINE
from ..attribution.lexicon import (ABILITY_ADVERBS, ANONYMOUS_NOUNS, CLAUSE_VERBS, COMMISSIVE_VERBS, DENY_VERBS,
                                   DOCUMENT_NOUNS, GOVERNMENT_NOUNS, HEDGE_MODALS, HEDGE_PHRASES, ICD203,
                                   ORGANIZATION_NOUNS, OUTLET_NOUNS, STATEMENT_NOUNS, TITLE_NOUNS)
from ..models import Attribution, Source, Span
from .claims import FUNCTION_WORDS, NEGATION


def _phrases(name: str, suffix: str = ".txt") -> list[str]:
    text = files(__package__).joinpath("data", f"{name}{suffix}").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _table(name: str, suffix: str = ".txt") -> dict[str, str]:
    """A word list of two tab-separated columns: the first -> the second."""
    return dict(line.split("\t") for line in _phrases(name, suffix))


DRIFT_KINDS = ("hedge", "source", "stance", "quote", "number", "attribution", "headline")
NUMBER_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                              "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS_WORDS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
SCALE_WORDS = {"hundred": 10 ** 2, "thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12}
# a figure in digits or words, with its scale words: "2,000", "2.5 million", "thirty-one million", "two thousand",
# a sum's abbreviated scale ("£3.2m", "$2.5bn");
# a word number inside a compound is none ("one-off", "no-one")
SCALE_SUFFIXES = {"k": 10 ** 3, "m": 10 ** 6, "mn": 10 ** 6, "bn": 10 ** 9, "tn": 10 ** 12}
# a group of a known size counted ("a dozen", "two dozen", "half a dozen"; `count_nouns.tsv`) and "a" or "half a"
# before a scale word ("a million", "half a million"): a figure in words, as "twelve" and "500,000" are
COUNT_NOUNS = {noun: int(size) for noun, size in _table("count_nouns", ".tsv").items()}
COUNTED = (r"(?<![\w-])(?:(?:half\s+)?an?\s+(?:" + "|".join([*COUNT_NOUNS, *SCALE_WORDS]) + r")|(?:\d+|"
           + "|".join(list(NUMBER_WORDS)[1:]) + r")\s+(?:" + "|".join(COUNT_NOUNS) + r"))(?![\w-])")
FIGURE = ("(?:" + COUNTED + r"|(?:(?<=[£$€¥])\d[\d,]*(?:\.\d+)?(?:" + "|".join(SCALE_SUFFIXES) + r")(?![\w-])|\d[\d,]*(?:\.\d+)?"
          r"|(?<![\w-])(?:(?:" + "|".join(TENS_WORDS) + r")(?:-(?:" + "|".join(list(NUMBER_WORDS)[1:10])
          + r"))?|" + "|".join(NUMBER_WORDS) + r")(?![\w-]))(?:\s+(?:" + "|".join(SCALE_WORDS) + r")\b)*" + ")")


def _any_phrase(name: str) -> re.Pattern:
    """Any phrase of a word list, as whole words, in any case."""
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _phrases(name)) + r")\b", re.I)


# what a qualifier says of the figure (`figure_qualifiers.tsv`): "about 40" and "around 40" are one approximation,
# "more than" and "over" one lower bound; a qualifier changed within its class changes nothing
QUALIFIER_CLASS = _table("figure_qualifiers", ".tsv")
# a qualifier after a determiner is an adjective, no bound: "the top 10 clubs", "its top 5 sellers"
QUALIFIED = r"(?:(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bhis\s)(?<!\bher\s)\b(" + "|".join(re.escape(q) for q in sorted(QUALIFIER_CLASS, key=len, reverse=True)) + r")\s+)?"
NUMBER = re.compile(QUALIFIED + r"[£$€¥]?\b(" + FIGURE + r")\b", re.I)
DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
# "about a third of the grain", "half the town", "two-thirds of voters": a share, a figure as "33 percent" is;
# only before "of" or "the" ("a third attack" is an ordinal)
FRACTION = re.compile(r"half|(?:" + "|".join(NUMERATORS) + r")[\s-]+(?:" + "|".join(list(DENOMINATORS)[1:]) + r")s?", re.I)
SHARE = re.compile(QUALIFIED + r"\b(" + FRACTION.pattern + r")(?=\s+(?:of|the)\b)", re.I)
# or after "by", as the size of a change: "fell by almost half in five years" (not "by a third party": `shares`)
SHARE_BY = re.compile(r"(?<=\bby\s)" + QUALIFIED + r"\b(" + FRACTION.pattern + r")\b(?=(?:[\s-]+(\w+))?)", re.I)
# "one in five adults", "3 out of 10 homes": a share, as "20 per cent" is
RATIO_PARTS = re.compile(r"(" + FIGURE + r")\s+(?:in|out\s+of)\s+(" + FIGURE + r")", re.I)
RATIO = re.compile(QUALIFIED + r"\b(" + RATIO_PARTS.pattern + r")\b", re.I)
# "one" standing for a noun is no figure: "an easy one", "the one that", "one of them"
ONE_AFTER_DETERMINER = re.compile(r"\b(?:a|an|the|this|that|no|any|each|every|which|another)\s+(?:\w+\s+)?one$", re.I)
ONE_OF = re.compile(r"one\s+of\b", re.I)
QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")
MIN_QUOTED_WORDS = 3
REOPENED = re.compile(r"[\"”][^\"“”]*[\"“]")  # a quote closed, then another opened
ELLIPSIS = re.compile(r"\.\.\.|…")  # also inside brackets: "[...]"

def _inflections(lemma: str) -> str:
    """deny -> den(?:y|ies|ied|ying); dispute -> disput(?:e|es|ed|ing); dismiss -> dismiss(?:|es|ed|ing)."""
    if lemma.endswith("y"):
        return lemma[:-1] + "(?:y|ies|ied|ying)"
    if lemma.endswith("e"):
        return lemma[:-1] + "(?:e|es|ed|ing)"
    return lemma + "(?:s|es|ed|ing)?"


NEGATED_ANTONYMS = _table("negated_antonyms")
CONTRACTED = {"won": "will", "wouldn": "would", "can": "can", "couldn": "could", "shouldn": "should", "don": "do",
              "doesn": "does", "didn": "did", "mustn": "must"}
NEGATED_ANTONYM = re.compile(r"\b(?:(will|would|shall|should|can|could|may|might|must|do|does|did|to)\s+(?:not|never)"
                             r"|(" + "|".join(CONTRACTED) + r")['’]t)\s+(" + "|".join(NEGATED_ANTONYMS) + r")\b", re.I)


NEGATED_AUXILIARY = re.compile(r"\b(is|are|was|were|will|would|has|have|had|does|do|did|can|could|should|must)\s+(?:not|never)\s+"
                               r"|\b(" + "|".join(CONTRACTED) + r"|isn|aren|wasn|weren|hasn|haven|hadn)['’]t\b", re.I)


def affirmed(text: str) -> str:
    """The text with its auxiliaries' negation taken away ("The quay is not in danger" -> "The quay is in danger",
    "won't" -> "will"): what a headline that drops the negation says."""
    return NEGATED_AUXILIARY.sub(lambda m: f"{m.group(1)} " if m.group(1) else CONTRACTED.get(m.group(2).lower(), m.group(2)[:-1]), text)


def unnegated(text: str) -> str:
    """A verb negated after an auxiliary said by its opposite (`negated_antonyms.txt`): "it will not stop the
    broadcasts" -> "it will continue the broadcasts", "they didn't accept" -> "they did reject"."""
    def opposite(m: re.Match) -> str:
        aux = m.group(1) or CONTRACTED[m.group(2).lower()]
        return f"{aux} {NEGATED_ANTONYMS[m.group(3).lower()]}"
    return NEGATED_ANTONYM.sub(opposite, text)


DURATION_UNITS = {unit: float(days) for unit, days in _table("duration_units").items()}
DURATION_PREPOSITIONS = set(_phrases("duration_prepositions"))
# "14 days", "a 14-day wait", "at least a week", "two weeks": a length of time (`durations`)
# "two more days", "three extra weeks": a length added to one already under way is a length of time too
LENGTH_ADDITIONS = r"(?:(?:" + "|".join(_phrases("length_additions")) + r")\s+)?"
DURATION = re.compile(QUALIFIED + r"(?:[£$€¥]?\b(?P<figure>" + FIGURE + r")|\b(?:a|an|one))[\s-]+" + LENGTH_ADDITIONS + r"(?P<unit>"
                      + "|".join(DURATION_UNITS) + r")s?\b", re.I)
# a run of years said by its length or by its last turn: "for five years running", "six straight years", "for the
# sixth year in a row", "the 6th consecutive month" (`ordinals.tsv`); the ordinal's count is the run's length
ORDINALS = {word: int(count) for word, count in _table("ordinals", ".tsv").items()}
_STRAIGHT = r"(?:straight|consecutive|successive)\s+"
_RUN_UNIT = r"(?:" + "|".join(DURATION_UNITS) + r"|time)s?"
_IN_A_ROW = r"\s+(?:in\s+a\s+row|running)"
RUN_LENGTH = re.compile(r"\b(?P<figure>" + FIGURE + r")\s+(?:" + _STRAIGHT + _RUN_UNIT + r"|" + _RUN_UNIT + _IN_A_ROW
                        + r")\b", re.I)
RUN_TURN = re.compile(r"\bthe\s+(?P<ordinal>" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))\s+(?:" + _STRAIGHT
                      + _RUN_UNIT + r"|" + _RUN_UNIT + _IN_A_ROW + r")\b", re.I)


def runs(text: str) -> list[tuple[float, re.Match, bool]]:
    """The runs it gives, each as its length, the match and whether said by its last turn ("the sixth year in a
    row" 6, "five years running" 5)."""
    out = [(_figure(m.group("figure")), m, False) for m in RUN_LENGTH.finditer(text)]
    for m in RUN_TURN.finditer(text):
        word = m.group("ordinal").lower()
        out.append((float(ORDINALS[word] if word in ORDINALS else int(word[:-2])), m, True))
    return sorted(out, key=lambda r: r[1].start())


def run_changes(old: str, new: str) -> list[tuple[re.Match, re.Match]]:
    """A run said by its last turn on one side, by its length or turn on the other, of another length ("for the
    sixth year in a row" -> "for five years running"); runs said by their length both sides are compared as
    lengths of time (`duration_changes`)."""
    return [(m, n) for (a, m, turn_a), (b, n, turn_b) in zip(runs(old), runs(new)) if (turn_a or turn_b) and a != b]


PER_CENT = re.compile(r"\s*(?:per\s*cent|percent|%)", re.I)
PROPORTION_VERBS = {verb: float(change) for verb, change in _table("proportion_verbs").items()}
NUMBER_AND_UNIT = re.compile(NUMBER.pattern + r"(?:\s+per\s+cent|\s+\w+)?", re.I)  # "49 percent", "by 2050 in"
# "type 2 diabetes": a figure naming the noun before it, not counting the word after
LABEL_FIGURE = re.compile(r"\b(" + "|".join(_phrases("label_nouns")) + r")\s+\d+\b", re.I)
LIMITING = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _phrases("limiting_adverbs") + _phrases("partial_causes"))
                      + r")\b", re.I)
NEGATIVE_PREFIXES = tuple(_phrases("negative_prefixes"))
# "the blast could be felt for miles": what one could perceive, not how likely it is
PERCEIVED = re.compile(r"\s+be\s+(?:" + "|".join(_phrases("perception_verbs")) + r")\b", re.I)
ASSOCIATION = _any_phrase("association_phrases")
# "a few", "the next few days" are some, not hardly any
NEGATING_WORDS = "|".join(_phrases("negating_words"))
NEGATING = re.compile(r"(?<!\ba\s)(?<!\bthe\s)(?<!\bfirst\s)(?<!\blast\s)(?<!\bnext\s)(?<!\bpast\s)\b(?:"
                      + NEGATING_WORDS + r")\b", re.I)
# "ruled out a review", "turned the offer down": a verb of ruling out denies its object (`ruling_out_verbs.txt`)
RULED_OUT = "|".join(_inflections(verb) + r"(?:\s+(?:it|them|this|that))?\s+" + particle
                     for verb, particle in (line.split() for line in _phrases("ruling_out_verbs")))
RULING_OUT = re.compile(r"\b(?:" + RULED_OUT + r")\b", re.I)
# "would not rule out", "has not been ruled out", "did not refuse to", "refused to rule out", "cannot rule out": a
# negating word negated by a negation or another negating word negates nothing
NEGATED_NEGATING = re.compile(r"(?:\b(?:not|never|" + NEGATING_WORDS + r")|n['’]t)\s+(?:be(?:en|ing)?\s+)?(?:"
                              + NEGATING_WORDS + "|" + RULED_OUT + r")\b", re.I)
# "fined for failing to file", "penalised for turning down jobs": a negating verb as the gerund object of a
# preposition names what was done, it does not deny the clause's claim ("drivers failed to file" does)
GERUND_NEGATING = re.compile(r"\b(?:for|of|after|over|about|despite|without)\s+(?=\w+ing\b)(?:"
                             + NEGATING_WORDS + "|" + RULED_OUT + r")\b", re.I)
# "it would be a mistake to pin this on housing costs", "it is unfair to blame the nurses": a judgement that an act
# would be wrong denies the act as "cannot" does (`wrong_judgements.txt`); with its own negation ("it would not be a
# mistake to", "it isn't wrong to") it denies nothing
WRONG_JUDGEMENT = re.compile(r"\bit(?:\s+(?:would|could|might)(?P<negated>\s+not|\s+never|n['’]t)?\s+be|\s+is(?P<not_is>"
                             r"\s+not|n['’]t)?|['’]s(?P<not_s>\s+not)?)\s+(?:" + "|".join(
                                 re.escape(p).replace(r"\ ", r"\s+") for p in _phrases("wrong_judgements"))
                             + r")\s+to\b", re.I)


def judged_wrong(text: str, start: int = 0, end: Optional[int] = None) -> Optional[re.Match]:
    """The first judgement in text[start:end] that an act would be wrong, not itself negated (`WRONG_JUDGEMENT`)."""
    return next((m for m in WRONG_JUDGEMENT.finditer(text, start, len(text) if end is None else end)
                 if not (m.group("negated") or m.group("not_is") or m.group("not_s"))), None)


# "would rise by 49 percent, depending on the scenario": a claim made to hang on a condition is hedged
CONDITION = _any_phrase("conditions")
CERTAINTY = _any_phrase("certainty_phrases")
# "Council plans pool closure": a headline keeping a decision undecided (`undecided_words.txt`)
UNDECIDED = _any_phrase("undecided_words")
# "Rate cut ruled out", "Rail link shelved": a headline's word of finality, with its forms (`headline_escalations.txt`)
ESCALATIONS = [re.compile(r"\b(?:" + "|".join(re.escape(form) for form in line.split("|")) + r")\b", re.I)
               for line in _phrases("headline_escalations")]
# "Iodine deficiency can lead to brain damage": what a thing can bring about (`possible_effects.txt`)
POSSIBLE_EFFECT = _any_phrase("possible_effects")
TITLE_CAN = re.compile(r"\bcan\b", re.I)
DISTANCING = _any_phrase("distancing_phrases")
# "Fares doubled", "Catches almost halved": a change given as a proportion (`proportion_verbs.txt`)
# ("a double murder", "the triple jump", "double-digit" are adjectives)
PROPORTION_VERB = re.compile(r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)" + QUALIFIED + r"\b("
                             + "|".join(_inflections(v) for v in PROPORTION_VERBS) + r")\b(?!-)", re.I)
OFFICIAL_VOICE = _any_phrase("official_voices")
HEDGES = sorted([*ICD203, *HEDGE_PHRASES], key=len, reverse=True)
HEDGE = re.compile(r"\b(" + "|".join(re.escape(h) for h in HEDGES) + r")\b", re.I)
# "it could affect the prosecutions": a modal of possibility, lower-case (not the month "May"), neither negated
# ("could not": it is ruled out) nor of ability ("could easily")
MODAL = re.compile(r"\b(" + "|".join(sorted(HEDGE_MODALS)) + r")\b(?!\s+(?:not|never|"
                   + "|".join(sorted(ABILITY_ADVERBS)) + r")\b)")
TITLE_MODAL = re.compile(r"\b(?:" + "|".join(sorted(HEDGE_MODALS)) + r")\b(?<!\bin May)(?<!\bof May)(?!\s+\d)", re.I)
DENIAL = re.compile(r"\b(?:" + "|".join(_inflections(v) for v in sorted(DENY_VERBS)) + r")\b", re.I)
NEGATED_CUE = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:\w+\s+)?$", re.I)  # "did not [deny]", "has never publicly [denied]"
# a denial verb that ends right where the words it denies begin: "has denied [...]", "denied claims that [...]"
DENIED_FRAME = re.compile(r"\b(" + "|".join(_inflections(v) for v in sorted(DENY_VERBS)) + r")\s+(?:(?:the\s+)?(?:"
                          + "|".join(_phrases("denied_objects")) + r")s?\s+(?:that|of)\s+|that\s+|ever\s+)?$", re.I)
WORD = re.compile(r"\w+(?:['’]\w+)?")
NEGATED_VERB = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|does|do|did|can|could|should|must)\s+"
                          r"(?:not|never)\b(?!\s+to\b)|\b\w+n['’]t\b", re.I)
BODY_NOUNS = frozenset(_phrases("body_nouns"))  # "the office", "the ministry": a public body named by what it is
ROLE_NOUNS = TITLE_NOUNS | set(_phrases("role_nouns"))  # a role heads a person: "the airline's chief executive"
# a name ending in one names a body: "Skerra [Air]", "Tamsey Rivers [Trust]"
BODY_WORDS = ORGANIZATION_NOUNS | GOVERNMENT_NOUNS | BODY_NOUNS
BODY_ENDINGS = set(_phrases("company_words")) | ORGANIZATION_NOUNS | GOVERNMENT_NOUNS
# "the operator", "the telecoms giant": a company named by its trade (`company_kinds.txt`) or an organisation noun, with
# up to two lower-case modifiers: a body, whatever extraction took it for
COMPANY_KINDS = frozenset(_phrases("company_kinds"))
DESCRIBED_COMPANY = re.compile(r"[Tt]he\s+(?:[a-z][a-z-]*\s+){0,2}(?:"
                               + "|".join(sorted(COMPANY_KINDS | ORGANIZATION_NOUNS)) + ")")
# the subject of a claim, before its auxiliary: "[The ferry company] will put on sailings"; a pronoun standing for
# the speaker ("Operators said [they] would add sailings")
AUXILIARY = r"\s+(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had)\b"
SUBJECT = re.compile(r"((?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)" + AUXILIARY)
SPEAKER_SUBJECT = re.compile(r"(?:they|it|he|she|we)" + AUXILIARY, re.I)
# "the ruling, by the court's three judges, ordered", "a study by two universities found": a decision or a document
# and who made it
AUTHORED_BY = re.compile(r"\b(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")s?,?\s+by\s+(?P<authors>[^,.;]{2,60}?)"
                         r"(?=,|\s+(?:found|finds|shows?|showed|ordered|orders|said|says|concluded|concludes)\b)", re.I)
SPEAKER_PRONOUNS = {"he", "she", "they", "we", "i", "it"}
PRONOUN_REACH = 300  # the most characters back to the name a pronoun stands for in its sentence
INSTITUTIONS = ("organization", "government", "outlet", "document")
SEVERAL = re.compile(r"\b(and|as well as|along with|several|many|some|two|three|four|five|they|them)\b", re.I)
CONJUNCT_BREAK = re.compile(r"[;:]|[.!?][\"”’]?\s|\s(?:but|while|although|though|whereas|and)\s", re.I)
CLAUSE_BREAK = re.compile(r"[,;:]|[.!?][\"”’]?\s|\s(?:but|while|although|though|whereas|and)\s", re.I)
ASIDE = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,]*,")  # ", who once said he never cared ...,"
COMPARATIVE = re.compile(r"\b(?:more|less|as|equally)\s+$", re.I)
COMPARISON = re.compile(r"\bthan\b", re.I)
RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+$", re.I)  # "those who [do not]"
RELATIVE = re.compile(r"\s(?:that|which|who|whom|whose)\s", re.I)  # "repairs that were never carried out"
AUXILIARIES = {"be", "is", "are", "was", "were", "been", "being", "will", "would", "shall", "should", "can", "could",
               "may", "might", "must", "has", "have", "had", "do", "does", "did", "not", "no", "one"}
# "Couriers are employees, not contractors": a "not" set off by a comma before a noun phrase and no verb contrasts
# what the claim is with what it is not, as "rather than" does; it does not deny the claim ("Couriers are not
# employees" does; ", not paying the crews", ", not to mention ..." or ", not because ..." open no noun phrase)
CONTRASTIVE_NOT = re.compile(r",\s+not\s+(?!(?:" + "|".join(sorted(AUXILIARIES | {"to", "only", "just", "because",
                             "yet", "least", "even", "that", "if", "when", "so", "since", "until", "unless"}))
                             + r")\b)(?![\w-]+ing\b)(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?=\s*(?:[,.;:)]|$))", re.I)
# "The port closed not because of the storm but because of a strike": "not A but B" after no verb of its own
# denies A, not the claim; after an auxiliary ("The ferry did not sink but drifted") the verb is denied
NOT_BUT = re.compile(r"(?P<lead>^|,|\s)(?:(?P<aux>" + "|".join(sorted(AUXILIARIES - {"not", "no", "one"}))
                     + r")\s+)?not\s+(?:only\s+)?(?:[\w'’-]+\s+){0,6}?[\w'’-]+,?\s+but\s+(?:also\s+)?", re.I)
# "I won't pretend otherwise", "I'm not going to pretend this is anything but a dark day": a negated verb of putting a
# view whose words name the contrary of the claim denies the contrary, so affirms the claim (litotes)
LITOTES = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:[\w'’]+\s+){0,3}?(?:" + "|".join(
    _inflections(v) for v in _phrases("litotes_verbs")) + r")\b[^.;:!?]{0,60}?\b(?:" + "|".join(
    re.escape(p).replace(r"\ ", r"\s+") for p in _phrases("litotes_contraries")) + r")\b", re.I)
# "Salmon will vanish if nothing changes", "If no deal is struck, the strike goes on": a negation in the clause of a
# condition is the condition's, not the claim's
CONDITION_CLAUSE = re.compile(r"\b(?:if|unless)\b[^,;:.!?]*", re.I)
POSSESSED = re.compile(r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s?\s+\w+$")
OWNED = (re.compile(r"(?:an?|the)\s+[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*\s+[a-z]+$"),  # "a Harbour Wire report"
         re.compile(r"(?:an?|the)\s+[a-z]+\s+(?:from|by|of)\s+\S", re.I))  # "a statement from the company"
# the frame after a direct quote that names its speaker: "“...,” Radio Brenn quoted fire chief Ann Berg as saying",
# "“...,” Ann Berg was quoted by the agency as saying"
QUOTED_AS = re.compile(r"[,.!?]?[\"”’]\s+(?:[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}?\s+quoted\s+(?P<object>[^,.;“”\"]{2,60}?)"
                       r"|(?P<subject>[^,.;“”\"]{2,60}?)\s+was\s+quoted(?:\s+by\s+[^,.;“”\"]{2,40}?)?)\s+as\s+saying\b")
INDEFINITE = re.compile(r"(?:an?|one|another)\s", re.I)
# where the words heading a source end: "Ann Berg [of the union]", "an engineer [quoted by the agency]"
SOURCE_HEAD_END = re.compile(r",|\b(of|from|in|at|who|with|for|familiar|quoted|cited)\b", re.I)
# "the airline's chief executive, Malin Torvey", "its director, Oskar Feldane": a role, then in apposition the name
# of the one who holds it
APPOSITIVE_NAME = re.compile(r"[^,]+,\s+((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\s*(?:,|$)")


@dataclass
class Side:
    """Where one side of a change sits: `field` is "text" or "title" of the article."""

    start: int
    end: int
    text: str
    field: str = "text"


@dataclass
class Drift:
    kind: str  # one of DRIFT_KINDS
    change: str  # what changed, in words: "hedge dropped", "anonymous -> named", "'at least 130' -> '130'"
    before: Optional[Side] = None
    after: Optional[Side] = None


@dataclass
class Statement:
    """A claim as one article carries it: its text and span in the article, the attribution if it has one."""

    text: str
    span: Span
    attribution: Optional[Attribution] = None
    article_text: str = ""
    title: Optional[str] = None
    title_matches: bool = False  # the article's headline states this claim
    held: tuple[Attribution, ...] = ()  # a sentence's: the attributions inside it ("..., which they say killed 10")
    # a sentence of no attribution that goes on with what the one before it in its paragraph said ("..., the
    # coastguard said. Eleven of them were ..."): that one's attribution
    carried: Optional[Attribution] = None
    # the outlets it credits, lower-cased, and its speaker when that names one of them by its kind ("the station")
    credits: frozenset[str] = frozenset()

    def side(self, start: int, end: int) -> Side:
        """A span given in the claim's own text, placed in the article."""
        base = self.span[0]
        return Side(base + start, base + end, self.text[start:end])

    def whole(self) -> Side:
        return Side(self.span[0], self.span[1], self.text)


# "they are looking at mandatory limits", "the council was considering a ban": a step weighed, not yet taken
CONSIDERATION_PHRASES = frozenset(_phrases("consideration_phrases"))
CONSIDERING = re.compile(r"\b(?:is|are|was|were|been|be|'re|’re)\s+(?:still\s+|now\s+|also\s+)?("
                         + "|".join(re.escape(p) for p in sorted(CONSIDERATION_PHRASES)) + r")\b", re.I)


# "the firm expects to publish by June", "we expect a limited impact": a forecast (`expectation_verbs.txt`), not
# "as expected", "than expected", "the expected rise"
EXPECTING = re.compile(r"(?<!\bas\s)(?<!\bthan\s)(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)\b(?:"
                       + "|".join(_inflections(v) for v in _phrases("expectation_verbs")) + r")\b(?!\s+(?:by|of)\b)",
                       re.I)


def find_hedge(statement: Statement, window: Optional[tuple[int, int]] = None
               ) -> Optional[tuple[str, Optional[str], Side]]:
    """The statement's hedge: the extractor's when it found one (it may sit on the verb: "probably told"),
    else the first hedging phrase in the text, else a modal of possibility (`MODAL`) within `window` (the
    stretch both sides say: a long quote's "could" elsewhere hedges another claim), else a condition the claim
    hangs on ("depending on the scenario", `conditions.txt`), else a step only weighed ("they are looking at
    mandatory limits", `consideration_phrases.txt`); with its ICD-203 band and
    where it is. "More likely to fall ill" compares risks (`compared`): no hedge."""
    att = statement.attribution
    if att and att.hedge:
        lo = min(s[0] for s in (att.cue_span, att.content_span, statement.span) if s)
        hi = max(s[1] for s in (att.cue_span, att.content_span, statement.span) if s)
        at = statement.article_text.lower().find(att.hedge.lower(), lo, hi)
        perceived = at >= 0 and att.hedge.lower() in HEDGE_MODALS and PERCEIVED.match(statement.article_text,
                                                                                         at + len(att.hedge))
        trailing = at >= 0 and window and (in_trailing_conjunct(statement.text, window, at - statement.span[0])
                                           or in_leading_conjunct(statement.text, window, at - statement.span[0])
                                           or in_trailing_adjunct(statement.text, window, at - statement.span[0],
                                                                  att.hedge))
        if not perceived and not trailing and not (at >= 0 and (compared(statement.article_text, at)
                                                                or attributive(statement.article_text, at))):
            side = Side(at, at + len(att.hedge), att.hedge) if at >= 0 else statement.whole()
            return att.hedge, att.hedge_probability, side
    m = next((h for h in HEDGE.finditer(statement.text) if not compared(statement.text, h.start())
              and not attributive(statement.text, h.start())
              and not (window and (in_trailing_relative(statement.text, window, h.start())
                                   or in_trailing_conjunct(statement.text, window, h.start())
                                   or in_leading_conjunct(statement.text, window, h.start())
                                   or in_trailing_adjunct(statement.text, window, h.start(), h.group(0))))), None) or (
        MODAL.search(statement.text, *window) if window else None) or CONDITION.search(statement.text) or (
        CONSIDERING.search(statement.text)) or expectation(statement, window)
    if not m or m.group(0) in HEDGE_MODALS and PERCEIVED.match(statement.text, m.end()):
        return None
    if m.re is CONSIDERING:  # the verb of weighing, not the "be" before it
        return m.group(1), None, statement.side(m.start(1), m.end(1))
    return m.group(0), ICD203.get(m.group(0).lower()), statement.side(m.start(), m.end())


# "for suspected match-fixing", "on suspected fraud charges": a hedge word modifying the noun after a preposition
ATTRIBUTIVE = re.compile(r"\b(?:for|over|into|on|of|about|in|against|with)\s+(" + "|".join(
    re.escape(w) for w in _phrases("attributive_hedges")) + r")\s+(?!(?:of|that|to|by|in|on|and|or|as|at|for)\b)"
    r"[a-z][\w-]*", re.I)


def done_in_title(text: str, title: str) -> Optional[re.Match]:
    """The body names an act only as suspected ("investigated for suspected match-fixing", `attributive`) and the
    headline states it as done, by a past form of the act's verb ("Matches were fixed", "fixed matches"): the
    headline is surer than the body. A headline naming the act as the body does ("match-fixing probe") is not."""
    for m in ATTRIBUTIVE.finditer(text):
        act = m.group(0).split()[-1].split("-")[-1].lower()
        verb = act[:-3] if act.endswith("ing") and len(act) > 5 else ""
        if verb and re.search(rf"\b{re.escape(verb)}e?d\b", title, re.I):
            return m
    return None


def attributive(text: str, at: int) -> bool:
    """The hedge word at `at` modifies the noun after it, after a preposition ("under investigation for suspected
    match-fixing", "arrested on suspected fraud charges", `attributive_hedges.txt`): it names what is investigated or
    charged, and hedges no claim, where "the players are suspected of fixing matches" or "possible that" do."""
    return any(m.start() <= at < m.end() for m in ATTRIBUTIVE.finditer(text, max(0, at - 12), at + 60))


def expectation(statement: Statement, window: Optional[tuple[int, int]]) -> Optional[re.Match]:
    """A verb of expectation giving the claim as a forecast ("Velto expects to publish its findings by June", "We
    expect a limited impact"; `expectation_verbs.txt`), within `window` when given or just before it (the verb
    frames the stretch both sides say)."""
    lo, hi = window if window else (0, len(statement.text))
    return EXPECTING.search(statement.text, max(0, lo - 30), hi)


# ", where about 120 jobs may be created": a relative clause set off after the claim, about something it names
TRAILING_RELATIVE = re.compile(r",\s+(?:where|which|who|whom|whose|when)\b", re.I)


def in_trailing_relative(text: str, window: tuple[int, int], at: int) -> bool:
    """The word at `at` lies after `window` (the stretch both sides say), in a relative clause set off by a comma
    after it ("Output will move to the Eastwick plant[, where about 120 jobs may be created]"): it says something of
    its own about what the claim names, and a hedge there hedges that, not the claim the other side passes on."""
    return at >= window[1] and TRAILING_RELATIVE.search(text, window[1], at) is not None


# "Crews were pumping out water[ and expected to need two days]": a clause joined after the claim
TRAILING_CONJUNCT = re.compile(r"\s(?:and|but|while|whereas)\s|;", re.I)


def in_trailing_conjunct(text: str, window: tuple[int, int], at: int) -> bool:
    """The word at `at` lies after `window` (the stretch both sides say), in a clause joined after it by "and",
    "but" or a semicolon ("Crews were pumping out 900 tonnes an hour[ and expected to need two days]"): a hedge
    there hedges that clause's claim, which the other side does not pass on."""
    return 0 <= window[1] <= at <= len(text) and TRAILING_CONJUNCT.search(text, window[1], at) is not None


# "will miss its target[, “probably] by a wide margin”": a hedge opening a phrase of manner, degree or time set off
# after the claim
TRAILING_ADJUNCT = re.compile(r"\s*,\s*[“\"‘']?\s*", re.I)
ADJUNCT_AFTER = re.compile(r"\s+(?:by|within|before|after|in|for|until|around|over|at)\b", re.I)


def in_trailing_adjunct(text: str, window: tuple[int, int], at: int, hedge: str) -> bool:
    """The hedge at `at` opens a verbless phrase set off by a comma right after `window` (the stretch both sides
    say): "The government will miss its target, “probably by a wide margin”" hedges by how much, not the miss."""
    return 0 <= window[1] <= at and TRAILING_ADJUNCT.fullmatch(text, window[1], at) is not None \
        and ADJUNCT_AFTER.match(text, at + len(hedge)) is not None


# "likely to open an inquiry[, although] it could not yet confirm one": a clause joined before the claim
LEADING_CONJUNCT = re.compile(r"[,;]\s*(?:and|but|although|though|while|whereas)\s|;", re.I)


def in_leading_conjunct(text: str, window: tuple[int, int], at: int) -> bool:
    """The word at `at` lies before `window` (the stretch both sides say), in a clause the stretch is joined to by a
    comma and "although", "but", "while" or by a semicolon ("The regulator was likely to open an inquiry, although it
    could not yet confirm one" against "it could not yet confirm one"): a hedge there hedges that clause's claim,
    which the other side does not pass on."""
    return 0 <= at < window[0] <= len(text) and LEADING_CONJUNCT.search(text, at, window[0]) is not None


def compared(text: str, at: int) -> bool:
    """The word at `at` follows a comparative ("23 per cent more likely", "twice as likely"): a risk compared,
    not how likely the claim is."""
    return COMPARATIVE.search(text, max(0, at - 20), at) is not None


def title_hedge(title: str) -> Optional[tuple[str, Optional[str], Side]]:
    """The headline's hedge: a hedging phrase, or a modal of possibility in any case but the month ("Bridge Could
    Reopen in May")."""
    m = next((h for h in HEDGE.finditer(title) if not compared(title, h.start())), None) or TITLE_MODAL.search(title)
    return (m.group(0), ICD203.get(m.group(0).lower()), Side(m.start(), m.end(), m.group(0), "title")) if m else None


def band_low(band: Optional[str]) -> int:
    return int(band.split("-")[0]) if band else -1


def says(statement: Statement, hedge: str) -> bool:
    """The statement's text holds this hedge word, whether or not its extractor marked it."""
    return re.search(rf"\b{re.escape(hedge)}\b", statement.text, re.I) is not None


BELIEF_VERBS = [re.compile(rf"\b{_inflections(v)}\b", re.I) for v in _phrases("belief_verbs")]


def believed_again(hedge: str, other: Statement) -> bool:
    """The hedge is a belief in the passive ("are believed to have climbed", "it is believed") and the other side
    says a verb of believing with its holder ("..., police believe", "Detectives suspect the men ..."): both say
    the claim is only believed (`belief_verbs.txt`; the attribution step leaves such frames out)."""
    return any(verb.search(hedge) for verb in BELIEF_VERBS) and any(verb.search(other.text) for verb in BELIEF_VERBS)


def hedge_drift(before: Statement, after: Statement) -> list[Drift]:
    """A hedge dropped, added or moved to another band. The same hedge word in both texts is kept even when
    only one side's extractor marked it (a modal in a direct quote is the speaker's, not the reporter's), and so
    is a belief in the passive that the other side credits to a believer (`believed_again`)."""
    old_window, new_window = shared_stretch(before, after)
    old, new = find_hedge(before, old_window), find_hedge(after, new_window)
    old, new = (None if hedge and examined(hedge, other) else hedge for hedge, other in ((old, after), (new, before)))
    if old and not new and not says(after, old[0]) and not believed_again(old[0], after):
        return [Drift("hedge", f"hedge dropped ('{old[0]}')", old[2], after.whole())]
    if new and not old and not says(before, new[0]) and not believed_again(new[0], before):
        return [Drift("hedge", f"hedge added ('{new[0]}')", before.whole(), new[2])]
    if old and new and (old[1] and new[1] and old[1] != new[1] or possible_against_likely(old, new)):
        return [Drift("hedge", f"band moved: '{old[0]}' ({old[1] or 'possible'}) -> '{new[0]}' ({new[1] or 'possible'})",
                      old[2], new[2])]
    return []


EXAMINING = re.compile(r"\b(?:is|are|was|were|been|be|'re|’re)\s+(?:still\s+|now\s+|also\s+)?(?:"
                       + "|".join(_phrases("examining_verbs")) + r")\b", re.I)


def examined(hedge: tuple, other: Statement) -> bool:
    """The hedge is a verb of weighing ("investigators were looking at the bets", `consideration_phrases.txt`)
    and the other side has a verb of examining in its place ("investigators were examining the bets",
    `examining_verbs.txt`): both say the thing is being examined, and neither weighs a step."""
    return hedge[0].lower() in CONSIDERATION_PHRASES and EXAMINING.search(other.text) is not None


LIKELY = 55  # the low end of the band "likely", "probably" say


def possible_against_likely(old: tuple, new: tuple) -> bool:
    """One side says only that the claim may be so (a modal: "may have spread"), the other that it likely is
    ("probably spread") or surer: the band moved, though a modal has none of its own."""
    modal = [h for h in (old, new) if h[0].lower() in HEDGE_MODALS]
    banded = [h for h in (old, new) if h[1]]
    return len(modal) == 1 and len(banded) == 1 and modal[0] is not banded[0] and band_low(banded[0][1]) >= LIKELY


def source_side(statement: Statement) -> Side:
    att = statement.attribution
    span = att.source.span if att and att.source.span else None
    return Side(span[0], span[1], att.source.text) if span else statement.whole()


PLURAL_NOUNS = frozenset(_phrases("plural_nouns"))


def is_several(source_text: str) -> bool:
    """"current and former officials", "officials", "an official, as well as former officials", "they" are several."""
    if SEVERAL.search(source_text):
        return True
    head = SOURCE_HEAD_END.split(source_text, maxsplit=1)[0].split()
    if not head:
        return False
    word = head[-1].lower()
    named = len(head) > 1 and head[-1][:1].isupper()  # "the Joint Chiefs" is one body; "Officials" opens the text
    if word in PLURAL_NOUNS:  # "people familiar with the talks"; not "a person familiar with the talks"
        return not named
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and not named


def source_drift(before: Statement, after: Statement) -> list[Drift]:
    """The source as each side names it (the earlier side's as carried on from the sentence before, when it has
    none of its own; on either side the speaker a credited outlet cites, `cited`); not checked when the later side
    credits the earlier outlet itself ("Harbour Gazette", "a Harbour Gazette report", "the station" standing for
    it) and cites no one, nor when one side's words have the other side's speaker speak (`speaks_in`)."""
    a = cited(before, before.attribution or before.carried or joined_speaker(before) or held_speaker(before, after))
    b = cited(after, after.attribution or held_speaker(after, before))
    b = acting(before, after, b) if a and b else b
    if not a or not b:
        return authors_drift(before, after)
    a, b = named_in_apposition(before, a), named_in_apposition(after, b)
    if (names_credit(b, after.credits) and not speaks_for_itself(b) and not credited_role(b) or outlet_named(b)
            or speaks_in(before, b) or speaks_in(after, a)
            or named_before(before, a, b) or named_before(after, b, a)):
        return []
    changes = []
    old_kind, new_kind = kind_in(before, a), kind_in(after, b)
    # someone unnamed ("an engineer") against unnamed people ("engineers") or a person is anonymous too
    people = {old_kind, new_kind} <= {"person", "anonymous"}
    old_anon, new_anon = (kind == "anonymous" or people and unnamed(att) for kind, att in ((old_kind, a), (new_kind, b)))
    if old_anon != new_anon:
        changes.append("anonymous -> named" if old_anon else "named -> anonymous")
    elif (not old_anon and not authored(a) and not authored(b) and not same_name(a, b)
          and (old_kind == "person") != (new_kind == "person")):
        changes.append("person -> institution" if old_kind == "person" else "institution -> person")
    elif old_kind == new_kind == "person" and not old_anon and not _same_person(a, b):
        changes.append("another person")
    if old_anon and new_anon and is_several(a.source.text) != is_several(b.source.text):
        changes.append("several -> one" if is_several(a.source.text) else "one -> several")
    if not changes:
        return []
    return [Drift("source", f"{'; '.join(changes)}: '{a.source.text}' -> '{b.source.text}'",
                  source_side(before), source_side(after))]


def credited_role(att: Attribution) -> bool:
    """A role heads the source ("Kelso Ferries' chairman", "the agency's director"): a person of the credited body
    or outlet who speaks, not the outlet passing words on."""
    return any(head[-1].lower() in ROLE_NOUNS for head in heads(att))


# ", Ann Berg of Dunvale Bank, said": a name in apposition right after an unnamed source
APPOSED_NAME = re.compile(r",\s+(?P<name>(?:[A-Z][\w.'’-]*\s+)+?[A-Z][\w.'’-]*)(?=\s+(?:of|at|from)\b|\s*,)")


def named_in_apposition(statement: Statement, att: Attribution) -> Attribution:
    """An unnamed source the article names in apposition right after it ("An economist quoted by the paper, Ann
    Berg of Dunvale Bank, said"): the source is that person, wherever extraction ended it."""
    span = att.source.span
    if (not span or not statement.article_text or head_names(att)
            or not (unnamed(att) or att.source.kind == "anonymous")):
        return att
    m = APPOSED_NAME.match(statement.article_text, span[1])
    if not m:
        return att
    return replace(att, source=Source(m.group("name"), "person", span=(m.start("name"), m.end("name"))))


# "the trade publication Telecoms Weekly", "the broadcaster NRT One": the kind of outlet, then its name
OUTLET_NAMED = re.compile(r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(
    sorted(OUTLET_NOUNS | set(_phrases("outlet_kinds")))) + r")\s+[A-Z0-9][\w.'’&-]*(?:\s+[A-Z0-9][\w.'’&-]*)*")


def outlet_named(att: Attribution) -> bool:
    """The source is an outlet named with its kind before its name ("the trade publication Telecoms Weekly", "the
    public broadcaster NRT One", `outlet_kinds.txt` and the outlet nouns): it passes the words on, whether or not
    the statement's credits hold its name, and is no speaker to compare."""
    return OUTLET_NAMED.fullmatch(att.source.text.strip()) is not None


def held_speaker(statement: Statement, other: Statement) -> Optional[Attribution]:
    """A sentence of no attribution of its own holding one whose content is what the other side says ("The
    dockers' union, which called the strike, said the quay would stay shut.", the other side "the quay would stay
    shut"): that one's speaker is the sentence's source. None when it holds several, or one about another part of
    the sentence ("Ships will dock at Varg, which the port says is safe.")."""
    if statement.attribution or statement.carried or len(statement.held) != 1:
        return None
    att = statement.held[0]
    return att if states(other.text, att) else None


def authors_drift(before: Statement, after: Statement) -> list[Drift]:
    """Two statements of no speaker, each giving a decision or a document with its authors ("The ruling, by the
    court's three most senior judges, ordered ..." / "The ruling, by the court's most senior judge, ordered
    ..."): the authors are the source, several on one side and one on the other a change. An outlet credited
    as the author passed the words on."""
    m, n = AUTHORED_BY.search(before.text), AUTHORED_BY.search(after.text)
    if not m or not n or any(re.search(rf"\b{re.escape(name)}\b", found.group("authors"), re.I)
                             for found, side in ((m, before), (n, after)) for name in side.credits):
        return []
    old, new = is_several(m.group("authors")), is_several(n.group("authors"))
    if old == new:
        return []
    return [Drift("source", f"{'several -> one' if old else 'one -> several'}: '{m.group('authors')}' -> "
                            f"'{n.group('authors')}'", before.side(*m.span("authors")), after.side(*n.span("authors")))]


def named_before(statement: Statement, att: Attribution, other: Attribution) -> bool:
    """A pronoun speaker whose own sentence names the other side's speaker before it ("Minister Ivan Lewis misled
    the programme when he stated that ..."): that one, whoever extraction resolved the pronoun to."""
    span = att.source.span
    if att.source.text.lower() not in SPEAKER_PRONOUNS or not span or not statement.article_text:
        return False
    start = max(statement.article_text.rfind(". ", 0, span[0]) + 1, span[0] - PRONOUN_REACH)
    return any(re.search(rf"\b{re.escape(name)}\b", statement.article_text[start:span[0]], re.I)
               for name in head_names(other))


# what a body puts out: "figures published today by the Harbour Trust", "data from the Marine Institute", "the
# office's projections"
PUBLISHED_NOUNS = "(?:" + "|".join(sorted({n.rstrip("s") for n in DOCUMENT_NOUNS | STATEMENT_NOUNS} | {
    n.rstrip("s") for n in _phrases("figure_nouns") + _phrases("published_nouns")})) + ")s?"
PUBLISHED = re.compile(r"(?:(?:the|new|latest|official|its|their)\s+)*(?i:" + PUBLISHED_NOUNS + r")\s+"
                       r"(?:\w+\s+){0,3}?(?:by|from|of)\s+(?:the\s+)?(?P<owner>[A-Z][\w.'’-]*)")
OWNED_BY_BODY = re.compile(r"(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<body>[a-z]+)['’]s?\s+(?:[a-z]+\s+)?"
                           + PUBLISHED_NOUNS)


def kind_of(att: Attribution) -> str:
    """The source's kind, a person when a role heads it ("the airline's chief executive", "the head of the
    agency", `role_nouns.txt` and the title nouns), a body when a name heading it ends in a word that ends a
    company's name or a body noun ("Skerra Air", "Skarvik Ferry Company"; `company_words.txt`), or when it is a
    company named by its trade ("the operator", "the telecoms giant"; `company_kinds.txt`), whatever extraction took
    it for."""
    if any(head[-1].lower() in ROLE_NOUNS for head in heads(att)):
        return "person"
    if att.source.kind in ("person", "anonymous") and any(len(head) > 1 and head[-1][:1].isupper()
                                           and head[-1].rstrip(".").lower() in BODY_ENDINGS for head in heads(att)):
        return "organization"
    if att.source.kind == "person" and DESCRIBED_COMPANY.fullmatch(att.source.text.strip()):
        return "organization"
    if unnamed_part(att.source.text):
        return "anonymous"
    return "document" if published(att.source.text) else att.source.kind


def kind_in(statement: Statement, att: Attribution) -> str:
    """`kind_of`, and a person's name of one word that the article gives after a body noun ("the app-based
    company Parcelo", "the charity Oxlea") and never after another name or a title ("Ann Parcelo", "Ms Parcelo")
    is a body's, whatever extraction took it for. A surname alone the article gives no such noun is still a
    person's ("Al-Maliki said ...")."""
    kind = kind_of(att)
    if kind == "organization" and given_name_before(statement, att):
        return "person"
    if kind != "person" or not statement.article_text or att.source.name and len(att.source.name.split()) > 1:
        return kind
    words = att.source.text.strip().split()
    name = words[0].strip("'’,.") if len(words) == 1 else ""
    if not name[:1].isupper() or name.lower() in SPEAKER_PRONOUNS:
        return kind
    before_name = [m.group(1) for m in re.finditer(rf"([\w.'’-]+)\s+{re.escape(name)}\b", statement.article_text,
                                                   re.I)]  # "Nouri al-Maliki"
    # a word closing the sentence before ("on Monday. Drovo said") is no given name; a title's short form is ("Dr.")
    if any(w[:1].isupper() and w.lower() not in FUNCTION_WORDS and not (w.endswith(".") and len(w) > 4)
           for w in before_name):
        return kind
    # "Brevik" where the article gives "Brevik Pharma": the short name of a company (`company_words.txt`)
    after_name = [m.group(1).lower()
                  for m in re.finditer(rf"\b{re.escape(name)}\s+([A-Z][\w-]*)", statement.article_text)]
    return ("organization" if any(w.lower() in ORGANIZATION_NOUNS | GOVERNMENT_NOUNS for w in before_name)
            or any(w in BODY_ENDINGS for w in after_name) else kind)


GIVEN_NAME = re.compile(r"[A-Z][a-z]+")


def given_name_before(statement: Statement, att: Attribution) -> bool:
    """A one-word name (hyphened or not: "Brekke-Moe") extraction took for a body's, that the article gives after a
    given name ("Anders Brekke-Moe") with no word ending a body's name after it: a person's surname. Not a name
    given after another body's word ("Football Federation", "Harbour Trust") nor at a sentence's start."""
    words = att.source.text.strip().split()
    name = words[0].strip("'’,.") if len(words) == 1 else ""
    if not name[:1].isupper() or name.lower() in BODY_ENDINGS | BODY_WORDS or not statement.article_text:
        return False
    for m in re.finditer(rf"(?<![.!?]\s)(?<!^)\b([\w'’-]+)\s+{re.escape(name)}\b(?:\s+([\w'’-]+))?",
                         statement.article_text):
        given, after = m.group(1), m.group(2) or ""
        if (GIVEN_NAME.fullmatch(given) and given.lower() not in FUNCTION_WORDS | BODY_ENDINGS | BODY_WORDS | ROLE_NOUNS
                and after.lower() not in BODY_ENDINGS):
            return True
    return False


# "one of the officials", "two of the engineers": some of a group of people the source does not name
PART_OF = re.compile(r"(?:one|some|two|three|four|five|several|many|a\s+few)\s+of\s+(?:the|those|these|its|their)\s+"
                     r"(?P<group>.+)", re.I)


def unnamed_part(source_text: str) -> bool:
    """The source is one or some of a group given by a common noun in the plural ("one of the officials"), not by
    a name ("one of the Rivers Trust's officials" keeps a common noun too; "one of the Beatles" does not) nor a
    document ("one of the reports")."""
    m = PART_OF.fullmatch(source_text.strip())
    head = SOURCE_HEAD_END.split(m.group("group"), maxsplit=1)[0].split() if m else []
    word = head[-1] if head else ""
    return (word.islower() and word.endswith("s") and not word.endswith("ss")
            and word[:-1] not in DOCUMENT_NOUNS | STATEMENT_NOUNS)


def cited(statement: Statement, att: Optional[Attribution]) -> Optional[Attribution]:
    """The speaker a credited outlet cites ("..., health researchers said, according to a Harbour Gazette report",
    "..., citing an engineer", also when only the words say so: `citing_in`): the outlet passed on their words, so
    theirs is the source (`as_speaker`)."""
    cites = att and (att.cites or citing_in(statement.text) or reported_speaker(statement, att))
    if not cites or not names_credit(att, statement.credits) or any(
            re.search(rf"\b{re.escape(name)}\b", cites, re.I) for name in statement.credits):
        return att
    speaker = as_speaker(att, cites)
    # a reason the words give ("..., citing bad weather") is no one cited
    return speaker if speaker and (att.cites or can_speak(speaker)) else att


def reported_speaker(statement: Statement, att: Attribution) -> Optional[str]:
    """Whom an outlet's report has say the claim, when its sentence opens with them and a reporting verb right
    before the claim ("British officials have denied that [the port was shut], the Gazette noted" -> "British
    officials"): the outlet reports their words, so they are cited as "citing" would cite them. Not the
    attribution's own speaker ("Tessaline has said [it will shut no plant]")."""
    if not statement.article_text or statement.span[0] <= 0:
        return None
    lo = statement.span[0]
    m = REPORTED_SPEAKER.search(statement.article_text, max(0, lo - 120), lo)
    own = att.source.span
    if not m or own and own[0] < m.end() and m.start("who") < own[1]:
        return None
    return m.group("who").strip()


def citing_in(text: str) -> Optional[str]:
    """Whom the words say the report cites, where extraction found no one: "the attackers want 4 million euros,
    citing officials at the response centre" -> "officials at the response centre" (`citing_words.txt`)."""
    m = re.search(r",\s+" + CITING + r"(?P<who>[^,.;:“”\"]{2,80})", text, re.I)
    return m.group("who").strip() if m else None


def as_speaker(att: Attribution, words: str) -> Optional[Attribution]:
    """The attribution with `words` as its source, its kind read off them: a name heads a person, or the body a
    body noun names; with no name an indefinite or a plural is someone unnamed, a role a person, another
    definite noun a body ("the airline"). None for a document ("an interview"): how the words came, no speaker."""
    speaker = replace(att, source=Source(words, "person"))
    head = next(iter(heads(speaker)), [""])[-1].lower()
    if head in DOCUMENT_NOUNS or head in STATEMENT_NOUNS:
        return None
    if head in ORGANIZATION_NOUNS or head in GOVERNMENT_NOUNS:
        speaker.source.kind = "organization"
    elif not head_names(speaker) and (INDEFINITE.match(words) or is_several(words)):
        speaker.source.kind = "anonymous"
    elif not head_names(speaker) and head not in ROLE_NOUNS:
        speaker.source.kind = "organization"
    return speaker


def acting(before: Statement, after: Statement, later: Attribution) -> Attribution:
    """The earlier speaker said what they themselves would do ("Ferry operators said [they would add sailings]")
    and the later side, crediting only the outlet that reported it, makes one who can speak the subject of the
    same act ("[The Marrow Bay ferry company will put on extra sailings], the agency said"): that subject stands
    for the speaker. One who can speak: a name, or a body, role or people noun heading the subject."""
    if not names_credit(later, after.credits) or later.cites:
        return later
    if SPEAKER_SUBJECT.match(before.text):
        m = SUBJECT.match(after.text)
    elif joined_speaker(before):  # "she said, but [refused to comment]" / "[Officials] refused to comment"
        m = re.match(rf"((?:[\w'’.-]+\s+){{0,5}}?[\w'’.-]+)\s+{re.escape(WORD.match(before.text).group(0))}\b",
                     after.text)
    else:
        return later
    if not m or SPEAKER_SUBJECT.match(after.text):
        return later
    subject = as_speaker(later, m.group(1))
    return subject if subject and can_speak(subject) else later


def can_speak(att: Attribution) -> bool:
    """A name, or a body, role or people noun heads the source: one who can speak ("officials at the centre", "the
    trust"), not a reason ("citing bad weather") or a thing."""
    head = next(iter(heads(att)), [""])[-1].lower()
    return bool(head_names(att)) or head in ORGANIZATION_NOUNS | GOVERNMENT_NOUNS | ROLE_NOUNS | ANONYMOUS_NOUNS


def joined_speaker(statement: Statement) -> Optional[Attribution]:
    """A statement of no attribution that opens with the verb of a phrase joined to a reporting clause ("“We take
    security seriously,” she said, but [refused to give any details]"; a verb in the past or an auxiliary, not the
    subject of a clause of its own: "she said, and [the port] ..."): its subject, and so its source, is that
    clause's speaker."""
    first = WORD.match(statement.text)
    if (statement.attribution or statement.carried or not statement.article_text or not first
            or not (FINITE_VERB.fullmatch(first.group(0)) or first.group(0) in IRREGULAR_PASTS.values())):
        return None
    lo = statement.span[0]
    m = JOINED_TO_REPORT.search(statement.article_text, max(0, lo - 120), lo)
    if not m:
        return None
    speaker = m.group("speaker").strip()
    att = Attribution(source=Source(speaker, "person"), cue="said", content=statement.text, quote="indirect")
    att = att if speaker.lower() in SPEAKER_PRONOUNS else as_speaker(att, speaker)  # "she"; "two port officials"
    if att:
        att.source.span = (m.start("speaker"), m.start("speaker") + len(speaker))
    return att


def unnamed(att: Attribution) -> bool:
    """A person given only by an indefinite description ("a Brisling engineer", "one policeman"): someone the
    reader cannot tell who, where "the prime minister" is someone known."""
    return not head_names(att) and INDEFINITE.match(att.source.text) is not None


def names_credit(att: Attribution, credits: frozenset[str]) -> bool:
    """Its speaker is an outlet the statement credits, by its full name or a short one that opens or closes it
    ("NBC" for NBC News, "the Courier" for the Dunmere Courier): the outlet passed the claim on, whoever spoke."""
    short = re.sub(r"^the\s+", "", att.source.text.strip(), flags=re.I)
    return any(re.search(rf"\b{re.escape(name)}\b", att.source.text, re.I)
               or short and re.fullmatch(rf"(?:the\s+)?(?:{re.escape(short)}\b.*|.*\b{re.escape(short)})", name, re.I)
               for name in credits)


# "the office", "the national statistics office", "its ministry": a body named by what it is
BODY_DESCRIPTION = re.compile(r"(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z]+)", re.I)


def speaks_for_itself(att: Attribution) -> bool:
    """The speaker is a body named by a description of what it is ("the office", "the national statistics office",
    "the company") rather than a news outlet ("the paper", "the station", "the agency"): a body whose own release
    is passed on speaks for itself, so it stands as the source against the person its release quoted ("Dr Ann
    Berg, the office's head of statistics, said ..." -> "the office said ..."), where an outlet passes words on."""
    m = BODY_DESCRIPTION.fullmatch(att.source.text.strip())
    noun = m.group("noun").lower() if m else ""
    return (noun in ORGANIZATION_NOUNS | GOVERNMENT_NOUNS | BODY_NOUNS and noun not in OUTLET_NOUNS
            and noun != "agency" and all(w.islower() for w in m.group(0).split()[1:]))


def speaks_in(statement: Statement, other: Attribution) -> bool:
    """The statement's words have the other side's speaker speak, by a name heading that source and a reporting
    verb after it ("Lai, who once said he 'never cared about money', was born in a famine, Wikinews reported";
    "the charity said Cullen Moss admitted in a letter that it ..."): the other side names who spoke inside this
    one's report, no other source. Words only about that person ("Lai fled to Canada, Wikinews reported") are
    the reporter's, not theirs."""
    return any(re.search(rf"\b{re.escape(name)}\b[^.;]{{0,30}}?\b{SPEAKING}\b", statement.text, re.I)
               for name in head_names(other))


def authored(att: Attribution) -> bool:
    """A document with its author named ("Cornyn's statement", "a University of Tarrowgate study", "a statement
    from the company"): it speaks for a person or a body, so naming either instead is no change of kind."""
    return (att.source.kind == "document" and any(p.match(att.source.text) for p in (POSSESSED, *OWNED))
            or published(att.source.text))


def published(source_text: str) -> bool:
    """Figures or a document a named body put out, given with who published them ("figures published today by the
    Harbour Trust", "statistics released by the Skarvik Port Authority", "data from the Marine Institute"): the
    body's own word, neither an unnamed source nor a change of kind when the other side names the body. Not
    figures from no one named ("figures seen by reporters", "data from several sources"). Also what a body named by a
    description owns ("the office's projections", "the trust's figures")."""
    m = OWNED_BY_BODY.fullmatch(source_text.strip())
    return PUBLISHED.match(source_text.strip()) is not None or bool(m and m.group("body").lower() in BODY_WORDS)


def heads(att: Attribution) -> list[list[str]]:
    """The words heading the source as resolved and as written ("Ann Berg of the dockers' union" -> "Ann Berg"),
    and the name in apposition to a role heading it ("the airline's chief executive, Malin Torvey")."""
    out = []
    for text in (att.source.name, att.source.text):
        head = SOURCE_HEAD_END.split(text or "", maxsplit=1)[0].split()
        appositive = APPOSITIVE_NAME.match(text or "") if head and not head[-1][:1].isupper() else None
        out += [h for h in (head, appositive and appositive.group(1).split()) if h]
    return out


def head_names(att: Attribution) -> set[str]:
    """The proper names that head the source as resolved and as written ("Rathbun", "Prime Minister Ann Berg"
    -> "Berg"; "Ann Berg of the dockers' union" also when extraction resolved it to the union); none for a
    common noun ("Iraqi police", "a policeman") or a role ("the Iraqi prime minister")."""
    return {head[-1].strip("'’").lower() for head in heads(att)
            if head[-1][:1].isupper() and head[-1].lower() not in SPEAKER_PRONOUNS}  # "He said" names no one


def name_words(att: Attribution) -> set[str]:
    """Every capitalised word of a head that ends in a name: a family name may come first ("Lai Changxing"). Words
    up to a role noun before the name are the body the role is in, not the name ("Union boss Dariusz Okafor" is
    named Dariusz Okafor, not Union; `after_role`)."""
    return {w.strip("'’").lower() for head in heads(att) if head[-1][:1].isupper() for w in after_role(head)
            if w[:1].isupper()}


def after_role(head: list[str]) -> list[str]:
    """The words of a head after its last role or title noun ("Union boss Dariusz Okafor" -> "Dariusz Okafor",
    "Harbour Trust chair Ann Berg" -> "Ann Berg"); the whole head when none is in it."""
    roles = [k for k, w in enumerate(head[:-1]) if w.strip("'’").lower() in ROLE_NOUNS]
    return head[roles[-1] + 1:] if roles else head


def same_name(a: Attribution, b: Attribution) -> bool:
    """One side's name heading its source is a name of the other's ("Rathbun" and "Rathbun", "Lai" and "Lai
    Changxing"), or the two heads are one name spelt two ways: one source, whatever kind each side's extractor
    took it for."""
    heads_a, heads_b = head_names(a), head_names(b)
    return bool(heads_a & name_words(b) or heads_b & name_words(a)
                or any(spelled_alike(x, y) for x in heads_a for y in heads_b))


MIN_RESPELT = 6  # a shorter name spelt otherwise is another name ("Hanson", "Jensen")
RESPELT = 0.85  # the least share of letters in order two spellings of one name keep ("Buchtmann" / "Bauchtman")


def spelled_alike(first: str, second: str) -> bool:
    """One surname, however each outlet spelt it: the same, the same after a particle ("al-Maliki" / "Maliki"),
    or a letter or two apart in a long name ("Buchtmann" / "Bauchtman")."""
    if first.split("-")[-1] == second.split("-")[-1]:
        return True
    return (min(len(first), len(second)) >= MIN_RESPELT
            and difflib.SequenceMatcher(a=first, b=second).ratio() >= RESPELT)


def _same_person(a: Attribution, b: Attribution) -> bool:
    """One person unless both sides name a person and the names differ: a pronoun or a role ("she", "the Iraqi
    prime minister") names no one to tell apart."""
    return same_name(a, b) or not (head_names(a) and head_names(b))


def polarity(statement: Statement, window: tuple[int, int], shared: Optional[set[str]] = None) -> bool:
    """True when the statement affirms its proposition within `window` of its text (a negation, a word that
    negates as "hardly" and "few" do, or a verb of ruling out, under a denial affirms; so does a denial verb the
    content reports: "X denied the charges"); a negation of a negating word ("would not rule out", "did not
    refuse to") negates nothing. Only the sentences and conjuncts holding a word of `shared` (the content words
    both sides say) count, and an aside set off by commas ("Lai, who once said he never cared about money, was
    born ...") is another claim: their negation is not this one's. Denied also when a denial verb of its sentence
    frames the words from outside them (`denied_by_frame`)."""
    text = LITOTES.sub(" ", ASIDE.sub(", ", CERTAINTY.sub(" ", statement.text[window[0]:window[1]])))
    text = NOT_BUT.sub(lambda m: m.group(0) if m.group("aux") else (m.group("lead") or "") + " ", text)
    text = NEGATED_NEGATING.sub(" ", claim_conjuncts(text, shared) if shared else text)
    text = CONDITION_CLAUSE.sub(" ", CONTRASTIVE_NOT.sub(" ", GERUND_NEGATING.sub(" ", text)))
    judged = judged_wrong(text)  # "it would be a mistake to [pin this on ...]"; its own "not" is the frame's
    text = WRONG_JUDGEMENT.sub(" ", text)
    negated = bool(NEGATION.search(text) or NEGATING.search(text) or RULING_OUT.search(text)
                   or judged) != bool(DENIAL.search(text))
    att = statement.attribution
    denied = bool(att and att.stance == "deny" and not (att.cue_span and negated_before(statement, att.cue_span[0]))
                  or denied_by_frame(statement))
    return negated == denied


MIN_CLAIM_WORDS = 2  # the fewest content words of a sentence or conjunct that is a claim of its own


def claim_conjuncts(text: str, shared: set[str]) -> str:
    """The sentences and conjuncts of the text that hold a content word of `shared`, or too few to make a claim of
    their own ("Is it late? Hardly.", "Not at all."): "Visitors will not be allowed in the old ferry and this boat is a gift" against "this boat is
    a gift" keeps only the second conjunct. All of it when none holds one."""
    bounds = [0, *(x for m in CONJUNCT_BREAK.finditer(text) for x in (m.start(), m.end())), len(text)]
    parts = [text[lo:hi] for lo, hi in zip(bounds[::2], bounds[1::2])]
    kept = [part for part in parts if content_words(part) & shared
            or len(content_words(NEGATING.sub(" ", NEGATION.sub(" ", part)))) < MIN_CLAIM_WORDS]
    return " ; ".join(kept) if kept else text


def content_words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)} - FUNCTION_WORDS - AUXILIARIES


def denied_by_frame(statement: Statement) -> Optional[re.Match]:
    """A denial verb right before the words in their sentence, which extraction left out of the statement when it
    credited the sentence to the outlet reporting it ("Skerra Air has denied [putting off inspections], according
    to the agency's report", "denied claims that [...]", `denied_objects.txt`)."""
    lo = statement.span[0]
    m = DENIED_FRAME.search(statement.article_text, max(0, lo - 60), lo) if statement.article_text else None
    return m if m and not negated_before(statement, m.start()) else None


def negated_before(statement: Statement, at: int) -> bool:
    """The verb at `at` in the article is negated ("did not deny", "has never disputed", "didn't reject"): the
    denial is none, and what it frames is affirmed."""
    return NEGATED_CUE.search(statement.article_text, max(0, at - 30), at) is not None


def shared_stretch(before: Statement, after: Statement) -> tuple[tuple[int, int], tuple[int, int]]:
    """The stretch of each text from the first to the last word the two share in order: what one side
    leaves out ("No injuries were reported, but ...") cannot flip the stance of what both say. Only runs
    holding a content word count: "will be" shared again in a clause one side adds does not stretch it."""
    old, new = list(WORD.finditer(before.text)), list(WORD.finditer(after.text))
    blocks = [b for b in difflib.SequenceMatcher(a=[w.group(0).lower() for w in old],
                                                 b=[w.group(0).lower() for w in new],
                                                 autojunk=False).get_matching_blocks()
              if any(w.group(0).lower() not in FUNCTION_WORDS | AUXILIARIES for w in old[b.a:b.a + b.size])]
    if not blocks:
        return (0, len(before.text)), (0, len(after.text))
    # from the first content word of the first run to the last of the last: a shared "and" opening it is where
    # a clause one side negates ("No one was hurt and all the debris ...") meets the one both say
    content = [k for k in range(blocks[0].size) if old[blocks[0].a + k].group(0).lower() not in FUNCTION_WORDS]
    head = content[0] if content else 0
    content = [k for k in range(blocks[-1].size) if old[blocks[-1].a + k].group(0).lower() not in FUNCTION_WORDS]
    tail = content[-1] if content else blocks[-1].size - 1
    first, last = blocks[0], blocks[-1]
    return (clause(before.text, old[first.a + head].start(), old[last.a + tail].end()),
            clause(after.text, new[first.b + head].start(), new[last.b + tail].end()))


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened to the clauses it touches ("Lai denied the [corruption] charges" keeps "denied"), within
    its sentence and its side of an "and"; not on into a relative clause after it that only one side has
    ("recommended repairs [to the embankment] that were never carried out")."""
    before = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    after = min((m.start() for pattern in (CLAUSE_BREAK, RELATIVE) for m in [pattern.search(text, end)] if m),
                default=len(text))
    return before, after


def said_by_opposite(first: str, second: str) -> bool:
    """One side negates a verb the other says by its opposite ("will not stop the broadcasts" / "the broadcasts
    will continue"): the same claim, no change of stance."""
    def opposite_in(negating: str, other: str) -> bool:
        words = {w.lower() for w in WORD.findall(other)}
        return any(verb_forms(NEGATED_ANTONYMS[m.group(3).lower()]) & words and not verb_forms(m.group(3)) & words
                   for m in NEGATED_ANTONYM.finditer(negating))
    return opposite_in(first, second) or opposite_in(second, first)


# "do not get enough iodine", "isn't getting enough sleep", "not enough nurses": too little of something
NOT_ENOUGH = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:\w+\s+){0,2}?enough\b"
                        # "there was no money": what there is none of, as a word of lack says it ("for lack of funds")
                        r"|\bthere\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+no\b", re.I)
LACK = _any_phrase("lack_words")


def said_by_lack(first: str, second: str) -> bool:
    """One side says "not ... enough" or "there was no ..." where the other says it by a word of lack and no
    negation ("children do not get enough iodine" / "children are iodine deficient", "postponed because there was no
    money" / "postponed for lack of funds", `lack_words.txt`): one meaning, the negation part of the paraphrase,
    not a denial."""
    def lack_in(negating: str, other: str) -> bool:
        return bool(NOT_ENOUGH.search(negating) and LACK.search(other) and not NOT_ENOUGH.search(other)
                    and not NEGATION.search(LACK.sub(" ", other)))
    return lack_in(first, second) or lack_in(second, first)


def prefixed_opposite(first: str, second: str) -> bool:
    """One side says a word with a negative prefix where the other says the bare word ("the projections were
    inconsistent" / "the projections are consistent", `negative_prefixes.txt`): the claim is turned round."""
    def negates(words: set[str], other: set[str]) -> bool:
        return any(w.startswith(p) and len(w) - len(p) >= 4 and w[len(p):] in other and w not in other
                   and w[len(p):] not in words for w in words for p in NEGATIVE_PREFIXES)
    a, b = ({w.lower() for w in WORD.findall(text)} for text in (first, second))
    return negates(a, b) != negates(b, a)


def verb_forms(verb: str) -> set[str]:
    """Regular forms of a verb: stop -> stop, stops, stopped, stopping; continue -> continue, continues,
    continued, continuing."""
    verb = verb.lower()
    stem = verb[:-1] if verb.endswith("e") else verb + verb[-1] if re.search(r"[^aeiou][aeiou][bdgkmnprt]$", verb) else verb
    return {verb, verb + "s", verb + "es", stem + "ed", stem + "ing", verb + "d"}


def _forms(entry: str) -> frozenset[str]:
    """"uphold/upheld" -> uphold, upholds, upheld, upholding; "overturn" -> its regular forms."""
    verb, *past = entry.split("/")
    return frozenset(verb_forms(verb) | set(past))


OPPOSITE_VERBS = [(_forms(a), _forms(b)) for a, b in (line.split("\t") for line in _phrases("opposite_verbs"))]


def opposite_verb(first: str, second: str) -> bool:
    """One side says a verb and the other its opposite, neither saying both ("the court upheld the ruling" / "the
    court overturned the ruling", `opposite_verbs.txt`): the claim is turned round."""
    a, b = ({w.lower() for w in WORD.findall(text)} for text in (first, second))
    return any(x & a and y & b and not y & a and not x & b or y & a and x & b and not x & a and not y & b
               for x, y in OPPOSITE_VERBS)


# a reporting verb in any form, irregular pasts too (`irregular_pasts.txt`): the one named before it speaks
# ("Berg admitted that ...", "Lai told the paper")
IRREGULAR_PASTS = _table("irregular_pasts")
SPEAKING = "(?:" + "|".join(sorted({*(f for verb in CLAUSE_VERBS | DENY_VERBS for f in verb_forms(verb)),
                                    *(IRREGULAR_PASTS[verb] for verb in CLAUSE_VERBS if verb in IRREGULAR_PASTS)},
                                   key=len, reverse=True)
                            + [_inflections(verb) for verb in sorted(CLAUSE_VERBS | DENY_VERBS)]) + ")"
# a past or an auxiliary opens a verb phrase: "refused", "would"
FINITE_VERB = re.compile(r"[a-z]+ed|did|would|could|was|were|had|has|will|is")
# "“...,” she said, but [refused to give details]": a verb phrase joined to a reporting clause has its speaker for
# subject (`joined_speaker`)
# the sentence's opening up to the claim: "British officials have denied that "
REPORTED_SPEAKER = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?P<who>[A-Z][^,.!?;:“”\"\n]{1,60}?)\s+(?:(?:have|has|had)\s+)?"
                              + SPEAKING + r"\s+(?:that\s+)?$")
JOINED_TO_REPORT = re.compile(r"(?:^|[,.!?;:“”\"]\s*)(?P<speaker>[^,.!?;:“”\"]{1,60}?)\s+" + SPEAKING
                              + r"(?:\s+[^,.!?;:“”\"]{1,30}?)?,?\s+(?:but|and)\s+$")


def stance_side(statement: Statement, window: tuple[int, int]) -> Side:
    text = CERTAINTY.sub(lambda m: " " * len(m.group(0)), statement.text)
    text = WRONG_JUDGEMENT.sub(lambda m: m.group(0) if judged_wrong(m.group(0)) else " " * len(m.group(0)), text)
    m = (NEGATION.search(text, *window) or NEGATING.search(text, *window) or RULING_OUT.search(text, *window)
         or DENIAL.search(text, *window) or judged_wrong(text, *window))
    if m:
        return statement.side(m.start(), m.end())
    att = statement.attribution
    if att and att.stance == "deny" and att.cue_span:
        return Side(att.cue_span[0], att.cue_span[1], att.cue)
    framed = denied_by_frame(statement)
    if framed:
        return Side(framed.start(1), framed.end(1), framed.group(1))
    return statement.whole()


def stance_drift(before: Statement, after: Statement) -> list[Drift]:
    old_window, new_window = shared_stretch(before, after)
    shared = content_words(before.text) & content_words(after.text)
    old, new = polarity(before, old_window, shared), polarity(after, new_window, shared)
    first, second = before.text[slice(*old_window)], after.text[slice(*new_window)]
    new = new ^ prefixed_opposite(first, second) ^ opposite_verb(first, second)
    if old == new or said_by_opposite(first, second) or said_by_lack(first, second):
        return []
    change = "affirmed -> denied" if old else "denied -> affirmed"
    return [Drift("stance", f"stance flipped: {change}", stance_side(before, old_window),
                  stance_side(after, new_window))]


def quoted_words(statement: Statement) -> list[re.Match]:
    """The words a quote puts in the speaker's mouth: all of a direct quote, the quoted parts of a mixed one
    or of a sentence extraction found no speaker for ("arguing publication would “...”"); a quoted word or
    two there is a term the writer marks, not a quote."""
    att = statement.attribution
    if att is None or att.quote == "mixed":
        stretches = [q for q in QUOTED.finditer(statement.text) if att or len(q.group(1).split()) >= MIN_QUOTED_WORDS]
        if att and not stretches and inside_quote(statement):
            return list(WORD.finditer(statement.text))
        return [w for q in stretches for w in WORD.finditer(statement.text, q.start(1), q.end(1))]
    return list(WORD.finditer(statement.text))


OPENS_QUOTE = re.compile(r"[\"“]\s*$")
CLOSES_QUOTE = re.compile(r"[\s.,!?;:]*[\"”]")


def inside_quote(statement: Statement) -> bool:
    """The statement's text is the whole inside of a quote in its article (`He said ...: “We tried and failed.”`):
    its words are all the speaker's, though the quote marks lie outside the text."""
    lo, hi = statement.span
    text = statement.article_text
    return (0 < lo and hi <= len(text) and OPENS_QUOTE.search(text, max(0, lo - 3), lo) is not None
            and CLOSES_QUOTE.match(text, hi) is not None)


def quote_drift(before: Statement, after: Statement) -> list[Drift]:
    """Both sides quote and the quoted words differ, beyond cutting the quote short at either end or where the
    later side marks the cut with an ellipsis."""
    if any(s.attribution and s.attribution.quote == "indirect" for s in (before, after)):
        return []
    old, new = quoted_words(before), quoted_words(after)
    if not old or not new:
        return []
    ops = difflib.SequenceMatcher(a=[m.group(0).lower() for m in old], b=[m.group(0).lower() for m in new],
                                  autojunk=False).get_opcodes()
    changed = [op for op in ops if op[0] != "equal"]
    trimmed = [op for op in changed if op[0] == "delete" and (op[1] == 0 or op[2] == len(old)
                                                               or elided(after, new, op[3]))]
    changed = [op for op in changed if op not in trimmed]
    if not changed:
        return []
    first, last = changed[0], changed[-1]
    old_side = _words_side(before, old, first[1], last[2])
    new_side = _words_side(after, new, first[3], last[4])
    edits = "; ".join(f"'{' '.join(m.group(0) for m in old[i1:i2])}' -> '{' '.join(m.group(0) for m in new[j1:j2])}'"
                      for _, i1, i2, j1, j2 in changed)
    return [Drift("quote", f"quote reworded: {edits}", old_side, new_side)]


def elided(statement: Statement, words: list[re.Match], j: int) -> bool:
    """The quote marks a cut before its `j`th word ("We will rebuild the school ... fast", "[...]", "…"), or closes
    and opens again there: a retelling that quotes two pieces of a statement ("called it “a hard day” and said the
    town was “not beaten”") leaves out what lay between them."""
    return 0 < j < len(words) and (ELLIPSIS.search(statement.text, words[j - 1].end(), words[j].start()) is not None
                                   or REOPENED.search(statement.text, words[j - 1].end(), words[j].start()) is not None)


def _words_side(statement: Statement, words: list[re.Match], i: int, j: int) -> Side:
    if not words:
        return statement.whole()
    if i >= j:  # an insertion on the other side: point at the gap
        at = words[i].start() if i < len(words) else words[-1].end()
        return statement.side(at, at)
    return statement.side(words[i].start(), words[j - 1].end())


def figures(text: str, start: int = 0) -> list[re.Match]:
    """The figures a text gives from `start`, less "one" standing for a noun."""
    return [m for m in NUMBER.finditer(text, start)
            if m.group(2).lower() != "one" or m.group(1)
            or not (ONE_AFTER_DETERMINER.search(text, max(0, m.start() - 30), m.end()) or ONE_OF.match(text, m.start()))]


# "23 November", "November 23", "Nov. 23rd": a day of the month names when, it counts nothing; it is compared only
# with another day ("until April 8" -> "until April 18" is a change, "on 23 November" against "140 clinics" none)
MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
              r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DAY_OF_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}(?!\w)"
                          rf"|\b{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|per\b|[,.]\d))")


def numbers(statement: Statement) -> list[re.Match]:
    """The figures it gives, less a dateline's day ("OSLO, March 14 (Reuters) - "), a share's "two thirds" and a
    length of time's "14" ("14 days", compared as a length: `durations`)."""
    dateline = DATELINE.match(statement.text)
    taken = shares(statement) + durations(statement.text)
    return [m for m in figures(statement.text, dateline.end() if dateline else 0)
            if not any(s.start() <= m.start() < s.end() for s in taken)]


def durations(text: str) -> list[re.Match]:
    """The lengths of time it gives: a figure before a unit of time ("14 days", "a 14-day wait", "two weeks"), or "a"
    before one after a qualifier or a preposition ("at least a week", "within a month"; "twice a week" and "50
    crowns a day" are rates). The dateline's day ("March 14") is none: it has no unit."""
    out = []
    for m in DURATION.finditer(text):
        if m.group("figure") and m.group("figure").lower() != "one":
            out.append(m)
            continue
        before = WORD.findall(text[max(0, m.start() - 20):m.start()])
        if m.group(1) or before and before[-1].lower() in DURATION_PREPOSITIONS:
            out.append(m)
    return out


def days(m: re.Match) -> float:
    """A length of time in days: "two weeks" 14, "a month" 30 (`duration_units.txt`)."""
    count = float(_value(m)) if m.group("figure") and m.group("figure").lower() != "one" else 1.0
    return count * DURATION_UNITS[m.group("unit").lower()]


def same_length(a: float, b: float) -> bool:
    """Two lengths of time said in other units are one length when within a tenth ("a month", "four weeks")."""
    return abs(a - b) <= 0.1 * max(a, b)


def duration_changes(old: list[re.Match], new: list[re.Match]) -> list[tuple[re.Match, re.Match]]:
    """Lengths of time paired by length, changed when the qualifier's kind differs; the rest in order, each a length
    changed ("at least a week" -> "at least ten days", "within 14 days" -> "within a month")."""
    out, unpaired_old, unpaired_new = [], [], list(new)
    for m in old:
        twin = next((n for n in unpaired_new if same_length(days(n), days(m))), None)
        if twin is None:
            unpaired_old.append(m)
            continue
        unpaired_new.remove(twin)
        if qualifier(m) != qualifier(twin) and not over_a_period(m, twin):
            out.append((m, twin))
    return out + list(zip(unpaired_old, unpaired_new))


# "over the past three years": "over" before a period named by "the past", "the last", "the next" spans it
OVER_THE_PERIOD = re.compile(r"\bover\s+the\s+(?:past|last|next|coming|previous|following)\s+$", re.I)


def over_a_period(m: re.Match, n: re.Match) -> bool:
    """One side says "over the past three years", where "over" spans a period, and the other "over three years" of
    the same length: the same preposition, the period's "the past" dropped, and no bound ("raised over the past
    three years" / "raised over three years"). "took over three years" against "took three years" is still one."""
    def spanned(x: re.Match) -> bool:
        return not x.group(1) and OVER_THE_PERIOD.search(x.string, max(0, x.start() - 30), x.start()) is not None
    return any(spanned(x) and (y.group(1) or "").lower() == "over" for x, y in ((m, n), (n, m)))


def shares(statement: Statement) -> list[re.Match]:
    """The shares it gives in words ("about a third of the grain"), apart from its figures: they are compared with
    a share, or with a figure in per cent where the other side gives none (`share_changes`)."""
    by = [m for m in SHARE_BY.finditer(statement.text)
          if not m.group(3) or m.group(3).lower() in FUNCTION_WORDS | DURATION_PREPOSITIONS or m.group(3)[0].isdigit()]
    ratios = [m for m in RATIO.finditer(statement.text) if 0 < float(_value(m)) <= 1 and _figure(m.group(4)) <= 1000]
    return sorted([*SHARE.finditer(statement.text), *by, *ratios, *PROPORTION_VERB.finditer(statement.text)],
                  key=lambda m: m.start())


def percentages(statement: Statement, found: list[re.Match]) -> list[re.Match]:
    """Of its figures `found`, those given in per cent ("41 per cent", "41%")."""
    return [m for m in found if PER_CENT.match(statement.text, m.end())]


def share_span(m: re.Match) -> tuple[float, float]:
    """The shares a share in words allows, by its qualifier: "almost half" 0.45-0.5, "half" and "about half" 0.45-0.55,
    "more than half" above 0.5, "less than half" below."""
    value = float(_value(m))
    return {"just under": (0.9 * value, value), "lower bound": (value, 1.0), "under": (0.0, value),
            "upper bound": (0.0, value)}.get(qualifier(m), (0.9 * value, 1.1 * value))


def share_changes(before: Statement, after: Statement, old: list[re.Match], new: list[re.Match]
                  ) -> tuple[list[tuple[re.Match, re.Match]], list[re.Match]]:
    """A share in words on one side against a figure in per cent on the other, which has no share in words: "41
    per cent" -> "almost half" changes the number, "46 per cent" -> "almost half" says it in other terms. The
    changes, and the figures so compared (they pair with no other figure)."""
    out, compared_figures = [], []
    for worded, counted, flip in ((shares(before), percentages(after, new), False),
                                  (shares(after), percentages(before, old), True)):
        if not worded or not counted or (shares(before) if flip else shares(after)):
            continue
        for share, figure in zip(worded, counted):
            compared_figures.append(figure)
            lo, hi = share_span(share)
            if not lo - 0.005 <= float(_value(figure)) / 100 <= hi + 0.005:
                out.append((figure, share) if flip else (share, figure))
    return out, compared_figures


def qualifier(m: re.Match) -> str:
    word = (m.group(1) or "").lower()
    return QUALIFIER_CLASS.get(word, word)


def _value(m: re.Match) -> str:
    """The figure's value as digits, so "thirty-one million", "31 million" and "31,000,000" are one value, "a third"
    0.333 and "one in five" 0.2."""
    if FRACTION.fullmatch(m.group(2)):
        *numerator, denominator = re.split(r"[\s-]+", m.group(2).lower())
        share = NUMERATORS[numerator[0]] / DENOMINATORS[denominator.rstrip("s")] if numerator else 0.5
        return str(round(share, 3))
    verb = next((v for v in PROPORTION_VERBS if re.fullmatch(_inflections(v), m.group(2), re.I)), None)
    if verb:
        return str(PROPORTION_VERBS[verb] / 100)
    ratio = RATIO_PARTS.fullmatch(m.group(2))
    if ratio:
        return str(round(_figure(ratio.group(1)) / _figure(ratio.group(2)), 3))
    value = _figure(m.group(2))
    return str(int(value)) if value == int(value) else str(value)


def _figure(text: str) -> float:
    first, *scales = text.lower().split()
    if first == "half":  # "half a dozen", "half a million"
        return _figure(" ".join(scales)) / 2
    if first in ("a", "an"):  # "a dozen", "a million"
        first = "1"
    if first[0].isdigit():
        digits = first.rstrip("".join(SCALE_SUFFIXES))
        value = float(digits.replace(",", "")) * SCALE_SUFFIXES.get(first[len(digits):], 1)
    else:
        tens, _, unit = first.partition("-")
        value = TENS_WORDS.get(tens, 0) + NUMBER_WORDS.get(unit or tens, 0)
    for scale in scales:
        value *= SCALE_WORDS.get(scale) or COUNT_NOUNS[scale]
    return value


RANGE_GAP = 25  # the most characters between two figures of one range or choice ("either 49 percent or by 27")


def bound_of(m: re.Match, twin: re.Match, others: list[re.Match]) -> bool:
    """The later side gives the earlier side's alternatives or range by its bound: "either 49 or 27 percent" ->
    "as much as 49 percent", "between 30 and 35" -> "at least 30"."""
    def number(x: re.Match) -> float:
        try:
            return float(_value(x))
        except ValueError:
            return float("nan")
    values = [number(o) for o in others if o is not m and max(o.start(), m.start()) - min(o.end(), m.end()) <= RANGE_GAP]
    if qualifier(m) or not values:
        return False
    if qualifier(twin) == "upper bound":
        return all(v < number(m) for v in values)
    return qualifier(twin) == "lower bound" and all(v > number(m) for v in values)


def number_drift(before: Statement, after: Statement) -> list[Drift]:
    """Numbers paired by value, then the rest in order: a qualifier gone ("at least") or of another kind ("about"
    -> "at least"), or a value changed."""
    old, new = numbers(before), numbers(after)
    out, taken = share_changes(before, after, old, new)
    out += paired_changes([m for m in old if m not in taken], [m for m in new if m not in taken])
    out += paired_changes(shares(before), shares(after))
    out += duration_changes(durations(before.text), durations(after.text))
    out += run_changes(before.text, after.text)
    def shown(x: re.Match, unit: bool) -> str:  # "10" -> "10 km" when the unit is what changed
        u = UNIT_AFTER.match(x.string, x.end()) if unit else None
        return x.string[x.start():u.end()] if u else x.group(0)
    return [Drift("number", f"number changed: '{shown(m, unit)}' -> '{shown(n, unit)}'",
                  before.side(m.start(), m.end()), after.side(n.start(), n.end()))
            for m, n in out for unit in [unit_changed(m, n)]]


def paired_changes(old: list[re.Match], new: list[re.Match]) -> list[tuple[re.Match, re.Match]]:
    """Each figure with the same value on the other side, changed when its qualifier's kind differs; the rest in
    order, each a value changed."""
    out, unpaired_old, unpaired_new = [], [], list(new)
    for m in old:
        twin = next((n for n in unpaired_new if _value(n) == _value(m)), None)
        if twin is None:
            unpaired_old.append(m)
            continue
        unpaired_new.remove(twin)
        if qualifier(m) != qualifier(twin) and not bound_of(m, twin, old) or unit_changed(m, twin):
            out.append((m, twin))
    years_old, years_new = [m for m in unpaired_old if is_year(m)], [n for n in unpaired_new if is_year(n)]
    # a year on one side: a figure shaped as one on the other is that year, whatever follows it ("in 1999 by")
    years_old += [m for m in unpaired_old if years_new and year_shaped(m) and m not in years_old]
    years_new += [n for n in unpaired_new if years_old and year_shaped(n) and n not in years_new]
    years_old.sort(key=lambda m: m.start())
    years_new.sort(key=lambda m: m.start())
    days_old = [m for m in unpaired_old if m not in years_old and is_day_of_month(m)]
    days_new = [n for n in unpaired_new if n not in years_new and is_day_of_month(n)]
    rest_old = [m for m in unpaired_old if m not in years_old and m not in days_old]
    rest_new = [n for n in unpaired_new if n not in years_new and n not in days_new]
    pairs = []
    for m in list(rest_old):  # a figure of the same thing first ("killed 132 people" / "killed 150 people")
        twin = next((n for n in rest_new if counted_noun(m) and counted_noun(n) == counted_noun(m)), None)
        if twin is not None:
            pairs.append((m, twin))
            rest_old.remove(m)
            rest_new.remove(twin)
    pairs += list(zip(rest_old, rest_new))
    pairs.sort(key=lambda pair: pair[0].start())
    return (out + [(m, n) for m, n in pairs if not rounded_to_bound(m, n) and not converted(m, n)
                   and not counts_another_thing(m, n)]
            + list(zip(years_old, years_new)) + list(zip(days_old, days_new)))


COUNT_MODIFIERS = frozenset(_phrases("count_modifiers"))


def counted_noun(m: re.Match) -> Optional[str]:
    """The noun a figure counts, after the words that only compare the count ("7.8 fewer days" counts days,
    `count_modifiers.txt`), as a stem without its plural "s": "1,240 patients" patient. None when a function word
    follows the figure ("40 of the cables", "in 2021 by")."""
    words = re.findall(r"[A-Za-z]+", m.string[m.end():m.end() + 40])
    while words and words[0].lower() in COUNT_MODIFIERS:
        words.pop(0)
    if not words or words[0].lower() in FUNCTION_WORDS | AUXILIARIES or not words[0].islower():
        return None
    return words[0].lower().rstrip("s")


def counts_another_thing(m: re.Match, n: re.Match) -> bool:
    """Two figures left unpaired count different things, one of which the other side counts with another figure
    ("3.1 fewer days for those given a placebo" against "a study of 1,240 patients who had 7.8 fewer days"): the
    later side added a figure and left one out, no figure changed. Two counts of one thing ("12 pumps" / "15
    pumps"), or of things neither side counts again ("12 miners" / "15 workers"), are still one figure changed."""
    a, b = counted_noun(m), counted_noun(n)
    if not a or not b or a == b:
        return False
    def counts(text: str, noun: str) -> bool:
        return any(counted_noun(x) == noun for x in figures(text))
    return counts(n.string, a) != counts(m.string, b)


MEASURE_UNITS = {unit: (measure, float(size)) for unit, measure, size in
                 (line.split("\t") for line in _phrases("measure_units", ".tsv"))}
UNIT_AFTER = re.compile(r"[\s-]*(?P<unit>" + "|".join(re.escape(u) for u in sorted(MEASURE_UNITS, key=len, reverse=True))
                        + r")(?![\w/])", re.I)
CONVERTED = 0.05  # the most two conversions of one measure differ by, rounded as a retelling rounds them


def unit_changed(m: re.Match, n: re.Match) -> bool:
    """One figure given in two units of one measure ("10 miles" -> "10 km"): the measure changed."""
    units = [UNIT_AFTER.match(x.string, x.end()) for x in (m, n)]
    if not all(units):
        return False
    (measure_m, size_m), (measure_n, size_n) = (MEASURE_UNITS[u.group("unit").lower()] for u in units)
    return measure_m == measure_n and size_m != size_n


def converted(m: re.Match, n: re.Match) -> bool:
    """The two figures are one measure in two units ("10 miles" / "16 km", "a 40-hectare site" / "100 acres"),
    the same within rounding, the kind of their qualifiers the same: a conversion, no change. Not two sizes ("10
    miles" / "10 km") nor two measures ("10 miles" / "10 kg")."""
    units = [UNIT_AFTER.match(x.string, x.end()) for x in (m, n)]
    if not all(units) or qualifier(m) != qualifier(n):
        return False
    (measure_m, size_m), (measure_n, size_n) = (MEASURE_UNITS[u.group("unit").lower()] for u in units)
    if measure_m != measure_n or size_m == size_n:
        return False
    try:
        a, b = float(_value(m)) * size_m, float(_value(n)) * size_n
    except ValueError:
        return False
    return a > 0 and b > 0 and abs(a - b) <= CONVERTED * max(a, b)


ROUNDED_FIGURES = (1, 2)  # the significant figures a bound rounds a figure to ("about 6,340" -> "more than 6,000")


def rounded_to_bound(m: re.Match, n: re.Match) -> bool:
    """One side gives a figure ("about 6,340 passengers", "6,340") and the other a bound it meets, the figure
    rounded toward the bound to one or two significant figures ("more than 6,000", "over 6,300", "nearly 6,400",
    "fewer than 7,000"): the bound says what the figure says, less exactly. Not a bound the figure breaks ("more
    than 7,000") nor one further off than rounding ("more than 5,000"), nor a bound made a figure ("at least
    130" -> "130", paired by value)."""
    for figure, bound in ((m, n), (n, m)):
        kind = qualifier(bound)
        if qualifier(figure) not in ("", "approximately"):
            continue
        try:
            value, limit = float(_value(figure)), float(_value(bound))
        except ValueError:
            continue
        if value <= 0 or limit <= 0:
            continue
        if kind == "lower bound" and limit < value:
            return any(limit == _rounded(value, digits, math.floor) for digits in ROUNDED_FIGURES)
        if kind in ("under", "just under", "upper bound") and limit > value:
            return any(limit == _rounded(value, digits, math.ceil) for digits in ROUNDED_FIGURES)
    return False


def _rounded(value: float, digits: int, way) -> float:
    scale = 10 ** (math.floor(math.log10(value)) - digits + 1)
    return round(way(round(value / scale, 9)) * scale, 9)  # 1.31 -> 1.3, not 1.3000000000000003


# "in 2003 and 2004", "since 1998.", "July 2003": a year names when, it counts nothing, and is compared only with another year
YEAR_BEFORE = re.compile(r"\b(?:" + "|".join(_phrases("year_words")) + r")\s+$", re.I)
YEAR_AFTER = re.compile(r"\s*(?:$|[^\w\s]|(?:and|or|to)\b|[A-Z])")


def is_day_of_month(m: re.Match) -> bool:
    return any(d.start() <= m.start() < d.end() for d in DAY_OF_MONTH.finditer(m.string))


def year_shaped(m: re.Match) -> bool:
    return not m.group(1) and re.fullmatch(r"(?:19|20)\d\d", m.group(2)) is not None


def is_year(m: re.Match) -> bool:
    """A bare four-digit figure from 1900 to 2099 after a word that places it in time, not before a noun it
    counts ("in 2004 and 2005", not "between 1500 and 2000 people")."""
    text = m.string
    return (year_shaped(m) and YEAR_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None
            and YEAR_AFTER.match(text, m.end()) is not None)


# "The pilot allegedly ignored the warning", "..., it is understood": a claim marked as someone's, no one named
UNNAMED_ATTRIBUTION = _any_phrase("unnamed_attributions")


# "..., a larger rise than most economists had forecast": a thing compared with what someone said, which
# extraction can take for the claim's speaker; the claim is not theirs
COMPARED_THING = re.compile(r"(?:an?|the)\s+(?:\w+\s+)?(?:\w+er|more|less|fewer)\s+[\w-]+\s+than\b", re.I)


def attribution_drift(before: Statement, after: Statement) -> list[Drift]:
    """The later side states as fact what the earlier one attributed: the whole statement, or the part of its
    sentence an attribution inside it holds ("Helicopters struck the town, which residents say killed ten" ->
    "Helicopter strikes killed ten"). A later sentence that goes on with the speaker of the one before it
    ("..., the coastguard said. Eleven of them were rescued.") or names the speaker framing it (`frames_itself`)
    keeps the attribution; so does one marking the claim as someone's without a name ("allegedly", "it is
    understood", `unnamed_attributions.txt`): it states no fact, though its source is gone; nor does a sentence
    crediting an outlet in a frame ("The Gazette has learned that ...", `trace.framed_credits`). An earlier
    "speaker" that is a thing compared ("a larger rise than most economists", `COMPARED_THING`) is none. A
    sentence naming the speaker's frame outside the claim cut from it (`sentence_of`), or holding a reporting clause
    set off by commas ("The minister, the paper reported, plans to ...") keeps the source too; a sentence that opens
    with its one speaker has them say all of it (`opening_speaker`)."""
    if after.attribution or after.carried or finding_frame(after.text) or UNNAMED_ATTRIBUTION.search(after.text) \
            or after.credits or REPORTING_ASIDE.search(after.text):
        return []
    own = before.attribution
    own = None if own and COMPARED_THING.match(own.source.text) else own
    att = (own or next((a for a in before.held if states(after.text, a)), None) or opening_speaker(before)
           or finding_frame(before.text))
    if att is None or frames_itself(after.text, att) or frames_itself(sentence_of(after), att):
        return []
    side = Side(*att.source.span, att.source.text) if att is not before.attribution and att.source.span else None
    return [Drift("attribution", f"attribution dropped: '{att.source.text}' -> stated as fact",
                  side or source_side(before), after.whole())]


# "..., the Gazette reported, citing officials at the agency": the report names its own source
CITING = r"\b(?:" + "|".join(_phrases("citing_words")) + r")\s+"


# "The minister, the paper reported, plans to ...": a reporting clause set off by commas inside the sentence (one
# going on to cite someone, "..., the paper reported, citing the board", names its own source: `frames_itself`)
REPORTING_ASIDE = re.compile(r",\s+(?:[\w'’.-]+\s+){0,4}?" + SPEAKING + r"\s*,(?!\s*" + CITING + ")", re.I)


def sentence_of(statement: Statement) -> str:
    """The body sentences the statement lies in: a claim cut from a longer sentence ("The harbour master said the
    quay was unsafe, although [repairs could start soon]") keeps the speaker the rest of its sentence names."""
    return " ".join(m.group(0) for m in BODY_SENTENCE.finditer(statement.article_text)
                    if m.start() < statement.span[1] and statement.span[0] < m.end())


OPENING_CUE = 40  # the most characters from the start of a speaker's name to the end of its reporting verb


def opening_speaker(statement: Statement) -> Optional[Attribution]:
    """A sentence of no attribution of its own that opens with its one held speaker and reporting verb ("The
    harbour master said the quay was unsafe and that repairs would take a year."): all it goes on to say is theirs,
    though extraction ended their content sooner, so a later side stating any part of it drops them."""
    if statement.attribution or len(statement.held) != 1:
        return None
    att = statement.held[0]
    span, cue = att.source.span, att.cue_span
    if not span or not cue or span[0] != statement.span[0] or cue[1] - span[0] > OPENING_CUE:
        return None
    return att


# "The three judges found unanimously that ...", "The survey of 2,300 households found that ...": who found (with what
# an "of" phrase says of them), a verb of finding, the clause it holds
FRAME_SUBJECT = r"(?P<who>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+(?:\s+of\s+(?:[\w'’.,-]+\s+){0,4}?[\w'’.-]+)?)"
FINDING = re.compile(FRAME_SUBJECT + r"\s+(?:\w+ly\s+)?(?P<verb>"
                     + "|".join(_phrases("finding_verbs")) + r")\s+(?:\w+ly\s+)?that\s+(?P<content>.+)")


FINDING_BODIES = frozenset(_phrases("finding_bodies"))
# "Geologists believe that heavy rain loosened the slope", "The researchers think lost sleep explains part of it":
# one who believes (not "is believed to"), a verb of believing, the clause it holds, "that" or not
BELIEF = re.compile(FRAME_SUBJECT + r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)"
                    r"\s+(?:\w+ly\s+)?(?P<verb>" + "|".join(_inflections(v) for v in _phrases("belief_verbs"))
                    + r")\s+(?:that\s+)?(?P<content>.+)")


def finding_frame(text: str) -> Optional[Attribution]:
    """The sentence opens with one who can find or rule (a name, or a body, role or people noun heading the
    subject: "the court", "the three judges", "investigators", "a study"; `finding_bodies.txt`) and a verb of finding
    or ruling taking a "that" clause (`finding_verbs.txt`), or of believing taking a clause (`BELIEF`: "Geologists
    believe that ..."): that one holds the clause, as a speaker holds what they say. Not a thing found ("The fire held
    that the roof would fall" is no one's finding) nor a clause past the sentence's start."""
    dateline = DATELINE.match(text)
    start = dateline.end() if dateline else 0
    m = FINDING.match(text, start) or BELIEF.match(text, start)
    if not m:
        return None
    who = m.group("who")
    att = Attribution(source=Source(who, "person"), cue=m.group("verb"), content=m.group("content"),
                      quote="indirect")
    head = next(iter(heads(att)), [""])[-1].lower()
    people = {head, head[:-1] if head.endswith("s") else head}
    if not (head_names(att) or people & (BODY_WORDS | ROLE_NOUNS | ANONYMOUS_NOUNS | DOCUMENT_NOUNS | FINDING_BODIES)):
        return None
    return att


# "The port authority expects divers to need three days", "The ferry company refused to publish the logs", "the firm
# vowed to appeal": a verb of expectation, commitment or refusal whose subject gives its own word on the act
OWN_WORD = "(?:" + "|".join(_inflections(v) for v in sorted({*_phrases("expectation_verbs"), *COMMISSIVE_VERBS,
                                                              *_phrases("refusal_verbs")})) + ")"


def frames_itself(text: str, att: Attribution) -> bool:
    """The text names the earlier side's speaker (a name heading it, else its head noun: "the trust") as the
    subject of a reporting verb, of a verb taking a "that" clause ("The trust accepted that warmer summers
    ...", "Norvik admitted dumping silt") or of a verb giving its own word on an act (`OWN_WORD`: "The trust expects
    the weir to close"), or a document of theirs as the subject ("the trust's figures show",
    "Norvik's own report found"), or cites them ("..., the paper reported, citing the trust"): the source is kept though extraction found no attribution there. The
    speaker as the subject of the claim itself ("The trust will close the weir") is no frame."""
    head = next(iter(heads(att)), [])
    names = head_names(att) or ({head[-1].lower()} if head and head[-1].lower() not in FUNCTION_WORDS else set())
    names |= owners(att.source.text)
    return any(re.search(rf"\b{re.escape(name)}\b(?:\s+\w+){{0,2}}?\s+(?:{SPEAKING}\b|\w+(?:ed|s)\s+that\b"
                         rf"|{OWN_WORD}\b)", text, re.I)
               or re.search(rf"\b{re.escape(name)}['’]s?\s+(?:\w+\s+)?(?:{OWN_DOCUMENT})s?\s+\w+", text, re.I)
               or re.search(rf"{CITING}(?:[\w'’.-]+\s+){{0,6}}?{re.escape(name)}\b", text, re.I)
               for name in names)


def owners(source_text: str) -> set[str]:
    """The head word of the body a document or figures belong to ("the office's projections" -> "office",
    "figures published by the Harbour Trust" -> "trust"): the owner framing the claim ("The office projects that
    ...") keeps the source as the document would."""
    m = OWNED_BY_BODY.fullmatch(source_text.strip())
    if m:
        return {m.group("body").lower()}
    m = PUBLISHED.match(source_text.strip())
    if m:
        owner = SOURCE_HEAD_END.split(source_text.strip()[m.start("owner"):], maxsplit=1)[0].split()
        return {owner[-1].strip("'’").lower()} if owner else set()
    return set()


OWN_DOCUMENT = "|".join(sorted(DOCUMENT_NOUNS | STATEMENT_NOUNS))  # "the trust's [report]", "the council's [statement]"
MIN_STATED_WORDS = 2  # a shorter content ("said so") is no claim to find again
STATED_SHARE = 2 / 3  # the least share of an attributed content's words a text must hold to state it


def states(text: str, att: Attribution) -> bool:
    """The text holds most of the words of what the attribution says (less function words, auxiliaries, figures
    and its own frame, when extraction left "which they say" in its content)."""
    frame = {w.lower() for w in WORD.findall(f"{att.source.text} {att.cue} which that who")}
    words = {w.lower() for w in WORD.findall(att.content) if not w[0].isdigit()} - FUNCTION_WORDS - AUXILIARIES - frame
    said = {w.lower() for w in WORD.findall(text)}
    return len(words) >= MIN_STATED_WORDS and len(words & said) >= STATED_SHARE * len(words)


def claim_negation(text: str) -> Optional[re.Match]:
    """The first negated verb of the claim itself, not of a comparison or a relative clause that describes
    someone ("more likely to fall ill than those who do not", "workers who did not eat were spared")."""
    for m in NEGATED_VERB.finditer(text):
        lo, _ = clause(text, m.start(), m.end())
        if not (COMPARISON.search(text, lo, m.start()) or RELATIVE_BEFORE.search(text[lo:m.start()])):
            return m
    return None


def negated_words(text: str) -> set[str]:
    """The content words of the clause whose verb is negated ("The quay is not in danger of collapse"), none
    when the text is not so negated (a directive "told them not to surrender" is restated either way) or
    denies (a denial of a negation affirms)."""
    m = claim_negation(text)
    if not m or DENIAL.search(text):
        return set()
    lo, hi = clause(text, m.start(), m.end())
    return {w.lower().rstrip("s") for w in WORD.findall(text[lo:hi]) if len(w) > 3} - FUNCTION_WORDS - AUXILIARIES


MIN_NEGATED_WORD = 4  # shorter words after a negated verb are particles and function words ("ruled out")


def relays_negated(after: Statement) -> bool:
    """The headline holds a word of what the body's negated verb bears on, in the rest of its clause (by its first
    five letters less an ending: "in danger of collapse" under "Quay on brink of collapse"): a headline on another
    claim of the article sharing a word with the negated one ("Divers find one group of miners alive" over "... one
    group is alive. The other group they have not reached") drops no negation."""
    m = claim_negation(after.text)
    if not m:
        return False
    end = next((b.start() for b in CLAUSE_BREAK.finditer(after.text, m.end())), len(after.text))
    stems = {re.sub(r"(?:ing|ed|es|s)$", "", w.lower())[:5] for w in WORD.findall(after.text[m.end():end])
             if len(w) >= MIN_NEGATED_WORD and w.lower() not in FUNCTION_WORDS | AUXILIARIES}
    return any(w.lower().startswith(stem) for stem in stems for w in WORD.findall(after.title))


def headline_drift(after: Statement) -> list[Drift]:
    """The later article's headline states this claim more surely than its body: the body's hedge gone from the
    headline (one that reports only an association, "linked to", keeps it), or the headline's band higher; or the
    headline asserts what the body negates, in words of the negated clause ("Quay on brink of collapse" over "The
    quay is not in danger of collapse") and not by the negated verb's opposite ("Mayor vows to stay" over "We will
    not leave"); or states as happening what the body says only can come about ("can lead to",
    `possible_effects.txt`), or gives the body's figure or length of time without its bound ("down for three weeks"
    over "may not be back for up to three weeks"). A headline put as a question states nothing (`asks`)."""
    if not after.title or not after.title_matches or asks(after.title) or headline_elsewhere(after):
        return []
    title = Side(0, len(after.title), after.title, "title")

    def against_title(m: re.Match, change: str) -> list[Drift]:
        """The drift, shown at the body's words `m` against the whole headline."""
        return [Drift("headline", change, after.side(m.start(), m.end()), title)]

    negated = negated_words(after.text)
    title_words = {w.lower().rstrip("s") for w in WORD.findall(after.title)}
    if (negated & title_words and not NEGATION.search(after.title) and not DENIAL.search(after.title)
            and not said_by_opposite(after.text, after.title) and relays_negated(after)):
        m = claim_negation(after.text)
        return against_title(m, f"headline drops the body's negation '{m.group(0)}'")
    body, head = find_hedge(after, (0, len(after.text))), title_hedge(after.title)  # any modal of the body
    # a step only weighed ("is looking at limits") is compared between articles, not with a headline, whose words
    # on the topic ("Iodine study raises alarm") need not state the step
    body = None if body and body[0].lower() in CONSIDERATION_PHRASES else body
    if body and not head and not ASSOCIATION.search(after.title) and hedged_word_in(after.text, body[0], after.title):
        return [Drift("headline", f"headline drops the body's hedge '{body[0]}'", body[2], title)]
    done = None if body or head else done_in_title(after.text, after.title)
    if done:
        return against_title(done, f"headline states as done what the body has only '{done.group(1)}'")
    distanced = DISTANCING.search(after.text)
    if (not body and not head and distanced and not head_attributes(after.title)
            and not distancing_word_in(distanced.group(0), after.title)
            and hedged_word_in(after.text, distanced.group(0), after.title)):
        return against_title(distanced, f"headline drops the body's '{distanced.group(0)}'")
    possible = POSSIBLE_EFFECT.search(after.text)
    if (possible and not body and not head and not TITLE_CAN.search(after.title) and not ASSOCIATION.search(after.title)
            and hedged_word_in(after.text, possible.group(0), after.title)):
        return against_title(possible, f"headline states as happening what the body says only '{possible.group(0)}'")
    if body and head and body[1] and head[1] and band_low(head[1]) > band_low(body[1]):
        return [Drift("headline", f"headline '{head[0]}' ({head[1]}) surer than body '{body[0]}' ({body[1]})",
                      body[2], head[2])]
    limited = LIMITING.search(after.text)
    if limited and not LIMITING.search(after.title):
        return against_title(limited, f"headline drops the body's '{limited.group(0)}'")
    bare = {_value(m) for m in figures(after.title) if not m.group(1)}
    bounded = next((m for m in numbers(after) if m.group(1) and _value(m) in bare), None)
    if bounded:
        return against_title(bounded, f"headline gives '{bounded.group(2)}' without the body's '{bounded.group(1)}'")
    bare_lengths = [m for m in durations(after.title) if not m.group(1)]
    bounded = next((m for m in durations(after.text) if m.group(1)
                    and any(same_length(days(m), days(t)) for t in bare_lengths)), None)
    if bounded:  # "may not be back for up to three weeks" under "Systems down for three weeks"
        length = bounded.group(0)[len(bounded.group(1)):].strip()
        return against_title(bounded, f"headline gives '{length}' without the body's '{bounded.group(1)}'")
    larger = larger_proportion(after)
    if larger:
        head, body = larger
        return [Drift("headline", f"headline's '{head.group(0)}' is more than the body's '{body.group(0)}'",
                      after.side(body.start(), body.end()), Side(head.start(), head.end(), head.group(0), "title"))]
    escalated = escalation(after)
    if escalated:
        return [Drift("headline", f"headline's '{escalated.group(0)}' is surer than the body's words",
                      after.side(0, len(after.text)), Side(escalated.start(), escalated.end(), escalated.group(0),
                                                           "title"))]
    att = after.attribution or after.carried
    if (att and att.source.kind == "anonymous" and INDEFINITE.match(att.source.text)
            and not OFFICIAL_VOICE.search(att.source.text) and not head_attributes(after.title)
            and states_in_title(after.text, after.title)):
        side = Side(*att.source.span, att.source.text) if att.source.span else source_side(after)
        return [Drift("headline", f"headline states as fact what the body has from one unnamed source "
                                  f"'{att.source.text}'", side, title)]
    denial = denied_elsewhere(after)
    if denial:
        return [Drift("headline", f"headline states as fact what the body reports denied: '{denial.text}'", denial,
                      title)]
    return []


BODY_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’]?|$)")


def denied_elsewhere(after: Statement) -> Optional[Side]:
    """The headline states the claim as fact (no speaker, hedge or negation of its own) while another sentence of
    the body negates or denies what it says ("Pilots warned of engine fault" over "the union said pilots had
    reported the fault ... Rask said no pilot had ever reported it"): the headline takes one side of a dispute the
    body reports. The sentence that denies it, by half the headline's words."""
    title = after.title or ""
    if (NEGATION.search(title) or DENIAL.search(title) or head_attributes(title) or title_hedge(title)
            or not states_in_title(after.text, title)):
        return None
    for m in BODY_SENTENCE.finditer(after.article_text):
        if m.start() < after.span[1] and after.span[0] < m.end():
            continue
        sentence = m.group(0)
        if (NEGATION.search(sentence) or DENIAL.search(sentence)) and states_in_title(sentence, title):
            return Side(m.start(), m.end(), sentence.strip())
    return None


# "Ferry cut, islanders say", "Minister: ferry will run": a headline that names who says it
HEAD_ATTRIBUTES = re.compile(r":|\b(?:" + "|".join(_inflections(v) for v in sorted(CLAUSE_VERBS)) + r"|says?)\b", re.I)
TITLE_SHARE = 0.5  # the least share of a headline's words a claim must hold for the headline to state it


def head_attributes(title: str) -> bool:
    return HEAD_ATTRIBUTES.search(title) is not None


ELSEWHERE_FACTOR, ELSEWHERE_MARGIN = 2, 2  # how many more of a headline's words another sentence must hold


def headline_words(title: str, text: str) -> int:
    """How many of the headline's words (less function words; by their first four letters) the text holds."""
    skip = FUNCTION_WORDS | AUXILIARIES
    head = {w.lower()[:4] for w in WORD.findall(title) if len(w) > 2 and w.lower() not in skip}
    said = [w.lower() for w in WORD.findall(text)]
    return sum(any(w.startswith(h) for w in said) for h in head)


ESCALATION_REACH = 3  # content words either side of a headline's word of finality that name what it bears on
# where a headline's clause ends: "Rate cut ruled out | as inflation jumps", "details hidden | to protect ties"
HEADLINE_CLAUSE_BREAK = re.compile(r"[,:;–—]|\s-\s|\b(?:as|after|while|amid|to|over|despite|because|but)\b", re.I)


def escalation(after: Statement) -> Optional[re.Match]:
    """The headline's word of finality (`headline_escalations.txt`) that the body says nowhere in any form, bearing
    on this claim: two of the content words next to it in its clause (`ESCALATION_REACH` either side; by their first
    five letters) are the claim's ("Rate cut ruled out as inflation jumps" over "harder to cut interest rates", not
    over "the inflation rate rose to 4.7 per cent")."""
    skip = FUNCTION_WORDS | AUXILIARIES
    said = [w.lower() for w in WORD.findall(after.text)]

    def content(text: str) -> list[str]:
        return [w.lower()[:5] for w in WORD.findall(text) if len(w) > 2 and w.lower() not in skip]

    for pattern in ESCALATIONS:
        m = pattern.search(after.title)
        if not m or pattern.search(after.article_text or after.text):
            continue
        before = HEADLINE_CLAUSE_BREAK.split(after.title[:m.start()])[-1]
        rest = HEADLINE_CLAUSE_BREAK.split(after.title[m.end():])[0]
        near = set(content(before)[-ESCALATION_REACH:] + content(rest)[:ESCALATION_REACH])
        if sum(any(w.startswith(n) for w in said) for n in near) >= min(2, len(near)) > 0:
            return m
    return None


def headline_elsewhere(after: Statement) -> bool:
    """Another sentence of the body holds twice as many of the headline's words as the claim's own sentence, and
    two more ("Nine fishermen rescued as storm capsizes trawler" over the lede "Nine fishermen were rescued after a
    storm capsized their trawler", not over "The trawler's engine may have failed before the storm"): the headline
    states that sentence's claim, and is no surer than this one, whatever words they share."""
    own, others = 0, []
    for m in BODY_SENTENCE.finditer(after.article_text):
        count = headline_words(after.title or "", m.group(0))
        if m.start() < after.span[1] and after.span[0] < m.end():
            own += count
        else:
            others.append(count)
    best = max(others, default=0)
    return best >= ELSEWHERE_FACTOR * own and best >= own + ELSEWHERE_MARGIN


def states_in_title(text: str, title: str) -> bool:
    """Half the headline's words (less function words; by their first four letters, "mud" in "muddy") are the
    claim's: it states the claim, not another of the article's."""
    skip = FUNCTION_WORDS | AUXILIARIES
    head = {w.lower()[:4] for w in WORD.findall(title) if len(w) > 2 and w.lower() not in skip}
    said_words = [w.lower() for w in WORD.findall(text)]
    return bool(head) and sum(any(w.startswith(h) for w in said_words) for h in head) >= TITLE_SHARE * len(head)



def larger_proportion(after: Statement) -> Optional[tuple[re.Match, re.Match]]:
    """The headline gives a change in per cent larger than any the body gives, by a verb of proportion
    (`proportion_verbs.txt`: "Salmon numbers halve" over "fell by 41 per cent"), as a share ("Fares cut by a third"
    over "cut by 20 per cent") or in per cent ("down 60%" over "fell
    by 45 per cent"); one a tenth larger or less is the body's rounded, and "almost halve" allows a tenth less."""
    body = percentages(after, numbers(after))
    worded = (*PROPORTION_VERB.finditer(after.title), *SHARE_BY.finditer(after.title))
    head = [(m, 100 * float(_value(m))) for m in worded]
    head += [(m, float(_value(m))) for m in figures(after.title) if PER_CENT.match(after.title, m.end())]
    if not body or not head:
        return None
    most = max(body, key=lambda m: float(_value(m)))
    for m, value in head:
        kind = qualifier(m)
        least = 0.9 * value if kind == "just under" else value
        if kind not in ("upper bound", "under") and least > 1.1 * float(_value(most)):
            return m, most
    return None


def distancing_word_in(phrase: str, title: str) -> bool:
    """The headline keeps the distancing phrase's own word ("Water is clean, tests suggest", "Minister said to
    weigh resignation", "Dam at risk"), or a word that keeps a decision undecided ("Firm plans bakery closure" over
    "a proposal to close the bakery", `undecided_words.txt`)."""
    own = {w.lower()[:5] for w in WORD.findall(phrase)} - {w[:5] for w in FUNCTION_WORDS | AUXILIARIES}
    return any(w.lower()[:5] in own for w in WORD.findall(title)) or UNDECIDED.search(title) is not None


def asks(title: str) -> bool:
    """A headline put as a question ("Is your child getting enough iodine?") states nothing, so it is surer than
    no body."""
    return title.rstrip().endswith("?")


def hedged_word_in(text: str, hedge: str, title: str) -> bool:
    """The headline holds a word of what the hedge bears on, the rest of its clause less figures and their units
    ("may result in claims being withdrawn" under "Claims to be withdrawn"; a figure naming a thing is no count:
    "type 2 diabetes" keeps "diabetes"), so it states the hedged claim: a
    headline on another claim of the article ("what we know") drops no hedge of this one. True when the hedge
    is not in the text (it sits on the cue)."""
    m = re.search(rf"\b{re.escape(hedge)}\b", text, re.I)
    if not m:
        return True
    end = next((b.start() for b in CLAUSE_BREAK.finditer(text, m.end())), len(text))
    rest = NUMBER_AND_UNIT.sub(" ", LABEL_FIGURE.sub(r"\1", text[m.end():end]))
    stems = [re.sub(r"(?:ing|ed|es|s|e)$", "", w)[:max(4, len(w) - 3)] for w in (w.lower() for w in WORD.findall(rest))
             if w not in FUNCTION_WORDS | AUXILIARIES]
    title_words = [w.lower() for w in WORD.findall(title)]
    return not stems or any(w.startswith(stem) for stem in stems for w in title_words)


def as_framed(statement: Statement) -> Statement:
    """A direct quote with the speaker its frame names ("“...,” Radio Brenn quoted Ann Berg as saying"), when
    extraction gave the quote another's (an earlier sentence's speaker, and that one's stance)."""
    att = statement.attribution
    m = QUOTED_AS.match(statement.article_text, statement.span[1]) if att and att.quote == "direct" else None
    speaker = m and (m.group("object") or m.group("subject"))
    if not speaker or speaker.strip() == att.source.text:
        return statement
    at = m.start("object") if m.group("object") else m.start("subject")
    source = Source(speaker.strip(), "person", span=(at, at + len(speaker.strip())))
    return replace(statement, attribution=replace(att, source=source, stance="assert"))


def drift(before: Statement, after: Statement) -> list[Drift]:
    """Every change between the two sides."""
    before, after = as_framed(before), as_framed(after)
    return [*hedge_drift(before, after), *source_drift(before, after), *stance_drift(before, after),
            *quote_drift(before, after), *number_drift(before, after), *attribution_drift(before, after),
            *headline_drift(after)]
