"""The Sync dialog's hub section: connect to the organisation's hub once, then sync through it.

Before a hub is set up it asks for the hub's address and the one-time code a
teammate or IT gave; afterwards it says which hub this laptop syncs through and
when it last did, offers "Sync with the hub now", and shows progress, whether
the sync was started here or by the background timer (they share one
``HubSyncer``). The work itself runs off the GUI thread (``ui.hub_sync``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldguide.ui.errors import error_line
from fieldguide.ui.hub_sync import HubSyncer
from fieldguide.ui.runner import ProfileClosed


class HubPanel(QGroupBox):
    def __init__(self, syncer: HubSyncer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.syncer = syncer
        self.runner = syncer.runner
        self.setObjectName("hubPanel")
        self.setTitle(self.tr("Organisation's hub"))

        self.state = QLabel(self)
        self.state.setObjectName("hubState")
        self.state.setWordWrap(True)

        self.url = QLineEdit(self)
        self.url.setObjectName("hubUrl")
        self.url.setPlaceholderText(self.tr("Hub address, e.g. https://hub.example.org"))
        self.url.setAccessibleName(self.tr("Hub address"))
        self.code = QLineEdit(self)
        self.code.setObjectName("hubCode")
        self.code.setPlaceholderText(self.tr("One-time code"))
        self.code.setAccessibleName(self.tr("One-time enrolment code"))
        self.connect_button = QPushButton(self.tr("Connect"), self)
        self.connect_button.setObjectName("hubConnect")
        self.connect_button.clicked.connect(self.connect_hub)
        self.enrol_row = QWidget(self)
        enrol = QHBoxLayout(self.enrol_row)
        enrol.setContentsMargins(0, 0, 0, 0)
        enrol.addWidget(self.url, 3)
        enrol.addWidget(self.code, 2)
        enrol.addWidget(self.connect_button)

        self.sync_button = QPushButton(self.tr("Sync with the hub now"), self)
        self.sync_button.setObjectName("hubSyncNow")
        self.sync_button.clicked.connect(self.sync_now)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("hubProgress")
        self.progress.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("hubSummary")
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.enrol_row)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.progress, 1)
        row.addStretch(0)  # the button keeps its size while no progress shows
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addStretch(1)

        syncer.progress.connect(self._step)
        syncer.finished.connect(self._done)
        syncer.failed.connect(self._failed)
        syncer.running_changed.connect(self._running)
        self.configured: tuple[str, str] | None = None
        self.refresh()
        self._running(syncer.running)

    # --- what is set up -----------------------------------------------------------------

    def refresh(self) -> None:
        """Show the hub this laptop syncs through, or the fields to connect to one."""
        try:
            self.configured = self.runner.call(lambda app: app.hub.configured())
            last = self.runner.call(lambda app: app.hub.last_sync()) if self.configured else None
        except ProfileClosed:  # the window is closing: the stopped sync reports too late to show
            return
        if self.configured is None:
            self.state.setText(
                self.tr(
                    "If your organisation runs a Field Guide hub, this laptop can sync through it "
                    "whenever it has a connection. Enter the hub's address and the one-time code "
                    "a teammate or IT gave you."
                )
            )
        elif last:
            self.state.setText(
                self.tr("Syncing through %1 in the background. Last sync: %2.")
                .replace("%1", self.configured[0])
                .replace("%2", last.replace("T", " ").replace("Z", " UTC"))
            )
        else:
            self.state.setText(
                self.tr("Syncing through %1 in the background.").replace("%1", self.configured[0])
            )
        self.enrol_row.setVisible(self.configured is None)
        self.sync_button.setVisible(self.configured is not None)

    # --- actions ------------------------------------------------------------------------

    def connect_hub(self) -> None:
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url or not code:
            self.summary.setText(self.tr("Enter the hub's address and the one-time code first."))
            return
        if self.syncer.enrol(url, code):
            self.summary.setText(self.tr("Connecting to the hub…"))

    def sync_now(self) -> None:
        if self.syncer.sync():
            self.summary.setText(self.tr("Syncing with the hub…"))
        else:
            self.summary.setText(self.tr("A sync with the hub is already under way."))

    # --- what the syncer says -----------------------------------------------------------

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
        self.connect_button.setEnabled(not running)
        self.sync_button.setEnabled(not running)

    def _step(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        self.progress.setFormat(message)
        self.progress.setTextVisible(bool(message))

    def _done(self, result: Any) -> None:
        self.code.clear()
        self.refresh()
        parts = [
            self.tr("Sent %n change(s).", "", result.sent)
            if result.sent
            else self.tr("Nothing new to send."),
            self.tr("Received %n change(s).", "", result.received)
            if result.received
            else self.tr("Nothing new from the team."),
        ]
        if result.conflicts:
            parts.append(self.tr("%n new conflict(s) to resolve.", "", len(result.conflicts)))
        if result.wrong_key:
            parts.append(
                self.tr(
                    "%n bundle(s) made with a different team key — check the team passphrase.",
                    "",
                    result.wrong_key,
                )
            )
        self.summary.setText(" ".join(parts))

    def _failed(self, error: BaseException) -> None:
        self.refresh()
        self.summary.setText(error_line(error, self.tr("The sync with the hub could not finish (%1).")))
