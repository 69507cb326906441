"""Keep the change log from growing with every autosave.

A note is saved as it is typed: each save is a change to the same field. Until a
bundle has carried them away, only the last of this device's changes to a field
needs to travel, so the one before it is dropped when the next is written; the
new change takes over its `base` (the value it replaced, which other devices may
know), so the chain that tells a later edit from a concurrent one stays whole.
A change that any bundle may have carried is never touched, nor a change received
from another device (bundles relay them), nor a delete (its base is worked out
differently, see `changelog`).
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from fieldguide.db.models import ChangeLog, SyncSent


def sent_through(session: Session) -> int:
    """The highest seq any bundle from this device may have carried."""
    return int(session.scalar(select(func.coalesce(func.max(SyncSent.seq_to), 0))) or 0)


def supersede(
    session: Session, table: str, row_id: str, field: str, stamp: str | None, sent: int
) -> str | None:
    """Drop this device's unsent change that set `field` to its current value (`stamp`).

    Returns the base the new change should carry: the dropped change's base, or
    `stamp` itself when there is nothing to drop.
    """
    if stamp is None or field == "deleted":
        return stamp
    hlc, _, device = stamp.partition("@")
    previous = session.execute(
        select(ChangeLog.seq, ChangeLog.base).where(
            ChangeLog.table_name == table,
            ChangeLog.row_id == row_id,
            ChangeLog.field == field,
            ChangeLog.hlc == hlc,
            ChangeLog.device == device,
            ChangeLog.local.is_(True),
            ChangeLog.seq > sent,
        )
    ).first()
    if previous is None:
        return stamp
    session.execute(delete(ChangeLog).where(ChangeLog.seq == previous.seq))
    base: str | None = previous.base
    return base
