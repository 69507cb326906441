"""Follow-up actions: the list (overdue ones marked), a row to add one; edit (double-click,
F2) and delete (Delete) from the list or its context menu.

A view only: the workspace saves what this panel reports.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldguide.assessments.model import ActionView
from fieldguide.ui.dates import date_entry_format, short_date
from fieldguide.ui.flow_layout import FlowLayout
from fieldguide.ui.scrolling import VerticalScrollArea
from fieldguide.ui.workspace.labels import muted

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ACTION_ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE_COLOUR = "#C2410C"  # a burnt orange that reads on light and dark backgrounds


class ActionsPanel(QWidget):
    add_requested = Signal(str, str, str, bool)  # text, owner, due (yyyy-mm-dd or ""), on the current item
    done_changed = Signal(str, bool)
    item_requested = Signal(str)  # open the item an action follows up
    edit_requested = Signal(str)  # action id: double-click, F2 or the context menu
    delete_requested = Signal(str)  # action id: Delete or the context menu (undoable)
    purge_requested = Signal(str)  # action id: remove its text for good (the context menu)

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
        self.list.itemDoubleClicked.connect(lambda row, _column: self._edit(row))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.installEventFilter(self)

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
        # The new action's words take the whole width; its details wrap below them
        # on a narrow screen instead of widening the window.
        details = QWidget(self)
        details_row = FlowLayout(details)
        for widget in (self.owner, self.has_due, self.due, self.on_item, self.add_button):
            widget.setParent(details)
            details_row.addWidget(widget)
        # The list and the new action's row scroll under the heading when the panel is
        # short (a small screen), rather than making the window taller.
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        for moved in (self.list, self.text, details):
            moved.setParent(body)
        body_layout.addWidget(self.list, 1)
        body_layout.addWidget(self.text)
        body_layout.addWidget(details)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 8)
        scroll = VerticalScrollArea(body, self)
        scroll.setObjectName("actionsScroll")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

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
        for item in self.rows():
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
        rows = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [row for row in rows if row is not None]

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

    def _open_item(self, row: QTreeWidgetItem) -> None:
        item_id = row.data(0, ACTION_ITEM_ROLE)
        if item_id:
            self.item_requested.emit(str(item_id))

    def _edit(self, row: QTreeWidgetItem | None) -> None:
        if row is not None and not self._read_only:
            self.edit_requested.emit(str(row.data(0, ACTION_ID_ROLE)))

    def _delete(self, row: QTreeWidgetItem | None) -> None:
        if row is not None and not self._read_only:
            self.delete_requested.emit(str(row.data(0, ACTION_ID_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            row = self.list.currentItem()
            key = event.key()
            if key == Qt.Key.Key_F2:
                self._edit(row)
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._delete(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row is not None:
                self._open_item(row)
                return True
        return super().eventFilter(watched, event)

    def context_menu(self, row: QTreeWidgetItem) -> QMenu:
        """The actions offered on a row (built on demand, so tests can read it)."""
        menu = QMenu(self)
        edit = menu.addAction(self.tr("&Edit…"), lambda: self._edit(row))
        edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        delete = menu.addAction(self.tr("&Delete"), lambda: self._delete(row))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for entry in (edit, delete):
            entry.setEnabled(not self._read_only)
        # A final assessment is read-only, but a witness's name must still be removable.
        menu.addAction(
            self.tr("Remove this text for &good…"),
            lambda: self.purge_requested.emit(str(row.data(0, ACTION_ID_ROLE))),
        )
        if row.data(0, ACTION_ITEM_ROLE):
            menu.addSeparator()
            menu.addAction(self.tr("&Open the item"), lambda: self._open_item(row))
        return menu

    def _context_menu(self, position: QPoint) -> None:
        row = self.list.itemAt(position)
        if row is not None:
            self.context_menu(row).exec(self.list.viewport().mapToGlobal(position))
