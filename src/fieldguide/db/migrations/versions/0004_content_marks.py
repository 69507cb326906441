"""content marks (synthesis, dates, evidence hints, links) and translations of content

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy), so the FTS triggers on these tables stay in place.
    op.add_column("section", sa.Column("synthesis", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("section", sa.Column("dated", sa.Text(), nullable=True))
    op.add_column("checklist_item", sa.Column("hint", sa.Text(), nullable=True))
    op.add_column(
        "checklist_item", sa.Column("synthesis", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column("checklist_item", sa.Column("dated", sa.Text(), nullable=True))
    op.add_column("checklist_item", sa.Column("see_also", sa.JSON(), nullable=False, server_default="[]"))
    op.create_table(
        "content_translation",
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("object_id", sa.String(length=256), nullable=False),
        sa.Column("pack_id", sa.String(length=128), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("citation", sa.Text(), nullable=False),
        sa.Column("hint", sa.Text(), nullable=True),
        sa.Column("group_name", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["pack_id"], ["pack.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("language", "kind", "object_id"),
    )
    op.create_index("ix_content_translation_pack_id", "content_translation", ["pack_id"])


def downgrade() -> None:
    op.drop_index("ix_content_translation_pack_id", "content_translation")
    op.drop_table("content_translation")
    for column in ("see_also", "dated", "synthesis", "hint"):
        op.drop_column("checklist_item", column)
    for column in ("dated", "synthesis"):
        op.drop_column("section", column)
