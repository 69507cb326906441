"""Moving between the workspace's items: selecting one, next and previous, the
filter, and staying on an item whose note could not be saved."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex

from fieldguide.ui.workspace.display import WorkspaceDisplay
from fieldguide.ui.workspace.item_model import ITEM_ID_ROLE, ROW_KIND_ROLE, find_item_row


class WorkspaceNavigation(WorkspaceDisplay):
    def show_found(self, item_id: str, query: str) -> bool:
        """Show the item a search hit found, with the words found marked in its note."""
        if not self.select_item(item_id):
            return False
        self.editor.note.mark_terms(query)
        return True

    def select_item(self, item_id: str) -> bool:
        """Show an item (made visible even if the filter hides it); False if its note could not be saved."""
        if find_item_row(self.model, item_id) is None:
            return False
        self.filter.pin(item_id)
        row = find_item_row(self.model, item_id)
        assert row is not None
        index = self.filter.mapFromSource(row.index())
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(index)
        return self.current_item_id == item_id

    def next_item(self) -> None:
        self._move(1)

    def previous_item(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        ids = self.visible_item_ids()
        if not ids:
            return
        current = self.current_item_id
        if current in ids:
            position = min(max(ids.index(current) + step, 0), len(ids) - 1)
        else:
            position = 0 if step > 0 else len(ids) - 1
        if ids[position] != current:
            self.select_item(ids[position])

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reverting or current.data(ROW_KIND_ROLE) != "item":
            return  # a checklist or group row: the editor keeps its item
        item_id = str(current.data(ITEM_ID_ROLE))
        if item_id == self.current_item_id:
            return
        if not self.flush():
            self._return_to_current_item()
            return
        self.autosave.set_target(item_id)
        self.filter.pin(item_id)
        response = self._responses[item_id]
        titles = {c.id: c.title for c in self._view.checklists} if self._view else {}
        self.editor.show_item(response, titles.get(response.checklist_id, ""))
        self.conflict_banner.show_for(self.marks, item_id)
        self._apply_read_only()

    def _return_to_current_item(self) -> None:
        if self.current_item_id is None:
            return
        row = find_item_row(self.model, self.current_item_id)
        if row is None:
            return
        self._reverting = True
        try:
            index = self.filter.mapFromSource(row.index())
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._reverting = False

    # --- filters ---------------------------------------------------------------------

    def set_filter(self, mode: str) -> None:
        self.filter.set_mode(mode)
        index = self.filter_box.findData(mode)
        if index != self.filter_box.currentIndex():
            self.filter_box.setCurrentIndex(index)
        self.tree.expandAll()
        self._show_progress()
