"""A bundle's payload, once opened: read as it decompresses, a batch of changes a line, or whole.

``sync.bundle`` describes the format, checks the frame and decrypts; what it opens, the
zlib data of the payload's JSON, is read here. ``ChangeWriter`` (``sync.bundle_writing``)
writes ``changes`` first, a batch of changes a line, so such a payload is read as it
decompresses (``_streamed``): the whole text and the whole JSON tree of a first full
sync (hundreds of MB) never exist at once. Any other layout (bundles written before, or
by anyone else), and any payload the line reader finds a flaw in, is read whole, by the
reader that decides what every refusal says: both readings of a bundle give the same
changes or the same refusal.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from fieldguide.sync.bundle import (
    MAX_CHANGES,
    MAX_PLAIN_SIZE,
    PAYLOAD_OPENING,
    BundleError,
    BundleHeader,
    DecodedBundle,
    PlainHeader,
    Signed,
)
from fieldguide.sync.hlc import validate_hlc
from fieldguide.sync.intake import MAX_DEVICE_ID, ChangeReader, Intake, read_changes
from fieldguide.sync.merge import Share, checking_share

if TYPE_CHECKING:
    from fieldguide.sync.validate import Rules

__all__ = ["read_payload"]

_OPENING = PAYLOAD_OPENING
_COMPRESSED_PIECE = 64 * 1024  # compressed bytes handed to the decompressor at a time
_PLAIN_PIECE = 1024 * 1024  # most plain bytes asked of it at a time
#: Longest line read as it decompresses (a batch of 500 changes is a few hundred KB);
#: a payload with a longer one is read whole.
_LONGEST_LINE = 64 * 1024 * 1024


def read_payload(
    compressed: bytes,
    plain: PlainHeader,
    signature: bytes,
    message: bytes,
    rules: Rules | None,
    progress: Share | None,
) -> DecodedBundle:
    """The bundle in ``compressed`` (its payload's zlib data), or ``BundleError``.

    The changes are read as they decompress, a batch at a time; a payload not laid out
    as ``ChangeWriter`` writes it (one written before it was, or a hostile one) or with
    any flaw is read again whole, by the reader that decides what every refusal says."""
    try:
        return _streamed(compressed, plain, signature, message, rules, progress)
    except _ReadWhole:
        pass
    text = bytearray()
    for piece in _decompressed(compressed):
        text += piece
    try:
        payload = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise BundleError("damaged", "unreadable changes") from None
    # What is kept is the decoded objects: the text (hundreds of MB at 10 × a team's year)
    # goes before they are turned into changes.
    del text
    return _payload_from_json(payload, plain, signature, message, rules, progress)


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
