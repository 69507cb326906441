"""The assessment workspace driven as a user would: keys, typing, buttons; then the profile reopened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import update

from fieldguide.app import open_app
from fieldguide.assessments.model import STATUSES
from fieldguide.db.models import ChecklistItem
from fieldguide.paths import DataPaths
from fieldguide.ui.dates import short_date
from fieldguide.ui.workspace import AssessmentWorkspace, NewAssessmentDialog
from tests.gui_helpers import answer_modal

PROCESS = "ssr-nsp-process-steps"
TIPS = "ssr-national-ownership-tips"
FRENCH = "Réunion avec la société civile à Bambari"
ARABIC = "اجتماع مع المجتمع المدني"


def type_text(widget: QWidget, text: str) -> None:
    """Per-character key events: what a keyboard sends, for any script (keyClicks aborts on é)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def stored(runner: Any, assessment_id: str, item_id: str) -> Any:
    """The answer as stored: read through the runner, after every save queued before it."""
    response = runner.call(lambda app: app.assessments.get(assessment_id).response(item_id))
    assert response is not None
    return response


def show(qtbot: Any, workspace: AssessmentWorkspace) -> None:
    qtbot.addWidget(workspace)
    workspace.resize(1200, 800)
    workspace.show()
    workspace.activateWindow()
    # Shortcuts (keys 1–5, J/K) act only in the active window, as on a desktop.
    assert QTest.qWaitForWindowActive(workspace)


@pytest.fixture
def assessment(app: Any) -> str:
    return app.assessments.create([PROCESS, TIPS], "SSR readiness review", country="CAR")


@pytest.fixture
def workspace(qtbot: Any, runner: Any, assessment: str) -> Iterator[AssessmentWorkspace]:
    widget = AssessmentWorkspace(runner)
    show(qtbot, widget)
    assert widget.open_assessment(assessment)
    yield widget
    widget.close()


def test_create_through_the_dialog_work_by_keyboard_and_find_it_all_after_reopening(
    qtbot: Any, app: Any, runner: Any, runner_for: Any, data_dir: Path
) -> None:
    dialog = NewAssessmentDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.create_button.isEnabled()
    rows = {row.data(0, Qt.ItemDataRole.UserRole + 1): row for row in dialog.checklist_rows()}
    assert {PROCESS, TIPS} <= set(rows)
    areas = [dialog.checklists.topLevelItem(i).text(0) for i in range(dialog.checklists.topLevelItemCount())]
    assert "Security sector reform" in areas
    rows[PROCESS].setCheckState(0, Qt.CheckState.Checked)
    rows[TIPS].setCheckState(0, Qt.CheckState.Checked)
    assert not dialog.create_button.isEnabled()  # no title yet
    dialog.title.setText("Revue de la réforme du secteur de la sécurité")
    dialog.country.setText("République centrafricaine")
    dialog.mission.setText("MINUSCA")
    dialog.assessors.setText("Amina Diallo, Jonas Weber")
    dialog.start.enabled.setChecked(True)
    dialog.classification.setCurrentIndex(dialog.classification.findData("confidential"))
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assessment_id = dialog.assessment_id
    assert assessment_id is not None

    workspace = AssessmentWorkspace(runner)
    show(qtbot, workspace)
    assert workspace.open_assessment(assessment_id)
    assert workspace.title_label.text() == "Revue de la réforme du secteur de la sécurité"
    assert "CONFIDENTIAL" in workspace.classification_label.text()
    ids = workspace.visible_item_ids()
    process_items = [i for i in ids if i.startswith(PROCESS + "/")]
    tips_items = [i for i in ids if i.startswith(TIPS + "/")]
    assert process_items and tips_items and len(ids) == len(process_items) + len(tips_items)
    assert workspace.current_item_id == ids[0]

    QTest.keyClick(workspace.tree, Qt.Key.Key_1)  # met
    QTest.keyClick(workspace.tree, Qt.Key.Key_J)
    assert workspace.current_item_id == ids[1]
    QTest.keyClick(workspace.tree, Qt.Key.Key_3)  # not met
    workspace.editor.note.setFocus()
    workspace.editor.note.setPlainText(FRENCH)
    QTest.keyClick(workspace.editor.note, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_item_id == ids[2]
    QTest.keyClick(workspace.tree, Qt.Key.Key_2)  # partly met
    workspace.editor.note.setFocus()
    type_text(workspace.editor.note, ARABIC)
    workspace.editor.evidence.setPlainText("Procès-verbal, 12 mars")
    workspace.editor.confidence.setFocus()
    QTest.keyClick(workspace.editor.confidence, Qt.Key.Key_Down)  # "Not stated" -> "Low"
    workspace.tree.setFocus()
    overdue = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    workspace.actions_panel.text.setText("Inviter les associations de femmes")
    workspace.actions_panel.owner.setText("Amina Diallo")
    workspace.actions_panel.has_due.setChecked(True)
    workspace.actions_panel.due.setDate(dt.date.today() - dt.timedelta(days=3))
    qtbot.mouseClick(workspace.actions_panel.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClick(workspace.tree, Qt.Key.Key_End)  # the last item, of the second checklist
    assert workspace.current_item_id == ids[-1] and ids[-1].split("/")[0] != ids[0].split("/")[0]
    QTest.keyClick(workspace.tree, Qt.Key.Key_4)  # not applicable
    workspace.editor.note.setFocus()
    workspace.editor.note.setPlainText("Dernière note, pas encore enregistrée")
    assert workspace.close()
    runner.close()  # every queued save written, then the profile closed

    reopened = open_app(DataPaths(data_dir))
    try:
        again = AssessmentWorkspace(runner_for(reopened))
        show(qtbot, again)
        assert again.open_assessment(assessment_id)
        statuses = {item: again.response(item).status for item in (ids[0], ids[1], ids[2], ids[-1])}
        # Keys 1–n choose the n-th value of each item's own scale (the gap last).
        keyed = {ids[0]: 1, ids[1]: 3, ids[2]: 2, ids[-1]: 4}
        expected = {}
        for item, key in keyed.items():
            scale = again.response(item).scale
            expected[item] = scale[key - 1] if key <= len(scale) else "not-assessed"
        assert statuses == expected
        assert again.response(ids[1]).note == FRENCH
        assert again.response(ids[2]).note == ARABIC
        assert again.response(ids[2]).evidence == "Procès-verbal, 12 mars"
        assert again.response(ids[2]).confidence == "low"
        assert again.response(ids[-1]).note == "Dernière note, pas encore enregistrée"
        given = [v for v in expected.values() if v != "not-assessed"]
        assert again.chart.counts()[expected[ids[0]]] >= 1 and again.progress.value() == len(given)
        again.select_item(ids[2])
        assert again.editor.note.toPlainText() == ARABIC
        assert again.editor.checked_status() == expected[ids[2]]
        [action] = again.action_views()
        # The follow-up actions no longer shadow QWidget.actions(), which Qt's own code reads.
        assert all(isinstance(a, QAction) for a in again.actions())
        assert (action.text, action.owner, action.due, action.item_id) == (
            "Inviter les associations de femmes",
            "Amina Diallo",
            overdue,
            ids[2],
        )
        [row] = again.actions_panel.rows()
        assert "overdue" in row.text(2) and row.text(0) == "Inviter les associations de femmes"
        view = reopened.assessments.get(assessment_id)
        assert (view.country, view.mission, view.assessors, view.classification) == (
            "République centrafricaine",
            "MINUSCA",
            ["Amina Diallo", "Jonas Weber"],
            "confidential",
        )
        assert view.start_date == dt.date.today().isoformat()
        again.close()
    finally:
        reopened.close()


def test_the_note_is_saved_after_a_pause_and_when_focus_leaves(
    qtbot: Any, runner: Any, assessment: str, workspace: AssessmentWorkspace
) -> None:
    item = workspace.current_item_id
    assert item is not None
    workspace.editor.note.setFocus()
    type_text(workspace.editor.note, FRENCH)
    assert workspace.editor.save_state.text() == "Saving…"
    qtbot.waitUntil(lambda: stored(runner, assessment, item).note == FRENCH, timeout=5000)
    assert workspace.editor.save_state.text() == "Saved"
    assert workspace.current_item_id == item  # saving never moves the user

    type_text(workspace.editor.note, " — " + ARABIC)
    workspace.tree.setFocus()  # focus leaves the editor: saved at once, no waiting
    assert stored(runner, assessment, item).note == FRENCH + " — " + ARABIC
    assert workspace.editor.note.toPlainText() == FRENCH + " — " + ARABIC


def test_typing_j_and_digits_in_the_note_types_them(app: Any, workspace: AssessmentWorkspace) -> None:
    item = workspace.current_item_id
    workspace.editor.note.setFocus()
    for key in (Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_1, Qt.Key.Key_5):
        QTest.keyClick(workspace.editor.note, key)
    assert workspace.editor.note.toPlainText() == "jk15"
    assert workspace.current_item_id == item
    assert workspace.response(item).status == "not-assessed"  # type: ignore[arg-type, union-attr]


def test_j_k_and_ctrl_arrows_move_between_items(workspace: AssessmentWorkspace) -> None:
    ids = workspace.visible_item_ids()
    assert workspace.current_item_id == ids[0]
    QTest.keyClick(workspace.tree, Qt.Key.Key_J)
    QTest.keyClick(workspace.tree, Qt.Key.Key_J)
    assert workspace.current_item_id == ids[2]
    QTest.keyClick(workspace.tree, Qt.Key.Key_K)
    assert workspace.current_item_id == ids[1]
    workspace.editor.note.setFocus()
    QTest.keyClick(workspace.editor.note, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_item_id == ids[0]
    QTest.keyClick(workspace.editor.note, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_item_id == ids[0]  # stays on the first
    QTest.keyClick(workspace.editor.note, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_item_id == ids[1]


def test_status_buttons_and_keys_undo_and_redo(
    runner: Any, assessment: str, workspace: AssessmentWorkspace
) -> None:
    item = workspace.current_item_id
    assert item is not None
    scale = workspace.response(item).scale
    assert len(scale) >= 3, "the first item's scale has at least two answers and the gap"
    qtbot_click = QTest.mouseClick
    qtbot_click(workspace.editor.status_button(scale[1]), Qt.MouseButton.LeftButton)
    assert stored(runner, assessment, item).status == scale[1]
    assert all(workspace.editor.status_button(value).isVisible() == (value in scale) for value in STATUSES)
    QTest.keyClick(workspace.tree, Qt.Key.Key_3)
    assert stored(runner, assessment, item).status == scale[2]
    assert workspace.editor.checked_status() == scale[2]
    QTest.keyClick(workspace.tree, Qt.Key.Key_J)
    other = workspace.current_item_id

    QTest.keyClick(workspace.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(runner, assessment, item).status == scale[1]
    assert workspace.current_item_id == item  # undo shows what it changed
    assert workspace.editor.checked_status() == scale[1]
    QTest.keyClick(workspace.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(runner, assessment, item).status == "not-assessed"
    assert workspace.chart.counts()["not-assessed"] == len(workspace.visible_item_ids())
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(workspace.tree, Qt.Key.Key_Z, redo)
    QTest.keyClick(workspace.tree, Qt.Key.Key_Z, redo)
    assert stored(runner, assessment, item).status == scale[2]
    assert workspace.chart.counts()[scale[2]] >= 1
    assert workspace.progress.value() == (0 if scale[2] == "not-assessed" else 1)
    assert other != item


def set_kinds(app: Any, kinds: dict[str, str]) -> None:
    """Give stored items a kind, as a pack declares it (tests do not rely on the starter pack's)."""
    with app.db.write() as session:
        for item_id, kind in kinds.items():
            session.execute(update(ChecklistItem).where(ChecklistItem.id == item_id).values(kind=kind))


def test_filters_show_what_they_say_and_keep_the_current_item(
    app: Any, assessment: str, workspace: AssessmentWorkspace
) -> None:
    ids = workspace.visible_item_ids()
    set_kinds(app, {ids[0]: "step", ids[1]: "criterion", ids[2]: "tip", ids[3]: "question"})
    assert workspace.open_assessment(assessment)
    QTest.keyClick(workspace.tree, Qt.Key.Key_1)  # ids[0] done
    QTest.keyClick(workspace.tree, Qt.Key.Key_J)
    QTest.keyClick(workspace.tree, Qt.Key.Key_3)  # ids[1] not met
    QTest.keyClick(workspace.tree, Qt.Key.Key_J)
    assert workspace.add_action("Follow up with the ministry")  # on ids[2]
    workspace.runner.flush()  # the action is added behind the queued answers
    workspace.select_item(ids[3])

    workspace.filter_box.setCurrentIndex(workspace.filter_box.findData("negative"))
    assert workspace.visible_item_ids() == [ids[1], ids[3]]  # ids[3] is being edited, so it stays
    QTest.keyClick(workspace.tree, Qt.Key.Key_K)
    assert workspace.current_item_id == ids[1]
    assert workspace.visible_item_ids() == [ids[1]]
    workspace.filter_box.setCurrentIndex(workspace.filter_box.findData("with-actions"))
    assert workspace.visible_item_ids() == [ids[1], ids[2]]
    workspace.select_item(ids[2])
    assert workspace.visible_item_ids() == [ids[2]]
    workspace.filter_box.setCurrentIndex(workspace.filter_box.findData("not-assessed"))
    QTest.keyClick(workspace.tree, Qt.Key.Key_2)  # ids[2], a tip, now not applied: shown while edited
    assert ids[2] in workspace.visible_item_ids()
    QTest.keyClick(workspace.tree, Qt.Key.Key_J)
    visible = workspace.visible_item_ids()
    assert ids[0] not in visible and ids[1] not in visible and ids[2] not in visible
    assert len(visible) == len(ids) - 3
    workspace.filter_box.setCurrentIndex(workspace.filter_box.findData("all"))
    assert workspace.visible_item_ids() == ids


def test_finalised_assessment_is_read_only_until_reopened(
    runner: Any, qtbot: Any, app: Any, assessment: str, workspace: AssessmentWorkspace
) -> None:
    item = workspace.current_item_id
    assert item is not None
    workspace.editor.note.setFocus()
    workspace.editor.note.setPlainText("Written before finalising")
    seen: list[str] = []
    answer_modal("Finalise anyway", seen)
    qtbot.mouseClick(workspace.finalise_button, Qt.MouseButton.LeftButton)
    total = len(workspace.visible_item_ids())
    assert seen and seen[0].startswith(f"{total} of {total} items are not assessed yet.")
    workspace.activateWindow()  # back from the question, as the window manager does
    qtbot.waitUntil(workspace.isActiveWindow)
    workspace.tree.setFocus()
    assert app.assessments.get(assessment).final
    assert stored(runner, assessment, item).note == "Written before finalising"
    assert workspace.final_banner.isVisible() and "read-only" in workspace.final_banner.text()
    assert workspace.editor.note.isReadOnly() and workspace.editor.evidence.isReadOnly()
    first = workspace.response(item).scale[0]
    assert not workspace.editor.status_button(first).isEnabled()
    assert not workspace.actions_panel.add_button.isEnabled()
    QTest.keyClick(workspace.tree, Qt.Key.Key_1)
    workspace.editor.note.setFocus()
    type_text(workspace.editor.note, "x")
    assert workspace.editor.note.toPlainText() == "Written before finalising"
    assert stored(runner, assessment, item).status == "not-assessed"

    qtbot.mouseClick(workspace.reopen_button, Qt.MouseButton.LeftButton)
    assert not app.assessments.get(assessment).final
    assert not workspace.final_banner.isVisible() and not workspace.editor.note.isReadOnly()
    assert workspace.current_item_id == item
    QTest.keyClick(workspace.tree, Qt.Key.Key_1)
    assert stored(runner, assessment, item).status == first


def test_a_failed_save_keeps_the_text_says_why_and_retries(
    runner: Any,
    qtbot: Any,
    app: Any,
    assessment: str,
    workspace: AssessmentWorkspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    item = workspace.current_item_id
    assert item is not None
    real_answer = app.assessments.answer

    def disk_full(*args: Any, **kwargs: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(app.assessments, "answer", disk_full)
    workspace.editor.note.setFocus()
    workspace.editor.note.setPlainText(FRENCH)
    assert not workspace.flush()
    assert workspace.error_banner.isVisible() and "No space left" in workspace.error_banner.text()
    assert workspace.retry_button.isVisible()  # the text typed is what "Try again" saves
    QTest.keyClick(workspace.tree, Qt.Key.Key_J)  # cannot leave an item whose note is unsaved
    assert workspace.current_item_id == item
    assert workspace.editor.note.toPlainText() == FRENCH
    assert not workspace.close()  # nor close the workspace

    monkeypatch.setattr(app.assessments, "answer", real_answer)
    qtbot.mouseClick(workspace.retry_button, Qt.MouseButton.LeftButton)
    assert not workspace.error_banner.isVisible()
    assert stored(runner, assessment, item).note == FRENCH
    QTest.keyClick(workspace.tree, Qt.Key.Key_J)
    assert workspace.current_item_id != item


def test_an_assessment_that_cannot_be_opened_is_said_without_a_pointless_try_again(
    qtbot: Any, assessment: str, workspace: AssessmentWorkspace
) -> None:
    """"Try again" saves the text typed; after a failed open there is nothing for it to do."""
    assert not workspace.open_assessment("0123456789abcdef")
    assert workspace.error_banner.isVisible()
    assert "0123456789abcdef" in workspace.error_banner.text()
    assert not workspace.retry_button.isVisible()
    assert workspace.assessment_id == assessment  # the one open before stays open


def test_the_guidance_link_asks_for_the_section(qtbot: Any, workspace: AssessmentWorkspace) -> None:
    response = workspace.response(workspace.current_item_id or "")
    assert response is not None and response.guidance_section_id
    assert workspace.editor.guidance.isVisible()
    with qtbot.waitSignal(workspace.guidance_requested, timeout=1000) as signal:
        qtbot.mouseClick(workspace.editor.guidance, Qt.MouseButton.LeftButton)
    assert signal.args == [response.guidance_section_id]


def test_actions_marked_done_and_overdue(
    app: Any, runner: Any, assessment: str, workspace: AssessmentWorkspace
) -> None:
    late = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    app.assessments.add_action(assessment, "Late one", due=late)
    app.assessments.add_action(
        assessment, "Next week", due=(dt.date.today() + dt.timedelta(days=7)).isoformat()
    )
    workspace.reload()
    rows = {row.text(0): row for row in workspace.actions_panel.rows()}
    assert "overdue" in rows["Late one"].text(2) and "overdue" not in rows["Next week"].text(2)
    assert "1 overdue" in workspace.actions_panel.summary.text()
    rows["Late one"].setCheckState(0, Qt.CheckState.Checked)  # the user ticks it
    runner.flush()  # the change is queued on the runner: wait for it
    done = {a.text: a.done for a in app.assessments.get(assessment).actions}
    assert done == {"Late one": True, "Next week": False}
    rows = {row.text(0): row for row in workspace.actions_panel.rows()}
    # Dates read as the chosen locale writes them ("30 Nov 2026"), not as stored.
    assert rows["Late one"].text(2) == short_date(late)
    assert "overdue" not in workspace.actions_panel.summary.text()
