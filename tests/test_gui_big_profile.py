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
