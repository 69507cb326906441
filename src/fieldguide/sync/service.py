"""Sync use cases: the team key, export, apply, folder sync, status, conflicts and their resolution.

Both faces (command line and GUI) call these methods; each write is one transaction.

What travels: every entry of the change log, local or received (so a bundle relays what
a device has heard from others, and A -> B -> C works over a single USB stick). A device
remembers which stretches of its log each bundle it wrote carries (``sync_sent``) and
which bundles it has applied (``sync_received``); a bundle is applied once, and applying
the same changes again by another route changes nothing (see ``sync.merge``).

Where the team key lives: in the profile's ``meta`` table. When the profile is protected
the whole database is encrypted, so the key is as safe as the notes it protects, with
no second file to guard, back up or forget.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldguide.db.engine import Database
from fieldguide.db.models import ChangeLog, Meta, SyncReceived, SyncSent
from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.paths import DataPaths
from fieldguide.sync.changelog import Recorder, now_iso

if TYPE_CHECKING:
    from fieldguide.sync.bundle import Change, DecodedBundle
    from fieldguide.sync.conflicts import ConflictView, Keep
    from fieldguide.sync.teamkey import TeamKey

__all__ = [
    "ApplyResult",
    "ExportResult",
    "FolderResult",
    "KeyInfo",
    "NoTeamKey",
    "Peer",
    "Skipped",
    "SyncError",
    "SyncService",
    "SyncStatus",
]

KEY_META = "sync.team_key"
KEY_LABEL_META = "sync.team_key_label"
KEY_SOURCE_META = "sync.team_key_source"
FOLDER_META = "sync.folder"

#: Most changes in one bundle written to a folder; larger backlogs become several files.
FOLDER_BUNDLE_CHANGES = 100_000

Progress = Callable[[int, int, str], None]


class SyncError(UserError):
    """A sync step refused; ``kind`` is the bundle error kind (or "clock", "key", "folder")."""

    def __init__(self, message: str, kind: str = "sync") -> None:
        super().__init__(message)
        self.kind = kind


class NoTeamKey(SyncError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "this profile has no team key: run `fieldguide sync key import FILE` "
                "or `fieldguide sync key passphrase --team NAME`"
            ),
            "key",
        )


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    label: str | None
    source: str  # "file" or "passphrase:<team name>"


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


@dataclass(frozen=True)
class Skipped:
    file: str
    reason: str
    retry: bool  # True when the file may still be arriving: it will be tried again


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
            "skipped": [{"file": s.file, "reason": s.reason, "retry": s.retry} for s in self.skipped],
        }


@dataclass(frozen=True)
class Peer:
    device: str
    last_applied: str
    bundles: int


@dataclass(frozen=True)
class SyncStatus:
    device: str
    pending_changes: int
    peers: list[Peer]
    conflicts: int
    team_key: str | None
    folder: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "device": self.device,
            "pending_changes": self.pending_changes,
            "peers": [{"device": p.device, "last_applied": p.last_applied} for p in self.peers],
            "conflicts": self.conflicts,
            "team_key": self.team_key,
            "folder": self.folder,
        }


def covered_through(ranges: Sequence[tuple[int, int]]) -> int:
    """The highest seq such that every entry up to it lies in one of ``ranges``."""
    mark = 0
    for start, end in sorted(ranges):
        if start > mark + 1:
            break
        mark = max(mark, end)
    return mark


def _set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


def _get_meta(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return row.value if row is not None else None


class SyncService:
    def __init__(self, db: Database, recorder: Recorder, device_id: str, paths: DataPaths) -> None:
        self.db = db
        self.recorder = recorder
        self.device_id = device_id
        self.paths = paths

    # --- team key ------------------------------------------------------------------

    def key_info(self) -> KeyInfo | None:
        key = self.team_key()
        if key is None:
            return None
        with self.db.read() as session:
            return KeyInfo(
                key.key_id,
                _get_meta(session, KEY_LABEL_META) or None,
                _get_meta(session, KEY_SOURCE_META) or "file",
            )

    def team_key(self) -> TeamKey | None:
        from fieldguide.sync.teamkey import TeamKey

        with self.db.read() as session:
            encoded = _get_meta(session, KEY_META)
            label = _get_meta(session, KEY_LABEL_META) or None
        if not encoded:
            return None
        try:
            return TeamKey(base64.b64decode(encoded, validate=True), label)
        except (binascii.Error, ValueError):
            raise SyncError(
                _("the team key stored in this profile is damaged; import it again"), "key"
            ) from None

    def _require_key(self) -> TeamKey:
        key = self.team_key()
        if key is None:
            raise NoTeamKey()
        return key

    def _store_key(self, key: TeamKey, source: str, *, replace: bool) -> TeamKey:
        with self.db.write() as session:
            existing = _get_meta(session, KEY_META)
            if existing and existing != base64.b64encode(key.secret).decode("ascii") and not replace:
                raise SyncError(
                    _(
                        "this profile already has another team key; give --replace to use the new one "
                        "(bundles made with the old key can then no longer be read here)"
                    ),
                    "key",
                )
            _set_meta(session, KEY_META, base64.b64encode(key.secret).decode("ascii"))
            _set_meta(session, KEY_LABEL_META, key.label or "")
            _set_meta(session, KEY_SOURCE_META, source)
        return key

    def new_key_file(self, path: Path, *, label: str | None = None) -> tuple[TeamKey, bool]:
        """Write a new team key file; this profile adopts it when it has no key yet.

        Returns the key and whether this profile now uses it.
        """
        from fieldguide.sync.teamkey import TeamKeyError, new_key_file

        try:
            key = new_key_file(path, label=label)
        except TeamKeyError as error:
            raise SyncError(str(error), "key") from None
        if self.team_key() is not None:
            return key, False
        self._store_key(key, "file", replace=False)
        return key, True

    def import_key(self, path: Path, *, replace: bool = False) -> TeamKey:
        from fieldguide.sync.teamkey import TeamKeyError, load_key_file

        try:
            key = load_key_file(path)
        except TeamKeyError as error:
            raise SyncError(str(error), "key") from None
        return self._store_key(key, "file", replace=replace)

    def use_passphrase(self, team: str, passphrase: str, *, replace: bool = False) -> TeamKey:
        from fieldguide.sync.teamkey import key_from_passphrase, salt_for_team

        team = " ".join(team.split())
        if not team:
            raise SyncError(_("a team name is needed"), "key")
        if len(passphrase) < 12:
            raise SyncError(
                _(
                    "the team passphrase is too short: use at least 12 characters "
                    "(five random words is better)"
                ),
                "key",
            )
        key = key_from_passphrase(passphrase, salt_for_team(team))
        return self._store_key(key, f"passphrase:{team}", replace=replace)

    # --- export --------------------------------------------------------------------

    def _sent_ranges(
        self, session: Session, bundle_ids: Sequence[str] | None = None
    ) -> list[tuple[int, int]]:
        query = select(SyncSent.seq_from, SyncSent.seq_to)
        if bundle_ids is not None:
            ranges: list[tuple[int, int]] = []
            ids = list(bundle_ids)
            for start in range(0, len(ids), 500):
                chunk = query.where(SyncSent.bundle_id.in_(ids[start : start + 500]))
                ranges += [(a, b) for a, b in session.execute(chunk)]
            return ranges
        return [(a, b) for a, b in session.execute(query)]

    def _collect(self, after: int, limit: int | None = None) -> tuple[list[Change], int, int]:
        """Log entries after ``after``: the changes, and the seq range they cover."""
        from fieldguide.sync.bundle import Change

        with self.db.read() as session:
            query = (
                select(
                    ChangeLog.seq,
                    ChangeLog.table_name,
                    ChangeLog.row_id,
                    ChangeLog.field,
                    ChangeLog.value,
                    ChangeLog.hlc,
                    ChangeLog.device,
                    ChangeLog.base,
                )
                .where(ChangeLog.seq > after)
                .order_by(ChangeLog.seq)
            )
            if limit is not None:
                query = query.limit(limit)
            rows = session.execute(query).all()
        changes = [Change(t, r, f, v, h, d, b) for _seq, t, r, f, v, h, d, b in rows]
        last = rows[-1][0] if rows else after
        return changes, after + 1, last

    def _encode(self, changes: Sequence[Change], key: TeamKey) -> tuple[bytes, str]:
        from fieldguide.sync.bundle import encode_bundle, read_header

        try:
            data = encode_bundle(changes, device=self.device_id, key=key)
        except ValueError as error:
            raise SyncError(_("cannot write the bundle: %s") % error) from None
        return data, read_header(data).bundle_id

    def _record_sent(self, bundle_id: str, seq_from: int, seq_to: int, changes: int, where: str) -> None:
        with self.db.write() as session:
            session.add(
                SyncSent(
                    bundle_id=bundle_id,
                    seq_from=seq_from,
                    seq_to=seq_to,
                    changes=changes,
                    created_at=now_iso(),
                    destination=where,
                )
            )

    def pending_changes(self) -> int:
        with self.db.read() as session:
            mark = covered_through(self._sent_ranges(session))
            return session.scalar(select(func.count()).where(ChangeLog.seq > mark)) or 0

    def export_file(self, path: Path, *, everything: bool = False) -> ExportResult:
        """Write the changes not yet sent anywhere (or, with ``everything``, all) as one bundle."""
        from fieldguide.atomic import atomic_write

        key = self._require_key()
        if everything:
            after = 0
        else:
            with self.db.read() as session:
                after = covered_through(self._sent_ranges(session))
        changes, seq_from, seq_to = self._collect(after)
        if not changes:
            return ExportResult(None, None, 0)
        data, bundle_id = self._encode(changes, key)
        target = Path(path)
        if target.is_dir():
            raise SyncError(_("%s is a folder; give a file name for the bundle") % target, "folder")
        with atomic_write(target) as temporary:
            temporary.write_bytes(data)
        self._record_sent(bundle_id, seq_from, seq_to, len(changes), str(target))
        return ExportResult(target, bundle_id, len(changes))

    # --- apply ---------------------------------------------------------------------

    def _decode(self, data: bytes, source: str, key: TeamKey) -> DecodedBundle:
        from fieldguide.sync.bundle import BundleError, decode_bundle

        try:
            return decode_bundle(data, key=key)
        except BundleError as error:
            raise SyncError(f"{source}: {error}", error.kind) from None

    def apply_file(self, path: Path) -> ApplyResult:
        source = Path(path)
        try:
            data = source.read_bytes()
        except FileNotFoundError:
            raise SyncError(_("bundle not found: %s") % source, "folder") from None
        except IsADirectoryError:
            raise SyncError(
                _("%s is a folder; to sync with a folder use `fieldguide sync folder`") % source
            ) from None
        except OSError as error:
            raise SyncError(f"{source}: {error.strerror or error}", "folder") from None
        return self.apply_bytes(data, source.name)

    def apply_bytes(self, data: bytes, source: str) -> ApplyResult:
        """Apply one bundle in one transaction: all of it, or (``SyncError``) none of it."""
        from fieldguide.sync.hlc import ClockSkewError
        from fieldguide.sync.merge import MergeError, merge_changes

        key = self._require_key()
        bundle = self._decode(data, source, key)
        header = bundle.header
        with self.db.write() as session:
            seen = session.get(SyncReceived, header.bundle_id) or session.get(SyncSent, header.bundle_id)
            if seen is not None:
                return ApplyResult(
                    source, header.bundle_id, header.device, header.count, 0, 0, (), already=True
                )
            if header.hlc_max is not None:
                try:
                    self.recorder.clock.check(header.hlc_max)
                except ClockSkewError as error:
                    raise SyncError(_("%s: refused, %s") % (source, error), "clock") from None
            try:
                result = merge_changes(session, bundle.changes)
            except MergeError as error:
                raise SyncError(f"{source}: {error}", error.kind) from None
            session.add(
                SyncReceived(
                    bundle_id=header.bundle_id,
                    device=header.device,
                    hlc_max=header.hlc_max,
                    changes=header.count,
                    new_changes=result.new,
                    applied_at=now_iso(),
                    source=source,
                )
            )
            if header.hlc_max is not None:
                self.recorder.remember(session, header.hlc_max)
        if header.hlc_max is not None:
            self.recorder.clock.observe(header.hlc_max)
        return ApplyResult(
            source,
            header.bundle_id,
            header.device,
            header.count,
            result.new,
            result.applied,
            tuple(result.conflicts),
        )

    # --- folder --------------------------------------------------------------------

    def last_folder(self) -> Path | None:
        with self.db.read() as session:
            value = _get_meta(session, FOLDER_META)
        return Path(value) if value else None

    def sync_folder(self, folder: Path, progress: Progress | None = None) -> FolderResult:
        """Apply every other device's new bundles in ``folder``, then write this device's news.

        A bundle that cannot be applied is reported in ``skipped`` and the sync goes on;
        one still being copied (truncated) is tried again next time.
        """
        from fieldguide.sync import folder as layout

        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise SyncError(_("sync folder not found: %s") % folder, "folder")
        folder = folder.resolve()
        key = self._require_key()
        with self.db.write() as session:
            _set_meta(session, FOLDER_META, str(folder))
        result = FolderResult(folder)
        report = progress or (lambda done, total, message: None)

        bundles = layout.list_bundles(folder)
        with self.db.read() as session:
            done: set[str] = set()
            ids = [b.bundle_id for b in bundles]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                done.update(
                    session.scalars(select(SyncReceived.bundle_id).where(SyncReceived.bundle_id.in_(chunk)))
                )
                done.update(session.scalars(select(SyncSent.bundle_id).where(SyncSent.bundle_id.in_(chunk))))
        todo = [b for b in bundles if b.bundle_id not in done]
        for index, item in enumerate(todo):
            report(index, len(todo) + 1, _("reading %s") % item.path.name)
            try:
                data = item.path.read_bytes()
            except OSError as error:
                result.skipped.append(Skipped(item.path.name, str(error.strerror or error), True))
                continue
            try:
                applied = self.apply_bytes(data, item.path.name)
            except SyncError as error:
                # Partly copied, or dated too far ahead: waiting may cure it.
                retry = error.kind in ("truncated", "clock")
                result.skipped.append(Skipped(item.path.name, str(error), retry))
                continue
            if applied.already:
                continue
            result.bundles += 1
            result.received += applied.new
            if applied.new:
                result.devices.add(applied.device)
            result.conflicts.extend(applied.conflicts)

        report(len(todo), len(todo) + 1, _("writing this device's changes"))
        mine = [b.bundle_id for b in bundles if b.device == self.device_id]
        with self.db.read() as session:
            after = covered_through(self._sent_ranges(session, mine))
        while True:
            changes, seq_from, seq_to = self._collect(after, FOLDER_BUNDLE_CHANGES)
            if not changes:
                break
            data, bundle_id = self._encode(changes, key)
            with self.db.write() as session:
                name = layout.bundle_name(self.recorder.tick(session), bundle_id)
            layout.write_bundle(folder, self.device_id, name, data)
            self._record_sent(bundle_id, seq_from, seq_to, len(changes), str(folder))
            result.sent += len(changes)
            result.written.append(name)
            after = seq_to
        report(len(todo) + 1, len(todo) + 1, _("done"))
        with self.db.read() as session:
            from fieldguide.sync.conflicts import count_open

            result.open_conflicts = count_open(session, self.device_id)
        return result

    # --- status and conflicts ------------------------------------------------------

    def status(self) -> SyncStatus:
        from fieldguide.sync.conflicts import count_open

        info = self.key_info()
        with self.db.read() as session:
            mark = covered_through(self._sent_ranges(session))
            pending = session.scalar(select(func.count()).where(ChangeLog.seq > mark)) or 0
            peers = [
                Peer(device, last, bundles)
                for device, last, bundles in session.execute(
                    select(SyncReceived.device, func.max(SyncReceived.applied_at), func.count())
                    .where(SyncReceived.device != self.device_id)
                    .group_by(SyncReceived.device)
                    .order_by(SyncReceived.device)
                )
            ]
            conflicts = count_open(session, self.device_id)
            folder = _get_meta(session, FOLDER_META)
        return SyncStatus(self.device_id, pending, peers, conflicts, info.key_id if info else None, folder)

    def counts(self) -> tuple[int, int]:
        """Pending changes and open conflicts: what the status bar shows."""
        status = self.status()
        return status.pending_changes, status.conflicts

    def conflicts(self) -> list[ConflictView]:
        from fieldguide.sync.conflicts import open_conflicts

        with self.db.read() as session:
            return open_conflicts(session, self.device_id)

    def resolve(self, conflict_id: str, keep: Keep) -> tuple[ConflictView, Any]:
        """Close a conflict keeping "mine", "theirs" or "both"; returns it and the value kept."""
        from fieldguide.sync.conflicts import KEEP_CHOICES, ConflictNotFound, find_conflict, resolve

        if keep not in KEEP_CHOICES:
            raise SyncError(_("keep one of: %s") % ", ".join(KEEP_CHOICES))
        with self.db.write() as session:
            try:
                conflict = find_conflict(session, conflict_id)
            except ConflictNotFound:
                raise SyncError(
                    _("no conflict has the id %r (see `fieldguide sync conflicts`)") % conflict_id
                ) from None
            try:
                return resolve(session, self.recorder, conflict, keep, self.device_id)
            except ValueError as error:
                raise SyncError(str(error)) from None
