"""The JSON API over a store holding the seed (real pipeline) and hand-made articles."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from conftest import DEVSET, SEED
from sourcetrace.api import create_app
from sourcetrace.store import Store

TOKEN = "test-token-123"


@pytest.fixture
def store(tmp_path, seed_analysis, hand_built, entity_finder):
    s = Store.open(str(tmp_path / "api.db"))
    for analysis in (seed_analysis, *hand_built):
        s.save(analysis, "1.0", entity_finder.find(analysis))
    yield s
    s.close()


@pytest.fixture
def client(store, analyzer, entity_finder, analysis_pool):
    return TestClient(create_app(store, analyzer=analyzer, finder=entity_finder, token=TOKEN, analysis=analysis_pool))


def test_seed_article_with_its_attributions(client, seed_analysis):
    listed = client.get("/api/articles").json()
    assert listed["total"] == 4
    assert seed_analysis.article.id in [a["id"] for a in listed["items"]]
    article = client.get(f"/api/articles/{seed_analysis.article.id}").json()
    assert article["text"] == seed_analysis.article.text
    assert len(seed_analysis.attributions) > 0
    served = [(a["source_text"], a["source_kind"], a["cue"], a["content"], a["stance"], a["content_spans"])
              for a in article["attributions"]]
    made = [(a.source.text, a.source.kind, a.cue, a.content, a.stance, [list(s) for s in a.content_spans])
            for a in seed_analysis.all_attributions()]  # the body's, then the headline's
    assert served == made
    by_id = client.get("/api/attributions", params={"article_id": seed_analysis.article.id, "limit": 500}).json()
    assert [a["id"] for a in by_id["items"]] == [a["id"] for a in article["attributions"]]


def test_search_finds_a_name_in_what_was_said(client, seed_analysis):
    found = client.get("/api/search", params={"q": "Kataib Hezbollah"}).json()
    assert [a["id"] for a in found["articles"]["items"]] == [seed_analysis.article.id]
    said = [a for a in seed_analysis.attributions if "Kataib Hezbollah" in a.content]
    assert found["attributions"]["total"] == len(said) > 0


def test_filters_and_pagination(client):
    everything = client.get("/api/attributions", params={"limit": 500}).json()
    page = client.get("/api/attributions", params={"limit": 2, "offset": 3}).json()
    assert (page["total"], page["limit"], page["offset"]) == (everything["total"], 2, 3)
    assert [a["id"] for a in page["items"]] == [a["id"] for a in everything["items"][3:5]]
    beyond = client.get("/api/attributions", params={"offset": 10_000}).json()
    assert beyond["items"] == [] and beyond["total"] == everything["total"]

    anonymous = client.get("/api/attributions", params={"kind": "anonymous", "limit": 500}).json()
    assert anonymous["total"] > 0 and {a["source_kind"] for a in anonymous["items"]} == {"anonymous"}
    denials = client.get("/api/attributions", params={"stance": "deny", "outlet": "planet"}).json()
    assert [a["content"] for a in denials["items"]] == ["the Acme Corporation had paid bribes"]
    jane = client.get("/api/attributions", params={"speaker": "Jane Doe"}).json()
    assert jane["total"] == 2
    speakers = client.get("/api/speakers", params={"name": "jane"}).json()
    assert [(s["name"], s["attributions"]) for s in speakers["items"]] == [("Jane Doe", 2)]
    dated = client.get("/api/articles", params={"since": "2022-01", "until": "2022-12-31"}).json()
    assert [a["title"] for a in dated["items"]] == ["Plant may close"]


@pytest.mark.parametrize("url", [
    "/api/attributions?limit=0", "/api/attributions?limit=501", "/api/attributions?offset=-1",
    "/api/attributions?stance=maybe", "/api/attributions?kind=alien", "/api/attributions?since=2021-02-30",
    "/api/attributions?until=yesterday", "/api/speakers?limit=x", "/api/search", "/api/search?q=",
])
def test_bad_parameters_are_a_json_422(client, url):
    response = client.get(url)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/json"
    assert response.json()["detail"]


def test_unknown_article_is_a_json_404(client):
    response = client.get("/api/articles/does-not-exist")
    assert response.status_code == 404 and response.json() == {"detail": "no article 'does-not-exist'"}


def test_analyze_returns_the_analysis_and_stores_nothing(client, store, seed_analysis):
    before = store.counts()
    response = client.post("/api/analyze", json={"text": SEED.read_text(encoding="utf-8")})
    assert response.status_code == 200
    body = response.json()
    assert body["article"]["id"] == seed_analysis.article.id
    assert [a["content"] for a in body["attributions"]] == [a.content for a in seed_analysis.attributions]
    assert store.counts() == before
    assert client.post("/api/analyze", json={}).status_code == 422
    assert client.post("/api/analyze", json={"text": "a", "html": "<p>b</p>"}).status_code == 422
    assert client.post("/api/analyze", content=b"not json", headers={"content-type": "application/json"}).status_code == 422


def test_writes_need_the_token(store, analyzer, entity_finder):
    doc = {"text": DEVSET[0].read_text(encoding="utf-8"), "url": "https://example.org/story"}
    closed = TestClient(create_app(store, analyzer=analyzer, finder=entity_finder, token=""))
    assert closed.post("/api/articles", json=doc, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 403
    client = TestClient(create_app(store, analyzer=analyzer, finder=entity_finder, token=TOKEN))
    assert client.post("/api/articles", json=doc).status_code == 401
    assert client.post("/api/articles", json=doc, headers={"Authorization": "Bearer wrong"}).status_code == 401
    before = store.counts()["articles"]
    created = client.post("/api/articles", json=doc, headers={"Authorization": f"Bearer {TOKEN}"})
    assert created.status_code == 201 and created.json()["outcome"] == "stored"
    again = client.post("/api/articles", json=doc, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json() == {**created.json(), "outcome": "unchanged"}
    assert store.counts()["articles"] == before + 1
    stored = client.get(f"/api/articles/{created.json()['id']}").json()
    assert stored["url"] == "https://example.org/story"
    assert len(stored["attributions"]) == created.json()["attributions"]


def test_token_comes_from_the_environment(store, monkeypatch):
    monkeypatch.delenv("SOURCETRACE_API_TOKEN", raising=False)
    assert TestClient(create_app(store)).post("/api/articles", json={"text": "x"}).status_code == 403
    monkeypatch.setenv("SOURCETRACE_API_TOKEN", "from-env")
    client = TestClient(create_app(store))
    assert client.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer nope"}).status_code == 401


def test_openapi_describes_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/attributions", "/api/speakers", "/api/search",
                 "/api/analyze"):
        assert path in paths
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/attributions" in docs.text
    assert "cdn" not in docs.text.lower() and "https://" not in docs.text
