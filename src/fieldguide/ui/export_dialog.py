"""Export an assessment as a report: format, what to leave out, paper, where to save; then open it.

The report is built and written by `app.reports.export`, an operation on the
window's runner, while the dialog shows a busy bar; the file appears whole or
not at all. The
destination is a plain line edit with a Browse button, so the dialog works (and
is tested) without the native file dialog.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldguide.ui.errors import error_line
from fieldguide.ui.runner import Runner

FOLDER_KEY = "export.folder"
# A failure reads as one in any theme: dark red text on a pale red band with a rule.
ERROR_STYLE = (
    "QLabel { color: #7A2413; background: #FBEAE5; border-left: 3px solid #B3372E;"
    " padding: 6px 8px; }"
)
FORMAT_KEY = "export.format"
PAPER_KEY = "export.paper"
FORMATS = ("pdf", "docx", "csv", "json")
PAGED = ("pdf", "docx")  # the formats that have a paper size
# Characters no file system accepts in a name (Windows is the strictest), and control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
MAX_STEM = 80


def suggested_file_name(title: str, fmt: str) -> str:
    """A file name from the assessment's title: any script kept, only what file systems refuse replaced."""
    stem = " ".join(_UNSAFE.sub(" ", title).split()).strip(" .")[:MAX_STEM].rstrip(" .")
    return f"{stem or 'report'}.{fmt}"


def default_paper() -> str:
    """Letter where it is the usual paper (the Americas' letter countries), A4 everywhere else."""
    letter = {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Philippines,
    }
    return "letter" if QLocale().territory() in letter else "a4"


class ExportDialog(QDialog):
    """Export one assessment; `exported(path)` once the file is written, `failed(message)` otherwise."""

    exported = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        runner: Runner,
        assessment_id: str,
        title: str,
        settings: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.assessment_id = assessment_id
        self.assessment_title = title
        self.settings = settings
        self.running = False
        self.path: Path | None = None  # the file written, once done
        self._confirmed: Path | None = None  # chosen in the native dialog, which asked about replacing
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export report"))
        self.setMinimumWidth(560)

        heading = QLabel(self.tr("Export “%1” as a report.").replace("%1", title), self)
        heading.setWordWrap(True)

        self.format_box = QComboBox(self)
        self.format_box.setObjectName("exportFormat")
        labels = {
            "pdf": self.tr("PDF — to print or send"),
            "docx": self.tr("Word (DOCX) — to edit further"),
            "csv": self.tr("CSV — a table for a spreadsheet"),
            "json": self.tr("JSON — for other programs"),
        }
        for fmt in FORMATS:
            self.format_box.addItem(labels[fmt], fmt)
        self.notes_box = QCheckBox(self.tr("Leave out notes and evidence: a summary safe to share"), self)
        self.notes_box.setObjectName("leaveOutNotes")
        self.notes_box.setToolTip(
            self.tr("Notes and evidence may name people or sources; leave them out for a wider audience.")
        )
        self.unassessed_box = QCheckBox(self.tr("Leave out items not yet assessed"), self)
        self.unassessed_box.setObjectName("leaveOutUnassessed")
        self.paper_box = QComboBox(self)
        self.paper_box.setObjectName("exportPaper")
        self.paper_box.addItem(self.tr("A4"), "a4")
        self.paper_box.addItem(self.tr("Letter"), "letter")
        from fieldguide.language import LANGUAGES, active_language

        # The report's language: its headings and labels, and the guidance where a translation
        # is installed. The app's own by default; another for readers elsewhere (headquarters).
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("exportLanguage")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(active_language())))

        self.destination = QLineEdit(self)
        self.destination.setObjectName("exportDestination")
        self.destination.setAccessibleName(self.tr("Save the report as"))
        self.destination.textEdited.connect(lambda _text: self._reset_result())
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setObjectName("exportBrowse")
        self.browse_button.clicked.connect(self.browse)
        destination_row = QHBoxLayout()
        destination_row.addWidget(self.destination, 1)
        destination_row.addWidget(self.browse_button)

        destination_label = QLabel(self.tr("&Save as"), self)
        destination_label.setBuddy(self.destination)  # a row holding a layout gets no buddy by itself
        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format_box)
        form.addRow(self.tr("Contents"), self.notes_box)
        form.addRow("", self.unassessed_box)
        form.addRow(self.tr("&Paper"), self.paper_box)
        form.addRow(self.tr("&Language"), self.language_box)
        form.addRow(destination_label, destination_row)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 0)  # busy: building and writing give no steps worth counting
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.open_button = QPushButton(self.tr("&Open the file"), self)
        self.open_button.setObjectName("openFile")
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(self.tr("Show in &folder"), self)
        self.folder_button.setObjectName("showFolder")
        self.folder_button.clicked.connect(self.show_folder)
        for button in (self.open_button, self.folder_button):
            button.hide()
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._restore()
        self.format_box.currentIndexChanged.connect(lambda _index: self._format_changed())
        self._format_changed()

    # --- choices -----------------------------------------------------------------------

    def _setting(self, key: str, default: str) -> str:
        return str(self.settings.get(key, default)) if self.settings is not None else default

    def _restore(self) -> None:
        fmt = self._setting(FORMAT_KEY, "pdf")
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(fmt)))
        paper = self._setting(PAPER_KEY, default_paper())
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(paper)))
        folder = Path(self._setting(FOLDER_KEY, str(Path.home())))
        if not folder.is_dir():
            folder = Path.home()
        self.destination.setText(str(folder / suggested_file_name(self.assessment_title, self.fmt)))

    @property
    def fmt(self) -> str:
        return str(self.format_box.currentData())

    def _format_changed(self) -> None:
        self.paper_box.setEnabled(self.fmt in PAGED)
        text = self.destination.text().strip()
        if text:
            path = Path(text)
            if path.suffix.lower().lstrip(".") in FORMATS:
                path = path.with_suffix("." + self.fmt)
            self.destination.setText(str(path))
        self._reset_result()

    def destination_path(self) -> Path | None:
        text = self.destination.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != "." + self.fmt:
            path = path.with_name(path.name + "." + self.fmt)
        return path

    def browse(self) -> None:
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "docx": self.tr("Word documents (*.docx)"),
            "csv": self.tr("CSV tables (*.csv)"),
            "json": self.tr("JSON files (*.json)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), self.destination.text(), filters[self.fmt]
        )
        if name:
            self.destination.setText(name)
            self._confirmed = self.destination_path()
            self._reset_result()

    def options(self) -> Any:
        from fieldguide.reports.model import ReportOptions

        return ReportOptions(
            include_notes=not self.notes_box.isChecked(),
            skip_unassessed=self.unassessed_box.isChecked(),
            paper=str(self.paper_box.currentData()),
        )

    # --- writing -----------------------------------------------------------------------

    def start(self) -> bool:
        """Write the report; False when there is nothing to start (no destination, or the user declined)."""
        if self.running:
            return False
        path = self.destination_path()
        if path is None:
            self._show_failure(self.tr("Choose where to save the report."))
            return False
        if path.exists() and path != self._confirmed and not self._confirm_replace(path):
            return False
        self.destination.setText(str(path))
        assessment_id, options, fmt = self.assessment_id, self.options(), self.fmt
        self._set_running(True)
        self.message.setText(self.tr("Writing the report…"))
        language = str(self.language_box.currentData())

        def export(app: Any) -> Path:
            from fieldguide.language import report_language

            # Set in the thread that writes the report, so the window keeps its own language.
            with report_language(language):
                result: Path = app.reports.export(assessment_id, fmt, path, options, language=language)
                return result

        self.runner.run(export, self._done, self._failed)
        return True

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("%1 already exists. Replace it?").replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        for widget in (
            self.format_box,
            self.language_box,
            self.notes_box,
            self.unassessed_box,
            self.destination,
            self.browse_button,
            self.export_button,
            self.close_button,
        ):
            widget.setEnabled(not running)
        if not running:
            self.paper_box.setEnabled(self.fmt in PAGED)
        else:
            self.paper_box.setEnabled(False)

    def _done(self, path: Path) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_running(False)
        self.path = path
        self._mark(self.tr("Saved as %1").replace("%1", str(path)), error=False)
        self.open_button.show()
        self.folder_button.show()
        self.open_button.setDefault(True)
        self.open_button.setFocus()
        self._remember(path)
        self.exported.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_running(False)
        self._show_failure(
            error_line(error, self.tr("The report could not be written (%1).")))

    def _show_failure(self, text: str) -> None:
        self._mark(text, error=True)
        self.failed.emit(text)

    def _mark(self, text: str, *, error: bool) -> None:
        """The message under the form; a failure is marked as one (colour, rule and sign), not plain text."""
        self.message.setText(("⚠ " + text) if error else text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setProperty("error", error)

    def _reset_result(self) -> None:
        self.path = None
        self.open_button.hide()
        self.folder_button.hide()
        self.export_button.setDefault(True)
        if not self.running:
            self._mark("", error=False)

    def _remember(self, path: Path) -> None:
        if self.settings is None:
            return
        self.settings.set(FOLDER_KEY, str(path.parent))
        self.settings.set(FORMAT_KEY, self.fmt)
        self.settings.set(PAPER_KEY, str(self.paper_box.currentData()))
        # A read-only data folder: the choice is simply not remembered.
        with contextlib.suppress(OSError):
            self.settings.save()

    # --- afterwards --------------------------------------------------------------------

    def open_file(self) -> bool:
        """Open the report in the program the system has for it; if there is none, say so and
        offer the folder instead of doing nothing."""
        if self.path is None:
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            return True
        self._mark(
            self.tr("No program on this computer opens %1 files. The report is saved in %2.")
            .replace("%1", self.path.suffix.lstrip(".").upper() or self.path.name)
            .replace("%2", str(self.path.parent)),
            error=True,
        )
        self.folder_button.setDefault(True)
        self.folder_button.setFocus()
        return False

    def show_folder(self) -> bool:
        if self.path is None:
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent))):
            return True
        self._mark(
            self.tr("The folder could not be shown. The report is saved as %1").replace("%1", str(self.path)),
            error=True,
        )
        return False

    def reject(self) -> None:
        if self.running:
            return  # the file is being written; closing now would hide whether it succeeded
        super().reject()
