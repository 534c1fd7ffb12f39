"""Headlines are analysed too: their attributions point into the title and say part="title"."""
from __future__ import annotations

import pytest

from sourcetrace.attribution.headlines import headline_case
from sourcetrace.models import Analysis, Article, joined

BODY = "The council met on Monday and approved the budget."


@pytest.fixture
def headline(analyzer):
    def _headline(title: str):
        body, _, found = analyzer.extractor.extract_with_entities(Article(text=BODY, title=title))
        assert body == []  # the body's attributions are the body's alone
        for a in found:
            assert a.part == "title" and a.id.startswith("T")
            assert joined(title, a.content_spans) == a.content
            assert title[slice(*a.source.span)] == a.source.text and title[slice(*a.cue_span)] == a.cue
        return found
    return _headline


def only(found):
    assert len(found) == 1, [(a.source.text, a.cue, a.content) for a in found]
    return found[0]


@pytest.mark.parametrize("title, source, kind, content", [
    ("Iran probably did not order drone attack: Report", "Report", "document", "Iran probably did not order drone attack"),
    ("Officials: Storm could hit the coast tonight", "Officials", "anonymous", "Storm could hit the coast tonight"),
    ("Poll: Most voters back the new school budget", "Poll", "document", "Most voters back the new school budget"),
])
def test_a_colon_headline_attributes_to_its_source_side(headline, title, source, kind, content):
    a = only(headline(title))
    assert (a.source.text, a.source.kind, a.cue, a.content, a.quote) == (source, kind, ":", content, "indirect")


def test_a_colon_headline_keeps_its_hedge(headline):
    assert only(headline("Iran probably did not order drone attack: Report")).hedge == "probably"


def test_a_quoted_colon_headline_is_direct_without_its_marks(headline):
    a = only(headline("Officials: “The storm will hit the coast tonight”"))
    assert (a.source.text, a.content, a.quote) == ("Officials", "The storm will hit the coast tonight", "direct")


@pytest.mark.parametrize("title, source, cue, content", [
    ("Mayor says bridge will reopen in May", "Mayor", "says", "bridge will reopen in May"),
    ("Iran Probably Did Not Order Drone Attack, Officials Say", "Officials", "Say", "Iran Probably Did Not Order Drone Attack"),
    ("Pentagon Denies Russian Claims It Bombed Hospital", "Pentagon", "Denies", "It Bombed Hospital"),
])
def test_verb_headlines_in_sentence_and_title_case(headline, title, source, cue, content):
    a = only(headline(title))
    assert (a.source.text, a.cue, a.content) == (source, cue, content)
    assert a.stance == ("deny" if cue == "Denies" else "assert")


@pytest.mark.parametrize("title", [
    "Analysis: The economy is slowing faster than expected",  # a rubric, not a source
    "The Latest: Storms close schools across the county",
    "Car bombings near government offices kill at least 130",
    "Warning: Storm Will Hit Coast Tonight",
])
def test_headlines_that_attribute_nothing(headline, title):
    assert headline(title) == []


RUBRIC_HEADLINES = {rubric: f"{rubric.capitalize()}: Storms close schools across the county" for rubric in (
    "analysis opinion explainer editorial review factbox fact-check timeline update live breaking exclusive "
    "latest podcast video photos watch comment interview").split()}


def test_every_rubric_labels_a_headline_without_attributing_it(headline):
    from sourcetrace.attribution.lexicon import HEADLINE_RUBRICS

    assert set(RUBRIC_HEADLINES) == HEADLINE_RUBRICS
    for title in RUBRIC_HEADLINES.values():
        assert headline(title) == [], title


def test_headline_case_lowers_only_function_words_and_reporting_verbs():
    title = "Pentagon Denies Russian Claims It Bombed The Hospital"
    assert headline_case(title) == "Pentagon denies Russian claims it Bombed the Hospital"
    assert len(headline_case(title)) == len(title)


def test_title_attributions_are_reported_apart_from_the_body_s(analyzer):
    from sourcetrace.models import Document

    doc = Document(input="t.txt", kind="text", content="Iran did not order the attack: Report\n\n"
                   "Iran did not order the attack on the prime minister, officials told reporters on Monday. "
                   "The officials spoke on condition of anonymity because the findings were not yet public.\n")
    analysis = analyzer.analyze(doc)
    out = analysis.to_dict()
    assert [a["part"] for a in out["attributions"]] == ["body"]
    assert [(a["part"], a["source"]["text"]) for a in out["title_attributions"]] == [("title", "Report")]
    assert analysis.all_attributions() == analysis.attributions + analysis.title_attributions


def test_the_store_keeps_title_attributions_and_gives_them_back_apart(tmp_path, analyzer, entity_finder):
    from sourcetrace.link.stored import analysis_from_stored
    from sourcetrace.store import Store

    article = Article(text="Iran did not order the attack, officials told reporters on Monday.",
                      title="Iran did not order the attack: Report")
    body, entities, title = analyzer.extractor.extract_with_entities(article)
    analysis = Analysis("t.txt", article, body, entities, title)
    store = Store.open(str(tmp_path / "t.db"))
    store.save(analysis, "1.0", entity_finder.find(analysis))
    stored = store.article(article.id)
    assert [a["part"] for a in stored["attributions"]] == ["body", "title"]
    assert stored["title"][slice(*stored["attributions"][1]["content_spans"][0])] == "Iran did not order the attack"
    rebuilt = analysis_from_stored(stored)
    assert [a.content for a in rebuilt.attributions] == [a.content for a in body]
    assert [a.content for a in rebuilt.title_attributions] == [a.content for a in title]
    store.close()
