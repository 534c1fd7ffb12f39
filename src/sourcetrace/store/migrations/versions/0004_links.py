"""Links over the whole store: copy signatures and LSH bands, claim embeddings, pairs and clusters,
events with their responsibility claims and cross-article groups.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _fk(column: str, target: str, **kw) -> sa.Column:
    return sa.Column(column, sa.Integer, sa.ForeignKey(target, ondelete="CASCADE"), **kw)


def upgrade() -> None:
    op.create_table(
        "linked",
        _fk("article_pk", "articles.pk", primary_key=True),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("article_version", sa.String(32), nullable=False),
        sa.Column("shingles", sa.Integer, nullable=False),
        sa.Column("minhash", sa.LargeBinary),
        sa.Column("copy_group", sa.Integer, nullable=False),
        sa.Column("original_pk", sa.Integer, nullable=False),
        sa.Column("similarity", sa.Float),
    )
    op.create_index("ix_linked_copy_group", "linked", ["copy_group"])
    op.create_table(
        "copy_bands",
        sa.Column("key", sa.BigInteger, primary_key=True),
        _fk("article_pk", "articles.pk", primary_key=True),
    )
    op.create_table(
        "claim_links",
        sa.Column("attribution_pk", sa.Integer, primary_key=True, autoincrement=False),
        _fk("article_pk", "articles.pk", nullable=False),
        sa.Column("vector", sa.LargeBinary, nullable=False),
        sa.Column("responsibility", sa.JSON, nullable=False),
        sa.Column("component", sa.Integer, nullable=False),
        sa.Column("cluster", sa.Integer, nullable=False),
    )
    op.create_index("ix_claim_links_article", "claim_links", ["article_pk"])
    op.create_index("ix_claim_links_component", "claim_links", ["component"])
    op.create_index("ix_claim_links_cluster", "claim_links", ["cluster"])
    op.create_table(
        "claim_pairs",
        sa.Column("a_pk", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("b_pk", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("similarity", sa.Float, nullable=False),
    )
    op.create_index("ix_claim_pairs_b", "claim_pairs", ["b_pk"])
    op.create_table(
        "claim_clusters",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("members", sa.Integer, nullable=False),
        sa.Column("voices", sa.Integer, nullable=False),
        sa.Column("speakers", sa.JSON, nullable=False),
        sa.Column("outlets", sa.JSON, nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("contradicted", sa.Boolean, nullable=False),
        sa.Column("date", sa.String(10)),
    )
    op.create_index("ix_claim_clusters_listing", "claim_clusters", ["articles", "voices", "pk"])
    op.create_table(
        "events",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _fk("article_pk", "articles.pk", nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("event", sa.JSON, nullable=False),
        sa.Column("day", sa.String(10)),
        sa.Column("event_group", sa.Integer, nullable=False),
    )
    op.create_index("ix_events_article", "events", ["article_pk", "number"])
    op.create_index("ix_events_group", "events", ["event_group"])
    op.create_table(
        "event_keys",
        sa.Column("word", sa.String(64), primary_key=True),
        _fk("event_pk", "events.pk", primary_key=True),
    )
    op.create_table(
        "responsibility",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        _fk("event_pk", "events.pk", nullable=False),
        sa.Column("attribution_id", sa.String(64)),
        sa.Column("claim", sa.JSON, nullable=False),
    )
    op.create_index("ix_responsibility_event", "responsibility", ["event_pk"])
    op.create_table(
        "event_groups",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("originals", sa.Integer, nullable=False),
        sa.Column("claims", sa.Integer, nullable=False),
        sa.Column("disputes", sa.JSON, nullable=False),
        sa.Column("date", sa.String(10)),
    )
    op.create_index("ix_event_groups_listing", "event_groups", ["date", "pk"])
    op.create_table(
        "link_state",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    for name in ("link_state", "event_groups", "responsibility", "event_keys", "events", "claim_clusters", "claim_pairs",
                 "claim_links", "copy_bands", "linked"):
        op.drop_table(name)
