"""Drift rules written in session 12 from the drift typed on found edges: each names a construction of English and
is tested on sentences written for it, with a near miss that must still count (or still not count) as a change."""
from __future__ import annotations

from typing import Optional

from sourcetrace.link.drift import Statement, source_drift
from sourcetrace.models import Attribution, Source


def said(speaker: str, content: str, kind: str = "person", cue: str = "said", name: Optional[str] = None
         ) -> Attribution:
    return Attribution(source=Source(text=speaker, kind=kind, name=name), cue=cue, content=content,
                       quote="indirect", content_spans=[(0, len(content))])


def statement(att: Optional[Attribution], text: Optional[str] = None, article: Optional[str] = None,
              credits: frozenset[str] = frozenset(), held: tuple[Attribution, ...] = ()) -> Statement:
    text = text if text is not None else att.content
    article = article if article is not None else text
    at = article.find(text)
    return Statement(text, (at, at + len(text)), att, article, credits=credits, held=held)


def changes(before: Statement, after: Statement) -> list[str]:
    return [d.change for d in source_drift(before, after)]


CLAIM = "the quay at Skarvik will reopen in June"


# --- source: the words before a role noun are the body the role is in, not the person's name ------------------

def test_a_body_named_before_a_role_is_no_name_of_the_person():
    body = statement(said("The Skarvik Dockers' Union", CLAIM, kind="organization"))
    # "Union boss Ada Lunde": the union's boss, a person; the union spoke before
    assert changes(body, statement(said("Union boss Ada Lunde", CLAIM))) == [
        "institution -> person: 'The Skarvik Dockers' Union' -> 'Union boss Ada Lunde'"]
    assert changes(body, statement(said("Dockers chair Ada Lunde", CLAIM))) == [
        "institution -> person: 'The Skarvik Dockers' Union' -> 'Dockers chair Ada Lunde'"]
    # near miss: a person whose own name holds the word is still that person ("Union" is no role before "Lunde")
    assert changes(statement(said("Ada Union", CLAIM)), statement(said("Union", CLAIM))) == []
    # the name after the role still names the person: "Union boss Ada Lunde" and "Lunde" are one speaker
    assert changes(statement(said("Union boss Ada Lunde", CLAIM)), statement(said("Lunde", CLAIM))) == []


# --- source: a sentence holding the attribution of the claim --------------------------------------------------

def test_a_sentence_holding_the_claims_attribution_has_that_speaker_as_its_source():
    sentence = "The Skarvik Dockers' Union, which called the strike, said the quay at Skarvik will reopen in June."
    union = said("The Skarvik Dockers' Union, which called the strike", CLAIM, kind="organization")
    before = statement(None, sentence, held=(union,))
    assert changes(before, statement(said("Ada Lunde", CLAIM))) == [
        "institution -> person: 'The Skarvik Dockers' Union, which called the strike' -> 'Ada Lunde'"]
    assert changes(before, statement(said("the union", CLAIM, kind="organization"))) == []
    # near miss: the attribution the sentence holds is about another part of it, not the claim passed on
    aside = "The quay at Skarvik will reopen in June, with ships docking at Varg, which the port says is safe."
    port = said("the port", "is safe", kind="organization")
    assert changes(statement(None, aside, held=(port,)), statement(said("Ada Lunde", CLAIM))) == []


# --- source: a one-word name the article gives after a body noun is a body's --------------------------------

def test_a_one_word_name_given_after_a_body_noun_is_a_body():
    article = ("Couriers for the app-based company Drovo won their case on Monday. Drovo said the quay at Skarvik "
               "will reopen in June.")
    drovo = statement(said("Drovo", CLAIM, name="Drovo"), CLAIM, article)
    assert changes(drovo, statement(said("the company", CLAIM, kind="organization"))) == []
    # near miss: the article gives the name after a given name: a person's surname
    person = article.replace("the app-based company Drovo", "the app-based company's founder Ivo Drovo")
    assert changes(statement(said("Drovo", CLAIM, name="Drovo"), CLAIM, person),
                   statement(said("the company", CLAIM, kind="organization"))) == [
        "person -> institution: 'Drovo' -> 'the company'"]
    # near miss: a surname alone, the article giving no body noun before it, is still a person's
    bare = "Drovo flew to Skarvik on Monday. Drovo said the quay at Skarvik will reopen in June."
    assert changes(statement(said("Drovo", CLAIM, name="Drovo"), CLAIM, bare),
                   statement(said("the company", CLAIM, kind="organization"))) == [
        "person -> institution: 'Drovo' -> 'the company'"]
