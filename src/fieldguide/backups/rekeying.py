"""Changing the key of backups: when a profile is protected, unprotected or its passphrase changes.

Part of `BackupService` (service.py), over the backup folder.
"""

from __future__ import annotations

from collections.abc import Callable
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


class BackupRekeying(BackupFolder):
    def rekey(
        self,
        conn: Any,
        backup: Backup,
        source_key: KeyArg,
        target_key: KeyArg,
        target_kdf: KdfParams | None,
    ) -> None:
        """Rewrite one backup under another key (or none), verified before it replaces the old file.

        The sidecar names both the old and the new parameters while the file is swapped,
        so whichever file a crash leaves behind can be opened.
        """
        temporary = temporary_path(backup.path, "rekey")
        with attached(conn, backup.path, "fieldguide_source", source_key) as alias:
            counts = check_schema(conn, alias, backup.path.name)
            export(conn, temporary, target_key, source=alias)
        verify_attached(conn, temporary, target_key, counts)
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
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Re-key every backup `select` picks; `progress(done)` after each."""
        done = 0
        for backup in self.list():
            if not select(backup):
                continue
            self.rekey(conn, backup, source_key, target_key, target_kdf)
            done += 1
            if crash_step:
                crash_point(f"{crash_step}:{done}")
            if progress is not None:
                progress(done)
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
