"""Start an assessment: pick checklists (grouped by practice area) and describe the assessment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldguide.changes import Changes
from fieldguide.library.catalog import practice_area_title
from fieldguide.ui.errors import error_line
from fieldguide.ui.runner import Runner
from fieldguide.ui.workspace.banner import Banner
from fieldguide.ui.workspace.details_form import DetailsForm

CREATED = Changes(assessments=True, sync_state=True)

CHECKLIST_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class NewAssessmentDialog(QDialog):
    """On success `assessment_id` holds the new assessment's id and the dialog is accepted."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.assessment_id: str | None = None
        self.setWindowTitle(self.tr("New assessment"))
        self.resize(980, 580)

        intro = QLabel(self.tr("Choose the checklists to work through, then describe the assessment."), self)
        intro.setWordWrap(True)
        self.checklists = QTreeWidget(self)
        self.checklists.setObjectName("checklistPicker")
        self.checklists.setAccessibleName(self.tr("Checklists"))
        self.checklists.setHeaderLabels([self.tr("Checklist"), self.tr("Items")])
        header = self.checklists.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.checklists.itemChanged.connect(lambda *_: self._update_state())
        self._fill_checklists()

        # The same form as Assessment ▸ Assessment details (details_form.py).
        self.details = DetailsForm(self)
        form = self.details
        self.title, self.country, self.mission = form.title, form.country, form.mission
        self.assessors, self.start, self.end = form.assessors, form.start, form.end
        self.classification = form.classification
        self.title.textChanged.connect(self._update_state)

        self.error = Banner("error", self)  # marked as an error, wrapped
        self.error.setObjectName("dialogError")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create assessment"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        heading = QLabel(self.tr("Checklists"), self)
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        left.addWidget(heading)
        left.addWidget(self.checklists, 1)
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addWidget(form, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update_state()

    def _fill_checklists(self) -> None:
        self.checklists.blockSignals(True)
        areas: dict[str, QTreeWidgetItem] = {}
        from fieldguide.language import active_language

        language = active_language()  # the checklists' titles as the window's language reads them
        for checklist in self.runner.call(lambda app: app.catalog.checklists(language)):
            if checklist.retired:
                continue
            area = areas.get(checklist.practice_area)
            if area is None:
                area = QTreeWidgetItem([practice_area_title(checklist.practice_area)])
                area.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = QFont(area.font(0))
                font.setBold(True)
                area.setFont(0, font)
                areas[checklist.practice_area] = area
                self.checklists.addTopLevelItem(area)
            row = QTreeWidgetItem([checklist.title, str(checklist.items)])
            row.setData(0, CHECKLIST_ID_ROLE, checklist.id)
            row.setToolTip(0, f"{checklist.title}\n{checklist.id}")
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Unchecked)
            area.addChild(row)
        self.checklists.expandAll()
        self.checklists.blockSignals(False)

    def checklist_rows(self) -> list[QTreeWidgetItem]:
        rows: list[QTreeWidgetItem] = []
        for i in range(self.checklists.topLevelItemCount()):
            area = self.checklists.topLevelItem(i)
            if area is not None:
                rows += [row for j in range(area.childCount()) if (row := area.child(j)) is not None]
        return rows

    def selected_checklists(self) -> list[str]:
        return [
            str(row.data(0, CHECKLIST_ID_ROLE))
            for row in self.checklist_rows()
            if row.checkState(0) == Qt.CheckState.Checked
        ]

    def set_checked(self, checklist_id: str, checked: bool = True) -> None:
        for row in self.checklist_rows():
            if row.data(0, CHECKLIST_ID_ROLE) == checklist_id:
                row.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _update_state(self) -> None:
        self.create_button.setEnabled(bool(self.title.text().strip()) and bool(self.selected_checklists()))

    def accept(self) -> None:
        try:
            checklists, title = self.selected_checklists(), self.title.text()
            values = self.details.values()
            del values["title"]
            self.assessment_id = self.runner.call(
                lambda app: app.assessments.create(checklists, title, **values), changes=CREATED
            )
        except Exception as error:  # said in the dialog, which stays open with what was typed
            self.error.show_message(error_line(error, self.tr("The assessment could not be created (%1).")))
            return
        super().accept()
