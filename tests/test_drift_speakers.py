"""Source, stance and attribution drift: the constructions a sub-editor uses when passing a claim on, each on
sentences written for it, with a near miss that must still count as a change."""
from __future__ import annotations

from typing import Optional

import pytest

from sourcetrace.link.drift import (IRREGULAR_PASTS, Statement, _phrases, attribution_drift, source_drift,
                                   stance_drift)
from sourcetrace.models import Attribution, Source


def said(speaker: str, content: str, kind: str = "person", stance: str = "assert", cites: Optional[str] = None,
         cue: str = "said") -> Attribution:
    return Attribution(source=Source(text=speaker, kind=kind), cue=cue, content=content, quote="indirect",
                       stance=stance, cites=cites, content_spans=[(0, len(content))])


def statement(att: Attribution, credits: frozenset[str] = frozenset()) -> Statement:
    return Statement(att.content, (0, len(att.content)), att, att.content, credits=credits)


def changes(before: Statement, after: Statement) -> list[str]:
    return [d.change for d in source_drift(before, after)]


CLAIM = "the ferry to Skarvik will run twice a day from June"


# --- source: one speaker, the role written another way -------------------------------------------------------

@pytest.mark.parametrize("first,second,kind,same", [
    ("harbour pilot Lena Markby", "the ferry line's senior pilot, Lena Markby", "organization", True),
    ("Lena Markby, the ferry line's director", "its director, Lena Markby", "organization", True),
    ("director Lena Markby", "the line's director, Tor Vikane", "person", False),  # another name in apposition
    ("director Lena Markby", "the ferry line's director, who spoke at the quay", "organization", True),  # no name
])
def test_a_name_in_apposition_to_a_role_names_the_source(first, second, kind, same):
    before, after = statement(said(first, CLAIM)), statement(said(second, CLAIM, kind=kind))
    assert (changes(before, after) == []) is same


@pytest.mark.parametrize("noun", _phrases("role_nouns"))
def test_a_role_heads_a_person_whatever_extraction_took_it_for(noun):
    before = statement(said("Lena Markby", CLAIM))
    assert changes(before, statement(said(f"the ferry line's {noun}", CLAIM, kind="organization"))) == []
    assert changes(before, statement(said(f"the {noun} of the ferry line", CLAIM, kind="organization"))) == []
    # the body itself, not one who holds a role in it: a person turned into an institution
    assert changes(before, statement(said("the ferry line", CLAIM, kind="organization"))) == [
        "person -> institution: 'Lena Markby' -> 'the ferry line'"]


# --- source: the other side's speaker speaks inside this side's words ---------------------------------------

def test_a_speaker_reported_speaking_inside_the_other_sides_words_is_the_same_source():
    words = "Norvik Dredging admitted in a letter to the council that it had dumped silt in the bay"
    before = statement(said("Norvik Dredging", "it had dumped silt in the bay", kind="organization", stance="deny",
                            cue="denied"))
    after = statement(said("Councillor Ada Lunde", words))
    assert changes(before, after) == [] and changes(after, before) == []
    # the company is only what the councillor's words are about: she is another source
    about = statement(said("Councillor Ada Lunde", "Norvik Dredging dumped silt in the bay last winter"))
    assert changes(before, about) == ["institution -> person: 'Norvik Dredging' -> 'Councillor Ada Lunde'"]


@pytest.mark.parametrize("verb", sorted(IRREGULAR_PASTS))
def test_an_irregular_past_of_a_reporting_verb_has_the_one_before_it_speak(verb):
    words = {"say": "Norvik Dredging said it had dumped silt in the bay",
             "tell": "Norvik Dredging told the council it had dumped silt in the bay",
             "write": "Norvik Dredging wrote to the council that it had dumped silt in the bay"}[verb]
    before = statement(said("Norvik Dredging", "it had dumped silt in the bay", kind="organization"))
    assert changes(before, statement(said("Councillor Ada Lunde", words))) == []


# --- source: the speaker a credited outlet cites ------------------------------------------------------------

GAZETTE = frozenset({"harbour gazette"})


@pytest.mark.parametrize("first,kind,cites,change", [
    ("port director Lena Markby", "person", "two dock workers",
     "named -> anonymous: 'port director Lena Markby' -> 'two dock workers'"),
    ("two dock workers", "anonymous", "dock workers", None),
    ("a dock worker", "person", "two dock workers", "one -> several: 'a dock worker' -> 'two dock workers'"),
    ("an engineer at the port", "person", "an engineer", None),
    ("port director Lena Markby", "person", "Lena Markby", None),
    ("port director Lena Markby", "person", "Tor Vikane", "another person: 'port director Lena Markby' -> 'Tor Vikane'"),
    ("the port authority", "government", "the authority", None),
    ("the port operator", "organization", "the company", None),  # a body named by another body noun
    ("port director Lena Markby", "person", "an interview", None),  # how the outlet got the words, not a speaker
])
def test_the_speaker_a_credited_outlet_cites_is_the_source(first, kind, cites, change):
    before = statement(said(first, CLAIM, kind=kind))
    after = statement(said("a Harbour Gazette report", CLAIM, kind="document", cites=cites), GAZETTE)
    assert changes(before, after) == ([change] if change else [])


def test_an_outlet_credited_and_citing_no_one_is_no_source_change():
    before = statement(said("port director Lena Markby", CLAIM))
    assert changes(before, statement(said("a Harbour Gazette report", CLAIM, kind="document"), GAZETTE)) == []
    # an outlet the statement does not credit is a source of its own
    assert changes(before, statement(said("the Harbour Gazette", CLAIM, kind="outlet", cites="Lena Markby"))) == [
        "person -> institution: 'port director Lena Markby' -> 'the Harbour Gazette'"]


# --- stance: ruling out, refusing, a denial framing the words from outside ----------------------------------

def fact(text: str, att: Optional[Attribution] = None, article: Optional[str] = None) -> Statement:
    article = article or text
    at = article.index(text)
    return Statement(text, (at, at + len(text)), att, article)


def flips(before: Statement, after: Statement) -> list[str]:
    return [d.change for d in stance_drift(before, after)]


RULED_OUT = {"rule out": ("the council has ruled out a new bridge at Skarvik", "the council ruled it out, a new bridge at Skarvik",
                          "the council would not rule out a new bridge at Skarvik",
                          "the council will build a new bridge at Skarvik"),
             "turn down": ("the board turned down the offer from Skarvik Ferries",
                           "the board turned it down, the offer from Skarvik Ferries",
                           "the board did not turn down the offer from Skarvik Ferries",
                           "the board accepted the offer from Skarvik Ferries")}


@pytest.mark.parametrize("verb", _phrases("ruling_out_verbs"))
def test_a_verb_of_ruling_out_denies_its_object_unless_negated(verb):
    ruled_out, with_pronoun, not_ruled_out, affirmed = RULED_OUT[verb]
    assert flips(fact(affirmed), fact(ruled_out)) == ["stance flipped: affirmed -> denied"]
    assert flips(fact(affirmed), fact(with_pronoun)) == ["stance flipped: affirmed -> denied"]
    assert flips(fact(affirmed), fact(not_ruled_out)) == []  # "would not rule out": no denial
    passive = {"rule out": "a new bridge at Skarvik has not been ruled out by the council",
               "turn down": "the offer from Skarvik Ferries was not turned down by the board"}[verb]
    assert flips(fact(affirmed), fact(passive)) == []
    refused = {"rule out": "the council refused to rule out a new bridge at Skarvik",
               "turn down": "the board cannot turn down the offer from Skarvik Ferries"}[verb]
    assert flips(fact(affirmed), fact(refused)) == []  # refusing to rule out denies nothing


def test_a_negating_word_negated_negates_nothing():
    agreed = fact("the crew agreed to sail on Sunday")
    assert flips(agreed, fact("the crew had not refused to sail on Sunday")) == []
    assert flips(agreed, fact("the crew refused to sail on Sunday")) == ["stance flipped: affirmed -> denied"]


@pytest.mark.parametrize("frame", ["has denied ", "denied that ", "denied ever ",
                                   *(f"rejected {noun}s that " for noun in _phrases("denied_objects")),
                                   *(f"disputed the {noun} that " for noun in _phrases("denied_objects"))])
def test_a_denial_verb_right_before_the_words_denies_them_when_extraction_credited_the_outlet(frame):
    words = "dumping silt in the bay" if frame.endswith(("denied ", "ever ")) else "it dumped silt in the bay"
    article = f"Norvik Dredging {frame}{words}, according to a Harbour Gazette report."
    later = fact(words, said("a Harbour Gazette report", words, kind="document"), article)
    denied = fact("it had dumped silt in the bay", said("Norvik Dredging", "it had dumped silt in the bay",
                                                          kind="organization", stance="deny", cue="denied"))
    admitted = fact("Norvik Dredging admitted dumping silt in the bay")
    assert flips(denied, later) == []
    assert flips(admitted, later) == ["stance flipped: affirmed -> denied"]
    # the same words with the verb elsewhere in the sentence frame nothing
    apart = f"Norvik Dredging {words}, the Harbour Gazette reported, and the firm {frame.strip()} nothing else."
    assert flips(admitted, fact(words, said("the Harbour Gazette", words, kind="outlet"), apart)) == []


@pytest.mark.parametrize("negated", ["did not deny", "has never denied", "didn't dispute"])
def test_a_denial_negated_denies_nothing(negated):
    words = "its members had blocked the quay for six hours"
    article = f"The dockers' union {negated} that {words}."
    att = said("The dockers' union", words, kind="organization", stance="deny", cue=negated.split()[-1])
    at = article.index(att.cue)
    att.cue_span = (at, at + len(att.cue))
    admitted = fact("members of the union blocked the quay for six hours")
    assert flips(admitted, fact(words, att, article)) == []
    att.cue_span = (0, 0)  # the same denial not negated
    assert flips(admitted, fact(words, att, f"The dockers' union denied that {words}.")) == [
        "stance flipped: affirmed -> denied"]
    # a denial verb framing the words from outside them, negated
    credited = f"The dockers' union {negated} that {words}, the Harbour Gazette reported."
    assert flips(admitted, fact(words, said("the Harbour Gazette", words, kind="outlet"), credited)) == []


def test_a_negation_in_a_sentence_or_conjunct_sharing_no_word_with_the_other_side_is_another_claims():
    quote = "The new boat arrives in May. Passengers will not be allowed on the old ferry and the boat will carry 300 people."
    later = fact("The boat will carry 300 people")
    assert flips(fact(quote), later) == []
    negated = "The new boat arrives in May. The boat will not carry 300 people."
    assert flips(fact(negated), later) == ["stance flipped: denied -> affirmed"]


# --- attribution: the later sentence frames the words with the same speaker ----------------------------------

@pytest.mark.parametrize("later,dropped", [
    ("The harbour trust accepted that warmer winters alone could explain the silt.", False),
    ("The trust now accepts that warmer winters alone could explain the silt.", False),
    ("The harbour trust conceded warmer winters alone could explain the silt.", False),
    ("Warmer winters alone could explain the silt.", True),  # stated as fact
    ("The trust will study whether warmer winters alone could explain the silt.", True),  # no frame: its own act
    ("The harbour trust's own report found warmer winters alone could explain the silt.", False),  # its document
    ("The trust's weir study shows warmer winters alone could explain the silt.", False),
    ("The trust's weir will show whether warmer winters alone could explain the silt.", True),  # no document of theirs
])
def test_the_earlier_speaker_framing_the_words_in_the_later_sentence_keeps_the_attribution(later, dropped):
    words = "warmer winters alone could explain the silt"
    before = fact(words, said("The harbour trust", words, kind="organization", stance="deny", cue="rejected"))
    assert [d.kind for d in attribution_drift(before, fact(later))] == (["attribution"] if dropped else [])


@pytest.mark.parametrize("later,dropped", [
    ("The weir silted up in warmer winters, the Kelby Courier reported, citing the harbour trust.", False),
    ("The weir silted up in warmer winters, the Kelby Courier said, quoting a harbour trust engineer.", False),
    ("The weir silted up in warmer winters, the Kelby Courier reported, citing the river board.", True),  # another
    ("The weir silted up in warmer winters, the Kelby Courier reported.", True),
])
def test_a_report_citing_the_earlier_speaker_keeps_the_attribution(later, dropped):
    words = "the weir silted up in warmer winters"
    before = fact(words, said("The harbour trust", words, kind="organization"))
    assert [d.kind for d in attribution_drift(before, fact(later))] == (["attribution"] if dropped else [])


def test_a_sentence_going_on_with_the_speaker_of_the_one_before_keeps_the_attribution():
    words = "eleven of the crew were rescued by a fishing boat"
    before = fact(words, said("the Skarvik coastguard", words, kind="government"))
    later = fact("Eleven of them were rescued by a fishing boat.")
    assert [d.kind for d in attribution_drift(before, later)] == ["attribution"]
    later.carried = said("the coastguard", "the ferry sank in the night", kind="government")  # "..., the coastguard said."
    assert attribution_drift(before, later) == []


# --- source: the subject of a speaker's own act stands for the speaker -------------------------------------

@pytest.mark.parametrize("later,change", [
    ("The Skarvik Ferry Company will add two sailings a day", "anonymous -> named: 'Ferry operators' -> 'The Skarvik Ferry Company'"),
    ("One ferry spokesman would add two sailings a day", "several -> one: 'Ferry operators' -> 'One ferry spokesman'"),
    ("Ferry operators will add two sailings a day", None),
    ("Two sailings a day will be added", None),  # no one who can speak is the subject
    ("Extra sailings would start on Monday", None),
])
def test_the_subject_of_a_speakers_own_act_stands_for_the_speaker_when_only_the_outlet_is_credited(later, change):
    before = statement(said("Ferry operators", "they would add two sailings a day", kind="anonymous"))
    after = statement(said("the Harbour Gazette", later, kind="outlet"), GAZETTE)
    assert changes(before, after) == ([change] if change else [])
    # the earlier words are not the speaker's own act: nothing stands for the speaker
    other = statement(said("Ferry operators", "the island needs two sailings a day", kind="anonymous"))
    assert changes(other, after) == []


# --- source: a decision or a document given with its authors ------------------------------------------------

@pytest.mark.parametrize("before,after,change", [
    ("The ruling, by the tribunal's three senior judges, ordered the quay reopened",
     "The ruling, by the tribunal's senior judge, ordered the quay reopened",
     "several -> one: 'the tribunal's three senior judges' -> 'the tribunal's senior judge'"),
    ("A study by a Skarvik researcher found the silt came from the quarry",
     "A study by researchers in Skarvik found the silt came from the quarry",
     "one -> several: 'a Skarvik researcher' -> 'researchers in Skarvik'"),
    ("A study by Skarvik University found the silt came from the quarry",
     "A study by the university found the silt came from the quarry", None),
    ("A study by Skarvik University found the silt came from the quarry",
     "The silt came from the quarry", None),  # one side names no authors
])
def test_the_authors_of_a_decision_or_document_are_its_source_when_no_one_speaks(before, after, change):
    assert changes(fact(before), fact(after)) == ([change] if change else [])


@pytest.mark.parametrize("speaker,credit,passed_on", [
    ("HBN", "HBN News", True),  # a short name opening the full one
    ("the Courier", "the Dunmere Courier", True),  # or closing it
    ("the Harbour Gazette", "the Harbour Gazette", True),
    ("HBN", "the Dunmere Courier", False),
    ("the News", "HBN News Tonight", False),  # a word inside the name is no short name of it
])
def test_an_outlet_credited_by_a_short_name_passed_the_claim_on(speaker, credit, passed_on):
    before = statement(said("two dock workers", CLAIM, kind="anonymous"))
    after = statement(said(speaker, CLAIM, kind="outlet"), frozenset({credit.lower()}))
    assert (changes(before, after) == []) is passed_on


def test_a_pronoun_speaker_is_the_one_its_sentence_names_before_it_whoever_extraction_resolved_it_to():
    article = "Minister Ansgar Ruud misled the port board when, in May, he stated that the ferry to Skarvik was safe."
    words = "the ferry to Skarvik was safe"
    pronoun = said("he", words)
    pronoun.source.name = "Tor Vikane"  # resolved to someone else
    pronoun.source.span = (article.index(" he ") + 1, article.index(" he ") + 3)
    before = Statement(words, (article.index(words), article.index(words) + len(words)), pronoun, article)
    assert changes(before, statement(said("Transport Minister Ansgar Ruud", words))) == []
    assert changes(before, statement(said("Lena Markby", words))) == [
        "another person: 'he' -> 'Lena Markby'"]  # a name the sentence does not give before the pronoun


# --- source: a name that ends as a company's does --------------------------------------------------------------

@pytest.mark.parametrize("ending", _phrases("company_words"))
def test_a_name_ending_in_a_company_word_names_a_body_whatever_extraction_took_it_for(ending):
    name = f"Skarvik {ending.capitalize()}"
    before = statement(said("the company", CLAIM, kind="organization"))
    assert changes(before, statement(said(name, CLAIM))) == []
    assert changes(before, statement(said(f"{name}.", CLAIM))) == []  # "Skarvik Inc."
    # one who holds a role there, named after it, is a person
    assert changes(before, statement(said(f"{name} pilot Lena Markby", CLAIM))) == [
        f"institution -> person: 'the company' -> '{name} pilot Lena Markby'"]


@pytest.mark.parametrize("name,body", [
    ("the Skarvik Ferry Company", True),  # a body noun ends the name
    ("Skarvik Harbour Police", True),
    ("Lena Markby", False),  # a person's name
    ("Lena Air-Markby", False),  # the word inside another is no ending
])
def test_a_name_ending_in_a_body_noun_names_a_body(name, body):
    before = statement(said("the ferry line", CLAIM, kind="organization"))
    assert (changes(before, statement(said(name, CLAIM))) == []) is body


# --- source: whom a report cites, given only in its words ------------------------------------------------------

@pytest.mark.parametrize("words,change", [
    (f"{CLAIM}, citing officials at the port authority",
     "one -> several: 'one of the officials' -> 'officials at the port authority'"),
    (f"{CLAIM}, quoting an official at the port authority", None),
    (f"{CLAIM}, citing port director Lena Markby", "anonymous -> named: 'one of the officials' -> 'port director Lena Markby'"),
    (f"{CLAIM}, citing the Harbour Gazette", None),  # the credited outlet itself: no one else
    (f"{CLAIM}, citing bad weather", None),  # a reason, no one who speaks
    (f"{CLAIM}, citing rising costs at the port", None),
    (CLAIM, None),  # citing no one: the outlet passed it on
])
def test_the_speaker_a_credited_outlet_is_said_to_cite_is_the_source(words, change):
    before = statement(said("one of the officials", CLAIM, kind="organization"))
    after = statement(said("the Harbour Gazette", words, kind="outlet"), GAZETTE)
    assert changes(before, after) == ([change] if change else [])


@pytest.mark.parametrize("first,several", [
    ("one of the officials", False),
    ("two of the engineers", True),
    ("one of the port's pilots", False),
])
def test_one_of_a_group_of_people_is_someone_unnamed(first, several):
    before = statement(said(first, CLAIM, kind="organization"))
    assert changes(before, statement(said("a port official", CLAIM, kind="anonymous"))) == (
        ["several -> one: 'two of the engineers' -> 'a port official'"] if several else [])
    # one of a group with a name is named
    assert changes(statement(said("one of the Skarvik Twelve", CLAIM, kind="organization")),
                   statement(said("a port official", CLAIM, kind="anonymous"))) == [
        "named -> anonymous: 'one of the Skarvik Twelve' -> 'a port official'"]


@pytest.mark.parametrize("participle", ["quoted", "cited"])
def test_a_source_given_with_who_passed_it_on_is_headed_by_its_own_noun(participle):
    before = statement(said(f"an engineer {participle} by the Harbour Gazette", CLAIM))
    assert changes(before, statement(said("a port engineer", CLAIM, kind="anonymous"))) == []
    assert changes(before, statement(said("Lena Markby", CLAIM))) == [
        f"anonymous -> named: 'an engineer {participle} by the Harbour Gazette' -> 'Lena Markby'"]


# --- source: a verb phrase joined to a reporting clause has its speaker for subject ---------------------------

REFUSED = "refused to say when the ferry to Skarvik would run"


@pytest.mark.parametrize("frame,later,change", [
    ("“We check every ferry,” port director Lena Markby said, but ", "Port officials refused to say when the ferry to "
     "Skarvik would run", "named -> anonymous: 'port director Lena Markby' -> 'Port officials'"),
    ("“We check every ferry,” port director Lena Markby told reporters on Monday, and ", "Lena Markby refused to say "
     "when the ferry to Skarvik would run", None),
    ("“We check every ferry,” two port officials said, but ", "Port director Lena Markby refused to say when the "
     "ferry to Skarvik would run", "anonymous -> named: 'two port officials' -> 'Port director Lena Markby'"),
])
def test_a_verb_phrase_joined_to_a_reporting_clause_has_its_speaker_for_source(frame, later, change):
    before = fact(REFUSED, article=f"{frame}{REFUSED}.")
    after = statement(said("the Harbour Gazette", later, kind="outlet"), GAZETTE)
    assert changes(before, after) == ([change] if change else [])


@pytest.mark.parametrize("article,words", [
    # a clause of its own after the reporting clause: its subject is not the speaker
    ("“We check every ferry,” port director Lena Markby said, and the ferry to Skarvik would run daily.",
     "the ferry to Skarvik would run daily"),
    # the verb phrase joined to a clause that reports no one
    ("The port closed at noon, but refused to say when the ferry to Skarvik would run.", REFUSED),
])
def test_a_statement_not_joined_to_a_reporting_clause_has_no_speaker(article, words):
    after = statement(said("the Harbour Gazette", f"Port officials {words}", kind="outlet"), GAZETTE)
    assert changes(fact(words, article=article), after) == []
