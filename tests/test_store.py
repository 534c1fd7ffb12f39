"""The store on SQLite and on a real PostgreSQL: idempotent ingest, replacement, every query filter."""
from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from conftest import SEED, statement
from test_store_migrations import head_revision
from sourcetrace.models import Analysis, Article, joined
from sourcetrace.store import AttributionFilter, Store
from sourcetrace.store.entities import Mention, normalise_name
from sourcetrace.store.schema import articles, attributions


@pytest.fixture
def store(db_url):
    s = Store.open(db_url)
    yield s
    s.close()


def ids(store: Store) -> tuple[list[str], list[str]]:
    with store.engine.connect() as conn:
        return (sorted(conn.execute(select(articles.c.id)).scalars()),
                sorted(conn.execute(select(attributions.c.id)).scalars()))


def test_seed_and_devset_are_stored_once(store, seed_analysis, devset_analyses, entity_finder):
    analyses = [seed_analysis, *devset_analyses]
    outcomes = [store.save(a, "1.0", entity_finder.find(a)) for a in analyses]
    assert outcomes == ["stored"] * len(analyses)
    counts, stored_ids = store.counts(), ids(store)
    assert counts["articles"] == len(analyses)
    assert counts["attributions"] == sum(len(a.all_attributions()) for a in analyses) > 0
    assert counts["entities"] > 0 and counts["mentions"] > 0

    again = [store.save(a, "1.0", entity_finder.find(a)) for a in analyses]
    assert again == ["unchanged"] * len(analyses)
    assert store.counts() == counts
    assert ids(store) == stored_ids

    seed = store.article(seed_analysis.article.id)
    assert seed["text"] == seed_analysis.article.text
    assert [(a["source_text"], a["cue"], a["content"]) for a in seed["attributions"]] == \
        [(a.source.text, a.cue, a.content) for a in seed_analysis.all_attributions()]  # body, then headline
    for stored, made in zip(seed["attributions"], seed_analysis.all_attributions()):
        assert stored["content_spans"] == [list(s) for s in made.content_spans]
        text = seed["title"] if stored["part"] == "title" else seed["text"]
        assert joined(text, stored["content_spans"]) == stored["content"]


def test_headline_and_interrupted_attributions_keep_their_part_and_pieces(store):
    title, body = "Bridge will reopen in May, mayor says", "“The bridge,” the mayor said, “will reopen in May.”"
    headline = statement(title, "mayor", "says", "Bridge will reopen in May", part="title")
    quoted = statement(body, "the mayor", "said", "The bridge")
    quoted.content_spans.append((31, 49))
    quoted.content = joined(body, quoted.content_spans)
    store.save(Analysis("m.txt", Article(text=body, title=title), [quoted, headline]))
    stored = store.article(Article(text=body, title=title).id)["attributions"]
    assert [(a["part"], a["content"], a["content_spans"]) for a in stored] == [
        ("body", "The bridge … will reopen in May", [[1, 11], [31, 49]]), ("title", "Bridge will reopen in May", [[0, 25]])]
    assert contents(store.attributions(AttributionFilter(part="title"))) == ["Bridge will reopen in May"]
    assert contents(store.attributions(AttributionFilter(part="body", text="reopen"))) == ["The bridge … will reopen in May"]


def test_newer_pipeline_replaces_attributions_older_does_not(store, hand_built):
    first = hand_built[0]
    assert store.save(first, "0.2.0") == "stored"
    fewer = dataclasses.replace(first, attributions=first.attributions[:1])
    assert store.save(fewer, "0.1.9") == "unchanged"
    assert store.save(fewer, "0.2.0") == "unchanged"
    assert store.article(first.article.id)["attribution_count"] == 3
    assert store.save(fewer, "0.10.0") == "replaced"  # 0.10 is newer than 0.2: numeric, not text order
    article = store.article(first.article.id)
    assert article["pipeline_version"] == "0.10.0"
    assert article["attribution_count"] == len(article["attributions"]) == 1
    assert store.counts()["articles"] == 1
    assert store.attributions(AttributionFilter(text="bribes")).total == 0  # the search index followed


def save_all(store: Store, analyses) -> None:
    """Store with a hand-made entity for each capitalised 'Acme Corporation' / 'Springfield' mention."""
    for analysis in analyses:
        found = [[Mention(name, "ORG", att.content.index(name), att.content.index(name) + len(name))
                  for name in ("Acme Corporation", "Springfield") if name in att.content]
                 for att in analysis.attributions]
        store.save(analysis, "1.0", found)


def contents(page) -> list[str]:
    return sorted(item["content"] for item in page.items)


def test_every_filter(store, hand_built):
    save_all(store, hand_built)
    find = lambda **kw: contents(store.attributions(AttributionFilter(**kw)))  # noqa: E731

    assert find(text="bridge reopen") == ["the bridge will reopen in May"]
    assert find(text="closing plants") == ["the Acme Corporation is likely to close its plant in Springfield"]  # stemmed
    assert find(text="nothing like this") == []
    assert find(speaker="jane doe") == ["the Acme Corporation is likely to close its plant in Springfield",
                                        "the bridge will reopen in May"]  # resolved name and text alike
    assert find(speaker="MAYOR") == ["the bridge will reopen in May"]
    assert find(about="Acme Corporation") == ["the Acme Corporation had paid bribes",
                                              "the Acme Corporation is likely to close its plant in Springfield"]
    assert find(about="the acme corporation's") == find(about="Acme Corporation")  # normalised name
    assert find(stance="deny") == ["the Acme Corporation had paid bribes"]
    assert find(kind="anonymous") == ["We have no comment", "the Acme Corporation had paid bribes"]
    assert find(outlet="evening") == ["the Acme Corporation is likely to close its plant in Springfield"]
    assert find(medium="Star") == find(outlet="Evening Star")
    assert len(find(since="2022")) == 3  # the 2022 article and the 2023 one
    assert find(until="2021-11") == find(outlet="Daily Planet")
    assert find(since="2022-03-01", until="2022-03-31") == find(outlet="Evening Star")  # 2022-03 counts as its 1st
    assert find(kind="anonymous", stance="assert", outlet="planet") == ["We have no comment"]

    page = store.attributions(AttributionFilter(), limit=2, offset=1)
    assert (page.total, len(page.items)) == (6, 2)
    assert [i["date"] for i in store.attributions(AttributionFilter()).items][:2] == ["2023-01-02"] * 2  # newest first


def test_speakers_and_entities(store, hand_built):
    save_all(store, hand_built)
    jane = store.speakers(name="jane").items
    assert [(s["name"], s["attributions"], s["articles"]) for s in jane] == [("Jane Doe", 2, 2)]
    anonymous = store.speakers(kind="anonymous")
    assert anonymous.total == 2  # each anonymous source stands alone
    said = store.attributions(AttributionFilter(speaker_id=jane[0]["id"]))
    assert said.total == 2
    (acme,) = [e for e in store.entities().items if e["name"] == "Acme Corporation"]
    assert acme["mentions"] == 2
    about = store.attributions(AttributionFilter(entity_id=acme["id"]))
    assert {i["source_text"] for i in about.items} == {"Officials", "Jane Doe"}


def test_hostile_text_is_stored_verbatim_and_queries_stay_safe(store, hand_built):
    save_all(store, hand_built)
    evil = hand_built[2]
    stored = store.article(evil.article.id)
    assert stored["title"] == evil.article.title and stored["text"] == evil.article.text
    assert [a["source_name"] for a in stored["attributions"]] == ["Robert'); DROP TABLE attributions;--"] * 2
    assert store.counts()["attributions"] == 6  # the table is still there, whole
    assert store.attributions(AttributionFilter(speaker="'); DROP TABLE")).total == 2
    assert store.attributions(AttributionFilter(speaker="%")).total == 0  # LIKE wildcards are literal
    for nasty in ['" OR 1=1 --', "NEAR(a b", "script*", "'; SELECT", "AND OR NOT", '"""', "-"]:
        store.attributions(AttributionFilter(text=nasty, about=nasty))
        store.articles(text=nasty)
    assert contents(store.attributions(AttributionFilter(text="<script>alert"))) == [
        "<script>alert('pwned')</script> is <b>bold</b>"]


@pytest.mark.parametrize("name,key", [("The Acme Corporation’s", "acme corporation"), ("  U.S.  ", "u s"),
                                      ("Kim Jong-un", "kim jong un")])
def test_normalise_name(name, key):
    assert normalise_name(name) == key


def test_sqlite_opens_in_wal_mode_and_migrates_once(tmp_path):
    path = str(tmp_path / "x.db")
    Store.open(path).close()
    s = Store.open(path)  # a second open finds the schema current
    with s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()


def test_entities_from_the_attribution_pass_match_a_second_recogniser_run(seed_analysis, entity_finder):
    """Storing reuses the entities of the attribution parse (Analysis.entities): (nearly) the same
    mentions as running the recogniser again on the contents alone, which sees less context."""
    from dataclasses import replace

    assert seed_analysis.entities
    reused, rerun = entity_finder.find(seed_analysis), entity_finder.find(replace(seed_analysis, entities=None))
    assert sum(map(len, reused)) > 0
    keys = lambda found: {(i, m.key) for i, ms in enumerate(found) for m in ms}  # noqa: E731
    assert len(keys(reused) & keys(rerun)) >= 0.8 * len(keys(reused) | keys(rerun))
    for att, mentions in zip(seed_analysis.attributions, reused):
        for m in mentions:
            assert att.content[m.start:m.end] == m.name
