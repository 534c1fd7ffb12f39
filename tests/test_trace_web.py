"""/api/trace/{id} and the trace page over a real SQLite store (the seed, its NBC News and OkeyNews sources
and a hostile retelling), the page driven in headless Chromium."""
from __future__ import annotations


import pytest
from fastapi.testclient import TestClient
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By

from conftest import ROOT, SEED, serving
from sourcetrace.api import create_app
from sourcetrace.ingest import read_inputs
from sourcetrace.models import Document, FeedMeta
from sourcetrace.store import Store
from test_web_browser import ARTIFACTS, browser, wait_for  # noqa: F401 (browser is a fixture)

SEED_SOURCES = ROOT / "bench" / "data" / "trace" / "seed_sources.jsonl"
HOSTILE = ("Iran did not greenlight the attack on Iraq's prime minister <script>alert('trace')</script>"
           "<img src=x onerror=alert(1)>, officials told NBC News.\n\n"
           "The Green Zone was sealed off for hours after the drones struck the prime minister's home.")


@pytest.fixture(scope="module")
def stored(tmp_path_factory, analyzer):
    store = Store.open(str(tmp_path_factory.mktemp("trace") / "trace.db"))
    docs = list(read_inputs([str(SEED), str(SEED_SOURCES)]))
    docs.append(Document("hostile.txt", HOSTILE, "text", url="https://evil.example/a?<b>",
                         feed=FeedMeta(title="Iran <b>did not</b> order strike", published="2021-11-12",
                                       outlet="Evil <i>Wire</i>")))
    analyses = [analyzer.analyze(doc) for doc in docs]
    for analysis in analyses:
        store.save(analysis, "1.0")
    yield store, analyses
    store.close()


def first_statement(analysis, words: str) -> str:
    position = next(i for i, a in enumerate(analysis.attributions, start=1) if words in a.content)
    return f"{analysis.article.id}-{position}"


def test_the_api_traces_a_stored_statement_to_its_source_and_says_what_changed(stored):
    store, (seed, nbc, _, hostile) = stored
    client = TestClient(create_app(store, token=""))
    found = client.get(f"/api/trace/{first_statement(seed, 'greenlight')}").json()
    [root] = found["chain"]
    assert root["outlet"] == "NBC News" and root["article_id"] == nbc.article.id and root["edge"] is None
    children = {c["article_id"]: c for c in root["children"]}
    assert children[seed.article.id]["asked"] and children[seed.article.id]["edge"]["drift"] == []
    drift = children[hostile.article.id]["edge"]["drift"]
    assert [d["kind"] for d in drift] == ["hedge"] and drift[0]["before"]["text"] == "likely"
    assert client.get("/api/trace/nope-1").status_code == 404


def test_the_trace_page_draws_the_chain_marks_drift_links_sentences_and_keeps_scraped_text_inert(stored, browser):
    store, (seed, nbc, _, hostile) = stored
    with serving(create_app(store, token="")) as base:
        browser.get(f"{base}/trace/{first_statement(seed, 'greenlight')}")
        wait_for(browser, "svg.trace-timeline a.node")
        nodes = browser.find_elements(By.CSS_SELECTOR, "svg.trace-timeline a.node")
        assert len(nodes) == 3 and len(browser.find_elements(By.CSS_SELECTOR, "svg.trace-timeline line.edge")) == 2
        assert len(browser.find_elements(By.CSS_SELECTOR, "svg.trace-timeline a.node.drifted")) == 1
        outlets = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "svg.trace-timeline text.outlet")]
        assert outlets[0] == "NBC News" and "Evil <i>Wire</i>" in outlets  # markup shown as text
        dates = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "svg.trace-timeline text.date")]
        assert dates == ["2021-11-10", "2021-11-12", "2021-11"]  # time runs left to right; a bare month after its days
        retold = browser.find_element(By.CSS_SELECTOR, f'table.trace tr[data-id^="{hostile.article.id}"]')
        assert "hedge dropped ('likely')" in retold.text
        assert "<script>" in browser.find_element(By.CSS_SELECTOR, "table.trace").text
        assert not browser.find_elements(By.CSS_SELECTOR, "table.trace script, table.trace img, svg script")
        with pytest.raises(NoAlertPresentException):
            browser.switch_to.alert.text
        ARTIFACTS.mkdir(exist_ok=True)
        browser.save_screenshot(str(ARTIFACTS / "web-trace.png"))

        origin = first_statement(nbc, "greenlight")
        browser.find_element(By.CSS_SELECTOR, f'table.trace tr[data-id="{origin}"] td a').click()
        wait_for(browser, "#article-text .hl")
        position = origin.rsplit("-", 1)[1]
        assert browser.current_url.endswith(f"/articles/{nbc.article.id}#att-{position}")
        assert "greenlight" in browser.find_element(By.ID, f"att-{position}").text
