"""Word lists the attribution components share: reporting verbs, hedges, source and medium words.

Each list is a text file in attribution/data/ that a linguist can extend without touching the rules: one
entry per line (lemmas, lower case), '#' starts a comment, a tab separates an entry from its value in the
two-column lists. Every entry is covered by a test sentence (tests/test_attribution_lexicon.py).
"""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).with_name("data")


def entries(name: str) -> list[str]:
    """The entries of data/<name>.txt, in file order, comments and blank lines skipped."""
    lines = (line.split("#", 1)[0].strip() for line in (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def words(name: str) -> frozenset[str]:
    return frozenset(entries(name))


def pairs(name: str) -> dict[str, str]:
    """A two-column list: entry, tab, value."""
    return dict(line.split("\t", 1) for line in entries(name))


CLAUSE_VERBS = words("clause_verbs")
ASPECT_VERBS = words("aspect_verbs")
QUANTIFIER_PRONOUNS = words("quantifier_pronouns")
PLAN_NOUNS = words("plan_nouns")
PARTICLE_VERBS = pairs("particle_verbs")
LASTING_PREPOSITIONS = words("lasting_prepositions")  # "the search went on into the afternoon": no speech
DOCUMENT_VERBS = words("document_verbs")
FINDING_VERBS = words("finding_verbs")  # "the court ruled that ...": a finding, with "that" only
CIRCUMSTANCE_MARKS = words("circumstance_marks")  # "A, X said, until B": B finishes what X said
DIRECTIVE_VERBS = words("directive_verbs")
COMMISSIVE_VERBS = words("commissive_verbs")
INFINITIVE_CLAIM_VERBS = words("infinitive_claim_verbs")
QUESTION_VERBS = words("question_verbs")
GERUND_VERBS = words("gerund_verbs")
FRAME_ADJECTIVES = words("frame_adjectives")
TURN_TO_VERBS = words("turn_to_verbs")
POSSESSED_CLAIM_NOUNS = words("possessed_claim_nouns")
CLAIM_MAKING_VERBS = words("claim_making_verbs")
NAMING_VERBS = words("naming_verbs")
SHARE_NOUNS = words("share_nouns")
PERSON_SUFFIXES = tuple(entries("person_suffixes"))
PERSON_NOUNS = words("person_nouns")
NOMINAL_VERBS = words("nominal_verbs")
CLAUSE_OBJECT_VERBS = words("clause_object_verbs")
REASON_VERBS = words("reason_verbs")
CLAIM_NOUNS = words("claim_nouns")
REFUSED_NOUNS = words("refused_nouns")
DENY_VERBS = words("deny_verbs")
ADDRESSEE_VERBS = words("addressee_verbs")
PERSON_OBJECT_VERBS = words("person_object_verbs")  # "..., praised the crews": never "..., said the mayor"
ADDRESSEE_NOUNS = words("addressee_nouns")
THOUGHT_VERBS = words("thought_verbs")
STATEMENT_NOUNS = words("statement_nouns")
PASSED_ON_VERBS = words("passed_on_verbs")  # "in a statement quoted by the Observer"
VERB_MEDIUM = pairs("verb_media")
OUTLET_WORDS = words("outlet_words")
BODY_NAME_HEADS = words("body_name_heads")  # "... Fire Service": a body's name, untyped by the tagger
OUTLET_NOUNS = words("outlet_nouns")
CREDIT_PARTICIPLES = words("credit_participles")
JOURNALIST_NOUNS = words("journalist_nouns")
GOVERNMENT_NOUNS = words("government_nouns")
ORGANIZATION_NOUNS = words("organization_nouns")
ANONYMOUS_NOUNS = words("anonymous_nouns")
DOCUMENT_NOUNS = words("document_nouns")
DATA_NOUNS = words("data_nouns")  # "the figures show that ...": a document only before a verb of evidence
EVIDENCE_VERBS = words("evidence_verbs")
TITLE_NOUNS = words("title_nouns")
ICD203 = pairs("icd203")
HEDGE_PHRASES = tuple(entries("hedge_phrases"))
HEDGE_MODALS = words("hedge_modals")
ABILITY_ADVERBS = words("ability_adverbs")
HEADLINE_RUBRICS = words("headline_rubrics")  # "Analysis: ...", "The Latest: ...": a label, not a source
