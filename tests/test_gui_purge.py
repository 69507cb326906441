"""Removing a text for good from the workspace: the context menu, the question, the result."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fieldguide.ui.purge_dialog import PurgeDialog
from fieldguide.ui.workspace import AssessmentWorkspace
from tests.test_gui_workspace import TIPS, show
from tests.test_purge import SECRET


@pytest.fixture
def workspace(qtbot: Any, app: Any, runner: Any) -> Iterator[AssessmentWorkspace]:
    assessment = app.assessments.create([TIPS], "Bambari review")
    item = app.assessments.get(assessment).responses[0].item_id
    app.assessments.answer(assessment, item, note=f"Met {SECRET} near the market")
    app.assessments.answer(assessment, item, note=f"Met {SECRET} near the market on Tuesday")
    app.assessments.add_action(assessment, f"Call {SECRET} back")
    app.backups.create("manual")
    widget = AssessmentWorkspace(runner)
    show(qtbot, widget)
    assert widget.open_assessment(assessment)
    assert widget.select_item(item)
    yield widget
    widget.close()


def _answer(seen: list[PurgeDialog], replacement: str, *, confirm: bool = True) -> None:
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PurgeDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog)
        dialog.replacement.setText(replacement)
        (dialog.remove_button.click if confirm else dialog.reject)()

    QTimer.singleShot(0, act)


def test_the_note_is_removed_for_good_from_the_context_menu(
    workspace: AssessmentWorkspace, app: Any, runner: Any
) -> None:
    editor = workspace.editor
    menu = editor.context_menu(editor.note, "note")
    entry = next(a for a in menu.actions() if a.objectName() == "purge-note")
    assert entry.isEnabled() and "good" in entry.text()
    seen: list[PurgeDialog] = []
    _answer(seen, "Met [name removed] near the market")
    entry.trigger()
    dialog = seen[0]
    assert SECRET in dialog.preview.toPlainText()
    assert not dialog.delete_backups.isHidden() and dialog.delete_backups.isChecked()
    assert "backup" in dialog.delete_backups.text()
    assert editor.note.toPlainText() == "Met [name removed] near the market"
    assert workspace.undo_stack.count() == 0
    assert runner.call(lambda a: a.purge.older_backups()) == []
    assert runner.call(lambda a: a.search.search("Okonkwo")) == []


def test_cancel_changes_nothing(workspace: AssessmentWorkspace, runner: Any) -> None:
    editor = workspace.editor
    before = editor.note.toPlainText()
    seen: list[PurgeDialog] = []
    _answer(seen, "", confirm=False)
    assert workspace.purging.purge_answer("note") is False
    assert seen and editor.note.toPlainText() == before
    assert len(runner.call(lambda a: a.backups.list())) >= 1


def test_an_actions_text_is_removed_from_the_action_menu(workspace: AssessmentWorkspace, app: Any) -> None:
    row = workspace.actions_panel.rows()[0]
    menu = workspace.actions_panel.context_menu(row)
    entry = next(a for a in menu.actions() if "good" in a.text())
    seen: list[PurgeDialog] = []
    _answer(seen, "Call the witness back")
    entry.trigger()
    assert [a.text for a in workspace.action_views()] == ["Call the witness back"]
    # The answer's note was not asked about: it is untouched.
    assert SECRET in workspace.editor.note.toPlainText()


def test_a_note_beside_the_reader_is_removed_for_good(qtbot: Any, open_window: Any) -> None:
    from tests.test_gui_reading_desk import SECTION

    window = open_window()
    window.reading.open_content(SECTION)
    notes = window.notes
    notes.editor.setPlainText(f"Ask {SECRET} about the oversight committee")
    notes.flush()
    qtbot.waitUntil(lambda: notes.status.text() == "Saved", timeout=3000)
    entry = next(a for a in notes.context_menu().actions() if a.objectName() == "purge-note")
    assert entry.isEnabled()
    seen: list[PurgeDialog] = []
    _answer(seen, "Ask [name removed] about the oversight committee")
    entry.trigger()
    assert seen and SECRET in seen[0].preview.toPlainText()
    qtbot.waitUntil(lambda: notes.text == "Ask [name removed] about the oversight committee", timeout=3000)
    assert window.runner.call(lambda app: app.search.search("Okonkwo")) == []
