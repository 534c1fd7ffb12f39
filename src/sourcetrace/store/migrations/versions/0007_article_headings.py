"""An article keeps the heading by which its page says it is the first publication of its story: a release's
("News release", "For immediate release") and an exclusive's ("EXCLUSIVE"), so a trace read from the store puts it
before the same day's news of it, as one of files does. Rows stored before have neither until their input is
ingested again by a newer pipeline.

Revision ID: 0007
Revises: 0006
"""
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE (no batch copy): SQLite keeps the table, its full-text triggers and its indexes.
    op.execute("ALTER TABLE articles ADD COLUMN release TEXT")
    op.execute("ALTER TABLE articles ADD COLUMN exclusive TEXT")


def downgrade() -> None:
    op.execute("ALTER TABLE articles DROP COLUMN exclusive")
    op.execute("ALTER TABLE articles DROP COLUMN release")
