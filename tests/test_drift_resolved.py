"""Drift rules written in session 13 after reading the false drift of held out 9-11: a hedge word naming what is
investigated, litotes, and a speaker a pronoun or a description stands for. Each is tested on sentences written
for it (none taken from a benchmark article), with near misses that must still drift."""
from __future__ import annotations

from typing import Optional

import pytest

from sourcetrace.link.drift import Statement, _phrases, headline_drift, hedge_drift, source_drift, stance_drift
from sourcetrace.models import Attribution, Source


def fact(text: str, title: Optional[str] = None) -> Statement:
    """A statement an article makes in its own voice, under `title` when given (the headline states it)."""
    return Statement(text, (0, len(text)), None, text, title, title is not None)


def changes(drifts) -> list[str]:
    return [d.change for d in drifts]


# --- hedge: "for suspected fraud" names what is investigated -------------------------------------------------

@pytest.mark.parametrize("word", _phrases("attributive_hedges"))
def test_a_hedge_word_modifying_the_offence_investigated_hedges_nothing(word):
    before = fact(f"Three port officials are under investigation for {word} bribery")
    assert changes(hedge_drift(before, fact("Three port officials are under investigation for bribery"))) == []
    assert changes(hedge_drift(fact(f"The clerk was arrested on {word} fraud charges"),
                               fact("The clerk was arrested on fraud charges"))) == []
    # in a headline: dropping it there states nothing more surely
    body = fact(f"Three port officials are under investigation for {word} bribery, the inspectorate said",
                "Port officials under investigation for bribery")
    assert changes(headline_drift(body)) == []
    # near miss: a headline stating the act as done is surer than the body that has it only suspected
    assert changes(headline_drift(fact("Three port officials are under investigation for suspected price-fixing",
                                       "Port officials fixed prices"))) == [
        f"headline states as done what the body has only '{word}'"]
    assert changes(headline_drift(fact("Three port officials are under investigation for suspected price-fixing",
                                       "Port officials face price-fixing probe"))) == []
    # near misses: the word as the verb of the claim hedges it, in the body and against the headline
    hedged = fact(f"Three port officials are {word} of taking bribes")
    assert changes(hedge_drift(hedged, fact("Three port officials took bribes"))) == [f"hedge dropped ('{word}')"]
    assert changes(headline_drift(fact(f"Three port officials are {word} of taking bribes",
                                       "Port officials took bribes"))) == [f"headline drops the body's hedge '{word}'"]


# --- stance: litotes, a negated verb of putting a view with the claim's contrary ----------------------------

def stances(first: str, second: str) -> list[str]:
    return changes(stance_drift(fact(first), fact(second)))


@pytest.mark.parametrize("verb", _phrases("litotes_verbs"))
@pytest.mark.parametrize("contrary", _phrases("litotes_contraries"))
def test_a_negated_view_of_the_contrary_affirms_the_claim(verb, contrary):
    claim = "the closure of the ferry was a blow for the island"
    negated = (f"the closure of the ferry, I will not {verb} otherwise, was a blow for the island"
               if contrary == "otherwise" else
               f"I will not {verb} the closure of the ferry was {contrary} a blow for the island")
    assert stances(claim, negated) == []
    assert stances(negated, claim) == []
    # near misses: the negated verb with no contrary still denies
    assert stances(claim, f"the closure of the ferry, I will not {verb}, was a blow for the island") == [
        "stance flipped: affirmed -> denied"]
    assert stances(claim, f"I will not {verb} the closure of the ferry was a blow for the island") == [
        "stance flipped: affirmed -> denied"]


def test_litotes_leaves_a_plain_negation_of_the_claim_denied():
    claim = "the closure of the ferry was a blow for the island"
    # near miss: "otherwise" after a negation of no verb of putting a view is no litotes
    assert stances(claim, "the closure of the ferry was not a blow for the island, whatever some say otherwise") == [
        "stance flipped: affirmed -> denied"]


# --- source: a pronoun, a surname extraction took for a body's, a company given with a description ----------

CLAIM = "the quay at Skarvik will reopen in June"


def said(speaker: str, kind: str = "person", article: str = "", name: Optional[str] = None) -> Statement:
    att = Attribution(source=Source(text=speaker, kind=kind, name=name), cue="said", content=CLAIM, quote="indirect",
                      content_spans=[(0, len(CLAIM))])
    article = article or f"{speaker} said {CLAIM}."
    at = article.find(CLAIM)
    return Statement(CLAIM, (at, at + len(CLAIM)), att, article)


def sources(before: Statement, after: Statement) -> list[str]:
    return changes(source_drift(before, after))


def test_a_pronoun_opening_a_sentence_names_no_one():
    article = "Harbour chief Ada Lunde-Berg spoke on Monday. He said the quay at Skarvik will reopen in June."
    pronoun = said("He", article=article)
    assert sources(pronoun, said("Harbour chief Ada Lunde-Berg")) == []
    assert sources(said("Harbour chief Ada Lunde-Berg"), pronoun) == []
    # near miss: two names are two people
    assert sources(said("Ada Lunde-Berg"), said("Harbour chief Olav Dahl")) == [
        "another person: 'Ada Lunde-Berg' -> 'Harbour chief Olav Dahl'"]


def test_a_surname_the_article_gives_after_a_given_name_is_a_persons():
    article = ("Harbour chief Ada Lunde-Berg spoke on Monday. Lunde-Berg said the quay at Skarvik will reopen in "
               "June.")
    surname = said("Lunde-Berg", kind="organization", article=article)
    assert sources(surname, said("she")) == []
    assert sources(said("He"), surname) == []
    assert sources(surname, said("Its harbour master")) == []
    # near misses: a one-word name after a body's word is the body's ("the Skarvik Harbour Trust ... Trust"), and a
    # body's name the article gives alone stays a body's against a person
    trust = ("The Skarvik Harbour Authority met on Monday. Authority staff said the quay at Skarvik will reopen in "
             "June.")
    assert sources(said("Authority", kind="organization", article=trust), said("she")) == [
        "institution -> person: 'Authority' -> 'she'"]
    alone = "Dockwell was fined on Monday. Dockwell said the quay at Skarvik will reopen in June."
    assert sources(said("Dockwell", kind="organization", article=alone), said("she")) == [
        "institution -> person: 'Dockwell' -> 'she'"]


def test_a_company_given_with_a_plural_description_is_named():
    before = said("The quay's owner, Skarvik Metals", name="Skarvik Metals")
    assert sources(before, said("Quay bosses Skarvik Metals", kind="anonymous")) == []
    # near miss: the bosses with no company named are unnamed
    assert sources(before, said("Quay bosses", kind="anonymous")) == [
        "named -> anonymous: 'The quay's owner, Skarvik Metals' -> 'Quay bosses'"]


# --- hedge: a hedge in a clause joined after the claim hedges that clause ------------------------------------

@pytest.mark.parametrize("before,dropped", [
    ("Crews were pumping out 900 tonnes of water an hour and expected to need two days to reach the pit", False),
    ("Crews were pumping out 900 tonnes of water an hour, but may need two days to reach the pit", False),
    ("Crews were pumping out 900 tonnes of water an hour; they may need two days to reach the pit", False),
    ("Crews were expected to pump out 900 tonnes of water an hour and to reach the pit", True),  # the claim's own
    ("Crews were probably pumping out 900 tonnes of water an hour", True),
])
def test_a_hedge_in_a_clause_joined_after_the_claim_hedges_that_clause(before, dropped):
    after = fact("Crews were pumping out 900 tonnes of water an hour")
    assert [d.kind for d in hedge_drift(fact(before), after)] == (["hedge"] if dropped else [])


def test_a_hedge_the_extractor_found_in_a_clause_joined_after_the_claim_hedges_that_clause():
    text = "Crews were pumping out 900 tonnes of water an hour and expected to need two days to reach the pit"
    att = Attribution(source=Source("the fire service", "organization"), cue="said", content=text, quote="indirect",
                      content_spans=[(0, len(text))], hedge="expected to")
    before = Statement(text, (0, len(text)), att, text + ", the fire service said.")
    assert hedge_drift(before, fact("Crews were pumping out 900 tonnes of water an hour")) == []
    # near miss: the other side passes the joined clause on, without its hedge
    assert changes(hedge_drift(before, fact("Crews will need two days to reach the pit"))) == [
        "hedge dropped ('expected to')"]


# --- headline: a negation in another sentence than the one the headline states ----------------------------

def test_a_headline_on_another_sentence_drops_no_negation():
    body = "Divers have reached one group of miners and they are alive. The other group they have not reached."
    assert headline_drift(fact(body, "Divers find group of trapped miners alive")) == []
    # near miss: a headline stating the negated sentence drops its negation
    assert changes(headline_drift(fact(body, "Divers reached other group"))) == [
        "headline drops the body's negation 'have not'"]
    assert changes(headline_drift(fact("The quay is not in danger of collapse", "Quay in danger of collapse"))) == [
        "headline drops the body's negation 'is not'"]


# --- hedge: "looking at" against a verb of examining -------------------------------------------------------

@pytest.mark.parametrize("verb", _phrases("examining_verbs"))
def test_a_verb_of_weighing_against_one_of_examining_weighs_no_step(verb):
    examined = fact(f"inspectors were {verb} the pump records of the Skarvik quay")
    assert hedge_drift(examined, fact("inspectors were looking at the pump records of the Skarvik quay")) == []
    assert hedge_drift(fact("inspectors were looking at the pump records of the Skarvik quay"), examined) == []
    # near miss: a step weighed against one taken still drops the hedge
    assert changes(hedge_drift(fact("inspectors were looking at a ban on the Skarvik quay"),
                               fact("inspectors imposed a ban on the Skarvik quay"))) == ["hedge dropped ('looking at')"]
    assert changes(hedge_drift(fact(f"inspectors were {verb} the pump records of the Skarvik quay"),
                               fact("inspectors were probably looking at the pump records of the Skarvik quay"))) == [
        "hedge added ('probably')"]


# --- source: an outlet named with its kind before its name --------------------------------------------------

@pytest.mark.parametrize("kind", _phrases("outlet_kinds"))
def test_an_outlet_named_with_its_kind_is_no_speaker(kind):
    before = said("The harbour master")
    assert sources(before, said(f"the trade {kind} Harbour Review", kind="organization")) == []
    assert sources(before, said(f"the {kind} Harbour Review", kind="organization")) == []
    # near misses: a body with a kind word in its own name, and the kind word alone, are speakers
    assert sources(before, said(f"the Harbour {kind.capitalize()} Trust", kind="organization")) == [
        f"person -> institution: 'The harbour master' -> 'the Harbour {kind.capitalize()} Trust'"]
