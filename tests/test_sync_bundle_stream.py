"""A bundle's changes read as its payload decompresses, a batch (a line) at a time.

Whatever the layout, the outcome is the one reading the payload whole gives (the reader
forced to read whole is the oracle): the same changes, leaves, rows and refusal, or the
same refusal with the same message. The payload's text and its whole JSON tree never
exist at once, and the decompressor is never asked for more than its bound.
"""

from __future__ import annotations

import json
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldguide.sync import bundle_payload as bundle_module
from fieldguide.sync import merge
from fieldguide.sync.bundle import FORMAT_VERSION, BundleError, decode_bundle
from fieldguide.sync.bundle_writing import ChangeWriter, encode_bundle, seal
from fieldguide.sync.merge import Entry
from fieldguide.sync.signing import split_leaves
from fieldguide.sync.state import FieldState, Sibling
from tests.test_sync_intake import KEY, ME, RULES, YOU, change, clock

ROW = "5a0a5f0e-8f7c-4b0e-9c1e-2d3f4a5b6c7d"


def good_row(n: int, value: Any = "good") -> list[Any]:
    return ["response", str(uuid.UUID(int=n + 1)), "status", {ME: clock(n % 5)}, [[clock(n % 5), ME, value]]]


def members(rows: list[list[Any]], **overrides: Any) -> dict[str, Any]:
    clocks = [v[0] for row in rows for v in row[4]]
    out: dict[str, Any] = {
        "device": ME,
        "created": "2025-01-01T00:00:00Z",
        "count": len(rows),
        "hlc_min": min(clocks, default=None),
        "hlc_max": max(clocks, default=None),
        "writes": [],
        "ids": {},
        "roster": [],
        "range": [1, 2],
        "acks": {YOU: 3},
        "names": {ME: [clock(0), "Amina"]},
        "clocks": {YOU: [1, 2]},
    }
    out.update(overrides)
    return out


def _wire(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def lines_layout(rows: list[list[Any]], about: dict[str, Any], per_line: int = 2) -> bytes:
    """The payload as ``ChangeWriter`` lays it out: a batch of changes a line."""
    batches = [rows[i : i + per_line] for i in range(0, len(rows), per_line)]
    lines = ['{"changes":[']
    lines += [_wire(batch)[1:-1] + ("," if n < len(batches) - 1 else "") for n, batch in enumerate(batches)]
    lines.append("]," + _wire(about)[1:])
    return "\n".join(lines).encode()


def one_line(rows: list[list[Any]], about: dict[str, Any]) -> bytes:
    """The payload as writers before the lines wrote it."""
    return ('{"changes":' + _wire(rows) + "," + _wire(about)[1:]).encode()


def sealed(plain: bytes, compressed: bytes | None = None) -> bytes:
    """A correctly encrypted bundle of ``plain``, as any key holder could make."""
    if compressed is None:
        compressed = zlib.compress(plain)
    header = {
        "format": FORMAT_VERSION,
        "bundle_id": "0f0e0d0c-0b0a-4908-8706-050403020100",
        "key_id": KEY.key_id,
        "seals": [],
        "payload_size": 64 + len(compressed) + 16,
    }
    return seal(header, compressed, KEY)


def _read_whole(*args: Any, **kwargs: Any) -> Any:
    raise bundle_module._ReadWhole


def _not_whole(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("the payload was read whole")


def outcome(data: bytes) -> Any:
    """All that a decoded bundle holds (its refusal compared by kind and message), or the
    refusal of the bundle."""
    try:
        decoded = decode_bundle(data, key=KEY, rules=RULES)
    except BundleError as error:
        return ("refused", error.kind, str(error))
    checked = decoded.checked
    assert checked is not None
    refusal = checked.refusal
    return (
        decoded.header,
        decoded.changes,
        decoded.seq_range,
        decoded.acks,
        decoded.names,
        decoded.clocks,
        decoded.signed,
        decoded.carried and {dot: split_leaves(bytes(leaves)) for dot, leaves in decoded.carried.items()},
        decoded.carried and list(decoded.carried),
        list(checked.rows_of.items()),
        checked.count,
        refusal and (type(refusal), refusal.kind, str(refusal), refusal.what),
    )


def content(result: Any) -> Any:
    """An outcome without what differs between two bundles of the same changes (the
    payload's size, the message signed)."""
    header, changes, seq, acks, names, clocks, signed, *rest = result
    return (
        replace(header, payload_size=0),
        changes,
        seq,
        acks,
        names,
        clocks,
        replace(signed, message=b""),
        *rest,
    )


def whole_outcome(data: bytes, monkeypatch: pytest.MonkeyPatch) -> Any:
    with monkeypatch.context() as patch:
        patch.setattr(bundle_module, "_streamed", _read_whole)
        return outcome(data)


def streamed_outcome(data: bytes, monkeypatch: pytest.MonkeyPatch) -> Any:
    with monkeypatch.context() as patch:
        patch.setattr(bundle_module, "_payload_from_json", _not_whole)
        return outcome(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(change(), max_size=12), st.integers(1, 5))
def test_a_payload_of_lines_reads_as_it_reads_whole(rows: list[list[Any]], per_line: int) -> None:
    # Changes good and bad (invalid values, unknown fields, bad row ids: kept as the
    # refusal), a batch of ``per_line`` a line.
    with pytest.MonkeyPatch.context() as patch:
        data = sealed(lines_layout(rows, members(rows), per_line))
        expected = whole_outcome(data, patch)
        assert expected[0] != "refused"
        assert streamed_outcome(data, patch) == expected
        # And a bundle of the layout before the lines holds the same.
        assert content(outcome(sealed(one_line(rows, members(rows))))) == content(expected)


def entries(count: int) -> list[Entry]:
    return [
        Entry(
            "response",
            str(uuid.UUID(int=n + 1)),
            "status",
            FieldState({ME: clock(1)}, (Sibling(clock(1), ME, "good"),)),
        )
        for n in range(count)
    ]


def test_a_bundle_written_now_is_read_as_it_decompresses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ChangeWriter, "_BATCH", 3)
    for count in (0, 1, 3, 7):
        data = encode_bundle(
            entries(count), device=ME, key=KEY, seq_range=(4, 9), names={ME: (clock(0), "Amina")}
        )
        expected = whole_outcome(data, monkeypatch)
        assert streamed_outcome(data, monkeypatch) == expected
        assert len(expected[1]) == count and expected[2] == (4, 9)


@pytest.mark.parametrize("plain_piece", [1, 2, 13, 14, 15, 100, 4096])
@pytest.mark.parametrize("compressed_piece", [1, 7, 64 * 1024])
def test_a_payload_split_anywhere_reads_the_same(
    plain_piece: int, compressed_piece: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The opening, a line, a multi-byte character (Arabic, an emoji) cut between pieces.
    rows = [good_row(n) for n in range(9)]
    rows[4][4][0][2] = rows[6][4][0][2] = "good"
    rows.append(["note", ROW, "body", {ME: clock(2)}, [[clock(2), ME, "تم الاتفاق 🕊 " * 40]]])
    data = sealed(lines_layout(rows, members(rows), per_line=3))
    expected = whole_outcome(data, monkeypatch)
    monkeypatch.setattr(bundle_module, "_PLAIN_PIECE", plain_piece)
    monkeypatch.setattr(bundle_module, "_COMPRESSED_PIECE", compressed_piece)
    assert streamed_outcome(data, monkeypatch) == expected
    assert len(expected[1]) == 10


def test_a_second_changes_member_reads_as_json_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # JSON keeps an object's last member of a name; read a line at a time, the first
    # would be kept. The bundle holds what reading it whole finds: the second list.
    first = [good_row(n) for n in range(4)]
    second = [good_row(n, "poor") for n in range(10, 13)]
    data = sealed(lines_layout(first, members(second, changes=second)))
    result = outcome(data)
    assert result == whole_outcome(data, monkeypatch)
    assert [e.state.siblings[0].value for e in result[1]] == ["poor"] * 3
    # Counted as the first list: refused, as read whole.
    data = sealed(lines_layout(first, members(first, changes=second)))
    assert outcome(data) == (
        "refused",
        "damaged",
        "the bundle is damaged or altered (change count does not match the header)",
    )


def _layouts() -> Iterator[tuple[str, bytes]]:
    rows = [good_row(n) for n in range(5)]
    about = members(rows)
    good = lines_layout(rows, about)
    yield "count too high", lines_layout(rows, members(rows, count=6))
    yield "count too low", lines_layout(rows, members(rows, count=4))
    yield "a comma before the bracket", good.replace(b"\n],", b",\n],")
    yield "no comma between lines", good.replace(b",\n", b"\n", 1)
    yield "two commas", good.replace(b",\n", b",,\n", 1)
    yield "an empty line", good.replace(b",\n", b",\n\n", 1)
    yield "a line of a comma", good.replace(b",\n", b",\n,\n", 1)
    yield "a line after the closing", good + b"\n" + b'"x":1}'
    yield "a newline at the end", good + b"\n"
    yield "a change after the closing", lines_layout([], members(rows[:1])) + b"\n" + _wire(rows[0]).encode()
    yield "spaces", good.replace(b",\n", b" , \n")
    yield "a NaN", good.replace(b'"good"', b"NaN", 1)
    yield "a clock out of range", lines_layout(rows, members(rows, hlc_max=clock(2)))
    yield "a malformed change", good.replace(b'"response"', b"7", 1)
    yield (
        "a malformed change and an unreadable header",
        lines_layout([*rows[:3], ["note"], *rows[3:]], members(rows, created="yesterday")),
    )
    yield "a malformed change and bad names", lines_layout([*rows, ["note"]], members(rows, names=[]))
    yield "broken JSON in a line", good.replace(b"]],", b"]]x,", 1)
    yield "broken JSON at the end", good[:-1]
    yield "a lone surrogate", good.replace(b'"good"', b'"\xed\xa0\x80"', 1)
    yield "not UTF-8", good.replace(b'"good"', b'"\xff"', 1)
    yield "a BOM", b"\xef\xbb\xbf" + good
    yield "the opening spaced", good.replace(b"[\n", b"[ \n", 1)
    yield "a bracket not closing", good.replace(b"\n],", b"\n]\n,", 1)
    yield (
        "members first",
        (
            "{"
            + _wire(about)[1:-1]
            + ',"changes":[\n'
            + _wire(rows[:2])[1:-1]
            + ",\n"
            + _wire(rows[2:])[1:-1]
            + "\n]}"
        ).encode(),
    )
    yield "the closing without members", good.split(b"\n],")[0] + b"\n]}"
    yield "an array, not an object", b"[\n" + good[1:]
    yield "the old layout", one_line(rows, about)
    yield "no changes", lines_layout([], members([]))
    yield "no changes, an empty line", b'{"changes":[\n\n],' + _wire(members([])).encode()[1:]


@pytest.mark.parametrize(("name", "plain"), list(_layouts()), ids=[name for name, _ in _layouts()])
def test_every_layout_reads_as_it_reads_whole(
    name: str, plain: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = sealed(plain)
    assert outcome(data) == whole_outcome(data, monkeypatch)


def test_a_damaged_stream_is_refused_as_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [good_row(n, "Réforme " * 200) for n in range(200)]
    plain = lines_layout(rows, members(rows), per_line=20)
    compressed = zlib.compress(plain)
    cases = {
        "truncated": compressed[:-100],
        "flipped": compressed[:-200] + bytes([compressed[-200] ^ 0x55]) + compressed[-199:],
        "data after the end": compressed + b"more",
        "two streams": compressed + compressed,
    }
    for name, damaged in cases.items():
        data = sealed(plain, damaged)
        result = outcome(data)
        assert result == whole_outcome(data, monkeypatch), name
        assert result[:2] == ("refused", "damaged"), name


_decompressobj = zlib.decompressobj


class _Spy:
    """``zlib.decompressobj``, remembering what its objects were asked for."""

    def __init__(self) -> None:
        self.asked: list[int] = []
        self.given: list[int] = []

    def __call__(self) -> Any:
        real = _decompressobj()
        spy = self

        class Decompressor:
            def decompress(self, data: bytes, max_length: int = 0) -> bytes:
                spy.asked.append(max_length)
                out = real.decompress(data, max_length)
                spy.given.append(len(out))
                return out

            def __getattr__(self, name: str) -> Any:
                return getattr(real, name)

        return Decompressor()


def test_a_bomb_is_refused_and_the_decompressor_never_asked_for_more_than_its_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bundle_module, "MAX_PLAIN_SIZE", 100_000)
    spy = _Spy()
    monkeypatch.setattr(bundle_module.zlib, "decompressobj", spy)
    opening = b'{"changes":[\n'
    for plain in (opening + b" " * (64 << 20), b"\x00" * (64 << 20)):  # read as lines, and whole
        spy.asked.clear()
        spy.given.clear()
        with pytest.raises(BundleError) as refused:
            decode_bundle(sealed(plain), key=KEY, rules=RULES)
        assert str(refused.value) == "the bundle is damaged or altered (too large to apply safely)"
        assert spy.asked and all(0 < asked <= bundle_module._PLAIN_PIECE for asked in spy.asked)
        assert sum(spy.given) <= 100_001


def test_neither_the_whole_text_nor_the_whole_tree_exists_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[int] = []
    real_loads = json.loads

    class Json:
        def __getattr__(self, name: str) -> Any:
            return getattr(json, name)

        def loads(self, text: Any, **kwargs: Any) -> Any:
            parsed.append(len(text))
            return real_loads(text, **kwargs)

    monkeypatch.setattr(bundle_module, "json", Json())
    spy = _Spy()
    monkeypatch.setattr(bundle_module.zlib, "decompressobj", spy)
    decoded = decode_bundle(encode_bundle(entries(3000), device=ME, key=KEY), key=KEY, rules=RULES)
    assert len(decoded.changes) == 3000
    # Each batch of 500 changes, then the other members (the plain header is parsed by
    # sync.bundle): no text parsed (nor any tree built) holds more than one batch; the
    # payload came in bounded pieces.
    assert len(parsed) == 6 + 1
    assert max(parsed) < sum(spy.given) / 5
    assert all(0 < asked <= bundle_module._PLAIN_PIECE for asked in spy.asked)


def test_the_bar_moves_as_the_bundle_decompresses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_module, "_COMPRESSED_PIECE", 256)
    monkeypatch.setattr(ChangeWriter, "_BATCH", 20)
    shares: list[float] = []
    decoded = decode_bundle(
        encode_bundle(entries(2000), device=ME, key=KEY), key=KEY, rules=RULES, progress=shares.append
    )
    assert decoded.checked is not None and len(decoded.changes) == 2000
    # The merge's checking share, forward only: the merge goes on from where it ends.
    assert len(shares) >= 10 and shares == sorted(set(shares))
    assert shares[0] > 0 and shares[-1] <= merge._CHECKED


def test_strings_a_bundle_repeats_are_held_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A write's device and clock, a row's id, the table and field names, and the vector of
    # a field seen by its one version's write: one object each, however many changes.
    rows = [
        ["note", ROW, name, {ME: clock(1)}, [[clock(1), ME, "x"]]]
        for name in ("target_kind", "body", "author_device")
    ]
    decoded = decode_bundle(sealed(lines_layout(rows, members(rows), per_line=1)), key=KEY, rules=RULES)
    first, *others = decoded.changes
    for entry in others:
        assert entry.row_id is first.row_id and entry.table is first.table
        assert entry.state.ctx is first.state.ctx
        assert entry.state.siblings[0].hlc is first.state.siblings[0].hlc
        assert entry.state.siblings[0].device is first.state.siblings[0].device
    assert first.state.ctx == {ME: clock(1)}
