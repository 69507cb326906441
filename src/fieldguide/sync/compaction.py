"""Keep the change log from growing with every autosave.

A note is saved as it is typed: each save is a change to the same field. Until a
bundle has carried them away, only the last of this device's changes to a field
needs a journal entry, so the one before it is dropped when the next is written
(a bundle carries each field's current state, see `sync.state`). A change that any
bundle may have carried is never touched, nor a change received from another
device (bundles relay them), nor a delete.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from fieldguide.db.models import ChangeLog, SyncSent


def sent_through(session: Session) -> int:
    """The highest seq any bundle from this device may have carried."""
    return int(session.scalar(select(func.coalesce(func.max(SyncSent.seq_to), 0))) or 0)


def drop_unsent(session: Session, table: str, row_id: str, field: str, sent: int) -> None:
    """Drop this device's change-log entries for `field` that no bundle has carried yet.

    The change log is the journal of which fields changed (``sync.changelog``); a bundle
    carries each field's current state, so one entry after the last bundle is enough.
    Received (relayed) entries are never touched.
    """
    session.execute(
        delete(ChangeLog).where(
            ChangeLog.table_name == table,
            ChangeLog.row_id == row_id,
            ChangeLog.field == field,
            ChangeLog.local.is_(True),
            ChangeLog.seq > sent,
        )
    )
