"""Remove an answer's note or evidence, or an action's text, for good (``sync.purge``).

Asked from the editors' and the action list's context menus. The text typed and not yet
saved is saved first, so the purge removes what is on screen; afterwards the workspace's
undo history is cleared, since undoing would write the removed text back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from fieldguide.ui.purge_dialog import PurgeDialog, ask_and_purge

if TYPE_CHECKING:
    from fieldguide.app import App
    from fieldguide.ui.workspace.workspace import AssessmentWorkspace


class Purging:
    def __init__(self, workspace: AssessmentWorkspace) -> None:
        self.workspace = workspace
        self.dialog: PurgeDialog | None = None  # the open question, for tests
        workspace.editor.purge_requested.connect(self.purge_answer)
        workspace.actions_panel.purge_requested.connect(self.purge_action)

    def purge_answer(self, field: str) -> bool:
        """``field`` is "note" or "evidence" of the item shown."""
        workspace = self.workspace
        assessment_id, item_id = workspace.assessment_id, workspace.current_item_id
        if assessment_id is None or item_id is None or not workspace.flush():
            return False
        response = workspace.response(item_id)
        text = (response.note if field == "note" else response.evidence) if response else ""
        kind = "answer-note" if field == "note" else "evidence"
        return self._ask(
            text, lambda app, keep: app.purge.purge(kind, assessment_id, item_id, replacement=keep)
        )

    def purge_action(self, action_id: str) -> bool:
        action = next((a for a in self.workspace.action_views() if a.id == action_id), None)
        if action is None:
            return False
        return self._ask(
            action.text, lambda app, keep: app.purge.purge("action", action_id, replacement=keep)
        )

    def _ask(self, text: str, purge: Callable[[App, str], Any]) -> bool:
        workspace = self.workspace

        def shown(dialog: PurgeDialog | None) -> None:
            self.dialog = dialog

        try:
            if not ask_and_purge(workspace.runner, workspace, text, purge, shown, origin=workspace):
                return False
        except Exception as error:  # refused (the item was removed elsewhere…): say so
            from fieldguide.ui.errors import error_line

            workspace.show_error(
                error_line(
                    error, QCoreApplication.translate("Assessment", "The text could not be removed (%1).")
                )
            )
            return False
        workspace.undo_stack.clear()
        workspace.reload()
        return True
