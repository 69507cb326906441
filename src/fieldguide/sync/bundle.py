"""The sync bundle file: an immutable, encrypted, signed batch of field changes.

This module describes the format, checks a bundle's frame and opens it; ``sync.bundle_payload``
reads the payload it opens, and ``sync.bundle_writing`` writes it.

Layout (all integers big-endian)::

    offset      size  content
    0           6     magic b"FGSYNC"
    6           4     H: length of the header JSON
    10          4     CRC-32 of bytes 0..10 (magic and H)
    14          H     header: UTF-8 JSON object (see PlainHeader)
    14+H        4     CRC-32 of the header JSON
    18+H        12    AES-GCM nonce
    30+H        P     AES-256-GCM ciphertext and 16-byte tag; P is header["payload_size"]

The plain header (format 3) holds only what a receiver needs to find the key:
``{"format", "bundle_id", "key_id", "payload_size", "seals"}`` — the id of the team's epoch
key, and that key sealed to each member's X25519 key (``seals``, anonymous: they name no
one), so a member who has not yet heard of a new epoch opens it. No device id, no edit
time, no count: those are inside.

The first ``18+H`` bytes (everything before the nonce) are the associated data of the
encryption, so changing any byte of the plain header is detected. The plaintext is the
sender's 64-byte Ed25519 signature followed by zlib data of compact UTF-8 JSON::

    {"device": sender, "created": "...Z", "count": n, "hlc_min": .., "hlc_max": ..,
     "changes": [[table, row_id, field, ctx, [[hlc, device, value(, knows)], ...]], ...],
     "writes": [[device, hlc, signature, leaves not carried], ...],  # base64 (sync.signing)
     "ids": {device: [signing key, nonce]},  # every device id named, bound to its key
     "roster": [document, ...],              # the sender's roster versions (base64)
     "range": [seq_from, seq_to], "acks": {device: seq}, "names": {device: [hlc, name]},
     "clocks": {device: [ms, ms]}}

The members come in any order, and the changes in no particular order (a receiver
sorts them). ``ChangeWriter`` writes ``changes`` first, a batch of changes a line::

    {"changes":[
    [change],...,[change],
    [change],...
    ],"device":...,"count":...,...}

and ``decode_bundle`` reads such a payload as it decompresses, a line at a time
(``sync.bundle_payload``), so the whole text and the whole JSON tree of a first full sync
(hundreds of MB) never exist at once. Any other layout (bundles written before, or by
anyone else) is read whole, as is any payload the line reader finds a flaw in: the whole
reading is the one that says what a flaw is, so both readings of a bundle give the same
changes or the same refusal.

The signature covers ``b"fieldguide bundle v3\0"``, the header bytes and SHA-256 of the
compressed JSON, so the sender's own statements (acknowledgements, names) are its own;
each field version carries its writer's signature through ``writes``. Checking both is
the receiver's job (``sync.exchange``), since it needs the team's roster.

The frame up to the header (magic, H, the CRCs, the header's ``format`` field) stays the
same in every format version, so an old reader can always tell "newer version" apart from
"damaged".

The CRCs are not security (AES-GCM is); they let a reader trust the lengths before it
decrypts, so that a file shorter than its lengths say is reported as "truncated" (still
being copied: retry later) and a flipped byte as "damaged" (retrying will not help).
A CRC-32 catches every single-byte error, so a flipped length byte is never mistaken for
a truncation.

Encryption key: each bundle is sealed with
HKDF-SHA256(epoch key, salt=bundle id, info=b"fieldguide bundle v1"), so the epoch key
itself is used for nothing else and a random nonce is never repeated under one key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import struct
import uuid
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldguide.sync.intake import MAX_DEVICE_ID
from fieldguide.sync.merge import CheckedBatch, Entry, Share
from fieldguide.sync.teamkey import TeamKey

if TYPE_CHECKING:
    from fieldguide.sync.validate import Rules

__all__ = [
    "FORMAT_VERSION",
    "MAGIC",
    "MAX_CHANGES",
    "MAX_DEVICE_ID",
    "MAX_PLAIN_SIZE",
    "BundleError",
    "BundleHeader",
    "DecodedBundle",
    "Entry",
    "JSONValue",
    "PlainHeader",
    "Signed",
    "decode_bundle",
    "read_header",
]

JSONValue: TypeAlias = "bool | int | float | str | list[JSONValue] | dict[str, JSONValue] | None"

MAGIC = b"FGSYNC"
FORMAT_VERSION = 3

#: Largest decompressed change list a reader accepts (and a writer produces).
MAX_PLAIN_SIZE = 512 * 1024 * 1024
#: Most changes in one bundle; the writer must split larger batches.
MAX_CHANGES = 5_000_000
#: A real header is well under this (a sealed key per member is about 110 bytes).
MAX_HEADER_SIZE = 256 * 1024
MAX_SEALS = 500

#: How a payload's first line reads when its changes come first, a batch a line
#: (``ChangeWriter``): such a payload is read as it decompresses (``sync.bundle_payload``).
PAYLOAD_OPENING = b'{"changes":['

FRAME_PREFIX = struct.Struct(">6sII")  # magic, header length, CRC-32 of magic + length
CRC = struct.Struct(">I")
NONCE_SIZE = 12
TAG_SIZE = 16
SIGNATURE_SIZE = 64
_BUNDLE_KEY_INFO = b"fieldguide bundle v1"
_SIGNED_PREFIX = b"fieldguide bundle v3\x00"
_HLC_SIZE = 20
_MAX_BASE = _HLC_SIZE + 1 + MAX_DEVICE_ID

BundleErrorKind: TypeAlias = Literal["truncated", "damaged", "foreign", "newer", "older", "wrong-key"]

_MESSAGES: dict[str, str] = {
    "foreign": "not a Field Guide sync bundle",
    "truncated": "the bundle is incomplete: it may still be copying",
    "newer": "the bundle was made by a newer version of Field Guide; update to apply it",
    "older": "the bundle was made by an older version of Field Guide; its sender should update and sync",
    "wrong-key": "the bundle was made with another team key",
    "damaged": "the bundle is damaged or altered",
}


class BundleError(Exception):
    """A bundle cannot be applied. Nothing from it has been returned.

    ``kind`` tells a transport what to do: ``truncated`` means try again later (the file
    may still be copying); the others will not change by waiting. ``str()`` is a
    one-line message for the user, to be prefixed with the file name.
    """

    def __init__(self, kind: BundleErrorKind, detail: str | None = None) -> None:
        self.kind: BundleErrorKind = kind
        self.detail = detail
        message = _MESSAGES[kind]
        super().__init__(f"{message} ({detail})" if detail else message)


@dataclass(frozen=True, slots=True)
class PlainHeader:
    """The plain part of a bundle: readable without the key, authenticated with it."""

    format: int
    bundle_id: str
    key_id: str
    payload_size: int
    seals: tuple[bytes, ...] = ()


@dataclass(frozen=True, slots=True)
class BundleHeader:
    """What a bundle says about itself, known once it is opened."""

    format: int
    bundle_id: str
    device: str
    created: datetime
    hlc_min: str | None
    hlc_max: str | None
    count: int
    key_id: str
    payload_size: int


@dataclass(frozen=True, slots=True)
class Signed:
    """The proofs a bundle carries (checked by the receiver, who knows the roster)."""

    signature: bytes = b""  # the sender's, over ``message``
    message: bytes = b""
    writes: dict[tuple[str, str], tuple[bytes, list[bytes]]] = field(default_factory=dict)
    ids: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)
    roster: tuple[bytes, ...] = ()


@dataclass(frozen=True, slots=True)
class DecodedBundle:
    header: BundleHeader
    changes: tuple[Entry, ...]
    seq_range: tuple[int, int] = (0, 0)
    acks: dict[str, int] = field(default_factory=dict)
    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    # device -> (its bundle's date, the sender's date then), in ms: "your clock is ahead"
    clocks: dict[str, tuple[int, int]] = field(default_factory=dict)
    signed: Signed = field(default_factory=Signed)
    # The leaves of the versions carried, by write (``signing.carried_leaves``; ``None``:
    # not computed) and, when decoded with rules, the changes checked for the merge.
    carried: dict[tuple[str, str], bytearray] | None = None  # ``intake.Carried``
    checked: CheckedBatch | None = None


def bundle_key(key: TeamKey, bundle_id: str) -> AESGCM:
    derived = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=uuid.UUID(bundle_id).bytes,
        info=_BUNDLE_KEY_INFO,
    ).derive(key.secret)
    return AESGCM(derived)


def signed_message(associated: bytes, compressed: bytes) -> bytes:
    return _SIGNED_PREFIX + associated + hashlib.sha256(compressed).digest()


def _parse_frame(data: bytes) -> tuple[PlainHeader, int]:
    """Check the frame and header; return the header and where the nonce starts."""
    if len(data) < len(MAGIC):
        if MAGIC.startswith(bytes(data)):
            raise BundleError("truncated")
        raise BundleError("foreign")
    if data[: len(MAGIC)] != MAGIC:
        raise BundleError("foreign")
    if len(data) < FRAME_PREFIX.size:
        raise BundleError("truncated")
    _, header_size, prefix_crc = FRAME_PREFIX.unpack_from(data)
    if zlib.crc32(data[: FRAME_PREFIX.size - CRC.size]) != prefix_crc:
        raise BundleError("damaged")
    if header_size > MAX_HEADER_SIZE:
        raise BundleError("damaged", "header too large")
    header_end = FRAME_PREFIX.size + header_size
    nonce_start = header_end + CRC.size
    if len(data) < nonce_start:
        raise BundleError("truncated")
    header_json = bytes(data[FRAME_PREFIX.size : header_end])
    if zlib.crc32(header_json) != CRC.unpack_from(data, header_end)[0]:
        raise BundleError("damaged")
    try:
        raw = json.loads(header_json)
    except (ValueError, RecursionError):
        raise BundleError("damaged", "unreadable header") from None
    if not isinstance(raw, dict):
        raise BundleError("damaged", "unreadable header")
    version = raw.get("format")
    if type(version) is not int or version < 1:
        raise BundleError("damaged", "unknown format")
    if version > FORMAT_VERSION:
        raise BundleError("newer")
    if version < FORMAT_VERSION:
        raise BundleError("older")
    header = _header_from_json(raw)

    end = nonce_start + NONCE_SIZE + header.payload_size
    if len(data) < end:
        raise BundleError("truncated")
    if len(data) > end:
        raise BundleError("damaged", "unexpected bytes at the end")
    return header, nonce_start


def _header_from_json(raw: dict[str, Any]) -> PlainHeader:
    try:
        bundle_id = raw["bundle_id"]
        if type(bundle_id) is not str or str(uuid.UUID(bundle_id)) != bundle_id:
            raise ValueError("bundle id")
        payload_size = raw["payload_size"]
        if type(payload_size) is not int or payload_size < SIGNATURE_SIZE + TAG_SIZE:
            raise ValueError("payload size")
        key_id = raw["key_id"]
        if type(key_id) is not str or len(key_id) != 16:
            raise ValueError("key id")
        seals = raw.get("seals", [])
        if type(seals) is not list or len(seals) > MAX_SEALS:
            raise ValueError("seals")
        sealed = tuple(base64.b64decode(item, validate=True) for item in seals)
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise BundleError("damaged", "unreadable header") from None
    return PlainHeader(raw["format"], bundle_id, key_id, payload_size, sealed)


def read_header(data: bytes) -> PlainHeader:
    """The plain header of a complete bundle, without the key.

    Checks everything that can be checked without the key (magic, lengths, CRCs, format
    version, that the file is exactly as long as it says), so a transport can skip
    foreign, partial and newer files cheaply and pick the key by ``key_id``. The header
    is only *authenticated* by ``decode_bundle``.
    """
    header, _ = _parse_frame(data)
    return header


def decode_bundle(
    data: bytes, *, key: TeamKey, rules: Rules | None = None, progress: Share | None = None
) -> DecodedBundle:
    """Open a bundle: all its changes, or ``BundleError`` and nothing.

    The signatures it carries are returned in ``signed``, for the receiver to check, with
    the leaves of the versions it carries (``carried``). With ``rules`` (a receiver's),
    its changes are also checked and grouped for the merge (``checked``), in the same
    pass (``sync.intake``), which ``progress`` hears go (the merge's checking share).
    """
    plain_header, nonce_start = _parse_frame(data)
    if plain_header.key_id != key.key_id:
        raise BundleError("wrong-key")

    view = memoryview(data)
    nonce = bytes(view[nonce_start : nonce_start + NONCE_SIZE])
    associated = bytes(view[:nonce_start])
    try:
        opened = bundle_key(key, plain_header.bundle_id).decrypt(
            nonce, view[nonce_start + NONCE_SIZE :], associated
        )
    except InvalidTag:
        raise BundleError("damaged") from None
    signature, compressed = opened[:SIGNATURE_SIZE], opened[SIGNATURE_SIZE:]
    del opened
    message = signed_message(associated, compressed)

    # From here the bytes come from someone holding the epoch key, so a failure means a
    # faulty or hostile writer, not transport damage: still "damaged", never partial.
    from fieldguide.sync.bundle_payload import read_payload  # it reads this module's types

    return read_payload(compressed, plain_header, signature, message, rules, progress)


