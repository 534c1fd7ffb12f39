"""Migrations carry rows written by an older schema forward, on SQLite and on a real PostgreSQL."""
from __future__ import annotations

from datetime import datetime, timezone

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from conftest import statement
from sourcetrace.models import Analysis, Article, joined
from sourcetrace.store import Store
from sourcetrace.store.engine import MIGRATIONS, create, migrate, writing

ARTICLE_TEXT = "The mayor said the bridge will reopen in May."


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def revision_of(engine) -> str:
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def write_0001_row(engine) -> None:
    """One article, speaker and attribution as the first schema stored them (one content span)."""
    with writing(engine.connect()) as conn, conn.begin():
        conn.execute(text(
            "INSERT INTO articles (id, title, authors, stale, warnings, text, pipeline_version, attribution_count, "
            "ingested_at) VALUES ('a1', 'Bridge', '[]', false, '[]', :text, '0.1', 1, :now)"),
            {"text": ARTICLE_TEXT, "now": datetime.now(timezone.utc)})
        conn.execute(text("INSERT INTO speakers (key, name, kind) VALUES ('the mayor @a1', 'The mayor', 'person')"))
        conn.execute(text(
            "INSERT INTO attributions (id, article_pk, position, speaker_pk, source_text, source_kind, cue, content, "
            "content_start, content_end, quote, stance) VALUES ('a1-1', (SELECT pk FROM articles), 1, "
            "(SELECT pk FROM speakers), 'The mayor', 'person', 'said', 'the bridge will reopen in May', 15, 44, "
            "'indirect', 'assert')"))


def test_one_content_span_becomes_a_list_and_rows_are_from_the_body(db_url):
    engine = create(db_url)
    migrate(engine, "0001")
    write_0001_row(engine)
    migrate(engine)
    assert revision_of(engine) == head_revision()
    engine.dispose()

    store = Store.open(db_url)
    (att,) = store.article("a1")["attributions"]
    assert (att["content_spans"], att["part"]) == ([[15, 44]], "body")
    assert ARTICLE_TEXT[15:44] == att["content"]
    assert [a["id"] for a in store.search("reopen")["attributions"]["items"]] == ["a1-1"]  # full text still indexed
    store.close()


def test_downgrade_keeps_the_covering_span(db_url):
    store = Store.open(db_url)
    said = statement(ARTICLE_TEXT, "The mayor", "said", "the bridge will reopen in May")
    said.content_spans = [(15, 25), (31, 44)]  # two pieces: "the bridge", "reopen in May"
    said.content = joined(ARTICLE_TEXT, said.content_spans)
    store.save(Analysis("a.txt", Article(text=ARTICLE_TEXT, title="Bridge"), [said]))
    engine, config = store.engine, alembic_config()
    with writing(engine.connect()) as conn, conn.begin():
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT content_start, content_end FROM attributions").one() == (15, 44)
    engine.dispose()
