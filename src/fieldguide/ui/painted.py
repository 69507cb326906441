"""Run something once a window has been painted for the first time.

Start-up shows the window before anything slow runs (opening the profile imports
SQLAlchemy); waiting for the first paint, not merely for `show()`, makes sure the
user sees the window before that work holds the interpreter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000  # a window that is never painted (minimised at start) must still open


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            # After this paint has reached the screen: the next turn of the event loop.
            QTimer.singleShot(0, self.fire)
        return False

    def fire(self) -> None:
        callback, self.callback = self.callback, None
        if callback is None:
            return
        self.window.removeEventFilter(self)
        callback()


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaint(window, callback)
