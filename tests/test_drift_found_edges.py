"""Drift rules written in session 16 from drift wrongly typed on found edges of held out 8-13: a headline that
states another sentence's claim, a finder given with an "of" phrase, a speaker giving its own word on an act by a
verb of expectation, commitment or refusal, and a thing compared that extraction took for a speaker. Each is tested
on sentences written for it (none taken from a benchmark article), with near misses that must still drift."""
from __future__ import annotations

from typing import Optional

import pytest

from sourcetrace.link.drift import Statement, attribution_drift, headline_drift
from sourcetrace.models import Attribution, Source


def said(speaker: str, content: str, kind: str = "organization", cue: str = "said") -> Attribution:
    return Attribution(source=Source(text=speaker, kind=kind), cue=cue, content=content, quote="indirect")


def fact(text: str, att: Optional[Attribution] = None, article: Optional[str] = None,
         title: Optional[str] = None) -> Statement:
    """The statement `text` as `article` (else the text alone) carries it, under `title` when given."""
    article = article or text
    at = article.index(text)
    return Statement(text, (at, at + len(text)), att, article, title, title is not None)


def kinds(drifts) -> list[str]:
    return [d.kind for d in drifts]


# --- headline: a headline on another sentence's claim drops no hedge of this one

LEDE = "Nine fishermen were rescued on Sunday after a storm capsized their trawler off Kessary Point."
HEDGED = "The trawler's engine may have failed hours before the storm."


@pytest.mark.parametrize("title,drifts", [
    ("Nine fishermen rescued as storm capsizes Kessary trawler", False),  # the lede's claim
    ("Trawler engine failed before storm", True),  # this claim, its hedge gone
    ("Kessary trawler engine failed before storm", True),  # the lede shares a word more, not twice as many
])
def test_a_headline_stating_another_sentences_claim_drops_no_hedge(title, drifts):
    article = f"{LEDE}\n\n{HEDGED}"
    after = fact(HEDGED.rstrip("."), article=article, title=title)
    assert kinds(headline_drift(after)) == (["headline"] if drifts else [])


# --- attribution: a finder given with an "of" phrase ("The survey of 2,300 households found that ...")

@pytest.mark.parametrize("after,dropped", [
    ("The survey of more than 2,300 households found that most homes in the valley lacked insulation.", False),
    ("The trial of 600 patients found that most homes in the valley lacked insulation.", False),
    ("A review of the council's own records found that most homes in the valley lacked insulation.", False),
    ("Most homes in the valley lacked insulation.", True),
    ("The roof of the old mill found that most homes in the valley lacked insulation.", True),  # no finder
])
def test_a_finder_with_an_of_phrase_keeps_the_source(after, dropped):
    before = fact("most homes in the valley lacked insulation",
                  said("a survey published by the Valley Housing Trust", "most homes in the valley lacked insulation",
                       "document", "according to"))
    assert kinds(attribution_drift(before, fact(after))) == (["attribution"] if dropped else [])


# --- attribution: the speaker as the subject of a verb of expectation, commitment or refusal

@pytest.mark.parametrize("after,dropped", [
    ("The port authority expects divers to need three days to clear the wreck.", False),
    ("The port authority has refused to clear the wreck before the inquiry ends.", False),
    ("The port authority declined to say when the wreck would be cleared.", False),
    ("The port authority has promised to clear the wreck within three days.", False),
    ("The port authority vowed to clear the wreck within three days.", False),
    ("The port authority will clear the wreck within three days.", True),  # the speaker as the claim's subject
    ("Divers will need three days to clear the wreck.", True),
])
def test_a_speaker_giving_its_own_word_on_an_act_keeps_the_source(after, dropped):
    before = fact("divers would need three days to clear the wreck",
                  said("The port authority", "divers would need three days to clear the wreck"))
    assert kinds(attribution_drift(before, fact(after))) == (["attribution"] if dropped else [])


# --- attribution: a thing compared with what someone said is not the claim's speaker

@pytest.mark.parametrize("speaker,dropped", [
    ("a larger rise than most economists", False),
    ("a much smaller increase than the union", False),
    ("more than 300 residents", True),  # people counted, not a thing compared
    ("the statistics office", True),
])
def test_a_thing_compared_is_no_speaker(speaker, dropped):
    text = "Rents in the harbour district rose by 14 per cent last year"
    before = fact(text, said(speaker, text, "organization", "had expected"))
    after = fact("Harbour district rents rose 14 per cent last year.")
    assert kinds(attribution_drift(before, after)) == (["attribution"] if dropped else [])


# --- hedge: a passive verb of belief said in the active with its believer is the same hedge

@pytest.mark.parametrize("after,dropped", [
    ("Detectives believe the driver fled across the border.", False),
    ("The driver fled across the border, detectives believe.", False),
    ("The driver is thought to have fled across the border.", False),  # another verb of belief, still a hedge
    ("The driver fled across the border.", True),
    ("Detectives said the driver fled across the border.", True),
])
def test_a_verb_of_belief_in_the_active_keeps_the_hedge(after, dropped):
    from sourcetrace.link.drift import hedge_drift
    before = fact("The driver is believed to have fled across the border.")
    assert kinds(hedge_drift(before, fact(after))) == (["hedge"] if dropped else [])


# --- number: "under" before a figure is an upper bound, as "less than" is

def test_under_before_a_figure_bounds_it_as_less_than_does():
    from sourcetrace.link.drift import number_drift
    before = fact("The robbers were inside for less than eight minutes")
    assert kinds(number_drift(before, fact("The robbers were inside for under eight minutes"))) == []
    assert kinds(number_drift(before, fact("The robbers were inside for eight minutes"))) == ["number"]
    assert kinds(number_drift(before, fact("The robbers were inside for under ten minutes"))) == ["number"]


# --- source: a role heading a credited body's speaker, a name in apposition, a company's short name

def test_a_role_of_a_credited_body_is_a_person_not_the_outlet_passing_words_on():
    from sourcetrace.link.drift import source_drift
    text = "the ferry would resume sailings on Friday"
    before = fact(text, said("the harbour trust", text))
    by_chairman = Statement(text, (0, len(text)), said("Kelso Ferries' chairman", text, "person"), text,
                            credits=frozenset({"kelso ferries"}))
    assert kinds(source_drift(before, by_chairman)) == ["source"]
    # near miss: the credited company itself passes the words on
    by_company = Statement(text, (0, len(text)), said("Kelso Ferries", text, "organization"), text,
                           credits=frozenset({"kelso ferries"}))
    assert kinds(source_drift(before, by_company)) == []


@pytest.mark.parametrize("article,anonymous", [
    ("An economist quoted by the paper, Mira Holt of Dunvale Bank, said the damage would be small.", False),
    ("An economist quoted by the paper, Mira Holt, said the damage would be small.", False),
    ("An economist quoted by the paper said the damage would be small.", True),
    ("An economist quoted by the paper, who asked not to be named, said the damage would be small.", True),
])
def test_a_name_in_apposition_names_an_unnamed_source(article, anonymous):
    from sourcetrace.link.drift import source_drift
    content = "the damage would be small"
    before = fact(content, said("Mira Holt, an economist at Dunvale Bank", content, "person"))
    speaker = "An economist quoted by the paper"
    att = Attribution(source=Source(text=speaker, kind="anonymous", span=(0, len(speaker))), cue="said",
                      content=content, quote="indirect")
    after = fact(content, att, article)
    changes = [d.change.split(":")[0] for d in source_drift(before, after)]
    assert changes == (["named -> anonymous"] if anonymous else [])


@pytest.mark.parametrize("article,changed", [
    ("Brevik Pharma will seek approval next year. Brevik said the drug would cost 900 euros.", False),
    ("Brevik Foods will seek approval next year. Brevik said the drug would cost 900 euros.", False),
    ("Ole Brevik will seek approval next year. Brevik said the drug would cost 900 euros.", True),  # a person
])
def test_a_name_the_article_gives_before_a_company_word_is_the_companys(article, changed):
    from sourcetrace.link.drift import source_drift
    content = "the drug would cost 900 euros"
    before = fact(content, said("Brevik", content, "person"), article)
    after = fact(content, said("The company", content, "organization"))
    assert kinds(source_drift(before, after)) == (["source"] if changed else [])


# --- attribution: a sentence that opens with its one speaker; the speaker named elsewhere in the sentence; a
# reporting clause set off by commas

def held_sentence(sentence: str, speaker: str, cue: str, content: str) -> Statement:
    """A sentence of no attribution of its own holding one (whose content extraction may end early)."""
    at, cue_at = sentence.lower().index(speaker.lower()), sentence.index(cue)
    att = Attribution(source=Source(text=speaker, kind="person", span=(at, at + len(speaker))), cue=cue,
                      content=content, quote="indirect", cue_span=(cue_at, cue_at + len(cue)))
    return Statement(sentence, (0, len(sentence)), None, sentence, held=(att,))


@pytest.mark.parametrize("sentence,dropped", [
    # the speaker opens the sentence: its last clause is theirs too, though extraction ended the content sooner
    ("The harbour master said the quay was unsafe and that repairs would take a year and cost 4 million euros.", True),
    # the speaker is held later in the sentence: what comes before is the writer's
    ("Repairs would take a year and cost 4 million euros, after the harbour master said the quay was unsafe.", False),
])
def test_a_sentence_opening_with_its_speaker_is_all_theirs(sentence, dropped):
    before = held_sentence(sentence, "The harbour master", "said", "the quay was unsafe")
    after = fact("Repairs are due to cost 4 million euros.")
    assert kinds(attribution_drift(before, after)) == (["attribution"] if dropped else [])


@pytest.mark.parametrize("article,dropped", [
    ("The harbour master said the quay was unsafe, although repairs could start soon.", False),
    ("The quay was unsafe, although repairs could start soon.", True),
])
def test_a_claim_cut_from_a_sentence_naming_its_speaker_keeps_the_source(article, dropped):
    before = fact("repairs could start soon", said("The harbour master", "repairs could start soon", "person"))
    after = fact("repairs could start soon", article=article)
    assert kinds(attribution_drift(before, after)) == (["attribution"] if dropped else [])


@pytest.mark.parametrize("after,dropped", [
    ("The harbour master, the paper reported, wants the quay closed until spring.", False),
    ("The harbour master, officials said, wants the quay closed until spring.", False),
    ("The harbour master, who took office in May, wants the quay closed until spring.", True),
    ("The harbour master wants the quay closed until spring.", True),
])
def test_a_reporting_clause_set_off_by_commas_keeps_a_source(after, dropped):
    content = "the quay should stay closed until spring"
    before = fact(content, said("Port officials", content, "anonymous"))
    assert kinds(attribution_drift(before, fact(after))) == (["attribution"] if dropped else [])


# --- headline: a share in words larger than the body's change in per cent

@pytest.mark.parametrize("title,surer", [
    ("Bus fares in Dunvale cut by a third", True),
    ("Bus fares in Dunvale cut by half", True),
    ("Bus fares in Dunvale cut by a fifth", False),  # the body's 20 per cent
    ("Bus fares in Dunvale cut by 20%", False),
])
def test_a_headline_share_larger_than_the_body_per_cent_is_surer(title, surer):
    text = "Bus fares in Dunvale will be cut by 20 per cent from March"
    assert kinds(headline_drift(fact(text, title=title))) == (["headline"] if surer else [])
