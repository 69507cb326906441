"""The About box (version, where the data lives, installed packs) and the list of keyboard shortcuts."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldguide.ui.icons import app_icon


@dataclass(frozen=True)
class PackLine:
    title: str
    version: str
    kind: str  # pack | import
    publisher: str


class AboutDialog(QDialog):
    def __init__(
        self, version: str, data_dir: Path, packs: list[PackLine], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Field Guide"))
        self.setMinimumWidth(520)

        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        blurb = self.tr("Offline guidance, checklists and assessments for peace and security practitioners.")
        heading = QLabel(
            f"<h2 style='margin:0'>{html.escape(self.tr('Field Guide'))}</h2>"
            f"<p>{html.escape(self.tr('Version %1').replace('%1', version))}</p>"
            f"<p>{html.escape(blurb)}</p>",
            self,
        )
        heading.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addSpacing(12)
        top.addWidget(heading, 1)

        self.data_label = QLabel(self)
        self.data_label.setObjectName("aboutDataDir")
        self.data_label.setText(
            f"<b>{html.escape(self.tr('Your data'))}</b><br/>{html.escape(str(data_dir))}"
        )
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_label.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open folder"), self)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir))))
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_label, 1)
        data_row.addWidget(open_folder, 0, Qt.AlignmentFlag.AlignTop)

        packs_title = QLabel(f"<b>{html.escape(self.tr('Installed content'))}</b>", self)
        self.packs = QTreeWidget(self)
        self.packs.setObjectName("aboutPacks")
        self.packs.setAccessibleName(self.tr("Installed content"))
        self.packs.setRootIsDecorated(False)
        self.packs.setHeaderLabels(
            [self.tr("Title"), self.tr("Version"), self.tr("Kind"), self.tr("Publisher")]
        )
        for pack in packs:
            kind = self.tr("Imported document") if pack.kind == "import" else self.tr("Content pack")
            QTreeWidgetItem(self.packs, [pack.title, pack.version, kind, pack.publisher])
        for column in (1, 2, 3):
            self.packs.resizeColumnToContents(column)
        self.packs.setColumnWidth(0, 240)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(data_row)
        layout.addSpacing(8)
        layout.addWidget(packs_title)
        layout.addWidget(self.packs, 1)
        layout.addWidget(buttons)


class ShortcutsDialog(QDialog):
    """Every action that has a shortcut, as the menus show it."""

    def __init__(self, shortcuts: list[tuple[str, list[str]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(480, 520)
        table = QTreeWidget(self)
        table.setObjectName("shortcutList")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setRootIsDecorated(False)
        table.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for what, keys in shortcuts:
            QTreeWidgetItem(table, [what, ", ".join(keys)])
        table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
