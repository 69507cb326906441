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

The control is layered over the widgets (layout.py): display.py draws the open
assessment, navigation.py moves between its items, answers.py writes answers;
this module opens assessments, connects the widgets and keys, and holds the
actions and the assessment as a whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QWidget

from fieldguide.assessments.model import ActionView, AssessmentView, ResponseView
from fieldguide.assessments.scales import NOT_ASSESSED
from fieldguide.changes import Changes
from fieldguide.ui.runner import Runner
from fieldguide.ui.workspace.action_editing import ActionEditing
from fieldguide.ui.workspace.autosave import Autosave
from fieldguide.ui.workspace.finalise_dialog import confirm_finalise
from fieldguide.ui.workspace.item_kinds import change_item_kind
from fieldguide.ui.workspace.keys import WORKSPACE_KEYS, keypad
from fieldguide.ui.workspace.purging import Purging

if TYPE_CHECKING:
    from fieldguide.app import App
from fieldguide.ui.workspace.action_editing import ACTIONS_CHANGED
from fieldguide.ui.workspace.answers import ANSWERED, WorkspaceAnswers

STATE_CHANGED = Changes(assessments=True, sync_state=True)


class AssessmentWorkspace(WorkspaceAnswers):
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
