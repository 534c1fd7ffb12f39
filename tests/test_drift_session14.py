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
