"""What keeps linking one article from costing more as the store grows (bench/links.py measures the
cost): every lookup it makes goes through an index, and the statements it issues do not multiply with
the claims it touches. Real SQLite; the analyses and their embeddings are written here, so no model loads."""
from __future__ import annotations

import re
import sqlite3

import datasketch
import numpy as np
import pytest
from sqlalchemy import event

from sourcetrace.link import ArticleEvents, Linker
from sourcetrace.link.copies import CopyIndex
from sourcetrace.link.corpus import CorpusLinker, Prepared
from sourcetrace.models import Analysis, Article, Attribution, Source
from sourcetrace.store import Store

WORDS = ("harbour council budget bridge ferry tunnel station school clinic river market library museum "
         "stadium airport garden road canal tower square").split()


def unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


def article(name: str, claims: list[str], vectors: list[np.ndarray], opening: str = "") -> tuple[Analysis, Prepared]:
    """An article whose attributions say `claims`, with the embeddings given (no model needed), after an
    opening (by default words of its own, long enough to hash)."""
    text, atts = (opening or " ".join(f"{word}{name}" for word in WORDS)) + ". ", []
    for n, claim in enumerate(claims, start=1):
        start = len(text) + len("Ann Lee said ")
        text += f"Ann Lee said {claim}. "
        atts.append(Attribution(source=Source(text="Ann Lee", kind="person", name="Ann Lee"), cue="said",
                                content=claim, quote="indirect", content_spans=[(start, start + len(claim))],
                                id=str(n)))
    analysis = Analysis(name, Article(text=text, title=name, outlet=name, id=name), atts)
    prepared = Prepared(CopyIndex().signature(text), np.array(vectors, dtype=np.float32).reshape(-1, 384),
                        [[] for _ in atts], ArticleEvents(name))
    return analysis, prepared


@pytest.fixture
def grown(tmp_path):
    """A store of eight articles, each with four different claims; returns it, its linker and the claims'
    texts and embeddings."""
    rng = np.random.default_rng(7)
    store = Store.open(str(tmp_path / "links.db"))
    linking = CorpusLinker(store, Linker())
    said = {}
    for a in range(8):
        claims = [f"the {WORDS[(a * 4 + k) % len(WORDS)]} plan number {a * 4 + k} was approved" for k in range(4)]
        vectors = [unit(rng.normal(size=384)) for _ in claims]
        said.update(zip(claims, vectors))
        analysis, prepared = article(f"a{a}", claims, vectors)
        store.save(analysis, "1.0")
        assert linking.link(analysis.article.id, prepared)
    yield store, linking, said
    store.close()


def statements(store: Store, work) -> list[tuple[str, tuple]]:
    seen = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters[0] if executemany else parameters))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        work()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return seen


def repeat(said: dict, claims: list[str], name: str, rng) -> tuple[Analysis, Prepared]:
    """Another outlet repeating `claims` (their embeddings nudged a little)."""
    return article(name, claims, [unit(said[c] + rng.normal(0, 0.01, 384)) for c in claims])


def test_linking_statements_do_not_multiply_with_the_claims_an_article_joins(grown):
    store, linking, said = grown
    rng = np.random.default_rng(1)
    claims = list(said)
    counts = []
    for name, repeated in (("one", claims[:1]), ("four", [claims[0], claims[5], claims[10], claims[15]])):
        analysis, prepared = repeat(said, repeated, name, rng)
        store.save(analysis, "1.0")
        counts.append(len(statements(store, lambda: linking.link(analysis.article.id, prepared))))
    clusters = store.engine.connect().exec_driver_sql(
        "SELECT count(*) FROM claim_clusters WHERE members >= 2").scalar()
    assert clusters == 4  # each repeated claim is a cluster of its two (or three) tellings
    assert counts[1] <= counts[0] + 2  # four stored claims joined, not four times the rewriting


def test_every_lookup_linking_makes_uses_an_index(grown, tmp_path):
    """No statement of a link, or of relinking a re-analysed article, reads a whole table."""
    store, linking, said = grown
    rng = np.random.default_rng(2)
    analysis, prepared = repeat(said, list(said)[:3], "again", rng)
    store.save(analysis, "1.0")
    seen = statements(store, lambda: (linking.link(analysis.article.id, prepared),
                                      linking.link(analysis.article.id, prepared)))  # the second one relinks
    assert any(s.startswith("DELETE FROM copy_bands") for s, _ in seen)
    raw = sqlite3.connect(str(tmp_path / "links.db"))
    # a deleted event takes its keys with it (ON DELETE CASCADE): that lookup is by event too
    seen.append(("DELETE FROM event_keys WHERE event_pk = ?", (1,)))
    scans = []
    for statement, parameters in seen:
        if not statement.lstrip().startswith(("SELECT", "UPDATE", "DELETE")):
            continue
        plan = " | ".join(row[-1] for row in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters))
        scans += [(statement, plan)] if re.search(r"\bSCAN (?!CONSTANT ROW|\()(\w+)(?! USING)", plan) else []
    assert scans == []


def test_copy_candidates_are_checked_without_rebuilding_a_minhash_each(tmp_path, monkeypatch):
    """A candidate's stored hash values are compared as they are: a MinHash rebuilt for each candidate
    drew its 128 permutations again, and the candidates of a story grow with the store."""
    store = Store.open(str(tmp_path / "copies.db"))
    linking = CorpusLinker(store, Linker())
    story = " ".join(f"{word} {n}" for n in range(12) for word in WORDS)
    made = [article(f"copy{k}", [], [], opening=f"{story} edition {k}") for k in range(12)]
    built = []
    original = datasketch.MinHash.__init__
    monkeypatch.setattr(datasketch.MinHash, "__init__", lambda self, *a, **kw: (built.append(1), original(self, *a, **kw))[1])
    for analysis, prepared in made:
        store.save(analysis, "1.0")
        assert linking.link(analysis.article.id, prepared)
    assert built == []
    groups = store.engine.connect().exec_driver_sql("SELECT count(DISTINCT copy_group) FROM linked").scalar()
    assert groups == 1  # and the copies were found
    store.close()


def test_the_claim_index_gives_the_same_neighbours_when_built_twice():
    """Linking the same store twice must give the same links: the index is built one insert at a time."""
    from sourcetrace.link.ann import ClaimIndex

    rng = np.random.default_rng(7)
    topics = rng.normal(size=(60, 384))
    vectors = topics[np.arange(3000) % 60] + 0.35 * rng.normal(size=(3000, 384))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)

    def neighbours() -> list[list[int]]:
        index = ClaimIndex()
        for start in range(0, len(vectors), 6):  # a few claims an article, as linking adds them
            index.add(list(range(start, start + 6)), vectors[start:start + 6])
        return [index.near(v, 10) for v in vectors[:300]]

    assert neighbours() == neighbours()
