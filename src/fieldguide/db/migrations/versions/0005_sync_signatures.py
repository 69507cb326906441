"""signed changes: one signature per write of this or another device

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 05:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_signature",
        sa.Column("device", sa.String(length=200), nullable=False),
        sa.Column("hlc", sa.String(length=32), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("leaves", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("device", "hlc"),
    )


def downgrade() -> None:
    op.drop_table("sync_signature")
