"""Change an assessment's details after it was started (title, place, assessors, period, marking)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from fieldguide.assessments.model import AssessmentView
from fieldguide.changes import Changes
from fieldguide.ui.runner import Runner
from fieldguide.ui.workspace.banner import Banner
from fieldguide.ui.workspace.details_form import DetailsForm

DETAILS_CHANGED = Changes(assessments=True, sync_state=True)


class DetailsDialog(QDialog):
    """Saves through the runner on OK; a refused value is said above the form, which keeps what was typed."""

    def __init__(self, runner: Runner, view: AssessmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.assessment_id = view.id
        self.saved: AssessmentView | None = None
        self.setWindowTitle(self.tr("Assessment details"))
        self.setObjectName("detailsDialog")
        self.error = Banner("error", self)
        self.error.setObjectName("dialogError")
        self.form = DetailsForm(self)
        self.form.show_assessment(view)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.title.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))

    def accept(self) -> None:
        values, assessment_id = self.form.values(), self.assessment_id
        try:
            self.saved = self.runner.call(
                lambda app: app.assessments.update(assessment_id, **values),
                changes=DETAILS_CHANGED,
                origin=self,
            )
        except Exception as error:  # said in the dialog, which stays open with what was typed
            from fieldguide.ui.errors import error_line

            self.error.show_message(error_line(error, self.tr("The details could not be saved (%1).")))
            return
        super().accept()
