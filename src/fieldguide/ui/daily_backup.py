"""The day's backup, made on the profile's worker once the library is usable.

A whole copy of the profile: seconds for years of a team's work, minutes beyond. The
window stays usable meanwhile; a small bar in the status bar says it is being made
(shown from its first report, so a small profile's backup shows nothing). Closing
the window stops it: the copy is abandoned with nothing written (SQLite rolls it
back, its temporary file is removed), every save queued behind it is still written,
and the next start makes the day's backup.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QProgressBar

from fieldguide.security.progress import Meter

if TYPE_CHECKING:
    from fieldguide.ui.runner import Runner


class DailyBackup(QObject):
    # The fraction written, from the worker; queued to the GUI thread.
    moved = Signal(float)

    def __init__(self, window: QMainWindow, runner: Runner) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.running = False
        self.bar: QProgressBar | None = None  # built at the first report: nothing at start-up
        self._stop = threading.Event()
        self.moved.connect(self._show)

    def start(self) -> None:
        """Make today's backup, unless one was made today or one is being made."""
        if self.running:
            return
        self.running = True
        self._stop = threading.Event()
        meter = Meter(self.moved.emit, stop=self._stop)
        # A failure (a full disk) is noted by the service for the user to see, not raised.
        self.runner.run(lambda app: app.backups.daily_or_note(meter), self._ended, self._ended)

    def stop(self) -> None:
        """The window is closing: abandon the copy rather than keep the user waiting for it."""
        self._stop.set()

    def _show(self, fraction: float) -> None:
        if not self.running or self._stop.is_set() or not shiboken6.isValid(self.window):
            return
        if self.bar is None:
            self.bar = QProgressBar(self.window)
            self.bar.setObjectName("dailyBackupProgress")
            self.bar.setRange(0, 100)
            # %p is the percentage, placed by the translation.
            self.bar.setFormat(self.tr("Today's backup: %p%"))
            self.bar.setToolTip(
                self.tr("Field Guide is making today's backup of your profile. You can keep working.")
            )
            # Wide enough for its text at 100 % in any language, never squeezed into two lines.
            widest = self.bar.format().replace("%p", "100")
            self.bar.setMinimumWidth(self.bar.fontMetrics().horizontalAdvance(widest) + 24)
            self.window.statusBar().addPermanentWidget(self.bar)
        self.bar.setValue(int(fraction * 100))
        self.bar.show()

    def _ended(self, _result: object) -> None:
        self.running = False
        if self.bar is not None and shiboken6.isValid(self.bar):
            self.bar.hide()
