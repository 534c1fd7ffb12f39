"""Hostile text: the attribution passes must stay linear (or n·log n) in tokens and quotes, and a
document that still runs too long stops at its time budget with a clear error.

Growth is measured in Python function calls (deterministic), never in seconds: a pass that scans
every earlier quote or speaker for each new one makes 8 times the text cost 64 times the calls.
"""
from __future__ import annotations

import cProfile
import pstats

import pytest

from sourcetrace.attribution import OverBudget
from sourcetrace.models import Article, Document, InputError

# Each repeats one small paragraph-free construction n times, as a scraped page or an attacker would.
PATTERNS = {
    "quote then frame": lambda i: f'"Yes {i}," said Al.',
    "pronouns and titles": lambda i: (f'Karim Al-Rashid spoke on day {i}. "Yes," he said. "No," the minister said. '
                                     f'Officials met. They said it rains. The ministry said it would. It said so.'),
    "according to, adding that": lambda i: (f'According to Bo, it rains in town {i}. "Yes," said Al, adding that it '
                                           f'was cold. "It is very warm here," she added. "More words come now."'),
}


def calls(extractor, text: str) -> dict[str, int]:
    """Calls of each function while extracting from ``text``."""
    profile = cProfile.Profile()
    profile.runcall(extractor.extract, Article(text=text))
    return {f"{path}:{line}({name})": stat[1] for (path, line, name), stat in pstats.Stats(profile).stats.items()}


@pytest.mark.parametrize("pattern", PATTERNS)
def test_work_grows_linearly_with_the_number_of_quotes(analyzer, pattern):
    extractor = analyzer.extractor
    extractor.nlp  # loaded outside the measure
    make = PATTERNS[pattern]
    # and the words of both texts already in the model's vocabulary: a word seen first costs spaCy calls
    # (lex_attrs.is_ascii), so the measure would depend on which numbers the tests before this one used
    calls(extractor, " ".join(make(i) for i in range(320)))
    small, large = (calls(extractor, " ".join(make(i) for i in range(n))) for n in (40, 320))
    assert sum(large.values()) / sum(small.values()) < 12, \
        f"{pattern}: 8x the text made {sum(large.values()) / sum(small.values()):.1f}x the calls"
    # one quadratic pass hides in the total while the linear work is larger; it shows as one function
    # called ~64 times as often (the pass that looked for the piece a quote resumes, among all before it)
    growth = {name: n / small.get(name, 1) for name, n in large.items() if n >= 100}
    worst = max(growth, key=growth.get)
    assert growth[worst] < 20, f"{pattern}: 8x the text called {worst} {growth[worst]:.0f}x as often"


def test_repeated_statements_resolve_alike(analyzer):
    """The indexes that make resolving fast give every repetition the same speaker and content."""
    text = " ".join(f'"Yes {i}," said Al. "No {i}," he said.' for i in range(200))
    found = analyzer.extractor.extract(Article(text=text))
    assert [(a.source.name, a.content) for a in found] == [
        pair for i in range(200) for pair in (("Al", f"Yes {i}"), ("Al", f"No {i}"))]


def test_a_document_over_its_time_budget_stops_with_one_clear_error(analyzer):
    doc = Document("long.txt", '"Yes," said Al. ' * 50, "text")
    with pytest.raises(OverBudget, match="time budget"):
        analyzer.analyze(doc, time_budget=1e-9)
    (error,) = analyzer.__class__(analyzer.extractor, time_budget=1e-9).analyze_all([doc])
    assert isinstance(error, InputError)
    assert str(error).startswith("long.txt: analysis took longer than its 1e-09 s time budget")
    assert "\n" not in str(error)
    assert analyzer.analyze(doc).attributions  # the default budget leaves a normal document alone


def test_a_long_text_parsed_in_pieces_gives_what_one_piece_gives(analyzer, monkeypatch):
    """The model sees a long text a piece at a time (its memory grows with what it sees at once); the
    pieces are cut at paragraph or sentence ends and joined again, so the spans and results hold."""
    import sourcetrace.attribution as attribution

    text = "\n\n".join(f'"Yes {i}," said Al. Officials said the port reopened on day {i}.' for i in range(60))
    whole = analyzer.extractor.extract_with_entities(Article(text=text))
    monkeypatch.setattr(attribution, "WHOLE_CHARS", 2000)
    monkeypatch.setattr(attribution, "PIECE_CHARS", 700)
    assert len(attribution.pieces(text)) > 5 and "".join(attribution.pieces(text)) == text
    attributions, entities, *_ = analyzer.extractor.extract_with_entities(Article(text=text))
    assert attributions == whole[0]
    assert [(e.start, e.end, e.text) for e in entities] == [(e.start, e.end, e.text) for e in whole[1]]
    relabelled = sum(a.label != b.label for a, b in zip(entities, whole[1]))  # at a cut, context differs a little
    assert relabelled <= len(entities) // 20


def test_more_text_than_an_article_holds_is_one_clear_error(analyzer):
    (error,) = analyzer.analyze_all([Document("huge.txt", "word " * 250_000, "text")])
    assert isinstance(error, InputError) and error.reason.startswith("article text too long (1,249,999 characters; the limit is 1,000,000)")
