"""Conflicts marked where they live: on the item in the assessment's tree, and above the editor.

A conflict is read far from where the words were written; people look for it on the
item, the note or the action they know. The workspace asks the sync service where an
assessment's conflicts are (``SyncService.marks``), marks those rows of its item tree,
and shows ``ConflictBanner`` ("Another version exists — compare") while the current
item, the assessment itself or one of its actions has one. *Compare* opens the
Conflicts view on that conflict.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

__all__ = ["CONFLICT_ROLE", "ConflictBanner", "mark_tree"]

#: Item rows in conflict carry their conflict id under this role.
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 40
_ITEM_ID_ROLE_NAME = "item"


class ConflictBanner(QFrame):
    """One line above the editor while what is shown has another version somewhere."""

    compare_requested = Signal(str)  # the conflict id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflict_id: str | None = None
        self.label = QLabel(self)
        self.label.setObjectName("conflictBannerText")
        self.label.setWordWrap(True)
        self.compare = QPushButton(self.tr("Compare…"), self)
        self.compare.setObjectName("compareVersions")
        self.compare.clicked.connect(self._compare)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.compare)
        self.setStyleSheet("#conflictBanner { background: palette(alternate-base); border-radius: 4px; }")
        self.hide()

    def show_for(self, marks: Any, item_id: str | None) -> None:
        """Show the banner for the current item, else the assessment, else one of its actions."""
        if marks is not None and item_id is not None and item_id in marks.items:
            self._show(marks.items[item_id], self.tr("This item: another version exists — compare."))
        elif marks is not None and marks.assessment:
            self._show(marks.assessment, self.tr("This assessment: another version exists — compare."))
        elif marks is not None and marks.actions:
            first = sorted(marks.actions.values())[0]
            self._show(first, self.tr("A follow-up action: another version exists — compare."))
        else:
            self.conflict_id = None
            self.hide()

    def _show(self, conflict_id: str, text: str) -> None:
        self.conflict_id = conflict_id
        self.label.setText("⚠ " + text)
        self.show()

    def _compare(self) -> None:
        if self.conflict_id is not None:
            self.compare_requested.emit(self.conflict_id)


def mark_tree(model: QStandardItemModel, marks: Any, item_id_role: int) -> int:
    """Mark the item rows whose answer is in conflict; returns how many were marked."""
    marked = 0
    note = QCoreApplication.translate("ConflictBanner", "Another version exists — compare")

    def walk(parent: QModelIndex) -> None:
        nonlocal marked
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            item = model.itemFromIndex(index)
            item_id = index.data(item_id_role)
            conflict = marks.items.get(item_id) if marks is not None and item_id else None
            if item is not None and item.data(CONFLICT_ROLE) != conflict:
                # First on the row, so a long item's mark is never cut off with its text.
                text = item.text().removeprefix("⚠ ")
                item.setText(f"⚠ {text}" if conflict else text)
                tip = (item.toolTip() or "").split("\n⚠ ")[0]
                item.setToolTip(f"{tip}\n⚠ {note}" if conflict else tip)
                item.setData(conflict, CONFLICT_ROLE)
            if conflict:
                marked += 1
            walk(index)

    walk(QModelIndex())
    return marked
