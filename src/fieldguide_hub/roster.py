"""The team roster as the hub sees it: which device keys belong to a team, and who said so.

The roster's format and rules belong to ``fieldguide.sync.roster`` (issue 14, pure Python);
the hub sees it through one small interface, so it never depends on more than "verify
this document against the versions I hold". A roster is a chain: version n+1 names
version n and is signed by one of its members. The hub keeps every version it accepted,
oldest first; the first one it ever saw is trusted because the one-time code that came
with it (issued by the hub's administrator) vouches for it.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from fieldguide.sync import roster as sync_roster

__all__ = [
    "Roster",
    "RosterError",
    "RosterGap",
    "RosterStale",
    "RosterVerifier",
    "SyncRosterVerifier",
    "default_verifier",
    "signing_key_text",
]


class RosterError(Exception):
    """The document is not a valid next roster of this team (one line saying why)."""


class RosterGap(RosterError):
    """The document is valid-looking but skips versions the hub has not seen."""

    def __init__(self, have: int) -> None:
        super().__init__(f"the hub has version {have} of the roster; send the versions after it, in order")
        self.have = have


class RosterStale(RosterError):
    """The hub already holds this version or a newer one (answered, not kept)."""


@dataclass(frozen=True)
class Roster:
    team: str
    seq: int
    digest: str
    # The members' Ed25519 signing keys, standard base64 of the raw 32 bytes.
    members: frozenset[str] = field(default_factory=frozenset)


def signing_key_text(text: str) -> str | None:
    """A signing key as the hub stores and compares it (canonical base64), or None."""
    try:
        raw = base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error):
        return None
    return base64.b64encode(raw).decode("ascii") if len(raw) == 32 else None


class RosterVerifier(Protocol):
    def check(self, document: bytes, team: str, chain: Sequence[bytes]) -> Roster:
        """The roster in ``document`` if the hub should keep it after ``chain`` (the versions
        it holds, oldest first; empty for a team's first roster): the next version, or a
        concurrent version of the latest one that every device prefers (it then replaces
        the latest). Raises RosterStale, RosterGap or RosterError."""
        ...


def _peek(document: bytes) -> tuple[object, int]:
    """The team and version a document claims (checked properly by verify_roster)."""
    try:
        body = json.loads(document.decode("utf-8"))["body"]
        team, seq = body["team"], body["seq"]
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError):
        raise RosterError("not a Field Guide team roster") from None
    if type(seq) is not int:
        raise RosterError("not a Field Guide team roster")
    return team, seq


def _hub_view(roster: sync_roster.Roster) -> Roster:
    members = frozenset(base64.b64encode(m.keys.signing).decode("ascii") for m in roster.members)
    return Roster(team=roster.team, seq=roster.seq, digest=roster.digest, members=members)


class SyncRosterVerifier:
    """``fieldguide.sync.roster``'s rules, applied to the chain the hub holds."""

    def check(self, document: bytes, team: str, chain: Sequence[bytes]) -> Roster:
        try:
            claimed, seq = _peek(document)
            if claimed != team:
                raise RosterError("the roster belongs to another team")
            current = sync_roster.verify_chain(chain) if chain else None
            if current is None:
                accepted = sync_roster.verify_roster(document)
            elif seq < current.seq:
                raise RosterStale("the hub has a newer roster")
            elif seq == current.seq:
                accepted = self._competitor(document, current, chain)
            elif seq > current.seq + 1:
                raise RosterGap(current.seq)
            else:
                accepted = sync_roster.verify_roster(document, current)
        except sync_roster.RosterError as error:
            raise RosterError(str(error)) from None
        if accepted.team != team:
            raise RosterError("the roster belongs to another team")
        return _hub_view(accepted)

    @staticmethod
    def _competitor(
        document: bytes, current: sync_roster.Roster, chain: Sequence[bytes]
    ) -> sync_roster.Roster:
        """Two members changed the roster at once: every device keeps the preferred one."""
        previous = sync_roster.verify_chain(chain[:-1]) if len(chain) > 1 else None
        if previous is None:
            raise RosterStale("the hub has this version of the roster")
        rival = sync_roster.verify_roster(document, previous)
        if rival.digest == current.digest or sync_roster.preferred(rival, current) is current:
            raise RosterStale("the hub has this version of the roster")
        return rival


def default_verifier() -> RosterVerifier:
    return SyncRosterVerifier()
