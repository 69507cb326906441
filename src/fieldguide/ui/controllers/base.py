"""What every controller of the main window has: the window, its runner, and two hooks it calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from fieldguide.ui.runner import ChangeNotice

if TYPE_CHECKING:
    from fieldguide.ui.main_window import MainWindow


class Controller(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runner = window.runner

    @property
    def opened(self) -> bool:
        """True once the profile is open and its library shown."""
        return self.window.profile.opened and not self.window.closed

    def apply_changes(self, notice: ChangeNotice) -> None:
        """Refresh what this area shows of what an operation changed."""

    def update_commands(self) -> None:
        """Enable and label this area's actions for what is open now."""
