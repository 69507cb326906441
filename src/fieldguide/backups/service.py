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
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldguide import __version__
from fieldguide.atomic import atomic_write
from fieldguide.db.engine import Database, storage_error
from fieldguide.errors import UserError
from fieldguide.hygiene import create_private, make_private_dir
from fieldguide.i18n import _
from fieldguide.memory import wipe
from fieldguide.paths import DataPaths
from fieldguide.security.cipherfile import (
    SAME_KEY,
    KeyArg,
    attached,
    check_schema,
    crash_point,
    export,
    fsync_file,
    is_encrypted,
    remove_side_files,
    remove_temporaries,
    replace_file,
    swap_in,
    temporary_path,
    verify_attached,
)
from fieldguide.security.descriptor import SIDECAR, load_descriptor, sidecar_kdf, sidecar_of
from fieldguide.security.kdf import KdfParams, derive_key
from fieldguide.security.preferences import backups_to_keep

PREFIX = "fieldguide-"
SUFFIX = ".db"


class BackupError(UserError):
    """A backup that cannot be read, opened or restored; nothing was changed."""


class BackupPassphraseRequired(UserError):
    def __init__(self) -> None:
        super().__init__(
            _("this backup was made under another passphrase: give that passphrase to restore it")
        )


@dataclass(frozen=True)
class Backup:
    path: Path
    created: dt.datetime
    reason: str
    encrypted: bool
    revision: str | None
    kdf: KdfParams | None
    previous_kdf: KdfParams | None

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "created": self.created.isoformat(timespec="seconds"),
            "reason": self.reason,
            "encrypted": self.encrypted,
            "schema": self.revision,
            "size": self.path.stat().st_size if self.path.exists() else 0,
        }


def write_sidecar(
    path: Path,
    *,
    created: dt.datetime,
    reason: str,
    revision: str | None,
    kdf: KdfParams | None,
    previous_kdf: KdfParams | None = None,
) -> None:
    data = {
        "format": 1,
        "created": created.isoformat(),
        "reason": reason,
        "schema": revision,
        "app_version": __version__,
        "kdf": kdf.as_json() if kdf else None,
        "previous_kdf": previous_kdf.as_json() if previous_kdf else None,
    }
    with atomic_write(sidecar_of(path)) as temporary:
        temporary.write_text(json.dumps(data, indent=2) + "\n", "utf-8")


def read_backup(path: Path) -> Backup:
    """What is known about a backup file; a missing or damaged sidecar leaves only the file's own facts."""
    if not path.is_file():
        raise BackupError(_("no backup at %s") % path)
    data: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError):
        loaded = json.loads(sidecar_of(path).read_text("utf-8"))
        if isinstance(loaded, dict):
            data = loaded
    try:
        created = dt.datetime.fromisoformat(str(data["created"]))
    except (KeyError, ValueError):
        created = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    if created.tzinfo is None:
        created = created.replace(tzinfo=dt.UTC)

    return Backup(
        path=path,
        created=created,
        reason=str(data.get("reason", "")),
        encrypted=is_encrypted(path),
        revision=data.get("schema"),
        kdf=sidecar_kdf(path),
        previous_kdf=sidecar_kdf(path, "previous_kdf"),
    )


def _revision(conn: Any, schema: str = "main") -> str | None:
    try:
        row = conn.execute(f"SELECT version_num FROM {schema}.alembic_version").fetchone()
    except Exception:  # no alembic_version table: not a Field Guide database, or a very early one
        return None
    return str(row[0]) if row else None


class BackupService:
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

    # --- listing -------------------------------------------------------------------

    def list(self) -> list[Backup]:
        """The backups in the profile's backup folder, newest first."""
        if not self.directory.is_dir():
            return []
        found = [
            read_backup(entry)
            for entry in self.directory.iterdir()
            if entry.name.startswith(PREFIX) and entry.name.endswith(SUFFIX) and entry.is_file()
        ]
        return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)

    # --- making backups ------------------------------------------------------------

    def _snapshot(self, conn: Any, target: Path, reason: str, created: dt.datetime | None = None) -> Backup:
        """`VACUUM INTO` a temporary file, then sidecar, then rename: a backup appears whole or not at all."""
        created = created or self.clock()
        temporary = temporary_path(target, "backup")
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        revision = _revision(conn)
        try:
            create_private(temporary)  # owner-only before a byte of the profile is in it
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

    def create(self, reason: str = "manual", *, conn: Any = None) -> Backup:
        """A new backup in the backup folder; older ones beyond the number to keep are removed."""
        try:
            make_private_dir(self.directory)
        except OSError as exc:
            raise storage_error(exc, self.directory) or exc from exc
        created = self.clock()
        target = self._new_name(reason, created)
        if conn is not None:
            backup = self._snapshot(conn, target, reason, created)
        else:
            with self.db.raw() as raw:
                backup = self._snapshot(raw, target, reason, created)
        self.prune(protect=target)
        return backup

    def export(self, target: Path) -> Backup:
        """A backup written to a file of the user's choosing (its `.json` key file beside it)."""
        target = target.expanduser().resolve()
        if not target.parent.is_dir():
            raise BackupError(_("folder not found: %s") % target.parent)
        with self.db.raw() as raw:
            return self._snapshot(raw, target, "export")

    def daily(self, *, today: dt.date | None = None) -> Backup | None:
        """The day's backup, unless one was already made today (local date)."""
        today = today or dt.date.today()
        newest = self.list()
        if newest and newest[0].created.astimezone().date() >= today:
            return None
        return self.create("daily")

    def daily_or_note(self) -> Backup | None:
        """The daily backup at start-up; a failure is noted in `last_error`, not raised.

        A full disk must not stop the adviser from opening (and reading) the profile.
        """
        try:
            backup = self.daily()
        except UserError as exc:
            self.last_error = str(exc)
            return None
        self.last_error = None
        return backup

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

    def remove_leftovers(self) -> None:
        remove_temporaries(self.paths.root)
        if self.directory.is_dir():
            remove_temporaries(self.directory)

    # --- changing the key of backups -----------------------------------------------

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

    # --- restoring -----------------------------------------------------------------

    def backup_key(self, backup: Backup, passphrase: str | None) -> KeyArg:
        """How to open `backup`: plain, under the profile's key, or under a key from `passphrase`."""
        if not backup.encrypted:
            return None
        candidates = [k for k in (backup.kdf, backup.previous_kdf) if k is not None]
        profile_kdf = self._profile_kdf()
        if passphrase is None:
            # Made under the profile's current key (or its sidecar is lost): try that key.
            if self.db.encrypted and (profile_kdf in candidates or not candidates):
                return SAME_KEY
            if not candidates:
                raise BackupError(
                    _("%s is not a Field Guide backup (or it is encrypted and its key file %s is missing)")
                    % (backup.path.name, sidecar_of(backup.path).name)
                )
            raise BackupPassphraseRequired()
        if not candidates and profile_kdf is not None:
            candidates = [profile_kdf]
        if not candidates:
            raise BackupError(
                _("%s is encrypted but its key file (%s) is missing")
                % (backup.path.name, sidecar_of(backup.path).name)
            )
        with self.db.raw() as conn:
            for params in candidates:
                key = derive_key(passphrase, params)
                try:
                    with attached(conn, backup.path, "fieldguide_probe", key):
                        return key
                except UserError:
                    wipe(key)
        raise BackupError(_("the passphrase does not open %s") % backup.path.name)

    def verify(self, backup: Backup, key: KeyArg) -> dict[str, int]:
        with self.db.raw() as conn, attached(conn, backup.path, "fieldguide_check", key) as alias:
            counts = check_schema(conn, alias, backup.path.name)
            self._check_revision(_revision(conn, alias), backup)
        return counts

    def _check_revision(self, revision: str | None, backup: Backup) -> None:
        if revision is None:
            raise BackupError(_("%s is not a Field Guide profile") % backup.path.name)
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        from fieldguide.db.migrate import MIGRATIONS_DIR

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        try:
            ScriptDirectory.from_config(config).get_revision(revision)
        except Exception as exc:
            raise BackupError(
                _("%s was made by a newer version of Field Guide: update the program first")
                % backup.path.name
            ) from exc

    def restore(self, source: Path, *, passphrase: str | None = None) -> Backup:
        """Replace the profile by the backup at `source`; returns the backup kept of the replaced profile.

        The backup is checked whole first (integrity, search index, schema version);
        then, with the profile to ourselves, the current profile is backed up, the
        backup is rewritten under the profile's key into a new file, verified, and
        swapped in. Any failure before the swap leaves the profile as it was. A backup
        from an older version is then brought up to date like any profile.
        """
        from fieldguide.db.migrate import upgrade

        backup = read_backup(source.expanduser().resolve())
        key = self.backup_key(backup, passphrase)
        try:
            counts = self.verify(backup, key)
            make_private_dir(self.directory)
            with self.db.exclusive() as conn:
                created = self.clock()
                kept = self._snapshot(
                    conn, self._new_name("before-restore", created), "before-restore", created
                )
                crash_point("restore:kept")
                temporary = temporary_path(self.db.path, "restore")
                with attached(conn, backup.path, "fieldguide_source", key) as alias:
                    export(conn, temporary, SAME_KEY, source=alias)
                verify_attached(conn, temporary, SAME_KEY, counts)
                crash_point("restore:verified")
                swap_in(conn, temporary, self.db.path)
                crash_point("restore:swapped")
            remove_side_files(self.db.path)
        finally:
            if isinstance(key, bytearray):
                wipe(key)
        self.prune(protect=kept.path)
        upgrade(self.db)
        return kept
