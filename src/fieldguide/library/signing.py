"""Signed content packs: who published a pack, and whether the user trusts them.

A publisher signs `pack.json` with an Ed25519 key; because the manifest lists
the sha256 of every file, the signature covers the whole pack. The signature
lives beside the manifest in `pack.sig` (JSON: algorithm, public key,
signature, all base64). Installing checks the signature first, then the
hashes, then the content: a pack altered after signing fails one of the first
two and nothing is installed.

Trust is a list of publisher public keys: the keys that ship with the app
(`resources/keys/*.json`) and the ones this user chose to trust, kept in the
data directory's settings. Trust is by key, never by the publisher's name,
which anyone can type into a manifest.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fieldguide.errors import UserError
from fieldguide.i18n import _

SIGNATURE = "pack.sig"
ALGORITHM = "ed25519"
TRUSTED_SETTING = "packs.trusted_publishers"


class SignatureError(UserError):
    """A signature that does not verify: the pack is refused whatever the user chooses."""


@dataclass(frozen=True)
class Publisher:
    """A publisher as the user sees it: the name the pack gives and the key that signed it."""

    name: str
    public_key: str  # base64 of the 32 raw bytes

    @property
    def key_id(self) -> str:
        """A short, readable fingerprint of the key (16 hex digits in groups of four)."""
        digest = hashlib.sha256(base64.b64decode(self.public_key)).hexdigest()[:16]
        return " ".join(digest[i : i + 4] for i in range(0, 16, 4))

    def as_json(self) -> dict[str, str]:
        return {"name": self.name, "public_key": self.public_key, "key_id": self.key_id}


@dataclass(frozen=True)
class SignatureCheck:
    """What a pack's signature says: unsigned (publisher None) or signed by `publisher`."""

    publisher_name: str
    publisher: Publisher | None
    trusted: bool

    @property
    def signed(self) -> bool:
        return self.publisher is not None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def public_key_text(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return _b64(public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def generate_key(path: Path) -> str:
    """Write a new private key (PEM, readable by its owner only); returns its public key."""
    if path.exists():
        raise UserError(_("%s already exists; a signing key is never overwritten") % (path,))
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    return public_key_text(key)


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise UserError(_("%s: cannot read the signing key (%s)") % (path, exc.strerror)) from exc
    except (ValueError, TypeError) as exc:
        raise UserError(_("%s: not an unencrypted Ed25519 private key in PEM form") % (path,)) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError(_("%s: not an Ed25519 key") % (path,))
    return key


def sign_manifest(manifest: bytes, key: Ed25519PrivateKey) -> bytes:
    """The contents of `pack.sig` for these exact manifest bytes."""
    document = {
        "algorithm": ALGORITHM,
        "public_key": public_key_text(key),
        "signature": _b64(key.sign(manifest)),
    }
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")


def _decode_key(text: Any) -> Ed25519PublicKey:
    raw = base64.b64decode(str(text), validate=True)
    return Ed25519PublicKey.from_public_bytes(raw)


def signer(files: dict[str, bytes], manifest_name: str) -> Publisher | None:
    """The publisher whose key signed the manifest; None if the pack is unsigned.

    Raises SignatureError when a signature is present but does not verify.
    """
    if SIGNATURE not in files:
        return None
    try:
        document = json.loads(files[SIGNATURE].decode("utf-8"))
        if not isinstance(document, dict) or document.get("algorithm") != ALGORITHM:
            raise ValueError("unknown algorithm")
        public = _decode_key(document["public_key"])
        signature = base64.b64decode(str(document["signature"]), validate=True)
    except (UnicodeDecodeError, ValueError, KeyError, binascii.Error) as exc:
        raise SignatureError(
            _("%s is damaged or not an Ed25519 signature; nothing was changed") % (SIGNATURE,)
        ) from exc
    try:
        public.verify(signature, files.get(manifest_name, b""))
    except InvalidSignature as exc:
        raise SignatureError(
            _(
                "the signature does not match pack.json: the pack was altered after it was "
                "signed; nothing was changed"
            )
        ) from exc
    try:
        name = str(json.loads(files[manifest_name].decode("utf-8")).get("publisher", "")).strip()
    except (UnicodeDecodeError, ValueError, AttributeError):
        name = ""
    return Publisher(name or "?", public_key_text(public))


# --- trusted publishers ------------------------------------------------------------


def bundled_publishers(directory: Path) -> list[Publisher]:
    """The publisher keys that ship with the app (`resources/keys/*.json`)."""
    publishers: list[Publisher] = []
    for path in sorted(directory.glob("*.json")) if directory.is_dir() else []:
        try:
            data = json.loads(path.read_text("utf-8"))
            _decode_key(data["public_key"])
            publishers.append(Publisher(str(data["name"]), str(data["public_key"])))
        except (OSError, ValueError, KeyError, binascii.Error):
            continue  # a damaged key file trusts nobody
    return publishers


class TrustStore:
    """The publisher keys this user trusts: the app's own plus the ones they added."""

    def __init__(self, bundled: list[Publisher], settings: Any | None) -> None:
        self.bundled = bundled
        self.settings = settings

    def _added(self) -> list[Publisher]:
        if self.settings is None:
            return []
        added: list[Publisher] = []
        for entry in self.settings.get(TRUSTED_SETTING, []):
            if isinstance(entry, dict) and "public_key" in entry:
                added.append(Publisher(str(entry.get("name", "?")), str(entry["public_key"])))
        return added

    def publishers(self) -> list[Publisher]:
        return self.bundled + self._added()

    def trusts(self, publisher: Publisher) -> bool:
        return any(p.public_key == publisher.public_key for p in self.publishers())

    def trust(self, publisher: Publisher) -> None:
        if self.trusts(publisher) or self.settings is None:
            return
        entries = [p.as_json() for p in self._added()] + [publisher.as_json()]
        self.settings.set(TRUSTED_SETTING, entries)
        self.settings.save()
