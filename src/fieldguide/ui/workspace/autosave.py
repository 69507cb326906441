"""Saving what is typed: shortly after the last keystroke, and at least once a second while typing.

A save is one small row written on the GUI thread (a few milliseconds). When
it fails (disk full, profile locked) the text stays pending, and in the
editor, and every later keystroke or `flush()` tries again; nothing is
dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

DEBOUNCE_MS = 700
# Continuous typing never pauses long enough for the debounce: save anyway this often.
MAX_DELAY_MS = 1000

SaveFn = Callable[[str, dict[str, str]], None]


class Autosave(QObject):
    saved = Signal()
    failed = Signal(str)
    pending_changed = Signal(bool)

    def __init__(self, save: SaveFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._target: str | None = None
        self._pending: dict[str, str] = {}
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._deadline = QTimer(self, singleShot=True, interval=MAX_DELAY_MS)
        self._debounce.timeout.connect(self.flush)
        self._deadline.timeout.connect(self.flush)

    @property
    def target(self) -> str | None:
        return self._target

    @property
    def pending(self) -> dict[str, str]:
        return dict(self._pending)

    def set_target(self, target: str | None) -> None:
        """What later edits belong to; call only once `flush()` has succeeded."""
        if self._pending:
            raise RuntimeError("unsaved text for the previous target")
        self._target = target

    def edited(self, name: str, text: str) -> None:
        if self._target is None:
            return
        was_pending = bool(self._pending)
        self._pending[name] = text
        self._debounce.start()
        if not self._deadline.isActive():
            self._deadline.start()
        if not was_pending:
            self.pending_changed.emit(True)

    def flush(self) -> bool:
        """Save what is pending now; True when nothing is left unsaved."""
        self._debounce.stop()
        self._deadline.stop()
        if not self._pending or self._target is None:
            return True
        values = dict(self._pending)
        try:
            self._save(self._target, values)
        except Exception as error:  # whatever went wrong, the text must stay and be retried
            log.warning("could not save %s: %s", sorted(values), error)
            self.failed.emit(str(error) or type(error).__name__)
            return False
        for name, text in values.items():
            if self._pending.get(name) == text:
                del self._pending[name]
        if self._pending:
            self._debounce.start()
        else:
            self.pending_changed.emit(False)
        self.saved.emit()
        return not self._pending

    def discard(self) -> None:
        """Forget pending text: only for a target that can no longer be written (deleted)."""
        self._debounce.stop()
        self._deadline.stop()
        if self._pending:
            self._pending.clear()
            self.pending_changed.emit(False)
