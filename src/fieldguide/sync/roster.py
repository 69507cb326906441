"""The team roster: a signed list of the devices in a team, and the rules for changing it.

Pure Python (no Qt, no database): the hub verifies rosters with this module too.

A roster document is UTF-8 JSON::

    {"kind": "fieldguide-roster", "version": 1,
     "body": {"team": "<uuid>", "name": "<team name>", "seq": 3, "previous": "<digest of seq 2>",
              "epoch": 2, "made": "2026-12-01T05:00:00Z", "signer": "<base64 Ed25519 key>",
              "members": [{"signing": ..., "encryption": ..., "name": "Amina's laptop",
                           "added_by": "<fingerprint>"}, ...],
              "removed": [{"signing": ..., "encryption": ..., "name": ..., "until": "<hlc>",
                           "lost": false, "removed_by": "<fingerprint>"}, ...]},
     "signature": "<base64 Ed25519 signature of the canonical body>"}

The canonical body is ``json.dumps(body, sort_keys=True, ensure_ascii=False,
separators=(",", ":"))`` in UTF-8, after the prefix ``b"fieldguide roster v1\\0"``; the
document's ``digest`` is SHA-256 over the canonical body and the signature, so reformatting
the JSON changes nothing.

The rules (``verify_roster``):

- version 1 (``seq`` 1) is the team's creation: signed by its only member;
- version n+1 names the digest of version n, belongs to the same team, and is signed by a
  member of version n (a removed device can no longer change anything);
- removing a member raises ``epoch``: the next bundles are sealed under a new key the
  removed device never receives (``sync.epochs``); ``until`` is the clock up to which its
  own changes are still accepted when teammates relay them;
- names are one printable line, keys are unique, there is at least one member.

Two members may change the roster at the same time (both make version n+1): the one with
the smaller digest wins on every device (``preferred``), and the device whose change lost
makes it again on top of the winner, so no one's addition or removal is lost.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import itertools
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from fieldguide.sync.devicekeys import DeviceKeyError, PublicKeys

if TYPE_CHECKING:
    from fieldguide.sync.devicekeys import DeviceKeys

__all__ = [
    "Member",
    "Removed",
    "Roster",
    "RosterError",
    "add_member",
    "new_team",
    "newest",
    "preferred",
    "remove_member",
    "replay",
    "verify_chain",
    "verify_roster",
]

KIND = "fieldguide-roster"
VERSION = 1
MAX_ROSTER_BYTES = 1024 * 1024
MAX_MEMBERS = 500
_SIGNED_PREFIX = b"fieldguide roster v1\x00"
_MAX_NAME = 80


class RosterError(Exception):
    """A roster document is refused; ``str()`` is one line saying why."""


@dataclass(frozen=True, slots=True)
class Member:
    keys: PublicKeys
    added_by: str  # fingerprint of the member who signed the entry ("" for the founder)

    @property
    def name(self) -> str:
        return self.keys.name

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint

    def as_json(self) -> dict[str, str]:
        return {**self.keys.as_json(), "added_by": self.added_by}


@dataclass(frozen=True, slots=True)
class Removed:
    keys: PublicKeys
    until: str  # its changes dated after this clock are refused
    lost: bool
    removed_by: str

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint

    def as_json(self) -> dict[str, Any]:
        return {**self.keys.as_json(), "until": self.until, "lost": self.lost, "removed_by": self.removed_by}


@dataclass(frozen=True, slots=True)
class Roster:
    """A verified roster version. ``document`` is the exact bytes, for relaying."""

    team: str
    name: str
    seq: int
    epoch: int
    previous: str | None
    made: str
    signer: bytes
    members: tuple[Member, ...]
    removed: tuple[Removed, ...]
    digest: str
    document: bytes

    def member(self, signing: bytes) -> Member | None:
        return next((m for m in self.members if m.keys.signing == signing), None)

    def removal(self, signing: bytes) -> Removed | None:
        return next((r for r in self.removed if r.keys.signing == signing), None)

    def find(self, fingerprint: str) -> Member | None:
        return next((m for m in self.members if m.fingerprint == fingerprint), None)

    @property
    def signed_by(self) -> Member | Removed | None:
        return self.member(self.signer) or self.removal(self.signer)


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _text(value: Any, what: str, limit: int = _MAX_NAME) -> str:
    if not isinstance(value, str) or len(value) > limit or (value and not value.isprintable()):
        raise RosterError(f"the roster is damaged ({what})")
    return value


def _keys(raw: Any) -> PublicKeys:
    try:
        keys = PublicKeys.from_json(raw)
    except DeviceKeyError as error:
        raise RosterError(f"the roster is damaged ({error})") from None
    if keys.name != raw.get("name"):
        raise RosterError("the roster is damaged (a name is not in its one-line form)")
    return keys


def _parse(data: bytes) -> tuple[dict[str, Any], bytes, Roster]:
    if len(data) > MAX_ROSTER_BYTES:
        raise RosterError("not a Field Guide team roster (too large)")
    try:
        raw = json.loads(bytes(data).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise RosterError("not a Field Guide team roster") from None
    if not isinstance(raw, dict) or raw.get("kind") != KIND:
        raise RosterError("not a Field Guide team roster")
    version = raw.get("version")
    if type(version) is not int or version < 1:
        raise RosterError("the roster is damaged (version)")
    if version > VERSION:
        raise RosterError("the roster was made by a newer version of Field Guide; update to use it")
    body = raw.get("body")
    if not isinstance(body, dict):
        raise RosterError("the roster is damaged (no body)")
    try:
        signature = base64.b64decode(raw.get("signature", ""), validate=True)
    except (binascii.Error, ValueError, TypeError):
        raise RosterError("the roster is damaged (signature)") from None
    try:
        team = str(uuid.UUID(body["team"]))
        if team != body["team"]:
            raise ValueError(team)
        seq, epoch = body["seq"], body["epoch"]
        if type(seq) is not int or type(epoch) is not int or seq < 1 or epoch < 1:
            raise ValueError("seq")
        previous = body["previous"]
        if not (previous is None or (isinstance(previous, str) and len(previous) == 64)):
            raise ValueError("previous")
        if (previous is None) != (seq == 1):
            raise ValueError("previous")
        signer = base64.b64decode(body["signer"], validate=True)
        members_raw, removed_raw = body["members"], body["removed"]
        if not isinstance(members_raw, list) or not isinstance(removed_raw, list):
            raise ValueError("members")
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise RosterError("the roster is damaged (header)") from None
    if not members_raw:
        raise RosterError("the roster has no members")
    if len(members_raw) + len(removed_raw) > MAX_MEMBERS:
        raise RosterError("the roster is too large")
    if not all(isinstance(entry, dict) for entry in [*members_raw, *removed_raw]):
        raise RosterError("the roster is damaged (members)")
    members = tuple(Member(_keys(m), _text(m.get("added_by", ""), "added_by", 16)) for m in members_raw)
    removed = tuple(
        Removed(
            _keys(r),
            _text(r.get("until", ""), "until", 40),
            r.get("lost") is True,
            _text(r.get("removed_by", ""), "removed_by", 16),
        )
        for r in removed_raw
    )
    signing_keys = [m.keys.signing for m in members]
    if len(set(signing_keys)) != len(signing_keys):
        raise RosterError("the roster lists a device twice")
    if set(signing_keys) & {r.keys.signing for r in removed}:
        raise RosterError("the roster lists a device as both member and removed")
    roster = Roster(
        team=team,
        name=" ".join(_text(body.get("name", ""), "team name").split()),
        seq=seq,
        epoch=epoch,
        previous=previous,
        made=_text(body.get("made", ""), "date", 40),
        signer=signer,
        members=members,
        removed=removed,
        digest=hashlib.sha256(_canonical(body) + signature).hexdigest(),
        document=bytes(data),
    )
    return body, signature, roster


def _check_signature(body: dict[str, Any], signature: bytes, signer: PublicKeys) -> None:
    if not signer.verify(signature, _SIGNED_PREFIX + _canonical(body)):
        raise RosterError("the roster's signature does not match its signer: refused")


def verify_roster(data: bytes, previous: Roster | None = None) -> Roster:
    """Check a roster document; return it, or raise ``RosterError`` (one line).

    With ``previous`` (the version this device, or the hub, already trusts), ``data`` must
    be its next version, signed by one of its members. Without it, ``data`` is trusted on
    first use: it must be signed by one of its own members (the hub's first enrolment, or
    a device's first roster when it joins).
    """
    body, signature, roster = _parse(data)
    if previous is None:
        signer = roster.member(roster.signer)
        if signer is None:
            raise RosterError("the roster is not signed by one of its members: refused")
        _check_signature(body, signature, signer.keys)
        if roster.seq == 1 and len(roster.members) != 1:
            raise RosterError("a new team's roster lists only its founder")
        return roster
    if roster.team != previous.team:
        raise RosterError("the roster is for another team: refused")
    if roster.seq <= previous.seq:
        raise RosterError("the roster is older than the one this device has")
    if roster.seq != previous.seq + 1 or roster.previous != previous.digest:
        raise RosterError("the roster does not follow the version this device has (a version is missing)")
    author = previous.member(roster.signer)
    if author is None:
        who = previous.removal(roster.signer)
        if who is not None:
            raise RosterError(
                f"the roster change is signed by {who.keys.name or 'a device'}, which was removed"
            )
        raise RosterError("the roster change is not signed by a member of the team: refused")
    _check_signature(body, signature, author.keys)
    dropped = {m.keys.signing for m in previous.members} - {m.keys.signing for m in roster.members}
    if dropped and roster.epoch <= previous.epoch:
        raise RosterError("the roster removes a member without starting a new key epoch: refused")
    if roster.epoch < previous.epoch:
        raise RosterError("the roster goes back to an earlier key epoch: refused")
    kept_removed = {r.keys.signing for r in previous.removed} - {m.keys.signing for m in roster.members}
    if not kept_removed <= {r.keys.signing for r in roster.removed}:
        raise RosterError("the roster forgets a removed device: refused")
    if not dropped <= {r.keys.signing for r in roster.removed}:
        raise RosterError("the roster drops a member without recording the removal: refused")
    return roster


def verify_chain(documents: Iterable[bytes], previous: Roster | None = None) -> Roster | None:
    """Verify consecutive versions after ``previous`` (older ones are skipped); the newest."""
    current = previous
    for data in sorted(documents, key=_seq_of):
        seq = _seq_of(data)
        if current is not None and seq <= current.seq:
            continue
        current = verify_roster(data, current)
    return current


def _seq_of(data: bytes) -> int:
    try:
        seq = json.loads(bytes(data).decode("utf-8"))["body"]["seq"]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError):
        raise RosterError("not a Field Guide team roster") from None
    if type(seq) is not int:
        raise RosterError("the roster is damaged (header)")
    return seq


def newest(mine: Sequence[bytes], theirs: Sequence[bytes]) -> tuple[list[bytes], Roster]:
    """Of two chains of the same team (each from its first version), the one to keep.

    The longer wins when it extends the other; when they fork, the branch whose first
    differing version is ``preferred`` wins, the same on every device. ``RosterError`` if
    ``theirs`` does not verify or belongs to another team.
    """
    ours = _walk(mine)
    other = _walk(theirs)
    if not ours:
        return list(theirs), other[-1]
    if not other:
        return list(mine), ours[-1]
    if ours[0].digest != other[0].digest:
        raise RosterError("the roster is for another team: refused")
    for a, b in zip(ours, other, strict=False):
        if a.digest != b.digest:
            winner = ours if preferred(a, b) is a else other
            return [r.document for r in winner], winner[-1]
    longer = ours if len(ours) >= len(other) else other
    return [r.document for r in longer], longer[-1]


def replay(mine: Sequence[bytes], kept: Sequence[bytes], keys: DeviceKeys, *, until: str) -> list[Roster]:
    """Re-make on top of ``kept`` the changes ``keys`` signed in a branch of ``mine`` that lost.

    Two members who change the roster at once fork it; every device keeps the preferred
    branch (``newest``), and the author of the other makes its additions and removals
    again, so nobody's change is lost. Returns the new versions (none when nothing was
    lost or everything lost is in ``kept`` already)."""
    ours = _walk(mine)
    chain = _walk(kept)
    if not ours or not chain:
        return []
    kept_digests = {r.digest for r in chain}
    current = chain[-1]
    made: list[Roster] = []
    for previous, version in itertools.pairwise(ours):
        if version.digest in kept_digests or version.signer != keys.public.signing:
            continue
        if current.member(keys.public.signing) is None:
            break  # this device was removed in the kept branch: it changes nothing more
        before = {m.keys.signing for m in previous.members}
        for member in version.members:
            known = current.member(member.keys.signing) or current.removal(member.keys.signing)
            if member.keys.signing not in before and known is None:
                current = add_member(current, keys, member.keys)
                made.append(current)
        for removal in version.removed:
            still = current.member(removal.keys.signing)
            if (
                removal.keys.signing in before
                and still is not None
                and still.keys.signing != keys.public.signing
            ):
                current = remove_member(current, keys, still.fingerprint, until=until, lost=removal.lost)
                made.append(current)
    return made


def _walk(documents: Sequence[bytes]) -> list[Roster]:
    chain: list[Roster] = []
    for data in sorted(documents, key=_seq_of):
        chain.append(verify_roster(data, chain[-1] if chain else None))
    if chain and chain[0].seq != 1:
        raise RosterError("the roster chain does not start with the team's creation")
    return chain


def preferred(first: Roster, second: Roster) -> Roster:
    """Of two versions made at the same time (same seq), the one every device keeps."""
    return min(first, second, key=lambda r: r.digest)


# --- making versions -------------------------------------------------------------------


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sign(
    keys: DeviceKeys,
    *,
    team: str,
    name: str,
    seq: int,
    epoch: int,
    previous: str | None,
    members: Sequence[Member],
    removed: Sequence[Removed],
) -> bytes:
    body = {
        "team": team,
        "name": name,
        "seq": seq,
        "epoch": epoch,
        "previous": previous,
        "made": _now(),
        "signer": base64.b64encode(keys.public.signing).decode("ascii"),
        "members": [m.as_json() for m in members],
        "removed": [r.as_json() for r in removed],
    }
    signature = keys.sign(_SIGNED_PREFIX + _canonical(body))
    document = {
        "kind": KIND,
        "version": VERSION,
        "body": body,
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _clean_name(name: str, what: str) -> str:
    clean = " ".join(str(name).split())
    if not clean or len(clean) > _MAX_NAME or not clean.isprintable():
        raise RosterError(f"{what} is one line of at most {_MAX_NAME} printable characters")
    return clean


def new_team(keys: DeviceKeys, team_name: str) -> Roster:
    """A new team whose only member is this device (``keys.public.name`` is its name)."""
    founder = Member(replace(keys.public, name=_clean_name(keys.public.name, "a device name")), "")
    data = _sign(
        keys,
        team=str(uuid.uuid4()),
        name=_clean_name(team_name, "a team name"),
        seq=1,
        epoch=1,
        previous=None,
        members=[founder],
        removed=[],
    )
    return verify_roster(data)


def add_member(roster: Roster, keys: DeviceKeys, newcomer: PublicKeys) -> Roster:
    """The next version with ``newcomer`` added, signed by this member (``keys``)."""
    if roster.member(keys.public.signing) is None:
        raise RosterError("only a member of the team can add a device")
    if roster.member(newcomer.signing) is not None:
        raise RosterError("this device is already a member of the team")
    entry = Member(
        replace(newcomer, name=_clean_name(newcomer.name, "a device name")), keys.public.fingerprint
    )
    removed = [r for r in roster.removed if r.keys.signing != newcomer.signing]
    data = _sign(
        keys,
        team=roster.team,
        name=roster.name,
        seq=roster.seq + 1,
        epoch=roster.epoch,
        previous=roster.digest,
        members=[*roster.members, entry],
        removed=removed,
    )
    return verify_roster(data, roster)


def remove_member(roster: Roster, keys: DeviceKeys, fingerprint: str, *, until: str, lost: bool) -> Roster:
    """The next version without the member ``fingerprint``, in a new key epoch."""
    if roster.member(keys.public.signing) is None:
        raise RosterError("only a member of the team can remove a device")
    leaving = roster.find(fingerprint)
    if leaving is None:
        raise RosterError("no member of the team has this key")
    members = [m for m in roster.members if m.fingerprint != fingerprint]
    if not members:
        raise RosterError("the last member cannot be removed")
    removal = Removed(leaving.keys, until, lost, keys.public.fingerprint)
    data = _sign(
        keys,
        team=roster.team,
        name=roster.name,
        seq=roster.seq + 1,
        epoch=roster.epoch + 1,
        previous=roster.digest,
        members=members,
        removed=[*roster.removed, removal],
    )
    return verify_roster(data, roster)
