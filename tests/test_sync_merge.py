"""Merge: what two or three devices hold after exchanging bundles, in every order that matters."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from fieldguide.app import App
from fieldguide.db.models import Action, Assessment, ChangeLog, Conflict, Note
from fieldguide.sync.bundle import Change, encode_bundle
from fieldguide.sync.hlc import format_hlc
from fieldguide.sync.service import SyncError
from tests.test_sync_support import database_content, devices, user_data

CHECKLIST = "ssr-national-ownership-tips"


@pytest.fixture
def two(_template_profile: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    with devices(_template_profile, tmp_path, 2) as apps:
        yield apps


@pytest.fixture
def three(_template_profile: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    with devices(_template_profile, tmp_path, 3) as apps:
        yield apps


class Courier:
    """Carries bundles between devices, as a USB stick would."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.count = 0

    def export(self, app: App, *, everything: bool = False) -> Path:
        self.count += 1
        path = self.directory / f"bundle-{self.count}.fgsync"
        result = app.sync.export_file(path, everything=everything)
        assert result.path == path
        return path

    def send(self, source: App, *targets: App) -> Path:
        path = self.export(source)
        for target in targets:
            target.sync.apply_file(path)
        return path


@pytest.fixture
def courier(tmp_path: Path) -> Courier:
    return Courier(tmp_path)


def first_item(app: App) -> str:
    return app.catalog.checklist(CHECKLIST).items[0].id


def new_assessment(app: App) -> str:
    return app.assessments.create([CHECKLIST], "Security sector review, Province North")


def row(app: App, model, row_id: str):  # type: ignore[no-untyped-def]
    with app.db.read() as session:
        return session.get(model, row_id)


def open_conflicts(app: App) -> list[Conflict]:
    with app.db.read() as session:
        return list(session.scalars(select(Conflict).where(Conflict.resolution.is_(None))))


def test_a_bundle_brings_every_kind_of_user_data_and_applying_it_twice_changes_nothing(
    two: list[App], courier: Courier
) -> None:
    a, b = two
    assessment = new_assessment(a)
    item = first_item(a)
    a.assessments.answer(assessment, item, status="met", note="Vetting stalled in the capital.")
    a.assessments.add_action(assessment, "Meet the police commissioner", owner="Amina", due="2026-12-01")
    section = (
        a.catalog.checklist(CHECKLIST).items[0].guidance_section_id or "ssr-national-ownership/principles"
    )
    a.annotations.save_note("section", section, "Réunion avec la société civile — الأمن")
    a.annotations.add_bookmark("section", section)

    bundle = courier.export(a)
    result = b.sync.apply_file(bundle)
    assert result.new == result.changes > 0 and not result.conflicts
    assert user_data(b) == user_data(a)
    assert b.assessments.get(assessment).title == "Security sector review, Province North"

    before = database_content(b)
    again = b.sync.apply_file(bundle)
    assert again.already and database_content(b) == before
    # The same changes by another route (a full export) are recognised one by one.
    full = b.sync.apply_file(courier.export(a, everything=True))
    assert not full.already and full.new == 0
    after = database_content(b)
    assert {t: rows for t, rows in after.items() if t != "sync_received"} == {
        t: rows for t, rows in before.items() if t != "sync_received"
    }


def test_synced_notes_and_answers_are_found_by_search(two: list[App], courier: Courier) -> None:
    a, b = two
    assessment = new_assessment(a)
    a.assessments.answer(assessment, first_item(a), note="Checkpoint zanzibarite incident reported")
    a.annotations.save_note("section", "ssr-national-ownership/principles", "quokkaword in the margin")
    courier.send(a, b)
    assert [hit.kind for hit in b.search.search("zanzibarite")] == ["note"]
    assert [hit.kind for hit in b.search.search("quokkaword")] == ["note"]
    # An edit arriving later replaces the indexed words.
    a.assessments.answer(assessment, first_item(a), note="Resolved peacefully")
    courier.send(a, b)
    assert b.search.search("zanzibarite") == []


def test_concurrent_edits_of_one_text_keep_the_loser_as_a_conflict_on_both_devices(
    two: list[App], courier: Courier
) -> None:
    a, b = two
    assessment = new_assessment(a)
    item = first_item(a)
    a.assessments.answer(assessment, item, note="first draft")
    courier.send(a, b)
    a.assessments.answer(assessment, item, note="Amina's version: the ministry agreed")
    b.assessments.answer(assessment, item, note="Brian's version: the ministry hesitated")
    from_a, from_b = courier.export(a), courier.export(b)
    b.sync.apply_file(from_a)
    a.sync.apply_file(from_b)
    assert user_data(a) == user_data(b)

    conflicts_a, conflicts_b = a.sync.conflicts(), b.sync.conflicts()
    assert len(conflicts_a) == len(conflicts_b) == 1
    ca, cb = conflicts_a[0], conflicts_b[0]
    assert ca.id == cb.id and (ca.table, ca.field) == ("response", "note")
    # Each adviser sees their own words as "mine".
    assert ca.mine.value == "Amina's version: the ministry agreed" and ca.mine.this_device
    assert cb.mine.value == "Brian's version: the ministry hesitated" and cb.mine.this_device
    assert {ca.mine.value, ca.theirs.value} == {cb.mine.value, cb.theirs.value}


def test_an_edit_made_after_seeing_the_other_is_not_a_conflict(two: list[App], courier: Courier) -> None:
    a, b = two
    assessment = new_assessment(a)
    item = first_item(a)
    a.assessments.answer(assessment, item, note="A's note")
    courier.send(a, b)
    b.assessments.answer(assessment, item, note="A's note, completed by B")
    courier.send(b, a)
    a.assessments.answer(assessment, item, note="A's note, completed by B, checked by A")
    courier.send(a, b)
    assert open_conflicts(a) == open_conflicts(b) == []
    assert user_data(a) == user_data(b)


def test_bundles_applied_out_of_order_converge_and_rows_are_completed_later(
    three: list[App], courier: Courier
) -> None:
    a, b, c = three
    assessment = new_assessment(a)
    first = courier.export(a)
    a.assessments.update(assessment, summary="Summary written after the field visit")
    action = a.assessments.add_action(assessment, "Draft the vetting plan").id
    second = courier.export(a)

    c.sync.apply_file(second)  # the edit before the assessment it edits
    partial = row(c, Assessment, assessment)
    assert partial is not None and partial.summary == "Summary written after the field visit"
    assert row(c, Action, action).text == "Draft the vetting plan"
    c.sync.apply_file(first)
    b.sync.apply_file(first)
    b.sync.apply_file(second)
    assert user_data(c) == user_data(b) == user_data(a)
    assert open_conflicts(c) == []


def test_a_relay_carries_changes_from_a_to_c_through_b(three: list[App], courier: Courier) -> None:
    a, b, c = three
    assessment = new_assessment(a)
    courier.send(a, b)
    b.assessments.answer(assessment, first_item(b), status="met", note="B was there")
    courier.send(b, c)  # one bundle from B: A's changes and B's
    assert user_data(c) == user_data(b)
    assert c.assessments.get(assessment).title == "Security sector review, Province North"


@pytest.mark.parametrize("delete_last", [True, False], ids=["delete-later", "delete-earlier"])
def test_an_edit_concurrent_with_a_delete_wins_and_the_record_comes_back(
    two: list[App], courier: Courier, delete_last: bool
) -> None:
    a, b = two
    assessment = new_assessment(a)
    action = a.assessments.add_action(assessment, "Brief the mediator").id
    courier.send(a, b)
    if delete_last:
        b.assessments.update_action(action, text="Brief the mediator and the envoy")
        a.assessments.delete_action(action)
    else:
        a.assessments.delete_action(action)
        b.assessments.update_action(action, text="Brief the mediator and the envoy")
    from_a, from_b = courier.export(a), courier.export(b)
    a.sync.apply_file(from_b)
    b.sync.apply_file(from_a)
    for app in (a, b):
        kept = row(app, Action, action)
        assert not kept.deleted and kept.text == "Brief the mediator and the envoy"
    assert user_data(a) == user_data(b)
    (conflict,) = a.sync.conflicts()
    assert conflict.kind == "delete" and conflict.row_id == action

    # Keeping the delete removes it everywhere and closes the conflict there too.
    a.sync.resolve(conflict.id, "mine")
    courier.send(a, b)
    assert row(b, Action, action).deleted and b.sync.conflicts() == []


def test_a_delete_made_after_seeing_the_edit_stands(two: list[App], courier: Courier) -> None:
    a, b = two
    assessment = new_assessment(a)
    action = a.assessments.add_action(assessment, "Brief the mediator").id
    courier.send(a, b)
    b.assessments.update_action(action, text="Brief the mediator today")
    courier.send(b, a)
    a.assessments.delete_action(action)
    courier.send(a, b)
    assert row(a, Action, action).deleted and row(b, Action, action).deleted
    assert open_conflicts(a) == open_conflicts(b) == []
    # Restored on one device, it comes back on the other.
    a.assessments.restore_action(action)
    courier.send(a, b)
    assert not row(b, Action, action).deleted


@pytest.mark.parametrize("keep", ["mine", "theirs", "both"])
def test_a_resolution_syncs_and_closes_the_conflict_on_every_device(
    three: list[App], courier: Courier, keep: str
) -> None:
    a, b, c = three
    note_id = _shared_note(a, (b, c), courier)
    _edit_note(a, note_id, "Ceasefire line: river crossing")
    _edit_note(b, note_id, "Ceasefire line: the old road")
    from_a, from_b = courier.export(a), courier.export(b)
    for app, bundle in ((a, from_b), (b, from_a), (c, from_a), (c, from_b)):
        app.sync.apply_file(bundle)
    (conflict,) = a.sync.conflicts()
    _view, kept = a.sync.resolve(conflict.id, keep)  # type: ignore[arg-type]
    expected = {
        "mine": "Ceasefire line: river crossing",
        "theirs": "Ceasefire line: the old road",
    }.get(keep)
    if expected is None:
        assert kept.startswith("Ceasefire line: river crossing\n\n---- ")
        assert kept.endswith("----\n\nCeasefire line: the old road")
    else:
        assert kept == expected
    courier.send(a, b, c)
    for app in (a, b, c):
        assert app.sync.conflicts() == []
        assert row(app, Note, note_id).body == kept
    assert user_data(a) == user_data(b) == user_data(c)
    with pytest.raises(SyncError, match="already resolved"):
        b.sync.resolve(conflict.id, "mine")


def test_three_concurrent_edits_keep_both_losing_texts(three: list[App], courier: Courier) -> None:
    a, b, c = three
    note_id = _shared_note(a, (b, c), courier)
    texts = ["version from A", "version from B", "version from C"]
    for app, text in zip((a, b, c), texts, strict=True):
        _edit_note(app, note_id, text)
    bundles = [courier.export(app) for app in (a, b, c)]
    for app in (a, b, c):
        for bundle in reversed(bundles):
            app.sync.apply_file(bundle)
    # Conflicts found on one device reach the others with the next exchange.
    again = [courier.export(app) for app in (a, b, c)]
    for app in (a, b, c):
        for bundle in again:
            app.sync.apply_file(bundle)
    assert user_data(a) == user_data(b) == user_data(c)
    current = row(a, Note, note_id).body
    losing = sorted(c.losing_value for c in open_conflicts(a))
    assert sorted([current, *losing]) == sorted(texts)


def test_a_bundle_dated_days_ahead_is_refused_whole(two: list[App], tmp_path: Path) -> None:
    a, b = two
    import time

    future = format_hlc(int(time.time() * 1000) + 3 * 24 * 3600 * 1000, 0)
    change = Change("note", "0f8fad5b-d9cb-469f-a165-70867728950e", "body", "from 2035", future, a.device_id)
    path = tmp_path / "future.fgsync"
    path.write_bytes(encode_bundle([change], device=a.device_id, key=a.sync.team_key()))
    before = database_content(b)
    with pytest.raises(SyncError, match=r"future\.fgsync: refused, its changes are dated 3\.0 days ahead"):
        b.sync.apply_file(path)
    assert database_content(b) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("note", "colour", "red"), "does not know \\(note.colour\\)"),
        (("vote", "body", "x"), "does not know \\(vote\\)"),
        (("note", "deleted", "yes"), "note.deleted has a value of the wrong type"),
        (("action", "text", None), "action.text has a value of the wrong type"),
    ],
)
def test_changes_this_version_cannot_hold_refuse_the_bundle(
    two: list[App], tmp_path: Path, change: tuple[str, str, object], message: str
) -> None:
    a, b = two
    now = format_hlc(1_790_000_000_000, 0)
    good = Change("note", "11111111-2222-4333-8444-555555555555", "body", "fine", now, a.device_id)
    bad = Change(change[0], "11111111-2222-4333-8444-555555555555", change[1], change[2], now, a.device_id)
    path = tmp_path / "odd.fgsync"
    path.write_bytes(encode_bundle([good, bad], device=a.device_id, key=a.sync.team_key()))
    before = database_content(b)
    with pytest.raises(SyncError, match=message):
        b.sync.apply_file(path)
    assert database_content(b) == before


def test_received_changes_are_relayed_but_each_only_once_in_the_log(two: list[App], courier: Courier) -> None:
    a, b = two
    new_assessment(a)
    bundle = courier.export(a)
    b.sync.apply_file(bundle)
    b.sync.apply_file(courier.export(a, everything=True))
    with a.db.read() as session:
        sent = session.scalar(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()).limit(1))
    with b.db.read() as session:
        received = list(session.scalars(select(ChangeLog).where(ChangeLog.local.is_(False))))
    assert len(received) == sent
    assert b.sync.status().pending_changes == sent  # B would pass them on


def _shared_note(origin: App, others: tuple[App, ...], courier: Courier) -> str:
    """A note on an assessment, known to every device (a future shared-notes editor)."""
    assessment = new_assessment(origin)
    with origin.db.write() as session:
        note = origin.recorder.create(
            session,
            Note,
            {"target_kind": "assessment", "target_id": assessment, "assessment_id": assessment, "body": ""},
        )
    courier.send(origin, *others)
    return note.id


def _edit_note(app: App, note_id: str, body: str) -> None:
    with app.db.write() as session:
        app.recorder.update(session, session.get(Note, note_id), {"body": body})
