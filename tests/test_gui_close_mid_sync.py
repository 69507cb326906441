"""Typing while a sync holds the profile, then closing the window: nothing typed is lost."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from fieldguide.app import open_app
from fieldguide.paths import DataPaths
from fieldguide.ui.main_window import MainWindow
from fieldguide.ui.sync_dialog import sync_changes
from tests.test_sync_support import devices

SECTION = "ssr-national-ownership/what-it-means"
CHECKLIST = "ssr-national-ownership-tips"
TYPED = "Réunion à Bambari : le comité veut un calendrier."


def type_text(widget: QWidget, text: str) -> None:
    """Per-character key events, as a keyboard sends them (keyClicks aborts on é)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_notes_typed_while_a_sync_runs_are_saved_when_the_window_closes(
    qtbot: Any, _template_profile: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    with devices(_template_profile, tmp_path, 2) as (here, colleague):
        # The colleague's work waits in the shared folder: the sync will have something to apply.
        assessment = colleague.assessments.create([CHECKLIST], "Revue de Bangui")
        for item in colleague.catalog.checklist(CHECKLIST).items[:5]:
            colleague.assessments.answer(assessment, item.id, note=f"Note sur {item.id}")
        colleague.sync.sync_folder(folder, first=True)
        root = here.paths.root

        window = MainWindow(DataPaths(root))
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.library_loaded, timeout=20000):
            window.open_profile()
        assert window.reading.open_content(SECTION)

        # The sync starts and holds the profile (its first progress step waits for the test).
        started, release = threading.Event(), threading.Event()

        def progress(_done: int, _total: int, _message: str) -> None:
            started.set()
            release.wait(20)

        window.runner.run(lambda app: app.sync.sync_folder(folder, progress=progress), changes=sync_changes)
        assert started.wait(20)

        # Keys reach the editor at once, while the sync runs; the save queues behind it.
        window.notes.editor.setFocus()
        type_text(window.notes.editor, TYPED)
        assert window.notes.text == TYPED
        window.notes.flush()  # what the autosave timer does after a pause
        assert window.runner.busy and window.notes.dirty

        # The user closes the window before the sync is done: closing waits for it, then saves.
        threading.Timer(0.3, release.set).start()
        assert window.close()
        assert window.runner.app is None  # the profile was closed, after the queue

    reopened = open_app(DataPaths(root))
    try:
        note = reopened.annotations.my_note("section", SECTION)
        assert note is not None and note.body == TYPED
        assert [a.title for a in reopened.assessments.list()] == ["Revue de Bangui"]  # the sync finished
    finally:
        reopened.close()
