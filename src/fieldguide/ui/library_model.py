"""What the navigator shows, as a Qt item model: bookmarks, assessments, then the library.

The library is practice area → document → sections (and the area's
checklists), with imported documents in their own branch. The model is built
from plain data the services return, so it can be tested without widgets,
and it imports nothing heavy: the window paints before SQLAlchemy loads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from fieldguide.library.text_match import fold
from fieldguide.library.views import ChecklistSummary, DocumentSummary, SectionEntry, practice_area_title
from fieldguide.ui.bidi import is_right_to_left, isolate
from fieldguide.ui.icons import icon

if TYPE_CHECKING:
    from fieldguide.library.views import BookmarkView

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
TARGET_KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # a bookmark's target: section | checklist | item
FILTER_ROLE = Qt.ItemDataRole.UserRole + 4  # the label folded (no case, no accents) for the tree filter
HAS_NOTE_ROLE = Qt.ItemDataRole.UserRole + 5

BRANCH_KINDS = ("bookmarks", "assessments")
LIBRARY_KINDS = ("area", "imported")
FILL_AT_ONCE = 3000  # imported sections built with the rest of the tree; beyond, after it (set_library)
OPENABLE_KINDS = ("section", "checklist", "document", "bookmark", "assessment")


@dataclass(frozen=True)
class LibrarySnapshot:
    """What the tree shows, read off the GUI thread in one go."""

    documents: list[DocumentSummary]
    outlines: dict[str, list[SectionEntry]]
    checklists: list[ChecklistSummary]
    bookmarks: list[BookmarkView] | None = None
    assessments: list[tuple[str, str, str]] | None = None  # (id, title, status)
    noted_sections: set[str] | None = None
    # The imported documents' outlines are not in `outlines`: they follow (`add_outlines`).
    outlines_to_come: bool = False


def tr(text: str) -> str:
    return QCoreApplication.translate("LibraryModel", text)


def _item(
    text: str, kind: str, item_id: str = "", *, tooltip: str | None = None, rtl: bool | None = None
) -> QStandardItem:
    item = QStandardItem(isolate(text, rtl))  # read-only: the navigator's view has no edit triggers
    item.setData(item_id, ID_ROLE)
    item.setData(kind, KIND_ROLE)
    item.setData(fold(text), FILTER_ROLE)
    item.setToolTip(tooltip or text)
    return item


def _branch(text: str, kind: str, icon_name: str) -> QStandardItem:
    item = _item(text, kind)
    item.setIcon(icon(icon_name))
    font = QFont()
    font.setWeight(QFont.Weight.DemiBold)
    item.setFont(font)
    item.setSelectable(False)
    return item


def _hint(text: str) -> QStandardItem:
    item = _item(text, "hint")
    item.setData("", FILTER_ROLE)  # hints never match a filter
    item.setSelectable(False)
    item.setEnabled(False)
    return item


class LibraryModel(QStandardItemModel):
    """The navigator's model. Library rows are rebuilt as a whole; the other branches one at a time."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([tr("Library")])
        self.bookmarks_root = _branch(tr("Bookmarks"), "bookmarks", "bookmark")
        self.assessments_root = _branch(tr("Assessments"), "assessments", "assessment")
        self.appendRow(self.bookmarks_root)
        self.appendRow(self.assessments_root)
        # Library rows by content id. Only `set_library` removes library rows, and it clears this first,
        # so no entry outlives its item.
        self._by_id: dict[str, QStandardItem] = {}
        # Imported documents whose sections are not built yet, and which document each section is in.
        self._pending: dict[str, tuple[QStandardItem, list[SectionEntry]]] = {}
        self._pending_of: dict[str, str] = {}
        self._awaiting: dict[str, QStandardItem] = {}  # imported documents whose outlines are to come
        self._rtl = False
        self._noted: set[str] = set()
        self.set_bookmarks([])
        # The assessments branch stays empty until they are listed: "No assessments yet" is
        # said only when known (the window lists them just after the library, see snapshot.py).

    # --- library ---------------------------------------------------------------------

    def set_library(self, snapshot: LibrarySnapshot) -> None:
        library_rows = [
            row for row in range(self.rowCount()) if self.item(row).data(KIND_ROLE) in LIBRARY_KINDS
        ]
        self._by_id.clear()
        for row in reversed(library_rows):
            self.removeRow(row)

        areas: dict[str, QStandardItem] = {}
        area_order = sorted(
            {d.practice_area for d in snapshot.documents if not d.imported}
            | {c.practice_area for c in snapshot.checklists if not c.retired},
            key=practice_area_title,
        )
        for area in area_order:
            areas[area] = _branch(practice_area_title(area), "area", "library")
            areas[area].setData(area, ID_ROLE)
        imported = _branch(tr("Imported documents"), "imported", "import")
        rtl = is_right_to_left()  # asked once: the tree may hold tens of thousands of rows
        self._rtl = rtl
        self._pending.clear()
        self._pending_of.clear()
        self._awaiting.clear()
        # Years of imports hold tens of thousands of sections: building every row before the
        # library can be used took half a second at ten years of a team's work. Past
        # FILL_AT_ONCE, imported documents' sections are added a document at a time later
        # (`fill_more`), or at once when something needs them (a filter, a section opened).
        outlines = snapshot.outlines
        defer = sum(len(outlines.get(d.id, [])) for d in snapshot.documents if d.imported) > FILL_AT_ONCE
        for document in snapshot.documents:
            parent = imported if document.imported else areas[document.practice_area]
            doc_item = _item(document.title, "document", document.id, rtl=rtl)
            doc_item.setIcon(icon("document"))
            parent.appendRow(doc_item)
            self._by_id[document.id] = doc_item
            outline = snapshot.outlines.get(document.id, [])
            if snapshot.outlines_to_come and document.imported and document.id not in snapshot.outlines:
                self._awaiting[document.id] = doc_item
            elif defer and document.imported and outline:
                self._pending[document.id] = (doc_item, outline)
                self._pending_of.update(dict.fromkeys((entry.id for entry in outline), document.id))
            else:
                self._add_outline(doc_item, outline)
        for checklist in snapshot.checklists:
            if checklist.retired or checklist.practice_area not in areas:
                continue
            tooltip = tr("Checklist: %1 (%2 items)").replace("%1", checklist.title)
            node = _item(
                checklist.title,
                "checklist",
                checklist.id,
                tooltip=tooltip.replace("%2", str(checklist.items)),
            )
            node.setIcon(icon("checklist"))
            areas[checklist.practice_area].appendRow(node)
            self._by_id[checklist.id] = node
        library = [areas[area] for area in area_order]
        if imported.hasChildren():
            library.append(imported)
        # Library rows follow the user's own branches (bookmarks, assessments).
        for item in library:
            self.appendRow(item)
        self.set_noted(snapshot.noted_sections if snapshot.noted_sections is not None else self._noted)
        if snapshot.bookmarks is not None:
            self.set_bookmarks(snapshot.bookmarks)
        if snapshot.assessments is not None:
            self.set_assessments(snapshot.assessments)

    def _add_outline(self, doc_item: QStandardItem, outline: list[SectionEntry]) -> None:
        stack: list[tuple[int, QStandardItem]] = [(0, doc_item)]
        for entry in outline:
            while stack and stack[-1][0] >= entry.level:
                stack.pop()
            label = f"{entry.number} {entry.title}" if entry.number else entry.title
            node = _item(label, "section", entry.id, rtl=self._rtl)
            stack[-1][1].appendRow(node)
            self._by_id[entry.id] = node
            stack.append((entry.level, node))

    def add_outlines(self, outlines: dict[str, list[SectionEntry]]) -> None:
        """The imported documents' outlines a snapshot left out: built later, like a large library's."""
        for document_id, outline in outlines.items():
            doc_item = self._awaiting.pop(document_id, None)
            if doc_item is not None and outline:
                self._pending[document_id] = (doc_item, outline)
                self._pending_of.update(dict.fromkeys((entry.id for entry in outline), document_id))

    @property
    def filled(self) -> bool:
        """Every row is built (see `set_library`)."""
        return not self._pending and not self._awaiting

    def fill_more(self, sections: int = 400) -> bool:
        """Add the sections of waiting documents, about `sections` rows; True while more wait."""
        while self._pending and sections > 0:
            document_id = next(iter(self._pending))
            sections -= self._fill(document_id)
        return bool(self._pending)

    def fill_all(self) -> None:
        while self.fill_more(len(self._pending_of) + 1):
            pass

    def _fill(self, document_id: str) -> int:
        doc_item, outline = self._pending.pop(document_id)
        for entry in outline:
            self._pending_of.pop(entry.id, None)
        # Built apart, then attached in one step: one insertion for the view to take in.
        holder = QStandardItem()
        self._add_outline(holder, outline)
        doc_item.appendRows(holder.takeColumn(0))
        for entry in outline:
            if entry.id in self._noted:
                self._mark(entry.id, True)
        return len(outline)

    def index_of(self, content_id: str) -> QModelIndex:
        """The library row of a document, section or checklist (an invalid index if absent)."""
        found = self._by_id.get(content_id)
        if found is None and content_id in self._pending_of:
            self._fill(self._pending_of[content_id])
            found = self._by_id.get(content_id)
        return found.index() if found is not None else QModelIndex()

    def library_roots(self) -> list[QStandardItem]:
        return [
            self.item(row)
            for row in range(self.rowCount())
            if self.item(row).data(KIND_ROLE) in LIBRARY_KINDS
        ]

    def first_section(self) -> str | None:
        """The first section in the tree's order, or None when the library holds none."""
        for root in self.library_roots():
            for row in range(root.rowCount()):
                document = root.child(row)
                if document.data(KIND_ROLE) == "document" and document.hasChildren():
                    return str(document.child(0).data(ID_ROLE))
        return None

    # --- notes -------------------------------------------------------------------------

    def set_noted(self, section_ids: Iterable[str]) -> None:
        new = set(section_ids)
        for section_id in self._noted | new:
            self._mark(section_id, section_id in new)
        self._noted = new

    def mark_noted(self, section_id: str, noted: bool) -> None:
        if noted:
            self._noted.add(section_id)
        else:
            self._noted.discard(section_id)
        self._mark(section_id, noted)

    def _mark(self, section_id: str, noted: bool) -> None:
        index = self.index_of(section_id)
        if not index.isValid():
            return
        item = self.itemFromIndex(index)
        if bool(item.data(HAS_NOTE_ROLE)) == noted:
            return
        item.setData(noted, HAS_NOTE_ROLE)
        item.setData(icon("note") if noted else None, Qt.ItemDataRole.DecorationRole)
        item.setToolTip(item.text() + ("\n" + tr("You have a note on this section.") if noted else ""))

    # --- bookmarks and assessments -------------------------------------------------

    def set_bookmarks(self, bookmarks: Sequence[BookmarkView]) -> None:
        root = self.bookmarks_root
        root.removeRows(0, root.rowCount())
        for bookmark in bookmarks:
            node = _item(bookmark.title, "bookmark", bookmark.target_id)
            node.setData(bookmark.target_kind, TARGET_KIND_ROLE)
            node.setIcon(icon("checklist" if bookmark.target_kind == "checklist" else "bookmark"))
            if bookmark.missing:
                node.setToolTip(tr("%1 (not in the library on this computer)").replace("%1", bookmark.title))
            root.appendRow(node)
        if not bookmarks:
            root.appendRow(_hint(tr("Press Ctrl+D to bookmark a section")))

    def bookmark_targets(self) -> list[tuple[str, str]]:
        root = self.bookmarks_root
        return [
            (root.child(row).data(TARGET_KIND_ROLE), root.child(row).data(ID_ROLE))
            for row in range(root.rowCount())
            if root.child(row).data(KIND_ROLE) == "bookmark"
        ]

    def set_assessments(self, assessments: Sequence[tuple[str, str, str]]) -> None:
        root = self.assessments_root
        root.removeRows(0, root.rowCount())
        rtl = is_right_to_left()
        for assessment_id, title, status in assessments:
            tooltip = f"{title} ({status})" if status else title
            node = _item(title, "assessment", assessment_id, tooltip=tooltip, rtl=rtl)
            node.setData(status, TARGET_KIND_ROLE)
            root.appendRow(node)
        if not assessments:
            root.appendRow(_hint(tr("No assessments yet")))


def build_library_model(snapshot: LibrarySnapshot, model: LibraryModel | None = None) -> LibraryModel:
    """A model holding the snapshot (kept for callers that build one in a single call)."""
    model = model or LibraryModel()
    model.set_library(snapshot)
    model.fill_all()
    return model
