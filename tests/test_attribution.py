"""Attribution extraction on short, real-looking news sentences, with the real spaCy model.

The model loads once per test session (session fixture); every test runs the full extractor.
"""
from __future__ import annotations

import pytest

from sourcetrace.attribution import AttributionExtractor
from sourcetrace.models import Article, joined


@pytest.fixture(scope="session")
def extractor(analyzer) -> AttributionExtractor:
    """The session analyzer's extractor, so the suite loads the model once for all areas."""
    analyzer.extractor.nlp  # load the model once for the whole session
    return analyzer.extractor


@pytest.fixture
def run(extractor):
    def _run(text: str):
        found = extractor.extract(Article(text=text))
        for a in found:  # every span points at the words it names
            assert joined(text, a.content_spans) == a.content
            assert text[slice(*a.source.span)] == a.source.text
            assert text[slice(*a.cue_span)] == a.cue
            if a.medium_span:
                assert text[slice(*a.medium_span)] == a.medium
        return found
    return _run


def only(found):
    assert len(found) == 1, [(a.source.text, a.cue, a.content) for a in found]
    return found[0]


# ---------------------------------------------------------------- direct quotes

def test_direct_quote_with_cue_after_and_curly_marks(run):
    a = only(run("“We will rebuild the bridge before winter,” Mayor Anne Hidalgo said on Monday."))
    assert (a.content, a.quote, a.cue) == ("We will rebuild the bridge before winter", "direct", "said")
    assert a.source.text == "Mayor Anne Hidalgo" and a.source.kind == "person"


def test_direct_quote_with_inverted_cue_and_straight_marks(run):
    a = only(run('"The vote was rigged from the start," said Pedro Alvarez, an opposition lawmaker.'))
    assert a.content == "The vote was rigged from the start"
    assert a.source.text == "Pedro Alvarez, an opposition lawmaker" and a.source.name == "Pedro Alvarez"


def test_direct_quote_with_cue_before_over_several_sentences(run):
    a = only(run('The governor said, "The museum worked hard. Seattle would have been a perfect fit. I am disappointed."'))
    assert a.content == "The museum worked hard. Seattle would have been a perfect fit. I am disappointed."
    assert a.quote == "direct"


def test_single_curly_quotes_with_apostrophes_inside(run):
    a = only(run("‘We won’t give up on the workers’ pensions,’ the union’s leader said."))
    assert a.content == "We won’t give up on the workers’ pensions" and a.quote == "direct"


def test_quote_split_by_cue_gives_one_attribution_per_part(run):
    found = run("“The rockets of treason will not shake us,” the minister tweeted after the attack. "
                "“I am well and among my people. Thank god.”")
    assert [a.content for a in found] == ["The rockets of treason will not shake us", "I am well and among my people. Thank god."]
    assert {(a.source.text, a.cue, a.medium) for a in found} == {("the minister", "tweeted", "Twitter")}
    assert [a.id for a in found] == ["A1", "A2"]


def test_quote_reopened_in_next_paragraph_is_a_second_statement_by_the_same_speaker(run):
    text = ('In a statement, Governor Chris Gregoire said, "The museum put a tremendous effort into this bid. '
            'I am disappointed.\n\n"However, the trainer will soon call the museum home. It will inspire young people."')
    found = run(text)
    assert len(found) == 2
    assert found[1].content == "However, the trainer will soon call the museum home. It will inspire young people."
    assert found[1].source.name == "Chris Gregoire" and found[1].cue == "said" and found[1].quote == "direct"


def test_quote_running_on_belongs_to_the_speaker_named_where_it_ends(run):
    text = ('Nurses stayed off work for a seventh day, union leaders said.\n\n'
            '"We are exhausted. Nobody listens to us.\n\n'
            '"If nothing changes, more of us will leave," said Claire Martin, a nurse.')
    found = run(text)
    assert [a.source.text for a in found] == ["union leaders", "Claire Martin, a nurse", "Claire Martin, a nurse"]


def test_name_after_a_role_word_is_a_person_and_a_pronoun_antecedent(run):
    found = run('Union representative Paul Girard dismissed the offer as "an insult". '
                'He told Le Monde the union would not sign any deal.')
    assert found[0].source.kind == "person" and found[0].source.name == "Paul Girard" and found[0].stance == "deny"
    assert found[1].source.name == "Paul Girard"


def test_floating_quote_paragraph_continues_the_previous_speaker(run):
    text = ('"The effects are severe," Professor Cres Eastman said.\n\n'
            '"If an infant does not get enough iodine, brain development will not be completed."')
    found = run(text)
    assert len(found) == 2 and found[1].source.name == "Cres Eastman"
    assert found[1].content.startswith("If an infant")


def test_quote_resumed_after_the_frame_in_the_same_sentence(run):
    a = only(run('"We are not afraid," the mayor said, "and we will not leave the city."'))  # one utterance
    assert a.content == "We are not afraid … and we will not leave the city." and a.source.text == "the mayor"


def test_speaker_introduced_by_a_colon(run):
    a = only(run('Yasmeen Afdhal was a witness to one of the bombings. He described his experiences: '
                 '"The walls collapsed and we had to run out."'))
    assert a.content == "The walls collapsed and we had to run out." and a.cue == "described"
    assert a.source.text == "He" and a.source.name == "Yasmeen Afdhal"


def test_speaker_introduced_by_a_dash(run):
    a = only(run('The senator was blunt — "We will not negotiate with kidnappers."'))
    assert a.content == "We will not negotiate with kidnappers." and a.source.text == "The senator"


def test_quote_in_the_next_paragraph_after_a_cue_ending_in_a_comma(run):
    a = only(run('Rathbun stated,\n\n"Daniel was picked up by an investigator in a black car."'))
    assert a.content == "Daniel was picked up by an investigator in a black car." and a.cue == "stated"


def test_partial_quote_inside_indirect_speech_is_mixed(run):
    a = only(run('Lewis denied that the UK was "complicit" in torture.'))
    assert a.quote == "mixed" and a.content == 'the UK was "complicit" in torture' and a.stance == "deny"


# ---------------------------------------------------------------- indirect speech

def test_told_outlet_that_gives_medium(run):
    a = only(run("A senior Defense Department official told NBC News that the attack was not sanctioned by Iran."))
    assert a.content == "the attack was not sanctioned by Iran" and a.cue == "told" and a.medium == "NBC News"
    assert a.quote == "indirect" and a.source.kind == "anonymous" and a.source.affiliation == "Defense Department"


def test_content_before_the_cue(run):
    a = only(run("Iran likely did not greenlight the attack, current and former US officials told NBC News."))
    assert a.content == "Iran likely did not greenlight the attack"
    assert a.source.text == "current and former US officials" and a.source.kind == "anonymous"
    assert (a.hedge, a.hedge_probability) == ("likely", "55-80%")


def test_adding_that_is_a_second_statement_with_the_same_source_and_medium(run):
    found = run("Two officials told Reuters that the convoy was hit by a drone, adding that "
                "the militias do not answer to the government.")
    assert [a.cue for a in found] == ["told", "adding"]
    assert found[1].content == "the militias do not answer to the government"
    assert found[1].source.text == "Two officials" and found[1].medium == "Reuters"


def test_according_to_before_and_after(run):
    before = only(run("According to the police, the cars had been parked in garages near the ministry."))
    assert before.cue == "According to" and before.source.text == "the police" and before.source.kind == "government"
    assert before.content == "the cars had been parked in garages near the ministry"
    after = only(run("The investigation into the bombing is still open, according to Alex Salmond, First Minister of Scotland."))
    assert after.content == "The investigation into the bombing is still open"
    assert after.source.text == "Alex Salmond, First Minister of Scotland"


def test_outlet_reported_with_cited_sources(run):
    a = only(run("NBC reported that the drones resemble those used by the militias since 2020, "
                 "according to former officials and regional experts."))
    assert a.source.kind == "outlet" and a.medium == "NBC" and a.cites == "former officials and regional experts"
    assert a.content == "the drones resemble those used by the militias since 2020"


def test_citing_names_the_cited_sources(run):
    a = only(run("The Wall Street Journal reported, citing people familiar with the matter, "
                 "that the deal could be announced next week."))
    assert a.content == "the deal could be announced next week" and a.cites == "people familiar with the matter"
    b = only(run("The talks have collapsed, the newspaper said, citing two senior officials."))
    assert b.cites == "two senior officials" and b.source.kind == "outlet"


def test_according_to_an_outlet_is_the_medium_of_the_quote(run):
    a = only(run("“It is fair to say that Iran has lost control,” said a defense official, according to NBC."))
    assert a.medium == "NBC" and a.hedge == "fair to say" and a.source.text == "a defense official"


def test_nominal_content_of_a_denial(run):
    a = only(run("Iran, for its part, has denied its responsibility."))
    assert (a.content, a.stance, a.cue) == ("its responsibility", "deny", "denied")
    assert a.source.kind == "government"


@pytest.mark.parametrize("verb", ["claimed", "warned", "insisted", "confirmed", "acknowledged", "stated", "argued",
                                  "explained", "noted", "revealed", "alleged", "suggested", "estimated", "announced",
                                  "wrote", "reported"])
def test_reporting_verbs_beyond_said(run, verb):
    a = only(run(f"The company's chief executive {verb} that the factory would close next year."))
    assert a.cue == verb and a.content == "the factory would close next year" and a.stance == "assert"


@pytest.mark.parametrize("verb", ["rejected", "dismissed"])
def test_rejections_are_denials(run, verb):
    a = only(run(f"The ministry {verb} the allegations of fraud in the tender."))
    assert a.stance == "deny" and a.content == "the allegations of fraud in the tender"


def test_passive_with_agent(run):
    a = only(run("The attack was condemned by the United Nations."))
    assert (a.source.text, a.content, a.cue) == ("the United Nations", "The attack", "condemned")
    b = only(run("It was announced by the ministry that the border would reopen."))
    assert (b.source.text, b.content) == ("the ministry", "the border would reopen")


def test_reporter_for_an_outlet_and_agency_named_after_its_description(run):
    a = only(run("A reporter for the BBC said that the blast was felt for miles."))
    assert a.source.kind == "outlet" and a.medium == "the BBC"
    b = only(run("Hamid Saadi, a shop owner, told the news agency Reuters that the explosion destroyed everything."))
    assert b.medium == "the news agency Reuters" and b.source.name == "Hamid Saadi"


def test_quote_after_an_object_makes_mixed_content(run):
    a = only(run('Rathbun described Montalvo as an individual, "facing prison for leaving the group."'))
    assert a.quote == "mixed" and a.content.endswith('"facing prison for leaving the group."')


def test_speaking_to_an_outlet_is_the_medium(run):
    a = only(run("Speaking to the BBC, Mr Bailey added that a recession was not inevitable."))
    assert a.medium == "the BBC" and a.cue == "added"


def test_the_source_is_the_speakers_whole_noun_phrase_and_the_name_is_short(run):
    a = run('"The numbers speak for themselves," said Jane Foster, chief economist at Capital Bank, '
            'who expects a further rise in the autumn.')[0]
    assert a.source.text == "Jane Foster, chief economist at Capital Bank, who expects a further rise in the autumn"
    assert a.source.name == "Jane Foster"


@pytest.mark.parametrize("text,source", [
    ("Ann Berg, who led the inquiry for six years, said the report was late.", "Ann Berg, who led the inquiry for six years"),
    ("A report issued in May by the ministry found that wages had fallen.", "A report issued in May by the ministry"),
    ("Rep. Ann Berg (D-Ore.) said the bill was dead.", "Rep. Ann Berg (D-Ore.)"),
    ("The governor, calling it a disgrace, said the vote was rigged.", "The governor"),
])
def test_what_follows_the_speakers_name_and_identifies_them_is_part_of_the_source(run, text, source):
    assert run(text)[-1].source.text == source


@pytest.mark.parametrize("text,name,kind", [
    ("Local officials, who said the plant was safe, declined to comment further.", "Local officials", "anonymous"),
    ("The plan drew criticism from Jane Ortiz, who said it would cut jobs.", "Jane Ortiz", "person"),
    ("The plan angered the union, which said it would cost jobs.", "the union", "organization"),
])
def test_a_relative_pronoun_speaker_is_named_by_the_noun_it_stands_for(run, text, name, kind):
    (a,) = run(text)
    assert (a.source.text in ("who", "which"), a.source.name, a.source.kind) == (True, name, kind)


def test_denial_of_an_act_described_by_a_gerund(run):
    a = only(run("The former mayor denied taking bribes from the businessmen."))
    assert (a.content, a.stance) == ("taking bribes from the businessmen", "deny")


def test_in_a_statement_is_the_medium(run):
    a = only(run("The embassy said in a statement that its staff were safe."))
    assert a.medium == "statement" and a.content == "its staff were safe"


# ---------------------------------------------------------------- not attributions

@pytest.mark.parametrize("text", [
    "Many residents think the bridge will never be finished.",
    "She fears that the flood will return next spring.",
    "Analysts believe the central bank will cut rates.",
    "He hopes that the talks will resume soon.",
    "The said property was sold at auction in 2004.",
    "The report was published in the Medical Journal of Australia this week.",
    'The agency described the "cruel, inhumane and degrading" treatment in detail.',
    "The minister resigned after the documents were found on a street.",
    "He was told that the files were lost.",
    "That said, the company remains profitable this year.",
    "As reported last week, the plan was dropped by the council.",
    "The judge dismissed the case on Monday.",
    "The border guards denied entry to the inspectors.",
    "The company announced a new phone on Tuesday.",
])
def test_not_an_attribution(run, text):
    assert run(text) == []


def test_reports_inside_a_quote_belong_to_the_quoted_speaker(run):
    a = only(run('"I was told that the files were lost," the clerk said.'))
    assert a.source.text == "the clerk"


# ---------------------------------------------------------------- speakers

def test_title_and_short_name_resolve_to_the_full_name(run):
    found = run("Iraqi Prime Minister Mustafa Al-Kadhimi survived an assassination attempt. "
                "The prime minister said he survived the blasts from a drone strike. "
                "“I am well and among my people,” al-Kadhimi tweeted.")
    assert [a.source.name for a in found] == ["Mustafa Al-Kadhimi", "Mustafa Al-Kadhimi"]
    assert found[0].source.text == "The prime minister"


def test_a_relative_with_the_same_surname_is_another_speaker(run):
    found = run("Karim Ali al-Rashid was freed on Monday. Karim al-Rashid said he was innocent. "
                "His brother Omar al-Rashid said the trial was unfair.")
    assert [a.source.name for a in found] == ["Karim Ali al-Rashid", "Omar al-Rashid"]


def test_pronoun_resolves_to_the_main_subject_not_an_embedded_one(run):
    found = run("UK citizen Jim Swire believes al-Megrahi was not guilty. "
                'He told the BBC he was "satisfied that this man had nothing to do with the murder".')
    a = only(found)
    assert a.source.name == "Jim Swire" and a.medium == "the BBC" and a.quote == "mixed"


def test_they_resolves_to_an_earlier_plural_speaker(run):
    found = run("The report's authors say the sleeper issue is iodine. The children were tested in schools. "
                "They say adding iodine to salt is the simplest method.")
    assert found[1].source.text == "They" and found[1].source.name == "The report's authors"


def test_it_resolves_to_an_earlier_organisation(run):
    found = run("The ministry announced new rules on Monday. It said that the measures would take effect in May.")
    said = found[-1]
    assert said.source.text == "It" and said.source.name == "The ministry" and said.source.kind == "government"


def test_quoted_as_saying(run):
    a = only(run("Minister Jane Smith was quoted as saying that the plan was flawed."))
    assert a.source.name == "Jane Smith" and a.content == "the plan was flawed"


def test_source_kinds(run):
    doc_src = only(run("The report says the decline appears to be due to changes in the dairy industry."))
    assert doc_src.source.kind == "document" and doc_src.hedge == "appears to"
    org = only(run("The World Health Organisation recommends that every country should iodise all edible salt."))
    assert org.source.kind == "organization"
    people = only(run("People familiar with the matter said the deal was close."))
    assert people.source.kind == "anonymous" and people.source.text == "People familiar with the matter"
    agency = only(run("The civil protection agency warned that more rain was expected."))
    assert agency.source.kind == "government"
    plural = only(run("According to meteorologists, the rainfall equalled half the annual average."))
    assert plural.source.kind == "anonymous"


def test_full_mention_with_prepositional_title(run):
    a = only(run("General Frank McKenzie of the US Central Command claimed the attack was carried out by militias."))
    assert a.source.text == "General Frank McKenzie of the US Central Command" and a.source.name == "Frank McKenzie"


# ---------------------------------------------------------------- hedges

@pytest.mark.parametrize("sentence, hedge, band", [
    ("Officials warned that the death toll is very likely to rise.", "very likely", "80-95%"),
    ("Officials said a ceasefire was very unlikely before the election.", "very unlikely", "05-20%"),
    ("Officials said a ceasefire was unlikely before the election.", "unlikely", "20-45%"),
    ("The authorities warned that more attacks could take place.", "could", None),
    ("The agency says some crops may have higher yields.", "may", None),
    ("Police said the man had reportedly fled to Spain.", "reportedly", None),
    ("A witness said the blast was so strong that it could be felt for miles.", None, None),
])
def test_hedges(run, sentence, hedge, band):
    a = only(run(sentence))
    assert (a.hedge, a.hedge_probability) == (hedge, band)


def test_hedge_on_the_cue(run):
    assert only(run("The army reportedly said that the convoy was hit.")).hedge == "reportedly"


def test_no_hedge_for_ability_or_modals_inside_a_direct_quote(run):
    assert only(run("Professor Eastman says manufacturers could easily remedy the situation.")).hedge is None
    assert only(run('"That may have all sorts of effects," Professor Eastman said.')).hedge is None


@pytest.mark.parametrize("text", ["", "\"", "He said:", 'He said: "', "According to", "according to him",
                                  '\n\n\n"a b c\n\n"d e f', "Officials said: “”", "‘’‘’ ’ ‘ he said"])
def test_odd_input_gives_no_error(run, text):
    run(text)  # spans are checked inside run


@pytest.mark.parametrize("sentence, medium", [
    ("The minister said in a post on Facebook that the border would stay closed.", "Facebook"),
    ("She said in an interview with CNN that she would run again.", "CNN"),
    ("Smith wrote in an op-ed for The Times that the policy had failed.", "The Times"),
    ("The minister wrote on his blog that the policy had failed.", "blog"),
])
def test_medium_named_in_a_prepositional_phrase(run, sentence, medium):
    assert only(run(sentence)).medium == medium


def test_analyzer_uses_the_extractor():
    from sourcetrace.pipeline import Analyzer

    assert isinstance(Analyzer().extractor, AttributionExtractor)


def test_analyzer_returns_the_attributions_and_entities_of_one_parse(analyzer):
    from sourcetrace.models import Document

    text = "Officials in Paris said the talks would resume on Monday."
    result = analyzer.analyze(Document(input="talks.txt", content=text, kind="text"))
    a = only(result.attributions)
    assert (a.source.text, a.source.kind, a.content) == ("Officials in Paris", "anonymous", "the talks would resume on Monday")
    assert [(e.text, e.label) for e in result.entities] == [("Paris", "GPE"), ("Monday", "DATE")]
    assert all(result.article.text[e.start:e.end] == e.text for e in result.entities)


def test_a_document_without_text_is_one_error_and_the_batch_goes_on(analyzer):
    from sourcetrace.models import Document

    batch = [Document(input="empty.txt", content=" \n ", kind="text"),
             Document(input="ok.txt", content="Officials in Paris said the talks would resume on Monday.", kind="text")]
    empty, ok = analyzer.analyze_all(batch)
    assert str(empty) == "empty.txt: no article text found (only page chrome)"
    assert ok.input == "ok.txt" and only(ok.attributions).content == "the talks would resume on Monday"
