"""Installing a content pack from the window: checked first, and asked about when nobody vouches for it.

A pack signed by a trusted publisher installs at once. An unsigned pack, or one
signed by a key the user has not trusted, is shown with the publisher it names
(and the key's fingerprint) and installs only if the user chooses so. A pack
that fails its signature or its checks is refused with one line; nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fieldguide.errors import UserError
from fieldguide.ui.tasks import run_task

FILE_FILTER = "Content packs (*.fgpack);;All files (*)"


class PackInstaller(QObject):
    """One install: verify on a worker, ask if need be, install on a worker, report."""

    installed = Signal(str)  # the message shown to the user
    refused = Signal(str)  # one line: why nothing changed

    def __init__(self, app: Any, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.path = path
        self.parent_widget = parent
        self.question: QMessageBox | None = None

    def start(self) -> None:
        run_task(lambda: self.app.packs.verify(self.path), self._verified, self._failed)

    def _verified(self, content: Any) -> None:
        if content.signed_by is not None and self.app.packs.trusted(content):
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
        def work() -> Any:
            return self.app.packs.install(
                self.path, allow_unsigned=allow_unsigned, trust_publisher=trust_publisher
            )

        run_task(work, self._done, self._failed)

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
    app: Any, parent: QWidget | None, notify: Callable[[str], None]
) -> PackInstaller | None:
    from PySide6.QtCore import QCoreApplication

    title = QCoreApplication.translate("PackInstaller", "Install content pack")
    name, _ = QFileDialog.getOpenFileName(
        parent, title, "", QCoreApplication.translate("PackInstaller", FILE_FILTER)
    )
    if not name:
        return None
    return start_install(app, Path(name), parent, notify)


def start_install(
    app: Any, path: Path, parent: QWidget | None, notify: Callable[[str], None]
) -> PackInstaller:
    installer = PackInstaller(app, path, parent)
    installer.installed.connect(notify)
    installer.refused.connect(notify)
    installer.start()
    return installer
