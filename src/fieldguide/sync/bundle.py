"""The sync bundle file: an immutable, encrypted batch of field changes.

Layout (all integers big-endian)::

    offset      size  content
    0           6     magic b"FGSYNC"
    6           4     H: length of the header JSON
    10          4     CRC-32 of bytes 0..10 (magic and H)
    14          H     header: UTF-8 JSON object (see BundleHeader)
    14+H        4     CRC-32 of the header JSON
    18+H        12    AES-GCM nonce
    30+H        P     AES-256-GCM ciphertext and 16-byte tag; P is header["payload_size"]

The first ``18+H`` bytes (everything before the nonce) are the associated data of the
encryption, so changing any byte of the plain header is detected. The plaintext is zlib
data of compact UTF-8 JSON (format 2)::

    {"changes": [[table, row_id, field, ctx, [[hlc, device, value(, knows)], ...]], ...],
     "range": [seq_from, seq_to],        # the stretch of the sender's change log it covers
     "acks": {device: seq},              # what the sender has applied from each device
     "names": {device: [hlc, name]}}     # device names people chose

Each change is one field's whole state as the sender held it (``sync.state``), so a
bundle carries the latest value of each field, never intermediate autosaves.

The frame up to the header (magic, H, the CRCs, the header's ``format`` field) stays the
same in every format version, so an old reader can always tell "newer version" apart from
"damaged".

The CRCs are not security (AES-GCM is); they let a reader trust the lengths before it
decrypts, so that a file shorter than its lengths say is reported as "truncated" (still
being copied: retry later) and a flipped byte as "damaged" (retrying will not help).
A CRC-32 catches every single-byte error, so a flipped length byte is never mistaken for
a truncation.

Encryption key: each bundle is sealed with
HKDF-SHA256(team secret, salt=bundle id, info=b"fieldguide bundle v1"), so the team
secret itself is used for nothing else and a random nonce is never repeated under one key.
"""

from __future__ import annotations

import json
import os
import struct
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, TypeAlias

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldguide.courtesy import let_others_run
from fieldguide.sync.hlc import validate_hlc
from fieldguide.sync.merge import Entry
from fieldguide.sync.state import FieldState, Sibling
from fieldguide.sync.teamkey import TeamKey

__all__ = [
    "FORMAT_VERSION",
    "MAGIC",
    "MAX_CHANGES",
    "MAX_PLAIN_SIZE",
    "BundleError",
    "BundleHeader",
    "DecodedBundle",
    "Entry",
    "JSONValue",
    "decode_bundle",
    "encode_bundle",
    "read_header",
]

JSONValue: TypeAlias = "bool | int | float | str | list[JSONValue] | dict[str, JSONValue] | None"

MAGIC = b"FGSYNC"
FORMAT_VERSION = 2

#: Largest decompressed change list a reader accepts (and a writer produces).
MAX_PLAIN_SIZE = 512 * 1024 * 1024
#: Most changes in one bundle; the writer must split larger batches.
MAX_CHANGES = 5_000_000
#: A real header is about 400 bytes; anything near this cap is not one.
MAX_HEADER_SIZE = 64 * 1024

_PREFIX = struct.Struct(">6sII")  # magic, header length, CRC-32 of magic + length
_CRC = struct.Struct(">I")
_NONCE_SIZE = 12
_TAG_SIZE = 16
_BUNDLE_KEY_INFO = b"fieldguide bundle v1"
_MAX_DEVICE_ID = 200
_HLC_SIZE = 20
_MAX_BASE = _HLC_SIZE + 1 + _MAX_DEVICE_ID
# Level 6 is zlib's default; measured on 10,000 changes it costs a few ms more than
# level 1 and makes bundles noticeably smaller on a slow USB stick.
_ZLIB_LEVEL = 6

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
class BundleHeader:
    """The plain part of a bundle: readable without the key, authenticated with it."""

    format: int
    bundle_id: str
    device: str
    created: datetime
    hlc_min: str | None
    hlc_max: str | None
    count: int
    key_id: str
    payload_size: int
    plain_size: int


@dataclass(frozen=True, slots=True)
class DecodedBundle:
    header: BundleHeader
    changes: tuple[Entry, ...]
    seq_range: tuple[int, int] = (0, 0)
    acks: dict[str, int] = field(default_factory=dict)
    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    # device -> (its bundle's date, the sender's date then), in ms: "your clock is ahead"
    clocks: dict[str, tuple[int, int]] = field(default_factory=dict)


def _bundle_key(key: TeamKey, bundle_id: str) -> AESGCM:
    derived = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=uuid.UUID(bundle_id).bytes,
        info=_BUNDLE_KEY_INFO,
    ).derive(key.secret)
    return AESGCM(derived)


def _check_value(value: Any, depth: int = 0) -> None:
    # json.dumps would turn a tuple into a list or an int dict key into a string, so the
    # receiver would hold a different value than the sender: refuse such values.
    kind = type(value)
    if value is None or kind is str or kind is bool or kind is int:
        return
    if kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("a change value cannot be NaN or infinite")
        return
    if depth > 100:
        raise ValueError("a change value is nested too deeply")
    if kind is list:
        for item in value:
            _check_value(item, depth + 1)
        return
    if kind is dict:
        for name, item in value.items():
            if type(name) is not str:
                raise ValueError(f"a change value has a non-string key: {name!r}")
            _check_value(item, depth + 1)
        return
    raise ValueError(f"a change value must be JSON data, not {kind.__name__}")


def _check_text(value: Any, what: str) -> None:
    if type(value) is not str or not value:
        raise ValueError(f"change {what} must be a non-empty string, not {value!r}")


def encode_bundle(
    changes: Sequence[Entry],
    *,
    device: str,
    key: TeamKey,
    seq_range: tuple[int, int] = (0, 0),
    acks: dict[str, int] | None = None,
    names: dict[str, tuple[str, str]] | None = None,
    clocks: dict[str, tuple[int, int]] | None = None,
    created: datetime | None = None,
) -> bytes:
    """Seal ``changes`` into a bundle from ``device`` under the team ``key``.

    Raises ``ValueError`` for a change that would not round-trip (malformed clock, a
    value that is not plain JSON, text that is not valid Unicode) or a batch larger than
    ``MAX_CHANGES``/``MAX_PLAIN_SIZE``, which readers would refuse.
    """
    if type(device) is not str or not device or len(device) > _MAX_DEVICE_ID:
        raise ValueError(f"not a device id: {device!r}")
    if len(changes) > MAX_CHANGES:
        raise ValueError(f"too many changes for one bundle ({len(changes)} > {MAX_CHANGES})")

    rows: list[list[Any]] = []
    hlc_min: str | None = None
    hlc_max: str | None = None
    for change in changes:
        _check_text(change.table, "table")
        _check_text(change.row_id, "row id")
        _check_text(change.field, "field")
        for sibling in change.state.siblings:
            _check_text(sibling.device, "device")
            validate_hlc(sibling.hlc)
            _check_value(sibling.value)
            if hlc_min is None or sibling.hlc < hlc_min:
                hlc_min = sibling.hlc
            if hlc_max is None or sibling.hlc > hlc_max:
                hlc_max = sibling.hlc
        state = change.state.as_json()
        rows.append([change.table, change.row_id, change.field, state["c"], state["s"]])
    payload = {
        "changes": rows,
        "range": list(seq_range),
        "acks": dict(sorted((acks or {}).items())),
        "names": {d: list(v) for d, v in sorted((names or {}).items())},
        "clocks": {d: list(v) for d, v in sorted((clocks or {}).items())},
    }
    try:
        plain = json.dumps(payload, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode(
            "utf-8"
        )
    except UnicodeEncodeError:
        raise ValueError("a change contains text that is not valid Unicode") from None
    if len(plain) > MAX_PLAIN_SIZE:
        raise ValueError("the changes are too large for one bundle; split them")
    compressed = zlib.compress(plain, _ZLIB_LEVEL)

    header = {
        "format": FORMAT_VERSION,
        "bundle_id": str(uuid.uuid4()),
        "device": device,
        "created": (created or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "hlc_min": hlc_min,
        "hlc_max": hlc_max,
        "count": len(rows),
        "key_id": key.key_id,
        "payload_size": len(compressed) + _TAG_SIZE,
        "plain_size": len(plain),
    }
    return _seal(header, compressed, key)


def _seal(header: dict[str, Any], compressed: bytes, key: TeamKey) -> bytes:
    """Frame and encrypt; separate from ``encode_bundle`` so tests can build odd bundles."""
    header_json = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    length = len(header_json)
    prefix = _PREFIX.pack(MAGIC, length, zlib.crc32(MAGIC + struct.pack(">I", length)))
    associated = prefix + header_json + _CRC.pack(zlib.crc32(header_json))
    nonce = os.urandom(_NONCE_SIZE)
    sealed = _bundle_key(key, header["bundle_id"]).encrypt(nonce, compressed, associated)
    return associated + nonce + sealed


def _parse_frame(data: bytes) -> tuple[BundleHeader, int]:
    """Check the frame and header; return the header and where the nonce starts."""
    if len(data) < len(MAGIC):
        if MAGIC.startswith(bytes(data)):
            raise BundleError("truncated")
        raise BundleError("foreign")
    if data[: len(MAGIC)] != MAGIC:
        raise BundleError("foreign")
    if len(data) < _PREFIX.size:
        raise BundleError("truncated")
    _, header_size, prefix_crc = _PREFIX.unpack_from(data)
    if zlib.crc32(data[: _PREFIX.size - _CRC.size]) != prefix_crc:
        raise BundleError("damaged")
    if header_size > MAX_HEADER_SIZE:
        raise BundleError("damaged", "header too large")
    header_end = _PREFIX.size + header_size
    nonce_start = header_end + _CRC.size
    if len(data) < nonce_start:
        raise BundleError("truncated")
    header_json = bytes(data[_PREFIX.size : header_end])
    if zlib.crc32(header_json) != _CRC.unpack_from(data, header_end)[0]:
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

    end = nonce_start + _NONCE_SIZE + header.payload_size
    if len(data) < end:
        raise BundleError("truncated")
    if len(data) > end:
        raise BundleError("damaged", "unexpected bytes at the end")
    return header, nonce_start


def _header_from_json(raw: dict[str, Any]) -> BundleHeader:
    try:
        bundle_id = raw["bundle_id"]
        if type(bundle_id) is not str or str(uuid.UUID(bundle_id)) != bundle_id:
            raise ValueError("bundle id")
        device = raw["device"]
        if type(device) is not str or not device or len(device) > _MAX_DEVICE_ID:
            raise ValueError("device")
        created = datetime.strptime(raw["created"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        count = raw["count"]
        payload_size = raw["payload_size"]
        plain_size = raw["plain_size"]
        for number in (count, payload_size, plain_size):
            if type(number) is not int or number < 0:
                raise ValueError("size")
        if payload_size < _TAG_SIZE:
            raise ValueError("payload size")
        hlc_min, hlc_max = raw["hlc_min"], raw["hlc_max"]
        if count == 0:
            if hlc_min is not None or hlc_max is not None:
                raise ValueError("clock range")
        elif validate_hlc(hlc_min) > validate_hlc(hlc_max):
            raise ValueError("clock range")
        key_id = raw["key_id"]
        if type(key_id) is not str or len(key_id) != 16:
            raise ValueError("key id")
    except (KeyError, TypeError, ValueError):
        raise BundleError("damaged", "unreadable header") from None
    if count > MAX_CHANGES or plain_size > MAX_PLAIN_SIZE:
        raise BundleError("damaged", "too large to apply safely")
    return BundleHeader(
        format=raw["format"],
        bundle_id=bundle_id,
        device=device,
        created=created,
        hlc_min=hlc_min,
        hlc_max=hlc_max,
        count=count,
        key_id=key_id,
        payload_size=payload_size,
        plain_size=plain_size,
    )


def read_header(data: bytes) -> BundleHeader:
    """The plain header of a complete bundle, without the key.

    Checks everything that can be checked without the key (magic, lengths, CRCs, format
    version, that the file is exactly as long as it says), so a transport can skip
    foreign, partial and newer files cheaply. The header is only *authenticated* by
    ``decode_bundle``: do not act on it (for instance ``clock.observe(hlc_max)``) before.
    """
    header, _ = _parse_frame(data)
    return header


def decode_bundle(data: bytes, *, key: TeamKey) -> DecodedBundle:
    """Open a bundle: all its changes, or ``BundleError`` and nothing."""
    header, nonce_start = _parse_frame(data)
    if header.key_id != key.key_id:
        raise BundleError("wrong-key")

    view = memoryview(data)
    nonce = bytes(view[nonce_start : nonce_start + _NONCE_SIZE])
    try:
        compressed = _bundle_key(key, header.bundle_id).decrypt(
            nonce, view[nonce_start + _NONCE_SIZE :], view[:nonce_start]
        )
    except InvalidTag:
        raise BundleError("damaged") from None

    # From here the bytes come from someone holding the team key, so a failure means a
    # faulty or hostile writer, not transport damage: still "damaged", never partial.
    decompressor = zlib.decompressobj()
    try:
        plain = decompressor.decompress(compressed, header.plain_size + 1)
    except zlib.error:
        raise BundleError("damaged", "cannot decompress") from None
    if (
        len(plain) != header.plain_size
        or decompressor.unconsumed_tail
        or decompressor.unused_data
        or not decompressor.eof
    ):
        raise BundleError("damaged", "size does not match the header")

    try:
        payload = json.loads(plain, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise BundleError("damaged", "unreadable changes") from None
    return _payload_from_json(payload, header)


def _refuse_constant(name: str) -> None:
    # Python's json reads NaN and Infinity, which are not JSON and never equal
    # themselves, so a field holding one could never be seen to converge.
    raise ValueError(f"not JSON: {name}")


def _vector(raw: Any) -> dict[str, str]:
    if type(raw) is not dict:
        raise ValueError
    for device, hlc in raw.items():
        if not device or len(device) > _MAX_DEVICE_ID:
            raise ValueError
        validate_hlc(hlc)
    return dict(raw)


def _payload_from_json(payload: Any, header: BundleHeader) -> DecodedBundle:
    if type(payload) is not dict:
        raise BundleError("damaged", "unreadable changes")
    rows = payload.get("changes")
    if type(rows) is not list or len(rows) != header.count:
        raise BundleError("damaged", "change count does not match the header")
    low, high = header.hlc_min or "", header.hlc_max or ""
    changes: list[Entry] = []
    try:
        for row in rows:
            if type(row) is not list or len(row) != 5:
                raise ValueError
            table, row_id, name, ctx, siblings = row
            for text in (table, row_id, name):
                if type(text) is not str or not text:
                    raise ValueError
            if type(siblings) is not list:
                raise ValueError
            let_others_run()  # thousands of entries: the window's keystrokes get through
            parsed: list[Sibling] = []
            for item in siblings:
                if type(item) is not list or len(item) not in (3, 4):
                    raise ValueError
                hlc, device, value = item[:3]
                if type(device) is not str or not device or len(device) > _MAX_DEVICE_ID:
                    raise ValueError
                if not low <= validate_hlc(hlc) <= high:
                    raise ValueError
                parsed.append(Sibling(hlc, device, value, _vector(item[3]) if len(item) == 4 else None))
            changes.append(Entry(table, row_id, name, FieldState(_vector(ctx), tuple(parsed))))
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
    except (TypeError, ValueError, AttributeError):
        raise BundleError("damaged", "malformed change") from None
    return DecodedBundle(header, tuple(changes), (seq[0], seq[1]), dict(acks), names, clocks)
