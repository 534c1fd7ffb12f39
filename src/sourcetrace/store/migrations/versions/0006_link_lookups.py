"""Indexes for the lookups linking makes by article and by event, so that relinking one article does not
read a table that grows with the store: an article's band keys (copy_bands' key is its primary key's
first column, so `DELETE ... WHERE article_pk = ?` scanned every band) and an event's keys (deleting an
event cascades to event_keys by event_pk, which scanned every key).

Revision ID: 0006
Revises: 0005
"""
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_copy_bands_article", "copy_bands", ["article_pk"])
    op.create_index("ix_event_keys_event", "event_keys", ["event_pk"])


def downgrade() -> None:
    op.drop_index("ix_event_keys_event", "event_keys")
    op.drop_index("ix_copy_bands_article", "copy_bands")
