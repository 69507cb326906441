"""The open assessment as a whole, from the window: its details, a copy, the bin.

Kept apart from `assessments.py` (the workspace page and the list) so each stays
small; `AssessmentsController` forwards its menu commands here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from fieldguide.changes import Changes
from fieldguide.ui.errors import error_line

if TYPE_CHECKING:
    from fieldguide.ui.controllers.assessments import AssessmentsController

LISTED = Changes(assessments=True, sync_state=True)


def _t(text: str) -> str:
    return QCoreApplication.translate("AssessmentsController", text)


def edit_details(controller: AssessmentsController) -> bool:
    """The details dialog on the open assessment; its title and header follow what was saved."""
    from fieldguide.ui.workspace.details_dialog import DetailsDialog

    workspace = controller.workspace
    view = workspace.view if workspace is not None else None
    if workspace is None or view is None:
        return False
    if view.final:
        controller.window.notify(_t("The assessment is final: reopen it to change its details."))
        return False
    dialog = DetailsDialog(controller.runner, view, controller.window)
    controller.details_dialog = dialog
    try:
        if dialog.exec() != DetailsDialog.DialogCode.Accepted:
            return False
    finally:
        controller.details_dialog = None
        dialog.deleteLater()
    workspace.reload()
    controller.refresh_list()
    controller.update_tab()
    return True


def duplicate(controller: AssessmentsController) -> str | None:
    """A new draft with the same details, answers and actions, opened at once."""
    current = controller.current_assessment()
    if current is None or not controller.flush():
        return None
    assessment_id, title = current
    try:
        copy = controller.runner.call(lambda app: app.assessments.duplicate(assessment_id), changes=LISTED)
    except Exception as error:
        controller.window.notify(error_line(error, _t("The assessment could not be copied (%1).")))
        return None
    controller.open_assessment(copy)
    controller.window.notify(_t("“%1” copied: you are now working on the copy.").replace("%1", title))
    return str(copy)


def delete(controller: AssessmentsController, *, confirmed: bool = False) -> bool:
    """Move the open assessment to the bin, after asking; Deleted assessments brings it back."""
    current = controller.current_assessment()
    workspace = controller.workspace
    if current is None or workspace is None or not controller.flush():
        return False
    assessment_id, title = current
    if not confirmed:
        answer = QMessageBox.question(
            controller.window,
            _t("Delete the assessment?"),
            _t(
                "“%1” moves to the bin, with its answers and actions. "
                "Assessment ▸ Deleted assessments brings it back."
            ).replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    try:
        controller.runner.call(lambda app: app.assessments.delete(assessment_id), changes=LISTED)
    except Exception as error:  # final, or deleted meanwhile by a sync
        workspace.show_error(error_line(error, _t("The assessment could not be deleted (%1).")))
        return False
    workspace.close_assessment()
    controller.update_tab()
    controller.window.show_page(controller.window.reader)
    controller.window.update_commands()
    controller.window.notify(
        _t("“%1” is in the bin (Assessment ▸ Deleted assessments).").replace("%1", title)
    )
    return True


def show_bin(controller: AssessmentsController) -> str | None:
    """The bin; an assessment restored from it opens."""
    from fieldguide.ui.workspace.bin_dialog import BinDialog

    if not controller.opened:
        return None
    dialog = BinDialog(controller.runner, controller.window)
    controller.bin_dialog = dialog
    try:
        dialog.exec()
    finally:
        controller.bin_dialog = None
        dialog.deleteLater()
    if dialog.restored is not None:
        controller.open_assessment(dialog.restored)
    return dialog.restored
