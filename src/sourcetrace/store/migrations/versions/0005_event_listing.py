"""Events listed newest first, undated last, straight from an index on PostgreSQL (its DESC puts NULLs first,
so the listing's NULLS LAST could not use the plain (date, pk) index and sorted every event group).

Revision ID: 0005
Revises: 0004
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_event_groups_newest ON event_groups (date DESC NULLS LAST, pk DESC)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_event_groups_newest")
