"""The window on a big profile (issue 21): what waits until the library is usable, and after."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from fieldguide.paths import DataPaths
from fieldguide.ui.main_window import MainWindow


def test_the_days_backup_is_made_after_the_library_is_usable(qtbot: Any, data_dir: Path) -> None:
    """The daily backup copies the whole profile (seconds at ten years of a team's work):
    it must not stand between the user and the library."""
    paths = DataPaths(data_dir)
    shutil.rmtree(paths.backups, ignore_errors=True)  # no backup yet today

    def backups() -> int:
        return len(list(paths.backups.glob("*.db"))) if paths.backups.is_dir() else 0

    window = MainWindow(paths)
    qtbot.addWidget(window)
    window.show()
    at_load: list[int] = []
    window.library_loaded.connect(lambda: at_load.append(backups()))
    with qtbot.waitSignal(window.library_loaded, timeout=20000):
        window.open_profile()
    assert at_load == [0]
    window.runner.flush()
    assert backups() == 1  # the day's backup, made once the library was usable
    window.close()


def test_the_library_is_usable_before_the_assessments_are_listed_and_they_follow(
    qtbot: Any, data_dir: Path
) -> None:
    """Listing assessments by their last change reads when every answer last changed: the
    library comes first, the assessments branch right after, never "No assessments yet"."""
    from fieldguide.app import open_app
    from fieldguide.ui.library_model import KIND_ROLE

    app = open_app(DataPaths(data_dir))
    app.assessments.create(["ssr-national-ownership-tips"], "Bambari review")
    app.close()

    window = MainWindow(DataPaths(data_dir))
    qtbot.addWidget(window)
    window.show()
    root = window.navigator.model.assessments_root

    def listed() -> list[str]:
        return [root.child(r).text() for r in range(root.rowCount())]

    at_load: list[list[str]] = []
    window.library_loaded.connect(lambda: at_load.append(listed()))
    with qtbot.waitSignal(window.library_loaded, timeout=20000):
        window.open_profile()
    assert at_load == [[]]  # not yet read, and not said to be empty
    window.runner.flush()
    assert listed() == ["Bambari review"]
    assert root.child(0).data(KIND_ROLE) == "assessment"
    window.close()
