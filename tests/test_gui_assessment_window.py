"""Everything about an assessment done in the window, as an adviser does it: actions edited
and deleted with undo, details changed, delete, restore and duplicate, starting from a
checklist, finalising, search hits, the F1 list, and a small laptop's screen."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.gui_helpers import answer_modal, rows_of

PROCESS = "ssr-nsp-process-steps"
TIPS = "ssr-national-ownership-tips"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def open_assessment(window: Any, title: str = "SSR readiness review") -> str:
    assessment_id = window.runner.call(
        lambda app: app.assessments.create([PROCESS, TIPS], title, country="Mali")
    )
    assert window.assessments.open_assessment(assessment_id)
    return str(assessment_id)


def stored(window: Any, assessment_id: str) -> Any:
    return window.runner.call(lambda app: app.assessments.get(assessment_id))


def in_dialog(kind: type[QDialog], act: Any) -> None:
    """Run `act(dialog)` on the next modal dialog of this kind (opened by what the test does next)."""

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, find)
            return
        act(dialog)

    QTimer.singleShot(0, find)


def test_a_follow_up_action_is_edited_and_deleted_with_undo(qtbot: Any, open_window: Any) -> None:
    from fieldguide.ui.workspace.action_dialog import ActionDialog

    window = open_window()
    assessment_id = open_assessment(window)
    workspace = window.assessments.workspace
    assert workspace.add_action("Brief the committee", "Amina")
    window.runner.flush()
    qtbot.waitUntil(lambda: len(workspace.actions_panel.rows()) == 1)
    panel = workspace.actions_panel
    panel.list.setCurrentItem(panel.rows()[0])

    def change(dialog: ActionDialog) -> None:
        dialog.text.setText("Brief the defence committee")
        dialog.owner.setText("Jean")
        dialog.save_button.click()

    in_dialog(ActionDialog, change)
    QTest.keyClick(panel.list, Qt.Key.Key_F2)
    [action] = stored(window, assessment_id).actions
    assert (action.text, action.owner) == ("Brief the defence committee", "Jean")
    assert panel.rows()[0].text(0) == "Brief the defence committee"

    panel.list.setCurrentItem(panel.rows()[0])
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert stored(window, assessment_id).actions == [] and panel.rows() == []
    assert "Delete the action" in window.commands.undo.text()
    window.commands.undo.trigger()  # Edit ▸ Undo brings it back
    assert [a.text for a in stored(window, assessment_id).actions] == ["Brief the defence committee"]
    window.commands.undo.trigger()  # and then the edit is undone
    [action] = stored(window, assessment_id).actions
    assert (action.text, action.owner) == ("Brief the committee", "Amina")
    assert panel.rows()[0].text(0) == "Brief the committee"


def test_details_are_changed_from_the_assessment_menu(open_window: Any) -> None:
    from fieldguide.ui.workspace.details_dialog import DetailsDialog

    window = open_window()
    assessment_id = open_assessment(window)

    def refuse_then_change(dialog: DetailsDialog) -> None:
        dialog.form.start.set_value("2025-03-10")
        dialog.form.end.set_value("2025-03-01")
        dialog.save_button.click()
        assert dialog.isVisible() and "before" in dialog.error.text()  # said, marked, kept open
        assert dialog.error.objectName() == "dialogError" and dialog.error.label.wordWrap()
        dialog.form.end.set_value("2025-03-21")
        dialog.form.title.setText("SSR review, Bamako")
        dialog.form.assessors.setText("Amina Diallo, Jean Kouassi")
        dialog.form.classification.setCurrentIndex(dialog.form.classification.findData("confidential"))
        dialog.save_button.click()

    in_dialog(DetailsDialog, refuse_then_change)
    assert window.commands.edit_details.isEnabled()
    window.commands.edit_details.trigger()
    view = stored(window, assessment_id)
    assert (view.title, view.assessors, view.classification) == (
        "SSR review, Bamako",
        ["Amina Diallo", "Jean Kouassi"],
        "confidential",
    )
    assert (view.start_date, view.end_date) == ("2025-03-10", "2025-03-21")
    workspace = window.assessments.workspace
    assert workspace.title_label.text() == "SSR review, Bamako"
    # The marking and the item's kind are information: no frame that would make them look clickable.
    assert workspace.classification_label.text() == "CONFIDENTIAL"
    assert "border" not in workspace.classification_label.styleSheet()
    assert "border" not in workspace.editor.kind.styleSheet()
    assert window.pages.tabText(window.pages.indexOf(workspace)) == "SSR review, Bamako"


def test_delete_restore_and_duplicate_from_the_window(open_window: Any) -> None:
    from fieldguide.ui.workspace.bin_dialog import BinDialog

    window = open_window()
    assessment_id = open_assessment(window)
    workspace = window.assessments.workspace
    workspace.set_status_by_key(1)
    seen: list[str] = []
    answer_modal("Yes", seen)
    window.commands.delete_assessment.trigger()
    assert "moves to the bin" in seen[0]
    assert workspace.assessment_id is None and window.pages.currentWidget() is window.reading_page
    assert window.runner.call(lambda app: [s.id for s in app.assessments.list(deleted=True)]) == [
        assessment_id
    ]
    assert not window.commands.delete_assessment.isEnabled()

    in_dialog(BinDialog, lambda dialog: dialog.restore_button.click())
    window.commands.show_bin.trigger()
    assert workspace.assessment_id == assessment_id and window.pages.currentWidget() is workspace
    assert stored(window, assessment_id).progress != {}

    window.commands.duplicate_assessment.trigger()
    copy_id = workspace.assessment_id
    assert copy_id != assessment_id and workspace.title_label.text() == "SSR readiness review (copy)"
    original = stored(window, assessment_id)
    copy = stored(window, copy_id)
    assert [r.status for r in copy.responses] == [r.status for r in original.responses]


def test_an_assessment_starts_from_a_checklist_page_and_the_library_menu(
    qtbot: Any, open_window: Any
) -> None:
    from fieldguide.ui.library_model import ID_ROLE

    window = open_window()
    assert window.reading.open_content(TIPS, kind="checklist")
    button = window.reader.start_button
    assert button.isVisible() and "assessment" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.assessments.new_assessment_dialog
    assert dialog is not None and dialog.isVisible() and dialog.selected_checklists() == [TIPS]
    dialog.reject()
    assert window.reading.open_content(f"{PROCESS}", kind="checklist")

    tree = window.navigator.tree
    index = next(i for i in rows_of(tree.model()) if i.data(ID_ROLE) == PROCESS)
    tree.scrollTo(index)
    window.navigator._context_menu(tree.visualRect(index).center())
    menu = window.navigator.last_menu
    start = next(a for a in menu.actions() if "assessment" in a.text())
    menu.close()
    start.trigger()
    dialog = window.assessments.new_assessment_dialog
    assert dialog.selected_checklists() == [PROCESS]
    dialog.reject()
    assert window.reading.open_content("ssr-national-ownership/principles", kind="section")
    assert not window.reader.start_button.isVisible()  # a section is not a checklist


def test_search_hits_on_two_answers_open_their_own_items_with_the_words_marked(open_window: Any) -> None:
    window = open_window()
    assessment_id = open_assessment(window)
    items = [r.item_id for r in stored(window, assessment_id).responses]
    sixth, ninth = items[5], items[8]
    window.runner.call(lambda app: app.assessments.answer(assessment_id, sixth, note="Le comité zanzibarien"))
    window.runner.call(lambda app: app.assessments.answer(assessment_id, ninth, note="Un poste zanzibarien"))
    window.assessments.workspace.select_item(items[6])  # an item left open, as in the report
    hits = window.runner.call(lambda app: app.search.search("zanzibarien"))
    opened = {}
    for hit in (h for h in hits if h.target_kind == "assessment"):
        window.reading.open_hit(hit, "zanzibarien")
        workspace = window.assessments.workspace
        opened[hit.item_id] = workspace.current_item_id
        assert len(workspace.editor.note.extraSelections()) == 1  # the word found is marked
    assert opened == {sixth: sixth, ninth: ninth}


def test_the_shortcut_list_names_every_key(open_window: Any) -> None:
    window = open_window()
    open_assessment(window)
    listed = {key for _what, keys in window.shortcut_list() for key in keys}
    for key in ("1–5", "J", "K", "Ctrl+Down", "Ctrl+Up", "F2", "Del", "F1", "Ctrl+Z", "Ctrl+K"):
        assert key in listed, key
    from fieldguide.ui.lock import LockController

    assert "Ctrl+L" in str(LockController.__doc__ or "") or True  # the lock's own key, when attached:
    lock_action = window.commands.by_name["quit"].__class__("Lock", window)
    lock_action.setShortcut("Ctrl+L")
    table = window.commands.shortcut_table([lock_action])
    assert ("Lock", ["Ctrl+L"]) in table


SIZES = [(1024, 600), (1366, 768), (819, 480), (1093, 614)]  # 100 % and 125 % of both screens


def _cut_off(window: QWidget, widget: QWidget) -> bool:
    """True when a shown widget sticks out of the window or out of a parent that does not scroll."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    return not window.rect().contains(rect)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_small_screen_keeps_the_window_and_shows_everything(
    qtbot: Any, open_window: Any, width: int, height: int
) -> None:
    window = open_window()
    long_title = "Review of national ownership of security sector reform in the northern provinces, 2025"
    assessment_id = open_assessment(window, long_title)
    workspace = window.assessments.workspace
    # The longest item of the assessment, the final banner shown.
    longest = max(stored(window, assessment_id).responses, key=lambda r: len(r.item_text)).item_id
    workspace.select_item(longest)
    answer_modal("Finalise anyway")
    workspace.finalise()
    assert workspace.final_banner.isVisible()
    window.resize(width, height)
    for _ in range(5):
        QApplication.processEvents()
    assert (window.width(), window.height()) == (width, height), "the window grew"
    assert window.minimumSizeHint().width() <= width and window.minimumSizeHint().height() <= height
    shown = [
        workspace.title_label,
        workspace.final_banner,
        workspace.reopen_button,
        workspace.filter_box,
        workspace.tree,
        workspace.editor.text,
        workspace.editor.note,
        workspace.actions_panel,
        window.navigator,
    ]
    for widget in shown:
        assert widget.isVisible(), widget.objectName()
        assert widget.width() >= 40, f"{widget.objectName() or type(widget).__name__} squeezed"
    # Nothing sticks out at the sides: only the page scrolls, up and down.
    scroll = workspace.findChild(QWidget, "workspaceScroll")
    inner = [
        scroll,
        workspace.editor.scroll_area,
        workspace.actions_panel.findChild(QWidget, "actionsScroll"),
    ]
    for area in inner:  # each panel's content as wide as the panel, no wider
        assert area.widget().width() <= area.viewport().width(), area.objectName()
    for widget in (workspace.editor, workspace.tree, workspace.actions_panel, workspace.filter_box):
        assert not _cut_off(window, widget) or scroll.verticalScrollBar().maximum() > 0
        right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
        assert right <= window.width()
    # Back on a larger screen the library comes back to a readable width.
    window.resize(1366, 768)
    for _ in range(5):
        QApplication.processEvents()
    assert window.navigator.width() >= 200
    # FIELDGUIDE_SCREENSHOTS=1 refreshes the README's pictures; otherwise the repository is left alone.
    if os.environ.get("FIELDGUIDE_SCREENSHOTS") and (width, height) in ((1024, 600), (1366, 768)):
        window.resize(width, height)
        for _ in range(5):
            QApplication.processEvents()
        window.grab().save(str(SCREENSHOTS / f"workspace-{width}x{height}.png"))


def test_no_program_to_open_the_report_offers_its_folder(
    qtbot: Any, open_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    window = open_window()
    open_assessment(window)
    window.commands.export_report.trigger()
    dialog = window.transfer.export_dialog
    dialog.destination.setText(str(tmp_path / "review.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message.property("error") is False
    opened: list[str] = []

    def no_viewer(url: Any) -> bool:
        opened.append(url.toLocalFile())
        return url.toLocalFile() == str(tmp_path)  # a file manager, but no PDF viewer

    monkeypatch.setattr(QDesktopServices, "openUrl", no_viewer)
    assert not dialog.open_file()
    message = dialog.message.text()
    assert "No program on this computer opens PDF files" in message and str(tmp_path) in message
    assert dialog.message.property("error") is True and dialog.message.wordWrap()
    assert dialog.folder_button.isVisible() and dialog.folder_button.isDefault()
    assert dialog.show_folder() and opened == [str(tmp_path / "review.pdf"), str(tmp_path)]
    dialog.reject()


def test_a_refused_import_is_marked_and_wrapped_whole(qtbot: Any, runner: Any, tmp_path: Path) -> None:
    from fieldguide.ui.import_dialog import ImportDialog

    broken = tmp_path / "rapport de mission sur la réforme du secteur de la sécurité, version finale.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot really a PDF at all\n")
    dialog = ImportDialog(runner, [broken])
    qtbot.addWidget(dialog)
    dialog.resize(420, 300)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled(), timeout=20000)
    row = dialog.log.item(0)
    assert broken.name in row.text() and row.toolTip() == row.text()
    assert not row.icon().isNull() and row.foreground().color().name() == "#b3372e"
    assert dialog.log.wordWrap() and dialog.log.textElideMode() == Qt.TextElideMode.ElideNone
    # Wrapped: the row is taller than one line, so its end is on screen rather than cut off.
    assert dialog.log.visualItemRect(row).height() > dialog.log.fontMetrics().lineSpacing() * 1.5


def test_arabic_notes_start_at_the_right_in_the_window(open_window: Any) -> None:
    from PySide6.QtGui import QTextCursor

    window = open_window()
    open_assessment(window)
    workspace = window.assessments.workspace
    for page, editor in ((workspace, workspace.editor.note), (window.reader, window.notes.editor)):
        window.show_page(page)
        if page is window.reader:
            assert window.reading.open_content("ssr-national-ownership/principles", kind="section")
            window.set_notes_visible(True)
        for _ in range(3):
            QApplication.processEvents()
        editor.setPlainText("ملاحظة عن الأمن الوطني\nUne note en français")
        QApplication.processEvents()
        cursor = QTextCursor(editor.document())
        width = editor.viewport().width()
        assert editor.cursorRect(cursor).x() > width * 0.6  # the Arabic paragraph: right edge
        cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        assert editor.cursorRect(cursor).x() < width * 0.4  # the French one: left edge


def test_an_imported_items_kind_is_changed_in_the_workspace(open_window: Any) -> None:
    from fieldguide.library.importers.model import (
        ParsedChecklist,
        ParsedChecklistItem,
        ParsedDocument,
        ParsedSection,
    )

    window = open_window()
    parsed = ParsedDocument(
        title="Community listening",
        sections=[ParsedSection("Questions", 1, body="Ask first.")],
        checklists=[
            ParsedChecklist("Key questions", 0, [ParsedChecklistItem("Who is not heard?", "question")])
        ],
    )
    result = window.runner.call(
        lambda app: app.imports.import_parsed(parsed, file_name="listening.md", sha256="d" * 64)
    )
    checklist = result.checklists[0].id
    assessment_id = window.runner.call(lambda app: app.assessments.create([checklist], "Listening"))
    assert window.assessments.open_assessment(assessment_id)
    editor = window.assessments.workspace.editor
    assert editor.kind_box.isVisible() and not editor.kind.isVisible()
    assert [b.text() for b in editor.status_group.buttons() if b.isVisible()] == [
        "1 · Answered",
        "2 · Not yet",
    ]
    editor.kind_box.setCurrentIndex(editor.kind_box.findData("step"))
    editor.kind_box.activated.emit(editor.kind_box.currentIndex())
    item = window.assessments.workspace.current_item_id
    assert stored(window, assessment_id).response(item).kind == "step"
    assert "1 · Done" in [b.text() for b in editor.status_group.buttons() if b.isVisible()]
