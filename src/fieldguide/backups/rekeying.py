"""Changing the key of backups: when a profile is protected, unprotected or its passphrase changes.

Part of `BackupService` (service.py), over the backup folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldguide.backups.folder import BackupFolder
from fieldguide.backups.record import Backup, write_sidecar
from fieldguide.security.cipherfile import (
    SAME_KEY,
    KeyArg,
    attached,
    check_schema,
    crash_point,
    export,
    replace_file,
    temporary_path,
    verify_attached,
)
from fieldguide.security.kdf import KdfParams
from fieldguide.security.progress import Meter

# The shares of re-keying one backup: checking it, writing the copy, checking the copy
# (measured at 10 x: an encrypted file is checked more slowly than a plain one).
REKEY_WEIGHTS = (0.3, 0.3, 0.4)


class BackupRekeying(BackupFolder):
    def rekey(
        self,
        conn: Any,
        backup: Backup,
        source_key: KeyArg,
        target_key: KeyArg,
        target_kdf: KdfParams | None,
        meter: Meter | None = None,
    ) -> None:
        """Rewrite one backup under another key (or none), verified before it replaces the old file.

        The sidecar names both the old and the new parameters while the file is swapped,
        so whichever file a crash leaves behind can be opened.
        """
        temporary = temporary_path(backup.path, "rekey")
        checking, writing, verifying = meter.parts(*REKEY_WEIGHTS) if meter else (None, None, None)
        with attached(conn, backup.path, "fieldguide_source", source_key) as alias:
            counts = check_schema(conn, alias, backup.path.name, checking)
            export(conn, temporary, target_key, source=alias, meter=writing)
        verify_attached(conn, temporary, target_key, counts, verifying)
        def record(previous_kdf: KdfParams | None) -> None:
            write_sidecar(
                backup.path, created=backup.created, reason=backup.reason, revision=backup.revision,
                kdf=target_kdf, previous_kdf=previous_kdf,
            )

        record(backup.kdf)
        replace_file(temporary, backup.path)
        record(None)

    def rekey_all(
        self,
        conn: Any,
        source_key: KeyArg,
        target_key: KeyArg,
        target_kdf: KdfParams | None,
        *,
        select: Callable[[Backup], bool] = lambda backup: True,
        crash_step: str = "",
        meter: Meter | None = None,
    ) -> int:
        """Re-key every backup `select` picks; `meter` follows them, each its share by size."""
        chosen = [backup for backup in self.list() if select(backup)]
        shares = meter.parts(*(_size(b.path) for b in chosen)) if meter else [None] * len(chosen)
        done = 0
        for backup, share in zip(chosen, shares, strict=True):
            self.rekey(conn, backup, source_key, target_key, target_kdf, share)
            done += 1
            if crash_step:
                crash_point(f"{crash_step}:{done}")
        if meter is not None:
            meter.done()
        return done

    def encrypt_plain_backups(self) -> int:
        """Encrypt, under the profile's key, any plain backup left beside an encrypted profile.

        Such backups exist only when protecting a profile was interrupted after the
        profile itself was swapped; this finishes that job on the next open.
        """
        if not self.db.encrypted:
            return 0
        plain = [b for b in self.list() if not b.encrypted]
        if not plain:
            return 0
        kdf = self._profile_kdf()
        with self.db.raw() as conn:
            return self.rekey_all(conn, None, SAME_KEY, kdf, select=lambda b: not b.encrypted)


def _size(path: Path) -> float:
    try:
        return float(max(path.stat().st_size, 1))
    except OSError:
        return 1.0
