"""Assessments: the workspace page, the list in the navigator, new assessments, undo and redo."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QToolButton

from fieldguide.errors import UserError
from fieldguide.ui.controllers.base import Controller
from fieldguide.ui.runner import ChangeNotice

if TYPE_CHECKING:
    from fieldguide.ui.main_window import MainWindow
    from fieldguide.ui.workspace import AssessmentWorkspace, NewAssessmentDialog
    from fieldguide.ui.workspace.bin_dialog import BinDialog
    from fieldguide.ui.workspace.details_dialog import DetailsDialog


class AssessmentsController(Controller):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        # Built when first needed; kept as attributes for tests.
        self.workspace: AssessmentWorkspace | None = None
        self.export_corner: QToolButton | None = None
        self.new_assessment_dialog: NewAssessmentDialog | None = None
        self.details_dialog: DetailsDialog | None = None
        self.bin_dialog: BinDialog | None = None
        window.assessment_requested.connect(self.open_assessment)

    # --- the workspace page -------------------------------------------------------------

    def _ensure_workspace(self) -> AssessmentWorkspace:
        if self.workspace is None:
            from fieldguide.ui.workspace import AssessmentWorkspace

            workspace = AssessmentWorkspace(self.runner, self.window)
            workspace.guidance_requested.connect(self.open_guidance)
            workspace.conflict_banner.compare_requested.connect(self.window.sync.open_conflicts)
            # The window's Edit ▸ Undo/Redo (same keys) act on this stack; two actions on one key
            # would be ambiguous and neither would run.
            for action in (workspace.undo_action, workspace.redo_action):
                action.setShortcuts([])
            stack = workspace.undo_stack
            for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged):
                signal.connect(self._undo_stack_changed)
            self.workspace = workspace
            self.window.add_page(workspace, self.tr("Assessment"))
            self._add_export_corner()
        return self.workspace

    def _add_export_corner(self) -> None:
        # Export beside the page tabs, which are shown from the moment the workspace exists.
        pages = self.window.pages
        button = QToolButton(pages)
        button.setObjectName("exportCorner")
        button.setDefaultAction(self.window.commands.export_report)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        pages.setCornerWidget(button, Qt.Corner.TopRightCorner)
        button.show()
        self.export_corner = button

    def open_assessment(self, assessment_id: str) -> bool:
        """Show an assessment in the workspace page; False (and why, in the status bar) if it cannot be."""
        if not self.opened:
            return False
        window = self.window
        try:
            assessment_id = self.runner.read(lambda app: app.assessments.resolve(assessment_id))
        except UserError as error:  # deleted by a sync, or a stale search hit
            window.notify(self.tr("Could not open the assessment: %1").replace("%1", str(error)))
            return False
        workspace = self._ensure_workspace()
        if not workspace.open_assessment(assessment_id):
            window.show_page(workspace)  # its banner says why
            return False
        self._update_tab()
        window.show_page(workspace)
        window.navigator.select_content(assessment_id)
        window.update_commands()
        # The keyboard goes on where the work is: the item list (digits answer at once).
        workspace.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def open_found(self, assessment_id: str, item_id: str, query: str) -> bool:
        """A search hit on an answer: open its assessment on that item, with the words marked."""
        if not self.open_assessment(assessment_id):
            return False
        workspace = self.workspace
        assert workspace is not None
        return not item_id or workspace.show_found(item_id, query)

    def _update_tab(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        if workspace.assessment_id is None:  # closed because deleted: its title leaves the screen too
            self.window.set_page_title(workspace, self.tr("Assessment"))
            return
        self.window.set_page_title(workspace, workspace.title_label.text())

    def current_assessment(self) -> tuple[str, str] | None:
        """(id, title) of the assessment open in the workspace, if any."""
        workspace = self.workspace
        if workspace is None or workspace.assessment_id is None:
            return None
        return workspace.assessment_id, workspace.title_label.text()

    def open_guidance(self, section_id: str) -> None:
        """The workspace asked for an item's guidance: the reader shows it; the Assessment tab leads back."""
        if self.window.reading.open_content(section_id):
            self.window.notify(self.tr("The assessment stays open in its tab."))

    def flush(self) -> bool:
        """Save the workspace's typed text now; False if it could not be (the text stays)."""
        return self.workspace is None or self.workspace.flush()

    def close_workspace(self) -> bool:
        """Before the window closes: the workspace's text saved, or the user agreed to lose it."""
        if self.workspace is None or self.workspace.flush():
            return True
        return self.confirm_close_unsaved(self.workspace.editor.save_state.text())

    def confirm_close_unsaved(self, reason: str) -> bool:
        answer = QMessageBox.warning(
            self.window,
            self.tr("Note not saved"),
            self.tr("Your note could not be saved (%1). Close anyway and lose the unsaved text?").replace(
                "%1", reason
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

    # --- the list and new assessments ---------------------------------------------------

    def refresh_list(self) -> None:
        """List the assessments in the navigator again (after a new one, a change or a sync)."""
        from fieldguide.ui.snapshot import assessment_rows

        def show(rows: list[tuple[str, str, str]] | None) -> None:
            if rows is not None and not self.window.closed:
                self.window.navigator.set_assessments(rows)

        if self.opened:
            self.runner.run(assessment_rows, show, lambda error: self.window.notify(str(error)))

    # --- the open assessment as a whole (assessment_commands.py) ------------------------

    # Imported when used: the start-up path (until the library is usable) does without them.

    def edit_details(self) -> bool:
        from fieldguide.ui.controllers import assessment_commands

        return assessment_commands.edit_details(self)

    def duplicate(self) -> str | None:
        from fieldguide.ui.controllers import assessment_commands

        return assessment_commands.duplicate(self)

    def delete(self) -> bool:
        from fieldguide.ui.controllers import assessment_commands

        return assessment_commands.delete(self)

    def show_bin(self) -> str | None:
        from fieldguide.ui.controllers import assessment_commands

        return assessment_commands.show_bin(self)

    def update_tab(self) -> None:
        self._update_tab()

    def new_assessment(self, checklist_id: str | None = None) -> None:
        """The new-assessment dialog; `checklist_id` (the checklist being read) comes ticked."""
        if not self.opened:
            return
        from fieldguide.ui.workspace import NewAssessmentDialog

        dialog = NewAssessmentDialog(self.runner, self.window)
        if checklist_id:
            dialog.set_checked(checklist_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._created(dialog.assessment_id))
        self.new_assessment_dialog = dialog
        dialog.open()

    def _created(self, assessment_id: str | None) -> None:
        if assessment_id is not None:
            self.window.activateWindow()  # the dialog has closed: the keyboard comes back to the window
            self.open_assessment(assessment_id)

    def apply_changes(self, notice: ChangeNotice) -> None:
        changes = notice.changes
        if changes.assessments:
            self.refresh_list()
        workspace = self.workspace
        if workspace is None or workspace.assessment_id is None or notice.origin is workspace:
            return
        if not (changes.items or changes.actions or changes.assessments or changes.conflicts):
            return
        if changes.assessments and not self._still_open(workspace.assessment_id):
            # Moved to the bin (here, or by a sync): reopening it would only fail and say so.
            workspace.close_assessment()
        else:
            workspace.reload()  # changed elsewhere: a sync, a resolution, a finalise in the workspace
        self._update_tab()

    def _still_open(self, assessment_id: str) -> bool:
        """The assessment is out of the bin; a failing read says so through the reload."""
        try:
            self.runner.read(lambda app: app.assessments.resolve(assessment_id))
        except UserError:
            return False
        return True

    # --- undo ---------------------------------------------------------------------------

    def undo(self) -> None:
        if self.workspace is not None and self._workspace_is_current():
            self.workspace.undo_stack.undo()

    def redo(self) -> None:
        if self.workspace is not None and self._workspace_is_current():
            self.workspace.undo_stack.redo()

    def _undo_stack_changed(self, *_args: object) -> None:
        # The stack also reports while the window's children are being destroyed.
        if shiboken6.isValid(self.window.pages):
            self.window.update_commands()

    def _workspace_is_current(self) -> bool:
        return self.workspace is not None and self.window.pages.currentWidget() is self.workspace

    def update_commands(self) -> None:
        c = self.window.commands
        c.new_assessment.setEnabled(self.opened)
        has_open = self.opened and self.current_assessment() is not None
        c.export_report.setEnabled(has_open)
        for action in (c.edit_details, c.duplicate_assessment, c.delete_assessment):
            action.setEnabled(has_open)
        c.show_bin.setEnabled(self.opened)
        in_workspace = self._workspace_is_current()
        stack = self.workspace.undo_stack if self.workspace is not None else None
        c.undo.setEnabled(in_workspace and stack is not None and stack.canUndo())
        c.redo.setEnabled(in_workspace and stack is not None and stack.canRedo())
        undo_text = stack.undoText() if c.undo.isEnabled() and stack is not None else ""
        redo_text = stack.redoText() if c.redo.isEnabled() and stack is not None else ""
        c.undo.setText(
            self.tr("&Undo %1").replace("%1", undo_text).strip() if undo_text else self.tr("&Undo")
        )
        c.redo.setText(
            self.tr("&Redo %1").replace("%1", redo_text).strip() if redo_text else self.tr("&Redo")
        )
        if in_workspace:
            self._update_tab()
