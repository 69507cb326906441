"""An assessment's details as a form: title, place, assessors, period and classification.

One form for starting an assessment and for changing its details later, so
both ask the same questions in the same words.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from fieldguide.assessments.model import CLASSIFICATIONS, AssessmentView
from fieldguide.ui.dates import date_entry_format
from fieldguide.ui.workspace.labels import classification_label, muted

# Names are separated by commas, semicolons (Latin or Arabic) or new lines.
NAME_SEPARATORS = re.compile(r"[,;،؛\n]")


class OptionalDate(QWidget):
    """A date that may be left unset: a check box, then the date."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label, self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_entry_format())
        self.date.setDate(QDate.currentDate())
        self.date.setEnabled(False)
        self.enabled.toggled.connect(self.date.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.date, 1)

    def name(self, date: str, check: str) -> None:
        """What a screen reader says for the date and for its check box ("Set" alone says little)."""
        self.date.setAccessibleName(date)
        self.enabled.setAccessibleName(check)

    def value(self) -> str:
        return self.date.date().toString("yyyy-MM-dd") if self.enabled.isChecked() else ""

    def set_value(self, iso: str | None) -> None:
        self.enabled.setChecked(bool(iso))
        if iso:
            self.date.setDate(QDate.fromString(iso, "yyyy-MM-dd"))


class DetailsForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("e.g. SSR readiness review, Bangui, March"))
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
        self.start.name(self.tr("Start date"), self.tr("Give a start date"))
        self.end.name(self.tr("End date"), self.tr("Give an end date"))
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
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Country or region"), self.country)
        form.addRow(self.tr("&Mission or office"), self.mission)
        form.addRow(self.tr("&Assessors"), self.assessors)
        form.addRow(self.tr("&Start date"), self.start)
        form.addRow(self.tr("&End date"), self.end)
        form.addRow(self.tr("C&lassification"), self.classification)
        form.addRow("", hint)

    def values(self) -> dict[str, Any]:
        """Keyword arguments for `AssessmentService.create` and `update`."""
        return {
            "title": self.title.text(),
            "country": self.country.text(),
            "mission": self.mission.text(),
            "assessors": [name for name in NAME_SEPARATORS.split(self.assessors.text()) if name.strip()],
            "start_date": self.start.value(),
            "end_date": self.end.value(),
            "classification": str(self.classification.currentData()),
        }

    def show_assessment(self, view: AssessmentView) -> None:
        self.title.setText(view.title)
        self.country.setText(view.country)
        self.mission.setText(view.mission)
        self.assessors.setText(", ".join(view.assessors))
        self.start.set_value(view.start_date)
        self.end.set_value(view.end_date)
        self.classification.setCurrentIndex(max(self.classification.findData(view.classification), 0))
