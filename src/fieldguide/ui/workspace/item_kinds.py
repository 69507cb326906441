"""An imported checklist's item given another kind from the workspace: its answer moves to
the new kind's scale (nothing recorded is lost; see assessments/scales.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from fieldguide.changes import Changes

if TYPE_CHECKING:
    from fieldguide.ui.workspace.workspace import AssessmentWorkspace

KIND_CHANGED = Changes(library=True, items=True)


def change_item_kind(workspace: AssessmentWorkspace, kind: str) -> bool:
    item_id = workspace.current_item_id
    if item_id is None:
        return False
    try:
        workspace.runner.call(
            lambda app: app.imports.set_item_kind(item_id, kind), changes=KIND_CHANGED, origin=workspace
        )
    except Exception as error:
        from fieldguide.ui.errors import error_line

        workspace.show_error(
            error_line(error, QCoreApplication.translate("Assessment", "The kind could not be changed (%1)."))
        )
        return False
    workspace.reload()
    workspace.select_item(item_id)
    return True
