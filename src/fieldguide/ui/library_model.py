"""The library as a Qt item model: practice area → document → sections, and checklists.

Built from plain data the services return, so it can be tested without widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from fieldguide.library.catalog import ChecklistSummary, DocumentSummary, SectionEntry, practice_area_title

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class LibrarySnapshot:
    """What the tree shows, read off the GUI thread in one go."""

    documents: list[DocumentSummary]
    outlines: dict[str, list[SectionEntry]]
    checklists: list[ChecklistSummary]


def tr(text: str) -> str:
    return QCoreApplication.translate("LibraryModel", text)


def _item(text: str, kind: str, item_id: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(item_id, ID_ROLE)
    item.setData(kind, KIND_ROLE)
    item.setToolTip(text)
    return item


def build_library_model(
    snapshot: LibrarySnapshot, model: QStandardItemModel | None = None
) -> QStandardItemModel:
    model = model or QStandardItemModel()
    model.clear()
    model.setHorizontalHeaderLabels([tr("Library")])
    areas: dict[str, QStandardItem] = {}
    imported_root: QStandardItem | None = None

    def area_item(area: str) -> QStandardItem:
        if area not in areas:
            areas[area] = _item(practice_area_title(area), "area", area)
            model.appendRow(areas[area])
        return areas[area]

    for area in sorted(
        {d.practice_area for d in snapshot.documents if not d.imported}
        | {c.practice_area for c in snapshot.checklists}
    ):
        area_item(area)
    for document in snapshot.documents:
        if document.imported:
            if imported_root is None:
                imported_root = _item(tr("Imported documents"), "imported")
            parent = imported_root
        else:
            parent = area_item(document.practice_area)
        doc_item = _item(document.title, "document", document.id)
        parent.appendRow(doc_item)
        stack: list[tuple[int, QStandardItem]] = [(0, doc_item)]
        for entry in snapshot.outlines.get(document.id, []):
            while stack and stack[-1][0] >= entry.level:
                stack.pop()
            label = f"{entry.number} {entry.title}" if entry.number else entry.title
            node = _item(label, "section", entry.id)
            stack[-1][1].appendRow(node)
            stack.append((entry.level, node))
    for checklist in snapshot.checklists:
        if checklist.retired:
            continue
        label = (
            tr("Checklist: %1 (%2 items)").replace("%1", checklist.title).replace("%2", str(checklist.items))
        )
        area_item(checklist.practice_area).appendRow(_item(label, "checklist", checklist.id))
    if imported_root is not None:
        model.appendRow(imported_root)
    return model
