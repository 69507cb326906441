"""The assessment workspace: the items on one side, the selected item's editor and the actions on the other.

This module is its behaviour; `layout.py` holds its widgets. Every read and
write is an operation on the window's runner: answers show at once and are
stored behind whatever the runner is doing; a failed one is undone on screen
and said in the banner.

Keys (not while typing in a text field, except Ctrl+Up/Down): 1–5 set the
status, J/K or Ctrl+Down/Ctrl+Up move to the next or previous item, Ctrl+Z
and Ctrl+Shift+Z undo and redo status changes.

Notes are saved by `Autosave`: shortly after typing stops, at least once a
second while it goes on, when the editor loses focus, before another item is
shown and when the workspace is hidden or closed. A failed save keeps the text
in the editor, shows why in a banner, and keeps the user on that item.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QWidget

from fieldguide.assessments.model import (
    ActionView,
    AssessmentView,
    ResponseView,
    progress_of,
)
from fieldguide.assessments.scales import NOT_ASSESSED
from fieldguide.changes import Changes
from fieldguide.ui.conflict_marks import mark_tree
from fieldguide.ui.runner import Runner
from fieldguide.ui.workspace.action_editing import ActionEditing
from fieldguide.ui.workspace.autosave import Autosave
from fieldguide.ui.workspace.finalise_dialog import confirm_finalise
from fieldguide.ui.workspace.item_kinds import change_item_kind
from fieldguide.ui.workspace.item_model import (
    ITEM_ID_ROLE,
    NUMBER_ROLE,
    ROW_KIND_ROLE,
    build_item_model,
    find_item_row,
    update_item_row,
)
from fieldguide.ui.workspace.keys import WORKSPACE_KEYS, keypad
from fieldguide.ui.workspace.layout import WorkspaceLayout
from fieldguide.ui.workspace.purging import Purging
from fieldguide.ui.workspace.undo import StatusChange

if TYPE_CHECKING:
    from fieldguide.app import App

log = logging.getLogger(__name__)

ANSWERED = Changes(items=True, sync_state=True)
ACTIONS_CHANGED = Changes(actions=True, sync_state=True)
STATE_CHANGED = Changes(assessments=True, sync_state=True)

SHORT_LABEL = 36  # characters of an item's text shown beside an action


class AssessmentWorkspace(WorkspaceLayout):
    guidance_requested = Signal(str)  # a section id, for the reader beside the checklist

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.assessment_id: str | None = None
        self._view: AssessmentView | None = None
        self._responses: dict[str, ResponseView] = {}
        self._actions: list[ActionView] = []
        self._reverting = False
        self.marks: Any = None  # where this assessment's conflicts are (SyncService.marks)

        self.undo_stack = QUndoStack(self)
        self.autosave = Autosave(runner, self._save_texts, ANSWERED, self)
        self.autosave.failed.connect(self._save_failed)
        self.autosave.saved.connect(self._save_succeeded)
        self.autosave.pending_changed.connect(self._pending_changed)

        self._connect()
        self._build_shortcuts()
        self.action_editing = ActionEditing(self)
        self.purging = Purging(self)
        self.editor.kind_chosen.connect(lambda kind: change_item_kind(self, kind))
        self._show_nothing()
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.flush)

    def _connect(self) -> None:
        self.reopen_button.clicked.connect(self.reopen)
        self.retry_button.clicked.connect(self._retry)
        self.finalise_button.clicked.connect(self.finalise)
        self.filter_box.currentIndexChanged.connect(
            lambda i: self.set_filter(str(self.filter_box.itemData(i)))
        )
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.editor.status_chosen.connect(self.set_status)
        self.editor.confidence_chosen.connect(self.set_confidence)
        self.editor.note_edited.connect(lambda text: self.autosave.edited("note", text))
        self.editor.evidence_edited.connect(lambda text: self.autosave.edited("evidence", text))
        self.editor.focus_left.connect(self.flush)
        self.editor.guidance_requested.connect(self.guidance_requested)
        self.actions_panel.add_requested.connect(self.add_action)
        self.actions_panel.done_changed.connect(self.set_action_done)
        self.actions_panel.item_requested.connect(self.select_item)

    def _build_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._shortcuts: list[QShortcut] = []

        def bind(sequence: QKeySequence | str, slot: Any) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

        for key in WORKSPACE_KEYS:  # the table F1 lists too
            for sequence in key.sequences:
                if key.name == "status":
                    number = int(sequence)
                    bind(sequence, lambda number=number: self.set_status_by_key(number))
                    bind(keypad(number), lambda number=number: self.set_status_by_key(number))
                else:
                    bind(sequence, getattr(self, key.name))

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo status change"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo status change"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(context)
            self.addAction(action)

    # --- opening ---------------------------------------------------------------------

    def open_assessment(self, assessment_id: str) -> bool:
        """Show an assessment; False (and a banner) when it cannot be opened."""
        if not self.flush():
            return False
        try:
            from fieldguide.language import active_language

            # Guidance in the app's language where a translation pack holds it; answers are the same.
            language = active_language()
            view = self.runner.read(lambda app: app.assessments.get(assessment_id, language=language))
        except Exception as error:  # shown in the banner; the workspace stays usable
            self._show_error(self.tr("Could not open the assessment: %1").replace("%1", str(error)))
            return False
        self.error_banner.hide()
        self.undo_stack.clear()
        self.autosave.set_target(None)
        self.assessment_id = view.id
        self._set_view(view)
        first = next(
            (r.item_id for r in view.responses if r.status == NOT_ASSESSED and not r.retired),
            view.responses[0].item_id if view.responses else None,
        )
        if first is not None:
            self.select_item(first)
        self.tree.setFocus()
        return True

    def reload(self) -> bool:
        """Show the stored state again (after a change made elsewhere), on the same item."""
        if self.assessment_id is None:
            return False
        current = self.current_item_id
        if not self.open_assessment(self.assessment_id):
            return False
        if current is not None:
            self.select_item(current)
        return True

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

    # --- moving between items --------------------------------------------------------

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

    # --- writing ---------------------------------------------------------------------

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

    def flush(self) -> bool:
        """Save any text typed and not yet saved; False if it could not be (the text stays)."""
        return self.autosave.flush()

    def _pending_changed(self, pending: bool) -> None:
        self.editor.save_state.setText(self.tr("Saving…") if pending else self.tr("Saved"))

    def _save_failed(self, message: str) -> None:
        self.editor.save_state.setText(self.tr("Not saved"))
        self._show_error(
            self.tr("Not saved (%1). Your text stays in the editor and will be saved when possible.").replace(
                "%1", message
            )
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

    def show_error(self, text: str) -> None:
        """Say above the items what went wrong (a visible, wrapped error banner)."""
        self._show_error(text)

    def show_loaded_actions(self, assessment_id: str, actions: list[ActionView]) -> None:
        self._show_loaded_actions(assessment_id, actions)

    def _show_error(self, text: str) -> None:
        log.warning("%s", text)
        self.error_banner.show_message(text)

    # --- actions ---------------------------------------------------------------------

    def add_action(self, text: str, owner: str = "", due: str = "", on_item: bool = True) -> bool:
        """Queue a follow-up action (on the current item, or the whole assessment); False if none open."""
        if self.assessment_id is None or self.is_final():
            return False
        assessment_id = self.assessment_id
        item_id = self.current_item_id if on_item else None

        def add(app: App) -> list[ActionView]:
            app.assessments.add_action(assessment_id, text, item_id=item_id, owner=owner, due=due)
            return app.assessments.get(assessment_id).actions

        def added(actions: list[ActionView]) -> None:
            self.actions_panel.clear_form()
            self._show_loaded_actions(assessment_id, actions)

        self.runner.run(
            add,
            added,
            lambda error: self._show_error(self.tr("Could not add the action: %1").replace("%1", str(error))),
            changes=ACTIONS_CHANGED,
            origin=self,
        )
        return True

    def set_action_done(self, action_id: str, done: bool) -> bool:
        if self.assessment_id is None:
            return False
        assessment_id = self.assessment_id

        def mark(app: App) -> list[ActionView]:
            app.assessments.set_action_done(action_id, done)
            return app.assessments.get(assessment_id).actions

        def failed(error: BaseException) -> None:
            self._show_error(self.tr("Could not change the action: %1").replace("%1", str(error)))
            self._show_actions()

        self.runner.run(
            mark,
            lambda actions: self._show_loaded_actions(assessment_id, actions),
            failed,
            changes=ACTIONS_CHANGED,
            origin=self,
        )
        return True

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

    # --- the assessment as a whole -----------------------------------------------------

    def finalise(self, *, confirmed: bool = False) -> bool:
        """Make the assessment read-only, once the user has seen what is still unassessed."""
        if self.assessment_id is None or not self.flush():
            return False
        view = self.view
        if not confirmed and view is not None:
            choice = confirm_finalise(self, view)
            if choice == "show":
                self.set_filter("not-assessed")
                self.select_item(view.unassessed[0].item_id)
                return False
            if choice != "finalise":
                return False
        try:
            assessment_id = self.assessment_id
            self.runner.call(
                lambda app: app.assessments.finalise(assessment_id), changes=STATE_CHANGED, origin=self
            )
        except Exception as error:
            self._show_error(self.tr("Could not finalise: %1").replace("%1", str(error)))
            return False
        self._after_state_change()
        return True

    def reopen(self) -> bool:
        if self.assessment_id is None:
            return False
        try:
            assessment_id = self.assessment_id
            self.runner.call(
                lambda app: app.assessments.reopen(assessment_id), changes=STATE_CHANGED, origin=self
            )
        except Exception as error:
            self._show_error(self.tr("Could not reopen: %1").replace("%1", str(error)))
            return False
        self._after_state_change()
        return True

    def _after_state_change(self) -> None:
        self.reload()

    # --- leaving -----------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flush():
            event.ignore()  # the banner says why; closing would lose the text
            return
        super().closeEvent(event)
