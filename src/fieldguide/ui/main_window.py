"""The main window, the reading desk: navigator on the left, pages (the reader first) in the middle,
the note on the open section on the right, search under the toolbar.

The window is shown before the profile is opened (start-up budget): nothing
imported here loads SQLAlchemy, and the profile and the library snapshot are
read on a worker thread. Views forward what the user asked for; this class
turns it into service calls and tells the views what to show.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from fieldguide.paths import DataPaths
from fieldguide.settings import Settings
from fieldguide.ui import icons
from fieldguide.ui.actions import TOOLBAR, Actions, ShortcutGuard
from fieldguide.ui.history import History
from fieldguide.ui.navigator import Navigator
from fieldguide.ui.notes_panel import NotesPanel
from fieldguide.ui.reader import Reader
from fieldguide.ui.search_popup import SearchPopup
from fieldguide.ui.style import style_sheet
from fieldguide.ui.tasks import run_task
from fieldguide.ui.window_state import restore_geometry, restore_splitter, save_geometry, save_splitter

ZOOM_KEY = "reader.zoom"
LAST_OPEN_KEY = "reader.last_open"
MAIN_SPLITTER_KEY = "window.splitter"
READING_SPLITTER_KEY = "reader.splitter"
NAVIGATOR_KEY = "window.navigator_visible"
NOTES_KEY = "window.notes_visible"


def _settle_long_lived_objects() -> None:
    """Exempt what now lives as long as the window (modules, the library tree) from cyclic GC.

    A full collection walks every live object while holding the GIL: with a large
    library that is tens of milliseconds in which the window cannot repaint, at a
    moment nobody chose (often mid-typing). Objects that die later are still freed
    by reference counting.
    """
    gc.freeze()


class MainWindow(QMainWindow):
    library_loaded = Signal()
    load_failed = Signal(str)
    assessment_requested = Signal(str)  # an assessment chosen in the navigator or found by search
    content_opened = Signal(str)  # the id of what the reader now shows

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restyle_timer = QTimer(self)  # first: change events may arrive while the window is built
        self._restyle_timer.setSingleShot(True)
        self._restyle_timer.timeout.connect(self.restyle)
        self.paths = paths
        self.app: Any = None  # fieldguide.app.App once the profile is open
        self._closed = False
        self.settings = Settings.load(paths.settings)
        self.history = History()
        self.setWindowTitle(self.tr("Field Guide"))
        self.setWindowIcon(icons.app_icon())
        self.resize(1280, 820)

        self.navigator = Navigator(self)
        self.reader = Reader(self)
        self.notes = NotesPanel(self)
        self.reading_page = QSplitter(Qt.Orientation.Horizontal, self)
        self.reading_page.setObjectName("readingPage")
        self.reading_page.addWidget(self.reader)
        self.reading_page.addWidget(self.notes)
        self.reading_page.setStretchFactor(0, 1)
        self.reading_page.setChildrenCollapsible(False)
        self.reading_page.setSizes([820, 300])
        self.pages = QTabWidget(self)
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.pages.setTabBarAutoHide(True)
        self.pages.addTab(self.reading_page, self.tr("Reader"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([320, 960])
        self.setCentralWidget(self.splitter)

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setAccessibleName(self.tr("Search the library"))
        search_keys = QKeySequence("Ctrl+K").toString(QKeySequence.SequenceFormat.NativeText)
        self.search_field.setPlaceholderText(
            self.tr("Search guidance, checklists and notes   %1").replace("%1", search_keys)
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_field.setMinimumWidth(300)
        self.search_field.setMaximumWidth(440)
        self.search_popup = SearchPopup(self.search_field, self)

        self.commands = Actions(self)
        self.menus = self.commands.build_menus(self)
        self.toolbar = self._build_toolbar()
        self.status_label = QLabel(self.tr("Opening your library…"))
        self.zoom_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.guard = ShortcutGuard([s for a in self.commands.all() for s in a.shortcuts()], self)
        self.guard.watch(
            self.search_field, self.navigator.filter_edit, self.notes.editor, self.reader.find_bar.field
        )
        self._connect()
        self._restore_settings()
        self.restyle()
        self._update_commands()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._palette_changed)

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        for name in TOOLBAR:
            if name is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.commands.by_name[name])
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)
        toolbar.addSeparator()
        toolbar.addAction(self.commands.show_navigator)
        toolbar.addAction(self.commands.show_notes)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return toolbar

    def _connect(self) -> None:
        self.navigator.open_requested.connect(lambda kind, cid: self.open_content(cid, kind=kind))
        self.navigator.assessment_requested.connect(self.assessment_requested)
        self.navigator.bookmark_toggle_requested.connect(self.toggle_bookmark_of)
        self.navigator.remove_bookmark_requested.connect(self.remove_bookmark)
        self.reader.link_activated.connect(lambda kind, cid: self.open_content(cid, kind=kind))
        self.reader.zoom_changed.connect(self._zoom_changed)
        self.notes.note_edited.connect(self._save_note)
        self.search_popup.hit_activated.connect(self.open_hit)
        self.search_popup.closed.connect(
            lambda: self.reader.browser.setFocus(Qt.FocusReason.OtherFocusReason)
        )
        self.pages.currentChanged.connect(lambda _index: self._update_commands())

    def _restore_settings(self) -> None:
        restore_geometry(self, self.settings)
        restore_splitter(self.splitter, self.settings, MAIN_SPLITTER_KEY)
        restore_splitter(self.reading_page, self.settings, READING_SPLITTER_KEY)
        self.set_navigator_visible(self.settings.get(NAVIGATOR_KEY, True))
        self.set_notes_visible(self.settings.get(NOTES_KEY, True))
        self.reader.set_zoom(self.settings.get(ZOOM_KEY, 100))
        self._show_zoom(self.reader.zoom)

    def _palette_changed(self, *_args: object) -> None:
        self._restyle_timer.start(0)  # once, after the new palette has reached every widget

    def restyle(self) -> None:
        """Colours from the current palette (again after a light/dark switch); icons follow by themselves."""
        self.setStyleSheet(style_sheet(QGuiApplication.palette()))
        self.reader.redraw()  # the page's colours were set when it was laid out

    # --- loading ----------------------------------------------------------------------------------

    def open_profile(self, opener: Callable[[], Any] | None = None) -> None:
        """Open the profile on a worker thread; `opener` returns the App (default: `open_app(paths)`)."""
        paths = self.paths

        def load() -> tuple[Any, Any]:
            from fieldguide.app import open_app
            from fieldguide.reports.fonts import register_fonts
            from fieldguide.ui.snapshot import library_snapshot

            app = opener() if opener is not None else open_app(paths)
            register_fonts()  # the reader's type: the same on every computer
            return app, library_snapshot(app)

        run_task(load, self._profile_opened, self._profile_failed)

    def _profile_opened(self, result: tuple[Any, Any]) -> None:
        if self._closed or not shiboken6.isValid(self):
            result[0].close()  # the window was closed while the profile was opening
            return
        self.app, snapshot = result
        self.navigator.set_library(snapshot)
        _settle_long_lived_objects()
        self.search_popup.set_search(self.app.search.search)
        self._show_library_counts(snapshot)
        last = self.settings.get(LAST_OPEN_KEY, "")
        if not (last and self.open_content(last, quiet=True)):
            self.reader.show_welcome()
        self._update_commands()
        self.library_loaded.emit()

    def _profile_failed(self, error: BaseException) -> None:
        if self._closed or not shiboken6.isValid(self):
            return
        message = str(error) or type(error).__name__
        text = self.tr("Could not open the library: %1").replace("%1", message)
        self.status_label.setText(text)
        self.reader.show_message(text)
        self.load_failed.emit(message)

    def refresh_library(self) -> None:
        """Read the library again (after an import or a pack install) and rebuild the navigator."""
        if self.app is None:
            return
        app = self.app

        def load() -> Any:
            from fieldguide.ui.snapshot import library_snapshot

            return library_snapshot(app)

        def loaded(snapshot: Any) -> None:
            if self._closed or not shiboken6.isValid(self):
                return
            self.navigator.set_library(snapshot)
            _settle_long_lived_objects()
            self._show_library_counts(snapshot)
            if self.reader.current_id:
                self.navigator.select_content(self.reader.current_id)

        run_task(load, loaded, lambda error: self.notify(str(error)))

    def _show_library_counts(self, snapshot: Any) -> None:
        self.status_label.setText(
            self.tr("%1 documents, %2 checklists")
            .replace("%1", str(len(snapshot.documents)))
            .replace("%2", str(len([c for c in snapshot.checklists if not c.retired])))
        )

    def notify(self, message: str) -> None:
        """A passing message in the status bar; the library summary comes back after it."""
        self.statusBar().showMessage(message, 6000)

    # --- pages ------------------------------------------------------------------------------------

    def add_page(self, widget: QWidget, title: str) -> None:
        """Add a page beside the reader (e.g. an assessment workspace); tabs appear once there are two."""
        if self.pages.indexOf(widget) < 0:
            self.pages.addTab(widget, title)

    def show_page(self, widget: QWidget) -> None:
        if widget is self.reader:
            widget = self.reading_page
        if self.pages.indexOf(widget) >= 0:
            self.pages.setCurrentWidget(widget)

    def set_assessments(self, assessments: list[tuple[str, str, str]]) -> None:
        """The assessments listed in the navigator, as (id, title, status)."""
        self.navigator.set_assessments(assessments)

    # --- opening content --------------------------------------------------------------------------

    def open_content(
        self,
        content_id: str,
        *,
        kind: str | None = None,
        query: str = "",
        item_id: str | None = None,
        record: bool = True,
        quiet: bool = False,
    ) -> bool:
        """Show a section, checklist, document (its first section) or item (its checklist) in the reader."""
        if self.app is None:
            return False
        if content_id == self.reader.current_id and record and not query and item_id is None:
            self.show_page(self.reading_page)  # already open (a click that also activates)
            return True
        from fieldguide.errors import UserError

        self.notes.flush()
        self.history.remember_scroll(self.reader.scroll_position())
        catalog = self.app.catalog
        try:
            kind = kind or catalog.kind_of(content_id)
            if kind == "document":
                outline = catalog.outline(content_id)
                if not outline:
                    return False
                content_id, kind = outline[0].id, "section"
            elif kind == "item":
                item_id = content_id
                content_id, kind = self._checklist_of(content_id), "checklist"
            if kind == "section":
                view = catalog.section(content_id)
                self.reader.show_section(view, self._title_of(view.previous_id), self._title_of(view.next_id))
                self._show_note_for(("section", view.id), view.title)
            elif kind == "checklist":
                self.reader.show_checklist(catalog.checklist(content_id), self._title_of, item_id)
                self._show_note_for(None, "")
            else:
                if not quiet:
                    self.notify(self.tr("Nothing in the library has the id %1").replace("%1", content_id))
                return False
        except UserError as error:
            if not quiet:
                self.notify(str(error))
            return False
        if record:
            self.history.visit(content_id)
        if query:
            self.reader.highlight_query(query, scroll=item_id is None)
        self.navigator.select_content(content_id)
        self.show_page(self.reading_page)
        self.setWindowTitle(self.tr("%1 — Field Guide").replace("%1", self.reader.current_title))
        self._update_commands()
        self.content_opened.emit(content_id)
        return True

    def _title_of(self, section_id: str | None) -> str | None:
        if not section_id:
            return None
        index = self.navigator.model.index_of(section_id)
        return index.data() if index.isValid() else None

    def _checklist_of(self, item_id: str) -> str:
        from fieldguide.library.catalog import NotFound

        # Item ids are "<checklist id>/<local id>" (pack format); fall back to a scan for other sources.
        candidate = item_id.rpartition("/")[0]
        if candidate and self.app.catalog.kind_of(candidate) == "checklist":
            return candidate
        for summary in self.app.catalog.checklists():
            if any(item.id == item_id for item in self.app.catalog.checklist(summary.id).items):
                return summary.id
        raise NotFound(f"no checklist holds the item {item_id!r}")

    def open_hit(self, hit: Any, query: str) -> None:
        """Open what a search hit points at, with the query's words marked."""
        if hit.kind == "section":
            self.open_content(hit.id, kind="section", query=query)
        elif hit.kind == "item":
            self.open_content(hit.id, kind="item", query=query)
        elif hit.target_kind == "assessment":
            self.assessment_requested.emit(hit.target_id)
            return
        elif hit.target_kind in ("section", "item") and self.open_content(
            hit.target_id, kind=hit.target_kind
        ):
            self.set_notes_visible(True)
            self.notes.highlight_query(query)
        self.reader.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- history and section steps ----------------------------------------------------------------

    def go_back(self) -> None:
        self._go(self.history.back)

    def go_forward(self) -> None:
        self._go(self.history.forward)

    def _go(self, step: Callable[[], Any]) -> None:
        self.history.remember_scroll(self.reader.scroll_position())
        place = step()
        if place is not None and self.open_content(place.content_id, record=False):
            self.reader.set_scroll_position(place.scroll)

    def previous_section(self) -> None:
        if self.reader.previous_id:
            self.open_content(self.reader.previous_id, kind="section")

    def next_section(self) -> None:
        if self.reader.next_id:
            self.open_content(self.reader.next_id, kind="section")

    # --- bookmarks --------------------------------------------------------------------------------

    def toggle_bookmark(self) -> None:
        if self.reader.current_id is None or self.reader.current_kind is None:
            self.commands.toggle_bookmark.setChecked(False)
            self.notify(self.tr("Open a section or a checklist to bookmark it."))
            return
        self.toggle_bookmark_of(self.reader.current_kind, self.reader.current_id)

    def toggle_bookmark_of(self, kind: str, content_id: str) -> None:
        if self.app is None:
            return
        now = self.app.annotations.toggle_bookmark(kind, content_id)
        self._refresh_bookmarks()
        title = self._title_of(content_id) or self.reader.current_title
        message = self.tr("Bookmarked “%1”") if now else self.tr("Bookmark removed from “%1”")
        self.notify(message.replace("%1", title))

    def remove_bookmark(self, kind: str, content_id: str) -> None:
        if self.app is None:
            return
        if self.app.annotations.remove_bookmark(kind, content_id):
            self._refresh_bookmarks()
            self.notify(self.tr("Bookmark removed"))

    def _refresh_bookmarks(self) -> None:
        self.navigator.set_bookmarks(self.app.annotations.bookmarks())
        self._update_commands()

    # --- notes ------------------------------------------------------------------------------------

    def _show_note_for(self, target: tuple[str, str] | None, subject: str) -> None:
        if target is None:
            self.notes.set_target(None)
            return
        notes = self.app.annotations.notes_on(*target)
        mine = next((n for n in notes if n.mine), None)
        self.notes.set_target(target, subject, mine, [n for n in notes if not n.mine])

    def _save_note(self, kind: str, target_id: str, text: str) -> None:
        try:
            saved = self.app.annotations.save_note(kind, target_id, text)
        except Exception as error:  # disk full, locked profile…: the text stays in the editor, unsaved
            self.notes.mark_failed(str(error) or type(error).__name__)
            return
        self.notes.mark_saved(text)
        if kind == "section":
            self.navigator.mark_noted(target_id, saved is not None or bool(self.notes.others))

    def edit_note(self) -> None:
        self.set_notes_visible(True)
        self.notes.focus_editor()

    # --- reader commands --------------------------------------------------------------------------

    def copy_with_citation(self) -> None:
        text = self.reader.text_with_citation()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.notify(self.tr("Copied with its citation"))

    def open_find(self) -> None:
        self.show_page(self.reading_page)
        self.reader.open_find()

    def find_next(self) -> None:
        self.reader.find_next()

    def find_previous(self) -> None:
        self.reader.find_previous()

    def zoom_in(self) -> None:
        self.reader.set_zoom(self.reader.zoom + 10)

    def zoom_out(self) -> None:
        self.reader.set_zoom(self.reader.zoom - 10)

    def zoom_reset(self) -> None:
        self.reader.set_zoom(100)

    def _zoom_changed(self, percent: int) -> None:
        self.settings.set(ZOOM_KEY, percent)
        self._show_zoom(percent)

    def _show_zoom(self, percent: int) -> None:
        self.zoom_label.setText("" if percent == 100 else self.tr("Zoom %1 %").replace("%1", str(percent)))

    # --- search and panels ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_popup.focus_field()

    def focus_tree_filter(self) -> None:
        self.set_navigator_visible(True)
        self.navigator.focus_filter()

    def set_navigator_visible(self, visible: bool) -> None:
        self.navigator.setVisible(visible)
        self.commands.show_navigator.setChecked(visible)

    def set_notes_visible(self, visible: bool) -> None:
        self.notes.setVisible(visible)
        self.commands.show_notes.setChecked(visible)

    def show_about(self) -> None:
        from fieldguide import __version__
        from fieldguide.ui.about import AboutDialog, PackLine

        packs = []
        if self.app is not None:
            packs = [PackLine(p.title, p.version, p.kind, p.publisher) for p in self.app.packs.installed()]
        AboutDialog(__version__, self.paths.root, packs, self).exec()

    def show_shortcuts(self) -> None:
        from fieldguide.ui.about import ShortcutsDialog

        ShortcutsDialog(self.commands.shortcut_table(), self).exec()

    def _update_commands(self) -> None:
        c = self.commands
        reading = self.pages.currentWidget() is self.reading_page
        c.back.setEnabled(self.history.can_go_back())
        c.forward.setEnabled(self.history.can_go_forward())
        c.previous_section.setEnabled(reading and self.reader.previous_id is not None)
        c.next_section.setEnabled(reading and self.reader.next_id is not None)
        has_content = self.reader.current_id is not None
        for action in (c.copy_citation, c.find, c.find_next, c.find_previous):
            action.setEnabled(has_content)
        c.edit_note.setEnabled(self.reader.current_kind == "section")
        c.toggle_bookmark.setEnabled(has_content and self.app is not None)
        bookmarked = has_content and (self.reader.current_kind, self.reader.current_id) in (
            self.navigator.model.bookmark_targets()
        )
        c.toggle_bookmark.setChecked(bookmarked)
        c.toggle_bookmark.setIcon(
            icons.icon("bookmark-filled" if bookmarked else "bookmark", accent=bookmarked)
        )
        c.toggle_bookmark.setText(
            self.tr("Remove &bookmark") if bookmarked else self.tr("&Bookmark this section")
        )

    # --- closing ----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._palette_changed()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._palette_changed()
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.notes.flush()
        if self.notes.dirty and not self._confirm_close_unsaved():
            event.ignore()
            return
        self._save_settings()
        self._closed = True
        if self.app is not None:
            # Let searches still running on worker threads finish before the database closes.
            QThreadPool.globalInstance().waitForDone(3000)
            self.app.close()
            self.app = None
        super().closeEvent(event)

    def _confirm_close_unsaved(self) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Note not saved"),
            self.tr("Your note could not be saved (%1). Close anyway and lose the unsaved text?").replace(
                "%1", self.notes.status.text()
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

    def _save_settings(self) -> None:
        save_geometry(self, self.settings)
        if self.navigator.isVisible():
            save_splitter(self.splitter, self.settings, MAIN_SPLITTER_KEY)
        if self.notes.isVisible():
            save_splitter(self.reading_page, self.settings, READING_SPLITTER_KEY)
        self.settings.set(NAVIGATOR_KEY, self.commands.show_navigator.isChecked())
        self.settings.set(NOTES_KEY, self.commands.show_notes.isChecked())
        self.settings.set(ZOOM_KEY, self.reader.zoom)
        if self.reader.current_id:
            self.settings.set(LAST_OPEN_KEY, self.reader.current_id)
        try:
            self.settings.save()
        except OSError as error:  # a read-only data folder must not stop the window from closing
            self.notify(str(error))
