"""Editing and deleting follow-up actions from the workspace, with undo.

Every change goes through the runner like the workspace's other writes; the
workspace's undo stack holds the steps, so Ctrl+Z (Edit ▸ Undo) brings a
deleted action back or restores what an edit replaced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from fieldguide.assessments.model import ActionView
from fieldguide.changes import Changes
from fieldguide.ui.workspace.action_dialog import ActionDialog
from fieldguide.ui.workspace.action_undo import ActionDeletion, ActionEdit

if TYPE_CHECKING:
    from fieldguide.app import App
    from fieldguide.ui.workspace.workspace import AssessmentWorkspace

ACTIONS_CHANGED = Changes(actions=True, sync_state=True)


def _fields(action: ActionView) -> dict[str, Any]:
    return {"text": action.text, "owner": action.owner, "due": action.due or "", "done": action.done}


class ActionEditing:
    """The workspace's actions, changed: a dialog to edit one, Delete to remove one, both undoable."""

    def __init__(self, workspace: AssessmentWorkspace) -> None:
        self.workspace = workspace
        self.dialog: ActionDialog | None = None  # the open editor, for tests
        panel = workspace.actions_panel
        panel.edit_requested.connect(self.edit)
        panel.delete_requested.connect(self.delete)

    def _action(self, action_id: str) -> ActionView | None:
        return next((a for a in self.workspace.action_views() if a.id == action_id), None)

    def edit(self, action_id: str) -> bool:
        """Open the editor on an action; saving pushes an undoable step."""
        workspace = self.workspace
        action = self._action(action_id)
        if action is None or workspace.is_final():
            return False
        before = _fields(action)

        def save(values: dict[str, Any]) -> None:
            if values == before:
                return
            self._call(lambda app: app.assessments.update_action(action_id, **values))
            workspace.undo_stack.push(ActionEdit(self, action_id, before, values, values["text"]))

        self.dialog = ActionDialog(action, save, workspace)
        try:
            return self.dialog.exec() == ActionDialog.DialogCode.Accepted
        finally:
            self.dialog.deleteLater()
            self.dialog = None

    def delete(self, action_id: str) -> bool:
        """Move an action to the bin at once (no question asked: Ctrl+Z brings it back)."""
        action = self._action(action_id)
        if action is None or self.workspace.is_final():
            return False
        if not self.delete_action_now(action_id):
            return False
        self.workspace.undo_stack.push(ActionDeletion(self, action_id, action.text))
        return True

    # --- ActionTarget: what undo and redo call ----------------------------------------------

    def delete_action_now(self, action_id: str) -> bool:
        return self._try(lambda app: app.assessments.delete_action(action_id))

    def restore_action_now(self, action_id: str) -> bool:
        return self._try(lambda app: app.assessments.restore_action(action_id))

    def update_action_now(self, action_id: str, values: dict[str, Any]) -> bool:
        return self._try(lambda app: app.assessments.update_action(action_id, **values))

    def _try(self, change: Any) -> bool:
        try:
            self._call(change)
        except Exception as error:  # the step could not be made: say so, keep the list true
            from fieldguide.ui.errors import error_line

            self.workspace.show_error(
                error_line(
                    error, QCoreApplication.translate("Assessment", "The action could not be changed (%1).")
                )
            )
            return False
        return True

    def _call(self, change: Any) -> None:
        """Make the change and show the actions as they now are (raises what the service refused)."""
        workspace = self.workspace
        assessment_id = workspace.assessment_id
        assert assessment_id is not None

        def run(app: App) -> list[ActionView]:
            change(app)
            return app.assessments.get(assessment_id).actions

        actions = workspace.runner.call(run, changes=ACTIONS_CHANGED, origin=workspace)
        workspace.show_loaded_actions(assessment_id, actions)
