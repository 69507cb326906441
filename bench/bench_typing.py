"""Typing while the profile is busy: the delay from a keystroke in a note to its appearance on screen.

The real main window (offscreen) has a section open, with the cursor in its note. The
window's runner is then given a long operation: applying a sync bundle of 20,000 changes,
then importing a 400-page PDF (`../shared/corpus/pdf/irs-manual-400p.pdf`, or one
generated here when the corpus is absent). During each, a key press is posted every
KEY_INTERVAL_MS, as the system would deliver it, and the delay is measured from posting
it to the end of the editor's next paint showing the character. Autosaves queue behind
the operation as they would for a user. Budget: the longest delay <= 50 ms.

The baseline, measured in the same run, is the same typing with the runner idle.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

BUDGET_MS = 50.0
CHANGES = 20_000
KEY_INTERVAL_MS = 40
SECTION = "ssr-national-ownership/what-it-means"
PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf" / "irs-manual-400p.pdf"


class KeyClock:
    """Posts key presses into the editor and times each one until a paint shows it."""

    def __init__(self, editor: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.editor = editor
        self.delays: list[float] = []
        self._posted: list[tuple[float, int]] = []  # (when, text length once shown)
        clock = self

        class Painted(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    clock._painted()
                return False

        self._filter = Painted()
        editor.viewport().installEventFilter(self._filter)

    def press(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        length = len(self.editor.toPlainText()) + 1
        self._posted.append((time.perf_counter(), length))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(
                self.editor, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
            )

    def _painted(self) -> None:
        # The paint is under way: what it shows is the document as it is now.
        now = time.perf_counter()
        shown = len(self.editor.toPlainText())
        while self._posted and self._posted[0][1] <= shown:
            posted, _length = self._posted.pop(0)
            self.delays.append((now - posted) * 1000)


def _type_while(window: Any, start: Any, busy: Any) -> tuple[list[float], float]:
    """Type into the note until `busy()` is false after `start()`; (delays in ms, seconds busy)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    editor = window.notes.editor
    editor.setFocus()
    clock = KeyClock(editor)
    timer = QTimer()
    timer.setInterval(KEY_INTERVAL_MS)
    timer.timeout.connect(clock.press)
    begun = time.perf_counter()
    start()
    timer.start()
    while busy() or time.perf_counter() - begun < 1.0:
        QApplication.processEvents()
        time.sleep(0.001)
    timer.stop()
    elapsed = time.perf_counter() - begun
    for _ in range(50):
        QApplication.processEvents()
        time.sleep(0.002)
    editor.viewport().removeEventFilter(clock._filter)
    return clock.delays, elapsed


def _bundle(root: Path) -> Path:
    from bench_sync import _fresh_app, _record_changes, enrol

    device = _fresh_app(root / "colleague")
    here = _fresh_app(root / "here")  # the window's profile: a member of the colleague's team
    enrol(device, here)
    here.close()
    _record_changes(device, CHANGES)
    bundle = device.sync.export_file(root / "colleague.fgsync").path
    device.close()
    return Path(bundle)


def _pdf(root: Path) -> Path:
    if PDF.exists():
        return PDF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    path = root / "generated-400p.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    for page in range(400):
        if page:
            writer.newPage()
        painter.drawText(600, 600, f"Chapter {page // 20 + 1}. Section {page + 1}")
        for line in range(40):
            painter.drawText(600, 900 + line * 220, f"Line {line} of page {page + 1}: guidance text. " * 2)
    painter.end()
    return path


def _report(label: str, delays: list[float], seconds: float) -> float:
    worst = max(delays) if delays else float("nan")
    p95 = statistics.quantiles(delays, n=20)[-1] if len(delays) >= 20 else worst
    median = statistics.median(delays)
    print(
        f"  {label:<34} {len(delays):4d} keys over {seconds:5.1f} s: median {median:5.1f} ms,"
        f" p95 {p95:5.1f} ms, longest {worst:5.1f} ms = {worst / BUDGET_MS:4.2f} x budget"
    )
    return worst


def main() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from fieldguide.paths import DataPaths
    from fieldguide.ui.main_window import MainWindow
    from fieldguide.ui.sync_dialog import sync_changes

    qt = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="fg-bench-typing-") as tmp:
        root = Path(tmp)
        bundle = _bundle(root)
        pdf = _pdf(root)
        window = MainWindow(DataPaths(root / "here"))
        window.resize(1280, 820)
        window.show()
        loaded: list[bool] = []
        # Opened, not only shown: the keystrokes are timed beside a sync, not beside the open.
        window.profile_opened.connect(lambda: loaded.append(True))
        window.open_profile()
        while not loaded:
            qt.processEvents()
            time.sleep(0.005)
        window.reading.open_content(SECTION)

        idle, idle_s = _type_while(window, lambda: None, lambda: False)
        synced, sync_s = _type_while(
            window,
            lambda: window.runner.run(
                lambda app: app.sync.apply_file(bundle), changes=sync_changes, long=True
            ),
            lambda: window.runner.busy,
        )
        imported, import_s = _type_while(
            window,
            lambda: window.transfer.import_documents([pdf]),
            lambda: window.runner.busy,
        )
        window.close()

    print(f"typing a note: key posted -> character painted (a key every {KEY_INTERVAL_MS} ms)")
    _report("runner idle (baseline)", idle, idle_s)
    worst_sync = _report(f"while a sync applies {CHANGES:,} changes", synced, sync_s)
    worst_import = _report(f"while {pdf.name} is imported", imported, import_s)
    return {"typing_sync_ms": worst_sync, "typing_import_ms": worst_import}


if __name__ == "__main__":
    main()
