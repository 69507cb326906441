"""The team key: the 32-byte secret that encrypts a team's sync bundles.

A team gets its key in one of two ways:

- a **key file** made once with ``new_key_file`` and copied to every teammate (the
  stronger choice: 256 random bits, nothing to guess);
- a **team passphrase** plus the team's name, turned into the key with scrypt by
  ``key_from_passphrase(phrase, salt_for_team(name))`` on every device.

Key file format (UTF-8 text, ``\\n`` line ends; ``\\r\\n`` and a leading BOM are accepted
on reading because people open these files in Notepad)::

    fieldguide-team-key v1
    # Keep this file secret: anyone who has it can read the team's sync bundles.
    key: <base64 of the 32 bytes>
    key-id: <16 hex digits, see TeamKey.key_id>
    label: <optional free text, one line>

``#`` lines and blank lines are ignored, unknown ``name: value`` lines too (so a later
v1 writer may add fields). ``key-id`` is checked on reading, so a key damaged in
transit is reported instead of silently becoming another key.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
import secrets
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

__all__ = [
    "KEY_SIZE",
    "SCRYPT_N",
    "SCRYPT_P",
    "SCRYPT_R",
    "TeamKey",
    "TeamKeyError",
    "key_from_passphrase",
    "load_key_file",
    "new_key_file",
    "salt_for_team",
]

KEY_SIZE = 32

# scrypt cost. These are part of the key derivation: changing them changes every
# passphrase-derived key, so a change needs a new, versioned scheme. 2**16 takes about
# 0.13 s and 64 MiB here; 2**17 took 0.33 s, too close to the 0.5 s budget on a
# slower field laptop.
SCRYPT_N = 2**16
SCRYPT_R = 8
SCRYPT_P = 1

KEY_FILE_MAGIC = "fieldguide-team-key"
KEY_FILE_VERSION = 1
# A real key file is a few hundred bytes; the cap stops a wrongly chosen video file
# from being read whole just to say it is not a key.
_MAX_KEY_FILE_SIZE = 64 * 1024
_KEY_ID_INFO = b"fieldguide key id"
_MIN_SALT_SIZE = 16


class TeamKeyError(Exception):
    """A key file cannot be used; ``str()`` is a one-line message for the user."""


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


def _format_key_file(key: TeamKey) -> bytes:
    lines = [
        f"{KEY_FILE_MAGIC} v{KEY_FILE_VERSION}",
        "# Keep this file secret: anyone who has it can read the team's sync bundles.",
        f"key: {base64.b64encode(key.secret).decode('ascii')}",
        f"key-id: {key.key_id}",
    ]
    if key.label:
        lines.append(f"label: {key.label}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def new_key_file(path: str | os.PathLike[str], *, label: str | None = None) -> TeamKey:
    """Create a new random team key and write it to ``path``, readable by the owner only.

    Refuses (``TeamKeyError``) to replace an existing file: overwriting a team key would
    lock this device out of every bundle made with the old one.

    On Windows the mode bits do not restrict reading; the file is protected by the
    folder's access control list, so keep it inside the user's profile.
    """
    key = TeamKey.generate(label)
    target = Path(path)
    # O_EXCL|O_CREAT: the file is created with mode 0o600 in one step, so it is never
    # readable by others even briefly, and an existing file (or symlink) is never reused.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(target, flags, 0o600)
    except FileExistsError:
        raise TeamKeyError(f"{target} already exists; not overwriting a team key") from None
    except OSError as exc:
        raise TeamKeyError(f"cannot create team key file {target}: {exc.strerror}") from None
    try:
        if hasattr(os, "fchmod"):
            # The umask can only remove bits, but an odd umask could leave the owner
            # unable to read the key back.
            os.fchmod(fd, 0o600)
        data = _format_key_file(key)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    except OSError as exc:
        os.close(fd)
        with contextlib.suppress(OSError):
            target.unlink()
        raise TeamKeyError(f"cannot write team key file {target}: {exc.strerror}") from None
    os.close(fd)
    return key


def load_key_file(path: str | os.PathLike[str]) -> TeamKey:
    """Read a key file written by ``new_key_file``; ``TeamKeyError`` with a one-line reason."""
    source = Path(path)
    try:
        with source.open("rb") as handle:
            raw = handle.read(_MAX_KEY_FILE_SIZE + 1)
    except FileNotFoundError:
        raise TeamKeyError(f"team key file not found: {source}") from None
    except IsADirectoryError:
        raise TeamKeyError(f"{source} is a folder, not a team key file") from None
    except OSError as exc:
        raise TeamKeyError(f"cannot read team key file {source}: {exc.strerror}") from None
    return _parse_key_file(raw, source)


def _parse_key_file(raw: bytes, source: Path) -> TeamKey:
    not_a_key = TeamKeyError(f"{source} is not a Field Guide team key file")
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    first, _, rest = raw.partition(b"\n")
    magic, _, version = first.strip().partition(b" ")
    if magic != KEY_FILE_MAGIC.encode("ascii") or len(raw) > _MAX_KEY_FILE_SIZE:
        raise not_a_key
    if not version.startswith(b"v") or not version[1:].isdigit():
        raise not_a_key
    if int(version[1:]) > KEY_FILE_VERSION:
        raise TeamKeyError(
            f"team key file {source} was made by a newer version of Field Guide; update to use it"
        )

    def damaged(reason: str) -> TeamKeyError:
        return TeamKeyError(f"team key file {source} is damaged ({reason})")

    try:
        text = rest.decode("utf-8")
    except UnicodeDecodeError:
        raise damaged("not valid text") from None
    fields: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise damaged(f"unexpected line {line[:40]!r}")
        fields.setdefault(name.strip().lower(), value.strip())

    if "key" not in fields:
        raise damaged("no key line")
    try:
        secret = base64.b64decode(fields["key"], validate=True)
    except (binascii.Error, ValueError):
        raise damaged("the key is not valid base64") from None
    if len(secret) != KEY_SIZE:
        raise damaged(f"the key is {len(secret)} bytes, not {KEY_SIZE}")
    label = fields.get("label") or None
    key = TeamKey(secret, label)
    expected_id = fields.get("key-id")
    if expected_id is not None and expected_id.lower() != key.key_id:
        raise damaged("the key does not match its key id")
    return key


def salt_for_team(name: str) -> bytes:
    """A 16-byte scrypt salt derived from the team's name, for ``key_from_passphrase``.

    Trade-off: a salt exists so that one precomputed table of guesses cannot attack many
    keys at once. A random salt would be best, but it would have to reach every
    teammate alongside the passphrase, and a value that must be copied around is a key
    file in all but name. Deriving the salt from the team name means teammates need only
    the name and the phrase. The cost: anyone who knows the team name can start guessing
    passphrases before seeing a single bundle, and two teams with the same name share
    precomputation. The salt still separates Field Guide from every other scrypt user and
    each team name from the others, so the protection rests on scrypt's cost and the
    passphrase's strength: ask for a long phrase (five or more random words), and prefer
    a key file where the team can pass one around safely.

    The name is normalised (Unicode NFC, case-folded, whitespace collapsed) so that
    "Mission Alpha" and "mission  alpha " give the same salt on every device.
    """
    normalised = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    if not normalised:
        raise ValueError("a team name is needed to derive the salt")
    digest = hashlib.sha256(b"fieldguide team salt v1\x00" + normalised.encode("utf-8"))
    return digest.digest()[:16]


def key_from_passphrase(passphrase: str, salt: bytes) -> TeamKey:
    """Derive the team key from a shared passphrase with scrypt (see ``SCRYPT_N``).

    The phrase is normalised to Unicode NFC first: the same accented phrase typed on
    Windows and on macOS may arrive as different code points. Whitespace is kept as
    typed, because it may be part of the phrase.
    """
    if not passphrase:
        raise ValueError("the team passphrase is empty")
    if len(salt) < _MIN_SALT_SIZE:
        raise ValueError(f"the salt must be at least {_MIN_SALT_SIZE} bytes")
    kdf = Scrypt(salt=salt, length=KEY_SIZE, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    secret = kdf.derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))
    return TeamKey(secret)
