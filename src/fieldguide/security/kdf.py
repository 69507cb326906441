"""From a passphrase to the 32-byte database key: Argon2id with a stored random salt.

The parameters travel with the salt (in profile.json and in each backup's
sidecar), so they can be raised later for new keys without breaking old ones.
"""

from __future__ import annotations

import base64
import binascii
import os
import unicodedata
from dataclasses import dataclass
from typing import Any

from fieldguide.errors import UserError
from fieldguide.i18n import _

KEY_SIZE = 32
SALT_SIZE = 16

# RFC 9106's second recommended option is 64 MiB, 3 passes, 4 lanes; twice the memory
# costs about 0.3 s here and makes every guess of a thief twice as dear. A key is
# derived only when the profile is opened or unlocked.
DEFAULT_ITERATIONS = 3
DEFAULT_LANES = 4
DEFAULT_MEMORY_KIB = 128 * 1024

# Floors below which a descriptor is refused: a tampered profile.json must not be able
# to make a passphrase cheap to guess for whoever writes the next key with it.
_MIN_ITERATIONS = 1
_MIN_MEMORY_KIB = 8 * 1024

MIN_PASSPHRASE_LENGTH = 8


class BadDescriptor(UserError):
    """profile.json (or a backup's key file) cannot be understood."""


class WeakPassphrase(UserError):
    """A new passphrase that is refused outright (too short)."""


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    iterations: int = DEFAULT_ITERATIONS
    lanes: int = DEFAULT_LANES
    memory_kib: int = DEFAULT_MEMORY_KIB

    @classmethod
    def new(cls, *, iterations: int | None = None, memory_kib: int | None = None) -> KdfParams:
        """Fresh parameters with a new random salt (a new key even for the same passphrase)."""
        return cls(
            salt=os.urandom(SALT_SIZE),
            iterations=iterations or DEFAULT_ITERATIONS,
            memory_kib=memory_kib or DEFAULT_MEMORY_KIB,
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "iterations": self.iterations,
            "lanes": self.lanes,
            "memory_kib": self.memory_kib,
            "length": KEY_SIZE,
        }

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        try:
            if data["name"] != "argon2id" or int(data["length"]) != KEY_SIZE:
                raise ValueError("unknown key derivation")
            params = cls(
                salt=base64.b64decode(data["salt"], validate=True),
                iterations=int(data["iterations"]),
                lanes=int(data["lanes"]),
                memory_kib=int(data["memory_kib"]),
            )
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise BadDescriptor(_("the key settings of this profile cannot be read (%s)") % exc) from exc
        if (
            len(params.salt) < SALT_SIZE
            or params.iterations < _MIN_ITERATIONS
            or params.memory_kib < _MIN_MEMORY_KIB
            or not 1 <= params.lanes <= 64
        ):
            raise BadDescriptor(_("the key settings of this profile are too weak to be trusted"))
        return params


def normalise(passphrase: str) -> bytes:
    # The same words typed on another keyboard or system may arrive composed
    # differently (é as one code point or two); NFC makes them the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, params: KdfParams) -> bytearray:
    """The raw database key, in a buffer the caller can wipe when done with it."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    buffer = bytearray(KEY_SIZE)
    Argon2id(
        salt=params.salt,
        length=KEY_SIZE,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive_into(normalise(passphrase), buffer)
    return buffer


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            _("the passphrase is too short: use at least %d characters (a few unrelated words are best)")
            % MIN_PASSPHRASE_LENGTH
        )
