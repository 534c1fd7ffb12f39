"""One utterance is one attribution: a frame inside a sentence joins the quote's pieces; a new sentence does not."""
from __future__ import annotations

import pytest

from sourcetrace.attribution.utterances import merge_utterances
from sourcetrace.models import Article, Attribution, Source, joined


@pytest.fixture
def extract(analyzer):
    def _extract(text: str) -> list[Attribution]:
        found = analyzer.extractor.extract(Article(text=text))
        for a in found:
            assert joined(text, a.content_spans) == a.content
        return found
    return _extract


def pieces(found: list[Attribution]) -> list[tuple[str, list[str]]]:
    return [(a.source.text, a.content.split(" … ")) for a in found]


@pytest.mark.parametrize("text, speaker, said", [
    ("“We will rebuild the bridge,” the mayor said, “and we will do it before winter.”",
     "the mayor", ["We will rebuild the bridge", "and we will do it before winter."]),
    ('"The plan is dead," said Senator Maria Lopez, "and nobody in this building will revive it."',
     "Senator Maria Lopez", ["The plan is dead", "and nobody in this building will revive it."]),
    ("“We lost the vote,” the minister told reporters in Brussels, “but we did not lose the argument.”",
     "the minister", ["We lost the vote", "but we did not lose the argument."]),
])
def test_a_frame_inside_the_sentence_leaves_one_statement_in_pieces(extract, text, speaker, said):
    found = extract(text)
    assert pieces(found) == [(speaker, said)]
    assert found[0].quote == "direct" and found[0].id == "A1" and len(found[0].content_spans) == 2


def test_the_hedge_of_either_piece_is_the_statement_s(extract):
    (a,) = extract("“The bridge is safe,” the engineer said on Tuesday, “but it will probably need repairs next year.”")
    assert a.hedge == "probably"


def test_a_new_sentence_after_the_frame_is_a_statement_of_its_own(extract):
    found = extract("“We will rebuild the bridge,” the mayor said. “We will do it before winter.”")
    assert pieces(found) == [("the mayor", ["We will rebuild the bridge"]), ("the mayor", ["We will do it before winter."])]
    assert [a.id for a in found] == ["A1", "A2"]


def test_another_speaker_s_quote_is_not_joined(extract):
    found = extract("“The plan is dead,” the senator said, but her colleague said, “It is alive and well.”")
    assert pieces(found) == [("the senator", ["The plan is dead"]), ("her colleague", ["It is alive and well."])]


def said(text: str, content: str, frame: str = "the mayor said", part: str = "body") -> Attribution:
    """A statement whose source and cue are the words of the first `frame` in the text."""
    at, start = text.index(frame), text.index(content)
    return Attribution(source=Source("the mayor", "person", span=(at, at + 9)), cue="said", content=content,
                       quote="direct", cue_span=(at + 10, at + 14), content_spans=[(start, start + len(content))],
                       part=part)


def test_the_pieces_must_share_the_frame_and_one_paragraph():
    text = "“We will rebuild,” the mayor said,\n\n“before winter.”"
    assert len(merge_utterances([said(text, "We will rebuild"), said(text, "before winter.")], text)) == 2
    text = "“We will rebuild,” the mayor said, “before winter.”"
    assert len(merge_utterances([said(text, "We will rebuild"), said(text, "before winter.")], text)) == 1
    assert len(merge_utterances([said(text, "We will rebuild"), said(text, "before winter.", part="title")], text)) == 2


def test_a_quote_the_frame_says_came_later_is_another_utterance():
    text = "“We will rebuild,” the mayor said; and, later, “The bridge opens in May.”"
    assert len(merge_utterances([said(text, "We will rebuild"), said(text, "The bridge opens in May.")], text)) == 2


@pytest.fixture(scope="module")
def extract_joined():
    from sourcetrace.attribution import AttributionExtractor
    extractor = AttributionExtractor(join_continuations=True)
    return lambda text: extractor.extract(Article(text=text))


def test_joined_continuations_make_the_quoted_sentences_after_the_frame_one_statement(extract_joined, extract):
    text = ("“The plan is dead,” Ms. Reyes said after the vote. “We will try again in May.” "
            "“Nobody in this party should give up.”")
    (a,) = extract_joined(text)
    assert a.source.text == "Ms. Reyes" and len(a.content_spans) == 3
    assert a.content.split(" … ") == ["The plan is dead", "We will try again in May.", "Nobody in this party should give up."]
    assert len(extract(text)) == 3  # our default: one statement per quoted sentence


@pytest.mark.parametrize("text", [
    "“Prices will rise,” the minister told reporters. She added that rents would fall next year.",
    "“Prices will rise,” the minister said. Her deputy said: “Rents will fall next year.”",
    "“Prices will rise,” the minister said.\n\n“Rents will fall next year,” the governor said.",
    "“Prices will rise,”\n\nthe minister said. “Rents will fall next year.”",
])
def test_joined_continuations_never_join_another_frame_or_paragraph(extract_joined, text):
    assert all(len(a.content_spans) == 1 for a in extract_joined(text))


def test_joined_continuations_go_on_into_a_paragraph_that_opens_with_the_quote(extract_joined):
    (a,) = extract_joined("“The plan is dead,” Ms. Reyes said after the vote.\n\n“We will try again in May.”")
    assert len(a.content_spans) == 2


def test_joined_continuations_read_double_apostrophe_quotes(extract_joined):
    (a,) = extract_joined("''The plan is dead,'' Ms. Reyes said after the vote. ''We will try again in May.''")
    assert len(a.content_spans) == 2


@pytest.mark.parametrize("text", [
    "“Who pays for the dam?” Berg said at the hearing. “Nobody has told us.”",
    "“The orchard is finished,” Lopez said, pointing at the barn and the dead trees. “We will sell the land.”",
    "“It is too early to say,” said Tomas Lind, who hosts a show called “Farm Talk” on Sundays. “The harvest is not in yet.”",
    "“It is too early to say,” said Tomas Lind, who hosts “Farm Talk.” “The harvest is not in yet.”",
])
def test_joined_continuations_read_past_a_question_mark_a_longer_frame_and_a_title(extract_joined, text):
    (a,) = extract_joined(text)
    assert len(a.content_spans) == 2 and a.quote == "direct"


def test_a_participle_in_the_frame_does_not_take_the_next_quote(extract_joined, extract):
    text = ("“That is the hard part,” Berg said, noting she would back any of the other bidders. "
            "“We have built a deep bench here.”")
    joined_ = extract_joined(text)
    assert [(a.cue, len(a.content_spans)) for a in joined_] == [("said", 2), ("noting", 1)]
    assert [a.cue for a in extract(text)] == ["said", "noting", "said"]


def test_joined_continuations_stop_where_the_frame_says_the_quote_came_later(extract_joined):
    assert len(extract_joined("“The orchard is finished,” Lopez said; and later, “We will sell the land.”")) == 2
