"""The main window with every feature wired in, driven through its menus as an adviser would."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldguide.paths import DataPaths
from fieldguide.ui.library_model import ID_ROLE, KIND_ROLE
from fieldguide.ui.main_window import MainWindow
from tests.gui_helpers import rows_of

PROCESS = "ssr-nsp-process-steps"
TITLE = "Revue SSR — Bambari, mars"
SECTION = "ssr-national-ownership/what-it-means"


def assessment_titles(window: MainWindow) -> list[str]:
    root = window.navigator.model.assessments_root
    return [
        root.child(r).text() for r in range(root.rowCount()) if root.child(r).data(KIND_ROLE) == "assessment"
    ]


def stored(window: MainWindow, assessment_id: str, item_id: str | None) -> Any:
    """An item's answer as stored: read through the window's runner, after the saves queued before it."""
    return window.runner.call(lambda app: app.assessments.get(assessment_id).response(item_id))


def create_through_menu(qtbot: Any, window: MainWindow, title: str = TITLE) -> str:
    window.commands.new_assessment.trigger()
    dialog = window.assessments.new_assessment_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.title.setText(title)
    dialog.set_checked(PROCESS)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.assessment_id is not None
    return str(dialog.assessment_id)


def test_a_new_assessment_from_the_menu_is_listed_opened_and_undone_from_the_edit_menu(
    qtbot: Any, open_window: Any
) -> None:
    window = open_window()
    assert assessment_titles(window) == []
    window.assessment_requested.emit("no-such-assessment")  # e.g. a search hit on a deleted one
    assert window.assessments.workspace is None and window.pages.count() == 1
    assert "Could not open the assessment" in window.statusBar().currentMessage()
    assert not window.commands.export_report.isEnabled()  # nothing to export yet
    assessment_id = create_through_menu(qtbot, window)

    assert assessment_titles(window) == [TITLE]
    workspace = window.assessments.workspace
    assert window.pages.currentWidget() is workspace
    assert workspace.title_label.text() == TITLE
    assert window.pages.tabText(window.pages.indexOf(workspace)) == TITLE
    assert window.commands.export_report.isEnabled()

    # Back to reading, then the navigator's row opens the same single workspace page again.
    window.reading.open_content(SECTION)
    assert window.pages.currentWidget() is window.reading_page
    row = next(i for i in rows_of(window.navigator.proxy) if i.data(ID_ROLE) == assessment_id)
    window.navigator.tree.activated.emit(row)
    assert window.pages.currentWidget() is workspace
    assert window.pages.count() == 2

    item = workspace.current_item_id
    assert not window.commands.undo.isEnabled()
    workspace.tree.setFocus()
    first = workspace.response(item).scale[0]  # key 1: the first value of the item's own scale
    QTest.keyClick(workspace.tree, Qt.Key.Key_1)
    assert stored(window, assessment_id, item).status == first
    assert window.commands.undo.isEnabled() and "Undo" in window.commands.undo.text()
    # Ctrl+Z reaches the window's Edit ▸ Undo (one action on the key, not two ambiguous ones).
    QTest.keyClick(workspace.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(window, assessment_id, item).status == "not-assessed"
    window.commands.redo.trigger()
    assert stored(window, assessment_id, item).status == first
    # Undo is the workspace's only while it is the page shown.
    window.show_page(window.reader)
    assert not window.commands.undo.isEnabled()


def test_the_guidance_link_opens_the_section_in_the_reader_and_the_tab_leads_back(
    qtbot: Any, open_window: Any
) -> None:
    window = open_window()
    create_through_menu(qtbot, window)
    workspace = window.assessments.workspace
    response = workspace.response(workspace.current_item_id)
    assert response.guidance_section_id
    qtbot.mouseClick(workspace.editor.guidance, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.reading_page
    assert window.reader.current_id == response.guidance_section_id
    tabs = window.pages.tabBar()
    assert tabs.isVisible()
    tabs.setCurrentIndex(window.pages.indexOf(workspace))
    assert window.pages.currentWidget() is workspace
    assert workspace.current_item_id == response.item_id


def test_export_a_pdf_through_the_dialog(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    window = open_window()
    assessment_id = create_through_menu(qtbot, window)
    workspace = window.assessments.workspace
    workspace.set_status("not-met")
    workspace.editor.note.setPlainText("Ministry budget line missing")
    window.commands.export_report.trigger()  # saves the note first
    dialog = window.transfer.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert Path(dialog.destination.text()).name == "Revue SSR — Bambari, mars.pdf"
    assert stored(window, assessment_id, workspace.current_item_id).note

    target = tmp_path / "out" / "review.pdf"
    dialog.destination.setText(str(target))
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failure:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in failure.args[0] and "\n" not in dialog.message.text()
    assert not dialog.open_button.isVisible()

    target.parent.mkdir()
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible() and not dialog.close_button.isEnabled()
    assert target.is_file() and target.read_bytes().startswith(b"%PDF")
    assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    else:
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Revue SSR" in text and "Bambari" in text
    assert "Ministry budget line missing" in text
    assert window.settings.get("export.folder", "") == str(target.parent)

    # "A summary safe to share": the note is left out.
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("json"))
    assert dialog.destination.text().endswith("review.json") and not dialog.paper_box.isEnabled()
    dialog.notes_box.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    shared = (tmp_path / "out" / "review.json").read_text("utf-8")
    assert json.loads(shared) and TITLE in shared
    assert "Ministry budget line missing" not in shared
    dialog.reject()


def test_an_imported_document_appears_in_its_own_branch(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    window = open_window()
    source = tmp_path / "Ceasefire monitoring notes.md"
    source.write_text(
        "# Ceasefire monitoring notes\n\n## Joint monitoring teams\n\nTeams include both parties.\n",
        "utf-8",
    )
    dialog = window.transfer.import_documents([source])
    with qtbot.waitSignal(dialog.finished_all, timeout=20000):
        pass
    assert dialog.results and dialog.results[0][2] is not None

    def imported_titles() -> list[str]:
        branches = [i for i in rows_of(window.navigator.model) if i.data(KIND_ROLE) == "imported"]
        return [r.data() for b in branches for r in rows_of(window.navigator.model, b)]

    qtbot.waitUntil(lambda: "Ceasefire monitoring notes" in imported_titles(), timeout=10000)
    dialog.accept()


def test_the_sync_indicator_counts_an_edit_and_opens_the_sync_dialog(
    qtbot: Any, open_window: Any, data_dir: Path, tmp_path: Path
) -> None:
    window = open_window()
    indicator = window.sync_status
    assert not indicator.isVisible()  # no counters on a laptop that never set sync up
    from fieldguide.ui.runner import Changes

    window.runner.run(
        lambda app: app.sync.create_team("Mission Nord", unprotected=True),
        changes=lambda _r: Changes(sync_state=True),
    )
    window.runner.flush()
    qtbot.waitUntil(indicator.isVisible, timeout=5000)
    before = indicator.pending
    create_through_menu(qtbot, window)
    window.assessments.workspace.set_status("partly-met")
    qtbot.waitUntil(lambda: indicator.pending > before, timeout=5000)
    assert "to send" in indicator.text()
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    assert window.sync.sync_dialog is not None and window.sync.sync_dialog.isVisible()
    window.reading.open_content(SECTION)
    window.show_page(window.assessments.workspace)
    # What a finished sync that received changes reports: the window refreshes from the summary.
    from fieldguide.sync.service import FolderResult
    from fieldguide.ui.sync_dialog import sync_changes

    window.runner.run(lambda _app: FolderResult(data_dir, received=3), changes=sync_changes)
    window.runner.flush()
    assert window.pages.currentWidget() is window.assessments.workspace  # refreshed where the user is
    assert window.reader.current_id == SECTION
    window.sync.sync_dialog.reject()
    window.commands.conflicts.trigger()
    assert window.pages.currentWidget() is window.sync.conflicts_page
    assert window.sync.conflicts_page.pages.currentWidget() is window.sync.conflicts_page.empty


def test_locking_saves_the_workspace_note_and_the_lock_is_in_the_file_menu(
    qtbot: Any, open_window: Any, data_dir: Path
) -> None:
    from fieldguide.ui.lock import LockController

    window = open_window()
    window.profile.attach_lock(LockController(window, DataPaths(data_dir), idle_ms=None))
    assert window.profile.lock_controller.action in window.menus["file"].actions()
    assessment_id = create_through_menu(qtbot, window)
    workspace = window.assessments.workspace
    workspace.editor.note.setPlainText("Typed just before Ctrl+L")
    item = workspace.current_item_id
    window.profile.lock_controller.lock()
    window.profile.lock_controller.page.show_button.click()  # unprotected: the lock only hides
    assert stored(window, assessment_id, item).note == "Typed just before Ctrl+L"


def test_protect_and_remove_protection_from_the_running_window(
    qtbot: Any, open_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldguide.security.kdf import KdfParams

    real_new = KdfParams.new
    # The real Argon2id parameters cost a noticeable fraction of a second per derivation.
    monkeypatch.setattr(
        KdfParams, "new", classmethod(lambda cls, **_kw: real_new(iterations=1, memory_kib=8 * 1024))
    )
    window = open_window()
    assessment_id = create_through_menu(qtbot, window)
    c = window.commands
    assert c.protect_profile.isEnabled() and not c.remove_protection.isEnabled()

    c.protect_profile.trigger()
    dialog = window.profile.protection.dialog
    dialog.form.passphrase_field.setText("quiet river copper lantern")
    dialog.form.confirm_field.setText("quiet river copper lantern")
    with qtbot.waitSignal(window.profile.protection.finished, timeout=20000) as done:
        dialog.accept()
    assert done.args[0] is True, done.args[1]
    assert window.runner.app.profile.keys.is_protected()
    assert not c.protect_profile.isEnabled() and c.change_passphrase.isEnabled()
    window.profile.protection.message_box.accept()
    # The window goes on working on the encrypted profile.
    item = window.assessments.workspace.current_item_id
    first = window.assessments.workspace.response(item).scale[0]
    window.assessments.workspace.set_status(first)
    assert stored(window, assessment_id, item).status == first

    c.remove_protection.trigger()
    dialog = window.profile.protection.dialog
    dialog.field.setText("not the passphrase")
    with qtbot.waitSignal(window.profile.protection.finished, timeout=20000) as done:
        dialog.accept()
    assert done.args[0] is False and "passphrase" in done.args[1] and "\n" not in done.args[1]
    assert window.runner.app.profile.keys.is_protected()
    window.profile.protection.message_box.accept()

    c.remove_protection.trigger()
    dialog = window.profile.protection.dialog
    dialog.field.setText("quiet river copper lantern")
    with qtbot.waitSignal(window.profile.protection.finished, timeout=20000) as done:
        dialog.accept()
    assert done.args[0] is True, done.args[1]
    assert not window.runner.app.profile.keys.is_protected() and c.protect_profile.isEnabled()
    window.profile.protection.message_box.accept()
