"""Hedge, stance and headline drift rules written after reading held out 9, each on sentences written for it
(none taken from a benchmark article), with near misses: a hedge of another claim in a relative clause, a
negation that is part of a paraphrase, a question headline, a length of time without its bound, a decision
not yet made, and what a thing can bring about."""
from __future__ import annotations

from typing import Optional

import pytest

from sourcetrace.link.drift import Statement, _phrases, headline_drift, hedge_drift, stance_drift


def fact(text: str, title: Optional[str] = None) -> Statement:
    """A statement an article makes in its own voice, under `title` when given (the headline states it)."""
    return Statement(text, (0, len(text)), None, text, title, title is not None)


def kinds(drifts) -> list[str]:
    return [d.kind for d in drifts]


# --- hedge: a hedge in a relative clause set off after the claim hedges that clause, not the claim

@pytest.mark.parametrize("before,dropped", [
    ("Welding of the new hulls would move to the Dunholt yard, where about 40 jobs may be created next spring", False),
    ("Welding of the new hulls would move to the Dunholt yard, which is probably the largest on the coast", False),
    ("Welding of the new hulls would probably move to the Dunholt yard, where about 40 people work", True),
    ("Welding of the new hulls may be moved to the Dunholt yard", True),  # the claim's own hedge
    ("Reportedly, welding of the new hulls would move to the Dunholt yard", True),  # before the claim, no relative
])
def test_a_hedge_in_a_relative_clause_the_other_side_leaves_out_hedges_another_claim(before, dropped):
    after = fact("Welding of the new hulls would move to the Dunholt yard")
    assert kinds(hedge_drift(fact(before), after)) == (["hedge"] if dropped else [])


@pytest.mark.parametrize("before,dropped", [
    ("The ferry company will miss its sailing target, “probably by a wide margin”", False),  # by how much
    ("The ferry company will miss its sailing target, likely within weeks", False),  # when
    ("The ferry company will probably miss its sailing target, by a wide margin", True),  # the miss itself
    ("The ferry company will miss its sailing target, probably", True),  # a phrase of nothing but the hedge
])
def test_a_hedge_opening_a_phrase_set_off_after_the_claim_hedges_that_phrase(before, dropped):
    after = fact("The ferry company will miss its sailing target")
    assert kinds(hedge_drift(fact(before), after)) == (["hedge"] if dropped else [])


# --- stance: "not ... enough" says what a word of lack says

LACKING = {"deficient": ("Half the lambs on the island are selenium deficient",
                         "Half the lambs on the island do not get enough selenium"),
           "deficiency": ("Half the lambs on the island have a selenium deficiency",
                          "Half the lambs on the island are not getting enough selenium"),
           "lack": ("Many wards at the clinic lack nurses at night",
                    "Many wards at the clinic do not have enough nurses at night"),
           "lacks": ("The clinic lacks nurses at night", "The clinic does not have enough nurses at night"),
           "lacked": ("The clinic lacked nurses at night", "The clinic did not have enough nurses at night"),
           "lacking": ("The clinic is lacking nurses at night", "The clinic doesn't have enough nurses at night"),
           "short of": ("The island town is short of water this summer",
                        "The island town does not have enough water this summer"),
           "shortage of": ("The island town has a shortage of water this summer",
                           "The island town has not got enough water this summer"),
           "too little": ("The lambs on the island get too little selenium",
                          "The lambs on the island don't get enough selenium")}


@pytest.mark.parametrize("word", _phrases("lack_words"))
def test_not_enough_against_a_word_of_lack_is_one_meaning_and_no_stance_flip(word):
    lacking, not_enough = LACKING[word]
    assert stance_drift(fact(lacking), fact(not_enough)) == []
    assert stance_drift(fact(not_enough), fact(lacking)) == []


@pytest.mark.parametrize("before,after,flipped", [
    ("The lambs on the island get enough selenium", "The lambs on the island do not get enough selenium", True),
    ("The clinic has enough nurses at night", "The clinic does not have enough nurses at night", True),
    ("The clinic lacks nurses at night", "The clinic lacks nurses at night", False),
    ("The clinic does not lack nurses at night", "The clinic lacks nurses at night", True),  # a negation of its own
])
def test_a_negation_that_is_no_paraphrase_of_lack_still_flips_the_stance(before, after, flipped):
    assert kinds(stance_drift(fact(before), fact(after))) == (["stance"] if flipped else [])


# --- headline: a question states nothing

@pytest.mark.parametrize("body,title,surer", [
    ("The ferry will not sail to the island before spring", "Will the ferry sail to the island before spring?", False),
    ("The ferry will not sail to the island before spring", "Ferry sails to the island before spring", True),
    ("The ferry could sail to the island in May", "Is the ferry sailing to the island in May?", False),
    ("The ferry could sail to the island in May", "Ferry sailing to the island in May", True),
])
def test_a_headline_put_as_a_question_is_no_surer_than_its_body(body, title, surer):
    assert kinds(headline_drift(fact(body, title))) == (["headline"] if surer else [])


# --- headline: a length of time without the body's bound

@pytest.mark.parametrize("body,title,surer", [
    ("Ferry services may not be back for up to two weeks", "Ferry services down for two weeks", True),
    ("Ferry services may not be back for up to two weeks", "Ferry services down for 14 days", True),  # same length
    ("Ferry services may not be back for up to two weeks", "Ferry services down for up to two weeks", False),
    ("The pier will stay shut for at least a week", "Pier shut for a week", True),
    ("The pier will stay shut for at least a week", "Pier shut for at least a week", False),
    ("The pier will stay shut for two weeks", "Pier shut for two weeks", False),  # no bound to drop
    ("The pier will stay shut for at least a week", "Pier shut for a month", False),  # another length
])
def test_a_headline_giving_a_length_of_time_without_the_bodys_bound_is_surer_than_the_body(body, title, surer):
    assert kinds(headline_drift(fact(body, title))) == (["headline"] if surer else [])


# --- headline: a decision the body gives as proposed (`distancing_phrases.txt`), kept by a word of plan

UNDECIDED = {"plan": "Council's plan would close swimming pool",
             "plans": "Council plans to close swimming pool",
             "proposal": "Council's swimming pool closure proposal",
             "proposes": "Council proposes closing swimming pool",
             "considers": "Council considers closing swimming pool",
             "weighs": "Council weighs closing swimming pool"}


@pytest.mark.parametrize("word", _phrases("undecided_words"))  # an entry with no headline here fails
def test_a_headline_keeping_the_decision_undecided_is_no_surer_than_a_proposal(word):
    title = UNDECIDED[word]
    assert headline_drift(fact("The council announced a proposal to close the swimming pool", title)) == []
    assert headline_drift(fact("The council is considering closing the swimming pool", title)) == []


# --- headline: what the body says a thing can bring about, stated as happening

@pytest.mark.parametrize("phrase", _phrases("possible_effects"))
def test_a_headline_stating_as_happening_what_the_body_says_can_happen_is_surer_than_the_body(phrase):
    body = f"Selenium deficiency {phrase} muscle damage in young lambs"
    assert kinds(headline_drift(fact(body, "Selenium shortage is damaging island lambs' muscles"))) == ["headline"]
    assert headline_drift(fact(body, "Selenium shortage can damage lambs' muscles")) == []  # the headline keeps it
    assert headline_drift(fact(body, "Island farm survey raises alarm for sheep farmers")) == []  # another claim


def test_can_is_no_hedge_and_can_of_ability_states_nothing_a_headline_goes_beyond():
    # "can lead to" says what may follow, not how likely the claim is: no ICD-203 hedge, none dropped by a relay
    assert hedge_drift(fact("Selenium deficiency can lead to muscle damage in lambs"),
                       fact("Selenium deficiency leads to muscle damage in lambs")) == []
    assert headline_drift(fact("Ferry passengers can book cabins online from Monday",
                               "Ferry cabins booked online from Monday")) == []


# --- headline: a word of finality the body says nowhere ("Rate cut ruled out" over "harder to cut rates")

ESCALATED = {  # each escalation's first form -> a headline using one of its forms over a body that says less
    "axe": "Council to axe Eskton ferry service",
    "scrap": "Council scraps Eskton ferry service plan",
    "shelve": "Eskton ferry service shelved until spring",
    "slash": "Council slashes Eskton ferry service",
    "rule out": "Eskton ferry service ruled out by council",
    "hide": "Council hid Eskton ferry service losses",
    "cover up": "Council covered up Eskton ferry service losses",
    "by a mile": "Eskton ferry losses beat the budget by a mile",
    "kill off": "Council kills off Eskton ferry service",
}
ESCALATION_BODY = "The council will review the Eskton ferry service and its losses before the spring budget"


@pytest.mark.parametrize("line", _phrases("headline_escalations"))
def test_a_headline_word_of_finality_the_body_never_says_is_surer_than_the_body(line):
    title = ESCALATED[line.split("|")[0]]
    assert kinds(headline_drift(fact(ESCALATION_BODY, title))) == ["headline"], title


def test_a_word_of_finality_the_body_says_too_or_bearing_on_another_claim_is_no_drift():
    title = "Eskton ferry service shelved until spring"
    # the body says it too, elsewhere in the article
    shelved = Statement(ESCALATION_BODY, (0, len(ESCALATION_BODY)), None,
                        ESCALATION_BODY + ". The harbour plan was shelved last year.", title, True)
    assert headline_drift(shelved) == []
    # the clause after "as" is another claim's: the word of finality bears on the rate cut, not on inflation
    assert headline_drift(fact("The inflation rate rose to 4.7 per cent in October",
                               "Rate cut ruled out as inflation jumps to 4.7%")) == []
    assert kinds(headline_drift(fact("The figures make it harder for the bank to cut interest rates in December",
                                     "Rate cut ruled out as inflation jumps to 4.7%"))) == ["headline"]
