"""End to end in headless Chromium: the seed article highlighted, a speaker page, a search, the seed's
event page (who blames whom), hostile text inert."""
from __future__ import annotations

import os

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ROOT, serving
from sourcetrace.api import create_app
from sourcetrace.link.corpus import CorpusLinker
from sourcetrace.store import Store

ARTIFACTS = ROOT / "artifacts"


@pytest.fixture(scope="module")
def site(tmp_path_factory, seed_analysis, devset_analyses, entity_finder):
    """The app on a free loopback port, over a store with the seed, the dev set and a hostile article."""
    store = Store.open(str(tmp_path_factory.mktemp("browser") / "web.db"))
    for analysis in (seed_analysis, *devset_analyses):
        store.save(analysis, "1.0", entity_finder.find(analysis))
    list(CorpusLinker(store).link_pending())  # the event pages read the stored links
    with serving(create_app(store, token="")) as base:
        yield base, store
    store.close()


CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"  # Debian's packages chromium, chromium-driver


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not os.path.exists(path)]
    if missing:
        pytest.fail(f"{' and '.join(missing)} not found: run scripts/install-system-deps.sh (make test does)",
                    pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--window-size=1400,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def wait_for(driver, css: str):
    return WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))


def test_read_the_seed_follow_a_speaker_and_search(site, browser, seed_analysis):
    base, _ = site
    browser.get(base + "/")
    title = seed_analysis.article.title or "(untitled)"
    browser.find_element(By.LINK_TEXT, title).click()
    wait_for(browser, "#article-text .hl")
    assert browser.find_element(By.TAG_NAME, "h1").text == title
    assert browser.find_elements(By.CSS_SELECTOR, "#article-title .hl-source")  # "...: Report" attributes the headline

    colours = {}
    for role in ("source", "cue", "content"):
        marked = browser.find_elements(By.CSS_SELECTOR, f"#article-text .hl-{role}")
        assert marked, f"no {role} highlighted"
        colours[role] = marked[0].value_of_css_property("background-color")
    assert len(set(colours.values())) == 3, colours

    first = seed_analysis.attributions[0]
    source = browser.find_element(By.CSS_SELECTOR, '#article-text .hl-source[data-att~="1"]')
    ActionChains(browser).move_to_element(source).perform()
    details = browser.find_element(By.ID, "details").text
    assert first.source.text in details and first.source.kind in details and first.stance in details
    if first.medium:
        assert first.medium in details
    assert "active" in browser.find_element(By.ID, "att-1").get_attribute("class")
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "web-article.png"))

    speaker = browser.find_element(By.CSS_SELECTOR, "#att-1 a.speaker")
    name = speaker.text
    speaker.click()
    wait_for(browser, "ol.attributions li")
    assert browser.find_element(By.TAG_NAME, "h1").text
    said = browser.find_elements(By.CSS_SELECTOR, "ol.attributions li blockquote")
    assert first.content in [s.text for s in said]
    assert name in browser.find_element(By.CSS_SELECTOR, "ol.attributions li a.speaker").text

    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys("Kataib Hezbollah", Keys.ENTER)
    wait_for(browser, "ol.attributions li")
    assert "Kataib Hezbollah" in browser.find_element(By.TAG_NAME, "h1").text
    quotes = [q.text for q in browser.find_elements(By.CSS_SELECTOR, "ol.attributions li blockquote")]
    assert quotes and all("Kataib Hezbollah" in q for q in quotes)
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "ul.plain a")]
    assert any(link.endswith(f"/articles/{seed_analysis.article.id}") for link in links)


def test_the_seed_event_page_shows_who_blames_whom_and_links_to_the_sentence(site, browser, seed_analysis):
    base, _ = site
    browser.get(base + "/events")
    event_link = next(a for a in browser.find_elements(By.CSS_SELECTOR, "ol.events li > a")
                      if a.get_attribute("href").endswith(f"/events/{seed_analysis.article.id}-e1"))
    event_link.click()
    wait_for(browser, "table.claims tbody tr")
    rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in browser.find_elements(By.CSS_SELECTOR, "table.claims tbody tr")]
    said = {(claimant, stance, blamed.split(" (")[0]) for claimant, stance, blamed, *_ in rows}
    assert ("Frank McKenzie", "accuse", "Iranian-backed militias") in said
    assert ("Iran", "deny", "Iran") in said
    assert {("Iraqi officials", "accuse", "Kataib Hezbollah"), ("Iraqi officials", "accuse", "Asaib Ahl al-Haq")} <= said
    edges = browser.find_elements(By.CSS_SELECTOR, "svg.blame-graph line")
    assert len(edges) == len(rows) and len({e.get_attribute("stroke") for e in edges}) == 2  # accuse vs deny
    assert browser.find_elements(By.CSS_SELECTOR, ".contradiction"), "the seed's dispute is not shown"
    browser.save_screenshot(str(ARTIFACTS / "web-event.png"))

    browser.find_element(By.CSS_SELECTOR, "table.claims tbody tr td a").click()
    wait_for(browser, "#article-text .hl")
    assert f"/articles/{seed_analysis.article.id}#att-" in browser.current_url


def test_hostile_article_is_inert_in_the_browser(site, browser, hand_built):
    base, store = site
    evil = hand_built[2]
    store.save(evil, "1.0")
    browser.get(f"{base}/articles/{evil.article.id}")
    wait_for(browser, "#article-text .hl")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018  (no script ran, so no alert)
    text = browser.find_element(By.ID, "article-text").text
    assert "<script>alert('pwned')</script> is <b>bold</b>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert browser.find_elements(By.CSS_SELECTOR, "#article-text *:not(span)") == []
    assert browser.title.startswith("<script>alert('title')</script>")
    ActionChains(browser).move_to_element(browser.find_element(By.CSS_SELECTOR, "#article-text .hl-source")).perform()
    assert "Robert'); DROP TABLE attributions;--" in browser.find_element(By.ID, "details").text
    assert browser.execute_script("return document.querySelectorAll('script:not([src]):not([type])').length") == 0
