"""The main window, the reading desk: navigator on the left, pages (the reader first) in the middle,
the note on the open section on the right, search under the toolbar.

Beside the reader, as a second page, the assessment workspace; dialogs for a
new assessment, exporting a report, importing documents, syncing and profile
protection; the sync indicator in the status bar.

The window is shown before the profile is opened (start-up budget): nothing
imported here loads SQLAlchemy, and the profile and the library snapshot are
read on a worker thread. Views forward what the user asked for; this class
turns it into service calls and tells the views what to show.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from fieldguide.paths import DataPaths
from fieldguide.settings import Settings
from fieldguide.ui import icons
from fieldguide.ui.actions import LOCK_BEFORE, TEXT_FIELD_KEYS, TOOLBAR, Actions, ShortcutGuard
from fieldguide.ui.history import History
from fieldguide.ui.language_menu import install_language_menu
from fieldguide.ui.navigator import Navigator
from fieldguide.ui.notes_panel import NotesPanel
from fieldguide.ui.profile_menu import ProfileProtection
from fieldguide.ui.reader import Reader
from fieldguide.ui.search_popup import SearchPopup
from fieldguide.ui.style import style_sheet
from fieldguide.ui.sync_status import SyncStatusIndicator
from fieldguide.ui.tasks import run_task
from fieldguide.ui.window_state import restore_geometry, restore_splitter, save_geometry, save_splitter

ZOOM_KEY = "reader.zoom"
LAST_OPEN_KEY = "reader.last_open"
MAIN_SPLITTER_KEY = "window.splitter"
READING_SPLITTER_KEY = "reader.splitter"
NAVIGATOR_KEY = "window.navigator_visible"
NOTES_KEY = "window.notes_visible"
SYNC_STATUS_MS = 5000  # the indicator's counts are two indexed counts: cheap enough to poll
CHANGES_SETTLE_MS = 400  # a burst of saves refreshes the navigator and the indicator once


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
        self.language_menu = install_language_menu(self, self.menus["view"], self.settings)
        self.toolbar = self._build_toolbar()
        self.status_label = QLabel(self.tr("Opening your library…"))
        self.zoom_label = QLabel()
        self.sync_status = SyncStatusIndicator(None, self)
        self.sync_status.clicked.connect(self.open_sync_or_conflicts)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.statusBar().addPermanentWidget(self.sync_status)
        self._sync_timer = QTimer(self)
        self._sync_timer.setInterval(SYNC_STATUS_MS)
        self._sync_timer.timeout.connect(self.refresh_sync_status)
        self._changes_timer = QTimer(self)
        self._changes_timer.setSingleShot(True)
        self._changes_timer.setInterval(CHANGES_SETTLE_MS)
        self._changes_timer.timeout.connect(self._after_changes)

        # Built when first needed (they read the profile); kept as attributes for tests.
        self.workspace: Any = None
        self.export_corner: QToolButton | None = None
        self.conflicts_page: Any = None
        self.new_assessment_dialog: Any = None
        self.export_dialog: Any = None
        self.import_dialog: Any = None
        self.pack_installer: Any = None
        self.sync_dialog: Any = None
        self.protection = ProfileProtection(self)
        self.protection.changed.connect(lambda _protected: self._update_commands())
        self._lock_controller: Any = None

        # Text fields keep their own Ctrl+Z; every other window shortcut wins inside them.
        text_keys = {self.commands.by_name[name] for name in TEXT_FIELD_KEYS}
        self.guard = ShortcutGuard(
            [s for a in self.commands.all() if a not in text_keys for s in a.shortcuts()], self
        )
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
        self.assessment_requested.connect(self.open_assessment)
        self.navigator.bookmark_toggle_requested.connect(self.toggle_bookmark_of)
        self.navigator.remove_bookmark_requested.connect(self.remove_bookmark)
        self.reader.link_activated.connect(lambda kind, cid: self.open_content(cid, kind=kind))
        self.reader.zoom_changed.connect(self._zoom_changed)
        self.notes.note_edited.connect(self._save_note)
        self.notes.note_edited.connect(lambda *_args: self._changes_timer.start())
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
        self.sync_status.app = self.app
        self.refresh_sync_status()
        self._sync_timer.start()
        self.protection.refresh()
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

    # --- assessments ------------------------------------------------------------------------------

    def refresh_assessments(self) -> None:
        """List the assessments in the navigator again (after a new one, a change or a sync)."""
        if self.app is None or self.app.db.locked:
            return
        from fieldguide.errors import UserError
        from fieldguide.ui.snapshot import assessment_rows

        try:
            rows = assessment_rows(self.app)
        except UserError as error:  # the profile is busy (protection being changed): next time
            self.notify(str(error))
            return
        if rows is not None:
            self.set_assessments(rows)

    def _ensure_workspace(self) -> Any:
        if self.workspace is None:
            from fieldguide.ui.workspace import AssessmentWorkspace

            workspace = AssessmentWorkspace(self.app, self)
            workspace.guidance_requested.connect(self.open_guidance)
            workspace.assessment_changed.connect(lambda _id: self._changes_timer.start())
            workspace.assessment_changed.connect(lambda _id: self._update_workspace_tab())
            # The window's Edit ▸ Undo/Redo (same keys) act on this stack; two actions on one key
            # would be ambiguous and neither would run.
            for action in (workspace.undo_action, workspace.redo_action):
                action.setShortcuts([])
            stack = workspace.undo_stack
            for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged):
                signal.connect(self._undo_stack_changed)
            self.workspace = workspace
            self.add_page(workspace, self.tr("Assessment"))
            self._add_export_corner()
        return self.workspace

    def _add_export_corner(self) -> None:
        # Export beside the page tabs, which are shown from the moment the workspace exists.
        button = QToolButton(self.pages)
        button.setObjectName("exportCorner")
        button.setDefaultAction(self.commands.export_report)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        self.pages.setCornerWidget(button, Qt.Corner.TopRightCorner)
        button.show()
        self.export_corner = button

    def open_assessment(self, assessment_id: str) -> bool:
        """Show an assessment in the workspace page; False (and why, in the status bar) if it cannot be."""
        if self.app is None:
            return False
        from fieldguide.errors import UserError

        try:
            assessment_id = self.app.assessments.resolve(assessment_id)
        except UserError as error:  # deleted by a sync, or a stale search hit
            self.notify(self.tr("Could not open the assessment: %1").replace("%1", str(error)))
            return False
        workspace = self._ensure_workspace()
        if not workspace.open_assessment(assessment_id):
            self.show_page(workspace)  # its banner says why
            return False
        self._update_workspace_tab()
        self.show_page(workspace)
        self.navigator.select_content(assessment_id)
        self._update_commands()
        return True

    def _update_workspace_tab(self) -> None:
        workspace = self.workspace
        if workspace is None or workspace.assessment_id is None:
            return
        title = workspace.title_label.text()
        index = self.pages.indexOf(workspace)
        self.pages.setTabText(index, title if len(title) <= 40 else title[:39].rstrip() + "…")
        self.pages.setTabToolTip(index, title)
        if self.pages.currentWidget() is workspace:
            self.setWindowTitle(self.tr("%1 — Field Guide").replace("%1", title))

    def current_assessment(self) -> tuple[str, str] | None:
        """(id, title) of the assessment open in the workspace, if any."""
        workspace = self.workspace
        if workspace is None or workspace.assessment_id is None:
            return None
        return workspace.assessment_id, workspace.title_label.text()

    def new_assessment(self) -> None:
        if self.app is None:
            return
        from fieldguide.ui.workspace import NewAssessmentDialog

        dialog = NewAssessmentDialog(self.app, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._assessment_created(dialog.assessment_id))
        self.new_assessment_dialog = dialog
        dialog.open()

    def _assessment_created(self, assessment_id: str | None) -> None:
        if assessment_id is None:
            return
        self.refresh_assessments()
        self.open_assessment(assessment_id)
        self.refresh_sync_status()

    def open_guidance(self, section_id: str) -> None:
        """The workspace asked for an item's guidance: the reader shows it; the Assessment tab leads back."""
        if self.open_content(section_id):
            self.notify(self.tr("The assessment stays open in its tab."))

    def undo(self) -> None:
        if self._workspace_is_current():
            self.workspace.undo_stack.undo()

    def redo(self) -> None:
        if self._workspace_is_current():
            self.workspace.undo_stack.redo()

    def _undo_stack_changed(self, *_args: object) -> None:
        # The stack also reports while the window's children are being destroyed.
        if shiboken6.isValid(self.pages):
            self._update_commands()

    def _workspace_is_current(self) -> bool:
        return self.workspace is not None and self.pages.currentWidget() is self.workspace

    def _after_changes(self) -> None:
        self.refresh_assessments()
        self.refresh_sync_status()

    # --- export -----------------------------------------------------------------------------------

    def export_report(self) -> None:
        current = self.current_assessment()
        if self.app is None or current is None:
            self.notify(self.tr("Open an assessment to export it."))
            return
        from fieldguide.ui.export_dialog import ExportDialog

        if not self.workspace.flush():
            self.notify(self.tr("The open note could not be saved; the report would leave it out."))
            return
        dialog = ExportDialog(self.app, current[0], current[1], self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda path: self.notify(self.tr("Report saved as %1").replace("%1", path)))
        self.export_dialog = dialog
        dialog.open()

    # --- import -----------------------------------------------------------------------------------

    def import_documents(self, files: list[Any] | None = None) -> Any:
        """Import `files` (paths), or the files the user chooses; returns the ImportDialog (None if none)."""
        if self.app is None:
            return None
        from fieldguide.ui.import_dialog import ImportDialog, choose_and_import

        if files is None:
            dialog = choose_and_import(self.app, self)
            if dialog is None:
                return None
        else:
            from pathlib import Path

            dialog = ImportDialog(self.app, [Path(f) for f in files], self)
            dialog.show()
            dialog.start()
        # The first file is still being read on a worker thread: connecting now misses nothing.
        dialog.finished_all.connect(self.refresh_library)
        dialog.finished_all.connect(self.refresh_sync_status)
        self.import_dialog = dialog
        return dialog

    def install_pack(self, path: Any = None) -> Any:
        """Install a content pack (the file chosen, or `path`); returns the PackInstaller (None if none)."""
        if self.app is None:
            return None
        from fieldguide.ui.pack_install import choose_and_install, start_install

        def notify(message: str) -> None:
            self.notify(message)
            self.refresh_library()

        if path is None:
            self.pack_installer = choose_and_install(self.app, self, notify)
        else:
            from pathlib import Path

            self.pack_installer = start_install(self.app, Path(path), self, notify)
        return self.pack_installer

    # --- sync -------------------------------------------------------------------------------------

    def refresh_sync_status(self) -> None:
        """Update the status bar's counts; quietly skipped while the profile is locked or busy."""
        if self.app is None or self.app.db.locked:
            return
        from fieldguide.errors import UserError

        # The profile may be busy (its protection being changed): the next tick shows the counts.
        with contextlib.suppress(UserError):
            self.sync_status.refresh()

    def open_sync(self) -> None:
        if self.app is None:
            return
        from fieldguide.ui.sync_dialog import SyncDialog

        self.flush_texts()
        dialog = SyncDialog(self.app, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.synced.connect(self._synced)
        self.sync_dialog = dialog
        dialog.open()

    def _synced(self, result: Any) -> None:
        self.refresh_library()  # the assessments branch is part of the library snapshot
        if self.workspace is not None and self.workspace.assessment_id is not None:
            self.workspace.reload()
            self._update_workspace_tab()
        if self.conflicts_page is not None:
            self.conflicts_page.refresh()
        self._reload_reader()
        self.refresh_sync_status()

    def _reload_reader(self) -> None:
        """Show the open section again (its note may have changed), staying on the page the user is on."""
        if not self.reader.current_id:
            return
        page = self.pages.currentWidget()
        scroll = self.reader.scroll_position()
        if self.open_content(self.reader.current_id, record=False, quiet=True):
            self.reader.set_scroll_position(scroll)
        self.pages.setCurrentWidget(page)

    def open_conflicts(self) -> None:
        if self.app is None:
            return
        if self.conflicts_page is None:
            from fieldguide.ui.conflicts import ConflictsInbox

            page = ConflictsInbox(self.app, self)
            page.resolved.connect(self._conflict_resolved)
            self.conflicts_page = page
            self.add_page(page, self.tr("Conflicts"))
        else:
            self.conflicts_page.refresh()
        self.show_page(self.conflicts_page)

    def _conflict_resolved(self, _conflict_id: str) -> None:
        if self.workspace is not None and self.workspace.assessment_id is not None:
            self.workspace.reload()
        self._reload_reader()
        self.refresh_assessments()
        self.refresh_sync_status()

    def open_sync_or_conflicts(self) -> None:
        """The status-bar indicator: the conflicts first when there are some, else the Sync dialog."""
        if self.sync_status.conflicts:
            self.open_conflicts()
        else:
            self.open_sync()

    # --- protection and the lock ------------------------------------------------------------------

    @property
    def lock_controller(self) -> Any:
        return self._lock_controller

    @lock_controller.setter
    def lock_controller(self, controller: Any) -> None:
        """Set by launch.open_guarded: its Ctrl+L joins the File menu; texts are saved before it locks."""
        self._lock_controller = controller
        if controller is None:
            return
        controller.about_to_lock.connect(self.flush_texts)
        controller.about_to_lock.connect(self._sync_timer.stop)
        controller.unlocked.connect(self._unlocked)
        action: QAction = controller.action
        self.menus["file"].insertAction(self.commands.by_name[LOCK_BEFORE], action)

    def _unlocked(self) -> None:
        if self.app is not None:
            self._sync_timer.start()
            self.refresh_sync_status()

    def flush_texts(self) -> bool:
        """Save every text typed and not yet saved (note panel, workspace); False if some could not be."""
        self.notes.flush()
        saved = not self.notes.dirty
        if self.workspace is not None:
            saved = self.workspace.flush() and saved
        return saved

    def prepare_exclusive(self) -> bool:
        """Before the profile is rewritten: texts saved, no timed reads, no worker thread using it."""
        if not self.flush_texts():
            return False
        self._sync_timer.stop()
        self._changes_timer.stop()
        QThreadPool.globalInstance().waitForDone(10_000)
        return True

    def resume_after_exclusive(self) -> None:
        if self.app is not None and not self._closed:
            self._sync_timer.start()
            self.refresh_sync_status()

    def protect_profile(self) -> None:
        if self.app is not None:
            self.protection.protect()

    def change_passphrase(self) -> None:
        if self.app is not None:
            self.protection.change()

    def remove_protection(self) -> None:
        if self.app is not None:
            self.protection.remove()

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
        raise NotFound(self.tr("No checklist holds the item %1").replace("%1", item_id))

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
        opened = self.app is not None
        for action in (c.new_assessment, c.import_documents, c.install_pack, c.sync, c.conflicts):
            action.setEnabled(opened)
        c.export_report.setEnabled(opened and self.current_assessment() is not None)
        protected = self.protection.protected
        c.protect_profile.setEnabled(opened and not protected)
        c.change_passphrase.setEnabled(opened and protected)
        c.remove_protection.setEnabled(opened and protected)
        in_workspace = self._workspace_is_current()
        stack = self.workspace.undo_stack if self.workspace is not None else None
        c.undo.setEnabled(in_workspace and stack is not None and stack.canUndo())
        c.redo.setEnabled(in_workspace and stack is not None and stack.canRedo())
        undo_text = stack.undoText() if c.undo.isEnabled() and stack is not None else ""
        redo_text = stack.redoText() if c.redo.isEnabled() and stack is not None else ""
        c.undo.setText(
            self.tr("&Undo %1").replace("%1", undo_text).strip() if undo_text else self.tr("&Undo")
        )
        c.redo.setText(
            self.tr("&Redo %1").replace("%1", redo_text).strip() if redo_text else self.tr("&Redo")
        )
        if in_workspace:
            self._update_workspace_tab()
        elif reading and self.reader.current_title:
            self.setWindowTitle(self.tr("%1 — Field Guide").replace("%1", self.reader.current_title))
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
        if (
            self.workspace is not None
            and not self.workspace.flush()
            and not self._confirm_close_unsaved(self.workspace.editor.save_state.text())
        ):
            event.ignore()
            return
        self._save_settings()
        self._closed = True
        self._sync_timer.stop()
        self._changes_timer.stop()
        if self.app is not None:
            # Let searches still running on worker threads finish before the database closes.
            QThreadPool.globalInstance().waitForDone(3000)
            self.app.close()
            self.app = None
        super().closeEvent(event)

    def _confirm_close_unsaved(self, reason: str | None = None) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Note not saved"),
            self.tr("Your note could not be saved (%1). Close anyway and lose the unsaved text?").replace(
                "%1", reason if reason is not None else self.notes.status.text()
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
