"""Merge: what two or three devices hold after exchanging bundles, case by case.

Each test is a case from issue 13 or a rule of the design (docs/decisions.md, "Sync"):
one conflict per real disagreement, resolutions that never raise new ones, deletes
against concurrent edits, every incoming value validated, any delivery order.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from fieldguide.app import App
from fieldguide.db.models import Action, Assessment, Conflict, Note, Response
from fieldguide.sync.merge import Entry
from fieldguide.sync.service import SyncError
from fieldguide.sync.state import FieldState, Sibling
from tests.conftest import run_cli
from tests.test_sync_support import crafted_bundle, database_content, devices, user_data

CHECKLIST = "ssr-national-ownership-tips"


@pytest.fixture
def two(_template_profile: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    with devices(_template_profile, tmp_path, 2) as apps:
        apps[0].sync.set_device_name("Amina's laptop")
        apps[1].sync.set_device_name("Bruno's laptop")
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

    def export(self, app: App, *, everything: bool = False, to: App | None = None) -> Path:
        self.count += 1
        path = self.directory / f"bundle-{self.count}.fgsync"
        target = to.device_id if to is not None else None
        result = app.sync.export_file(path, everything=everything, for_device=target)
        assert result.path == path
        return path

    def send(self, source: App, *targets: App) -> Path:
        path = self.export(source, everything=True)
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


def conflict_count(app: App) -> int:
    with app.db.read() as session:
        return len(session.scalars(select(Conflict.id)).all())


def test_a_bundle_brings_every_kind_of_user_data_and_applying_it_twice_changes_nothing(
    two: list[App], courier: Courier
) -> None:
    a, b = two
    assessment = new_assessment(a)
    a.assessments.answer(assessment, first_item(a), status="met", note="Vetting done", evidence="Minutes")
    a.assessments.add_action(assessment, "Call the ministry", owner="Amina", due="2026-12-10")
    a.annotations.save_note("section", "ssr-national-ownership/principles", "Ownership first")
    a.annotations.toggle_bookmark("section", "ssr-national-ownership/principles")
    bundle = courier.export(a)
    b.sync.apply_file(bundle)
    view = b.assessments.get(assessment)
    assert view.title == "Security sector review, Province North"
    assert [(r.status, r.note, r.evidence) for r in view.responses if r.answered] == [
        ("applied", "Vetting done", "Minutes")
    ]
    assert [x.text for x in view.actions] == ["Call the ministry"]
    assert [n.body for n in b.annotations.notes_on("section", "ssr-national-ownership/principles")] == [
        "Ownership first"
    ]
    assert user_data(a) == user_data(b)
    before = database_content(b)
    again = b.sync.apply_file(bundle)
    assert again.already
    b.sync.apply_file(courier.export(a, everything=True))  # the same changes by another route
    after = database_content(b)
    assert {t: rows for t, rows in after.items() if t not in ("sync_received", "meta")} == {
        t: rows for t, rows in before.items() if t not in ("sync_received", "meta")
    }
    assert conflict_count(b) == 0


def test_the_two_laptop_scenario_gives_one_conflict_showing_where_each_side_ended(
    two: list[App], courier: Courier
) -> None:
    """Issue 13: A types "alpha", then " beta" (autosaves); B types "gamma"; both sync."""
    a, b = two
    assessment = new_assessment(a)
    item = first_item(a)
    courier.send(a, b)
    a.assessments.answer(assessment, item, note="alpha")
    early = courier.export(a)  # an autosave that travels on its own
    a.assessments.answer(assessment, item, note="alpha beta")
    b.assessments.answer(assessment, item, note="gamma")
    b.sync.apply_file(early)
    b.sync.apply_file(courier.export(a, to=b))
    a.sync.apply_file(courier.export(b, to=a))
    for app in (a, b):
        conflicts = app.sync.conflicts()
        assert len(conflicts) == 1
        assert {v.value for v in conflicts[0].versions} == {"alpha beta", "gamma"}
        assert {v.device_name for v in conflicts[0].versions} == {"Amina's laptop", "Bruno's laptop"}
    assert b.sync.conflicts()[0].mine.value == "gamma"
    # The window marks it where it lives: on the item of the assessment.
    marks = a.sync.marks(assessment)
    assert marks.items == {item: a.sync.conflicts()[0].id} and not marks.actions


@pytest.mark.parametrize("resolver", [0, 1])
@pytest.mark.parametrize("keep", ["mine", "theirs", "both"])
def test_resolving_on_either_laptop_leaves_none_on_both(
    two: list[App], courier: Courier, resolver: int, keep: str
) -> None:
    a, b = two
    assessment = new_assessment(a)
    item = first_item(a)
    courier.send(a, b)
    a.assessments.answer(assessment, item, note="alpha beta")
    b.assessments.answer(assessment, item, note="gamma")
    b.sync.apply_file(courier.export(a, to=b))
    a.sync.apply_file(courier.export(b, to=a))
    one, other = (two[resolver], two[1 - resolver])
    _view, kept = one.sync.resolve(one.sync.conflicts()[0].id, keep)  # type: ignore[arg-type]
    news = other.sync.apply_file(courier.export(one, to=other))
    assert news.conflicts == ()
    back = one.sync.apply_file(courier.export(other, to=one))
    assert back.conflicts == ()
    for app in (a, b):
        assert app.sync.conflicts() == []
        response = next(r for r in app.assessments.get(assessment).responses if r.item_id == item)
        assert response.note == kept
    if keep == "both":
        assert "alpha beta" in kept and "gamma" in kept
        assert "Amina's laptop" in kept and "Bruno's laptop" in kept
        assert "device " not in kept


def test_an_edit_made_after_seeing_the_other_is_not_a_conflict(two: list[App], courier: Courier) -> None:
    a, b = two
    assessment = new_assessment(a)
    courier.send(a, b)
    a.assessments.update(assessment, summary="First draft")
    courier.send(a, b)
    b.assessments.update(assessment, summary="First draft, corrected")
    courier.send(b, a)
    assert a.assessments.get(assessment).summary == "First draft, corrected"
    assert conflict_count(a) == conflict_count(b) == 0


def test_a_later_status_wins_whatever_the_clocks_say(two: list[App], courier: Courier) -> None:
    a, b = two
    assessment = new_assessment(a)
    item = first_item(a)
    a.recorder.clock._wall_ms = lambda: 4_000_000_000_000  # year 2096: a clock far ahead
    a.assessments.answer(assessment, item, status="met")
    courier.send(a, b)
    b.assessments.answer(assessment, item, status="not-met")  # B saw "met" and changed it
    later = next(r.status for r in b.assessments.get(assessment).responses if r.item_id == item)
    courier.send(b, a)
    for app in (a, b):
        response = next(r for r in app.assessments.get(assessment).responses if r.item_id == item)
        assert response.status == later != "met"
        assert app.sync.conflicts() == []


def test_concurrent_statuses_are_one_conflict_and_equal_ones_none(two: list[App], courier: Courier) -> None:
    a, b = two
    assessment = new_assessment(a)
    items = [i.id for i in a.catalog.checklist(CHECKLIST).items[:2]]
    courier.send(a, b)
    a.assessments.answer(assessment, items[0], status="met")
    b.assessments.answer(assessment, items[0], status="not-met")
    a.assessments.answer(assessment, items[1], status="met")
    b.assessments.answer(assessment, items[1], status="met")  # the same answer: no disagreement
    courier.send(a, b)
    courier.send(b, a)
    for app in (a, b):
        conflicts = app.sync.conflicts()
        assert [(c.table, c.field, c.kind) for c in conflicts] == [("response", "status", "value")]
        with pytest.raises(SyncError, match="cannot be joined"):
            app.sync.resolve(conflicts[0].id, "both")


def test_bundles_applied_out_of_order_never_show_a_half_made_record(
    three: list[App], courier: Courier
) -> None:
    """Issue 13: bundles applied out of order left an assessment with no title."""
    a, b, c = three
    assessment = new_assessment(a)
    creation = courier.export(a)
    b.sync.apply_file(creation)
    a.sync.apply_file(courier.export(b, to=a))  # B's acknowledgement reaches A
    a.assessments.update(assessment, title="Province North, second visit")
    edit = courier.export(a, to=b)  # only what B has not confirmed: the new title
    c.sync.apply_file(edit)  # C gets the edit first
    assert c.assessments.list() == []
    shown = run_cli("assessment", "show", assessment, data_dir=c.paths.root)
    assert shown.returncode == 1 and "Traceback" not in shown.stderr
    c.sync.apply_file(creation)
    assert [s.title for s in c.assessments.list()] == ["Province North, second visit"]
    b.sync.apply_file(edit)
    assert user_data(a) == user_data(b) == user_data(c)


def test_a_relay_carries_changes_from_a_to_c_through_b(three: list[App], courier: Courier) -> None:
    a, b, c = three
    assessment = new_assessment(a)
    courier.send(a, b)
    c.sync.apply_file(courier.export(b, everything=True))
    assert c.assessments.get(assessment).title == "Security sector review, Province North"
    assert user_data(a) == user_data(c)


def test_an_edit_concurrent_with_a_delete_keeps_the_record_with_a_conflict(
    two: list[App], courier: Courier
) -> None:
    """Issue 13: deleting an assessment hid a teammate's concurrent note and action."""
    a, b = two
    assessment = new_assessment(a)
    courier.send(a, b)
    a.assessments.delete(assessment)
    b.assessments.answer(assessment, first_item(b), note="Met the governor")
    action = b.assessments.add_action(assessment, "Send the minutes").id
    courier.send(a, b)
    courier.send(b, a)
    for app in (a, b):
        assert [s.id for s in app.assessments.list()] == [assessment]
        view = app.assessments.get(assessment)
        assert [x.id for x in view.actions] == [action]
        assert any(r.note == "Met the governor" for r in view.responses)
        conflicts = app.sync.conflicts()
        assert [(c.table, c.kind) for c in conflicts] == [("assessment", "delete")]
        deleted = next(v for v in conflicts[0].versions if v.value is True)
        assert deleted.device_name == "Amina's laptop"
    # Deleting it again, having seen the edits, stands everywhere.
    cid = a.sync.conflicts()[0].id
    a.sync.resolve(cid, "theirs" if a.sync.conflicts()[0].theirs.value is True else "mine")
    courier.send(a, b)
    for app in (a, b):
        assert app.assessments.list() == []
        assert app.sync.conflicts() == []


def test_keeping_a_record_a_teammate_deleted_closes_the_conflict_everywhere(
    two: list[App], courier: Courier
) -> None:
    a, b = two
    assessment = new_assessment(a)
    courier.send(a, b)
    a.assessments.delete(assessment)
    b.assessments.update(assessment, summary="Still needed")
    courier.send(a, b)
    courier.send(b, a)
    conflict = b.sync.conflicts()[0]
    b.sync.resolve(conflict.id, "both")  # both = keep the record with the edit
    courier.send(b, a)
    for app in (a, b):
        assert [s.id for s in app.assessments.list()] == [assessment]
        assert app.sync.conflicts() == []


def test_a_delete_made_after_seeing_the_edit_stands(two: list[App], courier: Courier) -> None:
    a, b = two
    assessment = new_assessment(a)
    a.assessments.add_action(assessment, "Call")
    courier.send(a, b)
    b.assessments.update(assessment, summary="edited")
    courier.send(b, a)
    a.assessments.delete(assessment)
    courier.send(a, b)
    for app in (a, b):
        assert app.assessments.list() == []
        assert conflict_count(app) == 0


def test_three_concurrent_edits_are_one_conflict_and_keep_both_joins_all(
    three: list[App], courier: Courier
) -> None:
    a, b, c = three
    assessment = new_assessment(a)
    courier.send(a, b, c)
    for app, text in ((a, "from A"), (b, "from B"), (c, "from C")):
        app.assessments.update(assessment, summary=text)
    for source in (a, b, c):
        courier.send(source, *(x for x in (a, b, c) if x is not source))
    for app in (a, b, c):
        conflicts = app.sync.conflicts()
        assert len(conflicts) == 1
        assert sorted(v.value for v in conflicts[0].versions) == ["from A", "from B", "from C"]
    _view, kept = c.sync.resolve(c.sync.conflicts()[0].id, "both")
    assert all(text in kept for text in ("from A", "from B", "from C"))
    courier.send(c, a, b)
    assert [conflict_count(x) for x in (a, b, c)] == [0, 0, 0]


def test_editing_a_field_in_conflict_keeps_the_other_version(two: list[App], courier: Courier) -> None:
    a, b = two
    assessment = new_assessment(a)
    courier.send(a, b)
    a.assessments.update(assessment, summary="A's words")
    b.assessments.update(assessment, summary="B's words")
    courier.send(a, b)
    shown = b.assessments.get(assessment).summary
    b.assessments.update(assessment, summary=shown + " (edited)")
    courier.send(b, a)
    for app in (a, b):
        conflicts = app.sync.conflicts()
        assert len(conflicts) == 1
        values = {v.value for v in conflicts[0].versions}
        assert shown + " (edited)" in values and len(values) == 2


def _entry(table: str, row_id: str, name: str, value: object, app: App) -> Entry:
    hlc = app.recorder.clock.tick()
    return Entry(table, row_id, name, FieldState({app.device_id: hlc}, (Sibling(hlc, app.device_id, value),)))


ROW = "11111111-2222-4333-8444-555555555555"


@pytest.mark.parametrize(
    ("table", "name", "value", "message"),
    [
        (
            "assessment",
            "assessors",
            42,
            r"from Amina's laptop carries an invalid value \(assessment.assessors\)",
        ),
        ("assessment", "status", "burnt", r"invalid value \(assessment.status\)"),
        ("assessment", "title", "x" * 5000, r"invalid value \(assessment.title\)"),
        ("response", "assessment_id", "../../etc", r"invalid value \(response.assessment_id\)"),
        ("action", "due_date", "tomorrow", r"invalid value \(action.due_date\)"),
        ("note", "deleted", "yes", r"invalid value \(note.deleted\)"),
        ("note", "colour", "red", r"does not know \(note.colour\)"),
        ("vote", "body", "x", r"does not know \(vote\)"),
        ("conflict", "field", "x", r"does not know \(conflict\)"),
    ],
)
def test_a_bundle_with_one_invalid_value_is_refused_whole_naming_its_device(
    two: list[App], tmp_path: Path, table: str, name: str, value: object, message: str
) -> None:
    a, b = two
    new_assessment(a)
    b.sync.apply_file(Courier(tmp_path).export(a, everything=True))  # B knows A's name
    good = _entry("assessment", ROW, "title", "Fine", a)
    bad = _entry(table, ROW, name, value, a)
    path = tmp_path / "odd.fgsync"
    path.write_bytes(crafted_bundle(a, [good, bad]))
    before = database_content(b)
    with pytest.raises(SyncError, match=message):
        b.sync.apply_file(path)
    assert database_content(b) == before
    result = run_cli("sync", "apply", path, data_dir=b.paths.root)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_control_characters_in_synced_text_never_reach_the_terminal(two: list[App], courier: Courier) -> None:
    a, b = two
    assessment = a.assessments.create([CHECKLIST], "Bangui \x1b[2J\x1b]0;owned\x07")
    a.assessments.answer(assessment, first_item(a), note="line\x1b[31m red")
    courier.send(a, b)
    shown = run_cli("assessment", "show", assessment, data_dir=b.paths.root)
    listed = run_cli("assessment", "list", data_dir=b.paths.root)
    assert shown.returncode == 0 and listed.returncode == 0
    for output in (shown.stdout, listed.stdout):
        assert "\x1b" not in output and "\x07" not in output
    assert "\\x1b[2J" in listed.stdout


def test_two_converged_devices_list_assessments_in_the_same_order(two: list[App], courier: Courier) -> None:
    a, b = two
    ids = [a.assessments.create([CHECKLIST], f"Same time {n}") for n in range(4)]
    with a.db.write() as session:  # the same moment for all of them
        for assessment in ids:
            session.get(Assessment, assessment).updated_at = "2026-11-30T10:00:00+00:00"
    courier.send(a, b)
    with b.db.write() as session:
        for assessment in ids:
            session.get(Assessment, assessment).updated_at = "2026-11-30T10:00:00+00:00"
    assert [s.id for s in a.assessments.list()] == [s.id for s in b.assessments.list()]
    assert [c.id for c in a.sync.conflicts()] == [c.id for c in b.sync.conflicts()]


def test_rows_of_every_table_are_models_of_the_merge() -> None:
    assert {Action.__tablename__, Note.__tablename__, Response.__tablename__} <= {
        "action",
        "note",
        "response",
    }
