"""This device's own key pairs, its public-key record, and sealing to another device.

Each profile holds two key pairs, made on first use and kept in the ``meta`` table, so a
protected profile encrypts them with everything else and a backup carries them:

- **Ed25519** (signing): signs this device's changes, its roster entries and its bundles;
- **X25519** (encryption): team epoch keys and shared files are sealed to it.

What other devices know of this one is its *public-key record* (``PublicKeys``): both
public keys and the name people chose. It is not secret; it travels in the team roster
or as a small file (``PublicKeys.to_file``, ``*.fgdevice``) handed over by USB stick.

``seal(recipient, data, context=...)`` encrypts ``data`` so that only the holder of the
recipient's X25519 private key opens it (``DeviceKeys.open``): an ephemeral X25519 key
agreement, HKDF-SHA256 and AES-256-GCM, the construction of HPKE's base mode and of age.
``context`` names what the data is for ("team epoch key", "shared assessment", ...): it
is bound into the key and the authentication, so a sealed epoch key can never be passed
off as a shared assessment, or the reverse. The sealed form names no recipient: whoever
holds it cannot tell for whom it is (the holder simply tries to open it).

The private keys are Python objects of the ``cryptography`` package (OpenSSL memory);
the raw bytes read from the database are wiped after loading where Python allows
(``fieldguide.memory.wipe``), but strings and the database page cache are beyond reach.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from fieldguide.memory import wipe

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fieldguide.db.engine import Database

__all__ = [
    "PUBLIC_FILE_SUFFIX",
    "DeviceKeyError",
    "DeviceKeys",
    "PublicKeys",
    "device_keys",
    "load_or_create",
    "seal",
    "verification_code",
]

SIGNING_META = "sync.device.signing"
ENCRYPTION_META = "sync.device.encryption"
PUBLIC_FILE_SUFFIX = ".fgdevice"
_RECORD_KIND = "fieldguide-device-key"
_RECORD_VERSION = 1
_MAX_RECORD = 16 * 1024
_MAX_NAME = 80
_SEAL_INFO = b"fieldguide seal v1\x00"
_KEY_SIZE = 32
_SEAL_OVERHEAD = _KEY_SIZE + 16  # ephemeral public key + GCM tag
_ZERO_NONCE = bytes(12)  # each sealing derives a fresh key, so one nonce value is safe
_CODE_ITERATIONS = 5200  # as Signal's safety numbers: slows a search for a colliding key


class DeviceKeyError(Exception):
    """A key record cannot be used, or sealed data cannot be opened; ``str()`` is one line."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, size: int, what: str) -> bytes:
    if not isinstance(text, str):
        raise DeviceKeyError(f"the {what} is missing")
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise DeviceKeyError(f"the {what} is not valid base64") from None
    if len(raw) != size:
        raise DeviceKeyError(f"the {what} is {len(raw)} bytes, not {size}")
    return raw


@dataclass(frozen=True, slots=True)
class PublicKeys:
    """A device as others know it: its two public keys (raw, 32 bytes each) and its name."""

    signing: bytes
    encryption: bytes
    name: str = ""

    def __post_init__(self) -> None:
        if len(self.signing) != _KEY_SIZE or len(self.encryption) != _KEY_SIZE:
            raise DeviceKeyError("a device public key is 32 bytes")

    @property
    def fingerprint(self) -> str:
        """16 hex digits naming this key pair (not secret; used as a short reference)."""
        return hashlib.sha256(b"fieldguide device\x00" + self.signing + self.encryption).hexdigest()[:16]

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.signing).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def as_json(self) -> dict[str, str]:
        return {"signing": _b64(self.signing), "encryption": _b64(self.encryption), "name": self.name}

    @classmethod
    def from_json(cls, raw: Any) -> PublicKeys:
        if not isinstance(raw, dict):
            raise DeviceKeyError("not a device key record")
        name = raw.get("name", "")
        if not isinstance(name, str) or len(name) > _MAX_NAME or not (name == "" or name.isprintable()):
            raise DeviceKeyError("the device name is not one printable line")
        return cls(
            _unb64(raw.get("signing"), _KEY_SIZE, "signing key"),
            _unb64(raw.get("encryption"), _KEY_SIZE, "encryption key"),
            " ".join(name.split()),
        )

    def to_file(self) -> bytes:
        """The public-key record as a small UTF-8 JSON file (``*.fgdevice``)."""
        record = {"kind": _RECORD_KIND, "version": _RECORD_VERSION, **self.as_json()}
        record["fingerprint"] = self.fingerprint
        return (json.dumps(record, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_file(cls, data: bytes) -> PublicKeys:
        """Read a record written by ``to_file``; ``DeviceKeyError`` with a one-line reason."""
        if len(data) > _MAX_RECORD:
            raise DeviceKeyError("not a Field Guide device key file (too large)")
        try:
            raw = json.loads(data.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise DeviceKeyError("not a Field Guide device key file") from None
        if not isinstance(raw, dict) or raw.get("kind") != _RECORD_KIND:
            raise DeviceKeyError("not a Field Guide device key file")
        version = raw.get("version")
        if type(version) is not int or version > _RECORD_VERSION:
            raise DeviceKeyError("the device key file was made by a newer version of Field Guide")
        keys = cls.from_json(raw)
        stated = raw.get("fingerprint")
        if stated is not None and stated != keys.fingerprint:
            raise DeviceKeyError("the device key file is damaged (its fingerprint does not match)")
        return keys


class DeviceKeys:
    """This device's private keys. ``repr`` never shows them."""

    __slots__ = ("_encryption", "_signing", "public")

    def __init__(self, signing: Ed25519PrivateKey, encryption: X25519PrivateKey, name: str = "") -> None:
        self._signing = signing
        self._encryption = encryption
        self.public = PublicKeys(
            signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
            encryption.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
            name,
        )

    def __repr__(self) -> str:
        return f"DeviceKeys({self.public.fingerprint})"

    @classmethod
    def generate(cls) -> DeviceKeys:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    def named(self, name: str) -> DeviceKeys:
        return DeviceKeys(self._signing, self._encryption, name)

    def sign(self, message: bytes) -> bytes:
        return self._signing.sign(message)

    def open(self, sealed: bytes, *, context: bytes) -> bytes:
        """Open what ``seal`` sealed to this device; ``DeviceKeyError`` if it is not for us
        (or was made for another ``context``, or altered)."""
        if len(sealed) < _SEAL_OVERHEAD:
            raise DeviceKeyError("the sealed data is damaged")
        ephemeral = bytes(sealed[:_KEY_SIZE])
        try:
            shared = self._encryption.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        except ValueError:
            raise DeviceKeyError("the sealed data is damaged") from None
        key = _seal_key(shared, ephemeral, self.public.encryption, context)
        try:
            return AESGCM(key).decrypt(_ZERO_NONCE, bytes(sealed[_KEY_SIZE:]), context)
        except InvalidTag:
            raise DeviceKeyError("the sealed data is for another device, or was altered") from None

    def _raw(self) -> tuple[bytearray, bytearray]:
        signing = bytearray(self._signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))
        encryption = bytearray(
            self._encryption.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        )
        return signing, encryption


def _seal_key(shared: bytes, ephemeral: bytes, recipient: bytes, context: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=_KEY_SIZE, salt=ephemeral + recipient, info=_SEAL_INFO + context
    ).derive(shared)


def seal(recipient: PublicKeys | bytes, data: bytes, *, context: bytes) -> bytes:
    """Encrypt ``data`` to a device's X25519 public key (a ``PublicKeys`` or the raw 32 bytes).

    The result is 48 bytes longer than ``data`` and names no recipient.
    """
    target = recipient.encryption if isinstance(recipient, PublicKeys) else bytes(recipient)
    if len(target) != _KEY_SIZE:
        raise DeviceKeyError("an encryption public key is 32 bytes")
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    try:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(target))
    except ValueError:
        raise DeviceKeyError("not a usable encryption public key") from None
    key = _seal_key(shared, ephemeral_public, target, context)
    return ephemeral_public + AESGCM(key).encrypt(_ZERO_NONCE, data, context)


def verification_code(first: PublicKeys, second: PublicKeys) -> str:
    """The code both devices show when one joins the other's team ("1234 5678 9012").

    Derived from both devices' public keys, in an order that does not depend on which
    device computes it (as Signal's safety numbers), so two people comparing it side by
    side or over the phone confirm that each holds the other's real key. 12 digits: to
    pass off another key with the same code an attacker must try about 10**12 keys,
    each costing ``_CODE_ITERATIONS`` hashes.
    """
    parts = sorted((first.signing + first.encryption, second.signing + second.encryption))
    digest = b"fieldguide verification v1\x00" + parts[0] + parts[1]
    for _ in range(_CODE_ITERATIONS):
        digest = hashlib.sha512(digest + parts[0]).digest()
    number = int.from_bytes(digest[:8], "big") % 10**12
    text = f"{number:012d}"
    return " ".join(text[i : i + 4] for i in range(0, 12, 4))


# --- kept in the profile ---------------------------------------------------------------


def _load(session: Session) -> DeviceKeys | None:
    from fieldguide.db.models import Meta

    signing_row = session.get(Meta, SIGNING_META)
    encryption_row = session.get(Meta, ENCRYPTION_META)
    if signing_row is None or encryption_row is None:
        return None
    try:
        signing = bytearray(base64.b64decode(signing_row.value, validate=True))
        encryption = bytearray(base64.b64decode(encryption_row.value, validate=True))
    except (binascii.Error, ValueError):
        raise DeviceKeyError("this profile's device keys are damaged") from None
    try:
        return DeviceKeys(
            Ed25519PrivateKey.from_private_bytes(bytes(signing)),
            X25519PrivateKey.from_private_bytes(bytes(encryption)),
        )
    except ValueError:
        raise DeviceKeyError("this profile's device keys are damaged") from None
    finally:
        wipe(signing)
        wipe(encryption)


def load_or_create(session: Session) -> DeviceKeys:
    """This profile's device keys, made and stored (in the caller's transaction) on first use."""
    from fieldguide.db.models import Meta

    found = _load(session)
    if found is not None:
        return found
    keys = DeviceKeys.generate()
    signing, encryption = keys._raw()
    try:
        session.merge(Meta(key=SIGNING_META, value=_b64(bytes(signing))))
        session.merge(Meta(key=ENCRYPTION_META, value=_b64(bytes(encryption))))
        session.flush()
    finally:
        wipe(signing)
        wipe(encryption)
    return keys


def device_keys(db: Database) -> DeviceKeys:
    """This profile's device keys (made on first use, in a transaction of their own)."""
    with db.read() as session:
        found = _load(session)
    if found is not None:
        return found
    with db.write() as session:
        return load_or_create(session)
