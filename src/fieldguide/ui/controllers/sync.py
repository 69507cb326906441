"""Sync: the status-bar counts, the Sync dialog and the conflicts inbox."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from fieldguide.ui.controllers.base import Controller
from fieldguide.ui.runner import ChangeNotice

if TYPE_CHECKING:
    from fieldguide.ui.conflicts import ConflictsInbox
    from fieldguide.ui.hub_sync import BackgroundHub, HubSyncer
    from fieldguide.ui.main_window import MainWindow
    from fieldguide.ui.sync_dialog import SyncDialog


class SyncController(Controller):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.sync_dialog: SyncDialog | None = None
        self.conflicts_page: ConflictsInbox | None = None
        self._hub: HubSyncer | None = None
        self._background: BackgroundHub | None = None
        window.sync_status.clicked.connect(self.open_sync_or_conflicts)

    # --- the organisation's hub ----------------------------------------------------------

    @property
    def hub(self) -> HubSyncer:
        """The one hub syncer of the window (the dialog and the background timer share it)."""
        if self._hub is None:
            from fieldguide.ui.hub_sync import HubSyncer

            self._hub = HubSyncer(self.runner, self)
            self._hub.finished.connect(self._hub_done)
        return self._hub

    def start_background_hub(self) -> None:
        """Try the hub now and then, once the profile is open (nothing happens without a hub)."""
        if self._background is None:
            from fieldguide.ui.hub_sync import BackgroundHub

            self._background = BackgroundHub(self.hub, lambda: self.opened, self)
        if not self._background.timer.isActive():
            self._background.start()

    def stop_hub(self) -> None:
        """The window closes: no new try, and the one under way stops waiting."""
        if self._background is not None:
            self._background.stop()
        if self._hub is not None:
            self._hub.stop()

    def _hub_done(self, result: object) -> None:
        received = getattr(result, "received", 0)
        if self._hub is not None and self._hub.background and received and not self.window.closed:
            self.window.notify(self.tr("Received %n change(s) from the hub.", "", received))

    def refresh_counts(self) -> None:
        """Read the counts behind the status-bar indicator (after the profile opened, a change, an unlock)."""

        def show(counts: tuple[int, int, bool]) -> None:
            if not self.window.closed:
                self.window.sync_status.show_counts(*counts)

        if self.opened:
            self.runner.run(lambda app: app.sync.counts(), show, lambda _error: None)
            self.start_background_hub()

    def apply_changes(self, notice: ChangeNotice) -> None:
        changes = notice.changes
        if changes.sync_state or changes.conflicts:
            self.refresh_counts()
        if self.conflicts_page is not None and changes.conflicts and notice.origin is not self.conflicts_page:
            self.conflicts_page.refresh()

    def open_sync(self) -> None:
        if not self.opened:
            return
        from fieldguide.ui.sync_dialog import SyncDialog

        self.window.profile.flush_texts()
        dialog = SyncDialog(self.runner, self.window, hub=self.hub)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sync_dialog = dialog
        dialog.open()

    def open_conflicts(self, conflict_id: str | None = None) -> None:
        """The Conflicts view; on ``conflict_id`` when given (the workspace's "compare")."""
        if not self.opened:
            return
        if self.conflicts_page is None:
            from fieldguide.ui.conflicts import ConflictsInbox

            page = ConflictsInbox(self.runner, self.window)
            self.conflicts_page = page
            self.window.add_page(page, self.tr("Conflicts"))
        else:
            self.conflicts_page.refresh()
        if conflict_id:
            self.conflicts_page.focus(conflict_id)
        self.window.show_page(self.conflicts_page)

    def open_sync_or_conflicts(self) -> None:
        """The status-bar indicator: the conflicts first when there are some, else the Sync dialog."""
        if self.window.sync_status.conflicts:
            self.open_conflicts()
        else:
            self.open_sync()

    def update_commands(self) -> None:
        for action in (self.window.commands.sync, self.window.commands.conflicts):
            action.setEnabled(self.opened)
