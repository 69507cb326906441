"""Saving what is typed: shortly after the last keystroke, and at least once a second while typing.

A save is an operation queued on the window's runner, so a keystroke never waits
for the database: while a sync or an import holds the profile, saves queue behind
it and the editor keeps taking keys. `flush()` (leaving an item, closing) waits
for the saves in flight and says whether everything typed is stored. When a save
fails (disk full, profile locked) the text goes back to pending, stays in the
editor, and every later keystroke or `flush()` tries again; nothing is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from fieldguide.changes import Changes
from fieldguide.ui.runner import Runner, Ticket

if TYPE_CHECKING:
    from fieldguide.app import App

log = logging.getLogger(__name__)

DEBOUNCE_MS = 700
# Continuous typing never pauses long enough for the debounce: save anyway this often.
MAX_DELAY_MS = 1000

# The operation that stores `values` (field name -> text) for `target`.
SaveOp = Callable[[str, dict[str, str]], Callable[["App"], Any]]


class Autosave(QObject):
    saved = Signal(object)  # what the save operation returned
    failed = Signal(str)
    pending_changed = Signal(bool)

    def __init__(self, runner: Runner, save: SaveOp, changes: Changes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._save = save
        self._changes = changes
        self._target: str | None = None
        self._pending: dict[str, str] = {}  # typed, not yet handed to the runner
        self._in_flight: list[tuple[Ticket[Any], dict[str, str]]] = []
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._deadline = QTimer(self, singleShot=True, interval=MAX_DELAY_MS)
        self._debounce.timeout.connect(self.submit)
        self._deadline.timeout.connect(self.submit)

    @property
    def target(self) -> str | None:
        return self._target

    @property
    def pending(self) -> dict[str, str]:
        """Every text not yet stored: queued saves first, then what was typed since."""
        unsaved: dict[str, str] = {}
        for _ticket, values in self._in_flight:
            unsaved.update(values)
        unsaved.update(self._pending)
        return unsaved

    def set_target(self, target: str | None) -> None:
        """What later edits belong to; call only once `flush()` has succeeded."""
        if self._pending or self._in_flight:
            raise RuntimeError("unsaved text for the previous target")
        self._target = target

    def edited(self, name: str, text: str) -> None:
        if self._target is None:
            return
        was_unsaved = bool(self.pending)
        self._pending[name] = text
        self._debounce.start()
        if not self._deadline.isActive():
            self._deadline.start()
        if not was_unsaved:
            self.pending_changed.emit(True)

    def submit(self) -> None:
        """Queue a save of what is pending; returns at once."""
        self._debounce.stop()
        self._deadline.stop()
        if not self._pending or self._target is None:
            return
        values, self._pending = self._pending, {}
        target = self._target
        entry: list[tuple[Ticket[Any], dict[str, str]]] = []

        def done(result: object) -> None:
            self._settle(entry)
            self.saved.emit(result)
            if not self.pending:
                self.pending_changed.emit(False)

        def failed(error: BaseException) -> None:
            self._settle(entry)
            log.warning("could not save %s: %s", sorted(values), error)
            for name, text in values.items():
                self._pending.setdefault(name, text)  # a newer keystroke's text wins
            self.failed.emit(str(error) or type(error).__name__)

        op = self._save(target, values)
        ticket = self._runner.run(op, done, failed, changes=self._changes, origin=self)
        entry.append((ticket, values))
        self._in_flight.append(entry[0])

    def _settle(self, entry: list[tuple[Ticket[Any], dict[str, str]]]) -> None:
        if entry and entry[0] in self._in_flight:
            self._in_flight.remove(entry[0])

    def flush(self) -> bool:
        """Save what is pending and wait for it; True when nothing typed is left unsaved."""
        self.submit()
        for ticket, _values in list(self._in_flight):
            self._runner.wait(ticket)
        return not self.pending

    def discard(self) -> None:
        """Forget pending text: only for a target that can no longer be written (deleted)."""
        self._debounce.stop()
        self._deadline.stop()
        if self._pending:
            self._pending.clear()
            if not self._in_flight:
                self.pending_changed.emit(False)
