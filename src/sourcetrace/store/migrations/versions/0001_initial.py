"""Initial schema: articles, speakers, attributions, entities, mentions, and full-text search.

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(32), nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("authors", sa.JSON, nullable=False),
        sa.Column("section", sa.Text),
        sa.Column("page_date", sa.String(10)),
        sa.Column("published", sa.String(10)),
        sa.Column("published_source", sa.String(16)),
        sa.Column("stale", sa.Boolean, nullable=False),
        sa.Column("language", sa.String(16)),
        sa.Column("warnings", sa.JSON, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("input", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("pipeline_version", sa.String(32), nullable=False),
        sa.Column("attribution_count", sa.Integer, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_date", "articles", ["date"])
    op.create_index("ix_articles_outlet", "articles", ["outlet"])
    op.create_table(
        "speakers",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.Text, nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("affiliation", sa.Text),
    )
    op.create_table(
        "attributions",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(64), nullable=False, unique=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("speaker_pk", sa.Integer, sa.ForeignKey("speakers.pk"), nullable=False),
        sa.Column("source_text", sa.Text, nullable=False),
        sa.Column("source_name", sa.Text),
        sa.Column("source_kind", sa.String(16), nullable=False),
        sa.Column("affiliation", sa.Text),
        sa.Column("source_start", sa.Integer),
        sa.Column("source_end", sa.Integer),
        sa.Column("cue", sa.Text, nullable=False),
        sa.Column("cue_start", sa.Integer),
        sa.Column("cue_end", sa.Integer),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("content_start", sa.Integer),
        sa.Column("content_end", sa.Integer),
        sa.Column("quote", sa.String(16), nullable=False),
        sa.Column("stance", sa.String(16), nullable=False),
        sa.Column("hedge", sa.Text),
        sa.Column("hedge_probability", sa.String(16)),
        sa.Column("medium", sa.Text),
        sa.Column("medium_start", sa.Integer),
        sa.Column("medium_end", sa.Integer),
        sa.Column("cites", sa.Text),
        sa.Column("date", sa.String(10)),
    )
    op.create_index("ix_attributions_article", "attributions", ["article_pk", "position"])
    op.create_index("ix_attributions_speaker", "attributions", ["speaker_pk"])
    op.create_index("ix_attributions_kind", "attributions", ["source_kind"])
    op.create_index("ix_attributions_stance", "attributions", ["stance"])
    op.create_table(
        "entities",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.Text, nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("label", sa.String(16), nullable=False),
    )
    op.create_table(
        "mentions",
        sa.Column("attribution_pk", sa.Integer, sa.ForeignKey("attributions.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("start", sa.Integer, primary_key=True),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("entity_pk", sa.Integer, sa.ForeignKey("entities.pk"), nullable=False),
    )
    op.create_index("ix_mentions_entity", "mentions", ["entity_pk"])
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_search()
    else:
        _sqlite_search()


def _postgresql_search() -> None:
    """Generated tsvector columns with GIN indexes. Angle brackets become spaces first: this is plain
    text, and PostgreSQL's parser would otherwise drop anything that looks like a tag."""
    article_words = "regexp_replace(coalesce(title, '') || ' ' || text, '[<>]', ' ', 'g')"
    op.execute("ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
               f"(to_tsvector('english', {article_words})) STORED")
    op.execute("CREATE INDEX ix_articles_search ON articles USING gin (search)")
    op.execute("ALTER TABLE attributions ADD COLUMN search tsvector GENERATED ALWAYS AS "
               "(to_tsvector('english', regexp_replace(content, '[<>]', ' ', 'g'))) STORED")
    op.execute("CREATE INDEX ix_attributions_search ON attributions USING gin (search)")
    op.execute("ALTER TABLE attributions ADD COLUMN speaker_search tsvector GENERATED ALWAYS AS "
               "(to_tsvector('english', source_text || ' ' || coalesce(source_name, ''))) STORED")
    op.execute("CREATE INDEX ix_attributions_speaker_search ON attributions USING gin (speaker_search)")
    op.execute("CREATE INDEX ix_attributions_newest ON attributions (date DESC NULLS LAST, article_pk DESC, position)")


def _sqlite_search() -> None:
    """FTS5 tables kept in step by triggers: articles as an external-content index over their rows,
    attributions with their own copy of the content and of the speaker's words (text and name)."""
    op.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='pk', "
               "tokenize='porter unicode61')")
    op.execute("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
               "INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END")
    op.execute("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
               "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text); END")
    op.execute("CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN "
               "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text); "
               "INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END")
    op.execute("CREATE VIRTUAL TABLE attributions_fts USING fts5(content, speaker, tokenize='porter unicode61')")
    speaker = "{0}.source_text || ' ' || coalesce({0}.source_name, '')"
    op.execute("CREATE TRIGGER attributions_fts_insert AFTER INSERT ON attributions BEGIN "
               f"INSERT INTO attributions_fts(rowid, content, speaker) VALUES (new.pk, new.content, {speaker.format('new')}); END")
    op.execute("CREATE TRIGGER attributions_fts_delete AFTER DELETE ON attributions BEGIN "
               "DELETE FROM attributions_fts WHERE rowid = old.pk; END")
    op.execute("CREATE TRIGGER attributions_fts_update AFTER UPDATE ON attributions BEGIN "
               "DELETE FROM attributions_fts WHERE rowid = old.pk; "
               f"INSERT INTO attributions_fts(rowid, content, speaker) VALUES (new.pk, new.content, {speaker.format('new')}); END")
    op.execute("CREATE INDEX ix_attributions_newest ON attributions (date DESC, article_pk DESC, position)")


def downgrade() -> None:
    for name in ("articles_fts", "attributions_fts"):
        op.execute(f"DROP TABLE IF EXISTS {name}")
    for name in ("mentions", "entities", "attributions", "speakers", "articles"):
        op.drop_table(name)
