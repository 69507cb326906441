"""Writing sync bundles: the changes checked and compressed as they come, then sealed.

The format is described in ``sync.bundle``, which reads it; this module writes it.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import uuid
import zlib
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from fieldguide.sync.bundle import (
    CRC,
    FORMAT_VERSION,
    FRAME_PREFIX,
    MAGIC,
    MAX_CHANGES,
    MAX_DEVICE_ID,
    MAX_PLAIN_SIZE,
    NONCE_SIZE,
    PAYLOAD_OPENING,
    SIGNATURE_SIZE,
    TAG_SIZE,
    bundle_key,
    signed_message,
)
from fieldguide.sync.hlc import validate_hlc

if TYPE_CHECKING:
    from fieldguide.sync.devicekeys import DeviceKeys
    from fieldguide.sync.merge import Entry
    from fieldguide.sync.teamkey import TeamKey

# Measured on a first full sync of a team's year (32 MB of JSON): level 2 compresses it
# in 0.10 s to 4.07 MB, level 6 (zlib's default) in 0.27 s to 3.55 MB, level 1 in
# 0.09 s to 4.24 MB. At ten years, level 6 would add ~1.7 s to the sync's 30 s budget
# for 13 % fewer bytes; any level reads back the same.
_ZLIB_LEVEL = 2
# zlib lets go of the interpreter while it compresses, so a bundle's changes are compressed
# on this thread while the next ones are encoded: on two cores, a first full sync's
# compression (a tenth of its export) comes off the time the user waits.
_COMPRESSING = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldguide-bundle-zlib")
# Compact, non-ASCII kept as it is, no NaN: the payload's one encoder. No check for
# circular values (a sixth of the encoding's time): what it encodes was parsed from JSON
# or built by ``as_json``, and ``_check_value`` refuses any value nested too deeply first.
_WIRE = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"), check_circular=False)
# Values needing no deeper check (``_check_value``): nearly every field holds one.
_SCALARS = frozenset({str, bool, int, type(None)})


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


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class Sealing(TypedDict, total=False):
    """What a bundle says besides its changes (``encode_bundle`` describes each)."""

    signer: DeviceKeys | None
    writes: Mapping[tuple[str, str], tuple[bytes, Sequence[bytes]]] | None
    ids: dict[str, tuple[bytes, bytes]] | None
    roster: Sequence[bytes]
    seals: Sequence[bytes]
    seq_range: tuple[int, int]
    acks: dict[str, int] | None
    names: dict[str, tuple[str, str]] | None
    clocks: dict[str, tuple[int, int]] | None
    created: datetime | None


class ChangeWriter:
    """The changes of one bundle, checked and compressed as they come.

    A first full sync sends every field of a team's years: encoding them as they are read
    (``sync.collect``) keeps neither the changes nor their JSON in memory, only the
    compressed bytes. ``add`` takes a change in its wire form (``FieldState.as_json``'s
    ``c`` and ``s``); ``finish`` writes the other members and seals the bundle. The
    payload's members come in that order, ``changes`` first, each batch of changes on a
    line of its own (JSON strings never hold a raw newline)::

        {"changes":[
        [change],[change],...,
        [change],...
        ],"device":...,"count":...,...}

    It is the same JSON to any reader; a receiver reads it a line at a time as it
    decompresses (``sync.bundle``), never holding the whole text or the whole tree.
    """

    _BATCH = 500  # changes per call of the JSON encoder
    # Bytes compressed at a time: large enough that encoding the next piece takes longer
    # than compressing this one and handing the result back (a thread waits up to the
    # interpreter's switch interval, 5 ms, for its turn).
    _PIECE = 4 << 20

    def __init__(self) -> None:
        self.count = 0
        self.hlc_min: str | None = None
        self.hlc_max: str | None = None
        self._checked: set[str] = set()  # clocks found well-formed (one write stamps many fields)
        self._pending: list[list[Any]] = []
        self._compressor = zlib.compressobj(_ZLIB_LEVEL)
        self._parts: list[bytes] = [self._compressor.compress(PAYLOAD_OPENING)]
        self._size = len(PAYLOAD_OPENING)
        self._lines = 0  # batches written
        self._compressing: Future[bytes] | None = None  # the piece being compressed
        self._waiting: list[bytes] = []  # encoded, not yet handed to the compressing thread
        self._waiting_size = 0

    def add(self, table: str, row_id: str, name: str, ctx: dict[str, str], siblings: list[list[Any]]) -> None:
        """Check one change (``ValueError`` if it would not round-trip) and queue it."""
        if not (
            type(table) is str and table and type(row_id) is str and row_id and type(name) is str and name
        ):
            _check_text(table, "table")
            _check_text(row_id, "row id")
            _check_text(name, "field")
        checked = self._checked
        for sibling in siblings:
            hlc, device, value = sibling[0], sibling[1], sibling[2]
            if type(device) is not str or not device:
                _check_text(device, "device")
            if type(hlc) is not str or hlc not in checked:
                validate_hlc(hlc)
                checked.add(hlc)
                if self.hlc_min is None or hlc < self.hlc_min:
                    self.hlc_min = hlc
                if self.hlc_max is None or hlc > self.hlc_max:
                    self.hlc_max = hlc
            if type(value) not in _SCALARS:
                _check_value(value)
        self.count += 1
        if self.count > MAX_CHANGES:
            raise ValueError(f"too many changes for one bundle (more than {MAX_CHANGES})")
        self._pending.append([table, row_id, name, ctx, siblings])
        if len(self._pending) >= self._BATCH:
            self._flush()

    def _feed(self, text: str) -> None:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("a change contains text that is not valid Unicode") from None
        self._size += len(data)
        if self._size > MAX_PLAIN_SIZE:
            raise ValueError("the changes are too large for one bundle; split them")
        self._waiting.append(data)
        self._waiting_size += len(data)
        if self._waiting_size >= self._PIECE:
            self._compress()

    def _compress(self) -> None:
        """Hand what is waiting to the compressing thread, once it is done with the piece before."""
        self._compressed()
        data = b"".join(self._waiting)
        self._waiting, self._waiting_size = [], 0
        # One piece at a time, in order: the compressor is not shared between threads.
        self._compressing = _COMPRESSING.submit(self._compressor.compress, data)

    def _compressed(self) -> None:
        """Wait for the piece being compressed and keep what it gave."""
        if self._compressing is not None:
            self._parts.append(self._compressing.result())
            self._compressing = None

    def _flush(self) -> None:
        if not self._pending:
            return
        text = _WIRE.encode(self._pending)[1:-1]  # the changes, without the list's brackets
        self._feed(("\n" if self._lines == 0 else ",\n") + text)
        self._lines += 1
        self._pending = []

    def finish(self, *, device: str, key: TeamKey, **sealing: Unpack[Sealing]) -> bytes:
        """The sealed bundle of the changes added (see ``encode_bundle`` for the arguments)."""
        if type(device) is not str or not device or len(device) > MAX_DEVICE_ID:
            raise ValueError(f"not a device id: {device!r}")
        created = sealing.get("created")
        self._flush()
        rest = {
            "device": device,
            "created": (created or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "count": self.count,
            "hlc_min": self.hlc_min,
            "hlc_max": self.hlc_max,
            "writes": [
                [d, h, _b64(signature), _b64(b"".join(sorted(others)))]
                for (d, h), (signature, others) in sorted((sealing.get("writes") or {}).items())
            ],
            "ids": {d: [_b64(k), _b64(n)] for d, (k, n) in sorted((sealing.get("ids") or {}).items())},
            "roster": [_b64(document) for document in sealing.get("roster", ())],
            "range": list(sealing.get("seq_range", (0, 0))),
            "acks": dict(sorted((sealing.get("acks") or {}).items())),
            "names": {d: list(v) for d, v in sorted((sealing.get("names") or {}).items())},
            "clocks": {d: list(v) for d, v in sorted((sealing.get("clocks") or {}).items())},
        }
        self._feed("\n]," + _WIRE.encode(rest)[1:])  # the other members, after the changes
        self._compress()
        self._compressed()
        compressed = b"".join([*self._parts, self._compressor.flush()])
        self._parts = []
        header = {
            "format": FORMAT_VERSION,
            "bundle_id": str(uuid.uuid4()),
            "key_id": key.key_id,
            "seals": [_b64(sealed) for sealed in sealing.get("seals", ())],
            "payload_size": SIGNATURE_SIZE + len(compressed) + TAG_SIZE,
        }
        return seal(header, compressed, key, sealing.get("signer"))


def encode_bundle(
    changes: Sequence[Entry], *, device: str, key: TeamKey, **sealing: Unpack[Sealing]
) -> bytes:
    """Seal ``changes`` into a bundle from ``device`` under the epoch ``key``, signed by ``signer``.

    ``writes`` maps each write (device, hlc) to its signature and the leaves of its
    versions not in ``changes``; ``ids`` binds each device id to its signing key;
    ``roster`` is the sender's chain of roster documents; ``seals`` the epoch key sealed
    to each member. Without ``signer`` the bundle carries no signature (receivers refuse
    it; the bundle tests use it).

    Raises ``ValueError`` for a change that would not round-trip (malformed clock, a
    value that is not plain JSON, text that is not valid Unicode) or a batch larger than
    ``MAX_CHANGES``/``MAX_PLAIN_SIZE``, which readers would refuse.
    """
    if type(device) is not str or not device or len(device) > MAX_DEVICE_ID:
        raise ValueError(f"not a device id: {device!r}")
    if len(changes) > MAX_CHANGES:
        raise ValueError(f"too many changes for one bundle ({len(changes)} > {MAX_CHANGES})")
    writer = ChangeWriter()
    for change in changes:
        state = change.state.as_json()
        writer.add(change.table, change.row_id, change.field, state["c"], state["s"])
    return writer.finish(device=device, key=key, **sealing)


def seal(header: dict[str, Any], compressed: bytes, key: TeamKey, signer: DeviceKeys | None = None) -> bytes:
    """Frame, sign and encrypt; separate from ``encode_bundle`` so tests can build odd bundles."""
    header_json = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    length = len(header_json)
    prefix = FRAME_PREFIX.pack(MAGIC, length, zlib.crc32(MAGIC + struct.pack(">I", length)))
    associated = prefix + header_json + CRC.pack(zlib.crc32(header_json))
    signature = (
        signer.sign(signed_message(associated, compressed)) if signer is not None else bytes(SIGNATURE_SIZE)
    )
    nonce = os.urandom(NONCE_SIZE)
    sealed = bundle_key(key, header["bundle_id"]).encrypt(nonce, signature + compressed, associated)
    return associated + nonce + sealed
