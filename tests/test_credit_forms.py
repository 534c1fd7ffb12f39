"""How English-language news credits another outlet, form by form, each on sentences written for it, with near
misses that must not be read as credits.

An inventory drawn from wire style guides (the dateline and closing-credit conventions of the news agencies) and
from everyday practice in papers and broadcasters:

- wire copy: the agency in parentheses in the dateline ("CITY, Month Day (Agency) - ...", "CITY (Agency) -") or in
  the closing line ("(Agency; additional editing by X)", "- Agency", "This story was originally published by X",
  "Distributed by X"); "(Reporting by A; editing by B)" names reporters, no outlet (`trace.wire_credit`)
- the outlet as the medium a speaker spoke through, read by extraction (`attribution.medium`): "told X", "told X in
  an interview", "Speaking to X, Y said", "In an interview with X, Y said", "said in an interview with X", "in a
  statement to X", "sources told X", "X quoted Y as saying"
- the outlet as the speaker or the cited source: "X reported", "X first reported", "X is reporting that", "as first
  reported by X", "according to X", "citing X", "..., X reported"; a document of the outlet: "a report by X", "X's
  report", "an X investigation found", "the report, published by X"
- frames extraction gives no medium for, read in the statement's sentence (`credit_frames.txt`,
  `trace.framed_credits`): "writing in X", "in a column for X", "in remarks broadcast by X", "X has learned", "X
  understands", "X can reveal", "told X's morning programme", "said on X's evening news", "(X)" closing a sentence
- an outlet named again by its kind ("told the broadcaster", "the paper reported"): the outlet credited last before
  it, else the outlet of the set called by that kind beside its name earlier in the article
  (`trace.outlets_named_again`)

A name is an outlet's only when the alias table or an article of the set says so: "writing in the Lancet" names no
outlet of a set without the Lancet, "the Harbour Authority (HA)" none at all.
"""
from __future__ import annotations

import numpy as np
import pytest

from sourcetrace.link.drift import _phrases
from sourcetrace.link.trace import build_trace, framed_credits, wire_credit
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


# --- frames read in the sentence ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,name", [
    ("The mayor told NRT One that the quay must close.", "NRT One"),
    ("Speaking to NRT One, the mayor said the quay must close.", "NRT One"),
    ("Talking to NRT One on Monday, the mayor said the quay must close.", "NRT One"),
    ("In an interview with NRT One, Anders Lund said the quay must close.", "NRT One"),
    ("In a statement to NRT One, the council said the quay must close.", "NRT One"),
    ("Writing in the Harbour Gazette, the mayor said the quay must close.", "the Harbour Gazette"),
    ("The mayor wrote in the Harbour Gazette that the quay must close.", "the Harbour Gazette"),
    ("In a column for The Courant on Monday, the mayor said the quay must close.", "The Courant"),
    ("In a column in the Harbour Gazette, the mayor said the quay must close.", "the Harbour Gazette"),
    ("In an op-ed for the Harbour Gazette, the mayor said the quay must close.", "the Harbour Gazette"),
    ("In an op-ed in the Harbour Gazette, the mayor said the quay must close.", "the Harbour Gazette"),
    ("In an article for the Harbour Gazette, the mayor said the quay must close.", "the Harbour Gazette"),
    ("In an article in the Harbour Gazette, the mayor said the quay must close.", "the Harbour Gazette"),
    ("In a piece for the Harbour Gazette, the mayor said the quay must close.", "the Harbour Gazette"),
    ("In an essay for the Harbour Gazette, the mayor argued the quay must close.", "the Harbour Gazette"),
    ("In a commentary for Volta One, the mayor said the quay must close.", "Volta One"),
    ("In a letter to the Harbour Gazette, the mayor said the quay must close.", "the Harbour Gazette"),
    ("In remarks to Volta One, the mayor said the quay must close.", "Volta One"),
    ("In remarks broadcast by Volta One, the mayor said the quay must close.", "Volta One"),
    ("In remarks aired by Volta One, the mayor said the quay must close.", "Volta One"),
    ("In remarks published by the Harbour Gazette, the mayor said the quay must close.", "the Harbour Gazette"),
    ("In comments to Volta One, the mayor said the quay must close.", "Volta One"),
    ("In comments broadcast by Volta One, the mayor said the quay must close.", "Volta One"),
    ("In an interview broadcast by Volta One, the mayor said the quay must close.", "Volta One"),
    ("In an interview aired by Volta One, the mayor said the quay must close.", "Volta One"),
    ("In an interview published by the Harbour Gazette, the mayor said the quay must close.", "the Harbour Gazette"),
    ("In an interview on Volta One, the mayor said the quay must close.", "Volta One"),
    ("In an appearance on Volta One, the mayor said the quay must close.", "Volta One"),
    ("Speaking on Volta One, the mayor said the quay must close.", "Volta One"),
    ("Appearing on Volta One, the mayor said the quay must close.", "Volta One"),
    ("The Harbour Gazette has learned that the quay will close.", "The Harbour Gazette"),
    ("The Harbour Gazette has learnt that the quay will close.", "The Harbour Gazette"),
    ("Volta One understands that the quay will close.", "Volta One"),
    ("PORT ASKE - The Harbour Gazette can reveal that the quay will close.", "The Harbour Gazette"),
    ("Volta One can disclose that the quay will close.", "Volta One"),
    ("The mayor told Volta One's morning programme that the quay must close.", "Volta One"),
    ("The mayor told the BBC's Today programme that the quay must close.", "the BBC"),
    ("The mayor said on Volta One's evening news that the quay must close.", "Volta One"),
    ("Speaking to Volta One's breakfast show, the mayor said the quay must close.", "Volta One"),
    ("The mayor said in Volta One's documentary that the quay must close.", "Volta One"),
    ("The quay must close before the winter storms (Harbour Gazette).", "Harbour Gazette"),
    ("The drug halves attacks, according to a study published in the Northern Journal of Medicine.",
     "the Northern Journal of Medicine"),
    ("The quay is unsafe, according to findings reported in the Harbour Gazette on Tuesday.", "the Harbour Gazette"),
    ("Writing in the Journal for Coastal Studies, the engineer said the quay must close.",
     "the Journal for Coastal Studies"),
    ("The mayor condemned plans, revealed by the Harbour Gazette, to close the quay.", "the Harbour Gazette"),
    ("The quay will close, as first reported by Volta One on Monday.", "Volta One"),
    ("Plans disclosed by the Harbour Gazette show the quay will close.", "the Harbour Gazette"),
    ("A letter seen by Volta One says the quay must close.", "Volta One"),
    ("Minutes obtained by the Harbour Gazette show the quay will close.", "the Harbour Gazette"),
    ("Sources of Volta One say the quay may have to close.", "Volta One"),
    ("The quay may have to close, according to sources at the Harbour Gazette.", "the Harbour Gazette"),
])
def test_a_frame_of_the_sentence_names_the_outlet_it_credits(sentence, name):
    assert framed_credits(sentence) == [name]


@pytest.mark.parametrize("sentence", [
    "The Harbour Authority (HA) said the quay must close.",  # a parenthesis inside the sentence
    "The mayor criticised Volta One's evening news for its coverage of the quay.",  # the programme is what she spoke of
    "The mayor said the quay must close.",
    "Writing about the quay, the mayor said it must close.",
    "The findings were published in full on the council's website.",  # no name after "published in"
    "A letter seen by the newspaper says the quay must close.",  # "the newspaper": a kind, no name
    "Sources at the harbour say the quay may close.",
])
def test_no_frame_credit_where_the_sentence_credits_no_name(sentence):
    assert framed_credits(sentence) == []


def test_each_credit_frame_has_a_sentence():
    tested = " ".join(sentence.lower() for sentence, _ in
                      test_a_frame_of_the_sentence_names_the_outlet_it_credits.pytestmark[0].args[1])
    for frame in _phrases("credit_frames"):
        words = frame.lower().replace("{broadcast}", "").replace("(x)", "").split("x")
        assert all(w.strip(" '") in tested for w in words), frame
    broadcast = " ".join(sentence for sentence, _ in
                         test_a_frame_of_the_sentence_names_the_outlet_it_credits.pytestmark[0].args[1])
    # each broadcast noun, after an outlet's name, is credited
    for noun in _phrases("broadcast_nouns"):
        assert framed_credits(f"The mayor said on Volta One's {noun} that the quay must close.") == ["Volta One"], noun
    assert broadcast


ORIGIN = "The quay must close before the winter storms, the harbour master said."


def framed(text: str, outlet: str = "Harbour Gazette", own: str = "Valley Herald"):
    origin = Analysis("o", Article(text=ORIGIN, outlet=outlet, published="2024-01-01", id="o"), [])
    retelling = Analysis("r", Article(text=text, outlet=own, published="2024-01-02", id="r"), [])
    graph = build_trace([origin, retelling], same)
    return [(n.credits, graph.parent_edge(n.id).kind if graph.parent_edge(n.id) else None)
            for n in graph.nodes if n.article == 1 and not n.holds]


@pytest.mark.parametrize("text", ["The Harbour Gazette has learned that the quay must close before the winter storms.",
                                  "The quay must close before the winter storms (Harbour Gazette)."])
def test_a_statement_in_a_frame_crediting_an_outlet_of_the_set_relays_it(text):
    assert framed(text) == [(["Harbour Gazette"] if "(" in text else ["The Harbour Gazette"], "relay")]


def test_a_frame_naming_no_outlet_of_the_set_or_the_articles_own_credits_nothing():
    assert framed("The Harbour Gazette has learned that the quay must close before the winter storms.",
                  outlet="Aske Post")[0][0] == []
    assert framed("The Valley Herald has learned that the quay must close before the winter storms.")[0][0] == []


# --- every form end to end, through the real extractor ---------------------------------------------------------------

CLAIM = "the river bridge will stay closed until the spring"


def credits_of(analyzer, text: str, outlet: str) -> list[list[str]]:
    from sourcetrace.models import Document, FeedMeta

    def analysed(body: str, name: str, date: str, source: str):
        return analyzer.analyze(Document(name, body, "text", feed=FeedMeta(title=None, outlet=source, published=date)))

    origin = analysed(f"Engineers said {CLAIM}.", "o", "2024-01-01", outlet)
    graph = build_trace([origin, analysed(text, "r", "2024-01-02", "Valley Herald")], same)
    return [n.credits for n in graph.nodes if n.article == 1 and not n.holds and CLAIM in n.context.lower()]


@pytest.mark.parametrize("text,outlet,credit", [
    (f"The mayor told Volta One that {CLAIM}.", "Volta One", "Volta One"),
    (f"The mayor told Volta One's morning programme that {CLAIM}.", "Volta One", "Volta One"),
    (f"The mayor told the Harbour Gazette in an interview that {CLAIM}.", "Harbour Gazette", "the Harbour Gazette"),
    (f"Speaking to the Harbour Gazette, the mayor said {CLAIM}.", "Harbour Gazette", "the Harbour Gazette"),
    (f"In an interview with Volta One, the mayor said {CLAIM}.", "Volta One", "Volta One"),
    (f"The mayor said in an interview with the Harbour Gazette that {CLAIM}.", "Harbour Gazette",
     "the Harbour Gazette"),
    (f"In a statement to the Harbour Gazette, the council said {CLAIM}.", "Harbour Gazette", "the Harbour Gazette"),
    (f"Sources told the Harbour Gazette that {CLAIM}.", "Harbour Gazette", "the Harbour Gazette"),
    (f"The Harbour Gazette quoted the mayor as saying {CLAIM}.", "Harbour Gazette", "Harbour Gazette"),
    (f"The Harbour Gazette reported that {CLAIM}.", "Harbour Gazette", "The Harbour Gazette"),
    (f"The Harbour Gazette first reported that {CLAIM}.", "Harbour Gazette", "The Harbour Gazette"),
    (f"The Harbour Gazette is reporting that {CLAIM}.", "Harbour Gazette", "The Harbour Gazette"),
    (f"As first reported by the Harbour Gazette, {CLAIM}.", "Harbour Gazette", "the Harbour Gazette"),
    (f"{CLAIM[0].upper()}{CLAIM[1:]}, according to the Harbour Gazette.", "Harbour Gazette", "the Harbour Gazette"),
    (f"Citing the Harbour Gazette, the council said {CLAIM}.", "Harbour Gazette", "the Harbour Gazette"),
    (f"The mayor said {CLAIM}, the Harbour Gazette reported.", "Harbour Gazette", "the Harbour Gazette"),
    (f"A report by the Harbour Gazette said {CLAIM}.", "Harbour Gazette", "the Harbour Gazette"),
    (f"The Harbour Gazette's report said {CLAIM}.", "Harbour Gazette", "The Harbour Gazette"),
    (f"A Harbour Gazette investigation found that {CLAIM}.", "Harbour Gazette", "Harbour Gazette"),
    (f"The report, published by the Harbour Gazette, said {CLAIM}.", "Harbour Gazette", "the Harbour Gazette"),
    (f"Writing in the Harbour Gazette, the mayor said {CLAIM}.", "Harbour Gazette", "the Harbour Gazette"),
    (f"In a column for the Harbour Gazette, the mayor wrote that {CLAIM}.", "Harbour Gazette", "the Harbour Gazette"),
    (f"In remarks broadcast by Volta One, the mayor said {CLAIM}.", "Volta One", "Volta One"),
    (f"The mayor said on Volta One's breakfast programme that {CLAIM}.", "Volta One", "Volta One"),
    (f"The Harbour Gazette has learned that {CLAIM}.", "Harbour Gazette", "The Harbour Gazette"),
    (f"Volta One understands that {CLAIM}.", "Volta One", "Volta One"),
    (f"{CLAIM[0].upper()}{CLAIM[1:]} (Harbour Gazette).", "Harbour Gazette", "Harbour Gazette"),
    (f"Speaking to NRT One, Anders Brekke-Moe said {CLAIM}.", "NRT One", "NRT One"),
    (f"{CLAIM[0].upper()}{CLAIM[1:]}, a council engineer told the news agency Kestrel Wire.", "Kestrel Wire",
     "Kestrel Wire"),
    (f"{CLAIM[0].upper()}{CLAIM[1:]}, a council engineer told the news agency Kestrelwire.", "Kestrelwire",
     "Kestrelwire"),
    (f"The public broadcaster Volta One interviewed the mayor on Monday. The mayor told the broadcaster that {CLAIM}.",
     "Volta One", "Volta One"),
])
def test_each_form_credits_the_outlet(analyzer, text, outlet, credit):
    assert credits_of(analyzer, text, outlet) == [[credit]]


@pytest.mark.parametrize("text", [
    f"The mayor said {CLAIM}.",
    f"Writing about the quay, the mayor said {CLAIM}.",
    f"The mayor, who has often criticised Volta One, said {CLAIM}.",
    f"The mayor told reporters that {CLAIM}.",
    f"The mayor told the Volta One Foundation that {CLAIM}.",
    # "the agency" after a credit of the article's own outlet (the Valley Herald's) is the body, not the Herald
    f"An agency spokesperson told the Valley Herald that the river rose overnight. The agency said {CLAIM}.",
])
def test_near_misses_credit_no_outlet(analyzer, text):
    assert credits_of(analyzer, text, "Volta One") == [[]]


def test_the_agencys_own_later_story_is_no_copy_of_its_earlier_one():
    wire = Analysis("w", Article(text=WIRE, outlet="Kestrel Wire", published="2024-01-01", id="w"), [])
    update = Analysis("u", Article(text=f"DUNMORE, Jan 2 (Kestrel Wire) - {REWORDED}", outlet="Kestrel Wire",
                                   published="2024-01-02", id="u"), [])
    assert "copy" not in [e.kind for e in build_trace([wire, update], same).edges]
