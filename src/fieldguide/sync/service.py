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

import json
import platform
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from fieldguide.db.engine import Database
from fieldguide.db.models import SyncReceived
from fieldguide.i18n import _
from fieldguide.paths import DataPaths
from fieldguide.sync.changelog import Recorder
from fieldguide.sync.exchange import (
    FOLDER_META,
    NAMES_META,
    ApplyResult,
    ExportResult,
    FolderResult,
    Skipped,
    SyncError,
    get_meta,
    set_meta,
)
from fieldguide.sync.folder_sync import FolderSync
from fieldguide.sync.team import Team

if TYPE_CHECKING:
    from fieldguide.sync.conflicts import ConflictView, Keep
    from fieldguide.sync.devicekeys import DeviceKeys
    from fieldguide.sync.teamkey import TeamKey
    from fieldguide.sync.validate import Vocabulary

__all__ = [
    "ApplyResult",
    "ExportResult",
    "FolderResult",
    "NoTeamKey",
    "Peer",
    "Skipped",
    "SyncError",
    "SyncService",
    "SyncStatus",
]

MAX_NAME = 80

_get_meta = get_meta
_set_meta = set_meta


class NoTeamKey(SyncError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "this profile is not in a team yet: `fieldguide sync team create NAME`, "
                "or `fieldguide sync team join INVITATION` with a member's invitation"
            ),
            "key",
        )


@dataclass(frozen=True)
class Peer:
    device: str
    last_applied: str
    bundles: int


@dataclass
class ConflictMarks:
    """An assessment's open conflicts by where they live (conflict ids as values)."""

    assessment: str | None = None
    items: dict[str, str] = field(default_factory=dict)  # checklist item id -> conflict
    actions: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.assessment or self.items or self.actions or self.notes)


@dataclass(frozen=True)
class SyncStatus:
    device: str
    pending_changes: int
    peers: list[Peer]
    conflicts: int
    team_key: str | None
    folder: str | None
    names: dict[str, str]
    clock_warning: str | None = None
    team: str | None = None
    epoch: int | None = None
    members: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "device": self.device,
            "name": self.names.get(self.device),
            "pending_changes": self.pending_changes,
            "peers": [
                {"device": p.device, "name": self.names.get(p.device), "last_applied": p.last_applied}
                for p in self.peers
            ],
            "conflicts": self.conflicts,
            "team_key": self.team_key,
            "folder": self.folder,
            "clock_warning": self.clock_warning,
            "team": self.team,
            "epoch": self.epoch,
            "members": self.members,
        }


class SyncService(Team, FolderSync):
    def __init__(
        self, db: Database, recorder: Recorder, device_id: str, paths: DataPaths, vocabulary: Vocabulary
    ) -> None:
        from fieldguide.sync.validate import rules_for

        self.db = db
        self.recorder = recorder
        self.device_id = device_id
        self.paths = paths
        self.rules = rules_for(vocabulary)

    # --- the team's key ----------------------------------------------------------

    def _require_key(self) -> TeamKey:
        """The key of the team's current epoch, which this device writes with."""
        if not self.in_team():
            raise NoTeamKey()
        key = self.writing_key()
        if key is None:
            raise SyncError(
                _("the team started a new key epoch and this device has not received its key yet"), "key"
            )
        return key

    # --- device keys ---------------------------------------------------------------

    def device_keys(self) -> DeviceKeys:
        """This device's key pairs (made on first use), named as people see this device."""
        from fieldguide.sync.devicekeys import device_keys

        return device_keys(self.db).named(self.device_name() or "")

    # --- names ---------------------------------------------------------------------

    def names(self) -> dict[str, str]:
        with self.db.read() as session:
            raw = _json_names(session)
        return {device: pair[1] for device, pair in raw.items() if pair[1]}

    def device_name(self) -> str | None:
        return self.names().get(self.device_id)

    def set_device_name(self, name: str) -> str:
        """Name this device as people will see it ("Amina's laptop"); it travels in bundles."""
        clean = " ".join(str(name).split())
        if not clean:
            raise SyncError(_("a device name cannot be empty"))
        if len(clean) > MAX_NAME or not clean.isprintable():
            raise SyncError(_("a device name is at most %d printable characters") % MAX_NAME)
        with self.db.write() as session:
            names = _json_names(session)
            names[self.device_id] = [self.recorder.tick(session), clean]
            _set_meta(session, NAMES_META, json.dumps(dict(sorted(names.items()))))
        return clean

    def labeler(self) -> Callable[[str], str]:
        """``device_label`` with the names read once (for use inside a transaction)."""
        names = self.names()
        return lambda device: self.device_label(device, names)

    def device_label(self, device: str, names: dict[str, str] | None = None) -> str:
        """A device as people know it: its chosen name, else "a device (1a2b3c4d)"."""
        name = (names if names is not None else self.names()).get(device)
        if name:
            return name
        if device == self.device_id:
            return _("this computer (%s)") % platform.node() if platform.node() else _("this computer")
        return _("a device (%s)") % device[:8]

    def find_device(self, text: str) -> str:
        """A device id from its name or an id prefix; ``SyncError`` when none or several match."""
        wanted = " ".join(text.split()).casefold()
        known = set(self.names())
        with self.db.read() as session:
            known.update(session.scalars(select(SyncReceived.device).distinct()))
        known.discard(self.device_id)
        names = self.names()
        matches = sorted(d for d in known if names.get(d, "").casefold() == wanted)
        if not matches and len(wanted) >= 4:
            matches = sorted(d for d in known if d.startswith(wanted))
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise SyncError(_("no teammate's device is called %r (see `fieldguide sync status`)") % text)
        raise SyncError(_("several devices match %r; give more of the id") % text)

    def is_set_up(self) -> bool:
        """Whether this profile is in a team: only then are counts shown."""
        return self.in_team()

    # --- status and conflicts ------------------------------------------------------

    def status(self) -> SyncStatus:
        from fieldguide.sync.conflicts import count_open

        key = self.writing_key() if self.in_team() else None
        roster = self.roster()
        with self.db.read() as session:
            peers = [
                Peer(device, last, bundles)
                for device, last, bundles in session.execute(
                    select(SyncReceived.device, func.max(SyncReceived.applied_at), func.count())
                    .where(SyncReceived.device != self.device_id)
                    .group_by(SyncReceived.device)
                    .order_by(SyncReceived.device)
                )
            ]
            conflicts = count_open(session)
            folder = _get_meta(session, FOLDER_META)
        pending = self.pending_changes()
        return SyncStatus(
            self.device_id,
            pending,
            peers,
            conflicts,
            key.key_id if key else None,
            folder,
            self.names(),
            self.clock_warning(),
            roster.name if roster else None,
            roster.epoch if roster else None,
            len(roster.members) if roster else 0,
        )

    def counts(self) -> tuple[int, int, bool]:
        """Pending changes, open conflicts and whether sync is set up: what the status bar shows."""
        status = self.status()
        return status.pending_changes, status.conflicts, status.team is not None

    def conflicts(self) -> list[ConflictView]:
        from fieldguide.sync.conflicts import open_conflicts

        label = self.labeler()
        with self.db.read() as session:
            return open_conflicts(session, self.device_id, label)

    def marks(self, assessment_id: str) -> ConflictMarks:
        """Where an assessment's open conflicts live, for the window to mark them in place."""
        from fieldguide.db.models import Action, Response
        from fieldguide.sync.conflicts import conflicts_in

        marks = ConflictMarks()
        with self.db.read() as session:
            for (table, row_id), ids in sorted(conflicts_in(session, assessment_id).items()):
                if table == "assessment":
                    marks.assessment = ids[0]
                elif table == "response":
                    response = session.get(Response, row_id)
                    if response is not None:
                        marks.items[response.item_id] = ids[0]
                elif table == "action":
                    action = session.get(Action, row_id)
                    if action is not None:
                        marks.actions[action.id] = ids[0]
                elif table == "note":
                    marks.notes[row_id] = ids[0]
        return marks

    def resolve(self, conflict_id: str, keep: Keep) -> tuple[ConflictView, Any]:
        """Close a conflict keeping "mine", "theirs" or "both"; returns it and the value kept."""
        from fieldguide.sync.conflicts import KEEP_CHOICES, ConflictNotFound, find_conflict, resolve

        if keep not in KEEP_CHOICES:
            raise SyncError(_("keep one of: %s") % ", ".join(KEEP_CHOICES))
        label = self.labeler()
        with self.db.write() as session:
            try:
                conflict = find_conflict(session, conflict_id)
            except ConflictNotFound:
                raise SyncError(
                    _("no conflict has the id %r (see `fieldguide sync conflicts`)") % conflict_id
                ) from None
            try:
                return resolve(session, self.recorder, conflict, keep, self.device_id, label)
            except ValueError as error:
                raise SyncError(str(error)) from None


def _json_names(session: Any) -> dict[str, list[str]]:
    raw = _get_meta(session, NAMES_META)
    try:
        names = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return {d: v for d, v in names.items() if isinstance(v, list) and len(v) == 2}
