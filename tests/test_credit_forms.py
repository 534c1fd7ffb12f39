"""How English-language news credits another outlet, form by form, each on sentences written for it, with near
misses that must not be read as credits.

An inventory drawn from wire style guides (the dateline and closing-credit conventions of the news agencies) and
from everyday practice in papers and broadcasters:

- wire copy: the agency in parentheses in the dateline ("CITY, Month Day (Agency) - ...", "CITY (Agency) -") or in
  the closing line ("(Agency; additional editing by X)", "- Agency", "This story was originally published by X",
  "Distributed by X"); "(Reporting by A; editing by B)" names reporters, no outlet (`trace.wire_credit`)

A name is an outlet's only when the alias table or an article of the set says so.
"""
from __future__ import annotations

import numpy as np
import pytest

from sourcetrace.link.drift import _phrases
from sourcetrace.link.trace import build_trace, wire_credit
from sourcetrace.models import Analysis, Article


def same(texts):  # every statement the same claim: only the rules decide
    return np.ones((len(texts), len(texts)))


# --- wire copy: the dateline and the closing line ---------------------------------------------------------------

BODY = "The harbour authority will close the north quay for repairs until the spring, its director said."


@pytest.mark.parametrize("text,agency", [
    (f"PORT ASKE, March 3 (Kestrel Wire) - {BODY}", "Kestrel Wire"),
    (f"PORT ASKE, 3 March (Kestrel Wire) — {BODY}", "Kestrel Wire"),
    (f"PORT ASKE, Sept. 3 (Kestrel Wire) – {BODY}", "Kestrel Wire"),
    (f"Port Aske, March 3 (Kestrel Wire) - {BODY}", "Kestrel Wire"),
    (f"PORT ASKE (Kestrel Wire) - {BODY}", "Kestrel Wire"),
    (f"LINDHOLM, Vt. (KWN) — {BODY}", "KWN"),
    (f"{BODY}\n\n(Kestrel Wire; additional editing by the Valley Herald)", "Kestrel Wire"),
    (f"{BODY}\n\n(Kestrel Wire)", "Kestrel Wire"),
    (f"{BODY}\n\n— Kestrel Wire", "Kestrel Wire"),
    (f"{BODY}\n\nThis story was originally published by the Kestrel Wire.", "the Kestrel Wire"),
    (f"{BODY}\n\nDistributed by Kestrel Wire on behalf of the Harbour Authority.", "Kestrel Wire"),
])
def test_the_agency_in_the_dateline_or_the_closing_line_is_the_one_whose_copy_it_is(text, agency):
    assert wire_credit(text) == agency


@pytest.mark.parametrize("text", [
    f"{BODY}\n\n(Reporting by Ann Berg; editing by Tom Lund)",  # reporters and editors, no outlet
    f"{BODY}\n\n(Writing by Ann Berg)",
    f"Port Aske (Kestrel Wire) - {BODY}",  # a place in ordinary case with no date is no dateline
    f"The mayor (Ann Berg) - {BODY}",
    f"{BODY} The quay wall is old (Kestrel Wire).",  # a credit in the running text is no closing line
    f"Officials said on Monday (Kestrel Wire) - {BODY}",
    BODY,
])
def test_no_wire_credit_where_no_dateline_or_closing_line_names_an_outlet(text):
    assert wire_credit(text) is None


@pytest.mark.parametrize("line", _phrases("wire_credit_lines"))
def test_each_closing_line_phrase_credits_the_outlet_after_it(line):
    assert wire_credit(f"{BODY}\n\n{line[0].upper()}{line[1:]} the Kestrel Wire.") == "the Kestrel Wire"


WIRE = ("Water flooded the lower levels of the Dunmore tin mine early on Monday, trapping 14 miners. "
        "Rescuers expected to need two days to reach the lower galleries.")
REWORDED = "Fourteen miners were trapped when water flooded the Dunmore tin mine. Rescuers expect two days of work."


def copies(text: str, wire_date: str = "2024-01-01", outlet: str = "Kestrel Wire"):
    wire = Analysis("w", Article(text=WIRE, outlet=outlet, published=wire_date, id="w"), [])
    paper = Analysis("p", Article(text=text, outlet="Valley Herald", published="2024-01-01", id="p"), [])
    return [e for e in build_trace([wire, paper], same).edges if e.child.startswith("p-")]


@pytest.mark.parametrize("text", [f"DUNMORE, Jan 1 (Kestrel Wire) - {REWORDED}",
                                  f"{REWORDED}\n\n(Kestrel Wire; editing by the Valley Herald)"])
def test_a_sub_edited_article_credited_as_wire_copy_is_a_copy_of_the_agencys_article(text):
    edges = copies(text)
    assert [e.kind for e in edges] == ["copy", "copy"]
    assert all("credited as wire copy" in e.evidence for e in edges)


def test_wire_copy_needs_the_credited_agency_no_later_and_a_dateline_credit():
    dated = f"DUNMORE, Jan 1 (Kestrel Wire) - {REWORDED}"
    assert [e.kind for e in copies(dated, wire_date="2024-01-02")] == []  # the agency's article came out later
    assert [e.kind for e in copies(dated, outlet="Aske Post")] == []  # another outlet's article
    assert "copy" not in [e.kind for e in copies(REWORDED)]  # no credit: no copy



def test_the_agencys_own_later_story_is_no_copy_of_its_earlier_one():
    wire = Analysis("w", Article(text=WIRE, outlet="Kestrel Wire", published="2024-01-01", id="w"), [])
    update = Analysis("u", Article(text=f"DUNMORE, Jan 2 (Kestrel Wire) - {REWORDED}", outlet="Kestrel Wire",
                                   published="2024-01-02", id="u"), [])
    assert "copy" not in [e.kind for e in build_trace([wire, update], same).edges]
