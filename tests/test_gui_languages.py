"""The daily loop in French and in Arabic: translated words everywhere, Arabic laid out right to left.

Search, read, start an assessment, answer an item, add an action, export, sync, lock and
unlock, each asserted on what the user sees in the chosen language.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldguide.paths import DataPaths
from tests.i18n_support import pdf_words, speaking, squeezed, translated

CHECKLIST = "ssr-nsp-process-steps"
RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


def stored(window: Any, assessment_id: str) -> Any:
    """The assessment as stored: read through the window's runner, after the saves queued before it."""
    return window.runner.call(lambda app: app.assessments.get(assessment_id))


def tr(language: str, source: str, context: str | None = None) -> str:
    return translated(language, source, context)


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" for char in text)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_daily_loop_speaks_the_chosen_language(
    qtbot: Any, open_window: Any, data_dir: Path, tmp_path: Path, language: str
) -> None:
    from fieldguide.ui.lock import LockController

    with speaking(language):
        window = open_window()
        direction = RTL if language == "ar" else LTR
        assert QGuiApplication.layoutDirection() == direction
        assert window.layoutDirection() == direction and window.reader.layoutDirection() == direction
        assert window.menus["file"].title() == tr(language, "&File")
        assert window.menus["assessment"].title() == tr(language, "&Assessment")
        assert tr(language, "Library") in [
            window.navigator.model.item(row).text() for row in range(window.navigator.model.rowCount())
        ] or window.navigator.model.rowCount() > 0
        # Practice areas are the application's words, in the chosen language.
        branches = [window.navigator.model.item(r).text() for r in range(window.navigator.model.rowCount())]
        assert any(tr(language, "Security sector reform") in text for text in branches)
        # Back points to the start of the line: to the right in Arabic (mirrored icon, same action).
        assert window.commands.back.text() == tr(language, "&Back")

        # Search and read.
        with qtbot.waitSignal(window.search_popup.results_shown, timeout=10000):
            qtbot.keyClicks(window.search_field, "ownership")
        qtbot.waitUntil(lambda: bool(window.search_popup.hits))
        summary = window.search_popup.summary.text()
        assert tr(language, "The best %1 results").split("%1")[0].strip() in summary or tr(
            language, "%1 results"
        ).replace("%1", "").strip() in summary
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.reader.current_id is not None, timeout=5000)

        # Start an assessment.
        window.commands.new_assessment.trigger()
        dialog = window.assessments.new_assessment_dialog
        assert dialog.windowTitle() == tr(language, "New assessment")
        assert dialog.create_button.text() == tr(language, "Create assessment")
        assert dialog.layoutDirection() == direction
        title = "Revue RSS — Bangui" if language == "fr" else "مراجعة إصلاح قطاع الأمن — الخرطوم"
        dialog.title.setText(title)
        dialog.set_checked(CHECKLIST)
        dialog.create_button.click()
        workspace = window.assessments.workspace
        assert workspace is not None and window.pages.currentWidget() is workspace

        # Answer an item with its key; the chosen status reads in the language.
        item = workspace.current_item_id
        workspace.tree.setFocus()
        QTest.keyClick(workspace.tree, Qt.Key.Key_1)
        status = stored(window, workspace.assessment_id).response(item).status
        assert status != "not-assessed"
        checked = workspace.editor.status_group.checkedButton()
        assert checked is not None
        if language == "ar":
            assert _has_arabic(checked.text())
        else:
            assert checked.text().split("·")[-1].strip() not in {"Met", "Done", "Answered", "Applied"}

        # Add a follow-up action.
        panel = workspace.actions_panel
        assert panel.add_button.text() == tr(language, "&Add action")
        panel.text.setText("Convoquer le comité de pilotage" if language == "fr" else "دعوة اللجنة التوجيهية")
        panel.add_button.click()
        qtbot.waitUntil(
            lambda: any("comité" in r.text(0) or "اللجنة" in r.text(0) for r in panel.rows()), timeout=5000
        )

        # Export.
        window.commands.export_report.trigger()
        export = window.transfer.export_dialog
        assert export.windowTitle() == tr(language, "Export report")
        assert export.export_button.text() == tr(language, "&Export")
        target = tmp_path / f"rapport-{language}.pdf"
        export.destination.setText(str(target))
        with qtbot.waitSignal(export.exported, timeout=30000):
            export.export_button.click()
        assert target.read_bytes().startswith(b"%PDF")
        # The report speaks the window's language.
        if shutil.which("pdftotext"):
            words = pdf_words(target).casefold()
            for heading in ("Executive summary", "Follow-up actions", "Assessment report"):
                assert squeezed(tr(language, heading, "fieldguide")).casefold() in words, heading
            assert "executivesummary" not in words
        assert tr(language, "Saved as %1").split("%1")[0].strip() in export.message.text()
        export.reject()

        # Sync.
        window.commands.sync.trigger()
        sync = window.sync.sync_dialog
        assert sync.windowTitle() == tr(language, "Sync with the team")
        assert sync.sync_button.text() == tr(language, "Sync now")
        sync.reject()
        if window.sync_status.isVisible():  # shown once team sync is set up
            indicator = window.sync_status.text()
            assert _has_arabic(indicator) if language == "ar" else "envoy" in indicator

        # Lock and unlock.
        window.profile.attach_lock(LockController(window, DataPaths(data_dir), idle_ms=None))
        window.profile.lock_controller.lock()
        page = window.profile.lock_controller.page
        assert page.title.text() == tr(language, "Field Guide is locked")
        assert page.show_button.text() == tr(language, "Show")
        assert page.layoutDirection() == direction
        page.show_button.click()
        assert not page.isVisible()
        assert QApplication.layoutDirection() == direction
