"""An article keeps the release heading its page carries ("News release", "For immediate release"), so a trace
read from the store orders a release before the same day's news of it, as one of files does. Rows stored before
have none until their input is ingested again by a newer pipeline.

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


def downgrade() -> None:
    op.execute("ALTER TABLE articles DROP COLUMN release")
