"""indexes that cover what the library tree and the assessment list read

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 11:00:00

A section row holds its body, an answer its note: reading the outline columns or an
answer's status through the table reads a page per row (at 100 × a team's year, ~500 MB of
sections for the tree, ~6 GB of answers for the list). Each index below holds every
column its statement reads, in the order it sorts or groups by, so SQLite answers from
the index alone (EXPLAIN QUERY PLAN: COVERING INDEX; tests/test_covering_indexes.py).
Each replaces the one-column index it starts with, so a write updates as many indexes
as before.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# (table, new index, its columns, the index it replaces, that one's column)
COVERING = (
    # library/shelf.py: every outline, ordered by document and position.
    (
        "section",
        "ix_section_outline",
        ["document_id", "position", "id", "title", "level", "number", "parent_id"],
        "ix_section_document_id",
    ),
    # assessments: when each assessment last changed (max of updated_at per assessment) and
    # its progress (the live answers' items and statuses).
    (
        "response",
        "ix_response_progress",
        ["assessment_id", "updated_at", "deleted", "item_id", "status"],
        "ix_response_assessment_id",
    ),
    ("action", "ix_action_last_change", ["assessment_id", "updated_at"], "ix_action_assessment_id"),
)


def upgrade() -> None:
    # Plain CREATE/DROP INDEX (no batch copy): the tables and their FTS triggers stay as they are.
    for table, name, columns, replaced in COVERING:
        op.create_index(name, table, columns)
        op.drop_index(replaced, table)


def downgrade() -> None:
    for table, name, columns, replaced in COVERING:
        op.create_index(replaced, table, [columns[0]])
        op.drop_index(name, table)
