"""Restoring a backup: finding its key, checking it whole, swapping it in for the profile.

Part of `BackupService` (service.py), over the backup folder.
"""

from __future__ import annotations

from pathlib import Path

from fieldguide.backups.folder import BackupFolder
from fieldguide.backups.record import (
    Backup,
    BackupError,
    BackupPassphraseRequired,
    read_backup,
    schema_revision,
)
from fieldguide.errors import UserError
from fieldguide.hygiene import make_private_dir
from fieldguide.i18n import _
from fieldguide.memory import wipe
from fieldguide.security.cipherfile import (
    SAME_KEY,
    KeyArg,
    attached,
    check_schema,
    crash_point,
    export,
    remove_side_files,
    swap_in,
    temporary_path,
    verify_attached,
)
from fieldguide.security.descriptor import sidecar_of
from fieldguide.security.kdf import derive_key
from fieldguide.security.progress import Meter

# The shares of a restore: checking the backup, backing up the profile, writing the
# backup under the profile's key, checking that copy.
RESTORE_WEIGHTS = (0.3, 0.15, 0.2, 0.35)


class BackupRestoring(BackupFolder):
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

    def verify(self, backup: Backup, key: KeyArg, meter: Meter | None = None) -> dict[str, int]:
        with self.db.raw() as conn, attached(conn, backup.path, "fieldguide_check", key) as alias:
            counts = check_schema(conn, alias, backup.path.name, meter)
            self._check_revision(schema_revision(conn, alias), backup)
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

    def restore(self, source: Path, *, passphrase: str | None = None, meter: Meter | None = None) -> Backup:
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
        checking, keeping, writing, verifying = (
            meter.parts(*RESTORE_WEIGHTS) if meter else (None, None, None, None)
        )
        try:
            counts = self.verify(backup, key, checking)
            make_private_dir(self.directory)
            with self.db.exclusive() as conn:
                created = self.clock()
                kept = self._snapshot(
                    conn, self._new_name("before-restore", created), "before-restore", created, keeping
                )
                crash_point("restore:kept")
                temporary = temporary_path(self.db.path, "restore")
                with attached(conn, backup.path, "fieldguide_source", key) as alias:
                    export(conn, temporary, SAME_KEY, source=alias, meter=writing)
                verify_attached(conn, temporary, SAME_KEY, counts, verifying)
                crash_point("restore:verified")
                swap_in(conn, temporary, self.db.path)
                crash_point("restore:swapped")
            remove_side_files(self.db.path)
        finally:
            if isinstance(key, bytearray):
                wipe(key)
        self.prune(protect=kept.path)
        upgrade(self.db)
        if meter is not None:
            meter.done()
        return kept
