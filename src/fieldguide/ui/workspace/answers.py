"""Writing the workspace's answers: a status (undoable), a confidence, the texts the
autosave stores, and what the editor says while they are saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from fieldguide.assessments.model import ResponseView
from fieldguide.changes import Changes
from fieldguide.ui.workspace.item_model import find_item_row, update_item_row
from fieldguide.ui.workspace.undo import StatusChange

if TYPE_CHECKING:
    from fieldguide.app import App
from fieldguide.ui.workspace.navigation import WorkspaceNavigation

ANSWERED = Changes(items=True, sync_state=True)


class WorkspaceAnswers(WorkspaceNavigation):
    def _write(self, item_id: str, **values: str) -> bool:
        """Show new values of one item's answer at once and queue their save; False if nothing open.

        The stored answer replaces the shown one when the save reports back; a failed
        save puts the fields back as they were, says why in the banner and forgets the
        undo history (it would describe changes the profile does not have).
        """
        if self.assessment_id is None or item_id not in self._responses:
            return False
        assessment_id = self.assessment_id
        before = self._responses[item_id]
        self._show_response(replace(before, **cast("dict[str, Any]", values)))

        def saved(response: ResponseView) -> None:
            if self.assessment_id == assessment_id:
                self._show_response(response)

        def failed(error: BaseException) -> None:
            self._show_error(self.tr("Could not save: %1").replace("%1", str(error)))
            if self.assessment_id != assessment_id or item_id not in self._responses:
                return
            now = self._responses[item_id]
            self._show_response(replace(now, **{name: getattr(before, name) for name in values}))
            self.undo_stack.clear()

        self.runner.run(
            lambda app: app.assessments.answer(assessment_id, item_id, **values),
            saved,
            failed,
            changes=ANSWERED,
            origin=self,
        )
        return True

    def _show_response(self, response: ResponseView) -> None:
        item_id = response.item_id
        self._responses[item_id] = response
        row = find_item_row(self.model, item_id)
        if row is not None:
            update_item_row(row, response, item_id in self._items_with_actions())
        self.filter.refilter()
        self._show_progress()
        if self.current_item_id == item_id:
            self.editor.set_status(response.status)
            self.editor.set_confidence(response.confidence)

    def set_status_by_key(self, number: int) -> bool:
        """Keys 1–n choose the n-th value of the current item's own scale."""
        item_id = self.current_item_id
        if item_id is None:
            return False
        scale = self._responses[item_id].scale
        return 1 <= number <= len(scale) and self.set_status(scale[number - 1])

    def set_status(self, status: str) -> bool:
        """The user's judgement for the current item (undoable)."""
        item_id = self.current_item_id
        if item_id is None or self.is_final():
            return False
        old = self._responses[item_id].status
        if old == status:
            self.editor.set_status(status)
            return True
        if not self._write(item_id, status=status):
            self.editor.set_status(old)
            return False
        label = self._item_label(item_id)
        self.undo_stack.push(StatusChange(self, item_id, old, status, label))
        return True

    def apply_status(self, item_id: str, status: str) -> bool:
        """Undo and redo land here: show the item, then write its status."""
        self.select_item(item_id)
        return self._write(item_id, status=status)

    def set_confidence(self, confidence: str) -> bool:
        item_id = self.current_item_id
        if item_id is None or self.is_final():
            return False
        return self._write(item_id, confidence=confidence)

    def _save_texts(self, item_id: str, values: dict[str, str]) -> Callable[[App], ResponseView]:
        """The autosave's operation: store the texts typed for one item of the open assessment."""
        assessment_id = self.assessment_id

        def save(app: App) -> ResponseView:
            if assessment_id is None:
                raise RuntimeError("no assessment is open")
            return app.assessments.answer(assessment_id, item_id, **values)

        return save

    def _pending_changed(self, pending: bool) -> None:
        self.editor.save_state.setText(self.tr("Saving…") if pending else self.tr("Saved"))

    def _save_failed(self, message: str) -> None:
        self.editor.save_state.setText(self.tr("Not saved"))
        self._show_error(
            self.tr("Not saved (%1). Your text stays in the editor and will be saved when possible.").replace(
                "%1", message
            ),
            retry=True,
        )

    def _save_succeeded(self, response: object) -> None:
        if isinstance(response, ResponseView) and response.item_id in self._responses:
            self._responses[response.item_id] = response
        if not self.autosave.pending:
            self.editor.save_state.setText(self.tr("Saved"))
        self.error_banner.hide()

    def _retry(self) -> None:
        if self.flush():
            self.error_banner.hide()
