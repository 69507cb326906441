"""The assessment views on their own: the action list's keys and menu, the finalise
question, paragraphs in their own direction, rows that wrap instead of widening."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from fieldguide.assessments.model import ActionView, AssessmentView, ChecklistRef, ResponseView
from fieldguide.ui.flow_layout import FlowLayout
from fieldguide.ui.plain_editor import PlainTextEditor
from fieldguide.ui.workspace.actions_panel import ActionsPanel
from fieldguide.ui.workspace.finalise_dialog import confirm_finalise
from fieldguide.ui.workspace.item_editor import ItemEditor
from tests.gui_helpers import answer_modal

ARABIC = "الأمن الوطني والمصالحة من أولويات الحكومة"


def _action(number: int, item_id: str | None = None) -> ActionView:
    return ActionView(
        id=f"action-{number}",
        assessment_id="a",
        text=f"Follow up {number}",
        owner="Amina",
        due=None,
        done=False,
        item_id=item_id,
        created_at="2026-11-01T00:00:00+00:00",
    )


def _response(number: int, status: str = "not-assessed", kind: str = "criterion") -> ResponseView:
    return ResponseView(
        item_id=f"list/item-{number}",
        item_text=f"Item number {number}",
        checklist_id="list",
        group=None,
        kind=kind,
        position=number,
        source="",
        guidance_section_id=None,
        guidance_title=None,
        retired=False,
        status=status,
    )


def test_actions_are_edited_and_deleted_from_the_list(qtbot: Any) -> None:
    panel = ActionsPanel()
    qtbot.addWidget(panel)
    panel.set_actions([_action(1, "list/item-3"), _action(2)], {"list/item-3": "3. Item"})
    panel.show()
    edited: list[str] = []
    deleted: list[str] = []
    opened: list[str] = []
    panel.edit_requested.connect(edited.append)
    panel.delete_requested.connect(deleted.append)
    panel.item_requested.connect(opened.append)
    first, second = panel.rows()
    panel.list.setCurrentItem(first)
    QTest.keyClick(panel.list, Qt.Key.Key_F2)
    QTest.keyClick(panel.list, Qt.Key.Key_Return)
    panel.list.setCurrentItem(second)
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    rect = panel.list.visualItemRect(first)
    # A real double-click: press, release, then the double-click event.
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert edited == ["action-1", "action-1"] and deleted == ["action-2"] and opened == ["list/item-3"]
    menu = panel.context_menu(first)
    purge = "Remove this text for &good…"  # offered even when read-only: a witness's name must go
    assert [a.text() for a in menu.actions() if a.text()] == ["&Edit…", "&Delete", purge, "&Open the item"]
    assert [a.text() for a in panel.context_menu(second).actions() if a.text()] == [
        "&Edit…",
        "&Delete",
        purge,
    ]
    panel.set_read_only(True)
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert deleted == ["action-2"]
    assert not any(
        a.isEnabled() for a in panel.context_menu(first).actions() if a.text() in ("&Edit…", "&Delete")
    )


def _view(responses: list[ResponseView]) -> AssessmentView:
    return AssessmentView(
        id="a",
        title="Review",
        country="",
        mission="",
        assessors=[],
        start_date=None,
        end_date=None,
        classification="unclassified",
        status="draft",
        summary="",
        created_at="",
        updated_at="",
        checklists=[ChecklistRef("list", "Listening checklist")],
        responses=responses,
    )


def test_finalise_says_what_is_unassessed_and_asks(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    view = _view([_response(n, "met" if n % 3 == 0 else "not-assessed") for n in range(1, 13)])
    seen: list[str] = []
    answer_modal("Show the first", seen)
    assert confirm_finalise(parent, view) == "show"
    assert seen[0].startswith("8 of 12 items are not assessed yet.")
    assert "Listening checklist › 1. Item number 1" in seen[0] and "and 0 more" not in seen[0]
    assert "Item number 3" not in seen[0]  # assessed, so not listed
    answer_modal("Finalise anyway", seen)
    assert confirm_finalise(parent, view) == "finalise"
    answer_modal("Cancel", seen)
    assert confirm_finalise(parent, view) == ""
    many = _view([_response(n) for n in range(1, 21)])
    answer_modal("Cancel", seen)
    confirm_finalise(parent, many)
    assert "and 12 more" in seen[-1]
    done = _view([_response(n, "met") for n in range(1, 4)])
    assert confirm_finalise(parent, done) == "finalise"  # nothing to ask


def test_an_arabic_paragraph_starts_at_the_right_edge_of_the_editor(qtbot: Any) -> None:
    editor = PlainTextEditor()
    qtbot.addWidget(editor)
    editor.resize(500, 200)
    editor.show()
    editor.setPlainText(ARABIC + "\nSécurité des communautés")
    QApplication.processEvents()
    cursor = QTextCursor(editor.document())
    arabic_start = editor.cursorRect(cursor).x()
    cursor.setPosition(len(ARABIC) + 1)
    french_start = editor.cursorRect(cursor).x()
    assert arabic_start > editor.viewport().width() * 0.8  # right edge
    assert french_start < editor.viewport().width() * 0.2  # left edge, in the same note
    editor.setHtml("<b>pasted</b>")
    assert editor.acceptRichText() is False


def test_the_item_editors_notes_follow_their_paragraph_direction(qtbot: Any) -> None:
    editor = ItemEditor()
    qtbot.addWidget(editor)
    editor.resize(600, 500)
    editor.show()
    editor.show_item(_response(1), "Listening checklist")
    for field in (editor.note, editor.evidence):
        assert isinstance(field, PlainTextEditor)


def shown_in_order(editor: ItemEditor) -> list[str]:
    """The visible status buttons as a reader sees them: line by line, left to right."""
    QApplication.processEvents()
    buttons = [b for b in editor.status_group.buttons() if b.isVisible()]
    return [b.text() for b in sorted(buttons, key=lambda b: (b.y(), b.x()))]


def test_the_kind_reads_as_text_and_a_question_has_an_answer(qtbot: Any) -> None:
    editor = ItemEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.show_item(_response(1, kind="question"), "Listening checklist")
    assert editor.kind.text() == "Question" and "border" not in editor.kind.styleSheet()
    assert editor.kind.focusPolicy() == Qt.FocusPolicy.NoFocus and not editor.kind_box.isVisible()
    assert editor.note_label.text() == "&Answer"
    assert shown_in_order(editor) == ["1 · Answered", "2 · Not yet"]
    editor.show_item(_response(2, kind="step"), "Listening checklist")
    assert editor.note_label.text() == "&Note"
    assert shown_in_order(editor) == [
        "1 · Done",
        "2 · Under way",
        "3 · Not started",
        "4 · Not applicable",
        "5 · Not assessed",
    ]


def test_a_flow_row_wraps_instead_of_widening(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    row = FlowLayout(host)
    buttons = [QPushButton(f"Button number {n}", host) for n in range(5)]
    for button in buttons:
        row.addWidget(button)
    host.show()
    widest = max(b.sizeHint().width() for b in buttons)
    assert host.minimumSizeHint().width() <= widest + 2
    host.resize(widest + 10, row.heightForWidth(widest + 10))
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) == 5  # one per line
    assert all(b.geometry().right() <= host.width() for b in buttons)
    wide = sum(b.sizeHint().width() for b in buttons) + 40
    host.resize(wide, row.heightForWidth(wide))
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) == 1


def test_overdue_marking_is_kept(qtbot: Any) -> None:
    panel = ActionsPanel()
    qtbot.addWidget(panel)
    late = _action(1)
    late = ActionView(**{**late.__dict__, "due": (dt.date.today() - dt.timedelta(days=2)).isoformat()})
    panel.set_actions([late], {})
    assert "overdue" in panel.rows()[0].text(2)


def test_the_lock_pages_explanation_is_never_cut_short(qtbot: Any) -> None:
    from PySide6.QtWidgets import QMainWindow

    from fieldguide.ui.lock import LockPage

    for width, height in ((1024, 600), (819, 480), (1366, 768)):
        window = QMainWindow()
        qtbot.addWidget(window)
        page = LockPage(window)
        window.setCentralWidget(page)
        page.set_protected(False)  # the longest text: an unprotected profile
        window.resize(width, height)
        window.show()
        QApplication.processEvents()
        label = page.explanation
        assert label.height() >= label.heightForWidth(label.width()), (width, height)
