"""Drift rules written in session 14 from drift wrongly typed on found edges of held out 2-12: a figure of another
thing, "over" spanning a period, a hedge in a clause joined before the claim, and "there was no ..." said by a word
of lack. Each is tested on sentences written for it (none taken from a benchmark article), with near misses that
must still drift."""
from __future__ import annotations

import pytest

from sourcetrace.link.drift import Statement, _phrases, hedge_drift, number_drift, stance_drift


def fact(text: str) -> Statement:
    return Statement(text, (0, len(text)), None, text)


def changes(drifts) -> list[str]:
    return [d.change for d in drifts]


# --- number: two figures of different things, one of which the other side counts with another figure ---------

def test_a_figure_of_another_thing_is_added_not_changed():
    before = fact("the ferries ran 14 extra sailings a week, against 6 extra sailings last winter")
    after = fact("Across 230 harbours, the ferries ran 14 extra sailings a week")
    assert changes(number_drift(before, after)) == []
    # near miss: the same thing counted with another figure is a change
    assert changes(number_drift(fact("the ferries ran 14 extra sailings a week, against 6 last winter"),
                                fact("the ferries ran 14 extra sailings a week, against 9 last winter"))) == [
        "number changed: '6' -> '9'"]
    assert changes(number_drift(fact("the storm cut power to 3,200 homes"), fact("the storm cut power to 3,900 homes"))
                   ) == ["number changed: '3,200' -> '3,900'"]
    # near miss: two things neither side names again (a reworded noun) are still one figure changed
    assert changes(number_drift(fact("the storm cut power to 3,200 homes"),
                                fact("the storm cut power to 3,900 households"))) == [
        "number changed: '3,200' -> '3,900'"]


@pytest.mark.parametrize("word", _phrases("count_modifiers"))
def test_a_word_comparing_a_count_is_not_what_it_counts(word):
    before = fact(f"the clinic saw 9 {word} cases a day, compared with 4 {word} cases before the outbreak")
    after = fact(f"In a survey of 310 towns, the clinic saw 9 {word} cases a day")
    assert changes(number_drift(before, after)) == []
    # near miss: the word kept and the thing counted the same, the figure changed
    assert changes(number_drift(before, fact(f"the clinic saw 9 {word} cases a day, compared with 5 {word} cases "
                                             "before the outbreak"))) == ["number changed: '4' -> '5'"]


def test_figures_of_the_same_thing_are_paired_first():
    # "Three tankers" counts tankers, so the figure of spilled barrels is compared with the other side's barrels
    assert changes(number_drift(fact("Three tankers spilled 640 barrels of oil"),
                                fact("The tankers spilled 700 barrels of oil"))) == [
        "number changed: '640' -> '700'"]
    assert changes(number_drift(fact("Three tankers spilled 640 barrels of oil"),
                                fact("The tankers spilled 640 barrels of oil"))) == []


def test_a_thing_named_but_not_counted_is_no_figure_of_it():
    # the earlier side names the ferries but counts only sailings: the later side's "230 ferries" is a figure added
    before = fact("Ferries ran 14 extra sailings a week, against 6 extra sailings last winter")
    assert changes(number_drift(before, fact("Across 230 ferries, the operators ran 14 extra sailings a week"))) == []


# --- number: "over" spanning a period --------------------------------------------------------------------------

def test_over_spanning_a_period_is_no_bound():
    before = fact("the club raised 40,000 pounds over the past two years")
    assert changes(number_drift(before, fact("the club raised 40,000 pounds over two years"))) == []
    assert changes(number_drift(fact("the club raised 40,000 pounds over two years"),
                                fact("the club raised 40,000 pounds over the last two years"))) == []
    # near misses: "over" as "more than" against a bare length, and a period of another length, still change
    assert changes(number_drift(fact("the works took over two years"), fact("the works took two years"))) == [
        "number changed: 'over two years' -> 'two years'"]
    assert changes(number_drift(before, fact("the club raised 40,000 pounds over three years"))) == [
        "number changed: 'two years' -> 'over three years'"]
    assert changes(number_drift(fact("the club raised 40,000 pounds in the past two years"),
                                fact("the club raised 40,000 pounds over two years"))) == [
        "number changed: 'two years' -> 'over two years'"]


# --- hedge: a hedge in a clause joined before the claim the other side passes on -----------------------------------

@pytest.mark.parametrize("joint", [", although", ", though", ", but", ", while", ";"])
def test_a_hedge_in_a_clause_joined_before_hedges_that_clause(joint):
    before = fact(f"The council would probably close the pool{joint} it could not yet name a date")
    assert changes(hedge_drift(before, fact("it could not yet name a date"))) == []
    # near miss: the hedged clause itself passed on without the hedge drops it
    assert changes(hedge_drift(before, fact("The council will close the pool"))) == ["hedge dropped ('probably')"]


def test_a_hedge_before_the_claim_in_its_own_clause_still_hedges_it():
    assert changes(hedge_drift(fact("The council will probably close the pool before winter"),
                               fact("the pool closes before winter"))) == ["hedge dropped ('probably')"]


# --- stance: "there was no X" said by a word of lack -------------------------------------------------------------

@pytest.mark.parametrize("lack", ["for lack of", "for a shortage of", "as it was short of"])
def test_there_was_no_said_by_a_word_of_lack(lack):
    before = fact(f"the bypass was delayed twice {lack} staff")
    assert changes(stance_drift(before, fact("the bypass was delayed twice because there was no staff"))) == []
    assert changes(stance_drift(fact("the bypass was delayed twice because there were no staff"), before)) == []
    # near miss: the claim itself negated still flips
    assert changes(stance_drift(before, fact(f"the bypass was not delayed {lack} staff"))) == [
        "stance flipped: affirmed -> denied"]


def test_there_was_no_against_no_word_of_lack_still_flips():
    assert changes(stance_drift(fact("there was a fire at the depot"), fact("there was no fire at the depot"))) == [
        "stance flipped: affirmed -> denied"]


# --- number: "two more days" is a length of time ------------------------------------------------------------------

@pytest.mark.parametrize("word", _phrases("length_additions"))
def test_a_length_added_is_a_length_of_time(word):
    before = fact("Crews were pumping out 900 tonnes an hour and needed at least three days to reach the tunnel")
    assert changes(number_drift(before, fact(f"it will take crews three {word} days to reach the tunnel"))) == [
        f"number changed: 'at least three days' -> 'three {word} days'"]
    # near miss: the same length with the same bound is no change
    assert changes(number_drift(before, fact(f"crews need at least three {word} days to reach the tunnel"))) == []
