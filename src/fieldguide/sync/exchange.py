"""Export and apply bundles, and sync with a folder: what the stages of ``SyncService`` share.

The stages live beside this module: ``sync.sending`` (bundles out), ``sync.receiving``
(bundles in) and ``sync.folder_sync`` (a shared folder, both ways); ``Exchange`` here is
their common base, and this module holds their results, errors and bookkeeping keys.

What a bundle carries: the current state of every field this device changed or learned
about (its change log, ``seq``) since the receiver last acknowledged this device. Each
bundle names the stretch of the sender's log it covers, and what the sender has applied
from every device (acknowledgements), so ``export --for DEVICE`` sends exactly what that
device has not confirmed, whichever way earlier bundles travelled.

Clocks: the order of writes comes from what each device had seen (``sync.state``), not
from clocks, so a wrong clock never makes a bundle unreadable. A bundle made more than
``CLOCK_BOUND_MS`` after this computer's "now" is applied with a warning naming both
dates; this device's clock follows remote clocks only up to that bound; and the
receiving device reports the gap back in its own bundles, so the device whose clock is
wrong is told too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from fieldguide.db.models import Meta
from fieldguide.errors import UserError
from fieldguide.i18n import _

if TYPE_CHECKING:
    from fieldguide.db.engine import Database
    from fieldguide.paths import DataPaths
    from fieldguide.sync.changelog import Recorder
    from fieldguide.sync.devicekeys import DeviceKeys
    from fieldguide.sync.roster import Roster
    from fieldguide.sync.teamkey import TeamKey
    from fieldguide.sync.validate import Rules

__all__ = [
    "BUNDLE_STEPS",
    "CLOCK_BOUND_MS",
    "ApplyResult",
    "Exchange",
    "ExportResult",
    "FolderResult",
    "Skipped",
    "SyncError",
]

#: How far ahead of this computer a teammate's bundle may be dated before people are told.
CLOCK_BOUND_MS = 60 * 60 * 1000

FOLDER_META = "sync.folder"
NAMES_META = "sync.names"
HEARD_META = "sync.heard."  # + device: ranges of that device's log applied here
ACK_META = "sync.ack."  # + device: how far that device has applied this device's log
SKEW_META = "sync.skew."  # + device: [its bundle's date, this computer's date then]
TOLD_META = "sync.told_skew"  # what a teammate said about this computer's clock
FIRST_META = "sync.first_in."  # + folder: the user said this device is the first there
ROSTER_SENT_META = "sync.roster_sent"  # the roster version this device's bundles last carried

Progress = Callable[[int, int, str], None]
#: Steps of the progress bar per bundle received (folder or hub), so a large one moves it.
BUNDLE_STEPS = 100


class SyncError(UserError):
    """A sync step refused; ``kind`` is the bundle error kind (or "clock", "key", "folder", "full")."""

    def __init__(self, message: str, kind: str = "sync") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class ExportResult:
    path: Path | None
    bundle_id: str | None
    changes: int


@dataclass(frozen=True)
class ApplyResult:
    source: str
    bundle_id: str
    device: str
    changes: int
    new: int
    applied: int
    conflicts: tuple[str, ...]
    already: bool = False
    warnings: tuple[str, ...] = ()
    purged: int = 0  # texts a teammate removed for good, removed here too (sync.purge)


@dataclass(frozen=True)
class Skipped:
    file: str
    reason: str
    retry: bool  # True when the file may still be arriving: it will be tried again
    kind: str = "other"


@dataclass
class FolderResult:
    folder: Path
    sent: int = 0
    written: list[str] = field(default_factory=list)
    received: int = 0
    bundles: int = 0
    devices: set[str] = field(default_factory=set)
    conflicts: list[str] = field(default_factory=list)
    open_conflicts: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    waiting: bool = False  # nothing written: no teammate's bundle opened here yet
    purged: int = 0  # texts teammates removed for good, removed here too (sync.purge)

    @property
    def wrong_key(self) -> int:
        return sum(1 for s in self.skipped if s.kind == "wrong-key")

    def as_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "sent": self.sent,
            "bundles_written": list(self.written),
            "received": self.received,
            "bundles_applied": self.bundles,
            "devices": len(self.devices),
            "conflicts": len(self.conflicts),
            "open_conflicts": self.open_conflicts,
            "wrong_key": self.wrong_key,
            "waiting": self.waiting,
            "purged": self.purged,
            "warnings": list(self.warnings),
            "skipped": [{"file": s.file, "reason": s.reason, "retry": s.retry} for s in self.skipped],
        }


def covered_through(ranges: Sequence[Sequence[int]]) -> int:
    """The highest seq such that every entry up to it lies in one of ``ranges``."""
    mark = 0
    for start, end in sorted((int(a), int(b)) for a, b in ranges):
        if start > mark + 1:
            break
        mark = max(mark, end)
    return mark


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return row.value if row is not None else None


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


def _json_meta(session: Session, key: str, default: Any) -> Any:
    raw = get_meta(session, key)
    if raw is None:
        return default
    try:
        return json.loads(raw)
    except ValueError:
        return default


def _when(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


@contextmanager
def disk_guard() -> Iterator[None]:
    """A full disk is reported as a full disk, never as a damaged database."""
    from fieldguide.db.engine import DiskFull

    try:
        yield
    except DiskFull as error:
        raise SyncError(str(error), "full") from None
    except OperationalError as error:
        original = error.orig
        if isinstance(original, sqlite3.OperationalError) and "full" in str(original).lower():
            raise SyncError(
                _("the disk is full: free some space and sync again (nothing was changed)"), "full"
            ) from None
        if "full" in str(original).lower():
            raise SyncError(
                _("the disk is full: free some space and sync again (nothing was changed)"), "full"
            ) from None
        raise
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise SyncError(_("the disk is full: free some space and sync again"), "full") from None
        raise


class Exchange:
    """What the stages share; mixed into ``SyncService``, which provides the key and the names."""

    db: Database
    recorder: Recorder
    device_id: str
    paths: DataPaths
    rules: Rules

    def _require_key(self) -> TeamKey:  # provided by SyncService
        raise NotImplementedError

    def device_label(self, device: str, names: dict[str, str] | None = None) -> str:  # by SyncService
        raise NotImplementedError

    if TYPE_CHECKING:  # provided by SyncService and Team

        def device_keys(self) -> DeviceKeys: ...

        def roster(self) -> Roster | None: ...

    def names(self) -> dict[str, str]:  # provided by SyncService
        raise NotImplementedError

    def set_device_name(self, name: str) -> str:  # provided by SyncService
        raise NotImplementedError

    def _name_by_default(self) -> None:
        """A device nobody named yet travels under its computer's name, never as a hex id."""
        names = self.names()
        if self.device_id not in names:
            import platform

            from fieldguide.sync.identity import PREVIOUS_META_KEY

            with self.db.read() as session:
                previous = get_meta(session, PREVIOUS_META_KEY)
            # A restored or copied profile keeps the name people know it by.
            name = names.get(previous or "") or platform.node() or _("Laptop")
            with contextlib.suppress(SyncError):
                self.set_device_name(name)

    def _wall_ms(self) -> int:
        return self.recorder.clock._wall()

    def _names(self, session: Session) -> dict[str, tuple[str, str]]:
        raw = _json_meta(session, NAMES_META, {})
        return {d: (v[0], v[1]) for d, v in raw.items() if isinstance(v, list) and len(v) == 2}

    def _epoch_keys(self) -> dict[str, tuple[int, TeamKey]]:
        from fieldguide.sync.keyring import epoch_keys

        with self.db.read() as session:
            return epoch_keys(session)

    def _bound_hlc(self) -> str:
        from fieldguide.sync.hlc import MAX_LOGICAL, format_hlc

        return format_hlc(self._wall_ms() + CLOCK_BOUND_MS, MAX_LOGICAL)
