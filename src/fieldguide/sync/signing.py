"""Signed changes: every write is signed by the device that made it, and stays provable when relayed.

A *write* is one dot (device, HLC time): the fields one ``Recorder`` call set on one row.
Its signature covers the sorted hashes (*leaves*) of each field version it wrote::

    leaf    = SHA-256("fieldguide leaf v1\\0" + JSON [table, row id, field, value, knows])
    message = "fieldguide write v1\\0" + device + "\\0" + hlc + "\\0" + sorted leaves

One Ed25519 signature per write rather than per field keeps bundles small (a signature is
64 bytes that do not compress; a field version in a bundle is about 14). A bundle carries
for each write it touches the signature and the leaves of the versions it does *not*
carry (a field overwritten since, or not sent this time), so any device relaying a part of
a write can still prove it, and nobody can alter or invent a version without the writer's
private key.

**Device ids are bound to keys by construction**: a device id is a UUID made from
SHA-256 of the device's signing key and a random nonce (``device_id_for``). A bundle
carries, for every device id it names, the key and the nonce (a *binding*); the receiver
recomputes the id. So a restored backup or a copied profile (``sync.identity`` gives it a
new id) simply makes a new id from the same key, with no one else's signature needed,
and no member can claim another member's id: it would need a key whose hash gives that id.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fieldguide.sync.devicekeys import DeviceKeys
    from fieldguide.sync.merge import Entry
    from fieldguide.sync.state import Sibling

__all__ = [
    "LEAF_SIZE",
    "Binding",
    "Proof",
    "SignatureRefused",
    "bound",
    "device_id_for",
    "leaf",
    "leaf_after",
    "leaf_of",
    "leaf_part",
    "leaf_prefix",
    "new_binding",
    "sign_write",
    "write_message",
]

LEAF_SIZE = 32
NONCE_SIZE = 16
_LEAF_PREFIX = b"fieldguide leaf v1\x00"
_WRITE_PREFIX = b"fieldguide write v1\x00"
_ID_PREFIX = b"fieldguide device id v1\x00"


class SignatureRefused(Exception):
    """A change, or the bundle, is not signed as it claims; ``device`` is the claimed author."""

    def __init__(self, device: str, reason: str) -> None:
        super().__init__(reason)
        self.device = device
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Binding:
    """Proof that ``device`` belongs to the holder of ``signing``: the id's hash preimage."""

    device: str
    signing: bytes
    nonce: bytes

    def holds(self) -> bool:
        return device_id_for(self.signing, self.nonce) == self.device


@dataclass(frozen=True, slots=True)
class Proof:
    """A write's signature and all its leaves (as stored, or as rebuilt from a bundle)."""

    signature: bytes
    leaves: bytes  # concatenated LEAF_SIZE hashes, sorted


def device_id_for(signing: bytes, nonce: bytes) -> str:
    digest = hashlib.sha256(_ID_PREFIX + signing + nonce).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))


def new_binding(signing: bytes) -> Binding:
    nonce = os.urandom(NONCE_SIZE)
    return Binding(device_id_for(signing, nonce), signing, nonce)


def bound(device: str, binding: Binding | None) -> bool:
    return binding is not None and binding.device == device and binding.holds()


# One encoder for every leaf (``json.dumps`` with options builds one per call).
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# How that encoder writes a string (``ensure_ascii=False``: the C function when there is one).
_string: Callable[[str], str] = json.encoder.encode_basestring
_sha256 = hashlib.sha256
# The hashed text of a leaf begins with its prefix and the list's bracket (ASCII: the same
# bytes whether joined as text or as bytes).
_LEAF_HEAD = _LEAF_PREFIX.decode() + "["


def leaf(table: str, row_id: str, field: str, sibling: Sibling) -> bytes:
    return leaf_of(table, row_id, field, sibling.value, sibling.knows)


def leaf_of(table: str, row_id: str, field: str, value: Any, knows: Mapping[str, str] | None) -> bytes:
    """The leaf of one version, from its parts."""
    return leaf_after(f"{_LEAF_HEAD}{_string(table)},{_string(row_id)},{_string(field)},", value, knows)


def leaf_prefix(table: str, row_id: str) -> str:
    """What every leaf of a row begins with (then ``leaf_part(field)``): a reader of a
    whole bundle writes it once a row (``sync.intake``)."""
    return f"{_LEAF_HEAD}{_string(table)},{_string(row_id)},"


def leaf_part(text: str) -> str:
    """A string of a leaf's canonical list (its field's name), with its comma."""
    return f"{_string(text)},"


def leaf_after(prefix: str, value: Any, knows: Mapping[str, str] | None) -> bytes:
    """The leaf of one version whose table, row id and field are ``prefix`` (``leaf_prefix``
    and ``leaf_part``): the canonical JSON list written out piece by piece (a first full
    sync hashes a million versions, and the encoder's set-up per call cost more than the
    hashing). Strings and constants, nearly every value, are written here; anything else
    by the canonical encoder, which sorts keys (``knows`` too)."""
    kind = type(value)
    if kind is str:
        text = _string(value)
    elif value is None:
        text = "null"
    elif kind is bool:
        text = "true" if value else "false"
    else:
        text = _CANONICAL.encode(value)
    last = "null" if knows is None else _CANONICAL.encode(knows)
    return _sha256(f"{prefix}{text},{last}]".encode()).digest()


def write_message(device: str, hlc: str, leaves: Iterable[bytes]) -> bytes:
    return _WRITE_PREFIX + device.encode() + b"\x00" + hlc.encode() + b"\x00" + b"".join(sorted(leaves))


def sign_write(keys: DeviceKeys, device: str, hlc: str, leaves: Iterable[bytes]) -> Proof:
    ordered = sorted(leaves)
    return Proof(keys.sign(write_message(device, hlc, ordered)), b"".join(ordered))


def split_leaves(leaves: bytes) -> list[bytes]:
    return [leaves[i : i + LEAF_SIZE] for i in range(0, len(leaves), LEAF_SIZE)]


def carried_leaves(entries: Iterable[Entry]) -> dict[tuple[str, str], set[bytes]]:
    """The leaves of every version in ``entries``, by write (device, hlc)."""
    from fieldguide.courtesy import let_others_run

    out: dict[tuple[str, str], set[bytes]] = {}
    for entry in entries:
        let_others_run()
        for sibling in entry.state.siblings:
            out.setdefault((sibling.device, sibling.hlc), set()).add(
                leaf(entry.table, entry.row_id, entry.field, sibling)
            )
    return out


def check_writes(
    carried: Mapping[tuple[str, str], bytes | bytearray],
    proofs: Mapping[tuple[str, str], tuple[bytes, list[bytes]]],
    keys_of: Mapping[str, bytes],
    verify: Any,
) -> dict[tuple[str, str], Proof]:
    """Check every carried write against its proof; return the proofs to keep.

    ``carried``: (device, hlc) -> the leaves of its versions carried, one after another
    (``intake.Carried``); ``proofs``: (device, hlc) -> (signature, leaves not carried);
    ``keys_of``: device -> its signing key (already bound and allowed);
    ``verify(signing, signature, message)``.
    Raises ``SignatureRefused`` naming the device the first bad write claims.
    """
    from fieldguide.courtesy import let_others_run

    kept: dict[tuple[str, str], Proof] = {}
    for dot, leaves in carried.items():
        let_others_run()  # a signature check per write: the window's keystrokes get through
        device, hlc = dot
        signing = keys_of.get(device)
        if signing is None:
            raise SignatureRefused(device, "unknown signer")
        proof = proofs.get(dot)
        if proof is None:
            raise SignatureRefused(device, "missing signature")
        signature, others = proof
        everything = sorted(set(split_leaves(bytes(leaves))).union(others))
        if not verify(signing, signature, write_message(device, hlc, everything)):
            raise SignatureRefused(device, "bad signature")
        kept[dot] = Proof(signature, b"".join(everything))
    return kept
