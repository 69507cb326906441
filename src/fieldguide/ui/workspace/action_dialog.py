"""Edit a follow-up action: what, who, by when, done."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldguide.assessments.model import ActionView
from fieldguide.ui.workspace.banner import Banner
from fieldguide.ui.workspace.details_form import OptionalDate


class ActionDialog(QDialog):
    """A view: on OK it hands its values to `save` (which raises a UserError to refuse them)."""

    def __init__(
        self, action: ActionView, save: Callable[[dict[str, Any]], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.action = action
        self._save = save
        self.setWindowTitle(self.tr("Edit action"))
        self.setObjectName("actionDialog")
        self.error = Banner("error", self)
        self.error.setObjectName("dialogError")
        self.text = QLineEdit(action.text, self)
        self.text.setObjectName("actionText")
        self.owner = QLineEdit(action.owner, self)
        self.owner.setObjectName("actionOwner")
        self.due = OptionalDate(self.tr("Set"), self)
        self.due.setObjectName("actionDue")
        self.due.name(self.tr("Due date"), self.tr("Give a due date"))
        self.due.set_value(action.due)
        self.done_box = QCheckBox(self.tr("Done"), self)
        self.done_box.setObjectName("actionDone")
        self.done_box.setChecked(action.done)
        form = QFormLayout()
        form.addRow(self.tr("&Action"), self.text)
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("D&ue"), self.due)
        form.addRow("", self.done_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        """Keyword arguments for `AssessmentService.update_action`."""
        return {
            "text": self.text.text(),
            "owner": self.owner.text(),
            "due": self.due.value(),
            "done": self.done_box.isChecked(),
        }

    def accept(self) -> None:
        try:
            self._save(self.values())
        except Exception as error:  # said in the dialog, which stays open with what was typed
            from fieldguide.ui.errors import error_line

            self.error.show_message(error_line(error, self.tr("The action could not be saved (%1).")))
            return
        super().accept()
