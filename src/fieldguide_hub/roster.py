"""The team roster as the hub sees it: which device keys belong to a team, and who said so.

The roster itself (its format, its signatures) belongs to ``fieldguide.sync`` (issue 14);
the hub only needs a verifier with one method, so the real one plugs in here without the
rest of the hub knowing its format. A verifier answers "is this document a roster of
this team, signed by a member the hub already trusts (or, for a team's first roster, by
one of its own members)?" and the hub keeps the newer of two valid rosters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

__all__ = ["Roster", "RosterError", "RosterVerifier", "default_verifier"]


class RosterError(Exception):
    """The document is not a valid roster of this team (one line saying why)."""


@dataclass(frozen=True)
class Roster:
    team: str
    version: int
    # device id -> its Ed25519 public signing key, base64 as the devices send it.
    members: Mapping[str, str] = field(default_factory=dict)

    def key_of(self, device: str) -> str | None:
        return self.members.get(device)


class RosterVerifier(Protocol):
    def verify(self, document: bytes, team: str, trusted: Roster | None) -> Roster:
        """The roster in ``document``, or RosterError.

        ``trusted`` is the roster the hub holds (None for a team's first roster, which the
        one-time code vouches for): a later roster must be signed by one of its members.
        """
        ...


def default_verifier() -> RosterVerifier:
    from fieldguide_hub.roster_interim import InterimVerifier

    return InterimVerifier()
