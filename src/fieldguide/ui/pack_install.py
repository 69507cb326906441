"""Installing a content pack from the window: checked first, and asked about when nobody vouches for it.

A pack signed by a trusted publisher installs at once. An unsigned pack, or one
signed by a key the user has not trusted, is shown with the publisher it names
(and the key's fingerprint) and installs only if the user chooses so. A pack
that fails its signature or its checks is refused with one line; nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fieldguide.changes import NOTHING, Changes
from fieldguide.errors import UserError
from fieldguide.ui.runner import Runner

if TYPE_CHECKING:
    from fieldguide.app import App

INSTALLED = Changes(library=True)

FILE_FILTER = "Content packs (*.fgpack);;All files (*)"


class PackInstaller(QObject):
    """One install: verify on the runner, ask if need be, install on the runner, report."""

    installed = Signal(str)  # the message shown to the user
    refused = Signal(str)  # one line: why nothing changed

    def __init__(self, runner: Runner, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.path = path
        self.parent_widget = parent
        self.question: QMessageBox | None = None

    def start(self) -> None:
        path = self.path

        def verify(app: App) -> tuple[Any, bool]:
            content = app.packs.verify(path)
            return content, content.signed_by is not None and app.packs.trusted(content)

        self.runner.run(verify, self._verified, self._failed)

    def _verified(self, verified: tuple[Any, bool]) -> None:
        content, trusted = verified
        if trusted:
            self._install(allow_unsigned=False, trust_publisher=False)
            return
        self.question = self._ask(content)
        self.question.finished.connect(lambda _result: self._answered(content))
        self.question.open()

    def _ask(self, content: Any) -> QMessageBox:
        box = QMessageBox(self.parent_widget)
        box.setObjectName("packTrustQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Install content pack"))
        title = str(content.manifest.get("title", content.id))
        publisher = str(content.manifest.get("publisher", "") or self.tr("(no publisher given)"))
        if content.signed_by is None:
            box.setText(
                self.tr("“%1” is not signed: nothing shows that it comes from %2.")
                .replace("%1", title)
                .replace("%2", publisher)
            )
            box.setInformativeText(
                self.tr("Install it only if you know where this file came from and trust it.")
            )
            accept = box.addButton(self.tr("Install anyway"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setText(
                self.tr("“%1” is signed by %2, a publisher you have not trusted yet.")
                .replace("%1", title)
                .replace("%2", content.signed_by.name)
            )
            box.setInformativeText(
                self.tr(
                    "Key fingerprint: %1. Compare it with the one the publisher gave you; "
                    "if you trust it, packs signed with this key will install without asking."
                ).replace("%1", content.signed_by.key_id)
            )
            accept = box.addButton(self.tr("Trust and install"), QMessageBox.ButtonRole.AcceptRole)
        accept.setObjectName("packTrustAccept")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # the safe answer is the default
        return box

    def _answered(self, content: Any) -> None:
        box = self.question
        if (
            box is None
            or box.clickedButton() is None
            or box.clickedButton().objectName() != "packTrustAccept"
        ):
            self.refused.emit(self.tr("Nothing was installed."))
            return
        signed = content.signed_by is not None
        self._install(allow_unsigned=not signed, trust_publisher=signed)

    def _install(self, *, allow_unsigned: bool, trust_publisher: bool) -> None:
        path = self.path
        self.runner.run(
            lambda app: app.packs.install(
                path, allow_unsigned=allow_unsigned, trust_publisher=trust_publisher
            ),
            self._done,
            self._failed,
            changes=lambda result: INSTALLED if result.changed else NOTHING,
            long=True,
        )

    def _done(self, result: Any) -> None:
        if not result.changed:
            message = self.tr("%1 %2 is already installed; nothing changed.")
        else:
            message = self.tr("Installed %1 %2.")
        self.installed.emit(message.replace("%1", result.pack_id).replace("%2", result.version))

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.refused.emit(str(error))


def choose_and_install(
    runner: Runner, parent: QWidget | None, notify: Callable[[str], None]
) -> PackInstaller | None:
    from PySide6.QtCore import QCoreApplication

    title = QCoreApplication.translate("PackInstaller", "Install content pack")
    name, _ = QFileDialog.getOpenFileName(
        parent, title, "", QCoreApplication.translate("PackInstaller", FILE_FILTER)
    )
    if not name:
        return None
    return start_install(runner, Path(name), parent, notify)


def start_install(
    runner: Runner, path: Path, parent: QWidget | None, notify: Callable[[str], None]
) -> PackInstaller:
    installer = PackInstaller(runner, path, parent)
    installer.installed.connect(notify)
    installer.refused.connect(notify)
    installer.start()
    return installer
