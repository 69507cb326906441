"""The hub transport's profile side: enrolment, what was pushed where, the cursor, the outbox.

A hub carries the same bundles as a folder, so everything here goes through the
same moving parts as ``sync_folder``: ``_collect``/``_encode`` make a bundle,
``_record_sent`` remembers which stretch of the change log it carries, and
``apply_bytes`` applies a received one in one transaction. A bundle applied once,
whether it came by a folder or by the hub, is recorded in ``sync_received`` and
is never downloaded or applied again.

Per hub address and team the profile keeps (``meta``, so a protected profile
encrypts it):

- the device's **token** (secret: it never leaves the profile but in the
  ``Authorization`` header), the **cursor** up to which the team's bundles were
  handled, and the bundles refused for a reason that may pass (a team key still
  missing), to try again;
- what was **pushed**: ``sync_sent`` rows whose destination is ``hub:<url>|<team>``.

A bundle is written to the hub's **outbox** (a file in the data directory) and
recorded as sent before it is uploaded, and its file is removed only once the hub
has confirmed it. A push that got no answer is therefore repeated with the same
bytes and id next time, which the hub takes as a harmless replay: nothing is lost
and nothing is stored twice, whenever the link, the hub or this laptop stops.

Each method is one short step of the profile (no network here); ``hub_run`` drives
the network between them, off the window's profile thread.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from fieldguide.db.models import SyncReceived, SyncSent
from fieldguide.i18n import _
from fieldguide.sync.exchange import (
    ApplyResult,
    Skipped,
    SyncError,
    covered_through,
    disk_guard,
    get_meta,
    set_meta,
)

if TYPE_CHECKING:
    from fieldguide.sync.hub_http import HubEntry
    from fieldguide.sync.merge import Share
    from fieldguide.sync.roster import Roster
    from fieldguide.sync.service import SyncService

__all__ = ["HubConfig", "HubResult", "HubService"]

#: The hub this profile syncs with: {"url", "team"} (the last one enrolled).
CURRENT_META = "sync.hub"
#: + "<url>|<team>": {"token", "device", "cursor", "retry", "enrolled", "last_sync"}.
STATE_META = "sync.hub:"
#: Most field states in one bundle pushed to a hub: well below the hub's default size limit.
HUB_BUNDLE_CHANGES = 20_000
#: Bundles refused for a reason that may pass, tried again at each sync (at most this many).
MAX_RETRY = 500
_OUTBOX_NAME = re.compile(r"(?P<seq>[0-9]{12})-(?P<id>[0-9a-f-]{36})\.fgsync")


@dataclass(frozen=True)
class HubConfig:
    """One hub and team as this profile knows it; ``token`` is secret (never shown or logged)."""

    url: str
    team: str
    device: str
    token: str = field(repr=False)
    cursor: int = 0

    @property
    def destination(self) -> str:
        return f"hub:{self.url}|{self.team}"

    @property
    def key(self) -> str:
        return f"{self.url}|{self.team}"


@dataclass
class HubResult:
    """What one sync with the hub did (the CLI's ``--json`` output, see the README)."""

    url: str
    team: str
    sent: int = 0  # changes made on this device that reached the hub
    pushed: int = 0  # bundles the hub confirmed
    received: int = 0  # changes new to this device
    bundles: int = 0  # bundles applied
    already: int = 0  # bundles the hub holds that this device had already (from a folder, say)
    devices: set[str] = field(default_factory=set)
    conflicts: list[str] = field(default_factory=list)
    open_conflicts: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cursor: int = 0
    retries: int = 0  # network tries repeated

    @property
    def wrong_key(self) -> int:
        return sum(1 for s in self.skipped if s.kind == "wrong-key")

    def as_json(self) -> dict[str, Any]:
        return {
            "hub": self.url,
            "team": self.team,
            "sent": self.sent,
            "bundles_pushed": self.pushed,
            "received": self.received,
            "bundles_applied": self.bundles,
            "bundles_already_applied": self.already,
            "devices": len(self.devices),
            "conflicts": len(self.conflicts),
            "open_conflicts": self.open_conflicts,
            "wrong_key": self.wrong_key,
            "cursor": self.cursor,
            "retries": self.retries,
            "warnings": list(self.warnings),
            "skipped": [{"file": s.file, "reason": s.reason, "retry": s.retry} for s in self.skipped],
        }


@dataclass(frozen=True)
class Enrolment:
    """What the hub is shown when this device enrols (nothing secret)."""

    team: str
    device: str
    signing_key: str
    roster: str | None


@dataclass(frozen=True)
class Outgoing:
    bundle_id: str
    path: Path


class HubService:
    """The profile's side of the hub transport; each method is one short step."""

    def __init__(self, sync: SyncService) -> None:
        self.sync = sync
        self.db = sync.db
        self.device_id = sync.device_id
        self.paths = sync.paths

    # --- which hub ------------------------------------------------------------------

    def current(self) -> HubConfig | None:
        """The hub this profile syncs with, or ``None`` when the user set none up."""
        with self.db.read() as session:
            raw = _json(get_meta(session, CURRENT_META))
            if not raw:
                return None
            state = _json(get_meta(session, STATE_META + f"{raw.get('url')}|{raw.get('team')}"))
        token = state.get("token")
        if not isinstance(token, str) or not token:
            return None
        if state.get("device") != self.device_id:
            # A copied data folder or a restored backup is a new device (sync.identity): the
            # token belongs to the device it was issued to, so this one must enrol itself.
            return None
        return HubConfig(
            str(raw["url"]),
            str(raw["team"]),
            self.device_id,
            token,
            int(state.get("cursor") or 0),
        )

    def copied(self) -> bool:
        """Whether a hub was set up for the device this profile was copied or restored from."""
        with self.db.read() as session:
            raw = _json(get_meta(session, CURRENT_META))
            state = (
                _json(get_meta(session, STATE_META + f"{raw.get('url')}|{raw.get('team')}")) if raw else {}
            )
        return bool(state.get("token")) and state.get("device") != self.device_id

    def configured(self) -> tuple[str, str] | None:
        """The hub's address and team, without the token (for the window to show)."""
        config = self.current()
        return (config.url, config.team) if config else None

    def team_id(self, team: str | None = None) -> str:
        """The team the hub files this profile's bundles under: the signed roster's team id."""
        if team:
            try:
                return str(uuid.UUID(team.strip()))
            except ValueError:
                raise SyncError(_("%s is not a team id (a UUID)") % team.strip()[:80], "hub") from None
        roster = self._roster()
        if roster is None:
            from fieldguide.sync.service import NoTeamKey

            raise NoTeamKey()
        return roster.team

    def enrolment(self, team: str | None) -> Enrolment:
        """What enrolment sends: team, device, the device's public signing key, and the
        team's signed roster when this profile holds one (the hub checks the key in it)."""
        roster = self._roster()
        team_id = roster.team if roster is not None and not team else self.team_id(team)
        keys = self.sync.device_keys()
        signing = base64.b64encode(keys.public.signing).decode("ascii")
        document = base64.b64encode(roster.document).decode("ascii") if roster is not None else None
        return Enrolment(team_id, self.device_id, signing, document)

    def _roster(self) -> Roster | None:
        """The team's current signed roster as this profile holds it (issue 14), if any."""
        return self.sync.roster()

    def roster_to_share(self, config: HubConfig) -> Roster | None:
        """The team's roster when it is newer than the one this device last gave the hub:
        the hub revokes the access of devices a newer roster removed."""
        roster = self._roster()
        if roster is None or roster.team != config.team:
            return None
        with self.db.read() as session:
            shared = int(_json(get_meta(session, STATE_META + config.key)).get("roster_seq") or 0)
        return roster if roster.seq > shared else None

    def roster_shared(self, config: HubConfig, seq: int) -> None:
        with disk_guard(), self.db.write() as session:
            state = _json(get_meta(session, STATE_META + config.key))
            state["roster_seq"] = int(seq)
            set_meta(session, STATE_META + config.key, json.dumps(state, sort_keys=True))

    def store_enrolment(self, url: str, team: str, token: str) -> HubConfig:
        """Keep the token the hub issued; this hub becomes the one ``sync hub`` uses."""
        key = f"{url}|{team}"
        with disk_guard(), self.db.write() as session:
            state = _json(get_meta(session, STATE_META + key))
            state.update({"token": token, "device": self.device_id, "enrolled": _now()})
            state.setdefault("cursor", 0)
            set_meta(session, STATE_META + key, json.dumps(state, sort_keys=True))
            set_meta(session, CURRENT_META, json.dumps({"url": url, "team": team}, sort_keys=True))
        config = self.current()
        assert config is not None
        return config

    def forget(self) -> bool:
        """Stop syncing with the hub (the token is deleted; pushed bundles stay on the hub)."""
        with self.db.write() as session:
            raw = _json(get_meta(session, CURRENT_META))
            if not raw:
                return False
            key = f"{raw.get('url')}|{raw.get('team')}"
            state = _json(get_meta(session, STATE_META + key))
            state.pop("token", None)
            set_meta(session, STATE_META + key, json.dumps(state, sort_keys=True))
            set_meta(session, CURRENT_META, "")
        return True

    # --- push -----------------------------------------------------------------------

    def outbox_dir(self, config: HubConfig) -> Path:
        return self._hub_dir(config, "outbox")

    def incoming_dir(self, config: HubConfig) -> Path:
        return self._hub_dir(config, "incoming")

    def _hub_dir(self, config: HubConfig, part: str) -> Path:
        name = hashlib.sha256(config.key.encode("utf-8")).hexdigest()[:16]
        path = self.paths.sync / "hub" / name / part
        with disk_guard():
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
        return path

    def prepare_push(self, config: HubConfig) -> list[Outgoing]:
        """Every bundle waiting for the hub, oldest first: the ones a past run could not
        upload, and new ones for the changes no bundle to this hub has carried yet."""
        from fieldguide.atomic import atomic_write

        sync = self.sync
        outbox = self.outbox_dir(config)
        with self.db.read() as session:
            mine = list(
                session.scalars(select(SyncSent.bundle_id).where(SyncSent.destination == config.destination))
            )
            ranges = sync._sent_ranges(session, mine)
            ranges += [(a, b) for a, b in _json(get_meta(session, STATE_META + config.key)).get("heard", [])]
            after = covered_through(ranges)
        recorded = set(mine)
        for stale in outbox.iterdir():
            match = _OUTBOX_NAME.fullmatch(stale.name)
            # Written but never recorded as sent (the laptop stopped in between): its
            # changes are collected again below, so the file is not needed.
            if match is None or match["id"] not in recorded:
                stale.unlink(missing_ok=True)
        key = sync._require_key()
        while True:
            changes, seq_from, seq_to = sync._collect(after, HUB_BUNDLE_CHANGES)
            if not changes and not sync.roster_news():
                break
            data, bundle_id, count = sync._encode(changes, key, (seq_from, seq_to))
            target = outbox / f"{seq_from:012d}-{bundle_id}.fgsync"
            with disk_guard():
                with atomic_write(target) as temporary:
                    temporary.write_bytes(data)
                sync._record_sent(bundle_id, seq_from, seq_to, count, config.destination)
            after = seq_to
        waiting = sorted(p for p in outbox.iterdir() if _OUTBOX_NAME.fullmatch(p.name))
        return [Outgoing(_OUTBOX_NAME.fullmatch(p.name)["id"], p) for p in waiting]  # type: ignore[index]

    def pushed(self, config: HubConfig, item: Outgoing) -> int:
        """The hub confirmed ``item``: drop its outbox file. How many of this device's own
        changes it carried."""
        with self.db.read() as session:
            row = session.get(SyncSent, item.bundle_id)
        item.path.unlink(missing_ok=True)
        if row is None:
            return 0
        return self.sync._local_fields(row.seq_from - 1, row.seq_to)

    def refused(self, config: HubConfig, item: Outgoing) -> None:
        """The hub will never take ``item`` (too large for it): its changes go again in
        smaller bundles next time."""
        with disk_guard(), self.db.write() as session:
            row = session.get(SyncSent, item.bundle_id)
            if row is not None and row.destination == config.destination:
                session.delete(row)
        item.path.unlink(missing_ok=True)

    # --- pull -----------------------------------------------------------------------

    def known(self, bundle_ids: list[str]) -> set[str]:
        """Which of these bundles this device applied or wrote already, by whatever route."""
        found: set[str] = set()
        with self.db.read() as session:
            for start in range(0, len(bundle_ids), 500):
                chunk = bundle_ids[start : start + 500]
                found.update(
                    session.scalars(select(SyncReceived.bundle_id).where(SyncReceived.bundle_id.in_(chunk)))
                )
                found.update(session.scalars(select(SyncSent.bundle_id).where(SyncSent.bundle_id.in_(chunk))))
        return found

    def apply(
        self, config: HubConfig, entry: HubEntry, data: bytes, progress: Share | None = None
    ) -> ApplyResult:
        """Apply a downloaded bundle (one transaction, as from a folder); ``progress`` hears
        the share applied now and then.

        The change-log entries it adds came from the hub, so they are never pushed back
        to it (a folder still relays them, for teammates who only use the folder).
        """
        source = _("hub bundle %s") % entry.bundle_id[:8]
        before = self._last_seq()
        result = self.sync.apply_bytes(data, source, progress)
        after = self._last_seq()
        if after > before:
            with disk_guard(), self.db.write() as session:
                state = _json(get_meta(session, STATE_META + config.key))
                heard = [(int(a), int(b)) for a, b in state.get("heard", [])] + [(before + 1, after)]
                state["heard"] = _merge_ranges(heard)
                set_meta(session, STATE_META + config.key, json.dumps(state, sort_keys=True))
        return result

    def _last_seq(self) -> int:
        from sqlalchemy import func

        from fieldguide.db.models import ChangeLog

        with self.db.read() as session:
            return int(session.scalar(select(func.coalesce(func.max(ChangeLog.seq), 0))) or 0)

    def retry_list(self, config: HubConfig) -> list[dict[str, Any]]:
        with self.db.read() as session:
            state = _json(get_meta(session, STATE_META + config.key))
        retry = state.get("retry")
        return [r for r in retry if isinstance(r, dict)] if isinstance(retry, list) else []

    def save_progress(
        self, config: HubConfig, cursor: int, retry: list[dict[str, Any]] | None = None
    ) -> None:
        """The team's bundles up to ``cursor`` are handled; ``retry`` those to try again."""
        with disk_guard(), self.db.write() as session:
            state = _json(get_meta(session, STATE_META + config.key))
            state["cursor"] = int(cursor)
            if retry is not None:
                state["retry"] = retry[-MAX_RETRY:]
            state["last_sync"] = _now()
            set_meta(session, STATE_META + config.key, json.dumps(state, sort_keys=True))

    def open_conflicts(self) -> int:
        from fieldguide.sync.conflicts import count_open

        with self.db.read() as session:
            return count_open(session)

    def last_sync(self) -> str | None:
        config = self.current()
        if config is None:
            return None
        with self.db.read() as session:
            value = _json(get_meta(session, STATE_META + config.key)).get("last_sync")
        return str(value) if value else None


def _json(raw: str | None) -> dict[str, Any]:
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _merge_ranges(ranges: list[tuple[int, int]]) -> list[list[int]]:
    """Ranges of seqs as few as they can be (adjacent and overlapping ones joined)."""
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def remove_partial(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
