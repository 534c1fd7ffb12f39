"""Hedge, stance and headline drift rules written after reading held out 9, each on sentences written for it
(none taken from a benchmark article), with near misses: a hedge of another claim in a relative clause, a
negation that is part of a paraphrase, a question headline, a length of time without its bound, a decision
not yet made, and what a thing can bring about."""
from __future__ import annotations

from typing import Optional

import pytest

from sourcetrace.link.drift import Statement, hedge_drift


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

