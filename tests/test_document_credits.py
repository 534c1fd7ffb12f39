"""A document credited by its kind, not by its publisher: "according to the report", "a major study has found", "the
inquiry's findings", "The harbour board's report, published on Monday, says". The statement credits the stored
article that is such a document (or reports one) and carries it, so its edge is a relay (`trace.document_credits`,
`trace.document_sources`; `link/data/document_kinds.txt`, `link/data/document_frames.txt`). Sentences written for
these tests, with near misses: no stored document of that kind, a document of another kind, a later document, an
owner that is not the article's outlet, "reported" as a verb, "the report card".
"""
from __future__ import annotations

import numpy as np
import pytest

from sourcetrace.link.drift import _phrases
from sourcetrace.link.trace import DOCUMENT_KINDS, build_trace, document_credits
from sourcetrace.models import Analysis, Article


def same(texts):  # every statement the same claim: only the rules decide
    return np.ones((len(texts), len(texts)))


CLAIM = "the harbour wall at Port Aske is cracked in three places"


# --- reading ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("noun", [n for line in _phrases("document_kinds") for n in line.split() if n != "any"])
def test_each_document_noun_is_read_with_its_kind(noun):
    plural = noun + ("s" if noun in ("finding", "result", "conclusion") else "")
    credits = document_credits(f"The {plural} says {CLAIM}.")
    assert [(c.phrase, c.kind) for c in credits] == [(f"The {plural}", DOCUMENT_KINDS[noun])]


@pytest.mark.parametrize("line", _phrases("document_frames"))
def test_each_document_frame_credits_the_document(line):
    sentence = line.replace("D", "the audit") + f" that {CLAIM}."
    credits = document_credits(sentence[0].upper() + sentence[1:])
    assert ("the audit", "audit") in {(c.phrase.lower(), c.kind) for c in credits}, sentence


@pytest.mark.parametrize("sentence,phrase,kind,owner", [
    (f"According to the report, {CLAIM}.", "the report", "report", None),
    (f"The harbour board's report, published on Monday, says {CLAIM}.", "The harbour board's report", "report",
     "The harbour board"),
    (f"The board's own report describes how {CLAIM}.", "The board's own report", "report", "The board"),
    (f"Divers are worried, a damning report has revealed: {CLAIM}.", "a damning report", "report", None),
    (f"A survey published on Friday found that {CLAIM}.", "A survey", "survey", None),
    (f"The study's authors wrote that {CLAIM}.", "The study", "study", None),
    (f"The inquiry's findings show that {CLAIM}.", "The inquiry", "investigation", None),
    (f"The findings show that {CLAIM}.", "The findings", "any", None),
    (f"According to a 2019 study by the Aske Coastal Institute, {CLAIM}.", "a 2019 study", "study",
     "the Aske Coastal Institute"),
    (f"{CLAIM[0].upper()}{CLAIM[1:]}, an Aske Coastal Institute survey found.", "an Aske Coastal Institute survey",
     "survey", "Aske Coastal Institute"),
])
def test_what_a_document_credit_reads(sentence, phrase, kind, owner):
    found = document_credits(sentence)
    assert [(c.phrase, c.kind, c.owner) for c in found][:1] == [(phrase, kind, owner)]


def test_a_statement_said_in_a_statement_is_its_speakers():
    [credit] = document_credits(f"The harbour master said in a statement that {CLAIM}.")
    assert credit.by_speaker and credit.owner is None


@pytest.mark.parametrize("sentence", [
    f"The Harbour Gazette reported that {CLAIM}.",  # "reported" is a verb
    f"According to the report card, {CLAIM}.",  # a report card
    f"The report card says {CLAIM}.",
    f"Eastman, the paper said, believes {CLAIM}.",  # the paper: as often a newspaper
    f"The harbour master said the collapse was under investigation and {CLAIM}.",
    f"In a trial of 300 divers, {CLAIM}.",  # what happened in it, no credit
    f"The Fleet Street Review says {CLAIM}.",  # a name
    f"Divers said {CLAIM}.",
])
def test_no_document_credit_in_near_misses(sentence):
    assert document_credits(sentence) == []


# --- resolving -------------------------------------------------------------------------------------------------------

ORIGIN = (f"An inspection of the harbour has found that {CLAIM}. The quay will stay open to small boats. "
          "The north wall will be shored up with steel piles before the summer.")
BOARD = "Aske Harbour Board"


def traced(text: str, title: str = "Harbour wall: inspection report published", date: str = "2024-03-01",
           outlet: str = BOARD, url: str = "https://askeharbour.example/news/harbour-wall-report",
           similarity=same, others=()):
    origin = Analysis("o", Article(text=ORIGIN, outlet=outlet, published=date, id="o", title=title, url=url), [])
    retelling = Analysis("r", Article(text=text, outlet="Valley Herald", published="2024-03-02", id="r",
                                      url="https://valleyherald.example/r"), [])
    graph = build_trace([origin, *others, retelling], similarity)
    return graph, [(n.credits, graph.parent_edge(n.id).kind if graph.parent_edge(n.id) else None)
                   for n in graph.nodes if n.article == len(others) + 1 and not n.holds]


@pytest.mark.parametrize("text", [
    f"According to the report, {CLAIM}.",
    f"The harbour board's report, published on Friday, says {CLAIM}.",
    f"The board's own report says {CLAIM}.",
    f"Boat owners are alarmed after a damning report revealed that {CLAIM}.",
])
def test_a_document_credited_by_its_kind_credits_the_stored_document_and_is_a_relay(text):
    graph, found = traced(text)
    assert found == [([BOARD], "relay")]
    edge = graph.parent_edge(next(n.id for n in graph.nodes if n.article == 1 and not n.holds))
    assert "credits '" in edge.evidence and "report" in edge.evidence.split(":")[0]


def test_a_statement_of_the_article_without_the_credit_relays_the_document_credited_elsewhere():
    graph, found = traced(f"According to the report, {CLAIM}. The quay will stay open to small boats.")
    assert found == [([BOARD], "relay"), ([], "relay")]


def test_an_article_reporting_the_document_stands_in_when_the_document_is_not_stored():
    graph, found = traced(f"According to the report, {CLAIM}.", title="Harbour wall cracked",
                          url="https://harbourgazette.example/news/wall", outlet="Harbour Gazette")
    assert found == [(["Harbour Gazette"], "relay")]  # its text names an inspection, a report's kind


@pytest.mark.parametrize("kwargs", [
    {"title": "Harbour wall cracked, divers find", "url": "https://askeharbour.example/news/wall"},  # no document
])
def test_no_credit_without_a_stored_document_of_that_kind(kwargs):
    origin_text = f"Divers have found that {CLAIM}. The quay will stay open to small boats."
    origin = Analysis("o", Article(text=origin_text, outlet=BOARD, published="2024-03-01", id="o", **kwargs), [])
    retelling = Analysis("r", Article(text=f"According to the report, {CLAIM}.", outlet="Valley Herald",
                                      published="2024-03-02", id="r"), [])
    graph = build_trace([origin, retelling], same)
    assert [n.credits for n in graph.nodes if n.article == 1 and not n.holds] == [[]]


def test_no_credit_of_a_same_day_retelling_that_credits_the_articles_own_outlet(analyzer, similarity):
    """A paper's exclusive says "the report ... shows"; the wire's retelling of it, the same day, reports that report
    too and credits the paper: the wire retells the paper, so the paper's words do not come from the wire."""
    from sourcetrace.models import Document, FeedMeta

    def article(text: str, outlet: str, title: str) -> Analysis:
        return analyzer.analyze(Document(outlet, text, "text", feed=FeedMeta(title=title, outlet=outlet,
                                                                             published="2024-03-04")))

    exclusive = article(f"An internal report seen by the Harbour Gazette shows that {CLAIM}. The report, prepared for "
                        "the harbour board, shows that the north wall will need steel piles before the summer.",
                        "Harbour Gazette", "Exclusive: Port Aske harbour wall cracked in three places")
    wire = article(f"{CLAIM[0].upper()}{CLAIM[1:]}, the Harbour Gazette reported on Monday, citing an internal report. "
                   "An internal report seen by the newspaper showed the north wall needed steel piles before the "
                   "summer, the Gazette said.", "Aske Wire", "Port Aske harbour wall cracked - paper")
    graph = build_trace([exclusive, wire], similarity)
    assert len(graph.edges) == 2 and all(graph.node(e.child).article == 1 for e in graph.edges)


def test_no_credit_of_a_document_of_another_kind():
    _, found = traced(f"According to the survey, {CLAIM}.")  # the stored document is an inspection report
    assert found[0][0] == []


def test_no_credit_of_a_later_document():
    _, found = traced(f"According to the report, {CLAIM}.", date="2024-03-05")
    assert found == [([], None)]


def test_no_credit_when_the_owner_named_is_not_the_documents_outlet():
    _, found = traced(f"The council's report says {CLAIM}.")
    assert found[0][0] == []


def test_no_credit_when_the_retold_statement_is_not_carried():
    def apart(texts):  # nothing alike
        return np.eye(len(texts))

    _, found = traced(f"According to the report, {CLAIM}.", similarity=apart)
    assert found == [([], None)]


@pytest.mark.parametrize("text", [
    f"The Harbour Gazette reported that {CLAIM}.",
    f"According to the report card, {CLAIM}.",
])
def test_near_misses_credit_no_document(text):
    _, found = traced(text)
    assert found[0][0] == []


def test_the_document_itself_over_an_article_reporting_it():
    report = Analysis("g", Article(text=ORIGIN, outlet="Harbour Gazette", published="2024-03-01", id="g",
                                   title="Harbour wall cracked", url="https://harbourgazette.example/news/wall"), [])
    _, found = traced(f"According to the report, {CLAIM}.", others=[report])
    assert found == [([BOARD], "relay")]


def test_a_document_credit_is_no_attribution_dropped(analyzer):
    from sourcetrace.models import Document, FeedMeta

    origin = analyzer.analyze(Document("o", f"Engineers said {CLAIM}.", "text",
                                       feed=FeedMeta(title="Harbour wall: inspection report published", outlet=BOARD,
                                                     published="2024-03-01")))
    assert origin.attributions
    text = f"{CLAIM[0].upper()}{CLAIM[1:]}, the report says."
    retelling = Analysis("r", Article(text=text, outlet="Valley Herald", published="2024-03-02", id="r"), [])
    graph = build_trace([origin, retelling], same)
    [edge] = [e for e in graph.edges if e.child.startswith("r-")]
    assert edge.kind == "relay" and not [d for d in edge.drift if d.kind == "attribution"]


@pytest.mark.parametrize("sentence,phrase", [
    (f"The trial of 300 divers found that {CLAIM}.", "The trial"),
    (f"An inquiry into the collapse concluded that {CLAIM}.", "An inquiry"),
])
def test_what_a_document_is_of_or_into_may_stand_before_its_verb(sentence, phrase):
    assert [c.phrase for c in document_credits(sentence)] == [phrase]


def alike(texts):  # statements naming the quay or the north wall say the same; the rest nothing alike
    marked = np.array([("quay" in t or "north wall" in t) for t in texts])
    return np.maximum(np.outer(marked, marked).astype(float), np.eye(len(texts)))


LEDE = "Boat owners face a summer of chaos after inspectors found the harbour crumbling, a damning report has revealed."


def test_a_lede_summing_up_the_story_credits_the_document_its_article_passes_on():
    """"..., a damning report has revealed" on a lede that sums the story up in words of its own: the report is the
    stored one whose statements the article goes on to pass on (two or more)."""
    text = f"{LEDE} The quay will stay open to small boats. The north wall will be shored up with steel piles."
    _, found = traced(text, similarity=alike, others=())
    assert found[0] == ([BOARD], None) and all(credits == [BOARD] or kind == "relay" for credits, kind in found)
    assert [kind for _, kind in found[1:]] == ["relay", "relay"]


def test_a_lede_whose_article_passes_on_one_statement_of_the_document_credits_nothing():
    _, found = traced(f"{LEDE} The quay will stay open to small boats.", similarity=alike)
    assert found[0][0] == []
