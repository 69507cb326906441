"""The sync bundle file: an immutable, encrypted, signed batch of field changes.

This module describes the format and reads it; ``sync.bundle_writing`` writes it.

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

and ``decode_bundle`` reads such a payload as it decompresses, a line at a time, so the
whole text and the whole JSON tree of a first full sync (hundreds of MB) never exist at
once. Any other layout (bundles written before, or by anyone else) is read whole, as is
any payload the line reader finds a flaw in: the whole reading is the one that says what
a flaw is, so both readings of a bundle give the same changes or the same refusal.

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
import itertools
import json
import struct
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldguide.sync.hlc import validate_hlc
from fieldguide.sync.intake import MAX_DEVICE_ID, ChangeReader, Intake, read_changes
from fieldguide.sync.merge import CheckedBatch, Entry, Share, checking_share
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
#: (``ChangeWriter``): such a payload is read as it decompresses.
PAYLOAD_OPENING = b'{"changes":['
_OPENING = PAYLOAD_OPENING
_COMPRESSED_PIECE = 64 * 1024  # compressed bytes handed to the decompressor at a time
_PLAIN_PIECE = 1024 * 1024  # most plain bytes asked of it at a time
#: Longest line read as it decompresses (a batch of 500 changes is a few hundred KB);
#: a payload with a longer one is read whole.
_LONGEST_LINE = 64 * 1024 * 1024

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
    # The changes are read as they decompress, a batch at a time; a payload not laid out
    # as ``ChangeWriter`` writes it (one written before it was, or a hostile one) or with
    # any flaw is read again whole, by the reader that decides what every refusal says.
    try:
        return _streamed(compressed, plain_header, signature, message, rules, progress)
    except _ReadWhole:
        pass
    plain = bytearray()
    for piece in _decompressed(compressed):
        plain += piece
    del compressed
    try:
        payload = json.loads(plain, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise BundleError("damaged", "unreadable changes") from None
    # What is kept is the decoded objects: the text (hundreds of MB at 10 × a team's year)
    # goes before they are turned into changes.
    del plain
    return _payload_from_json(payload, plain_header, signature, message, rules, progress)


class _ReadWhole(Exception):
    """The payload is not one the streaming reader can read with certainty."""


def _decompressed(compressed: bytes, fed: list[int] | None = None) -> Iterator[bytes]:
    """The payload's plain bytes, at most ``_PLAIN_PIECE`` at a time (``fed``, if given,
    holds how many compressed bytes have been handed to the decompressor).

    With the refusals of decompressing it whole under an output bound of
    ``MAX_PLAIN_SIZE + 1`` (inflate's output does not depend on how it is asked for):
    "cannot decompress" for a zlib error met within the bound, "too large" past it, then
    "cannot decompress" for a stream that does not end or ends before its bytes do."""
    decompressor = zlib.decompressobj()
    room = MAX_PLAIN_SIZE + 1
    view = memoryview(compressed)
    start = 0
    data: bytes | memoryview = view[:_COMPRESSED_PIECE]
    while True:
        asked = min(_PLAIN_PIECE, room)
        try:
            piece = decompressor.decompress(data, asked)
        except zlib.error:
            raise BundleError("damaged", "cannot decompress") from None
        room -= len(piece)
        if room <= 0:
            raise BundleError("damaged", "too large to apply safely")
        if piece:
            yield piece
        if decompressor.eof:
            break
        data = decompressor.unconsumed_tail
        if not data and len(piece) < asked:  # this input is spent (no output held back)
            start += _COMPRESSED_PIECE
            if start >= len(view):
                break
            data = view[start : start + _COMPRESSED_PIECE]
            if fed is not None:
                fed[0] = start
    if not decompressor.eof or decompressor.unused_data or start + _COMPRESSED_PIECE < len(view):
        raise BundleError("damaged", "cannot decompress")


def _lines(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """The plain payload's lines (without their newline; the last one as it ends), each
    at most ``_LONGEST_LINE``; the first must be the opening of the changes."""
    head = b""
    for piece in pieces:  # the opening and its newline, in whatever pieces they come
        head += piece
        if len(head) > len(_OPENING):
            break
    if not head.startswith(_OPENING + b"\n"):
        raise _ReadWhole
    parts: list[bytes] = []  # the line being read, in pieces (joined once it is whole)
    size = 0
    for piece in itertools.chain((head,), pieces):
        if b"\n" not in piece:
            parts.append(piece)
            size += len(piece)
            if size > _LONGEST_LINE:
                raise _ReadWhole
            continue
        lines = piece.split(b"\n")
        parts.append(lines[0])
        yield b"".join(parts)
        yield from lines[1:-1]
        parts, size = [lines[-1]], len(lines[-1])
    yield b"".join(parts)


def _json_text(line: bytes, opening: str, closing: str) -> Any:
    """``line`` between ``opening`` and ``closing``, read as ``json.loads`` reads the whole
    payload (UTF-8, lone surrogates kept, no NaN); ``_ReadWhole`` if it cannot be."""
    try:
        text = opening + line.decode("utf-8", "surrogatepass") + closing
        return json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise _ReadWhole from None


def _streamed(
    compressed: bytes,
    plain: PlainHeader,
    signature: bytes,
    message: bytes,
    rules: Rules | None,
    progress: Share | None,
) -> DecodedBundle:
    """Read a payload laid out as ``ChangeWriter`` writes it, a batch of changes at a time.

    Its lines: ``{"changes":[``, then batches of changes each ending with a comma but the
    last, then ``],`` and the other members with the closing brace. Read so, it is the
    same JSON as read whole, and the result is the same; anything else (another layout,
    any flaw, a second ``changes`` member, which read whole would replace the first)
    raises ``_ReadWhole``. Only the decompression's refusals are raised here, since read
    whole they come first."""
    total = len(compressed) or 1
    fed = [0]
    share = checking_share(progress)
    reader = ChangeReader(rules)
    lines = _lines(_decompressed(compressed, fed))
    next(lines)  # the opening, checked by ``_lines``
    comma = True  # the batch before ended with a comma (or there was none)
    members: Any = None
    for line in lines:
        if members is not None:  # a line after the last
            raise _ReadWhole
        if line[:2] == b"],":
            if comma and reader.count:  # a comma before the closing bracket
                raise _ReadWhole
            members = _json_text(line[2:], "{", "")
            continue
        if not comma or reader.count > MAX_CHANGES:
            raise _ReadWhole
        comma = line[-1:] == b","
        rows = _json_text(line[:-1] if comma else line, "[", "]")
        if not rows:
            raise _ReadWhole
        try:
            reader.add(rows)
        except Exception:  # whatever it is, reading the payload whole decides what it means
            raise _ReadWhole from None
        del rows
        share(fed[0] / total)
    if type(members) is not dict or "changes" in members:
        raise _ReadWhole
    try:
        header = _info(members, plain)
    except BundleError:
        raise _ReadWhole from None
    if header.count != reader.count:
        raise _ReadWhole
    try:
        intake = reader.finish(header.hlc_min or "", header.hlc_max or "")
        return _decoded(members, header, intake, signature, message)
    except Exception:  # as above
        raise _ReadWhole from None


def _refuse_constant(name: str) -> None:
    # Python's json reads NaN and Infinity, which are not JSON and never equal
    # themselves, so a field holding one could never be seen to converge.
    raise ValueError(f"not JSON: {name}")


def _info(payload: dict[str, Any], plain: PlainHeader) -> BundleHeader:
    try:
        device = payload["device"]
        if type(device) is not str or not device or len(device) > MAX_DEVICE_ID:
            raise ValueError("device")
        created = datetime.strptime(payload["created"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        count = payload["count"]
        if type(count) is not int or count < 0:
            raise ValueError("count")
        hlc_min, hlc_max = payload["hlc_min"], payload["hlc_max"]
        if count == 0:
            if hlc_min is not None or hlc_max is not None:
                raise ValueError("clock range")
        elif validate_hlc(hlc_min) > validate_hlc(hlc_max):
            raise ValueError("clock range")
    except (KeyError, TypeError, ValueError):
        raise BundleError("damaged", "unreadable header") from None
    if count > MAX_CHANGES:
        raise BundleError("damaged", "too large to apply safely")
    return BundleHeader(
        plain.format,
        plain.bundle_id,
        device,
        created,
        hlc_min,
        hlc_max,
        count,
        plain.key_id,
        plain.payload_size,
    )


def _signed_from_json(payload: dict[str, Any], signature: bytes, message: bytes) -> Signed:
    writes: dict[tuple[str, str], tuple[bytes, list[bytes]]] = {}
    for item in payload.get("writes", []):
        if type(item) is not list or len(item) != 4:
            raise ValueError
        device, hlc, proof, others = item
        if type(device) is not str or not device or len(device) > MAX_DEVICE_ID:
            raise ValueError
        validate_hlc(hlc)
        leaves = base64.b64decode(others, validate=True)
        if len(leaves) % 32:
            raise ValueError
        writes[(device, hlc)] = (
            base64.b64decode(proof, validate=True),
            [leaves[i : i + 32] for i in range(0, len(leaves), 32)],
        )
    ids: dict[str, tuple[bytes, bytes]] = {}
    for device, pair in payload.get("ids", {}).items():
        if type(pair) is not list or len(pair) != 2:
            raise ValueError
        ids[device] = (base64.b64decode(pair[0], validate=True), base64.b64decode(pair[1], validate=True))
    roster = payload.get("roster", [])
    if type(roster) is not list:
        raise ValueError
    return Signed(signature, message, writes, ids, tuple(base64.b64decode(d, validate=True) for d in roster))


def _payload_from_json(
    payload: Any,
    plain: PlainHeader,
    signature: bytes,
    message: bytes,
    rules: Rules | None,
    progress: Share | None,
) -> DecodedBundle:
    if type(payload) is not dict:
        raise BundleError("damaged", "unreadable changes")
    header = _info(payload, plain)
    rows = payload.get("changes")
    if type(rows) is not list or len(rows) != header.count:
        raise BundleError("damaged", "change count does not match the header")
    try:
        intake = read_changes(rows, header.hlc_min or "", header.hlc_max or "", rules, progress)
        return _decoded(payload, header, intake, signature, message)
    except (TypeError, ValueError, AttributeError, binascii.Error):
        raise BundleError("damaged", "malformed change") from None


def _decoded(
    payload: dict[str, Any], header: BundleHeader, intake: Intake, signature: bytes, message: bytes
) -> DecodedBundle:
    """The bundle of ``intake``'s changes and the payload's other members; ``ValueError``
    (or ``TypeError``...) if one is malformed."""
    seq = payload.get("range", [0, 0])
    if type(seq) is not list or len(seq) != 2 or not all(type(n) is int and n >= 0 for n in seq):
        raise ValueError
    acks = payload.get("acks", {})
    if type(acks) is not dict or not all(type(n) is int and n >= 0 for n in acks.values()):
        raise ValueError
    names: dict[str, tuple[str, str]] = {}
    for device, pair in payload.get("names", {}).items():
        if type(pair) is not list or len(pair) != 2 or type(pair[1]) is not str or len(pair[1]) > 200:
            raise ValueError
        names[device] = (validate_hlc(pair[0]), pair[1])
    clocks: dict[str, tuple[int, int]] = {}
    for device, pair in payload.get("clocks", {}).items():
        if type(pair) is not list or len(pair) != 2 or not all(type(n) is int for n in pair):
            raise ValueError
        clocks[device] = (pair[0], pair[1])
    signed = _signed_from_json(payload, signature, message)
    return DecodedBundle(
        header,
        intake.changes,
        (seq[0], seq[1]),
        dict(acks),
        names,
        clocks,
        signed,
        intake.carried,
        intake.batch,
    )
