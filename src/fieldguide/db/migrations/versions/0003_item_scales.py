"""answers on each item kind's own scale

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 02:20:00

Until now every item was judged met / partly met / not met / not applicable.
Each kind now has its own scale (fieldguide.assessments.scales). A stored
answer whose meaning has an exact word on its item's scale is rewritten to
that word (a step "met" is "done", a tip "not applicable" is "not relevant").
Any other answer (a tip "partly met", a question "not met") is left exactly
as recorded: the read model shows it at the nearest value of the scale with
the recorded value beside it, until the adviser answers again. Nothing is lost.

Clocks and the change log are left alone: every device runs this same
rewrite, and a value that arrives later from an older version is placed on
the scale the same way when it is read.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (kind, value before, value on the kind's scale): only exact equivalents.
# A copy, not an import of scales.py: a migration must keep meaning what it
# meant when it was written, whatever the code becomes.
EXACT = (
    ("step", "met", "done"),
    ("step", "partly-met", "under-way"),
    ("step", "not-met", "not-started"),
    ("tip", "met", "applied"),
    ("tip", "not-met", "not-applied"),
    ("tip", "not-applicable", "not-relevant"),
    ("question", "met", "answered"),
)

_REWRITE = sa.text(
    "UPDATE response SET status = :new WHERE status = :old"
    " AND item_id IN (SELECT id FROM checklist_item WHERE kind = :kind)"
)


def upgrade() -> None:
    bind = op.get_bind()
    for kind, old, new in EXACT:
        bind.execute(_REWRITE, {"kind": kind, "old": old, "new": new})


def downgrade() -> None:
    bind = op.get_bind()
    for kind, old, new in EXACT:
        bind.execute(_REWRITE, {"kind": kind, "old": new, "new": old})
