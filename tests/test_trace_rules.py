"""The tracing rules that need no model, each on sentences written for it: closing credits, the pieces of a
long quote, a false credit of a person's words, certainty phrases and shared stretches in the stance check,
a document with its author named, and a retelling that changes only a number."""
from __future__ import annotations

import numpy as np
import pytest

from sourcetrace.link.drift import CERTAINTY, Statement, _phrases, hedge_drift, source_drift, stance_drift
from sourcetrace.link.trace import Node, build_trace, claim_words, names_speaker, number_variant, pieces, trailing_credit
from sourcetrace.models import Analysis, Article, Attribution, Source


def said(speaker: str, content: str, kind: str = "person", stance: str = "assert", quote: str = "indirect") -> Attribution:
    return Attribution(source=Source(text=speaker, kind=kind), cue="said", content=content, quote=quote, stance=stance,
                       content_spans=[(0, len(content))])


def statement(att: Attribution) -> Statement:
    return Statement(att.content, (0, len(att.content)), att, att.content)


@pytest.mark.parametrize("text,name", [
    ("the bridge will reopen next week, Reuters reported", "Reuters"),
    ("the bridge will reopen next week, according to the Daily Planet.", "the Daily Planet"),
    ("the bridge will reopen next week, the Evening Star says", "the Evening Star"),
    ("the bridge will reopen next week, the Evening Star wrote.", "the Evening Star"),
])
def test_a_credit_closing_a_content_names_the_outlet(text, name):
    found = trailing_credit(text)
    assert found and found[0] == name and text[:found[1]] == "the bridge will reopen next week"


def test_no_closing_credit_in_a_plain_content_or_one_ending_in_a_clause():
    assert trailing_credit("the bridge will reopen next week") is None
    assert trailing_credit("the bridge, which flooded, will reopen next week") is None


def test_a_long_quote_is_also_compared_sentence_by_sentence():
    quote = ("This was a hard choice for every one of us. We will open the new museum to visitors next spring. "
             "Our staff will welcome school groups from across the region.")
    assert pieces(quote) == [quote, "This was a hard choice for every one of us.",
                             "We will open the new museum to visitors next spring.",
                             "Our staff will welcome school groups from across the region."]
    assert pieces("We will open the new museum to visitors next spring.") == [
        "We will open the new museum to visitors next spring."]


def test_a_persons_words_come_only_from_an_article_that_names_them():
    node = Node("x-1", 0, "iodine is crucial", (0, 17), said("Professor Jane Roe", "iodine is crucial"))
    naming = Analysis("a", Article(text="Professor Roe said children lack iodine.", id="a"), [])
    silent = Analysis("b", Article(text="Researchers said children lack iodine.", id="b"), [])
    assert names_speaker(naming, node) and not names_speaker(silent, node)
    anonymous = Node("x-2", 0, "iodine is crucial", (0, 17), said("researchers", "iodine is crucial", "anonymous"))
    assert names_speaker(silent, anonymous)


def test_a_false_credit_of_a_persons_words_is_no_relay():
    origin = Analysis("o", Article(text="Researchers said almost half of the children in the state lack iodine.",
                                   outlet="Southern Cross", published="2024-01-01", id="o"), [])
    content = "almost half of the children in the state lack iodine"
    text = f"Professor Jane Roe said {content}, according to the Southern Cross."
    att = said("Professor Jane Roe", content)
    att.cites, att.content_spans = "the Southern Cross", [(24, 24 + len(content))]
    retelling = Analysis("r", Article(text=text, outlet="Daily Planet", published="2024-01-02", id="r"), [att])

    def same(texts):  # every statement the same claim: only the rules decide
        return np.ones((len(texts), len(texts)))

    assert [e for e in build_trace([origin, retelling], same).edges if e.kind == "relay"] == []
    origin.article.text = "Professor Roe said almost half of the children in the state lack iodine."
    assert [e.kind for e in build_trace([origin, retelling], same).edges] == ["relay"]


@pytest.mark.parametrize("phrase", _phrases("certainty_phrases"))
def test_each_certainty_phrase_affirms_what_follows(phrase):
    sentence = {"no question": "There is no question the bridge should have been rebuilt",
                "no doubt": "There is no doubt the bridge should have been rebuilt",
                "without doubt": "Without doubt the bridge should have been rebuilt",
                "without a doubt": "Without a doubt the bridge should have been rebuilt",
                "not only": "Not only the bridge should have been rebuilt"}[phrase]
    assert CERTAINTY.search(sentence)
    before = statement(said("The mayor", sentence))
    after = statement(said("A councillor", "the bridge should have been rebuilt"))
    assert stance_drift(before, after) == []
    flipped = statement(said("A councillor", "the bridge should not have been rebuilt"))
    assert [d.kind for d in stance_drift(before, flipped)] == ["stance"]


def test_a_negation_in_a_clause_only_one_side_has_does_not_flip_the_stance():
    before = statement(said("Officials", "every claim will be assessed on its merits, and no one will be refused"))
    after = statement(said("A spokesman", "every claim will be assessed on its merits"))
    assert stance_drift(before, after) == []
    denied = statement(said("A spokesman", "not every claim will be assessed on its merits"))
    assert [d.kind for d in stance_drift(before, denied)] == ["stance"]


def test_a_document_with_its_author_named_is_no_change_of_kind():
    before = statement(said("Cornyn's statement", "Houston should have been chosen", kind="document"))
    after = statement(said("A Texas senator", "Houston should have been chosen"))
    assert source_drift(before, after, set()) == []
    unowned = statement(said("the report", "Houston should have been chosen", kind="document"))
    assert [d.kind for d in source_drift(unowned, after, set())] == ["source"]


def test_numbers_are_compared_by_value_and_kept_apart_from_the_other_words():
    values, words = claim_words("At least two thousand people and 2,000 cars crossed the bridge")
    assert values == {"2", "2000"} and words == {"thousand", "people", "cars", "crossed", "bridge"}


@pytest.mark.parametrize("later,earlier,same_claim", [
    ("The mill paid 46 workers a bonus of 500 pounds last year.",
     "The mill paid 64 workers a bonus of 500 pounds last year, the union said.", True),
    ("The inquiry heard from 530 witnesses in 40 towns.",
     "A public inquiry into the floods heard from 350 witnesses - aged 18 to 90 - in 40 towns.", True),
    # the same figures: not this rule's case (the embedding alone decides)
    ("The mill paid 64 workers a bonus last year.", "The mill paid 64 workers a bonus last year, the union said.", False),
    # a figure left out is no figure changed
    ("The mill paid its workers a bonus of 500 pounds.", "The mill paid 64 workers a bonus of 500 pounds.", False),
    # the same topic, another figure, other words
    ("The mill hired 46 new apprentices in the spring.", "The mill paid 64 workers a bonus of 500 pounds.", False),
    ("Volunteers rescued 300 pets from flooded homes in the valley.",
     "Ambulance crews rescued 212 people from flooded homes in the valley on Tuesday.", False),
    # no number on one side
    ("The mill paid its workers a bonus last year.", "The mill paid 64 workers a bonus last year.", False),
])
def test_a_retelling_that_changes_only_a_number_is_a_number_variant(later, earlier, same_claim):
    assert number_variant(claim_words(later), claim_words(earlier), 0.75) is same_claim


def test_the_same_hedge_word_on_both_sides_is_kept_whichever_side_marked_it():
    quoted = said("The letter", "late forms may lead to a refusal", quote="direct")  # the extractor leaves a quote's modal
    retold = said("A letter", "late forms may lead to a refusal")
    retold.hedge = "may"
    assert hedge_drift(statement(quoted), statement(retold)) == []
    assert hedge_drift(statement(retold), statement(quoted)) == []
    plain = said("A letter", "late forms lead to a refusal")
    assert [d.change for d in hedge_drift(statement(retold), statement(plain))] == ["hedge dropped ('may')"]


def test_the_same_name_on_both_sides_is_one_source_whatever_kind_each_side_gave_it():
    before = statement(said("Okafor", "the ferry was sold in May", kind="organization"))
    after = statement(said("Okafor", "the ferry was sold in May"))
    assert source_drift(before, after, set()) == []
    nationals = statement(said("Nigerian police", "the ferry was sold in May", kind="government"))
    officer = statement(said("A Nigerian policeman", "the ferry was sold in May"))
    assert [d.change for d in source_drift(nationals, officer, set())] == [
        "institution -> person: 'Nigerian police' -> 'A Nigerian policeman'"]
    other = statement(said("the ferry company", "the ferry was sold in May", kind="organization"))
    assert [d.change for d in source_drift(other, after, set())] == [
        "institution -> person: 'the ferry company' -> 'Okafor'"]


def test_a_plural_pronoun_is_several_sources():
    before = statement(said("they", "the museum roof leaks", kind="anonymous"))
    after = statement(said("A museum official", "the museum roof leaks", kind="anonymous"))
    assert [d.change for d in source_drift(before, after, set())] == [
        "several -> one: 'they' -> 'A museum official'"]
