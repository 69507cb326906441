"""The main window: the library tree on the left, the reader on the right.

The window is shown before the profile is opened (start-up budget); the
profile and the library snapshot are loaded on a worker thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTreeView, QWidget

from fieldguide.paths import DataPaths
from fieldguide.ui.library_model import ID_ROLE, KIND_ROLE
from fieldguide.ui.reader import Reader
from fieldguide.ui.tasks import run_task


class MainWindow(QMainWindow):
    library_loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.app: Any = None  # fieldguide.app.App once the profile is open
        self.setWindowTitle(self.tr("Field Guide"))
        self.resize(1200, 780)

        self.tree = QTreeView(self)
        self.tree.setObjectName("libraryTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree_model = QStandardItemModel(self)
        self.tree.setModel(self.tree_model)
        self.tree.activated.connect(self._open_index)
        self.tree.clicked.connect(self._open_index)

        self.reader = Reader(self)
        self.reader.link_activated.connect(self.open_content)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 860])
        self.setCentralWidget(self.splitter)

        self.status_label = QLabel(self.tr("Opening your library…"))
        self.statusBar().addWidget(self.status_label, 1)
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    # --- loading ---------------------------------------------------------------

    def open_profile(self) -> None:
        paths = self.paths

        def load() -> tuple[Any, Any]:
            from fieldguide.app import open_app
            from fieldguide.ui.snapshot import library_snapshot

            app = open_app(paths)
            return app, library_snapshot(app)

        run_task(load, self._profile_opened, self._profile_failed)

    def _profile_opened(self, result: tuple[Any, Any]) -> None:
        from fieldguide.ui.library_model import build_library_model

        self.app, snapshot = result
        build_library_model(snapshot, self.tree_model)
        for row in range(self.tree_model.rowCount()):
            self.tree.expand(self.tree_model.index(row, 0))
        documents = len(snapshot.documents)
        checklists = len(snapshot.checklists)
        self.status_label.setText(
            self.tr("%1 documents, %2 checklists")
            .replace("%1", str(documents))
            .replace("%2", str(checklists))
        )
        self.library_loaded.emit()

    def _profile_failed(self, error: BaseException) -> None:
        message = str(error) or type(error).__name__
        self.status_label.setText(self.tr("Could not open the library: %1").replace("%1", message))
        self.reader.show_message(self.tr("Could not open the library: %1").replace("%1", message))
        self.load_failed.emit(message)

    # --- navigation --------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        item_id = index.data(ID_ROLE)
        if kind in ("section", "checklist") and item_id:
            self.open_content(item_id)
        elif kind == "document" and item_id and self.tree_model.itemFromIndex(index).hasChildren():
            first = self.tree_model.itemFromIndex(index).child(0)
            self.open_content(first.data(ID_ROLE))

    def open_content(self, content_id: str) -> None:
        if self.app is None:
            return
        from fieldguide.library.catalog import NotFound

        try:
            kind = self.app.catalog.kind_of(content_id)
            if kind == "checklist":
                self.reader.show_checklist(self.app.catalog.checklist(content_id))
            else:
                self.reader.show_section(self.app.catalog.section(content_id))
        except NotFound as error:
            self.reader.show_message(str(error))

    def closeEvent(self, event: Any) -> None:
        if self.app is not None:
            self.app.close()
        super().closeEvent(event)
