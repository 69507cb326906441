"""Undo and redo of status changes: each step is written through the service like any change."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from fieldguide.ui.workspace.labels import status_label


class StatusTarget(Protocol):
    def apply_status(self, item_id: str, status: str) -> bool: ...


class StatusChange(QUndoCommand):
    """One item's status going from `old` to `new`.

    The change is already saved when the command is pushed, so its first
    `redo()` (which `QUndoStack.push` calls) writes nothing.
    """

    def __init__(self, target: StatusTarget, item_id: str, old: str, new: str, label: str) -> None:
        super().__init__(
            QCoreApplication.translate("Assessment", "Mark “%1” as %2")
            .replace("%1", label)
            .replace("%2", status_label(new))
        )
        self.target = target
        self.item_id = item_id
        self.old = old
        self.new = new
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self.target.apply_status(self.item_id, self.new)

    def undo(self) -> None:
        self.target.apply_status(self.item_id, self.old)
