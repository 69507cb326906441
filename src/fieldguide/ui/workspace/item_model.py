"""The assessment's items as a tree (checklist › group › item) and the filters over it.

The model holds what the list shows; the workspace updates one row at a time
after each save, so the list never waits for a reload.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette, QStandardItem, QStandardItemModel

from fieldguide.assessments.model import AssessmentView, ResponseView
from fieldguide.assessments.scales import tone
from fieldguide.ui.bidi import isolate
from fieldguide.ui.workspace.labels import status_icon, status_label

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "checklist" | "group" | "item"
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
HAS_ACTIONS_ROLE = Qt.ItemDataRole.UserRole + 4
RETIRED_ROLE = Qt.ItemDataRole.UserRole + 5
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 6  # the item's number within its checklist

# Filters speak of what answers say, whatever each item's scale: "negative"
# is not met, not started or not applied; "partial" is partly met or under way.
FILTERS = ("all", "not-assessed", "negative", "partial", "with-actions")

Index = QModelIndex | QPersistentModelIndex


def filter_label(name: str) -> str:
    return {
        "all": QCoreApplication.translate("Assessment", "All items"),
        "not-assessed": QCoreApplication.translate("Assessment", "Not assessed yet"),
        "negative": QCoreApplication.translate("Assessment", "Not met, not started or not applied"),
        "partial": QCoreApplication.translate("Assessment", "Partly met or under way"),
        "with-actions": QCoreApplication.translate("Assessment", "With actions"),
    }[name]


def _header(text: str, kind: str, bold: bool) -> QStandardItem:
    row = QStandardItem(isolate(text))
    row.setData(kind, ROW_KIND_ROLE)
    row.setFlags(Qt.ItemFlag.ItemIsEnabled)
    row.setToolTip(text)
    if bold:
        font = QFont(row.font())
        font.setBold(True)
        row.setFont(font)
    return row


def build_item_model(view: AssessmentView, with_actions: set[str], model: QStandardItemModel) -> None:
    """Fill `model` with checklist and group rows holding one row per item."""
    model.clear()
    titles = {c.id: c.title for c in view.checklists}
    checklist_row: QStandardItem | None = None
    group_row: QStandardItem | None = None
    checklist_id: str | None = None
    group: str | None = None
    number = 0
    for response in view.responses:
        if response.checklist_id != checklist_id or checklist_row is None:
            checklist_id, group, group_row, number = response.checklist_id, None, None, 0
            checklist_row = _header(titles.get(checklist_id, checklist_id), "checklist", bold=True)
            checklist_row.setData(checklist_id, ITEM_ID_ROLE)
            model.appendRow(checklist_row)
        if response.group != group:
            group = response.group
            group_row = _header(group, "group", bold=False) if group else None
            if group_row is not None:
                checklist_row.appendRow(group_row)
        number += 1
        row = QStandardItem()
        row.setData(number, NUMBER_ROLE)
        row.setData("item", ROW_KIND_ROLE)
        row.setData(response.item_id, ITEM_ID_ROLE)
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        update_item_row(row, response, response.item_id in with_actions)
        (group_row or checklist_row).appendRow(row)


def update_item_row(row: QStandardItem, response: ResponseView, has_actions: bool) -> None:
    number = row.data(NUMBER_ROLE)
    text = response.item_text or response.item_id
    # The item's own words keep their direction (an English item in the Arabic window).
    label = isolate(f"{number}. {text}")
    if response.retired:
        label += " " + QCoreApplication.translate("Assessment", "(retired)")
    row.setText(label)
    row.setData(response.status, STATUS_ROLE)
    row.setData(has_actions, HAS_ACTIONS_ROLE)
    row.setData(response.retired, RETIRED_ROLE)
    row.setIcon(status_icon(response.status))
    row.setToolTip(f"{status_label(response.status, response.kind)} — {text}")
    if response.retired:
        row.setForeground(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))


def find_item_row(model: QStandardItemModel, item_id: str) -> QStandardItem | None:
    matches = model.match(
        model.index(0, 0),
        ITEM_ID_ROLE,
        item_id,
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    for index in matches:
        if index.data(ROW_KIND_ROLE) == "item":
            return model.itemFromIndex(index)
    return None


class ItemFilter(QSortFilterProxyModel):
    """Shows the items a filter asks for, with their checklist and group rows.

    The item being edited stays visible even when it stops matching (an item
    marked "met" under "not assessed"), so it does not vanish under the cursor.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._mode = "all"
        self._pinned: str | None = None

    def _refilter(self) -> None:
        # Qt 6.9 replaced invalidateRowsFilter() with begin/endFilterChange(); support both.
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        if mode not in FILTERS:
            raise ValueError(mode)
        self._mode = mode
        self._refilter()

    def pin(self, item_id: str | None) -> None:
        if item_id != self._pinned:
            self._pinned = item_id
            self._refilter()

    def refilter(self) -> None:
        self._refilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if index.data(ROW_KIND_ROLE) != "item":
            # Headers show when one of their items does (recursive filtering).
            return self._mode == "all"
        if self._mode == "all" or index.data(ITEM_ID_ROLE) == self._pinned:
            return True
        if self._mode == "with-actions":
            return bool(index.data(HAS_ACTIONS_ROLE))
        return tone(str(index.data(STATUS_ROLE))) == self._mode
