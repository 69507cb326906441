"""Protecting a profile with a passphrase: open, protect, unprotect, change the passphrase.

`ProfileKeys` works on the files alone (the GUI and the command line use it
before the profile is open); `ProfileService` (`App.profile`) changes the
protection of an open profile.

Protect, unprotect and a change of passphrase each: take a backup; take the
profile for themselves (WAL checkpointed into the file and removed); write a new
copy under the new key beside the live file; verify it (opens with the key,
integrity check, the same number of rows in every table); write profile.json
with the new key's parameters, keeping the old ones as `previous_kdf`; swap the
copy in with one rename; then tidy up. Whether the profile is encrypted is read
from the database file's first bytes, so a crash at any step leaves a profile
that opens with the old or the new passphrase (the tests kill the process at
each step: FIELDGUIDE_TEST_CRASH_AT).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from fieldguide.errors import DatabaseLocked, UserError
from fieldguide.i18n import _
from fieldguide.memory import wipe
from fieldguide.paths import DataPaths
from fieldguide.security import keystore, preferences
from fieldguide.security.attempts import AttemptTracker, Schedule, TryAgainLater, default_schedule
from fieldguide.security.cipherfile import (
    SAME_KEY,
    KeyArg,
    crash_point,
    export,
    is_encrypted,
    remove_side_files,
    swap_in,
    table_counts,
    temporary_path,
    verify,
)
from fieldguide.security.descriptor import Descriptor, load_descriptor, save_descriptor, sidecar_kdf
from fieldguide.security.kdf import BadDescriptor, KdfParams, check_new_passphrase, derive_key
from fieldguide.security.progress import Meter, Progress

if TYPE_CHECKING:
    from fieldguide.db.engine import Database  # an annotation only: importing it loads SQLAlchemy


class BackupRecord(Protocol):
    """What protection reads of one backup: under which key it was made."""

    @property
    def encrypted(self) -> bool: ...
    @property
    def kdf(self) -> KdfParams | None: ...
    @property
    def previous_kdf(self) -> KdfParams | None: ...


class ProfileBackups(Protocol):
    """What protection needs of the profile's backups (fieldguide.backups.BackupService).

    Stated here, and handed in by `App`, so that security/ does not import backups/,
    which builds on security/'s encrypted-file operations.
    """

    def create(self, reason: str, *, meter: Meter | None = None) -> object: ...

    def list(self) -> Sequence[BackupRecord]: ...

    def rekey_all(
        self,
        conn: Any,
        source_key: KeyArg,
        target_key: KeyArg,
        target_kdf: KdfParams | None,
        *,
        select: Callable[[BackupRecord], bool] = ...,
        crash_step: str = "",
        meter: Meter | None = None,
    ) -> int: ...


# The bar's units in one whole-file step: it moves inside each step (security.progress).
STEP_UNITS = 1000


class _Steps:
    """A use case's whole-file steps: a backup first, the profile, the backups re-keyed.

    Protecting copies the whole profile and re-keys every backup, minutes for years of a
    team's work, so the window shows how far it has got: `progress(done, total)` in
    STEP_UNITS a step, only forward, reaching `total` when the last step is done.
    """

    def __init__(
        self, progress: Progress | None, backups: ProfileBackups, select: Callable[[BackupRecord], bool]
    ) -> None:
        self.report: Progress = progress or (lambda _done, _total: None)
        # The backup made first is one more to re-key.
        self.rekeyed = 1 + sum(1 for b in backups.list() if select(b))
        self.total = (2 + self.rekeyed) * STEP_UNITS
        self.shown = 0
        self.report(0, self.total)
        self.meter = Meter(self._at)

    def _at(self, fraction: float) -> None:
        done = min(int(fraction * self.total), self.total)
        if done > self.shown:
            self.shown = done
            self.report(done, self.total)

    def steps(self, first: int, count: int = 1) -> Meter:
        """The share of the bar of `count` steps from step `first` (0: the backup made first)."""
        steps = 2 + self.rekeyed
        return self.meter.part(first / steps, (first + count) / steps)


# The shares of rewriting the profile: writing the copy, then checking it (measured at 10 x).
REPLACE_WEIGHTS = (0.45, 0.55)


class PassphraseRequired(UserError):
    def __init__(self) -> None:
        super().__init__(_("this profile is protected by a passphrase"))


class AlreadyProtected(UserError):
    def __init__(self) -> None:
        super().__init__(
            _("this profile is already protected: use change-passphrase to change its passphrase")
        )


class NotProtected(UserError):
    def __init__(self) -> None:
        super().__init__(_("this profile is not protected by a passphrase"))


@dataclass(frozen=True)
class Status:
    protected: bool
    kdf: KdfParams | None
    remembered: bool
    keyring_available: bool
    lock_after_minutes: float
    backups_to_keep: int
    failed_attempts: int

    def as_json(self) -> dict[str, Any]:
        return {
            "protected": self.protected,
            "kdf": (
                {k: v for k, v in self.kdf.as_json().items() if k != "salt"} if self.kdf is not None else None
            ),
            "remembered": self.remembered,
            "keyring_available": self.keyring_available,
            "lock_after_minutes": self.lock_after_minutes,
            "backups_to_keep": self.backups_to_keep,
            "failed_attempts": self.failed_attempts,
        }


class ProfileKeys:
    """The profile's files and its key: is it protected, and which key opens it."""

    def __init__(
        self,
        paths: DataPaths,
        *,
        schedule: Schedule = default_schedule,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.paths = paths
        self.attempts = AttemptTracker(paths.root, schedule=schedule, clock=clock)
        self.sleep = sleep

    def is_protected(self) -> bool:
        return is_encrypted(self.paths.database)

    def descriptor(self) -> Descriptor:
        return load_descriptor(self.paths.root)

    def status(self) -> Status:
        descriptor = self.descriptor()
        protected = self.is_protected()
        return Status(
            protected=protected,
            kdf=descriptor.kdf if protected else None,
            remembered=protected
            and descriptor.remember
            and keystore.recall(descriptor.profile_id) is not None,
            keyring_available=keystore.available(),
            lock_after_minutes=preferences.lock_after_minutes(self.paths),
            backups_to_keep=preferences.backups_to_keep(self.paths),
            failed_attempts=descriptor.failed_attempts,
        )

    def _candidates(self, descriptor: Descriptor) -> list[KdfParams]:
        found = [k for k in (descriptor.kdf, descriptor.previous_kdf) if k is not None]
        if found:
            return found
        # profile.json lost: every backup made under the current key records its parameters.
        if self.paths.backups.is_dir():
            for entry in sorted(self.paths.backups.glob("*.db"), reverse=True):
                params = sidecar_kdf(entry)
                if params is not None and params not in found:
                    found.append(params)
        return found

    def key_from_passphrase(self, passphrase: str, *, wait: bool = False) -> bytearray:
        """The key that opens the profile, checked against the database file.

        A wrong passphrase raises DatabaseLocked and counts as a failure; after a few,
        TryAgainLater says how long to wait (or, with `wait`, this waits that long).
        Nothing in the profile is changed by a wrong passphrase.
        """
        if not self.is_protected():
            raise NotProtected()
        needed = self.attempts.wait_needed()
        if needed > 0:
            if not wait:
                raise TryAgainLater(needed)
            self.sleep(needed)
        descriptor = self.descriptor()
        candidates = self._candidates(descriptor)
        if not candidates:
            raise BadDescriptor(_("profile.json, which says how to derive the key, is missing"))
        for params in candidates:
            key = derive_key(passphrase, params)
            if self._opens(key):
                self.attempts.record_success()
                self._settle(params)
                return key
            wipe(key)
        self.attempts.record_failure()
        raise DatabaseLocked()

    def _opens(self, key: bytes | bytearray) -> bool:
        from fieldguide.db.driver import connect_raw

        try:
            connect_raw(self.paths.database, key).close()
        except DatabaseLocked:
            return False
        return True

    def _settle(self, opened_with: KdfParams) -> None:
        """After a crash mid-change, make profile.json say what the file really is."""
        descriptor = self.descriptor()
        if descriptor.kdf == opened_with and descriptor.previous_kdf is None and descriptor.protected:
            return
        save_descriptor(self.paths.root, descriptor.with_(protected=True, kdf=opened_with, previous_kdf=None))

    def settle_plain(self) -> None:
        """The file is plain: drop any key parameters a crash left in profile.json."""
        descriptor = self.descriptor()
        if descriptor.protected or descriptor.kdf or descriptor.previous_kdf:
            save_descriptor(
                self.paths.root,
                descriptor.with_(protected=False, kdf=None, previous_kdf=None, remember=False),
            )

    def remembered_key(self) -> bytearray | None:
        """The key kept in the system keyring, if the user asked for that and it still opens the profile."""
        descriptor = self.descriptor()
        if not descriptor.remember:
            return None
        key = keystore.recall(descriptor.profile_id)
        if key is None:
            return None
        if self._opens(key):
            return key
        # The passphrase was changed elsewhere: a stale key is worth nothing.
        keystore.forget(descriptor.profile_id)
        wipe(key)
        return None

    def remember(self, key: bytes | bytearray) -> bool:
        """Keep the key in the system keyring; False when there is none (the prompt stays)."""
        descriptor = self.descriptor()
        stored = keystore.remember(descriptor.profile_id, key)
        save_descriptor(self.paths.root, descriptor.with_(remember=stored))
        return stored

    def forget(self) -> None:
        descriptor = self.descriptor()
        keystore.forget(descriptor.profile_id)
        if descriptor.remember:
            save_descriptor(self.paths.root, descriptor.with_(remember=False))

    def prepare_new_profile(self, passphrase: str, params: KdfParams | None = None) -> bytearray:
        """For a profile not created yet: write profile.json with new key parameters; return the key.

        The database is then created encrypted from its first byte (open_app with the
        key), so no plain copy of anything ever touches the disk.
        """
        if self.paths.database.exists() and self.paths.database.stat().st_size > 0:
            raise AlreadyProtected() if self.is_protected() else UserError(_("this profile already exists"))
        check_new_passphrase(passphrase)
        params = params or KdfParams.new()
        key = derive_key(passphrase, params)
        self.paths.ensure()
        save_descriptor(
            self.paths.root, self.descriptor().with_(protected=True, kdf=params, previous_kdf=None)
        )
        return key

    def set_lock_after(self, minutes: float) -> None:
        preferences.set_lock_after(self.paths, minutes)

    def set_backups_to_keep(self, count: int) -> None:
        preferences.set_backups_to_keep(self.paths, count)


class ProfileService:
    """Change the protection of the open profile (`App.profile`)."""

    def __init__(self, keys: ProfileKeys, db: Database, backups: ProfileBackups) -> None:
        self.keys = keys
        self.db = db
        self.backups = backups

    @property
    def root(self) -> Any:
        return self.keys.paths.root

    def status(self) -> Status:
        return self.keys.status()

    def _replace_database(
        self, step: str, key: bytes | bytearray | None, descriptor_after: Descriptor, meter: Meter
    ) -> None:
        """Swap the live database for a copy under `key`, so that a crash at any point
        leaves an openable profile: export, verify, record the new key settings (keeping
        the old ones), then one atomic rename. `step` names the crash points tests use.
        """
        with self.db.exclusive() as conn:
            crash_point(f"{step}:exclusive")
            counts = table_counts(conn)
            temporary = temporary_path(self.db.path, step)
            writing, checking = meter.parts(*REPLACE_WEIGHTS)
            export(conn, temporary, key, meter=writing)
            crash_point(f"{step}:exported")
            verify(temporary, key, counts, checking)
            crash_point(f"{step}:verified")
            save_descriptor(self.root, descriptor_after)
            crash_point(f"{step}:descriptor")
            swap_in(conn, temporary, self.db.path)
            crash_point(f"{step}:swapped")
        remove_side_files(self.db.path)
        meter.done()

    def protect(
        self,
        passphrase: str,
        *,
        params: KdfParams | None = None,
        remember: bool = False,
        progress: Progress | None = None,
    ) -> None:
        if self.keys.is_protected():
            raise AlreadyProtected()
        check_new_passphrase(passphrase)
        params = params or KdfParams.new()
        key = derive_key(passphrase, params)
        try:
            steps = _Steps(progress, self.backups, _plain)
            self.backups.create("before-protect", meter=steps.steps(0))
            crash_point("protect:backup")
            descriptor = self.keys.descriptor()
            self._replace_database(
                "protect",
                key,
                descriptor.with_(protected=True, kdf=params, previous_kdf=None),
                steps.steps(1),
            )
            self.db.unlock(key)
            # The backups made while the profile was plain, and the one just made, follow it.
            with self.db.raw() as conn:
                self.backups.rekey_all(
                    conn,
                    None,
                    SAME_KEY,
                    params,
                    select=_plain,
                    crash_step="protect:backups",
                    meter=steps.steps(2, steps.rekeyed),
                )
            if remember:
                self.keys.remember(key)
        finally:
            wipe(key)

    def unprotect(self, passphrase: str, *, progress: Progress | None = None) -> None:
        key = self.keys.key_from_passphrase(passphrase)
        try:
            descriptor = self.keys.descriptor()
            old = descriptor.kdf

            def under_old(b: BackupRecord) -> bool:
                return b.encrypted and old in (b.kdf, b.previous_kdf)

            steps = _Steps(progress, self.backups, under_old)
            self.backups.create("before-unprotect", meter=steps.steps(0))
            # Backups first: a crash now leaves plain backups beside the encrypted profile,
            # which the next open encrypts again (BackupService.encrypt_plain_backups).
            with self.db.raw() as conn:
                self.backups.rekey_all(
                    conn,
                    SAME_KEY,
                    None,
                    None,
                    select=under_old,
                    crash_step="unprotect:backups",
                    meter=steps.steps(1, steps.rekeyed),
                )
            self._replace_database(
                "unprotect",
                None,
                descriptor.with_(protected=False, kdf=None, previous_kdf=old),
                steps.steps(1 + steps.rekeyed),
            )
            self.db.unlock(None)
            keystore.forget(descriptor.profile_id)
            self.keys.settle_plain()
        finally:
            wipe(key)

    def change_passphrase(
        self, current: str, new: str, *, params: KdfParams | None = None, progress: Progress | None = None
    ) -> None:
        old_key = self.keys.key_from_passphrase(current)
        check_new_passphrase(new)
        params = params or KdfParams.new()
        new_key = derive_key(new, params)
        try:
            descriptor = self.keys.descriptor()
            old = descriptor.kdf

            def under_old(b: BackupRecord) -> bool:
                return b.encrypted and old in (b.kdf, b.previous_kdf)

            steps = _Steps(progress, self.backups, under_old)
            self.backups.create("before-passphrase-change", meter=steps.steps(0))
            self._replace_database(
                "change",
                new_key,
                descriptor.with_(protected=True, kdf=params, previous_kdf=old),
                steps.steps(1),
            )
            self.db.unlock(new_key)
            save_descriptor(self.root, self.keys.descriptor().with_(kdf=params, previous_kdf=None))
            # Backups follow, so that no copy of the notes still opens with the old passphrase.
            with self.db.raw() as conn:
                self.backups.rekey_all(
                    conn,
                    old_key,
                    SAME_KEY,
                    params,
                    select=under_old,
                    crash_step="change:backups",
                    meter=steps.steps(2, steps.rekeyed),
                )
            if descriptor.remember:
                self.keys.remember(new_key)
        finally:
            wipe(old_key)
            wipe(new_key)

    def lock(self) -> None:
        self.db.lock()

    def unlock_with_key(self, key: bytes | bytearray) -> None:
        """Reopen with a key derived elsewhere (off the GUI thread); the caller wipes it."""
        self.db.unlock(key)

    def unlock(self, passphrase: str) -> None:
        """Re-derive the key and reopen; a wrong passphrase counts as a failed attempt."""
        key = self.keys.key_from_passphrase(passphrase)
        try:
            self.db.unlock(key)
        finally:
            wipe(key)


def _plain(backup: BackupRecord) -> bool:
    return not backup.encrypted
