"""Raw inputs already analysed, by digest, so re-ingesting an unchanged page skips all parsing.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "input_digests",
        sa.Column("digest", sa.String(64), primary_key=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("pipeline_version", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("input_digests")
