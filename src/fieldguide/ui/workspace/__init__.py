"""The assessment workspace: items, judgements, notes and actions of one assessment.

`AssessmentWorkspace(runner)` is a self-contained widget (`open_assessment(id)`,
`guidance_requested(section_id)`), and `NewAssessmentDialog(runner)` starts one;
both reach the profile through the window's `Runner`.
"""

from fieldguide.ui.workspace.new_dialog import NewAssessmentDialog
from fieldguide.ui.workspace.workspace import AssessmentWorkspace

__all__ = ["AssessmentWorkspace", "NewAssessmentDialog"]
