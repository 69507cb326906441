"""The status-bar indicator of sync: changes waiting to be sent and conflicts waiting for a choice.

Self-contained: the main window adds it to its status bar, calls `refresh()` after
anything that may change the counts (a save, a sync, a resolution) and connects
`clicked` to open the Sync dialog or the conflicts inbox.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QToolButton, QWidget


class SyncStatusIndicator(QToolButton):
    def __init__(self, app: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.app = app
        self.pending = 0
        self.conflicts = 0
        self.refresh()

    def set_app(self, app: Any) -> None:
        """For a window that opens the profile after showing itself."""
        self.app = app
        self.refresh()

    def refresh(self) -> None:
        if self.app is None or not self.app.sync.is_set_up():
            # No counters on a laptop that never set sync up: there is nothing to send to.
            self.setVisible(False)
            return
        self.pending, self.conflicts = self.app.sync.counts()
        parts = [self.tr("%n change(s) to send", "", self.pending) if self.pending else self.tr("All sent")]
        if self.conflicts:
            parts.append(self.tr("%n conflict(s)", "", self.conflicts))
        self.setText(" · ".join(parts))
        tip = [self.tr("Team sync: %n change(s) made or received here not yet sent on.", "", self.pending)]
        if self.conflicts:
            tip.append(
                self.tr("%n conflict(s) to resolve: two people changed the same text.", "", self.conflicts)
            )
        self.setToolTip("\n".join(tip))
        self.setVisible(True)
