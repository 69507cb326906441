"""The bin: assessments deleted on this device or by a teammate, and a way to bring one back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldguide.assessments.model import AssessmentSummary
from fieldguide.changes import Changes
from fieldguide.ui.runner import Runner
from fieldguide.ui.workspace.banner import Banner
from fieldguide.ui.workspace.labels import muted

RESTORED = Changes(assessments=True, sync_state=True)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class BinDialog(QDialog):
    """Lists the bin; Restore brings the selected assessment back and `restored` holds its id."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.restored: str | None = None
        self.setWindowTitle(self.tr("Deleted assessments"))
        self.setObjectName("binDialog")
        intro = QLabel(
            self.tr("Deleted assessments keep their answers and actions until you restore them."), self
        )
        intro.setWordWrap(True)
        muted(intro)
        self.error = Banner("error", self)
        self.list = QListWidget(self)
        self.list.setObjectName("binList")
        self.empty = QLabel(self.tr("The bin is empty."), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button: QPushButton = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _row: self.restore())
        self.list.currentItemChanged.connect(lambda *_: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        self.refresh()

    def refresh(self) -> None:
        summaries: list[AssessmentSummary] = self.runner.call(lambda app: app.assessments.list(deleted=True))
        self.list.clear()
        for summary in summaries:
            where = f" — {summary.country}" if summary.country else ""
            row = QListWidgetItem(
                self.tr("%1%2 (%3 of %4 assessed)")
                .replace("%1", summary.title)
                .replace("%2", where)
                .replace("%3", str(summary.assessed))
                .replace("%4", str(summary.total))
            )
            row.setData(ID_ROLE, summary.id)
            self.list.addItem(row)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not summaries)
        self.list.setVisible(bool(summaries))
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def restore(self) -> bool:
        row = self.list.currentItem()
        if row is None:
            return False
        assessment_id = str(row.data(ID_ROLE))
        try:
            self.restored = self.runner.call(
                lambda app: app.assessments.undelete(assessment_id), changes=RESTORED, origin=self
            )
        except Exception as error:
            from fieldguide.ui.errors import error_line

            self.error.show_message(error_line(error, self.tr("The assessment could not be restored (%1).")))
            return False
        self.accept()
        return True
