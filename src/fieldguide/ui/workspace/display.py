"""What the assessment workspace shows: the open assessment's items, progress,
actions, banners and read-only state, drawn from the answers it holds.

The first of the workspace's control layers over its widgets (layout.py):
navigation.py moves between items, answers.py writes answers, workspace.py
opens assessments and acts on them as a whole.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QUndoStack

from fieldguide.assessments.model import ActionView, AssessmentView, ResponseView, progress_of
from fieldguide.assessments.scales import NOT_ASSESSED
from fieldguide.ui.conflict_marks import mark_tree
from fieldguide.ui.runner import Runner
from fieldguide.ui.workspace.autosave import Autosave
from fieldguide.ui.workspace.item_model import (
    ITEM_ID_ROLE,
    NUMBER_ROLE,
    ROW_KIND_ROLE,
    build_item_model,
    find_item_row,
    update_item_row,
)
from fieldguide.ui.workspace.layout import WorkspaceLayout

log = logging.getLogger(__name__)

SHORT_LABEL = 36  # characters of an item's text shown beside an action


class WorkspaceDisplay(WorkspaceLayout):
    """The open assessment's state and how it is drawn."""

    runner: Runner
    assessment_id: str | None
    _view: AssessmentView | None
    _responses: dict[str, ResponseView]
    _actions: list[ActionView]
    _reverting: bool
    marks: Any  # where this assessment's conflicts are (SyncService.marks)
    undo_stack: QUndoStack
    autosave: Autosave

    def _set_view(self, view: AssessmentView) -> None:
        self._view = view
        self._responses = {r.item_id: r for r in view.responses}
        self._actions = list(view.actions)
        self.editor.show_item(None)
        self.filter.pin(None)
        build_item_model(view, self._items_with_actions(), self.model)
        self._show_conflicts(view.id)
        self.tree.expandAll()
        self.show_header(view)
        self._show_progress()
        self._show_actions()
        self._apply_read_only()

    def _show_conflicts(self, assessment_id: str) -> None:
        # Where this assessment's conflicts live: marked on their rows and above the editor.
        self.marks = self.runner.read(lambda app: app.sync.marks(assessment_id))
        mark_tree(self.model, self.marks, ITEM_ID_ROLE)
        self.conflict_banner.show_for(self.marks, self.current_item_id)

    @property
    def view(self) -> AssessmentView | None:
        """The assessment shown, with its answers as they are now."""
        if self._view is None:
            return None
        return replace(self._view, responses=list(self._responses.values()), actions=list(self._actions))

    def close_assessment(self) -> None:
        """Show no assessment (it was deleted); its typed text was saved before."""
        self.assessment_id = None
        self._view = None
        self._responses = {}
        self._actions = []
        self.undo_stack.clear()
        self.model.clear()
        self._show_nothing()

    def _show_nothing(self) -> None:
        self.title_label.setText(self.tr("No assessment open"))
        self.meta_label.setText("")
        self.classification_label.hide()
        self.finalise_button.setEnabled(False)
        self.editor.show_item(None)
        self.actions_panel.set_actions([], {})
        self.actions_panel.set_read_only(True)
        # What the banners said was about the assessment that was open.
        for banner in (self.error_banner, self.final_banner):
            banner.label.clear()
            banner.hide()
        self.conflict_banner.hide()
        self._show_progress()

    def _show_progress(self) -> None:
        counts = progress_of(r.status for r in self._responses.values())
        total = sum(counts.values())
        assessed = total - counts[NOT_ASSESSED]
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(assessed)
        self.progress.setFormat(
            self.tr("%1 of %2 assessed").replace("%1", str(assessed)).replace("%2", str(total))
        )
        self.chart.set_counts(counts)
        visible = len(self.visible_item_ids())
        self.count_label.setText(
            self.tr("%1 items").replace("%1", str(visible))
            if self.filter.mode == "all"
            else self.tr("%1 of %2").replace("%1", str(visible)).replace("%2", str(total))
        )

    def _items_with_actions(self) -> set[str]:
        return {a.item_id for a in self._actions if a.item_id}

    def _item_label(self, item_id: str) -> str:
        row = find_item_row(self.model, item_id)
        response = self._responses.get(item_id)
        text = response.item_text if response and response.item_text else item_id
        if len(text) > SHORT_LABEL:
            text = text[: SHORT_LABEL - 1].rstrip() + "…"
        return f"{row.data(NUMBER_ROLE)}. {text}" if row is not None else text

    def _show_actions(self) -> None:
        labels = {a.item_id: self._item_label(a.item_id) for a in self._actions if a.item_id}
        self.actions_panel.set_actions(self._actions, labels)

    def _apply_read_only(self) -> None:
        final = self.is_final()
        self.editor.set_read_only(final)
        self.actions_panel.set_read_only(final)
        self.actions_panel.set_item_available(self.current_item_id is not None)
        if final:
            self.final_banner.show_message(
                self.tr(
                    "This assessment is final and read-only. Reopen it to change answers, notes or actions."
                )
            )
        else:
            self.final_banner.hide()
        self.finalise_button.setVisible(not final)

    # --- state -----------------------------------------------------------------------

    @property
    def current_item_id(self) -> str | None:
        return self.editor.item_id

    def is_final(self) -> bool:
        return self._view is not None and self._view.final

    def response(self, item_id: str) -> ResponseView | None:
        return self._responses.get(item_id)

    def action_views(self) -> list[ActionView]:
        return list(self._actions)

    def visible_item_ids(self) -> list[str]:
        return [index.data(ITEM_ID_ROLE) for index in self._visible_items()]

    def _visible_items(self) -> list[QModelIndex]:
        found: list[QModelIndex] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.filter.rowCount(parent)):
                index = self.filter.index(row, 0, parent)
                if index.data(ROW_KIND_ROLE) == "item":
                    found.append(index)
                walk(index)

        walk(QModelIndex())
        return found

    def flush(self) -> bool:
        """Save any text typed and not yet saved; False if it could not be (the text stays)."""
        return self.autosave.flush()

    # --- what went wrong, what was loaded ---------------------------------------------

    def show_error(self, text: str) -> None:
        """Say above the items what went wrong (a visible, wrapped error banner)."""
        self._show_error(text)

    def show_loaded_actions(self, assessment_id: str, actions: list[ActionView]) -> None:
        self._show_loaded_actions(assessment_id, actions)

    def _show_error(self, text: str, *, retry: bool = False) -> None:
        """`retry`: offer "Try again" (text typed and not saved); what else failed has nothing to
        retry from here, the banner only says so."""
        log.warning("%s", text)
        self.retry_button.setVisible(retry)
        self.error_banner.show_message(text)

    def _show_loaded_actions(self, assessment_id: str, actions: list[ActionView]) -> None:
        if assessment_id != self.assessment_id:
            return
        self._actions = list(actions)
        with_actions = self._items_with_actions()
        for item_id, response in self._responses.items():
            row = find_item_row(self.model, item_id)
            if row is not None:
                update_item_row(row, response, item_id in with_actions)
        self.filter.refilter()
        self._show_actions()
        self._show_progress()
