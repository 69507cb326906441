"""Every control a user can reach has a name a screen reader can say, in every window and dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from fieldguide.paths import DataPaths
from tests.a11y_support import mnemonic_clashes, unnamed, visible_windows
from tests.i18n_support import speaking

CHECKLIST = "ssr-nsp-process-steps"
SKIP_ACTIONS = {"quit"}


class Audit:
    """Collects unnamed controls from every window on screen, noting where they were seen."""

    def __init__(self) -> None:
        self.problems: dict[str, str] = {}
        self.windows: set[str] = set()

    def check(self, where: str) -> None:
        for window in visible_windows():
            self.windows.add(type(window).__name__)
            for problem in [*unnamed(window), *mnemonic_clashes(window)]:
                self.problems.setdefault(problem, where)
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self.windows.add(type(modal).__name__)
            for problem in [*unnamed(modal), *mnemonic_clashes(modal)]:
                self.problems.setdefault(problem, where)

    def report(self) -> str:
        return "\n".join(f"{problem}  (after: {where})" for problem, where in sorted(self.problems.items()))


def _close_others(main: QWidget) -> None:
    for window in visible_windows():
        if window is main:
            continue
        if isinstance(window, QDialog):
            window.reject()
        else:
            window.close()


def _trigger_everything(qtbot: Any, window: Any, audit: Audit) -> None:
    """Each menu command in turn; a dialog it opens (modal or not) is audited, then dismissed."""
    for name, action in window.commands.by_name.items():
        if name in SKIP_ACTIONS or not action.isEnabled():
            continue

        def audit_modal(name: str = name) -> None:
            modal = QApplication.activeModalWidget()
            if modal is not None:
                audit.check(f"{name} (modal)")
                if isinstance(modal, QDialog | QMessageBox):
                    modal.reject()
                else:
                    modal.close()

        timer = QTimer()
        timer.setInterval(30)
        timer.timeout.connect(audit_modal)
        timer.start()
        action.trigger()
        qtbot.wait(60)
        timer.stop()
        audit.check(name)
        _close_others(window)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_window_and_dialog_names_its_controls(
    qtbot: Any, open_window: Any, data_dir: Path, language: str
) -> None:
    from fieldguide.ui.lock import LockController

    with speaking(language):
        window = open_window()
        window.resize(1024, 600)
        audit = Audit()
        audit.check("start")
        _trigger_everything(qtbot, window, audit)

        # An assessment open: the workspace, its editor and actions, and the export it enables.
        window.commands.new_assessment.trigger()
        dialog = window.assessments.new_assessment_dialog
        dialog.title.setText("Accessibility review")
        dialog.set_checked(CHECKLIST)
        audit.check("new assessment dialog, filled in")
        dialog.create_button.click()
        audit.check("assessment open")
        window.assessments.workspace.set_status("met")
        _trigger_everything(qtbot, window, audit)

        window.profile.attach_lock(LockController(window, DataPaths(data_dir), idle_ms=None))
        window.profile.lock_controller.lock()
        audit.check("locked")
        window.profile.lock_controller.page.show_button.click()

        assert {"MainWindow", "NewAssessmentDialog", "ExportDialog", "SyncDialog"} <= audit.windows
        assert not audit.problems, "Controls unnamed, or sharing an Alt key:\n" + audit.report()
