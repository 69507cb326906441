"""The navigator: a filter box over the tree of bookmarks, assessments and the library.

The filter matches as you type, ignoring case and accents, and keeps the
ancestors of every match so a section is shown inside its document. The view
only forwards what the user asked for (open, remove a bookmark); the window
decides what that means.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from fieldguide.library.text_match import fold
from fieldguide.library.views import SectionEntry
from fieldguide.ui.icons import icon
from fieldguide.ui.library_model import (
    FILTER_ROLE,
    ID_ROLE,
    KIND_ROLE,
    TARGET_KIND_ROLE,
    LibraryModel,
    LibrarySnapshot,
)

FILTER_DELAY_MS = 120


class Navigator(QWidget):
    open_requested = Signal(str, str)  # kind (section | checklist | document | item), content id
    assessment_requested = Signal(str)
    start_assessment_requested = Signal(str)  # a checklist id
    bookmark_toggle_requested = Signal(str, str)  # target kind, target id
    remove_bookmark_requested = Signal(str, str)  # target kind, target id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("treeFilter")
        self.filter_edit.setAccessibleName(self.tr("Filter the library"))
        self.filter_edit.setPlaceholderText(self.tr("Filter the library"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition).setText(
            self.tr("Filter the library")
        )
        self.filter_edit.installEventFilter(self)

        self.model = LibraryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterRole(FILTER_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.tree = QTreeView(self)
        self.tree.setObjectName("libraryTree")
        self.tree.setAccessibleName(self.tr("Library"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setModel(self.proxy)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.activated.connect(self._activate)
        self.tree.clicked.connect(self._activate)
        self.tree.installEventFilter(self)

        self._fill_timer = QTimer(self)  # rows of a large library built after it is usable
        self._fill_timer.timeout.connect(self._fill_more)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        self._expand_defaults()

    # --- content -------------------------------------------------------------------

    def set_library(self, snapshot: LibrarySnapshot) -> None:
        self.model.set_library(snapshot)
        self.apply_filter()
        if not self.model.filled:
            self._fill_timer.start()

    def add_outlines(self, outlines: dict[str, list[SectionEntry]]) -> None:
        """Outlines the first snapshot left out (a large library's imports): built from now on."""
        self.model.add_outlines(outlines)
        if self.filter_edit.text().strip():
            self.apply_filter()
        if not self.model.filled:
            self._fill_timer.start()

    def _fill_more(self) -> None:
        """A few hundred more rows of a large library, one turn of the event loop at a time."""
        if not self.model.fill_more():
            self._fill_timer.stop()

    def set_bookmarks(self, bookmarks: list) -> None:  # type: ignore[type-arg]
        self.model.set_bookmarks(bookmarks)
        self.tree.expand(self.proxy.mapFromSource(self.model.bookmarks_root.index()))

    def set_assessments(self, assessments: list[tuple[str, str, str]]) -> None:
        self.model.set_assessments(assessments)
        self.tree.expand(self.proxy.mapFromSource(self.model.assessments_root.index()))

    def mark_noted(self, section_id: str, noted: bool) -> None:
        self.model.mark_noted(section_id, noted)

    def select_content(self, content_id: str) -> None:
        """Show where the open section sits in the tree, without opening anything."""
        index = self.proxy.mapFromSource(self.model.index_of(content_id))
        if not index.isValid():
            self.tree.clearSelection()
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def current_target(self) -> tuple[str, str] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self._target(index)

    # --- filter --------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        text = fold(self.filter_edit.text().strip())
        if text:
            self.model.fill_all()  # a filter looks at every row
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            self._expand_defaults()

    def _expand_defaults(self) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(KIND_ROLE) in ("bookmarks", "assessments", "area", "imported"):
                self.tree.expand(index)

    def _first_openable(self, parent: QModelIndex | None = None) -> QModelIndex:
        parent = parent or QModelIndex()
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if self._target(index) is not None and fold(self.filter_edit.text().strip()) in (
                index.data(FILTER_ROLE) or ""
            ):
                return index
            found = self._first_openable(index)
            if found.isValid():
                return found
        return QModelIndex()

    # --- user intent ---------------------------------------------------------------

    def _target(self, index: QModelIndex) -> tuple[str, str] | None:
        kind = index.data(KIND_ROLE)
        content_id = index.data(ID_ROLE)
        if not content_id:
            return None
        if kind == "bookmark":
            return index.data(TARGET_KIND_ROLE), content_id
        if kind in ("section", "checklist", "document", "assessment"):
            return kind, content_id
        return None

    def _activate(self, index: QModelIndex) -> None:
        target = self._target(index)
        if target is None:
            return
        kind, content_id = target
        if kind == "assessment":
            self.assessment_requested.emit(content_id)
        else:
            self.open_requested.emit(kind, content_id)

    def _remove_selected_bookmark(self) -> bool:
        index = self.tree.currentIndex()
        if not index.isValid() or index.data(KIND_ROLE) != "bookmark":
            return False
        self.remove_bookmark_requested.emit(index.data(TARGET_KIND_ROLE), index.data(ID_ROLE))
        return True

    def _context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        target = self._target(index)
        if target is None:
            return
        kind, content_id = target
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._activate(index))
        if index.data(KIND_ROLE) == "bookmark":
            action = menu.addAction(
                icon("close"),
                self.tr("Remove bookmark"),
                lambda: self.remove_bookmark_requested.emit(kind, content_id),
            )
            action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        elif kind in ("section", "checklist"):
            bookmarked = (kind, content_id) in self.model.bookmark_targets()
            menu.addAction(
                icon("bookmark-filled" if bookmarked else "bookmark", accent=bookmarked),
                self.tr("Remove bookmark") if bookmarked else self.tr("Bookmark"),
                lambda: self.bookmark_toggle_requested.emit(kind, content_id),
            )
        if kind == "checklist":
            menu.addAction(
                self.tr("Start an &assessment…"), lambda: self.start_assessment_requested.emit(content_id)
            )
        self.last_menu = menu  # for tests
        menu.popup(self.tree.viewport().mapToGlobal(position))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.tree and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return self._remove_selected_bookmark()
        if watched is self.filter_edit:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply_filter()
                first = self._first_openable()
                if first.isValid():
                    self.tree.setCurrentIndex(first)
                    if key == Qt.Key.Key_Down:
                        self.tree.setFocus(Qt.FocusReason.TabFocusReason)
                    else:
                        self._activate(first)
                return True
            if key == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                self.apply_filter()
                return True
        return super().eventFilter(watched, event)
