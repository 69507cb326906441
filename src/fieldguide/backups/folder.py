"""The profile's backup folder: listing it, writing a snapshot into it, pruning it.

The base of `BackupService` (service.py); re-keying and restoring build on it.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldguide.backups.record import PREFIX, SUFFIX, Backup, read_backup, schema_revision, write_sidecar
from fieldguide.db.engine import Database, storage_error
from fieldguide.hygiene import create_private
from fieldguide.paths import DataPaths
from fieldguide.security.cipherfile import fsync_file, replace_file, temporary_path
from fieldguide.security.descriptor import SIDECAR, load_descriptor, sidecar_of
from fieldguide.security.kdf import KdfParams
from fieldguide.security.preferences import backups_to_keep
from fieldguide.security.progress import Meter, bytes_in_use, file_growth, watching


class BackupFolder:
    def __init__(
        self,
        paths: DataPaths,
        db: Database,
        *,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.paths = paths
        self.db = db
        self.clock = clock
        # Why today's automatic backup could not be made (a full disk…), for the user to see.
        self.last_error: str | None = None

    @property
    def directory(self) -> Path:
        return self.paths.backups

    def keep(self) -> int:
        return backups_to_keep(self.paths)

    def _profile_kdf(self) -> KdfParams | None:
        return load_descriptor(self.paths.root).kdf if self.db.encrypted else None

    def list(self) -> builtins.list[Backup]:
        """The backups in the profile's backup folder, newest first."""
        if not self.directory.is_dir():
            return []
        found = [
            read_backup(entry)
            for entry in self.directory.iterdir()
            if entry.name.startswith(PREFIX) and entry.name.endswith(SUFFIX) and entry.is_file()
        ]
        return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)

    def _snapshot(
        self,
        conn: Any,
        target: Path,
        reason: str,
        created: dt.datetime | None = None,
        meter: Meter | None = None,
    ) -> Backup:
        """`VACUUM INTO` a temporary file, then sidecar, then rename: a backup appears whole or not at all.

        `meter` follows the temporary file's size against the pages in use in the profile.
        """
        created = created or self.clock()
        temporary = temporary_path(target, "backup")
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        revision = schema_revision(conn)
        try:
            create_private(temporary)  # owner-only before a byte of the profile is in it
            expected = bytes_in_use(conn) if meter else 0
            with file_growth(temporary, expected, meter) as written, watching(conn, meter, written):
                conn.execute("VACUUM INTO ?", (str(temporary),))
            fsync_file(temporary)
            write_sidecar(target, created=created, reason=reason, revision=revision, kdf=self._profile_kdf())
            replace_file(temporary, target)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                temporary.unlink()
            mapped = storage_error(exc, target.parent)
            if mapped is not None:
                raise mapped from exc
            raise
        return read_backup(target)

    def _new_name(self, reason: str, created: dt.datetime) -> Path:
        stamp = created.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        return self.directory / f"{PREFIX}{stamp}-{reason}{SUFFIX}"

    def prune(self, keep: int | None = None, *, protect: Path | None = None) -> builtins.list[Path]:
        """Remove backups beyond the newest `keep`; never `protect` (the one just made)."""
        keep = keep if keep is not None else self.keep()
        removed: builtins.list[Path] = []
        for backup in self.list()[keep:]:
            if protect is not None and backup.path == protect:
                continue
            for path in (backup.path, sidecar_of(backup.path)):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            removed.append(backup.path)
        # A sidecar whose backup never got its final name (the process was killed).
        if self.directory.is_dir():
            for entry in self.directory.iterdir():
                if (
                    entry.name.endswith(SUFFIX + SIDECAR)
                    and not entry.with_name(entry.name[: -len(SIDECAR)]).exists()
                ):
                    age = self.clock().timestamp() - entry.stat().st_mtime
                    if age > 3600:
                        with contextlib.suppress(OSError):
                            entry.unlink()
        return removed
