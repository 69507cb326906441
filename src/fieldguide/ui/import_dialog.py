"""Import documents: several files at once, with progress, cancellable between files.

Each file is read, parsed and added by an operation on the window's runner; the
dialog only shows progress and the outcome of each file in one line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from fieldguide.changes import Changes
from fieldguide.ui.runner import Runner

IMPORTED = Changes(library=True)

FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog", "Documents (*.pdf *.docx *.md *.markdown *.txt);;All files (*)"
)


class ImportDialog(QDialog):
    """Runs the imports it is given and reports each file's outcome."""

    document_imported = Signal(str)  # document id
    finished_all = Signal()

    def __init__(self, runner: Runner, files: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.files = files
        self.position = 0
        self.cancelled = False
        self.results: list[tuple[Path, str, str | None]] = []  # (file, message, document id)
        self.setWindowTitle(self.tr("Import documents"))
        self.resize(560, 360)

        self.label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, len(files))
        self.log = QListWidget(self)
        self.log.setObjectName("importLog")
        # A refusal is a sentence that must be read whole: lines wrap, never cut off.
        self.log.setWordWrap(True)
        self.log.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.log.setResizeMode(QListView.ResizeMode.Adjust)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        self._next()

    def cancel(self) -> None:
        # The file being parsed finishes or fails on its own; nothing after it starts.
        self.cancelled = True
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling after the current file…"))

    def _next(self) -> None:
        if self.cancelled or self.position >= len(self.files):
            self._finish()
            return
        path = self.files[self.position]
        self.label.setText(
            self.tr("Importing %1 (%2 of %3)…")
            .replace("%1", path.name)
            .replace("%2", str(self.position + 1))
            .replace("%3", str(len(self.files)))
        )
        # Parsing a long PDF takes a while: an operation on the runner, so typing elsewhere never waits.
        self.runner.run(lambda app: app.imports.prepare(path), self._prepared, self._file_failed, long=True)

    def _prepared(self, prepared: Any) -> None:
        """Parsed: ask about a look-alike before anything is added, then add it."""
        edition_of: str | None = None
        alike = prepared.look_alike
        if alike is not None and self.ask_new_edition(prepared.path, alike.title):
            edition_of = alike.id
        self.runner.run(
            lambda app: app.imports.commit(prepared, edition_of=edition_of),
            self._file_done,
            self._file_failed,
            changes=IMPORTED,
            long=True,
        )

    def ask_new_edition(self, path: Path, title: str) -> bool:
        """Nothing is replaced unless the user says so; the default keeps both."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("New edition?"))
        box.setText(self.tr("Is this a new edition of “%1”?").replace("%1", title))
        box.setInformativeText(
            self.tr(
                "%1 looks like a document already in your library. A new edition replaces its "
                "text and keeps your notes and answers attached; otherwise it is added as a "
                "separate document."
            ).replace("%1", path.name)
        )
        replace = box.addButton(self.tr("Yes, a new edition"), QMessageBox.ButtonRole.YesRole)
        keep = box.addButton(self.tr("No, a separate document"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace

    def _file_done(self, result: Any) -> None:
        path = self.files[self.position]
        status = {
            "imported": self.tr("imported"),
            "unchanged": self.tr("already in the library"),
            "new-edition": self.tr("new edition; notes kept"),
        }.get(result.status, result.status)
        message = (
            self.tr("%1: %2 — %3 sections, %4 checklists")
            .replace("%1", path.name)
            .replace("%2", status)
            .replace("%3", str(len(result.outline)))
            .replace("%4", str(len(result.checklists)))
        )
        self._record(path, message, result.id)
        self.document_imported.emit(result.id)

    def _file_failed(self, error: BaseException) -> None:
        from fieldguide.errors import UserError

        path = self.files[self.position]
        if isinstance(error, UserError):
            text = str(error)
        else:
            text = self.tr("could not be imported (%1)").replace("%1", type(error).__name__)
        self._record(path, self.tr("%1: %2").replace("%1", path.name).replace("%2", text), None, error=True)

    def _record(self, path: Path, message: str, document_id: str | None, *, error: bool = False) -> None:
        self.results.append((path, message, document_id))
        row = QListWidgetItem(message)
        row.setToolTip(message)
        if error:  # marked by a sign and a colour, not by its wording alone
            row.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            row.setForeground(QBrush(QColor("#B3372E")))
            row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("Error"))
        self.log.addItem(row)
        self.position += 1
        self.progress.setValue(self.position)
        self._next()

    def _finish(self) -> None:
        done = sum(1 for _, _, doc in self.results if doc)
        skipped = len(self.files) - len(self.results)
        text = (
            self.tr("%1 of %2 files imported.").replace("%1", str(done)).replace("%2", str(len(self.files)))
        )
        if skipped:
            text += " " + self.tr("%1 not started (cancelled).").replace("%1", str(skipped))
        self.label.setText(text)
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.finished_all.emit()


def choose_and_import(runner: Runner, parent: QWidget | None = None) -> ImportDialog | None:
    """Ask for files, then run the import dialog on them; None when the user chose nothing."""
    title = QCoreApplication.translate("ImportDialog", "Import documents")
    file_filter = QCoreApplication.translate("ImportDialog", str(FILE_FILTER))
    names, _ = QFileDialog.getOpenFileNames(parent, title, "", file_filter)
    if not names:
        return None
    dialog = ImportDialog(runner, [Path(n) for n in names], parent)
    dialog.show()
    dialog.start()
    return dialog
