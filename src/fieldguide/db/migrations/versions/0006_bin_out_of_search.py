"""what is in the bin is not in the search index

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 09:00:00
"""

from __future__ import annotations

from alembic import op

from fieldguide.db import fts

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_note_assessment_id", "note", ["assessment_id"])
    # The note and answer triggers gain the bin condition; assessment gets its own triggers.
    for statement in fts.trigger_statements():
        op.execute(statement)
    # Only what was binned before this revision leaves the index: no full rebuild at upgrade.
    for statement in fts.drop_stale_statements():
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS assessment_fts_insert")
    op.execute("DROP TRIGGER IF EXISTS assessment_fts_bin")
    op.drop_index("ix_note_assessment_id", "note")
