"""The assessment service: what gets stored, what is refused, and that refusals write nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select, update

from fieldguide.assessments.errors import AssessmentFinal, AssessmentNotFound, InvalidInput
from fieldguide.assessments.model import STATUSES
from fieldguide.assessments.scales import choices
from fieldguide.assessments.service import response_id
from fieldguide.db.models import Action, Assessment, ChangeLog, ChecklistItem, Response
from fieldguide.errors import UserError
from fieldguide.sync.rows import state_of

PROCESS = "ssr-nsp-process-steps"
TIPS = "ssr-national-ownership-tips"


def change_count(app: Any) -> int:
    with app.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLog)) or 0)


def row_counts(app: Any) -> tuple[int, ...]:
    with app.db.read() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Assessment, Response, Action, ChangeLog)
        )


def items_of(app: Any, checklist_id: str) -> list[str]:
    return [i.id for i in app.catalog.checklist(checklist_id).items if not i.retired]


@pytest.fixture
def assessment(app: Any) -> str:
    return app.assessments.create(
        [PROCESS, TIPS],
        "  SSR readiness   review ",
        country="Central African Republic",
        mission="MINUSCA",
        assessors=["Amina Diallo", " Jonas Weber ", ""],
        start_date="2025-03-01",
        end_date="2025-03-21",
        classification="confidential",
    )


def test_create_lists_every_item_of_both_checklists_not_assessed(app: Any, assessment: str) -> None:
    view = app.assessments.get(assessment)
    assert view.title == "SSR readiness review"
    assert view.assessors == ["Amina Diallo", "Jonas Weber"]
    assert (view.start_date, view.end_date, view.classification, view.status) == (
        "2025-03-01",
        "2025-03-21",
        "confidential",
        "draft",
    )
    assert [c.id for c in view.checklists] == [PROCESS, TIPS]
    expected = items_of(app, PROCESS) + items_of(app, TIPS)
    assert [r.item_id for r in view.responses] == expected
    assert {r.status for r in view.responses} == {"not-assessed"}
    assert view.progress == {**dict.fromkeys(STATUSES, 0), "not-assessed": len(expected)}
    assert all(r.scale == choices(r.kind) and r.scale[-1] == "not-assessed" for r in view.responses)
    first = view.responses[0]
    assert first.group == "Initiation" and first.guidance_section_id and first.guidance_title
    with app.db.read() as session:  # responses are created on the first answer, not before
        assert session.scalar(select(func.count()).select_from(Response)) == 0
        row = session.get(Assessment, assessment)
        assert row.checklist_ids == [PROCESS, TIPS]
        assert set(row.clocks) >= {"title", "classification", "checklist_ids", "status"}


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"checklist_ids": [PROCESS, "no-such-checklist"]}, AssessmentNotFound, "no-such-checklist"),
        ({"checklist_ids": []}, InvalidInput, "at least one checklist"),
        ({"title": "   "}, InvalidInput, "title"),
        ({"classification": "secret"}, InvalidInput, "strictly-confidential"),
        ({"start_date": "2025-02-30"}, InvalidInput, "yyyy-mm-dd"),
        ({"start_date": "01/03/2025"}, InvalidInput, "yyyy-mm-dd"),
        ({"start_date": "2025-03-10", "end_date": "2025-03-01"}, InvalidInput, "before"),
    ],
)
def test_create_refuses_bad_input_and_writes_nothing(
    app: Any, kwargs: dict[str, Any], error: type[UserError], words: str
) -> None:
    before = row_counts(app)
    arguments: dict[str, Any] = {"checklist_ids": [PROCESS], "title": "Review", **kwargs}
    with pytest.raises(error, match=words):
        app.assessments.create(arguments.pop("checklist_ids"), arguments.pop("title"), **arguments)
    assert row_counts(app) == before


def scale_of(app: Any, assessment: str, item: str) -> tuple[str, ...]:
    response = app.assessments.get(assessment).response(item)
    assert response is not None
    return tuple(response.scale)


def test_answer_creates_the_response_lazily_with_a_derived_id(app: Any, assessment: str) -> None:
    item = items_of(app, PROCESS)[0]
    value = scale_of(app, assessment, item)[0]
    view = app.assessments.answer(
        assessment, item, status=value, note="Réunion à Bambari", confidence="medium"
    )
    assert (view.status, view.note, view.confidence, view.answered) == (
        value,
        "Réunion à Bambari",
        "medium",
        True,
    )
    app.assessments.answer(assessment, item, note="اجتماع مع المجتمع المدني", evidence="Minutes")
    with app.db.read() as session:
        rows = list(session.scalars(select(Response)))
        assert len(rows) == 1
        row = rows[0]
        assert row.id == response_id(assessment, item)
        assert (row.status, row.note, row.evidence, row.confidence) == (
            value,
            "اجتماع مع المجتمع المدني",
            "Minutes",
            "medium",
        )
        notes = session.scalars(
            select(ChangeLog.value).where(ChangeLog.row_id == row.id, ChangeLog.field == "note")
        ).all()
        # The first note was never sent: the second superseded it in the log (sync/compaction.py).
        assert notes == ["اجتماع مع المجتمع المدني"]
        assert state_of(row, "note").winner.hlc > state_of(row, "status").winner.hlc
    progress = app.assessments.get(assessment).progress
    assert progress[value] == 1


def test_answer_accepts_the_short_item_id_and_clears_confidence(app: Any, assessment: str) -> None:
    value = scale_of(app, assessment, f"{PROCESS}/feasibility-study")[0]
    app.assessments.answer(assessment, "feasibility-study", status=value, confidence="high")
    view = app.assessments.answer(assessment, f"{PROCESS}/feasibility-study", confidence="")
    assert view.item_id == f"{PROCESS}/feasibility-study"
    assert (view.status, view.confidence) == (value, None)


@pytest.mark.parametrize(
    ("item", "values", "error"),
    [
        (f"{PROCESS}/feasibility-study", {"status": "finished"}, InvalidInput),
        (f"{PROCESS}/feasibility-study", {"confidence": "certain"}, InvalidInput),
        (f"{PROCESS}/feasibility-study", {}, InvalidInput),
        ("ssr-ten-principles/national-ownership", {"status": "met"}, AssessmentNotFound),
        ("nothing-like-this", {"status": "met"}, AssessmentNotFound),
    ],
)
def test_answer_refuses_and_writes_nothing(
    app: Any, assessment: str, item: str, values: dict[str, str], error: type[UserError]
) -> None:
    before = row_counts(app)
    with pytest.raises(error):
        app.assessments.answer(assessment, item, **values)
    assert row_counts(app) == before


def test_ids_may_be_shortened_to_an_unambiguous_prefix(app: Any, assessment: str) -> None:
    assert app.assessments.resolve(assessment[:8]) == assessment
    assert app.assessments.get(assessment[:8].upper()).id == assessment
    with pytest.raises(AssessmentNotFound, match="at least 8"):
        app.assessments.get(assessment[:7])
    with pytest.raises(AssessmentNotFound):
        app.assessments.get("%%%%%%%%%")
    other = app.assessments.create([PROCESS], "Other")
    with app.db.write() as session:  # make two ids share a prefix, as a collision would
        session.execute(
            update(Assessment).where(Assessment.id == other).values(id=assessment[:9] + other[9:])
        )
    with pytest.raises(InvalidInput, match="more than one"):
        app.assessments.get(assessment[:9])


def test_actions_on_the_assessment_and_on_an_item(app: Any, assessment: str) -> None:
    today = dt.date.today()
    late = app.assessments.add_action(
        assessment,
        "Invite women's associations",
        item_id="build-trust",
        owner="Amina",
        due=(today - dt.timedelta(days=3)).isoformat(),
    )
    general = app.assessments.add_action(assessment, "Write the summary")
    assert late.item_id == f"{PROCESS}/build-trust" and late.overdue()
    assert general.item_id is None and not general.overdue()
    assert app.assessments.set_action_done(late.id[:8]).done
    view = app.assessments.get(assessment)
    assert [(a.text, a.done) for a in view.actions] == [
        ("Write the summary", False),
        ("Invite women's associations", True),
    ]
    assert not view.actions[1].overdue()
    before = row_counts(app)
    for call in (
        lambda: app.assessments.add_action(assessment, "  "),
        lambda: app.assessments.add_action(assessment, "x", due="tomorrow"),
        lambda: app.assessments.add_action(assessment, "x", item_id="ssr-ten-principles/x"),
        lambda: app.assessments.add_action("00000000", "x"),
    ):
        with pytest.raises(UserError):
            call()
    assert row_counts(app) == before


def test_a_final_assessment_refuses_every_change_until_reopened(app: Any, assessment: str) -> None:
    action = app.assessments.add_action(assessment, "Follow up")
    app.assessments.finalise(assessment)
    before = row_counts(app)
    attempts = (
        lambda: app.assessments.answer(assessment, "build-trust", status="met"),
        lambda: app.assessments.answer(assessment, "build-trust", note="late note"),
        lambda: app.assessments.add_action(assessment, "Another"),
        lambda: app.assessments.set_action_done(action.id),
        lambda: app.assessments.update(assessment, title="New title"),
        lambda: app.assessments.delete(assessment),
        lambda: app.assessments.finalise(assessment),
    )
    for attempt in attempts:
        with pytest.raises(AssessmentFinal, match="reopen"):
            attempt()
    assert row_counts(app) == before
    assert app.assessments.get(assessment).final
    app.assessments.reopen(assessment)
    first = scale_of(app, assessment, f"{PROCESS}/build-trust")[0]
    assert app.assessments.answer(assessment, "build-trust", status=first).status == first


def test_duplicate_copies_answers_and_actions_into_a_new_draft(app: Any, assessment: str) -> None:
    value = scale_of(app, assessment, f"{PROCESS}/build-trust")[-2]
    app.assessments.answer(assessment, "build-trust", status=value, note="No dialogue yet")
    app.assessments.add_action(assessment, "Plan a dialogue", item_id="build-trust", owner="Jonas")
    app.assessments.finalise(assessment)
    copy = app.assessments.duplicate(assessment[:8])
    original, duplicate = app.assessments.get(assessment), app.assessments.get(copy)
    assert copy != assessment and duplicate.status == "draft" and original.status == "final"
    assert duplicate.title == "SSR readiness review (copy)"
    assert duplicate.country == original.country and duplicate.assessors == original.assessors
    answered = duplicate.response(f"{PROCESS}/build-trust")
    assert answered is not None and (answered.status, answered.note) == (value, "No dialogue yet")
    assert [(a.text, a.owner, a.item_id) for a in duplicate.actions] == [
        ("Plan a dialogue", "Jonas", f"{PROCESS}/build-trust")
    ]
    assert duplicate.actions[0].id != original.actions[0].id
    app.assessments.answer(copy, "build-trust", status=scale_of(app, copy, f"{PROCESS}/build-trust")[0])
    assert app.assessments.get(assessment).response(f"{PROCESS}/build-trust").status == value


def test_delete_leaves_a_tombstone_and_undelete_brings_it_back(app: Any, assessment: str) -> None:
    app.assessments.answer(assessment, "build-trust", note="kept")
    deleted = app.assessments.delete(assessment[:8])
    assert deleted == assessment
    assert [s.id for s in app.assessments.list()] == []
    assert [s.id for s in app.assessments.list(deleted=True)] == [assessment]
    with pytest.raises(AssessmentNotFound):
        app.assessments.get(assessment)
    with app.db.read() as session:
        row = session.get(Assessment, assessment)
        assert row is not None and row.deleted and "deleted" in row.clocks
    app.assessments.undelete(assessment[:8])
    assert app.assessments.get(assessment).response(f"{PROCESS}/build-trust").note == "kept"
    with pytest.raises(AssessmentNotFound):
        app.assessments.undelete(assessment)


def test_list_shows_progress_most_recent_first(app: Any, assessment: str) -> None:
    later = app.assessments.create([TIPS], "Later")
    app.assessments.answer(assessment, "build-trust", status="met")
    summaries = app.assessments.list()
    assert [s.id for s in summaries] == [assessment, later]
    assert summaries[0].assessed == 1
    assert summaries[0].total == len(items_of(app, PROCESS)) + len(items_of(app, TIPS))


def test_retired_items_keep_their_answers_and_are_marked(app: Any, assessment: str) -> None:
    answered, unanswered = items_of(app, PROCESS)[:2]
    app.assessments.answer(assessment, answered, status="met", note="Still matters")
    with app.db.write() as session:  # what a pack upgrade that drops both items leaves behind
        session.execute(
            update(ChecklistItem).where(ChecklistItem.id.in_([answered, unanswered])).values(retired=True)
        )
    view = app.assessments.get(assessment)
    kept = view.response(answered)
    assert kept is not None and kept.retired and kept.note == "Still matters"
    assert view.response(unanswered) is None
    assert app.assessments.answer(assessment, answered, note="Edited after retirement").retired


def test_update_details_validates_before_writing(app: Any, assessment: str) -> None:
    view = app.assessments.update(assessment, title="Renamed", end_date="", assessors=["Léa Martin"])
    assert (view.title, view.end_date, view.assessors) == ("Renamed", None, ["Léa Martin"])
    before = change_count(app)
    with pytest.raises(InvalidInput):
        app.assessments.update(assessment, start_date="2025-04-01", end_date="2025-03-01")
    assert change_count(app) == before


@pytest.mark.parametrize(
    ("language", "gone", "short", "binned_action"),
    [
        (
            "fr",
            "aucune évaluation n’a l’identifiant",
            "indiquez au moins 8 caractères",
            "aucune action supprimée",
        ),
        ("ar", "لا يوجد تقييم بالمعرّف", "أدخِل 8 أحرف على الأقل", "لا يوجد إجراء محذوف"),
    ],
)
def test_an_unknown_id_is_said_in_the_users_language(  # type: ignore[no-untyped-def]
    app, qapp, language: str, gone: str, short: str, binned_action: str
) -> None:
    """What the window shows when an assessment cannot be opened (deleted meanwhile) and what
    the command line says for a wrong id: whole sentences from the catalogue, no English."""
    from tests.i18n_support import speaking

    assessment = app.assessments.create([app.catalog.checklists()[0].id], "Bangui")
    app.assessments.delete(assessment)
    with speaking(language):
        with pytest.raises(AssessmentNotFound) as missing:
            app.assessments.get(assessment)
        assert gone in str(missing.value) and assessment in str(missing.value)
        with pytest.raises(AssessmentNotFound) as too_short:
            app.assessments.get("abc")
        assert short in str(too_short.value)
        with pytest.raises(AssessmentNotFound) as no_action:
            app.assessments.restore_action("0123456789abcdef")
        assert binned_action in str(no_action.value)
        for error in (missing.value, too_short.value, no_action.value):
            assert "has the id" not in str(error) and "deleted" not in str(error)
