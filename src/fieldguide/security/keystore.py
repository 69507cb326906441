"""Where a key may wait outside the database: the system keyring, or a hand-over in this process.

"Remember on this computer" stores the derived key (never the passphrase) in the
system keyring (Windows Credential Manager, macOS Keychain, the Secret Service
on Linux desktops). Where there is none, as on a headless Linux machine, every
function here quietly reports "not remembered" and the passphrase prompt stays.
"""

from __future__ import annotations

import binascii
import contextlib
from types import ModuleType

SERVICE = "fieldguide"


def _keyring() -> ModuleType | None:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # not installed, or a broken backend configuration
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def available() -> bool:
    return _keyring() is not None


def recall(profile_id: str) -> bytearray | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        stored = keyring.get_password(SERVICE, profile_id)
        return bytearray(binascii.unhexlify(stored)) if stored else None
    except Exception:  # a locked or failing keyring is the same as none
        return None


def remember(profile_id: str, key: bytes | bytearray) -> bool:
    """Store the key; False when there is no keyring to store it in."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, profile_id, bytes(key).hex())
    except Exception:
        return False
    return True


def forget(profile_id: str) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    # Nothing stored, or a failing keyring: either way there is nothing to forget.
    with contextlib.suppress(Exception):
        keyring.delete_password(SERVICE, profile_id)
