"""Remove a text for good: every stored version of it, here and, through sync, on every device.

A note or evidence that names a witness cannot simply be edited: the older versions stay
in the field's state (``clocks``), in the change log, in the search index's segments, in
freed database pages, in the write-ahead log and in backups. A purge

1. writes a version that replaces every live version and records in ``knows`` the
   versions it erased (``Recorder.purge``); it travels in bundles like any change (and
   is signed like any change), and every later version of the field carries that vector
   on, so a device learns of the purge whatever route the field takes;
2. on the device that makes it, and on each device that receives it (``scrub``), clears
   the change log's copies of the field's earlier values and merges the search index's
   segments, so the index no longer holds the erased words;
3. then rewrites the database file (``compact``): ``secure_delete``, ``VACUUM`` with its
   temporary copy in memory, and a ``wal_checkpoint(TRUNCATE)`` that empties the WAL.
   If another process holds the profile open the rewrite waits (``PENDING_META``) and
   runs at the next purge, sync or start;
4. forgets the bundles waiting in a hub outbox in the data folder (their changes go
   again, purged, at the next push);
5. states plainly which older backups may still hold it (every backup made before the
   latest purge here), and deletes them when the person says so, after making a fresh
   backup so they are never left without one. Backups made afterwards are copies of the
   purged database.

A version written concurrently on another device, before it received the purge, is not
erased: it stays visible as a conflict (text is never dropped silently), and can be
purged in turn.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from fieldguide.db.models import SYNCED_MODELS, ChangeLog, Meta, Response
from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.sync.validate import PURGEABLE

if TYPE_CHECKING:
    from fieldguide.backups.record import Backup
    from fieldguide.backups.service import BackupService
    from fieldguide.db.engine import Database
    from fieldguide.sync.changelog import Recorder

__all__ = ["PURGEABLE", "PurgeError", "PurgeResult", "PurgeService", "compact", "scrub"]

#: Set while a purge's database rewrite is still to be done (another process had the file).
PENDING_META = "purge.pending"
#: When the latest purge was made or received here: backups older than this may hold purged text.
LAST_META = "purge.last"

#: A bundle waiting in a hub outbox (``sync.hub``): sequence number, then bundle id.
_OUTBOX_NAME = re.compile(r"(?P<seq>[0-9]{12})-(?P<id>[0-9a-f-]{36})\.fgsync")

#: What a person calls each purgeable field, for the command line.
KINDS: dict[str, tuple[str, str]] = {
    "note": ("note", "body"),
    "answer-note": ("response", "note"),
    "evidence": ("response", "evidence"),
    "action": ("action", "text"),
}


class PurgeError(UserError):
    """Nothing to purge there, or not a purgeable field; nothing was changed."""


@dataclass(frozen=True)
class PurgeResult:
    table: str
    row_id: str
    field: str
    compacted: bool  # False: another process held the profile; the rewrite runs later
    older_backups: tuple[Backup, ...]  # may still hold the text

    def as_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "id": self.row_id,
            "field": self.field,
            "database_rewritten": self.compacted,
            "older_backups": [b.as_json() for b in self.older_backups],
        }


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


def scrub(session: Session, targets: list[tuple[str, str, str]]) -> None:
    """Inside the purge's (or the received bundle's) transaction: erase the stored copies
    of each field's earlier values that the field's state no longer holds."""
    if not targets:
        return
    for table, row_id, name in targets:
        where = (ChangeLog.table_name == table, ChangeLog.row_id == row_id, ChangeLog.field == name)
        newest = session.scalar(select(func.max(ChangeLog.seq)).where(*where))
        # The entry of the purge itself keeps its (new) value; every earlier one loses its copy.
        query = update(ChangeLog).where(*where)
        if newest is not None:
            query = query.where(ChangeLog.seq != newest)
        session.execute(query.values(value=None), execution_options={"synchronize_session": False})
    session.flush()
    # The search index keeps a deleted row's words in its older segments until they are
    # merged: merge them all now, so the erased words leave the index.
    session.execute(_optimize_fts())
    _set_meta(session, PENDING_META, "1")
    _set_meta(session, LAST_META, _now())


def _optimize_fts() -> Any:
    from sqlalchemy import text

    return text("INSERT INTO search_fts(search_fts) VALUES('optimize')")


def compact(db: Database) -> bool:
    """Rewrite the database file so that no freed page, journal or WAL frame keeps purged
    text; False when another process holds the profile (it is done later)."""
    with db.read() as session:
        if session.get(Meta, PENDING_META) is None:
            return True
    # A received bundle's checkpoint may still run on its thread (``Database.write``): the
    # TRUNCATE below would find the WAL busy and leave the purged text in it until later.
    db.settle()
    with db.raw() as conn:
        conn.execute("PRAGMA secure_delete = ON")
        # VACUUM's temporary copy of the whole database stays in memory, never in /tmp.
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("VACUUM")
        conn.execute("DELETE FROM meta WHERE key = ?", (PENDING_META,))
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        conn.execute("PRAGMA temp_store = DEFAULT")
    if busy:
        with db.write() as session:
            _set_meta(session, PENDING_META, "1")
        return False
    return True


def finish_pending(db: Database) -> None:
    """The rewrite a busy profile put off, if any (at start, after a sync)."""
    with contextlib.suppress(UserError):
        compact(db)


class PurgeService:
    def __init__(self, db: Database, recorder: Recorder, backups: BackupService) -> None:
        self.db = db
        self.recorder = recorder
        self.backups = backups

    def _row(self, session: Session, kind: str, ref: str, item: str | None) -> tuple[Any, str]:
        if kind not in KINDS:
            raise PurgeError(
                _("cannot remove text from %s: give note, answer-note, evidence or action") % kind
            )
        table, name = KINDS[kind]
        model = SYNCED_MODELS[table]
        row: Any
        if table == "response":
            from fieldguide.sync.changelog import derived_id

            row = None
            if item is not None:
                assessment = self._full_id(session, SYNCED_MODELS["assessment"], ref)
                row = session.get(Response, derived_id("response", assessment, item))
        else:
            row = session.get(model, self._full_id(session, model, ref))
        # A row in the bin still holds its text: it can be purged too.
        if row is None:
            raise PurgeError(_("nothing to remove: no such %s") % kind)
        return row, name

    @staticmethod
    def _full_id(session: Session, model: Any, ref: str) -> str:
        wanted = ref.strip().lower()
        if len(wanted) < 4 or not all(c in "0123456789abcdef-" for c in wanted):
            return wanted
        found = list(session.scalars(select(model.id).where(model.id.like(wanted + "%")).limit(2)))
        return found[0] if len(found) == 1 else wanted

    def current(self, kind: str, ref: str, item: str | None = None) -> str:
        """The text a purge of this field would remove (what the confirmation shows)."""
        with self.db.read() as session:
            row, name = self._row(session, kind, ref, item)
            return str(getattr(row, name) or "")

    def purge(self, kind: str, ref: str, item: str | None = None, *, replacement: str = "") -> PurgeResult:
        """Remove every stored version of a note, answer note, evidence or action text,
        leaving ``replacement`` (often nothing, or "[name removed]") in its place."""
        if len(replacement) > 200_000:
            raise PurgeError(_("the replacement text is too long"))
        with self.db.write() as session:
            row, name = self._row(session, kind, ref, item)
            table = row.__tablename__
            self.recorder.purge(session, row, name, replacement)
            scrub(session, [(table, row.id, name)])
            unsent = self._drop_unsent_outbox(session)
        for path in unsent:
            path.unlink(missing_ok=True)
        compacted = compact(self.db)
        return PurgeResult(table, row.id, name, compacted, tuple(self.older_backups()))

    def _drop_unsent_outbox(self, session: Session) -> list[Path]:
        """Bundles written for a hub and not uploaded yet hold the earlier versions: they are
        forgotten (their changes go again, purged, in the next push) and their files deleted."""
        from fieldguide.db.models import SyncSent

        found: list[Path] = []
        for path in (self.backups.paths.sync / "hub").glob("*/outbox/*.fgsync"):
            match = _OUTBOX_NAME.fullmatch(path.name)
            if match is None:
                continue
            sent = session.get(SyncSent, match["id"])
            if sent is not None:
                session.delete(sent)
            found.append(path)
        return found

    def older_backups(self) -> list[Backup]:
        """The backups made before the latest purge here: they may still hold purged text."""
        with self.db.read() as session:
            last = session.get(Meta, LAST_META)
            when = last.value if last is not None else None
        if when is None:
            return []
        moment = dt.datetime.fromisoformat(when)
        return [b for b in self.backups.list() if b.created < moment]

    def delete_older_backups(self) -> list[Backup]:
        """Make a fresh backup of the purged profile, then delete the older ones; returns those."""
        older = self.older_backups()
        if not older:
            return []
        compact(self.db)
        self.backups.create("after-purge")
        from fieldguide.security.descriptor import sidecar_of

        for backup in older:
            for path in (backup.path, sidecar_of(backup.path)):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        return older
