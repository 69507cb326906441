"""The bulk path of a first full sync (``sync.bulk``) ends exactly where the ordinary merge does.

The same bundles are applied to two devices, one through the bulk path (the default for
rows a device has never held) and one with every row merged the ordinary way
(``merge_checked(bulk=False)``); then every row with its field states, every conflict,
every change-log entry, every kept signature and what search finds are compared. The
bundles hold what a team's history holds: answers with notes, actions, bookmarks and
library notes, a conflict between two laptops, an assessment in the bin, a delete that
missed a teammate's edit (a delete conflict), and a purged text. A second pair receives
part of the history first, so one bundle mixes rows it holds (ordinary path) with new
ones (bulk), including answers of an assessment it holds, and answers that arrived before
their assessment.

And a bundle that is forged, tampered with or carries an invalid value is still refused
whole by a new device, with nothing changed.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldguide.app import App
from fieldguide.sync import merge
from fieldguide.sync.bundle import decode_bundle
from fieldguide.sync.bundle_writing import encode_bundle
from fieldguide.sync.merge import Entry
from fieldguide.sync.service import SyncError
from fieldguide.sync.state import FieldState, Sibling
from tests.test_sync_support import crafted_bundle, database_content, devices, exported

CHECKLIST = "ssr-national-ownership-tips"
WORDS = ("vetting", "witness", "sécurité", "الأمن", "ministry", "checkpoint", "bin", "ve")


@pytest.fixture
def team(_template_profile: Path, tmp_path: Path) -> Iterator[list[App]]:
    with devices(_template_profile, tmp_path, 6) as apps:
        yield apps


def _history(amina: App, brian: App, tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """Two laptops' work; returns an early bundle (the first days), the full history, and ids."""
    items = [item.id for item in amina.catalog.checklist(CHECKLIST).items[:4]]
    kept = amina.assessments.create([CHECKLIST], "Vetting commission, Bangui")
    for index, item in enumerate(items):
        amina.assessments.answer(kept, item, status="applied", note=f"Witness W-{index} on vetting, sécurité")
    amina.assessments.add_action(kept, "Call the ministry", item_id=items[0], owner="Amina", due="2026-03-01")
    binned = amina.assessments.create([CHECKLIST], "Old checkpoint visit")
    amina.assessments.answer(binned, items[0], note="checkpoint in the bin")
    amina.assessments.delete(binned)
    contested = amina.assessments.create([CHECKLIST], "Border crossing الأمن")
    amina.assessments.answer(contested, items[1], note="first look")
    section = amina.catalog.checklist(CHECKLIST).items[0].id
    amina.annotations.add_bookmark("item", section)
    amina.annotations.save_note("item", section, "A library note on vetting")
    early = exported(amina, tmp_path / "early.fgsync", everything=True)
    brian.sync.apply_file(early)

    # Concurrent work: both retitle the kept assessment; Amina deletes one Brian edits.
    amina.assessments.update(kept, title="Vetting commission (Amina)")
    brian.assessments.update(kept, title="Vetting commission (Brian)")
    amina.assessments.delete(contested)
    brian.assessments.answer(contested, items[1], note="Brian's witness kept on")
    brian.assessments.answer(kept, items[2], note="Brian adds a ministry source")
    later = brian.assessments.create([CHECKLIST], "Brian's checkpoint survey")
    brian.assessments.answer(later, items[0], note="checkpoint survey")
    brian.assessments.add_action(later, "Visit the checkpoint")
    amina.sync.apply_file(exported(brian, tmp_path / "brian.fgsync", everything=True))
    # A text removed for good (sync.purge).
    amina.purge.purge("answer-note", kept, items[3], replacement="[removed]")
    full = exported(amina, tmp_path / "full.fgsync", everything=True)
    return early, full, {"kept": kept, "contested": contested, "later": later}


def _dump(app: App) -> dict[str, Any]:
    """Every row of the synced tables and the conflict index (all columns, as stored), the
    received change-log entries in their order, the kept proofs, and search hits."""
    out: dict[str, Any] = {}
    with app.db.read() as session:
        connection = session.connection()
        for table in ("assessment", "response", "note", "action", "bookmark", "conflict"):
            rows = connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id").fetchall()
            out[table] = [tuple(row) for row in rows]
        out["log"] = [
            tuple(row)
            for row in connection.exec_driver_sql(
                "SELECT table_name, row_id, field, value, typeof(value), hlc, device, base, local "
                "FROM change_log WHERE NOT local ORDER BY seq"
            )
        ]
        out["proofs"] = sorted(
            tuple(row) for row in connection.exec_driver_sql("SELECT * FROM sync_signature")
        )
    out["search"] = {word: [(h.kind, h.id, h.snippet) for h in app.search.search(word)] for word in WORDS}
    out["visible"] = sorted(a.title for a in app.assessments.list())
    out["bin"] = sorted(a.title for a in app.assessments.list(deleted=True))
    out["conflicts"] = sorted((c.id, c.kind) for c in app.sync.conflicts())
    return out


def _apply(app: App, path: Path, monkeypatch: pytest.MonkeyPatch, *, bulk: bool) -> Any:
    if bulk:
        return app.sync.apply_file(path)
    with monkeypatch.context() as patch:
        patch.setattr(merge, "merge_checked", functools.partial(merge.merge_checked, bulk=False))
        return app.sync.apply_file(path)


def _same(bulk: App, ordinary: App) -> dict[str, Any]:
    mine, theirs = _dump(bulk), _dump(ordinary)
    for name in mine:
        assert mine[name] == theirs[name], name
    return mine


def _counts(result: Any) -> tuple[Any, ...]:
    return (result.changes, result.new, result.applied, result.conflicts, result.purged)


def test_a_new_device_ends_the_same_through_the_bulk_path_as_through_the_merge(
    team: list[App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amina, brian, fast, slow, _y1, _y2 = team
    _early, full, ids = _history(amina, brian, tmp_path)
    spied: list[int] = []
    split = merge.__dict__["_apply_fresh"]

    def counting(session: Any, rows_of: Any, *args: Any) -> Any:
        entries = sum(len(entries) for entries in rows_of.values())  # the merge spends them
        rest = split(session, rows_of, *args)
        spied.append(entries - len(rest))
        return rest

    monkeypatch.setattr(merge, "_apply_fresh", counting)
    # Rows go in a few per statement (thousands in a real sync): the last statement of a
    # table holds fewer, and the triggers index each row whichever statement moves it.
    from fieldguide.sync import bulk

    monkeypatch.setattr(bulk, "_STAGED", 3)
    one = _apply(fast, full, monkeypatch, bulk=True)
    assert spied and spied[0] > 0  # the new device took the bulk path
    spied.clear()
    two = _apply(slow, full, monkeypatch, bulk=False)
    assert not spied
    assert _counts(one) == _counts(two)
    dump = _same(fast, slow)

    # What a person sees on the new device: the history, its conflicts, its bin, its search.
    assert dump["visible"] == sorted(
        ["Vetting commission (Amina)", "Border crossing الأمن", "Brian's checkpoint survey"]
    ) or dump["visible"] == sorted(
        ["Vetting commission (Brian)", "Border crossing الأمن", "Brian's checkpoint survey"]
    )
    assert dump["bin"] == ["Old checkpoint visit"]
    kinds = sorted(kind for _id, kind in dump["conflicts"])
    assert len(kinds) == 2 and "delete" in " ".join(kinds)
    assert dump["search"]["witness"]
    assert fast.sync.conflicts() and fast.assessments.get(ids["later"]).actions
    assert any(r.note == "[removed]" for r in fast.assessments.get(ids["kept"]).responses)
    # ... and the same as on the laptop it came from.
    assert sorted(a.title for a in amina.assessments.list()) == dump["visible"]
    assert sorted((c.id, c.kind) for c in amina.sync.conflicts()) == dump["conflicts"]
    for word in WORDS:
        # (The same hits; ties may rank apart: the laptop's index grew in another order.)
        assert sorted((h.kind, h.id) for h in amina.search.search(word)) == sorted(
            h[:2] for h in dump["search"][word]
        )


def test_no_cyclic_collection_walks_a_bundle_while_it_is_applied(team: list[App], tmp_path: Path) -> None:
    """The command line applies as the window does: the millions of objects a first full
    sync decodes are not walked again and again by the cyclic collector (most of the
    decoding time when they were); collection is on again once the bundle is applied."""
    amina, brian, new, *_ = team
    _early, full, _ids = _history(amina, brian, tmp_path)
    assert gc.isenabled()
    collecting: list[bool] = []
    result = new.sync.apply_bytes(
        full.read_bytes(), full.name, lambda share: collecting.append(gc.isenabled())
    )
    assert result.new and collecting and not any(collecting)
    assert gc.isenabled()


def test_rows_staged_for_the_bulk_insert_stay_in_memory(team: list[App]) -> None:
    """``sync.bulk_insert`` stages received rows (notes can name witnesses) in a temporary
    table: the profile's connection keeps temporary storage in memory, never in a file."""
    with team[0].db.read() as session:
        connection = session.connection()
        options = {row[0] for row in connection.exec_driver_sql("PRAGMA compile_options")}
        (mode,) = connection.exec_driver_sql("PRAGMA temp_store").one()
    # 2 (MEMORY) by the pragma, or 0 (DEFAULT) with a build whose default is memory.
    assert mode == 2 or (mode == 0 and options & {"TEMP_STORE=2", "TEMP_STORE=3"})


def test_a_bundle_mixing_rows_held_and_new_ones_ends_the_same_both_ways(
    team: list[App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amina, brian, _x1, _x2, fast, slow = team
    early, full, ids = _history(amina, brian, tmp_path)
    # Answers that travel before their assessment (bundles out of order): Brian's later
    # assessment's answers without the assessment itself.
    key = amina.sync.writing_key()
    assert key is not None
    decoded = decode_bundle(full.read_bytes(), key=key)
    orphans = [
        e
        for e in decoded.changes
        if e.table == "response"
        and any(s.device == brian.device_id for s in e.state.siblings)
        and all(s.device == brian.device_id for s in e.state.siblings)
    ]
    assert orphans
    ahead = tmp_path / "ahead.fgsync"
    ahead.write_bytes(crafted_bundle(brian, orphans))
    for app, bulk in ((fast, True), (slow, False)):
        _apply(app, early, monkeypatch, bulk=bulk)
        _apply(app, ahead, monkeypatch, bulk=bulk)
    _same(fast, slow)
    from fieldguide.sync import bulk

    splits: list[tuple[set[tuple[str, str]], set[tuple[str, str]]]] = []
    original = bulk.split

    def spy(session: Any, rows_of: Any, *args: Any) -> Any:
        fresh, rest = original(session, rows_of, *args)
        splits.append(({(r.table, r.row_id) for r in fresh}, {(e.table, e.row_id) for e in rest}))
        return fresh, rest

    monkeypatch.setattr(bulk, "split", spy)
    one = _apply(fast, full, monkeypatch, bulk=True)
    ((fresh, rest),) = splits
    # Both paths in one bundle: new rows in bulk; rows held here, answers of an assessment
    # held here, and an assessment whose answers arrived first, the ordinary way.
    assert ("assessment", ids["later"]) in rest and ("assessment", ids["kept"]) in rest
    assert ("action", fast.assessments.get(ids["later"]).actions[0].id) in fresh
    two = _apply(slow, full, monkeypatch, bulk=False)
    assert _counts(one) == _counts(two)
    dump = _same(fast, slow)
    assert "Brian's checkpoint survey" in dump["visible"]
    assert fast.assessments.get(ids["later"]).responses


def _fresh_device_refuses(device: App, data: bytes, tmp_path: Path, name: str, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    before = database_content(device)
    with pytest.raises(SyncError, match=words):
        device.sync.apply_file(path)
    assert database_content(device) == before
    assert device.assessments.list() == []


def test_a_new_device_still_refuses_a_forged_tampered_or_invalid_bundle_whole(
    team: list[App], tmp_path: Path
) -> None:
    amina, brian, fresh, *_rest = team
    _early, full, ids = _history(amina, brian, tmp_path)
    key = amina.sync.writing_key()
    assert key is not None
    decoded = decode_bundle(full.read_bytes(), key=key)
    changes = list(decoded.changes)

    # Forged: Brian's versions re-signed with Amina's key (she holds the epoch key).
    _fresh_device_refuses(
        fresh, crafted_bundle(amina, changes), tmp_path, "forged.fgsync", "not signed by that device's key"
    )

    # Tampered: one note's text changed after it was signed, the proofs left as they were.
    index = next(i for i, e in enumerate(changes) if e.field == "note" and e.state.siblings)
    entry = changes[index]
    altered = entry.state.siblings[0]
    changes_altered = list(changes)
    changes_altered[index] = Entry(
        entry.table,
        entry.row_id,
        entry.field,
        FieldState(entry.state.ctx, (Sibling(altered.hlc, altered.device, "Nobody was there."),)),
    )
    tampered = encode_bundle(
        changes_altered,
        device=amina.device_id,
        key=key,
        signer=amina.sync.device_keys(),
        writes=decoded.signed.writes,
        ids=decoded.signed.ids,
        roster=decoded.signed.roster,
    )
    _fresh_device_refuses(fresh, tampered, tmp_path, "tampered.fgsync", "nothing was applied")

    # Invalid: a correctly signed status no version of Field Guide writes, among valid rows.
    clock = amina.recorder.clock.tick()
    response = next(e for e in changes if e.table == "response").row_id
    invalid = Entry(
        "response",
        response,
        "status",
        FieldState({amina.device_id: clock}, (Sibling(clock, amina.device_id, "x" * 99),)),
    )
    own = [e for e in changes if all(s.device == amina.device_id for s in e.state.siblings)]
    _fresh_device_refuses(
        fresh, crafted_bundle(amina, [*own, invalid]), tmp_path, "invalid.fgsync", "invalid value"
    )

    # The honest bundle still applies, whole.
    fresh.sync.apply_file(full)
    assert fresh.assessments.get(ids["kept"]).title.startswith("Vetting commission")


def test_a_field_named_twice_in_one_bundle_merges_the_same_both_ways(
    team: list[App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle may carry one field twice (made by hand, or two relays joined): the second
    state merges into the first on both paths, and two versions nobody replaced stay a
    conflict."""
    import uuid

    amina, _brian, fast, slow, *_rest = team
    me = amina.device_id
    first, second, third = (amina.recorder.clock.tick() for _ in range(3))
    row = str(uuid.uuid4())

    def state(*versions: tuple[str, str]) -> FieldState:
        return FieldState({me: max(h for h, _v in versions)}, tuple(Sibling(h, me, v) for h, v in versions))

    entries = [
        Entry("assessment", row, "title", state((first, "Draft title"))),
        Entry("assessment", row, "title", state((second, "Second title"))),
        Entry("assessment", row, "deleted", state((first, False))),
        Entry(
            "assessment",
            row,
            "summary",
            FieldState({me: third, "0" * 36: first}, (Sibling(third, me, "One"),)),
        ),
        Entry("assessment", row, "summary", FieldState({"0" * 36: first}, ())),
    ]
    path = tmp_path / "twice.fgsync"
    path.write_bytes(crafted_bundle(amina, entries))
    one = _apply(fast, path, monkeypatch, bulk=True)
    two = _apply(slow, path, monkeypatch, bulk=False)
    assert _counts(one) == _counts(two)
    dump = _same(fast, slow)
    assert dump["visible"] == ["Second title"]


def test_a_rows_clocks_are_stored_as_the_json_of_its_states() -> None:
    """The bulk path writes a row's ``clocks`` without building each state's ``as_json``;
    the text is the one ``json.dumps`` gives of them (names sorted), whatever the states
    hold: quotes, controls, U+2028, Arabic and emoji, lists, booleans, null, several
    versions, a vector naming two devices, a delete's or a purge's ``knows``."""
    import json

    from fieldguide.sync import bulk

    me, other = "a" * 36, "b" * 36
    one, two = "0001-0001", "0002-0000"
    values: list[Any] = [
        'He said "wait" \\ then\n\tleft',
        "U+2028\u2028 and U+2029\u2029, \x00 \x1f",
        "الأمن والعدالة",
        "🙂 sécurité",
        "",
        None,
        True,
        False,
        0,
        ["Amina", 'Brian "B"'],
        {"k": ["v", 1, None]},
    ]
    states = {
        f"f{index:02}": FieldState({me: one}, (Sibling(one, me, value),))
        for index, value in enumerate(values)
    }
    states["two versions"] = FieldState(
        {me: one, other: two}, (Sibling(one, me, "x"), Sibling(two, other, "y"))
    )
    states["seen by two"] = FieldState({other: two, me: one}, (Sibling(two, other, "z"),))
    states["deleted"] = FieldState({me: two}, (Sibling(two, me, True, {other: one, me: one}),))
    states["purged"] = FieldState({me: two}, (Sibling(two, me, "[removed]", {me: one}),))
    states["no version"] = FieldState({me: one}, ())
    states['"quoted" name'] = FieldState({me: one}, (Sibling(one, me, 1),))
    expected = json.dumps({name: states[name].as_json() for name in sorted(states)})
    assert bulk._clocks_text(states) == expected
    assert bulk._clocks_text({}) == json.dumps({})
    assert {n: FieldState.from_json(raw) for n, raw in json.loads(expected).items()} == states


def test_awkward_values_are_stored_the_same_both_ways(
    team: list[App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Texts with quotes, backslashes, line and paragraph separators, Arabic and emoji, a
    list of assessors, an action done and one not, cleared fields: stored, derived and
    found by search the same through the bulk path as through the merge."""
    amina, _brian, fast, slow, *_rest = team
    items = [item.id for item in amina.catalog.checklist(CHECKLIST).items[:3]]
    kept = amina.assessments.create(
        [CHECKLIST], 'The "vetting" \\ commission', assessors=["Amina", 'Brian "B"'], summary="🙂\u2028ok"
    )
    amina.assessments.answer(kept, items[0], status="applied", note='Witness said "no"\n\tthen\u2029left')
    amina.assessments.answer(kept, items[1], note="الأمن witness", evidence="")
    amina.assessments.answer(kept, items[2], note="", evidence="ministry\\report")
    done = amina.assessments.add_action(kept, "Call the ministry", owner="Brian", due="2026-03-01")
    amina.assessments.update_action(done.id, done=True)
    amina.assessments.add_action(kept, "Visit the checkpoint")
    full = exported(amina, tmp_path / "awkward.fgsync", everything=True)
    one = _apply(fast, full, monkeypatch, bulk=True)
    two = _apply(slow, full, monkeypatch, bulk=False)
    assert _counts(one) == _counts(two)
    dump = _same(fast, slow)
    assert dump["visible"] == ['The "vetting" \\ commission']
    assert dump["search"]["witness"] and dump["search"]["ministry"]
    assert sorted(a.done for a in fast.assessments.get(kept).actions) == [False, True]


def test_a_new_device_logs_each_row_it_receives_once_and_relays_every_field(
    team: list[App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first full sync logs one entry per row received whole (not one per field, a
    million at ten years of a team), by either path; what the new device later sends a
    third device, even cut into small bundles, is every field of those rows: the third
    ends with what the first holds."""
    from fieldguide.db.models import SYNCED_MODELS, WHOLE_ROW
    from fieldguide.sync import folder_sync
    from tests.test_sync_support import user_data

    amina, brian, fast, slow, third, _y2 = team
    _early, full, _ids = _history(amina, brian, tmp_path)
    _apply(fast, full, monkeypatch, bulk=True)
    _apply(slow, full, monkeypatch, bulk=False)
    for device in (fast, slow):
        with device.db.read() as session:
            logged = (
                session.connection()
                .exec_driver_sql("SELECT table_name, row_id, field FROM change_log WHERE NOT local")
                .fetchall()
            )
        held = {(table, row_id) for table, rows in user_data(device).items() for row_id in rows}
        assert sorted((table, row_id) for table, row_id, _field in logged) == sorted(held)
        assert {name for _table, _row, name in logged} == {WHOLE_ROW}

    monkeypatch.setattr(folder_sync, "FOLDER_BUNDLE_CHANGES", 7)  # rows cut across bundles
    folder = tmp_path / "relay"
    folder.mkdir()
    assert len(fast.sync.sync_folder(folder, first=True).written) > 2
    third.sync.sync_folder(folder)
    mine, theirs = user_data(amina), user_data(third)
    for table in SYNCED_MODELS:
        assert theirs[table] == mine[table], table


@pytest.mark.parametrize("side", ["preparing", "inserting"])
def test_a_failure_while_rows_are_inserted_leaves_nothing_applied(
    team: list[App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, side: str
) -> None:
    """The bulk inserts run on a thread of their own while the next rows are prepared: a
    failure on either side, after some rows are in, rolls the whole bundle back (no row,
    log entry or search hit), and the device applies the bundle whole afterwards."""
    from fieldguide.sync import bulk

    amina, brian, new, *_rest = team
    _early, full, _ids = _history(amina, brian, tmp_path)
    monkeypatch.setattr(bulk, "_STAGED", 3)  # many batches: the failure comes after some are in
    calls: list[int] = []

    def failing(original: Any) -> Any:
        def call(*args: Any) -> Any:
            calls.append(1)
            if len(calls) == (4 if side == "inserting" else 10):
                raise OSError("disk full")
            return original(*args)

        return call

    from fieldguide.sync import bulk_insert

    if side == "inserting":  # on the inserter's thread, while the next batch is prepared
        monkeypatch.setattr(bulk_insert, "_move", failing(bulk_insert._move))
    else:
        monkeypatch.setattr(bulk, "_cells", failing(bulk._cells))
    before, found = database_content(new), new.search.search("witness")
    with pytest.raises(OSError, match="disk full"):
        new.sync.apply_file(full)
    assert len(calls) > 3
    assert database_content(new) == before
    assert new.search.search("witness") == found and new.assessments.list() == []

    monkeypatch.undo()
    new.sync.apply_file(full)
    assert {h.kind for h in new.search.search("witness")} > {h.kind for h in found}
    assert new.assessments.list()


def test_a_first_full_sync_lets_go_of_each_row_once_it_is_written(
    team: list[App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its memory is the rows it holds: the merge spends the checked batch (each row's
    # entries go once merged into its bulk row) and the writer each bulk row once its
    # cells are made, so neither is held to the end.
    amina, brian, fast, slow, _y1, _y2 = team
    _early, full, _ids = _history(amina, brian, tmp_path)
    from fieldguide.sync import bulk

    batches: list[Any] = []
    given: list[list[Any]] = []
    left: list[int] = []
    merge_checked, write, cells = merge.merge_checked, bulk.write, bulk._cells

    def spent(session: Any, batch: Any, *args: Any, **kwargs: Any) -> Any:
        batches.append(batch)
        return merge_checked(session, batch, *args, **kwargs)

    def writing(session: Any, fresh: list[Any], *args: Any) -> Any:
        given.append(fresh)
        return write(session, fresh, *args)

    def counting(row: Any, *args: Any) -> Any:
        left.append(len(given[0]))  # rows the writer still holds
        return cells(row, *args)

    monkeypatch.setattr(merge, "merge_checked", spent)
    monkeypatch.setattr(bulk, "write", writing)
    monkeypatch.setattr(bulk, "_cells", counting)
    result = fast.sync.apply_file(full)
    ((batch,),) = [batches]
    assert batch.count == result.changes > 0 and batch.rows_of == {}
    assert given == [[]] and left == list(range(len(left) - 1, -1, -1)) and len(left) > 10
    # And the rows are those the ordinary merge writes.
    _apply(slow, full, monkeypatch, bulk=False)
    _same(fast, slow)
