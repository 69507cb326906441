"""Start an assessment: pick checklists (grouped by practice area) and describe the assessment."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldguide.assessments.model import CLASSIFICATIONS
from fieldguide.changes import Changes
from fieldguide.library.catalog import practice_area_title
from fieldguide.ui.runner import Runner
from fieldguide.ui.workspace.labels import classification_label, muted

CREATED = Changes(assessments=True, sync_state=True)

CHECKLIST_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Names are separated by commas, semicolons (Latin or Arabic) or new lines.
_NAME_SEPARATORS = re.compile(r"[,;،؛\n]")


class OptionalDate(QWidget):
    """A date that may be left out: a check box that enables the date field."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label, self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.date.setEnabled(False)
        self.enabled.toggled.connect(self.date.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.date)
        layout.addStretch(1)

    def value(self) -> str:
        return self.date.date().toString("yyyy-MM-dd") if self.enabled.isChecked() else ""

    def set_value(self, iso: str) -> None:
        self.enabled.setChecked(bool(iso))
        if iso:
            self.date.setDate(QDate.fromString(iso, "yyyy-MM-dd"))


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
        self.checklists.setHeaderLabels([self.tr("Checklist"), self.tr("Items")])
        header = self.checklists.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.checklists.itemChanged.connect(lambda *_: self._update_state())
        self._fill_checklists()

        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("e.g. SSR readiness review, Bangui, March"))
        self.title.textChanged.connect(self._update_state)
        self.country = QLineEdit(self)
        self.country.setObjectName("country")
        self.mission = QLineEdit(self)
        self.mission.setObjectName("mission")
        self.assessors = QLineEdit(self)
        self.assessors.setObjectName("assessors")
        self.assessors.setPlaceholderText(self.tr("Names, separated by commas"))
        self.start = OptionalDate(self.tr("Set"), self)
        self.start.setObjectName("startDate")
        self.end = OptionalDate(self.tr("Set"), self)
        self.end.setObjectName("endDate")
        self.classification = QComboBox(self)
        self.classification.setObjectName("classification")
        for value in CLASSIFICATIONS:
            self.classification.addItem(classification_label(value), value)
        hint = QLabel(
            self.tr("Notes on people, violations or confidential talks call for a confidential marking."),
            self,
        )
        hint.setWordWrap(True)
        muted(hint)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Country or region"), self.country)
        form.addRow(self.tr("&Mission or office"), self.mission)
        form.addRow(self.tr("&Assessors"), self.assessors)
        form.addRow(self.tr("&Start date"), self.start)
        form.addRow(self.tr("&End date"), self.end)
        form.addRow(self.tr("C&lassification"), self.classification)
        form.addRow("", hint)

        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #B3372E; }")
        self.error.hide()

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
        columns.addLayout(form, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update_state()

    def _fill_checklists(self) -> None:
        self.checklists.blockSignals(True)
        areas: dict[str, QTreeWidgetItem] = {}
        for checklist in self.runner.call(lambda app: app.catalog.checklists()):
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
            country, mission = self.country.text(), self.mission.text()
            assessors = _NAME_SEPARATORS.split(self.assessors.text())
            start, end = self.start.value(), self.end.value()
            classification = str(self.classification.currentData())
            self.assessment_id = self.runner.call(
                lambda app: app.assessments.create(
                    checklists,
                    title,
                    country=country,
                    mission=mission,
                    assessors=assessors,
                    start_date=start,
                    end_date=end,
                    classification=classification,
                ),
                changes=CREATED,
            )
        except Exception as error:  # said in the dialog, which stays open with what was typed
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()
