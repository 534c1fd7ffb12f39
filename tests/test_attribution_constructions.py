"""Constructions of English news prose that attribute a statement, one test per construction, on
sentences written for these tests. Runs the full extractor with the real spaCy model."""
from __future__ import annotations

import pytest

from sourcetrace.models import Article


@pytest.fixture
def run(analyzer):
    def _run(text: str):
        found = analyzer.extractor.extract(Article(text=text))
        for a in found:  # every span points at the words it names
            assert text[slice(*a.content_span)] == a.content
            assert text[slice(*a.source.span)] == a.source.text
        return found
    return _run


def by_content(found):
    return {a.content: a for a in found}


# ---------------------------------------------------------------- quotation marks

def test_doubled_apostrophes_are_double_quotation_marks(run):
    found = run("''The orchard lost half its trees,'' said Maria Lopez, a grower in Fresno. "
                "''We have never seen a frost like it.''")
    assert [(a.content, a.quote, a.source.text) for a in found] == [
        ("The orchard lost half its trees", "direct", "Maria Lopez, a grower in Fresno"),
        ("We have never seen a frost like it.", "direct", "Maria Lopez, a grower in Fresno"),
    ]


def test_doubled_apostrophes_in_a_mixed_quote(run):
    (a,) = run("Small farms may close ''because nobody can pay these prices,'' Mr. Okafor said.")
    assert a.quote == "mixed" and a.source.text == "Mr. Okafor"
    assert a.content.startswith("Small farms may close") and "nobody can pay these prices" in a.content


@pytest.mark.parametrize("text,content,cue", [
    ("“Why was the money there?” the auditor asked.", "Why was the money there?", "asked"),
    ("“We will win this!” he wrote on Monday.", "We will win this!", "wrote"),
    ("“Is anyone listening?” asked the mayor.", "Is anyone listening?", "asked"),
])
def test_question_or_exclamation_ends_the_quote_before_its_frame(run, text, content, cue):
    (a,) = run(text)
    assert (a.content, a.quote, a.cue) == (content, "direct", cue)


def test_question_before_a_sentence_with_its_own_content_is_not_taken(run):
    found = run("“Is anyone listening?” The mayor said that the council would vote in May.")
    assert [a.content for a in found] == ["the council would vote in May"]


# ---------------------------------------------------------------- cue words

@pytest.mark.parametrize("text,cue,content", [
    ("The mayor asked, “Is anyone listening?”", "asked", "Is anyone listening?"),
    ("A reporter asked the senator whether he would run again.", "asked", "whether he would run again"),
    ("She recalled that the factory had closed in 1998.", "recalled", "the factory had closed in 1998"),
    ("He mentioned that the vote had been delayed.", "mentioned", "the vote had been delayed"),
    ("The senator replied that the bill was dead.", "replied", "the bill was dead"),
    ("He pointed out that the bridge was older than the town.", "pointed", "the bridge was older than the town"),
    ("“This is a scandal,” she blurted out.", "blurted", "This is a scandal"),
    ("The letter reads: “We will not return to the table.”", "reads", "We will not return to the table."),
])
def test_cue_words(run, text, cue, content):
    (a,) = run(text)
    assert (a.cue, a.content) == (cue, content)


@pytest.mark.parametrize("text", [
    "He read the report on Monday.",  # reading a text is no statement; a text that reads is
    "Jones pointed to the flaws in the plan.",
    "The coach pointed at the scoreboard.",
])
def test_cue_words_that_need_their_construction(run, text):
    assert run(text) == []
