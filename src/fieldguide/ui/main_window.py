"""The main window, as a view: the reading desk's layout, the menus, the toolbar and the status bar.

Navigator on the left, pages (the reader first) in the middle, the note on the
open section on the right, search under the toolbar. Beside the reader, the
assessment workspace and the conflicts inbox appear as further pages.

The window holds layout and settings only. What the user asks for is handled by
one controller per area (`ui/controllers/`): `profile` (opening, the library,
protection and the lock), `reading` (the reader, notes, bookmarks, search),
`assessments`, `sync` and `transfer` (import and export). Every controller
reaches the profile through the window's one `Runner` and refreshes itself from
the `Changes` each operation reports.

The window is shown before the profile is opened (start-up budget): nothing
imported here loads SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QToolBar, QVBoxLayout, QWidget

from fieldguide.paths import DataPaths
from fieldguide.settings import Settings
from fieldguide.ui.window_state import restore_geometry, restore_splitter, save_geometry, save_splitter

if TYPE_CHECKING:
    from fieldguide.app import App
    from fieldguide.ui.runner import ChangeNotice

MAIN_SPLITTER_KEY = "window.splitter"
READING_SPLITTER_KEY = "reader.splitter"
NAVIGATOR_KEY = "window.navigator_visible"
NOTES_KEY = "window.notes_visible"


class MainWindow(QMainWindow):
    library_loaded = Signal()  # the library is shown and can be read (perhaps before the profile is open)
    profile_opened = Signal()  # the profile is open: its services answer (after library_loaded)
    load_failed = Signal(str)
    assessment_requested = Signal(str)  # an assessment chosen in the navigator or found by search
    content_opened = Signal(str)  # the id of what the reader now shows

    def __init__(self, paths: DataPaths, parent: QWidget | None = None, *, frame_only: bool = False) -> None:
        """The whole window; with `frame_only`, only its frame until `build()` is called.

        Start-up paints the frame (title, size, the navigator's place saying the library is
        opening) from a handful of modules, and builds the rest after that first paint:
        importing the window's thirty-odd modules and building them takes longer than a bare
        window does to appear (start-up budgets in the design).
        """
        super().__init__(parent)
        self._restyle_timer = QTimer(self)  # first: change events may arrive while the window is built
        self._restyle_timer.setSingleShot(True)
        self._restyle_timer.timeout.connect(self.restyle)
        self.paths = paths
        self.closed = False
        self.built = False
        self._styled_palette: int | None = None  # the palette the style sheet was made from
        self.settings = Settings.load(paths.settings)
        self.setWindowTitle(self.tr("Field Guide"))
        self.resize(1280, 820)
        if frame_only:
            restore_geometry(self, self.settings)
            self._build_frame()
        else:
            self.build()

    def _build_frame(self) -> None:
        """The navigator's place and the pages' place, as the built window will lay them out."""
        # Before the first paint, no call may make PySide6 create Qt's namespace (~90 enum
        # classes, a good share of a bare window's start-up): QSplitter(parent) would, while
        # choosing between its overloads, so the splitter is made bare (horizontal by default)
        # and setCentralWidget gives it its parent.
        frame = QSplitter()
        navigator = QWidget()
        opening = QLabel()
        opening.setText(self.tr("Opening your library…"))
        opening.setMargin(12)
        column = QVBoxLayout()
        column.addWidget(opening)
        column.addStretch(1)  # the message at the top, where the library's list will be
        navigator.setLayout(column)
        frame.addWidget(navigator)
        frame.addWidget(QWidget(frame))
        frame.setStretchFactor(1, 1)
        frame.setSizes([320, 960])
        restore_splitter(frame, self.settings, MAIN_SPLITTER_KEY)
        self.setCentralWidget(frame)
        self.statusBar().showMessage(self.tr("Opening your library…"))

    def build(self) -> None:
        """Everything the frame lacks: the views, menus, toolbar and controllers."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QLineEdit, QTabWidget

        from fieldguide.ui import icons
        from fieldguide.ui.actions import TEXT_FIELD_KEYS, Actions, ShortcutGuard
        from fieldguide.ui.contrast import apply_accessible_palette
        from fieldguide.ui.controllers.assessments import AssessmentsController
        from fieldguide.ui.controllers.notes import NotesController
        from fieldguide.ui.controllers.profile import ProfileController
        from fieldguide.ui.controllers.reading import ReadingController
        from fieldguide.ui.controllers.sync import SyncController
        from fieldguide.ui.controllers.transfer import TransferController
        from fieldguide.ui.focus_style import install_focus_ring
        from fieldguide.ui.language_menu import install_language_menu
        from fieldguide.ui.navigator import Navigator
        from fieldguide.ui.notes_panel import NotesPanel
        from fieldguide.ui.reader import Reader
        from fieldguide.ui.runner import Runner
        from fieldguide.ui.search_popup import SearchPopup
        from fieldguide.ui.sync_status import SyncStatusIndicator

        if self.built:
            return
        restored_geometry = self.centralWidget() is not None  # the frame restored it
        self.runner = Runner(self)
        self.setWindowIcon(icons.app_icon())

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
        # The magnifier is a button to a screen reader: it needs a name like any other.
        self.search_field.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition).setText(
            self.tr("Search the library")
        )
        self.search_field.setMinimumWidth(300)
        self.search_field.setMaximumWidth(440)
        self.search_popup = SearchPopup(self.search_field, self)

        self.commands = Actions(self)
        self.menus = self.commands.build_menus(self)
        self.language_menu = install_language_menu(self, self.menus["view"], self.settings)
        self.toolbar = self._build_toolbar()
        self.status_label = QLabel(self.tr("Opening your library…"))
        self.zoom_label = QLabel()
        self.sync_status = SyncStatusIndicator(self)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.statusBar().addPermanentWidget(self.sync_status)

        # Text fields keep their own Ctrl+Z; every other window shortcut wins inside them.
        text_keys = {self.commands.by_name[name] for name in TEXT_FIELD_KEYS}
        self.guard = ShortcutGuard(
            [s for a in self.commands.all() if a not in text_keys for s in a.shortcuts()], self
        )
        self.guard.watch(
            self.search_field, self.navigator.filter_edit, self.notes.editor, self.reader.find_bar.field
        )

        self.profile = ProfileController(self)
        self.reading = ReadingController(self)
        self.noting = NotesController(self)
        self.assessments = AssessmentsController(self)
        self.sync = SyncController(self)
        self.transfer = TransferController(self)
        self.runner.changed.connect(self._changed)
        self.pages.currentChanged.connect(lambda _index: self.update_commands())

        self.built = True
        self._restore_settings(geometry=not restored_geometry)
        self.statusBar().clearMessage()
        install_focus_ring()
        apply_accessible_palette()
        self.restyle()
        self.update_commands()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._palette_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda *_args: apply_accessible_palette(reset=True)
        )

    def _build_toolbar(self) -> QToolBar:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSizePolicy

        from fieldguide.ui.actions import TOOLBAR

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

    def _restore_settings(self, *, geometry: bool) -> None:
        if geometry:
            restore_geometry(self, self.settings)
        restore_splitter(self.splitter, self.settings, MAIN_SPLITTER_KEY)
        restore_splitter(self.reading_page, self.settings, READING_SPLITTER_KEY)
        self.set_navigator_visible(self.settings.get(NAVIGATOR_KEY, True))
        self.set_notes_visible(self.settings.get(NOTES_KEY, True))
        self.reading.restore_settings()

    def _palette_changed(self, *_args: object) -> None:
        self._restyle_timer.start(0)  # once, after the new palette has reached every widget

    def restyle(self) -> None:
        """Colours from the current palette (again after a light/dark switch); icons follow by themselves."""
        from fieldguide.ui.style import style_sheet

        if not self.built:
            return  # build() styles the window
        palette = QGuiApplication.palette()
        self._styled_palette = palette.cacheKey()
        self.setStyleSheet(style_sheet(palette))
        self.reader.redraw()  # the page's colours were set when it was laid out

    # --- what changed -------------------------------------------------------------------

    def _changed(self, notice: ChangeNotice) -> None:
        """One summary, every area: each controller refreshes what it shows of what changed."""
        if self.closed:
            return
        for controller in (self.profile, self.reading, self.noting, self.assessments, self.sync):
            controller.apply_changes(notice)
        self.update_commands()

    def update_commands(self) -> None:
        """Enable and label the actions for what is open now."""
        for controller in (self.profile, self.reading, self.assessments, self.sync, self.transfer):
            controller.update_commands()

    def open_profile(self, opener: Callable[[], App] | None = None) -> None:
        """Open the profile behind the shown window (what the lock and start-up call)."""
        self.profile.open_profile(opener)

    # --- layout -------------------------------------------------------------------------

    def notify(self, message: str) -> None:
        """A passing message in the status bar; the library summary comes back after it."""
        self.statusBar().showMessage(message, 6000)

    def add_page(self, widget: QWidget, title: str) -> None:
        """Add a page beside the reader (e.g. an assessment workspace); tabs appear once there are two."""
        if self.pages.indexOf(widget) < 0:
            self.pages.addTab(widget, title)

    def show_page(self, widget: QWidget) -> None:
        if widget is self.reader:
            widget = self.reading_page
        if self.pages.indexOf(widget) >= 0:
            self.pages.setCurrentWidget(widget)

    def set_page_title(self, widget: QWidget, title: str) -> None:
        index = self.pages.indexOf(widget)
        self.pages.setTabText(index, title if len(title) <= 40 else title[:39].rstrip() + "…")
        self.pages.setTabToolTip(index, title)
        if self.pages.currentWidget() is widget:
            self.set_document_title(title)

    def set_document_title(self, title: str) -> None:
        self.setWindowTitle(self.tr("%1 — Field Guide").replace("%1", title))

    def set_navigator_visible(self, visible: bool) -> None:
        self.navigator.setVisible(visible)
        self.commands.show_navigator.setChecked(visible)

    def set_notes_visible(self, visible: bool) -> None:
        self.notes.setVisible(visible)
        self.commands.show_notes.setChecked(visible)

    def show_shortcuts(self) -> None:
        from fieldguide.ui.about import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self.shortcut_list(), self)
        self.shortcuts_dialog.exec()

    def shortcut_list(self) -> list[tuple[str, list[str]]]:
        """Every key the window answers to: the actions' table, the lock, and the workspace's own table."""
        from fieldguide.ui.workspace.keys import key_table

        lock = self.profile.lock_controller
        return self.commands.shortcut_table([lock.action] if lock is not None else []) + key_table()

    # --- closing ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._palette_changed()

    def event(self, event: QEvent) -> bool:
        # Not for the palette the window was just styled with: build() sets the accessible
        # palette and styles the window itself, and the change it announces arrives after that
        # (styling again re-polished every widget and laid the page out anew before the
        # library's first paint).
        if (
            event.type() == QEvent.Type.ApplicationPaletteChange
            and QGuiApplication.palette().cacheKey() != self._styled_palette
        ):
            self._palette_changed()
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.built:  # closed while still a frame: nothing typed, nothing open
            self.closed = True
            super().closeEvent(event)
            return
        # Quitting does not wait for the day's backup, a whole copy of the profile: it is stopped
        # with nothing written, and made at the next start.
        self.profile.daily_backup.stop()
        # Every text typed is queued for saving, and every queued save is written, before closing.
        if not (self.noting.close_notes() and self.assessments.close_workspace()):
            self.profile.daily_backup.start()  # staying open after all: due again if it was stopped
            event.ignore()
            return
        self._save_settings()
        self.closed = True
        self.sync.stop_hub()
        self.profile.close()
        super().closeEvent(event)

    def _save_settings(self) -> None:
        save_geometry(self, self.settings)
        if self.navigator.isVisible():
            save_splitter(self.splitter, self.settings, MAIN_SPLITTER_KEY)
        if self.notes.isVisible():
            save_splitter(self.reading_page, self.settings, READING_SPLITTER_KEY)
        self.settings.set(NAVIGATOR_KEY, self.commands.show_navigator.isChecked())
        self.settings.set(NOTES_KEY, self.commands.show_notes.isChecked())
        self.reading.save_settings()
        try:
            self.settings.save()
        except OSError as error:  # a read-only data folder must not stop the window from closing
            self.notify(str(error))
