"""Export and apply bundles, and sync with a folder: the moving parts of ``SyncService``.

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
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from fieldguide.db.models import ChangeLog, Meta, SyncReceived, SyncSent
from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.sync.changelog import now_iso

if TYPE_CHECKING:
    from fieldguide.db.engine import Database
    from fieldguide.paths import DataPaths
    from fieldguide.sync.bundle import DecodedBundle
    from fieldguide.sync.changelog import Recorder
    from fieldguide.sync.devicekeys import DeviceKeys
    from fieldguide.sync.merge import Entry, Share
    from fieldguide.sync.roster import Roster
    from fieldguide.sync.teamkey import TeamKey
    from fieldguide.sync.validate import Rules
    from fieldguide.sync.verify import Checked

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
#: Most field states in one bundle written to a folder; larger backlogs become several files.
FOLDER_BUNDLE_CHANGES = 100_000

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
    """Bundles in and out; mixed into ``SyncService``, which provides the key and the names."""

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

    # --- what to send --------------------------------------------------------------

    def acknowledged_by(self, device: str) -> int:
        with self.db.read() as session:
            return int(get_meta(session, ACK_META + device) or 0)

    def _acks(self, session: Session) -> dict[str, int]:
        out: dict[str, int] = {}
        for key, value in session.execute(
            select(Meta.key, Meta.value).where(Meta.key.startswith(HEARD_META))
        ):
            try:
                out[key[len(HEARD_META) :]] = covered_through(json.loads(value))
            except (ValueError, TypeError):
                continue
        return out

    def _names(self, session: Session) -> dict[str, tuple[str, str]]:
        raw = _json_meta(session, NAMES_META, {})
        return {d: (v[0], v[1]) for d, v in raw.items() if isinstance(v, list) and len(v) == 2}

    def _collect(self, after: int, limit: int | None = None) -> tuple[list[Entry], int, int]:
        """The current state of every field logged after ``after``, and the seq range covered."""
        from fieldguide.sync.collect import collect

        with self.db.read() as session:
            return collect(session, after, limit)

    def _encode(
        self, changes: Sequence[Entry], key: TeamKey, seq_range: tuple[int, int]
    ) -> tuple[bytes, str, int]:
        """Seal, sign and prove ``changes``; returns the bytes, the bundle id and how many
        changes it carries (fields holding versions no one can prove are left out)."""
        from fieldguide.sync.bundle import encode_bundle, read_header
        from fieldguide.sync.devicekeys import seal
        from fieldguide.sync.keyring import bindings, proofs_for, put_proofs, roster_documents
        from fieldguide.sync.signing import carried_leaves, sign_write, split_leaves
        from fieldguide.sync.team import epoch_context

        self._name_by_default()
        keys = self.device_keys()
        roster = self.roster()
        carried = carried_leaves(changes)
        with self.db.read() as session:
            acks = self._acks(session)
            names = self._names(session)
            skews = self._skews(session)
            proofs = proofs_for(session, carried)
            known = bindings(session)
            documents = roster_documents(session)
        # Versions written before changes were signed: this device signs its own now;
        # another device's cannot be proven, so the fields holding them stay behind
        # (every teammate received them before the team switched to signed changes).
        unsigned = {dot for dot in carried if dot not in proofs}
        late = {
            dot: sign_write(keys, dot[0], dot[1], carried[dot])
            for dot in unsigned
            if dot[0] == self.device_id
        }
        if late:
            with self.db.write() as session:
                put_proofs(session, late)
            proofs.update(late)
        if len(proofs) < len(carried):
            changes = [c for c in changes if all((s.device, s.hlc) in proofs for s in c.state.siblings)]
            carried = carried_leaves(changes)
        writes = {
            dot: (proofs[dot].signature, [x for x in split_leaves(proofs[dot].leaves) if x not in leaves])
            for dot, leaves in carried.items()
        }
        devices = {self.device_id} | {device for device, _hlc in carried}
        ids = {d: (known[d].signing, known[d].nonce) for d in devices if d in known}
        seals: list[bytes] = []
        if roster is not None:
            epoch = [n for n, k in self._epoch_keys().values() if k.key_id == key.key_id]
            plain = (epoch[0] if epoch else roster.epoch).to_bytes(4, "big") + key.secret
            seals = [
                seal(member.keys, plain, context=epoch_context(roster.team))
                for member in roster.members
                if member.keys.signing != keys.public.signing
            ]
        try:
            data = encode_bundle(
                changes,
                device=self.device_id,
                key=key,
                signer=keys,
                writes=writes,
                ids=ids,
                roster=documents,
                seals=seals,
                seq_range=seq_range,
                acks=acks,
                names=names,
                clocks=skews,
                created=dt.datetime.fromtimestamp(self._wall_ms() / 1000, dt.UTC),
            )
        except ValueError as error:
            raise SyncError(_("cannot write the bundle: %s") % error) from None
        if roster is not None:
            with self.db.write() as session:
                set_meta(session, ROSTER_SENT_META, str(roster.seq))
        return data, read_header(data).bundle_id, len(changes)

    def roster_news(self) -> bool:
        """Whether this device changed the team's roster since its last bundle: then a
        bundle goes out even without other changes, so teammates learn of it (a removal)."""
        roster = self.roster()
        if roster is None:
            return False
        with self.db.read() as session:
            return roster.seq > int(get_meta(session, ROSTER_SENT_META) or roster.seq)

    def _epoch_keys(self) -> dict[str, tuple[int, TeamKey]]:
        from fieldguide.sync.keyring import epoch_keys

        with self.db.read() as session:
            return epoch_keys(session)

    def _skews(self, session: Session) -> dict[str, tuple[int, int]]:
        out: dict[str, tuple[int, int]] = {}
        for key, value in session.execute(select(Meta.key, Meta.value).where(Meta.key.startswith(SKEW_META))):
            try:
                pair = json.loads(value)
            except ValueError:
                continue
            if isinstance(pair, list) and len(pair) == 2:
                out[key[len(SKEW_META) :]] = (int(pair[0]), int(pair[1]))
        return out

    def _record_sent(self, bundle_id: str, seq_from: int, seq_to: int, changes: int, where: str) -> None:
        from fieldguide.sync.identity import note_sent

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
            clock = get_meta(session, "hlc")
        if clock:
            note_sent(self.paths, self.device_id, clock)

    def _sent_ranges(
        self, session: Session, bundle_ids: Sequence[str] | None = None
    ) -> list[tuple[int, int]]:
        query = select(SyncSent.seq_from, SyncSent.seq_to)
        if bundle_ids is None:
            return [(a, b) for a, b in session.execute(query)]
        ranges: list[tuple[int, int]] = []
        ids = list(bundle_ids)
        for start in range(0, len(ids), 500):
            ranges += [
                (a, b)
                for a, b in session.execute(query.where(SyncSent.bundle_id.in_(ids[start : start + 500])))
            ]
        return ranges

    def _peer_floor(self, session: Session) -> int:
        """What every teammate heard from has acknowledged (0 when none has)."""
        acks = [int(v or 0) for v in session.scalars(select(Meta.value).where(Meta.key.startswith(ACK_META)))]
        return min(acks) if acks else 0

    def pending_changes(self) -> int:
        """Fields changed here that no bundle has carried yet."""
        with self.db.read() as session:
            mark = covered_through(self._sent_ranges(session))
            # Counted in SQL, over the seq range (the primary key): the window asks after every
            # save, and fetching each unsent change cost most of a second at 10 x a team's year.
            return int(
                session.execute(
                    text(
                        "SELECT count(*) FROM (SELECT DISTINCT table_name, row_id, field "
                        "FROM change_log NOT INDEXED WHERE seq > :mark AND local)"
                    ),
                    {"mark": mark},
                ).scalar_one()
            )

    def export_file(
        self, path: Path, *, everything: bool = False, for_device: str | None = None
    ) -> ExportResult:
        """Write one bundle: what ``for_device`` has not acknowledged, or (by default) what
        some teammate has not acknowledged, or (``everything``) all of it."""
        from fieldguide.atomic import atomic_write

        key = self._require_key()
        target = Path(path)
        if target.is_dir():
            raise SyncError(_("%s is a folder; give a file name for the bundle") % target, "folder")
        with self.db.read() as session:
            if everything:
                after = 0
            elif for_device is not None:
                after = int(get_meta(session, ACK_META + for_device) or 0)
            else:
                after = self._peer_floor(session)
        changes, seq_from, seq_to = self._collect(after)
        if not changes and not self.roster_news():
            return ExportResult(None, None, 0)
        data, bundle_id, count = self._encode(changes, key, (seq_from, seq_to))
        with disk_guard(), atomic_write(target) as temporary:
            temporary.write_bytes(data)
        self._record_sent(bundle_id, seq_from, seq_to, count, str(target))
        return ExportResult(target, bundle_id, count)

    # --- apply ---------------------------------------------------------------------

    def _decode(self, data: bytes, source: str) -> tuple[DecodedBundle, tuple[int, TeamKey] | None]:
        """Open a bundle with the epoch key it names; a key this device does not hold yet
        comes from the bundle's seals (returned, to keep once the bundle is verified)."""
        from fieldguide.sync.bundle import BundleError, decode_bundle, read_header
        from fieldguide.sync.devicekeys import DeviceKeyError

        try:
            header = read_header(data)
            known = self._epoch_keys().get(header.key_id)
            learnt: tuple[int, TeamKey] | None = None
            if known is None:
                learnt = self._open_seals(header.seals, header.key_id)
                if learnt is None:
                    raise BundleError("wrong-key")
            return decode_bundle(data, key=(known or learnt)[1]), learnt  # type: ignore[index]
        except BundleError as error:
            raise SyncError(f"{source}: {error}", error.kind) from None
        except DeviceKeyError:
            raise SyncError(f"{source}: " + _("the bundle is damaged or altered"), "damaged") from None

    def _open_seals(self, seals: Sequence[bytes], key_id: str) -> tuple[int, TeamKey] | None:
        from fieldguide.sync.devicekeys import DeviceKeyError
        from fieldguide.sync.team import epoch_context
        from fieldguide.sync.teamkey import TeamKey

        roster = self.roster()
        if roster is None or not seals:
            return None
        keys = self.device_keys()
        for sealed in seals:
            try:
                plain = keys.open(sealed, context=epoch_context(roster.team))
            except DeviceKeyError:
                continue
            if len(plain) == 36:
                key = TeamKey(plain[4:])
                if key.key_id == key_id:
                    return int.from_bytes(plain[:4], "big"), key
        return None

    def apply_file(self, path: Path) -> ApplyResult:
        from fieldguide.sync.folder import BundleReadError, display_name, read_bundle

        source = Path(path)
        name = display_name(source.name)
        if source.is_dir():
            raise SyncError(_("%s is a folder; to sync with a folder use `fieldguide sync folder`") % name)
        if not os.path.lexists(source):
            raise SyncError(_("bundle not found: %s") % name, "folder")
        try:
            data = read_bundle(source)
        except BundleReadError as error:
            raise SyncError(f"{name}: {error}", "folder") from None
        return self.apply_bytes(data, name)

    def apply_bytes(self, data: bytes, source: str, progress: Share | None = None) -> ApplyResult:
        """Apply one bundle in one transaction: all of it, or (``SyncError``) none of it.

        ``progress`` hears the share of the bundle applied now and then (a first full
        sync is one large bundle: minutes, not one step)."""
        from fieldguide.sync.merge import MergeError, merge_changes

        self._require_key()
        bundle, learnt = self._decode(data, source)
        header = bundle.header
        labels = self.names()
        if header.device == self.device_id:
            return ApplyResult(source, header.bundle_id, header.device, header.count, 0, 0, (), already=True)
        with self.db.read() as session:
            if session.get(SyncReceived, header.bundle_id) or session.get(SyncSent, header.bundle_id):
                return ApplyResult(
                    source, header.bundle_id, header.device, header.count, 0, 0, (), already=True
                )
        checked = self._verify(bundle, source, labels)
        warnings: list[str] = []
        with disk_guard(), self.db.write() as session:
            if session.get(SyncReceived, header.bundle_id) or session.get(SyncSent, header.bundle_id):
                return ApplyResult(
                    source, header.bundle_id, header.device, header.count, 0, 0, (), already=True
                )
            try:
                result = merge_changes(session, bundle.changes, self.rules, progress)
            except MergeError as error:
                who = self.device_label(header.device, labels)
                if error.kind == "invalid":
                    message = _(
                        "%(file)s: refused: the bundle from %(device)s carries an invalid value (%(what)s); "
                        "nothing was applied"
                    )
                    details = {"file": source, "device": who, "what": error.what}
                    raise SyncError(message % details, "invalid") from None
                raise SyncError(f"{source}: {error}", error.kind) from None
            if result.purged:
                from fieldguide.sync.purge import scrub

                scrub(session, result.purged)
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
            self._remember_bundle(session, bundle, warnings, labels)
            checked.keep(session, learnt, self.recorder.tick(session))
            if header.hlc_max is not None:
                bounded = min(header.hlc_max, self._bound_hlc())
                self.recorder.remember(session, bounded)
        if header.hlc_max is not None:
            self.recorder.clock.advance_to(min(header.hlc_max, self._bound_hlc()))
        if result.purged:
            from fieldguide.sync.purge import finish_pending

            finish_pending(self.db)
        return ApplyResult(
            source,
            header.bundle_id,
            header.device,
            header.count,
            result.new,
            result.applied,
            tuple(result.conflicts),
            warnings=tuple(warnings),
            purged=len(result.purged),
        )

    def _verify(self, bundle: DecodedBundle, source: str, labels: dict[str, str]) -> Checked:
        """The bundle's roster, sender and writes, checked; ``SyncError`` naming the claim."""
        from fieldguide.sync.keyring import bindings, roster_documents
        from fieldguide.sync.verify import Refused, verify_bundle

        with self.db.read() as session:
            mine = roster_documents(session)
            known = bindings(session)
        try:
            return verify_bundle(bundle, mine, known, self.device_keys(), self._bound_hlc())
        except Refused as error:
            roster = self.roster()
            member = (
                roster.member(error.signing) or roster.removal(error.signing)
                if roster and error.signing
                else None
            )
            who = member.keys.name if member is not None else self.device_label(error.device, labels)
            details = {"file": source, "device": who}
            if not error.device:
                message = _(
                    "%(file)s: refused: its team roster is not signed by a member of the team "
                    "(%(reason)s); nothing was applied"
                )
                details["reason"] = error.reason
            elif error.reason == "removed":
                message = _(
                    "%(file)s: refused: it holds changes %(device)s made after it was removed from the team; "
                    "nothing was applied"
                )
            elif error.reason == "not a member":
                message = _("%(file)s: refused: %(device)s is not a member of the team; nothing was applied")
            else:
                message = _(
                    "%(file)s: refused: a change claims to come from %(device)s but is not signed by "
                    "that device's key; nothing was applied"
                )
            raise SyncError(message % details, "signature") from None

    def _bound_hlc(self) -> str:
        from fieldguide.sync.hlc import MAX_LOGICAL, format_hlc

        return format_hlc(self._wall_ms() + CLOCK_BOUND_MS, MAX_LOGICAL)

    def _remember_bundle(
        self, session: Session, bundle: DecodedBundle, warnings: list[str], labels: dict[str, str]
    ) -> None:
        header = bundle.header
        sender = header.device
        # What the sender's log this bundle covers, and what it says it has of ours.
        if bundle.seq_range[1] >= bundle.seq_range[0] > 0:
            heard = _json_meta(session, HEARD_META + sender, [])
            heard = [[a, b] for a, b in heard] + [list(bundle.seq_range)]
            mark = covered_through(heard)
            compact = [[1, mark]] if mark else []
            compact += [[a, b] for a, b in heard if a > mark + 1]
            set_meta(session, HEARD_META + sender, json.dumps(compact))
        mine = bundle.acks.get(self.device_id)
        if mine is not None and mine > int(get_meta(session, ACK_META + sender) or 0):
            set_meta(session, ACK_META + sender, str(mine))
        names = self._names(session)
        told = bundle.clocks.get(self.device_id)
        for device, (hlc, name) in bundle.names.items():
            if device not in names or names[device][0] < hlc:
                names[device] = (hlc, " ".join(name.split())[:80])
        set_meta(session, NAMES_META, json.dumps({d: list(v) for d, v in sorted(names.items())}))
        labels = {**labels, **{d: v[1] for d, v in names.items() if v[1]}}
        if told is not None:
            set_meta(session, TOLD_META, json.dumps([told[0], told[1], sender]))
        elif session.get(Meta, TOLD_META) is not None:
            stored = _json_meta(session, TOLD_META, [])
            if len(stored) == 3 and stored[2] == sender:
                session.delete(session.get(Meta, TOLD_META))
        # Clocks: a bundle from the future is applied (order comes from what was seen,
        # not from clocks) but both people are told.
        made = int(header.created.timestamp() * 1000)
        now = self._wall_ms()
        if made - now > CLOCK_BOUND_MS:
            set_meta(session, SKEW_META + sender, json.dumps([made, now]))
            message = _(
                "%(device)s's bundle is dated %(theirs)s, but this computer's clock says %(ours)s: "
                "one of the two clocks is wrong. Check the date, time and time zone on both "
                "(the changes were applied; order comes from what each device had seen)."
            )
            warnings.append(
                message
                % {"device": self.device_label(sender, labels), "theirs": _when(made), "ours": _when(now)}
            )
        elif session.get(Meta, SKEW_META + sender) is not None:
            session.delete(session.get(Meta, SKEW_META + sender))

    def clock_warning(self) -> str | None:
        """What a teammate reported about this computer's clock, in words (or ``None``)."""
        with self.db.read() as session:
            told = _json_meta(session, TOLD_META, [])
        if len(told) != 3:
            return None
        made, theirs, who = told
        message = _(
            "A bundle made on this computer was dated %(ours)s, but %(device)s's clock said %(theirs)s "
            "when it arrived: one of the two clocks is wrong. Check the date, time and time zone."
        )
        return message % {"ours": _when(made), "theirs": _when(theirs), "device": self.device_label(who)}

    # --- folder --------------------------------------------------------------------

    def last_folder(self) -> Path | None:
        with self.db.read() as session:
            value = get_meta(session, FOLDER_META)
        return Path(value) if value else None

    def folder_known(self, folder: Path) -> bool:
        """Whether this device may write into ``folder``: it has opened a teammate's
        bundle there, written there before, or been told it is the first."""
        from fieldguide.sync import folder as layout

        folder = Path(folder).expanduser().resolve()
        bundles, _problems = layout.list_bundles(folder)
        with self.db.read() as session:
            if get_meta(session, FIRST_META + str(folder)[-200:]):
                return True
            tag = self._folder_tag()
            for item in bundles:
                if item.device == tag:
                    return True
                if session.get(SyncReceived, item.bundle_id) is not None:
                    return True
        return False

    def sync_folder(
        self, folder: Path, progress: Progress | None = None, *, first: bool = False
    ) -> FolderResult:
        """Apply every other device's new bundles in ``folder``, then write this device's news.

        Nothing is written until a teammate's bundle has been opened in this folder (or
        ``first`` says this device starts it), so a wrong team key or a wrong folder
        never fills a folder with bundles nobody can read. A bundle that cannot be
        applied is reported in ``skipped`` and the sync goes on.
        """
        from fieldguide.sync import folder as layout

        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise SyncError(_("sync folder not found: %s") % layout.display_name(folder), "folder")
        folder = folder.resolve()
        key = self._require_key()
        with disk_guard(), self.db.write() as session:
            set_meta(session, FOLDER_META, str(folder))
            if first:
                set_meta(session, FIRST_META + str(folder)[-200:], now_iso())
        result = FolderResult(folder)
        report = progress or (lambda done, total, message: None)

        bundles, problems = layout.list_bundles(folder)
        result.skipped += [Skipped(p.file, p.reason, False) for p in problems]
        with self.db.read() as session:
            done: set[str] = set()
            ids = [b.bundle_id for b in bundles]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                done.update(
                    session.scalars(select(SyncReceived.bundle_id).where(SyncReceived.bundle_id.in_(chunk)))
                )
                done.update(session.scalars(select(SyncSent.bundle_id).where(SyncSent.bundle_id.in_(chunk))))
        tag = self._folder_tag()
        todo = [b for b in bundles if b.bundle_id not in done and b.device != tag]
        # Each bundle is BUNDLE_STEPS steps of the bar, so a large one moves it while it applies.
        total = (len(todo) + 1) * BUNDLE_STEPS
        for index, item in enumerate(todo):
            name = layout.display_name(item.path.name)
            reading = _("reading %s") % name
            report(index * BUNDLE_STEPS, total, reading)

            def within(share: float, first: int = index * BUNDLE_STEPS, message: str = reading) -> None:
                report(first + min(int(share * BUNDLE_STEPS), BUNDLE_STEPS - 1), total, message)

            try:
                data = layout.read_bundle(item.path)
            except layout.BundleReadError as error:
                result.skipped.append(Skipped(name, str(error), error.retry))
                continue
            try:
                applied = self.apply_bytes(data, name, within)
            except SyncError as error:
                if error.kind == "full":
                    raise
                result.skipped.append(Skipped(name, str(error), error.kind == "truncated", error.kind))
                continue
            result.warnings.extend(w for w in applied.warnings if w not in result.warnings)
            if applied.already:
                continue
            result.bundles += 1
            result.received += applied.new
            if applied.new:
                result.devices.add(applied.device)
            result.conflicts.extend(applied.conflicts)
            result.purged += applied.purged

        if not self.folder_known(folder):
            result.waiting = True
        else:
            report(len(todo) * BUNDLE_STEPS, total, _("writing this device's changes"))
            self._write_folder(folder, key, bundles, result)
        report(total, total, _("done"))
        from fieldguide.sync.conflicts import count_open

        with self.db.read() as session:
            result.open_conflicts = count_open(session)
        return result

    def _write_folder(self, folder: Path, key: TeamKey, bundles: Sequence[Any], result: FolderResult) -> None:
        from fieldguide.sync import folder as layout

        tag = self._folder_tag()
        mine = [b.bundle_id for b in bundles if b.device == tag]
        with self.db.read() as session:
            after = covered_through(self._sent_ranges(session, mine))
        while True:
            changes, seq_from, seq_to = self._collect(after, FOLDER_BUNDLE_CHANGES)
            if not changes and not self.roster_news():
                break
            local = self._local_fields(after, seq_to)
            data, bundle_id, count = self._encode(changes, key, (seq_from, seq_to))
            name = layout.bundle_name(bundle_id)
            try:
                with disk_guard():
                    self._record_sent(bundle_id, seq_from, seq_to, count, str(folder))
                    layout.write_bundle(folder, tag, name, data)
            except OSError as error:
                message = _("cannot write to the sync folder: %s") % (error.strerror or error)
                raise SyncError(message, "folder") from None
            result.sent += local
            result.written.append(name)
            after = seq_to

    def _folder_tag(self) -> str:
        from fieldguide.sync.folder import folder_tag

        roster = self.roster()
        return folder_tag(roster.team if roster else "", self.device_id)

    def _local_fields(self, after: int, upto: int) -> int:
        """How many fields changed on this device lie in the log between the marks."""
        with self.db.read() as session:
            query = select(ChangeLog.table_name, ChangeLog.row_id, ChangeLog.field).where(
                ChangeLog.seq > after, ChangeLog.seq <= upto, ChangeLog.local.is_(True)
            )
            return len(set(session.execute(query).all()))
