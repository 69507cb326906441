"""Sync bundles: round trip, and every damaged, partial, foreign or newer file refused whole."""

from __future__ import annotations

import json
import struct
import uuid
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldguide.sync import bundle_payload
from fieldguide.sync.bundle import (
    FORMAT_VERSION,
    MAGIC,
    BundleError,
    Entry,
    decode_bundle,
    read_header,
)
from fieldguide.sync.bundle_writing import encode_bundle, seal
from fieldguide.sync.hlc import format_hlc
from fieldguide.sync.state import FieldState, Sibling
from fieldguide.sync.teamkey import TeamKey

DEVICE = "7d0c1a6e-2b1f-4c55-9d0e-6f2a1b3c4d5e"
OTHER_DEVICE = "0b9e6c0a-97a4-4a3e-8f0c-5b5d1f0e2a11"
KEY = TeamKey(bytes(range(32)))
OTHER_KEY = TeamKey(bytes(range(1, 33)))
NOW = 1_700_000_000_000


def hlc(offset: int, logical: int = 0) -> str:
    return format_hlc(NOW + offset, logical)


def Change(table: str, row_id: str, field: str, value: Any, clock: str, device: str) -> Entry:
    """One field whose state holds one version, the shape of most bundle entries."""
    return Entry(table, row_id, field, FieldState({device: clock}, (Sibling(clock, device, value),)))


def sample_changes() -> list[Entry]:
    row = "5a0a5f0e-8f7c-4b0e-9c1e-2d3f4a5b6c7d"
    return [
        Change(
            "note", row, "body", "Réforme du secteur de la sécurité : appropriation nationale", hlc(0), DEVICE
        ),
        Change("note", row, "title", "إصلاح قطاع الأمن — الملكية الوطنية", hlc(1), DEVICE),
        Change(
            "response",
            "b1c2d3e4-0000-4000-8000-000000000001",
            "evidence",
            {"pages": [1, 2.5, -3], "ok": True, "none": None, "big": 2**70, "mot": "État"},
            hlc(2, 5),
            OTHER_DEVICE,
        ),
        Entry(
            "action",
            "c0ffee00-0000-4000-8000-000000000003",
            "deleted",
            FieldState(
                {DEVICE: hlc(4), OTHER_DEVICE: hlc(3)},
                (Sibling(hlc(3), OTHER_DEVICE, False), Sibling(hlc(4), DEVICE, True, {DEVICE: hlc(2)})),
            ),
        ),
        Change("action", "c0ffee00-0000-4000-8000-000000000002", "deleted", True, hlc(3), DEVICE),
    ]


@pytest.fixture(scope="module")
def small() -> bytes:
    return encode_bundle(sample_changes()[:2], device=DEVICE, key=KEY)


def reframe(data: bytes, edit: Callable[[dict[str, Any]], None]) -> bytes:
    """Rewrite the plain header with valid CRCs, as someone editing the file on purpose would."""
    (size,) = struct.unpack_from(">I", data, 6)
    header = json.loads(data[14 : 14 + size])
    edit(header)
    new = json.dumps(header).encode()
    prefix = MAGIC + struct.pack(">I", len(new))
    return (
        prefix
        + struct.pack(">I", zlib.crc32(prefix))
        + new
        + struct.pack(">I", zlib.crc32(new))
        + data[18 + size :]
    )


def kind_of(data: bytes, key: TeamKey = KEY) -> str:
    with pytest.raises(BundleError) as caught:
        decode_bundle(data, key=key)
    assert "\n" not in str(caught.value)
    return caught.value.kind


def test_round_trip_keeps_every_change_and_its_order() -> None:
    changes = sample_changes()
    data = encode_bundle(changes, device=DEVICE, key=KEY)
    decoded = decode_bundle(data, key=KEY)
    assert list(decoded.changes) == changes
    assert decoded.changes[1].state.siblings[0].value == "إصلاح قطاع الأمن — الملكية الوطنية"
    assert decoded.changes[2].state.siblings[0].value["big"] == 2**70
    assert decoded.changes[3].state.siblings[1].knows == {DEVICE: hlc(2)}
    header = decoded.header
    assert header.format == FORMAT_VERSION
    assert header.device == DEVICE
    assert header.count == 5
    assert (header.hlc_min, header.hlc_max) == (hlc(0), hlc(4))
    assert header.key_id == KEY.key_id
    assert uuid.UUID(header.bundle_id).version == 4
    assert header.created.tzinfo is not None


def test_acknowledgements_and_names_travel_inside_the_encryption() -> None:
    data = encode_bundle(
        sample_changes(),
        device=DEVICE,
        key=KEY,
        seq_range=(3, 9),
        acks={OTHER_DEVICE: 41},
        names={DEVICE: (hlc(0), "Amina's laptop")},
    )
    decoded = decode_bundle(data, key=KEY)
    assert decoded.seq_range == (3, 9)
    assert decoded.acks == {OTHER_DEVICE: 41}
    assert decoded.names == {DEVICE: (hlc(0), "Amina's laptop")}
    assert b"Amina" not in data


def test_header_is_readable_without_the_key_and_holds_only_what_picks_the_key() -> None:
    sealed = (b"\x01" * 80, b"\x02" * 80)
    data = encode_bundle(sample_changes(), device=DEVICE, key=KEY, seals=sealed)
    assert data.startswith(MAGIC)
    header = read_header(data)
    decoded = decode_bundle(data, key=KEY)
    assert (header.bundle_id, header.key_id, header.seals) == (decoded.header.bundle_id, KEY.key_id, sealed)
    (size,) = struct.unpack_from(">I", data, 6)
    assert sorted(json.loads(data[14 : 14 + size])) == [
        "bundle_id",
        "format",
        "key_id",
        "payload_size",
        "seals",
    ]
    # No device id, no edit time, no count, no content in plain sight.
    for secret in ("sécurité", "الملكية", "evidence", "body", DEVICE, OTHER_DEVICE, str(NOW)[:8], "2026"):
        assert secret.encode() not in data


def test_each_bundle_is_unique() -> None:
    a = encode_bundle(sample_changes(), device=DEVICE, key=KEY)
    b = encode_bundle(sample_changes(), device=DEVICE, key=KEY)
    assert read_header(a).bundle_id != read_header(b).bundle_id
    assert a[-64:] != b[-64:]


def test_empty_bundle_round_trips() -> None:
    decoded = decode_bundle(encode_bundle([], device=DEVICE, key=KEY), key=KEY)
    assert decoded.changes == ()
    assert (decoded.header.count, decoded.header.hlc_min, decoded.header.hlc_max) == (0, None, None)


def test_every_single_byte_flip_is_refused(small: bytes) -> None:
    for position in range(len(small)):
        for mask in (0x01, 0x80, 0xFF):
            altered = bytearray(small)
            altered[position] ^= mask
            kind = kind_of(bytes(altered))
            # A changed magic number makes it someone else's file; anything else is damage,
            # never "truncated", so a transport does not wait forever for it to finish.
            assert kind == ("foreign" if position < len(MAGIC) else "damaged"), (position, mask)


def test_every_truncation_is_refused_as_truncated(small: bytes) -> None:
    for length in range(len(small)):
        assert kind_of(small[:length]) == "truncated", length
        with pytest.raises(BundleError):
            read_header(small[:length])


def test_extra_bytes_at_the_end_are_damage(small: bytes) -> None:
    assert kind_of(small + b"\x00") == "damaged"


def test_editing_the_header_is_detected_even_with_valid_checksums(small: bytes) -> None:
    def add_a_seal(header: dict[str, Any]) -> None:
        header["seals"] = ["AAAA"]

    edited = reframe(small, add_a_seal)
    assert read_header(edited).seals == (b"\x00\x00\x00",)  # the plain part still parses...
    assert kind_of(edited) == "damaged"  # ...but the key proves it was altered


def test_wrong_key_is_refused(small: bytes) -> None:
    assert kind_of(small, OTHER_KEY) == "wrong-key"
    with pytest.raises(BundleError, match="another team key"):
        decode_bundle(small, key=OTHER_KEY)


def test_newer_format_is_refused_by_reader_and_decoder(small: bytes) -> None:
    def newer(header: dict[str, Any]) -> None:
        header["format"] = FORMAT_VERSION + 1

    def newer_and_different(header: dict[str, Any]) -> None:
        header.clear()
        header["format"] = FORMAT_VERSION + 1
        header["layout"] = "something else entirely"

    for edit in (newer, newer_and_different):
        data = reframe(small, edit)
        assert kind_of(data) == "newer"
        with pytest.raises(BundleError, match="newer version of Field Guide; update") as caught:
            read_header(data)
        assert caught.value.kind == "newer"


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04\x14\x00\x00\x00",
        b"Field Guide notes\n",
        b"\x00" * 100,
        b"FGSYNX" + b"\x00" * 40,
    ],
)
def test_other_files_are_foreign(data: bytes) -> None:
    assert kind_of(data) == "foreign"
    with pytest.raises(BundleError, match="not a Field Guide sync bundle"):
        read_header(data)


def test_a_file_still_being_copied_is_truncated() -> None:
    assert kind_of(b"") == "truncated"
    assert kind_of(b"FGS") == "truncated"


def _seal_raw(plain: bytes, **overrides: Any) -> bytes:
    """A correctly encrypted bundle whose writer lied: only a key holder can make one."""
    compressed = zlib.compress(plain)
    header: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "bundle_id": str(uuid.uuid4()),
        "key_id": KEY.key_id,
        "seals": [],
        "payload_size": 64 + len(compressed) + 16,
    }
    header.update(overrides)
    return seal(header, compressed, KEY)


def _row(hlc_value: str = hlc(0), value: str = "1") -> str:
    return f'["note","r","body",{{"{DEVICE}":"{hlc(0)}"}},[["{hlc_value}","{DEVICE}",{value}]]]'


def _plain(*rows: str, count: int = 1) -> bytes:
    about = f'"device":"{DEVICE}","created":"2025-01-01T00:00:00Z","count":{count},'
    about += f'"hlc_min":"{hlc(0)}","hlc_max":"{hlc(0)}",'
    return ("{" + about + '"changes":[' + ",".join(rows) + '],"range":[1,1],"acks":{},"names":{}}').encode()


def test_well_formed_raw_bundle_decodes() -> None:
    # Guards the tests below: their bundles differ from this one only in the lie they tell.
    assert len(decode_bundle(_seal_raw(_plain(_row())), key=KEY).changes) == 1


def test_decompression_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # 64 MiB of zeros compresses to about 64 KiB; decompression stops at the cap.
    monkeypatch.setattr(bundle_payload, "MAX_PLAIN_SIZE", 1000)
    bomb = _seal_raw(b"\x00" * (64 * 1024 * 1024))
    assert kind_of(bomb) == "damaged"


def test_sizes_over_the_caps_are_refused_before_anything_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    data = encode_bundle(sample_changes(), device=DEVICE, key=KEY)
    monkeypatch.setattr(bundle_payload, "MAX_PLAIN_SIZE", 100)
    assert kind_of(data) == "damaged"
    monkeypatch.undo()
    monkeypatch.setattr(bundle_payload, "MAX_CHANGES", 3)
    assert kind_of(data) == "damaged"


@pytest.mark.parametrize(
    ("plain", "overrides"),
    [
        (_plain(_row(), _row()).decode(), {}),  # more changes than the header says
        (_plain(_row(hlc(5))).decode(), {}),  # a clock outside the header's range
        (_plain(_row(value="NaN")).decode(), {}),  # not JSON
        (_plain(_row(hlc_value="yesterday")).decode(), {}),
        (_plain('["note","r","body"]').decode(), {}),
        (_plain(count=1).decode(), {}),  # fewer changes than it says
        ('{"changes": []}', {}),  # nothing about the bundle itself
        (f"[{_row()}]", {}),  # the payload of format 1
        ("[[[[[[", {}),
    ],
)
def test_inconsistent_contents_are_refused(plain: str, overrides: dict[str, Any]) -> None:
    assert kind_of(_seal_raw(plain.encode(), **overrides)) == "damaged"


@pytest.mark.parametrize(
    "change",
    [
        Change("note", "r", "body", (1, 2), hlc(0), DEVICE),  # a tuple would come back a list
        Change("note", "r", "body", {1: "x"}, hlc(0), DEVICE),  # an int key would come back a str
        Change("note", "r", "body", float("nan"), hlc(0), DEVICE),
        Change("note", "r", "body", b"bytes", hlc(0), DEVICE),  # type: ignore[arg-type]
        Change("note", "r", "body", "\ud800", hlc(0), DEVICE),
        Change("note", "r", "body", "x", "not a clock", DEVICE),
        Change("note", "", "body", "x", hlc(0), DEVICE),
        Change("note", "r", "body", "x", hlc(0), ""),
    ],
)
def test_changes_that_would_not_round_trip_are_refused_when_encoding(change: Entry) -> None:
    with pytest.raises(ValueError):
        encode_bundle([change], device=DEVICE, key=KEY)


def test_sending_device_must_be_given() -> None:
    with pytest.raises(ValueError):
        encode_bundle(sample_changes(), device="", key=KEY)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
clocks = st.builds(format_hlc, st.integers(0, 9_999_999_999_999), st.integers(0, 999_999))
names = st.text(min_size=1, max_size=40)
change_strategy = st.builds(
    Change, table=names, row_id=names, field=names, value=json_values, clock=clocks, device=names
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(change_strategy, max_size=20), device=names)
def test_round_trip_property(changes: list[Entry], device: str) -> None:
    data = encode_bundle(changes, device=device, key=KEY)
    decoded = decode_bundle(data, key=KEY)
    assert list(decoded.changes) == changes
    assert decoded.header.device == device
    assert decoded.header.count == len(changes)
    if changes:
        assert decoded.header.hlc_min == min(c.state.siblings[0].hlc for c in changes)
        assert decoded.header.hlc_max == max(c.state.siblings[0].hlc for c in changes)


def test_deeply_nested_header_is_damage_not_a_crash() -> None:
    nested = b"[" * 60_000
    prefix = MAGIC + struct.pack(">I", len(nested))
    data = prefix + struct.pack(">I", zlib.crc32(prefix)) + nested + struct.pack(">I", zlib.crc32(nested))
    assert kind_of(data) == "damaged"
