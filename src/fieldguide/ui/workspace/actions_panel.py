"""Follow-up actions: the list (overdue ones marked) and a row to add one.

A view only: the workspace saves what this panel reports.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
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

from fieldguide.assessments.model import ActionView
from fieldguide.ui.dates import date_entry_format, short_date
from fieldguide.ui.workspace.labels import muted

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ACTION_ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE_COLOUR = "#C2410C"  # a burnt orange that reads on light and dark backgrounds


class ActionsPanel(QWidget):
    add_requested = Signal(str, str, str, bool)  # text, owner, due (yyyy-mm-dd or ""), on the current item
    done_changed = Signal(str, bool)
    item_requested = Signal(str)  # open the item an action follows up

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._read_only = False
        self._item_available = False

        heading = QLabel(self.tr("Follow-up actions"), self)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("actionsSummary")
        muted(self.summary)

        self.list = QTreeWidget(self)
        self.list.setObjectName("actionsList")
        self.list.setAccessibleName(self.tr("Follow-up actions"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Item")])
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemActivated.connect(self._item_activated)

        self.text = QLineEdit(self)
        self.text.setObjectName("actionText")
        self.text.setAccessibleName(self.tr("New action"))
        self.text.setPlaceholderText(self.tr("New action, e.g. “Share the draft with the ministry”"))
        self.text.returnPressed.connect(self._add)
        self.owner = QLineEdit(self)
        self.owner.setObjectName("actionOwner")
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.setPlaceholderText(self.tr("Owner"))
        self.owner.setMaximumWidth(160)
        self.owner.returnPressed.connect(self._add)
        self.has_due = QCheckBox(self.tr("Due"), self)
        self.has_due.setObjectName("actionHasDue")
        self.due = QDateEdit(self)
        self.due.setObjectName("actionDue")
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_entry_format())
        self.due.setDate(QDate.currentDate().addDays(14))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.on_item = QCheckBox(self.tr("On this item"), self)
        self.on_item.setObjectName("actionOnItem")
        self.on_item.setChecked(False)
        self.add_button = QPushButton(self.tr("&Add action"), self)
        self.add_button.setObjectName("addAction")
        self.add_button.clicked.connect(self._add)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.summary)
        adder = QHBoxLayout()
        adder.addWidget(self.text, 1)
        adder.addWidget(self.owner)
        adder.addWidget(self.has_due)
        adder.addWidget(self.due)
        adder.addWidget(self.on_item)
        adder.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(adder)

    def set_actions(
        self, actions: list[ActionView], item_labels: dict[str, str], today: dt.date | None = None
    ) -> None:
        today = today or dt.date.today()
        self._filling = True
        try:
            self.list.clear()
            overdue = 0
            for action in actions:
                due = short_date(action.due or "")
                item_label = item_labels.get(action.item_id or "", "")
                row = QTreeWidgetItem([action.text, action.owner, due, item_label])
                row.setData(0, ACTION_ID_ROLE, action.id)
                row.setData(0, ACTION_ITEM_ROLE, action.item_id or "")
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not self._read_only:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                row.setFlags(flags)
                row.setCheckState(0, Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked)
                row.setToolTip(0, action.text)
                row.setToolTip(3, item_labels.get(action.item_id or "", ""))
                late = action.overdue(today)
                row.setData(0, OVERDUE_ROLE, late)
                if late:
                    overdue += 1
                    row.setText(2, self.tr("%1 · overdue").replace("%1", due))
                    row.setForeground(2, QBrush(QColor(OVERDUE_COLOUR)))
                    bold = QFont(row.font(2))
                    bold.setBold(True)
                    row.setFont(2, bold)
                    row.setToolTip(2, self.tr("Overdue: due %1 and not done").replace("%1", due))
                if action.done:
                    done_font = QFont(row.font(0))
                    done_font.setStrikeOut(True)
                    row.setFont(0, done_font)
                    muted_brush = QBrush(self.palette().color(self.palette().ColorRole.PlaceholderText))
                    for column in range(4):
                        row.setForeground(column, muted_brush)
                self.list.addTopLevelItem(row)
            open_count = sum(1 for a in actions if not a.done)
            text = self.tr("%1 open").replace("%1", str(open_count))
            if overdue:
                text += " · " + self.tr("%1 overdue").replace("%1", str(overdue))
            self.summary.setText(text if actions else self.tr("None yet"))
        finally:
            self._filling = False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in (self.text, self.owner, self.has_due, self.add_button):
            widget.setEnabled(not read_only)
        self.on_item.setEnabled(self._item_available and not read_only)
        self.due.setEnabled(not read_only and self.has_due.isChecked())
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            flags = item.flags()
            if read_only:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            self._filling = True
            item.setFlags(flags)
            self._filling = False

    def set_item_available(self, available: bool) -> None:
        """Whether an item is selected that a new action could follow up."""
        if available != self._item_available:
            self.on_item.setChecked(available)  # on the item by default whenever there is one
        self._item_available = available
        self.on_item.setEnabled(available and not self._read_only)

    def clear_form(self) -> None:
        self.text.clear()
        self.owner.clear()
        self.has_due.setChecked(False)

    def rows(self) -> list[QTreeWidgetItem]:
        return [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]

    def _add(self) -> None:
        if self._read_only or not self.text.text().strip():
            return
        due = self.due.date().toString("yyyy-MM-dd") if self.has_due.isChecked() else ""
        self.add_requested.emit(
            self.text.text(), self.owner.text(), due, self.on_item.isChecked() and self.on_item.isEnabled()
        )

    def _item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        self.done_changed.emit(str(row.data(0, ACTION_ID_ROLE)), row.checkState(0) == Qt.CheckState.Checked)

    def _item_activated(self, row: QTreeWidgetItem, _column: int) -> None:
        item_id = row.data(0, ACTION_ITEM_ROLE)
        if item_id:
            self.item_requested.emit(str(item_id))
