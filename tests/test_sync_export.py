"""Export streams the stored states (``sync.collect``): it sends exactly what the rules say.

The reference below is the export as it was written before it streamed: every field the
change log names after the mark, in log order, read through the ORM as a ``FieldState``;
fields whose state has seen nothing skipped; fields holding another device's version no
one can prove left out; this device's unsigned writes signed over all their versions;
each write sent with its signature and the leaves of its versions not carried. The
history holds three writers, a conflict, a delete, a delete conflict, a purged text,
changes relayed from one teammate to another, an unprovable version and an unsigned
one of the sender's own; each export (everything, a partial range for one device, a
batch cut at a limit) is decoded and compared with the reference, change by change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fieldguide.app import App
from fieldguide.db.models import SYNCED_MODELS, WHOLE_ROW, ChangeLog, SyncSignature
from fieldguide.sync.bundle import DecodedBundle, decode_bundle
from fieldguide.sync.exchange import ACK_META, set_meta
from fieldguide.sync.merge import Entry
from fieldguide.sync.rows import state_of
from fieldguide.sync.service import SyncError
from fieldguide.sync.signing import carried_leaves, leaf, leaf_of, split_leaves
from fieldguide.sync.state import Sibling
from tests.test_sync_support import database_content, devices, exported

CHECKLIST = "ssr-national-ownership-tips"


@pytest.fixture
def team(_template_profile: Path, tmp_path: Path) -> Iterator[list[App]]:
    with devices(_template_profile, tmp_path, 3) as apps:
        yield apps


def _history(team: list[App], tmp_path: Path) -> dict[str, Any]:
    """Three laptops' work, as Amina holds it; returns the dots made unprovable/unsigned."""
    amina, brian, carla = team
    items = [item.id for item in amina.catalog.checklist(CHECKLIST).items[:4]]
    kept = amina.assessments.create([CHECKLIST], "Vetting commission, Bangui")
    for index, item in enumerate(items):
        amina.assessments.answer(kept, item, status="applied", note=f'Witness W-{index}, sécurité "quoted"')
    amina.assessments.add_action(kept, "Call the ministry", item_id=items[0], owner="Amina", due="2026-03-01")
    contested = amina.assessments.create([CHECKLIST], "Border crossing الأمن")
    amina.assessments.answer(contested, items[1], note="first look")
    early = exported(amina, tmp_path / "early.fgsync", everything=True)
    brian.sync.apply_file(early)
    carla.sync.apply_file(early)
    # Concurrent work: a conflict on the title, a delete Brian's edit did not see.
    amina.assessments.update(kept, title="Vetting commission (Amina)")
    brian.assessments.update(kept, title="Vetting commission (Brian)")
    amina.assessments.delete(contested)
    brian.assessments.answer(contested, items[1], note="Brian's witness kept on")
    brian.assessments.answer(kept, items[2], note="Brian adds a ministry source")
    later = brian.assessments.create([CHECKLIST], "Brian's checkpoint survey")
    brian.assessments.answer(later, items[0], note="checkpoint survey")
    carla.assessments.answer(kept, items[3], status="not-applied", note="Carla's view from the north")
    amina.sync.apply_file(exported(brian, tmp_path / "brian.fgsync", everything=True))
    amina.sync.apply_file(exported(carla, tmp_path / "carla.fgsync", everything=True))
    amina.purge.purge("answer-note", kept, items[0], replacement="[removed]")
    for round_ in range(3):  # autosaves after the relay: the log names the field again
        amina.assessments.answer(kept, items[1], note=f"Witness W-1 again, round {round_}")
    binned = amina.assessments.create([CHECKLIST], "Old checkpoint visit")
    amina.assessments.delete(binned)
    # One of Brian's writes loses its proof here (as a version from before changes were
    # signed), and one of Amina's own: the first stays behind, the second is signed now.
    from fieldguide.db.models import Assessment

    with amina.db.write() as session:
        brian_version = state_of(session.get(Assessment, later), "title").siblings[0]
        amina_version = state_of(session.get(Assessment, binned), "deleted").siblings[0]
        assert brian_version.device == brian.device_id and amina_version.device == amina.device_id
        for version in (brian_version, amina_version):
            session.execute(
                SyncSignature.__table__.delete().where(  # type: ignore[attr-defined]
                    SyncSignature.device == version.device, SyncSignature.hlc == version.hlc
                )
            )
    return {
        "unprovable": (brian_version.device, brian_version.hlc),
        "unsigned": (amina.device_id, amina_version.hlc),
    }


def _logged(app: App, after: int, limit: int | None) -> tuple[list[tuple[str, str, str]], int]:
    """The fields the log names after ``after`` in log order (the first ``limit``), and the
    last seq covered: the reference's reading of the log, through the ORM."""
    fields: dict[tuple[str, str, str], None] = {}
    last = after
    with app.db.read() as session:
        for entry in session.scalars(select(ChangeLog).where(ChangeLog.seq > after).order_by(ChangeLog.seq)):
            if entry.table_name in SYNCED_MODELS:
                # A row received whole names every synced field of its table, never split.
                model = SYNCED_MODELS[entry.table_name]
                named = model.SYNCED_FIELDS if entry.field == WHOLE_ROW else (entry.field,)
                keys = [k for n in named if (k := (entry.table_name, entry.row_id, n)) not in fields]
                if limit is not None and keys and fields and len(fields) + len(keys) > limit:
                    break
                fields.update(dict.fromkeys(keys))
            last = entry.seq
    return list(fields), last


def _reference(app: App, after: int, limit: int | None = None) -> dict[str, Any]:
    """What the export sends, by the rules (read after the export: late proofs included)."""
    fields, last = _logged(app, after, limit)
    entries: list[Entry] = []
    with app.db.read() as session:
        for table, row_id, name in fields:
            row = session.get(SYNCED_MODELS[table], row_id)
            state = state_of(row, name) if row is not None else None
            if state is not None and state.ctx:
                entries.append(Entry(table, row_id, name, state))
        proofs = {
            (row.device, row.hlc): (row.signature, row.leaves)
            for row in session.scalars(select(SyncSignature))
        }
    kept = [e for e in entries if all((s.device, s.hlc) in proofs for s in e.state.siblings)]
    carried = carried_leaves(kept)
    hlcs = [s.hlc for e in kept for s in e.state.siblings]
    return {
        "changes": sorted((e.table, e.row_id, e.field, e.state.as_json()) for e in kept),
        "left out": [e for e in entries if e not in kept],
        "writes": {
            dot: (proofs[dot][0], sorted(x for x in split_leaves(proofs[dot][1]) if x not in leaves))
            for dot, leaves in carried.items()
        },
        "devices": {app.device_id} | {device for device, _hlc in carried},
        "range": (after + 1, last),
        "hlc": (min(hlcs), max(hlcs)) if hlcs else (None, None),
        "carried": carried,
    }


def _sent(bundle: DecodedBundle) -> dict[str, Any]:
    return {
        # In no particular order (receivers sort them).
        "changes": sorted((e.table, e.row_id, e.field, e.state.as_json()) for e in bundle.changes),
        "writes": {
            dot: (signature, sorted(others)) for dot, (signature, others) in bundle.signed.writes.items()
        },
        "devices": set(bundle.signed.ids),
        "range": bundle.seq_range,
        "hlc": (bundle.header.hlc_min, bundle.header.hlc_max),
    }


def _decode(app: App, path: Path) -> DecodedBundle:
    key = app.sync.writing_key()
    assert key is not None
    return decode_bundle(path.read_bytes(), key=key)


def _same(sent: dict[str, Any], expected: dict[str, Any]) -> None:
    for part in ("changes", "writes", "devices", "range", "hlc"):
        assert sent[part] == expected[part], part


def test_an_export_of_everything_sends_what_the_rules_say(team: list[App], tmp_path: Path) -> None:
    amina, _brian, carla = team
    made = _history(team, tmp_path)
    bundle = _decode(amina, exported(amina, tmp_path / "all.fgsync", everything=True))
    expected = _reference(amina, 0)
    _same(_sent(bundle), expected)
    assert bundle.header.count == len(expected["changes"])
    # The fields holding Brian's unprovable version stay behind; nothing else does.
    assert expected["left out"]
    assert all(
        made["unprovable"] in {(s.device, s.hlc) for s in e.state.siblings} for e in expected["left out"]
    )
    # Amina's own unsigned write was signed over every version it wrote.
    with amina.db.read() as session:
        proof = session.get(SyncSignature, made["unsigned"])
    assert proof is not None
    assert set(split_leaves(proof.leaves)) == expected["carried"][made["unsigned"]]
    # Each conflict's versions, the delete's knowledge and the purge's travel as stored.
    assert any(len(state["s"]) > 1 for *_key, state in expected["changes"])
    assert any(len(s) == 4 for *_key, state in expected["changes"] for s in state["s"])
    # And a teammate applies it.
    result = carla.sync.apply_file(tmp_path / "all.fgsync")
    assert result.changes == len(expected["changes"])


def test_a_partial_export_for_one_teammate_sends_what_the_rules_say(team: list[App], tmp_path: Path) -> None:
    amina, _brian, carla = team
    _history(team, tmp_path)
    with amina.db.read() as session:
        (top,) = session.connection().exec_driver_sql("SELECT max(seq) FROM change_log").one()
    mark = top * 2 // 3
    with amina.db.write() as session:
        set_meta(session, ACK_META + carla.device_id, str(mark))
    bundle = _decode(amina, exported(amina, tmp_path / "part.fgsync", for_device=carla.device_id))
    expected = _reference(amina, mark)
    _same(_sent(bundle), expected)
    # Relayed or overwritten since: some writes are carried in part, with their other leaves.
    assert any(others for _signature, others in expected["writes"].values())


def test_writes_carried_in_part_are_hashed_a_few_at_a_time_and_sent_as_the_rules_say(
    team: list[App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldguide.sync import collect

    # Each write found again on its own (a real profile has many carried in part).
    monkeypatch.setattr(collect, "_HASHED_AT_ONCE", 1)
    amina, _brian, carla = team
    _history(team, tmp_path)
    bundle = _decode(amina, exported(amina, tmp_path / "all.fgsync", everything=True))
    expected = _reference(amina, 0)
    assert sum(1 for _signature, others in expected["writes"].values() if others) > 1
    _same(_sent(bundle), expected)
    assert carla.sync.apply_file(tmp_path / "all.fgsync").changes == len(expected["changes"])


@pytest.mark.parametrize("limit", [1, 7, 40, 10_000])
def test_a_batch_cut_at_a_limit_covers_the_log_up_to_the_next_field(
    team: list[App], tmp_path: Path, limit: int
) -> None:
    amina = team[0]
    _history(team, tmp_path)
    after = 3
    changes, seq_from, seq_to = amina.sync._collect(after, limit)
    key = amina.sync.writing_key()
    assert key is not None
    data, _bundle_id, count = amina.sync._encode(changes, key, (seq_from, seq_to))
    expected = _reference(amina, after, limit)
    sent = _sent(decode_bundle(data, key=key))
    _same(sent, expected)
    assert count == len(expected["changes"])


def _old_leaf(table: str, row_id: str, field: str, value: Any, knows: dict[str, str] | None) -> bytes:
    text = json.dumps(
        [table, row_id, field, value, dict(sorted(knows.items())) if knows is not None else None],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(b"fieldguide leaf v1\x00" + text.encode("utf-8")).digest()


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        "",
        'quote " backslash \\ slash / tab \t newline \n',
        "sécurité الأمن 🙂 \u2028 \x00",
        None,
        True,
        False,
        0,
        -17,
        10**30,
        1.5,
        -0.0,
        1e300,
        ["a", 1, None, {"z": 1, "a": [True]}],
        {"b": 1, "a": {"d": None, "c": "é"}},
        [],
        {},
    ],
)
@pytest.mark.parametrize(
    "knows", [None, {"z-device": "1796104470210-000000", "a-device": "1796104470210-000001"}]
)
def test_leaves_written_piece_by_piece_are_the_canonical_ones(
    value: Any, knows: dict[str, str] | None
) -> None:
    expected = _old_leaf("answer", "row-1", "note", value, knows)
    assert leaf_of("answer", "row-1", "note", value, knows) == expected
    assert leaf("answer", "row-1", "note", Sibling("1796104470210-000000", "d", value, knows)) == expected


def test_a_long_export_moves_the_progress_bar_and_ends_it(
    team: list[App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldguide.sync import collect

    monkeypatch.setattr(collect, "_BATCH", 5)  # this history stands for a team's years
    amina = team[0]
    _history(team, tmp_path)
    shares: list[float] = []
    made = amina.sync.export_file(tmp_path / "all.fgsync", everything=True, progress=shares.append)
    assert made.changes > 50
    assert shares == sorted(shares) and shares[-1] == 1.0
    assert len({share for share in shares if 0 < share < 1}) >= 5, shares
    assert _sent(_decode(amina, tmp_path / "all.fgsync"))["changes"] == _reference(amina, 0)["changes"]


def test_a_first_folder_sync_moves_the_bar_while_it_writes_its_bundles(
    team: list[App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldguide.sync import collect, folder_sync

    monkeypatch.setattr(collect, "_BATCH", 5)
    monkeypatch.setattr(folder_sync, "FOLDER_BUNDLE_CHANGES", 30)  # several bundles
    amina = team[0]
    _history(team, tmp_path)
    folder = tmp_path / "usb"
    folder.mkdir()
    steps: list[tuple[int, int, str]] = []
    result = amina.sync.sync_folder(
        folder, lambda done, total, message: steps.append((done, total, message)), first=True
    )
    assert len(result.written) > 2
    done = [d for d, _total, _message in steps]
    (total,) = {t for _done, t, _message in steps}
    assert done == sorted(done) and done[-1] == total
    writing = [d for d, _total, message in steps if message == "writing this device's changes"]
    assert len(set(writing)) >= 5, steps
    # What the bundles carry together is everything, as one export would send it (a field
    # logged again after a cut is sent again, in its same state).
    key = amina.sync.writing_key()
    assert key is not None
    carried = {
        json.dumps([e.table, e.row_id, e.field, e.state.as_json()])
        for path in (folder / "fieldguide-sync").rglob("*.fgsync")
        for e in decode_bundle(path.read_bytes(), key=key).changes
    }
    assert carried == {json.dumps(list(change)) for change in _reference(amina, 0)["changes"]}


def _tamper(app: App, table: str, row_id: str, name: str, value: str) -> None:
    """Change a stored version's value behind its proof's back (a damaged or edited profile)."""
    with app.db.write() as session:
        session.connection().exec_driver_sql(
            f"UPDATE {table} SET clocks = json_set(clocks, '$.{name}.s[0][2]', ?) WHERE id = ?",
            (value, row_id),
        )


@pytest.mark.parametrize("overwritten", [False, True], ids=["carried whole", "carried in part"])
def test_a_stored_state_unlike_its_proof_is_sent_and_its_write_refused_by_the_receiver(
    team: list[App], tmp_path: Path, overwritten: bool
) -> None:
    # No leaf is hashed for a write whose versions are all carried: a version that does not
    # match its proof then goes out with no leaves "not carried" (instead of the signed one
    # it replaced), and the receiver, hashing what it received, still finds the write
    # unlike what its writer signed and refuses the bundle whole, as it always did.
    amina, _brian, carla = team
    assessment = amina.assessments.create([CHECKLIST], "Witness interviews, Bambari")
    if overwritten:  # the write that created it is then carried in part: its leaves are hashed
        amina.assessments.update(assessment, country="Centrafrique")
    _tamper(amina, "assessment", assessment, "title", "Nothing happened in Bambari")
    before = database_content(carla)
    bundle = exported(amina, tmp_path / "all.fgsync", everything=True)
    sent = _decode(amina, bundle)
    (dot,) = {(s.device, s.hlc) for e in sent.changes if e.field == "title" for s in e.state.siblings}
    assert bool(sent.signed.writes[dot][1]) == overwritten  # its leaves not carried
    with pytest.raises(SyncError) as caught:
        carla.sync.apply_file(bundle)
    assert str(caught.value).endswith("is not signed by that device's key; nothing was applied")
    assert database_content(carla) == before


TITLE = '"Witness interviews"'


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda text: text + " x", "Extra data"),  # not one JSON value
        (lambda text: "", "Expecting value"),
        (lambda text: text.replace(TITLE, "NaN"), "a change value cannot be NaN or infinite"),
        (lambda text: text.replace(TITLE, '"\\ud800"'), "text that is not valid Unicode"),
        (lambda text: text.replace(TITLE, '"Witness", 1, {"x": 1}, 2'), "a stored version is malformed"),
    ],
    ids=["trailing text", "empty", "NaN", "lone surrogate", "malformed version"],
)
def test_a_damaged_stored_state_is_refused_with_one_line_and_nothing_is_sent(
    team: list[App], tmp_path: Path, damage: Any, message: str
) -> None:
    # Stored states go into the bundle on a quick path, but what the bundle's writer
    # refuses (a value that would not round-trip) is still refused, and unreadable text too.
    amina = team[0]
    assessment = amina.assessments.create([CHECKLIST], "Witness interviews")
    with amina.db.write() as session:
        connection = session.connection()
        read = "SELECT clocks FROM assessment WHERE id = ?"
        (text,) = connection.exec_driver_sql(read, (assessment,)).one()
        assert TITLE in text
        write = "UPDATE assessment SET clocks = ? WHERE id = ?"
        connection.exec_driver_sql(write, (damage(text), assessment))
    with pytest.raises(SyncError) as caught:
        amina.sync.export_file(tmp_path / "all.fgsync", everything=True)
    assert str(caught.value).startswith("cannot write the bundle: ")
    assert message in str(caught.value)
    assert not (tmp_path / "all.fgsync").exists()
