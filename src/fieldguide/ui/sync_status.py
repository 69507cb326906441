"""The status-bar indicator of sync: changes waiting to be sent and conflicts waiting for a choice.

A view: the sync controller reads the counts through the runner whenever an
operation reports a change to the sync state, and shows them with `show_counts`
(no polling). `clicked` opens the Sync dialog or the conflicts inbox.
"""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton, QWidget


class SyncStatusIndicator(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.pending = 0
        self.conflicts = 0
        self.setVisible(False)  # until the profile is open and the counts known

    def show_counts(self, pending: int, conflicts: int, set_up: bool = True) -> None:
        self.pending, self.conflicts = pending, conflicts
        if not set_up:
            # No counters on a laptop that never set sync up: there is nothing to send to.
            self.setVisible(False)
            return
        parts = [self.tr("%n change(s) to send", "", pending) if pending else self.tr("All sent")]
        if conflicts:
            parts.append(self.tr("%n conflict(s)", "", conflicts))
        self.setText(" · ".join(parts))
        tip = [self.tr("Team sync: %n change(s) made or received here not yet sent on.", "", pending)]
        if conflicts:
            tip.append(self.tr("%n conflict(s) to resolve: two people changed the same text.", "", conflicts))
        self.setToolTip("\n".join(tip))
        self.setVisible(True)
