"""Drift rules written in session 13 from labelled drift left unpredicted on found edges: each names a construction
of English and is tested on sentences written for it, with near misses that must not drift."""
from __future__ import annotations

from typing import Optional

import pytest

from sourcetrace.link.drift import COUNT_NOUNS, Statement, _phrases, hedge_drift, number_drift, stance_drift
from sourcetrace.models import Attribution, Source


def said(speaker: str, content: str, kind: str = "person", cue: str = "said") -> Attribution:
    return Attribution(source=Source(text=speaker, kind=kind), cue=cue, content=content, quote="indirect",
                       content_spans=[(0, len(content))])


def statement(att: Optional[Attribution], text: Optional[str] = None, credits: frozenset[str] = frozenset()
              ) -> Statement:
    text = text if text is not None else att.content
    return Statement(text, (0, len(text)), att, text, credits=credits)


def numbers_changed(first: str, second: str) -> list[str]:
    return [d.change for d in number_drift(statement(None, first), statement(None, second))]


# --- number: a group of a known size counted ("a dozen", "two dozen", "half a dozen"), "a" / "half a" million ---

@pytest.mark.parametrize("noun", sorted(COUNT_NOUNS))
def test_a_group_of_known_size_is_a_figure(noun):
    size = COUNT_NOUNS[noun]
    for words, value in ((f"a {noun}", size), (f"two {noun}", 2 * size), (f"half a {noun}", size // 2),
                         (f"3 {noun}", 3 * size)):
        first = f"the ferry carried {words} cars across the fjord"
        assert numbers_changed(first, f"the ferry carried {value} cars across the fjord") == [], words
        # near miss: another figure, or the figure given as a bound, is a change
        assert numbers_changed(first, f"the ferry carried {value + 1} cars across the fjord") == [
            f"number changed: '{words}' -> '{value + 1}'"], words
        assert numbers_changed(first, f"the ferry carried at least {value} cars across the fjord") == [
            f"number changed: '{words}' -> 'at least {value}'"], words
    # an approximation of the group against a bound of its size changes the kind of the figure
    assert numbers_changed(f"at least {size // 2} cars were damaged", f"about half a {noun} cars were damaged") == [
        f"number changed: 'at least {size // 2}' -> 'about half a {noun}'"]
    # near miss: a plural ("dozens of") gives no figure to compare
    assert numbers_changed(f"{noun}s of cars were damaged", "40 cars were damaged") == []


def test_a_or_half_a_before_a_scale_word_is_a_figure():
    assert numbers_changed("half a million people lost power", "500,000 people lost power") == []
    assert numbers_changed("a million people lost power", "1,000,000 people lost power") == []
    assert numbers_changed("a million people lost power", "two million people lost power") == [
        "number changed: 'a million' -> 'two million'"]
    # near miss: "a million" inside a compound counts nothing
    assert numbers_changed("a million-dollar fine was paid", "the fine was paid") == []


# --- hedge: a verb of expectation gives the claim as a forecast ----------------------------------------------

def hedges(first: str, second: str) -> list[str]:
    return [d.change for d in hedge_drift(statement(None, first), statement(None, second))]


@pytest.mark.parametrize("verb", _phrases("expectation_verbs"))
def test_a_forecast_stated_as_what_will_be_drops_a_hedge(verb):
    third = verb + "s"
    assert hedges(f"the ferry company {third} to restore the winter timetable by March",
                  "the winter timetable will be restored by March") == [f"hedge dropped ('{third}')"]
    assert hedges(f"We {verb} a short delay to the winter timetable", "the delay to the winter timetable will be short"
                  ) == [f"hedge dropped ('{verb}')"]
    assert hedges("the winter timetable will be restored by March",
                  f"the ferry company {third} the winter timetable to be restored by March") == [
        f"hedge added ('{third}')"]
    # the forecast kept, in any form of the verb, drifts nothing
    assert hedges(f"the ferry company {third} to restore the winter timetable by March",
                  f"the company {third} the winter timetable back by March") == []
    # near misses: "as expected", "than expected", "the expected" compare or describe, they forecast nothing
    ed = verb.rstrip("e") + "ed"
    for phrase in (f"as {ed}", f"later than {ed}"):
        assert hedges(f"the winter timetable returned {phrase} in March",
                      "the winter timetable returned in March") == [], phrase
    assert hedges(f"the {ed} timetable returned in March", "the timetable returned in March") == []


# --- stance: a verb of opposite sense turns the claim round ("upheld" / "overturned") ------------------------

def stances(first: str, second: str) -> list[str]:
    return [d.change for d in stance_drift(statement(None, first), statement(None, second))]


@pytest.mark.parametrize("pair", _phrases("opposite_verbs"))
def test_a_verb_of_opposite_sense_flips_the_stance(pair):
    one, other = (entry.split("/") for entry in pair.split("\t"))
    said_one = one[1] if len(one) > 1 else one[0].rstrip("e") + "ed"
    said_other = other[1] if len(other) > 1 else other[0].rstrip("e") + "ed"
    first = f"the harbour board {said_one} the appeal over the ferry licence"
    assert stances(first, f"the harbour board {said_other} the appeal over the ferry licence") == [
        "stance flipped: affirmed -> denied"], pair
    # the same verb, or another form of it, says the same
    assert stances(first, f"the harbour board {said_one} the appeal over the ferry licence on Friday") == [], pair
    # near misses: a side saying both verbs turns nothing round, and a negated opposite says the same claim
    assert stances(f"the harbour board {said_one} the appeal and {said_other} the fee over the ferry licence",
                   f"the harbour board {said_other} the appeal over the ferry licence") == [], pair
    assert stances(first, f"the harbour board did not {other[0]} the appeal over the ferry licence") == [], pair


# --- stance: a judgement that an act would be wrong denies the act ("it would be a mistake to pin this on ...") ----

@pytest.mark.parametrize("judgement", _phrases("wrong_judgements"))
def test_a_judgement_that_an_act_would_be_wrong_denies_it(judgement):
    framed = f"it would be {judgement} to blame the canal flooding on the new lock gates"
    # said as "cannot": the same stance, no flip
    assert stances(framed, "the canal flooding cannot be blamed on the new lock gates") == [], judgement
    assert stances(f"It is {judgement} to blame the canal flooding on the new lock gates",
                   "the canal flooding cannot be blamed on the new lock gates") == [], judgement
    # said as what was done: turned round
    assert stances(framed, "the canal flooding was blamed on the new lock gates") == [
        "stance flipped: denied -> affirmed"], judgement
    # near miss: the judgement negated denies nothing
    assert stances(f"it would not be {judgement} to blame the canal flooding on the new lock gates",
                   "the canal flooding was blamed on the new lock gates") == [], judgement
    assert stances(f"it wouldn't be {judgement} to blame the canal flooding on the new lock gates",
                   "the canal flooding cannot be blamed on the new lock gates") == [
        "stance flipped: affirmed -> denied"], judgement


def test_a_judgement_of_what_was_done_or_of_a_person_is_no_denial():
    # near misses: "it was a mistake to" judges an act that was done, "the council was wrong to" judges a person;
    # neither denies the act, so neither is the same stance as "did not"
    for first in ("It was a mistake to shut the night ferry over the winter",
                  "The council was wrong to shut the night ferry over the winter"):
        assert stances(first, "the night ferry was shut over the winter") == [], first
        assert stances(first, "the night ferry was not shut over the winter") == [
            "stance flipped: affirmed -> denied"], first
    # a judgement of something other than an act to come ("the forecast was wrong") frames nothing
    assert stances("The forecast of a mild winter was wrong", "the forecast of a mild winter was wrong, they said"
                   ) == []
