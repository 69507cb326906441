"""View > Language: the system's language or a chosen one, applied by restarting the window.

The choice is saved in the profile's settings at once. Every text, the layout
direction and the locale are set before widgets are built, so the new language
takes effect when Field Guide starts again; the user may restart it now (the
window closes as usual, saving everything, and a new one opens).
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from fieldguide.language import LANGUAGES, SETTING_KEY, active_language, system_language


class LanguageMenu(QMenu):
    def __init__(self, window: QMainWindow, settings: Any) -> None:
        super().__init__(self.tr("&Language"), window)
        self.setObjectName("menu_language")
        self.window_ = window
        self.settings = settings
        self.group = QActionGroup(self)
        current = settings.get(SETTING_KEY, "")
        system = self.addAction(
            self.tr("System language (%1)").replace("%1", LANGUAGES[system_language()])
        )
        system.setData("")
        self.addSeparator()
        choices = [system]
        for code, name in LANGUAGES.items():
            action = self.addAction(name)
            action.setData(code)
            choices.append(action)
        for action in choices:
            action.setCheckable(True)
            action.setChecked(action.data() == current)
            self.group.addAction(action)
        self.group.triggered.connect(self.choose)

    def choose(self, action: QAction) -> None:
        code = str(action.data() or "")
        if code == self.settings.get(SETTING_KEY, ""):
            return
        self.settings.set(SETTING_KEY, code)
        self.settings.save()
        wanted = code or system_language()
        if wanted == active_language():
            return
        box = QMessageBox(self.window_)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Language"))
        # Said in the language chosen as well, since the user may not read the current one.
        box.setText(
            self.tr("Field Guide will use %1 the next time it starts.").replace("%1", LANGUAGES[wanted])
        )
        box.setInformativeText(self.tr("Restart now? Your work is saved first."))
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.exec()
        if box.clickedButton() is restart:
            restart_application(self.window_)


def restart_application(window: QMainWindow) -> None:
    """Close the window (saving as a user's quit does) and start the program again."""
    if not window.close():
        return
    program = sys.executable
    arguments = sys.argv[1:] if getattr(sys, "frozen", False) else ["-m", "fieldguide", *sys.argv[1:]]
    QProcess.startDetached(program, arguments)
    QCoreApplication.quit()


def install_language_menu(window: QMainWindow, view_menu: QMenu, settings: Any) -> LanguageMenu:
    view_menu.addSeparator()
    menu = LanguageMenu(window, settings)
    view_menu.addMenu(menu)
    return menu
