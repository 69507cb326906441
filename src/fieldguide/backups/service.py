"""Rolling backups of the profile, and restoring one.

A backup is a consistent snapshot written by SQLite itself (`VACUUM INTO`, never
a copy of the live file, which could catch a write half-way), under the
profile's own key: an encrypted profile has encrypted backups. Beside each
backup, `<name>.json` records when and why it was made and the key derivation
parameters (salt, Argon2id costs; nothing secret) needed to open it with the
passphrase that was in force when it was made.

Backups are made before each migration, once a day, and before every operation
that rewrites the profile (protect, unprotect, change of passphrase, restore).
The newest 7 are kept (`backups.keep` in settings.json).

`BackupService` is one face (`app.backups.*`) built in layers: the folder
(folder.py: listing, snapshots, pruning), re-keying (rekeying.py) and restoring
(restoring.py); making backups is here. One backup and its sidecar is record.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from fieldguide.backups.record import Backup, BackupError
from fieldguide.backups.rekeying import BackupRekeying
from fieldguide.backups.restoring import BackupRestoring
from fieldguide.db.engine import storage_error
from fieldguide.errors import UserError
from fieldguide.hygiene import make_private_dir
from fieldguide.i18n import _
from fieldguide.security.cipherfile import remove_temporaries
from fieldguide.security.progress import Meter, Stopped

__all__ = ["BackupService"]


class BackupService(BackupRekeying, BackupRestoring):
    def create(self, reason: str = "manual", *, conn: Any = None, meter: Meter | None = None) -> Backup:
        """A new backup in the backup folder; older ones beyond the number to keep are removed.

        `meter` follows the copy as it is written (security.progress); its stop, when set,
        ends the copy with nothing written (Stopped).
        """
        try:
            make_private_dir(self.directory)
        except OSError as exc:
            raise storage_error(exc, self.directory) or exc from exc
        created = self.clock()
        target = self._new_name(reason, created)
        if conn is not None:
            backup = self._snapshot(conn, target, reason, created, meter)
        else:
            with self.db.raw() as raw:
                backup = self._snapshot(raw, target, reason, created, meter)
        self.prune(protect=target)
        return backup

    def export(self, target: Path) -> Backup:
        """A backup written to a file of the user's choosing (its `.json` key file beside it)."""
        target = target.expanduser().resolve()
        if not target.parent.is_dir():
            raise BackupError(_("folder not found: %s") % target.parent)
        with self.db.raw() as raw:
            return self._snapshot(raw, target, "export")

    def daily_due(self, *, today: dt.date | None = None) -> bool:
        """No backup was made today yet (local date)."""
        today = today or dt.date.today()
        newest = self.list()
        return not (newest and newest[0].created.astimezone().date() >= today)

    def daily(self, *, today: dt.date | None = None, meter: Meter | None = None) -> Backup | None:
        """The day's backup, unless one was already made today (local date)."""
        if not self.daily_due(today=today):
            return None
        return self.create("daily", meter=meter)

    def daily_or_note(self, meter: Meter | None = None) -> Backup | None:
        """The daily backup at start-up; a failure is noted in `last_error`, not raised.

        A full disk must not stop the adviser from opening (and reading) the profile.
        Stopped (the window closing) is no failure: the next start makes the day's backup.
        """
        try:
            backup = self.daily(meter=meter)
        except Stopped:
            return None
        except UserError as exc:
            self.last_error = str(exc)
            return None
        self.last_error = None
        return backup

    def remove_leftovers(self) -> None:
        remove_temporaries(self.paths.root)
        if self.directory.is_dir():
            remove_temporaries(self.directory)
