"""The Sync dialog: choose the team's folder (remembered), sync with progress, see what came and went.

The sync is an operation on the window's runner; its progress reaches the dialog
through a queued signal, and the summary of what it applied (`sync_changes`)
refreshes the window. At the top, the team (``ui/team_panel``): its members and their
verification codes, and creating, joining, adding and removing, since nothing syncs
outside a team.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldguide.changes import USER_DATA, Changes
from fieldguide.sync.service import FolderResult
from fieldguide.ui.errors import error_line
from fieldguide.ui.runner import Runner
from fieldguide.ui.team_panel import TeamPanel

if TYPE_CHECKING:
    from fieldguide.sync.service import ApplyResult
    from fieldguide.ui.hub_sync import HubSyncer

NAME_CHANGED = Changes(sync_state=True)


def sync_changes(result: FolderResult | ApplyResult) -> Changes:
    """What a sync changed: the counts always; received changes may touch any user record."""
    received = result.received if isinstance(result, FolderResult) else result.applied
    if not received and not result.conflicts:
        return Changes(sync_state=True)
    return USER_DATA


class _Progress(QObject):
    """Carries progress from the worker thread to the dialog (a queued connection)."""

    step = Signal(int, int, str)


class SyncDialog(QDialog):
    synced = Signal(object)  # the FolderResult, so the window can refresh what it shows

    def __init__(self, runner: Runner, parent: QWidget | None = None, hub: HubSyncer | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.running = False
        self.result: Any = None
        self.setWindowTitle(self.tr("Sync with the team"))
        self.resize(600, 420)

        self.team = TeamPanel(runner, self)
        self.team.changed.connect(self._show_team)
        self.team.said.connect(self._say)

        # The name teammates see for this laptop (in conflicts, "Keep both", the status).
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("deviceName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Amina's laptop"))
        self.name_edit.setText(runner.call(lambda app: app.sync.device_name()) or "")
        self.name_edit.editingFinished.connect(self.save_name)
        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("This laptop's name for the team:"), self)
        name_label.setBuddy(self.name_edit)
        name_row.addWidget(name_label)
        name_row.addWidget(self.name_edit, 1)

        explanation = QLabel(
            self.tr(
                "Choose a folder every teammate's laptop sees now and then: a USB stick, a network "
                "share or a synced folder. Each laptop leaves its changes there, encrypted with the "
                "team's key and signed by the laptop, and picks up the others'."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("syncFolder")
        self.folder.setAccessibleName(self.tr("Folder to sync with"))
        self.folder.setPlaceholderText(self.tr("Folder to sync with"))
        last = runner.call(lambda app: app.sync.last_folder())
        if last is not None:
            self.folder.setText(str(last))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)

        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.headline = QLabel(self)
        self.headline.setObjectName("syncHeadline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold; color: palette(highlight);")
        self.headline.setVisible(False)  # a problem that matters more than the counts
        self.summary = QLabel(self)
        self.summary.setObjectName("syncSummary")
        self.summary.setWordWrap(True)
        self.first_button = QPushButton(self.tr("This laptop is the first of the team here"), self)
        self.first_button.setObjectName("firstHere")
        self.first_button.setVisible(False)
        self.first_button.clicked.connect(lambda: self.start(first=True))
        # A teammate's purge arrived: the backups made before it here still hold the text.
        self.purge_backups_button = QPushButton(self.tr("Delete the older backups…"), self)
        self.purge_backups_button.setObjectName("purgeOlderBackups")
        self.purge_backups_button.setVisible(False)
        self.purge_backups_button.clicked.connect(self.delete_older_backups)
        self.log = QListWidget(self)
        self.log.setObjectName("syncLog")
        self.log.setVisible(False)  # only when some bundle could not be applied

        self.buttons = QDialogButtonBox(self)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.start)
        self.buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(name_row)
        layout.addWidget(self.team)
        layout.addWidget(explanation)
        layout.addLayout(folder_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        layout.addWidget(self.first_button)
        layout.addWidget(self.purge_backups_button)
        layout.addWidget(self.log, 1)
        if hub is not None:  # the organisation's hub, beside the folder (ui/hub_panel.py)
            from fieldguide.ui.hub_panel import HubPanel

            self.hub_panel = HubPanel(hub, self)
            layout.addWidget(self.hub_panel, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)

        self.relay = _Progress(self)
        self.relay.step.connect(self._step)
        self._show_team()

    # --- the team -------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.summary.setText(text)

    def _show_team(self) -> None:
        self.sync_button.setEnabled(self.team.in_team and not self.running)

    def save_name(self) -> None:
        from fieldguide.errors import UserError

        name = self.name_edit.text().strip()
        if not name:
            return
        try:
            saved = self.runner.call(lambda app: app.sync.set_device_name(name), changes=NAME_CHANGED)
        except UserError as error:
            self.summary.setText(str(error))
            return
        self.name_edit.setText(saved)

    # --- syncing -------------------------------------------------------------------

    def choose_folder(self) -> None:
        start = self.folder.text().strip()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder to sync with"), start)
        if chosen:
            self.folder.setText(chosen)

    def start(self, first: bool = False) -> None:
        text = self.folder.text().strip()
        if not text:
            self.summary.setText(self.tr("Choose a folder first."))
            return
        folder = Path(text)
        relay = self.relay
        self.running = True
        self.first_button.setVisible(False)
        self.headline.setVisible(False)
        self.sync_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first step says how many there are
        self.progress.setVisible(True)
        self.summary.setText(self.tr("Syncing…"))
        self.log.clear()
        self.runner.run(
            lambda app: app.sync.sync_folder(
                folder,
                progress=lambda done, total, message: relay.step.emit(done, total, message),
                first=first,
            ),
            self._done,
            self._failed,
            changes=sync_changes,
            long=True,
        )

    def _step(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.running = False
        self.progress.setVisible(False)
        self.choose_button.setEnabled(True)
        self.team.refresh()  # a bundle may have brought a new member or a new key epoch
        self._show_team()

    def _done(self, result: Any) -> None:
        self.result = result
        self._finish()
        parts = []
        # The headline: nothing else matters until this laptop can read the team's bundles.
        self.headline.setText(
            self.tr(
                "%n bundle(s) made with another team's key — this laptop is not in that team, "
                "or was removed from it.",
                "",
                result.wrong_key,
            )
        )
        self.headline.setVisible(result.wrong_key > 0)
        if result.waiting:
            parts.append(
                self.tr(
                    "Nothing was written to this folder: no teammate's bundle has been opened here yet. "
                    "If this laptop is the first of the team to use it, say so below."
                )
            )
        elif result.sent:
            parts.append(self.tr("Sent %n change(s).", "", result.sent))
        else:
            parts.append(self.tr("Nothing new to send."))
        if result.received:
            parts.append(
                self.tr("Received %n change(s)", "", result.received)
                + " "
                + self.tr("from %n device(s).", "", len(result.devices))
            )
        else:
            parts.append(self.tr("Nothing new from the team."))
        if result.conflicts:
            parts.append(self.tr("%n new conflict(s) to resolve.", "", len(result.conflicts)))
        elif result.open_conflicts:
            parts.append(self.tr("%n conflict(s) still to resolve.", "", result.open_conflicts))
        if result.purged:
            parts.append(
                self.tr(
                    "%n text(s) a teammate removed for good were removed here too; backups made "
                    "before may still hold them.",
                    "",
                    result.purged,
                )
            )
        self.summary.setText(" ".join(parts))
        self.first_button.setVisible(result.waiting and not result.wrong_key)
        if result.purged:
            older = self.runner.call(lambda app: len(app.purge.older_backups()))
            self.purge_backups_button.setVisible(older > 0)
        for warning in result.warnings:
            self.log.addItem(warning)
        for skipped in result.skipped:
            if skipped.kind == "wrong-key":
                continue  # counted in the headline, not listed file by file
            note = self.tr("will retry next time") if skipped.retry else self.tr("skipped")
            self.log.addItem(f"{skipped.file}: {skipped.reason} ({note})")
        self.log.setVisible(self.log.count() > 0)
        self.synced.emit(result)

    def delete_older_backups(self) -> bool:
        """Delete the backups made before the purge, after saying what that does."""
        older = self.runner.call(lambda app: len(app.purge.older_backups()))
        question = self.tr(
            "Delete the %n backup(s) made before the text was removed? They still hold it. "
            "A fresh backup is made first, so you keep one.",
            "",
            older,
        )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete older backups"), question, parent=self)
        delete = box.addButton(self.tr("&Delete them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return False
        self.runner.call(lambda app: app.purge.delete_older_backups())
        self.purge_backups_button.setVisible(False)
        return True

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.summary.setText(error_line(error, self.tr("The sync could not finish (%1).")))
