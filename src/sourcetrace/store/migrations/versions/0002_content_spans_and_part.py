"""An attribution's content is a list of spans (one utterance, interrupted by its frame, is one
attribution), and an attribution says which text its spans point into: the body or the title.

Existing rows keep their one content span as a one-element list and are all from the body.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    # Plain ALTER TABLE (no batch copy): SQLite keeps the table, its full-text triggers and its indexes.
    op.execute("ALTER TABLE attributions ADD COLUMN part VARCHAR(8) NOT NULL DEFAULT 'body'")
    op.execute("ALTER TABLE attributions ADD COLUMN content_spans JSON NOT NULL DEFAULT '[]'")
    array = "json_build_array" if dialect == "postgresql" else "json_array"
    op.execute(f"UPDATE attributions SET content_spans = {array}({array}(content_start, content_end)) "
               "WHERE content_start IS NOT NULL AND content_end IS NOT NULL")
    op.execute("ALTER TABLE attributions DROP COLUMN content_start")
    op.execute("ALTER TABLE attributions DROP COLUMN content_end")


def downgrade() -> None:
    """Back to one content span: the span covering all pieces (title rows keep their title offsets)."""
    dialect = op.get_bind().dialect.name
    op.execute("ALTER TABLE attributions ADD COLUMN content_start INTEGER")
    op.execute("ALTER TABLE attributions ADD COLUMN content_end INTEGER")
    if dialect == "postgresql":
        first, last = "(content_spans->0->>0)::int", "(content_spans->(json_array_length(content_spans) - 1)->>1)::int"
    else:
        first, last = "json_extract(content_spans, '$[0][0]')", "json_extract(content_spans, '$[#-1][1]')"
    op.execute(f"UPDATE attributions SET content_start = {first}, content_end = {last} "
               "WHERE json_array_length(content_spans) > 0")
    op.execute("ALTER TABLE attributions DROP COLUMN content_spans")
    op.execute("ALTER TABLE attributions DROP COLUMN part")
