"""Import and export: documents and content packs into the library, an assessment out as a report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from fieldguide.ui.controllers.base import Controller

if TYPE_CHECKING:
    from fieldguide.ui.export_dialog import ExportDialog
    from fieldguide.ui.import_dialog import ImportDialog
    from fieldguide.ui.main_window import MainWindow
    from fieldguide.ui.pack_install import PackInstaller


class TransferController(Controller):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.pack_installer: PackInstaller | None = None

    def export_report(self) -> None:
        window = self.window
        current = window.assessments.current_assessment()
        if not self.opened or current is None:
            window.notify(self.tr("Open an assessment to export it."))
            return
        from fieldguide.ui.export_dialog import ExportDialog

        if not window.assessments.flush():
            window.notify(self.tr("The open note could not be saved; the report would leave it out."))
            return
        dialog = ExportDialog(self.runner, current[0], current[1], window.settings, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda path: window.notify(self.tr("Report saved as %1").replace("%1", path)))
        self.export_dialog = dialog
        dialog.open()

    def import_documents(self, files: list[Path | str] | None = None) -> ImportDialog | None:
        """Import `files`, or the files the user chooses; returns the ImportDialog (None if none)."""
        if not self.opened:
            return None
        from fieldguide.ui.import_dialog import ImportDialog, choose_and_import

        if files is None:
            dialog = choose_and_import(self.runner, self.window)
            if dialog is None:
                return None
        else:
            dialog = ImportDialog(self.runner, [Path(f) for f in files], self.window)
            dialog.show()
            dialog.start()
        self.import_dialog = dialog
        return dialog

    def install_pack(self, path: Path | str | None = None) -> PackInstaller | None:
        """Install a content pack (the file chosen, or `path`); returns the PackInstaller (None if none).

        The library refreshes from the install's change summary, not from here.
        """
        if not self.opened:
            return None
        from fieldguide.ui.pack_install import choose_and_install, start_install

        if path is None:
            self.pack_installer = choose_and_install(self.runner, self.window, self.window.notify)
        else:
            self.pack_installer = start_install(self.runner, Path(path), self.window, self.window.notify)
        return self.pack_installer

    # --- one assessment to one colleague (ui/share_flow.py) -------------------------------

    def share_assessment(self, key_file: Path | None = None, target: Path | None = None) -> bool:
        window = self.window
        current = window.assessments.current_assessment()
        if not self.opened or current is None:
            window.notify(self.tr("Open an assessment to share it."))
            return False
        if not window.assessments.flush():
            window.notify(self.tr("The open note could not be saved; share again once it is."))
            return False
        from fieldguide.ui.share_flow import share_assessment

        return share_assessment(self.runner, window, window.notify, current, key_file, target)

    def open_shared(self, path: Path | None = None) -> object:
        if not self.opened:
            return None
        from fieldguide.ui.share_flow import open_shared

        window = self.window
        return open_shared(self.runner, window, window.notify, window.assessments.open_assessment, path)

    def save_device_key(self, path: Path | None = None) -> bool:
        if not self.opened:
            return False
        from fieldguide.ui.share_flow import save_device_key

        return save_device_key(self.runner, self.window, self.window.notify, path)

    def update_commands(self) -> None:
        commands = self.window.commands
        for action in (
            commands.import_documents,
            commands.install_pack,
            commands.open_shared,
            commands.save_device_key,
        ):
            action.setEnabled(self.opened)
        commands.share_assessment.setEnabled(
            self.opened and self.window.assessments.current_assessment() is not None
        )
