"""sync state: bundles sent and received, change log by row

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_sent",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("destination", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id"),
    )
    op.create_table(
        "sync_received",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("device", sa.String(length=200), nullable=False),
        sa.Column("hlc_max", sa.String(length=32), nullable=True),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("new_changes", sa.Integer(), nullable=False),
        sa.Column("applied_at", sa.String(length=32), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id"),
    )
    op.create_index("ix_sync_received_device", "sync_received", ["device"], unique=False)
    # A plain CREATE INDEX: no batch rebuild of change_log, so no trigger is lost.
    op.create_index("ix_change_row", "change_log", ["table_name", "row_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_change_row", table_name="change_log")
    op.drop_index("ix_sync_received_device", table_name="sync_received")
    op.drop_table("sync_received")
    op.drop_table("sync_sent")
