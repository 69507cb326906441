"""The team key: the 32-byte secret of one epoch that encrypts a team's sync bundles.

Epoch keys are made by the team's roster (`sync.team`), sealed to each member's device
key (`sync.devicekeys`) and kept in the keyring (`sync.keyring`); this module holds only
their type. The key files and team passphrases of the first sync design are gone
(docs/decisions.md, "Signed changes, roster and epochs").
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = ["KEY_SIZE", "TeamKey"]

KEY_SIZE = 32
_KEY_ID_INFO = b"fieldguide key id"


def _key_id(secret: bytes) -> str:
    # HKDF output is independent of the secret's other uses, and 64 bits reveal nothing
    # useful about it, so the id can travel in plain bundle headers.
    return HKDF(algorithm=hashes.SHA256(), length=8, salt=None, info=_KEY_ID_INFO).derive(secret).hex()


@dataclass(frozen=True)
class TeamKey:
    """A team key. ``repr`` never shows the secret, so it cannot end up in a log."""

    secret: bytes = field(repr=False)
    label: str | None = field(default=None, compare=False)
    key_id: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.secret, bytes) or len(self.secret) != KEY_SIZE:
            raise ValueError(f"a team key is {KEY_SIZE} bytes")
        if self.label is not None and ("\n" in self.label or "\r" in self.label):
            raise ValueError("a team key label is one line")
        object.__setattr__(self, "key_id", _key_id(self.secret))

    @classmethod
    def generate(cls, label: str | None = None) -> TeamKey:
        return cls(secrets.token_bytes(KEY_SIZE), label)
