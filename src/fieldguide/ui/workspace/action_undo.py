"""Undo and redo for follow-up actions: an edit or a deletion, written through the runner like any change."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand


class ActionTarget(Protocol):
    def delete_action_now(self, action_id: str) -> bool: ...
    def restore_action_now(self, action_id: str) -> bool: ...
    def update_action_now(self, action_id: str, values: dict[str, Any]) -> bool: ...


class ActionDeletion(QUndoCommand):
    """The action is already deleted when the command is pushed; undo brings it back from the bin."""

    def __init__(self, target: ActionTarget, action_id: str, text: str) -> None:
        super().__init__(
            QCoreApplication.translate("Assessment", "Delete the action “%1”").replace("%1", text)
        )
        self.target = target
        self.action_id = action_id
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.target.delete_action_now(self.action_id)

    def undo(self) -> None:
        self.target.restore_action_now(self.action_id)


class ActionEdit(QUndoCommand):
    """An action's fields going from `old` to `new` (already saved when pushed)."""

    def __init__(
        self, target: ActionTarget, action_id: str, old: dict[str, Any], new: dict[str, Any], text: str
    ) -> None:
        super().__init__(QCoreApplication.translate("Assessment", "Edit the action “%1”").replace("%1", text))
        self.target = target
        self.action_id = action_id
        self.old = old
        self.new = new
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.target.update_action_now(self.action_id, self.new)

    def undo(self) -> None:
        self.target.update_action_now(self.action_id, self.old)
