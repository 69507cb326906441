"""A received bundle is read in one pass (``sync.intake``) that decides what the former four did.

The former per-change code stays (``check_entry``, ``carried_leaves``, grouping by row in
``merge_changes``) and is the oracle: on bundles mixing good changes with every kind of
bad one, the pass must refuse the same first change with the same message and kind, give
the same leaves in the same order and the same rows in the same order. And the order of
refusals holds: a damaged bundle is refused as damaged even when an earlier change is
invalid, and a bundle whose signatures fail is refused for them before its invalid value.
"""

from __future__ import annotations

import json
import uuid
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldguide.sync.bundle import FORMAT_VERSION, BundleError, decode_bundle
from fieldguide.sync.bundle_writing import seal
from fieldguide.sync.hlc import format_hlc
from fieldguide.sync.merge import Entry, MergeError, check_entry
from fieldguide.sync.service import SyncError
from fieldguide.sync.signing import LEAF_SIZE, carried_leaves, split_leaves
from fieldguide.sync.state import FieldState, Sibling
from fieldguide.sync.teamkey import TeamKey
from fieldguide.sync.validate import PURGEABLE, Vocabulary, rules_for
from tests.test_sync_support import crafted_bundle, database_content, devices

KEY = TeamKey(bytes(range(32)))
ME = "7d0c1a6e-2b1f-4c55-9d0e-6f2a1b3c4d5e"
YOU = "0b9e6c0a-97a4-4a3e-8f0c-5b5d1f0e2a11"
RULES = rules_for(Vocabulary(("good", "poor"), ("internal",), ("high",), ("draft", "final")))
ROWS = ("5a0a5f0e-8f7c-4b0e-9c1e-2d3f4a5b6c7d", "b1c2d3e4-0000-4000-8000-000000000001", "not-an-id")
NOW = 1_700_000_000_000

# (table, field, a value its rule accepts, one it refuses)
FIELDS = [
    ("assessment", "title", "Vetting commission", ""),
    ("assessment", "status", "draft", "burnt"),
    ("response", "status", "good", "excellent"),
    ("response", "note", "Met the commander. تم الاتفاق", 7),
    ("note", "body", 'Quotes " and \\ and \u2028', None),
    ("action", "done", True, "yes"),
    ("action", "deleted", False, "no"),
    ("assessment", "assessors", ["Amina", "Brian"], [""]),
]

# How a change can be wrong without being malformed: what ``check_entry`` refuses. Most
# changes are fine, so that a bundle's first flaw is often far into it.
FLAWS = ["none"] * 12 + ["value", "table", "field", "unseen", "knows", "row"]


def clock(offset: int) -> str:
    return format_hlc(NOW + offset, 0)


@st.composite
def change(draw: st.DrawFn) -> list[Any]:
    table, name, good, bad = draw(st.sampled_from(FIELDS))
    flaw = draw(st.sampled_from(FLAWS))
    row = draw(st.sampled_from(ROWS[:2] if flaw != "row" else ROWS))
    offset = draw(st.integers(0, 5))
    versions: list[list[Any]] = [[clock(offset), ME, bad if flaw == "value" else good]]
    ctx = {ME: clock(offset)}
    if draw(st.booleans()):  # a second, concurrent version from another device
        versions.append([clock(offset + 1), YOU, good])
        ctx[YOU] = clock(offset + 1)
    if flaw == "table":
        table = "vote"
    elif flaw == "field":
        name = "colour"
    elif flaw == "unseen":
        ctx = {ME: clock(offset - 1)}
    elif flaw == "knows":
        # ``knows`` on a value that is neither a delete nor a purge: on a delete's False, on
        # a purgeable text's True, on any other field's value.
        if name == "deleted":
            versions[0][2] = False
        elif (table, name) in PURGEABLE:
            versions[0][2] = True
        versions[0].append({ME: clock(0)})
    elif draw(st.booleans()) and (name == "deleted" or (table, name) in PURGEABLE):
        # Allowed: a delete's knowledge (value True), a purge's (a text).
        versions[0][2] = True if name == "deleted" else "Removed"
        versions[0].append({ME: clock(0)})
    return [table, row, name, ctx, versions]


def sealed(changes: list[list[Any]]) -> bytes:
    """A correctly encrypted bundle holding exactly ``changes``, as a key holder could make."""
    clocks = [v[0] for c in changes for v in c[4]]
    payload = {
        "device": ME,
        "created": "2025-01-01T00:00:00Z",
        "count": len(changes),
        "hlc_min": min(clocks, default=None),
        "hlc_max": max(clocks, default=None),
        "changes": changes,
        "range": [1, 1],
        "acks": {},
        "names": {},
    }
    compressed = zlib.compress(json.dumps(payload, ensure_ascii=False).encode())
    header = {
        "format": FORMAT_VERSION,
        "bundle_id": str(uuid.uuid4()),
        "key_id": KEY.key_id,
        "seals": [],
        "payload_size": 64 + len(compressed) + 16,
    }
    return seal(header, compressed, KEY)


def former_refusal(entries: tuple[Entry, ...]) -> MergeError | None:
    """What ``merge_changes``' first loop raised for these entries."""
    for entry in entries:
        try:
            check_entry(entry, RULES)
        except MergeError as error:
            return error
    return None


def former_rows(entries: tuple[Entry, ...]) -> list[tuple[tuple[str, str], list[Entry]]]:
    """The rows in order, each row's entries in field order (a stable sort)."""
    ordered = sorted(entries, key=lambda e: (e.table, e.row_id, e.field))
    rows: dict[tuple[str, str], list[Entry]] = {}
    for entry in ordered:
        rows.setdefault((entry.table, entry.row_id), []).append(entry)
    return list(rows.items())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(change(), min_size=1, max_size=12))
def test_the_one_pass_decides_what_the_former_checks_decided(changes: list[list[Any]]) -> None:
    data = sealed(changes)
    decoded = decode_bundle(data, key=KEY, rules=RULES)
    checked = decoded.checked
    assert checked is not None and checked.count == len(changes)
    expected = former_refusal(decoded.changes)
    if expected is None:
        assert checked.refusal is None
    else:
        assert checked.refusal is not None
        assert (str(checked.refusal), checked.refusal.kind, checked.refusal.what) == (
            str(expected),
            expected.kind,
            expected.what,
        )
    assert list(checked.rows_of.items()) == former_rows(decoded.changes)
    carried = decoded.carried
    assert carried is not None
    # Each write's leaves one after another, a leaf for each version carried.
    assert [(dot, set(split_leaves(bytes(leaves)))) for dot, leaves in carried.items()] == list(
        carried_leaves(decoded.changes).items()
    )
    assert sum(len(leaves) for leaves in carried.values()) == LEAF_SIZE * sum(
        len(entry.state.siblings) for entry in decoded.changes
    )
    # Without rules, nothing is checked and the changes are the same.
    plain = decode_bundle(data, key=KEY)
    assert plain.checked is None and plain.changes == decoded.changes


def test_the_first_refused_change_is_the_one_reported() -> None:
    good = ["assessment", ROWS[0], "title", {ME: clock(0)}, [[clock(0), ME, "Fine"]]]
    invalid_id = ["assessment", "r", "title", {ME: clock(1)}, [[clock(1), ME, "Fine"]]]
    unknown = ["vote", ROWS[1], "body", {ME: clock(2)}, [[clock(2), ME, "x"]]]
    unseen = ["note", ROWS[1], "body", {ME: clock(0)}, [[clock(2), ME, "x"]]]
    refusal = decode_bundle(sealed([good, unknown, invalid_id]), key=KEY, rules=RULES).checked
    assert refusal is not None and refusal.refusal is not None
    assert refusal.refusal.kind == "newer" and "(vote)" in str(refusal.refusal)
    refusal = decode_bundle(sealed([good, invalid_id, unknown]), key=KEY, rules=RULES).checked
    assert refusal is not None and refusal.refusal is not None
    assert refusal.refusal.kind == "invalid" and refusal.refusal.what == "assessment id"
    refusal = decode_bundle(sealed([unseen, unknown]), key=KEY, rules=RULES).checked
    assert refusal is not None and refusal.refusal is not None
    assert str(refusal.refusal) == "the bundle is damaged or altered (malformed change)"
    assert refusal.refusal.kind == "damaged"


def test_a_damaged_change_after_an_invalid_one_refuses_the_bundle_as_damaged() -> None:
    invalid = ["assessment", ROWS[0], "status", {ME: clock(0)}, [[clock(0), ME, "burnt"]]]
    for malformed in (
        ["assessment", ROWS[0], "title", {ME: clock(0)}, [[clock(0), 5, "x"]]],  # a device id: a number
        ["assessment", ROWS[0], "title", {ME: "yesterday"}, [[clock(0), ME, "x"]]],  # a vector's clock
        ["assessment", ROWS[0], "title", {ME: clock(0)}, [[clock(0), ME]]],  # a version without value
        ["assessment", 7, "title", {ME: clock(0)}, [[clock(0), ME, "x"]]],  # a row id that is a number
        ["vote", ROWS[0], "", {ME: clock(0)}, [[clock(0), ME, "x"]]],  # an empty field name
    ):
        data = sealed([invalid, malformed])
        with pytest.raises(BundleError) as raised:
            decode_bundle(data, key=KEY, rules=RULES)
        assert raised.value.kind == "damaged" and "malformed change" in str(raised.value)


def test_an_invalid_value_with_a_forged_signature_is_refused_for_its_signature(
    _template_profile: Path, tmp_path: Path
) -> None:
    with devices(_template_profile, tmp_path, 3) as (amina, brian, chloe):
        _refused_for_signature_then_value(amina, brian, chloe, tmp_path)


def _refused_for_signature_then_value(amina: Any, brian: Any, chloe: Any, tmp_path: Path) -> None:
    hlc = amina.recorder.clock.tick()
    invalid = Entry(
        "assessment",
        ROWS[0],
        "status",
        FieldState({amina.device_id: hlc}, (Sibling(hlc, amina.device_id, "burnt"),)),
    )
    before = database_content(brian)
    forged = tmp_path / "forged.fgsync"
    forged.write_bytes(crafted_bundle(amina, [invalid], signer=chloe.sync.device_keys()))
    with pytest.raises(SyncError) as raised:
        brian.sync.apply_file(forged)
    assert raised.value.kind == "signature" and "is not signed by that device's key" in str(raised.value)
    honest = tmp_path / "honest.fgsync"
    honest.write_bytes(crafted_bundle(amina, [invalid]))
    with pytest.raises(SyncError) as raised:
        brian.sync.apply_file(honest)
    assert raised.value.kind == "invalid"
    assert "carries an invalid value (assessment.status)" in str(raised.value)
    assert database_content(brian) == before


def test_the_bar_moves_while_a_large_bundle_is_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldguide.sync import merge

    monkeypatch.setattr(merge, "_REPORT_EVERY", 50)  # this bundle stands for a year's
    changes = [
        ["response", str(uuid.UUID(int=n)), "status", {ME: clock(0)}, [[clock(0), ME, "good"]]]
        for n in range(400)
    ]
    shares: list[float] = []
    decoded = decode_bundle(sealed(changes), key=KEY, rules=RULES, progress=shares.append)
    assert decoded.checked is not None and decoded.checked.refusal is None
    # The merge's checking share, forward only: the merge goes on from where it ends.
    assert len(shares) >= 4 and shares == sorted(set(shares))
    assert shares[0] > 0 and shares[-1] <= 0.15
