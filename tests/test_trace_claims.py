"""Claim clauses (`trace.claim_parts`, `trace.claim_nodes`): a sentence that carries two claims is traced claim by
claim. Every sentence here is written for these tests."""
from __future__ import annotations

import numpy as np
import pytest

from sourcetrace.link.drift import _phrases
from sourcetrace.link.trace import TraceSettings, build_trace, claim_parts, nodes_of
from sourcetrace.models import Analysis, Article, Attribution, Source


def parts(text: str, **kw) -> list[str]:
    return [text[s:e] for (s, e), _ in claim_parts(text, (0, len(text)), **kw)]


# (a) a participial clause that states a further event: one sentence of our own for each participle of the list
RESULT = {
    "trapping": "A landslide blocked the mountain road before dawn, trapping nine hikers above the pass",
    "killing": "A fire swept through the timber yard on Sunday night, killing three horses in the stables",
    "injuring": "A tram left the rails near the depot, injuring eleven passengers on board",
    "wounding": "A gunman opened fire outside the stadium, wounding four stewards near the gate",
    "leaving": "A storm brought down power lines across the valley, leaving 4,000 homes without electricity",
    "forcing": "A gas leak was found under the market square, forcing the evacuation of two schools",
    "stranding": "The ferry operator cancelled every crossing on Friday, stranding about 900 travellers at the port",
    "prompting": "Shares in the brewer fell sharply on Monday, prompting calls for the chairman to resign",
    "sending": "The river burst its banks overnight, sending floodwater into the old town centre",
    "causing": "A crane collapsed onto the ring road, causing long delays for morning commuters",
    "cutting": "The council closed the branch library in March, cutting opening hours for the whole district",
    "upholding": "The appeal court dismissed the challenge on Tuesday, upholding the ban on night flights",
    "overturning": "The high court ruled for the fishermen on Friday, overturning the ban on winter trawling",
}


def test_the_participle_list_is_the_one_tested():
    assert sorted(_phrases("result_participles")) == sorted(RESULT)


@pytest.mark.parametrize("participle", sorted(RESULT))
def test_a_participial_clause_stating_a_further_event_is_a_claim_of_its_own(participle):
    text = RESULT[participle]
    main, rest = text.split(f", {participle} ")
    assert parts(text) == [main, f"{participle} {rest}"]


@pytest.mark.parametrize("text", [
    # a participle that only tells how or while the first event happened
    "Hundreds of residents marched to the town hall on Saturday, saying the new bypass was unsafe",
    "The regulator fined the water company two million pounds, citing repeated leaks from the reservoir",
    "Engineers lifted the damaged span into place overnight, using the largest crane in the country",
    # a result participle with no comma: part of the noun phrase it follows
    "Rescuers reached the landslide trapping nine hikers above the pass",
    # a main clause too short to stand apart
    "It flooded, trapping nine hikers above the pass",
])
def test_no_claim_clause_for_a_participle_of_manner_or_one_not_set_off(text):
    assert parts(text) == []


# (b) coordinated full clauses, each with a subject of its own
@pytest.mark.parametrize("text,second", [
    ("Forty passengers were taken off the stranded ferry, and twelve went to hospital with hypothermia",
     "twelve went to hospital with hypothermia"),
    ("The council closed the old bridge on Monday, and the bus company has moved two routes",
     "the bus company has moved two routes"),
    ("The factory lost its biggest customer in May, and about 300 workers were laid off",
     "about 300 workers were laid off"),
])
def test_coordinated_clauses_with_subjects_of_their_own_are_two_claims(text, second):
    first = text.split(", and ")[0]
    assert parts(text) == [first, second]


@pytest.mark.parametrize("word", _phrases("finite_pasts"))
def test_each_irregular_past_shows_a_clause_of_its_own(word):
    text = f"The harbour wall was breached during the storm, and several of the moored boats {word} with the tide"
    assert parts(text)[1] == f"several of the moored boats {word} with the tide"


@pytest.mark.parametrize("text", [
    # a second predicate of the same subject: no subject of its own
    "The mayor visited the flooded streets on Sunday, and was booed by angry residents",
    # an adverb, not a subject, before the verb
    *[f"The mayor visited the flooded streets on Sunday, and {adverb} met the families of the missing"
      for adverb in _phrases("clause_adverbs")],
    # a comment on the first clause, which it refers back to with "it"
    "The crew followed every safety rule on the night, and the flight records will prove it",
    # no comma: the coordination may join two objects or two predicates
    "The council closed the old bridge and the bus company has moved two routes",
])
def test_no_coordinated_claim_without_a_subject_of_its_own_or_one_that_refers_back(text):
    assert parts(text) == []


# (c) two that-clauses after one reporting verb
def test_two_that_clauses_after_one_reporting_verb_are_two_claims():
    text = "the pier was unsafe and that repairs would take at least six weeks"
    assert parts(text, reported=True) == ["the pier was unsafe", "repairs would take at least six weeks"]
    # with a comma, too
    text = "the pier was unsafe, and that repairs would take at least six weeks"
    assert parts(text, reported=True) == ["the pier was unsafe", "repairs would take at least six weeks"]


@pytest.mark.parametrize("text,reported", [
    # "that" is the subject of the second clause: a demonstrative, not a second that-clause
    ("the pier was closed to the public and that was the end of the matter", True),
    # not a reported content: "that" may open anything
    ("the pier was unsafe and that repairs would take at least six weeks", False),
])
def test_no_second_that_clause_when_that_is_a_pronoun_or_nothing_is_reported(text, reported):
    assert parts(text, reported=reported) == []


# (d) a contrast whose second side denies a phrase parallel to the first
@pytest.mark.parametrize("text,first,second,compared", [
    ("The blackout was caused by a fault at the substation, not by sabotage",
     "The blackout was caused by a fault at the substation", "not by sabotage",
     "The blackout was caused not by sabotage"),
    ("The blackout was caused by a fault at the substation and not by sabotage",
     "The blackout was caused by a fault at the substation", "not by sabotage",
     "The blackout was caused not by sabotage"),
    ("The museum will reopen in the autumn rather than in the spring",
     "The museum will reopen in the autumn", "rather than in the spring",
     "The museum will reopen not in the spring"),
])
def test_a_contrast_denying_a_parallel_phrase_is_a_claim_of_its_own(text, first, second, compared):
    found = claim_parts(text, (0, len(text)))
    assert [text[s:e] for (s, e), _ in found] == [first, second]
    assert found[1][1] == compared  # compared with what it denies, not as a bare phrase


@pytest.mark.parametrize("text,quoted", [
    # a contrasted noun phrase says what the first claim is
    ("Drivers for the taxi app are employees of the firm, not self-employed contractors", False),
    # no parallel phrase: "for" is not in the first side
    ("The harbour flooded again on Sunday, not for the first time", False),
    # a plain negation, not set off by a comma or "and"
    ("Officials at the port said the minister was not in the building", False),
    # in a speaker's own words, a contrast is the speaker's emphasis of one remark
    ("We heard about it from the radio, not from the council", True),
])
def test_no_contrast_claim_for_a_noun_phrase_a_plain_negation_or_a_quote(text, quoted):
    assert parts(text, quoted=quoted) == []


def article(aid: str, text: str, date: str, outlet: str, atts=()) -> Analysis:
    return Analysis(aid, Article(text=text, id=aid, outlet=outlet, published=date), list(atts))


def test_a_sentence_of_two_claims_is_two_claim_nodes_beside_the_sentence():
    text = "A storm brought down power lines across the valley, leaving 4,000 homes without electricity."
    nodes = nodes_of(article("a", text, "2026-01-02", "Vale Post"), 0)
    assert [(n.id, n.text, n.claim_of) for n in nodes] == [
        ("a-c1", "A storm brought down power lines across the valley", "a-s1"),
        ("a-c2", "leaving 4,000 homes without electricity", "a-s1"),
        ("a-s1", text, ""),
    ]


def test_a_reported_content_of_two_that_clauses_is_two_claims_of_its_speaker():
    text = "The harbour master said the pier was unsafe and that repairs would take at least six weeks."
    content = "the pier was unsafe and that repairs would take at least six weeks"
    at = text.index(content)
    att = Attribution(Source("The harbour master", "person", (0, 18)), "said", content, "indirect",
                      cue_span=(19, 23), content_spans=[(at, at + len(content))])
    nodes = nodes_of(article("a", text, "2026-01-02", "Vale Post", [att]), 0)
    claims = [n for n in nodes if n.claim_of == "a-1"]
    assert [(n.text, n.attribution) for n in claims] == [("the pier was unsafe", att),
                                                        ("repairs would take at least six weeks", att)]


def exact(*pairs: tuple[str, str, float]):
    """A similarity function: `level` between the two texts of each pair (a trailing full stop aside), 0.1 else."""
    def sims(texts):
        plain = [t.rstrip(".") for t in texts]
        m = np.full((len(texts), len(texts)), 0.1)
        np.fill_diagonal(m, 1.0)
        for first, second, level in pairs:
            for i, x in enumerate(plain):
                for j, y in enumerate(plain):
                    if x == first.rstrip(".") and y == second.rstrip("."):
                        m[i, j] = m[j, i] = level
        return m
    return sims


def traced(origin: str, retelling: str, *pairs: tuple[str, str, float]):
    analyses = [article("o", origin, "2026-01-01", "Vale Wire"), article("r", retelling, "2026-01-03", "Hill Paper")]
    graph = build_trace(analyses, exact(*pairs), TraceSettings())
    return sorted((graph.node(e.child).text, graph.node(e.parent).text) for e in graph.edges)


FIRST = "A storm brought down power lines across the valley on Sunday"
SECOND = "leaving 4,000 homes without electricity"
WHOLE = f"{FIRST}, {SECOND}."
SPLIT = f"{WHOLE} Engineers from three other counties were sent to help with the repairs."


def test_a_retelling_that_passes_on_one_claim_links_by_that_claim_alone():
    claim = "some 4,000 homes were still without electricity"
    retelling = f"Residents met in the church hall on Monday evening, and {claim}."
    assert traced(SPLIT, retelling, (claim, SECOND, 0.9), (claim, WHOLE, 0.85),
                  (retelling, WHOLE, 0.7)) == [(claim, SECOND)]


def test_each_claim_of_a_sentence_passed_on_links_to_its_own_claim_in_the_source():
    first = "Power lines across the valley were brought down by a storm on Sunday"
    second = "about 4,000 homes were left without electricity"
    retelling = f"{first}, and {second}."
    # the second claim is a little closer to the whole sentence than to its own claim there: it is that claim's
    assert traced(SPLIT, retelling, (first, FIRST, 0.9), (second, SECOND, 0.87), (first, WHOLE, 0.85),
                  (second, WHOLE, 0.9), (retelling, WHOLE, 0.9)) == [(first, FIRST), (second, SECOND)]


def test_two_claims_passed_on_from_one_statement_that_carries_both_are_one_edge_of_the_whole():
    origin = ("The storm that brought down power lines across the valley on Sunday left 4,000 homes without "
              "electricity. Engineers from three other counties were sent to help with the repairs.")
    carried = origin.split(". ")[0] + "."
    assert traced(origin, WHOLE, (FIRST, carried, 0.85), (SECOND, carried, 0.85),
                  (WHOLE, carried, 0.95)) == [(WHOLE, carried)]
