"""The File menu's protection commands: protect with a passphrase, change it, remove it.

Each runs `App.profile` (security/profile.py) on a worker thread. Those need the
profile file to themselves (`Database.exclusive`: the pool is closed and one
connection rewrites the file), so the window first saves every open text,
stops its own timed reads and waits for its worker threads (`MainWindow.
prepare_exclusive`), and a window-modal busy dialog keeps the user from
starting a read until the file is swapped. Another program holding the profile
(a `fieldguide` command running beside the GUI) makes the service refuse with
ProfileBusy, a one-line message, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from fieldguide.ui.errors import error_line

if TYPE_CHECKING:
    from fieldguide.security.progress import Progress


class CurrentPassphraseDialog(QDialog):
    """Asks for the passphrase the profile opens with now (to remove protection)."""

    def __init__(self, parent: QWidget | None, *, title: str, explanation: str, ok_text: str) -> None:
        from fieldguide.ui.passphrase_dialog import password_field

        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        label = QLabel(explanation, self)
        label.setWordWrap(True)
        self.field = password_field(self, "currentPassphrase")
        self.field.setAccessibleName(self.tr("Current passphrase"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setEnabled(False)
        self.field.textChanged.connect(lambda text: ok.setEnabled(bool(text)))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(QLabel(self.tr("Current passphrase:"), self))
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)

    def passphrase(self) -> str:
        return self.field.text()


class ProfileProtection(QObject):
    """Runs the protection commands for `window` (a MainWindow) and says whether the profile is protected."""

    changed = Signal(bool)  # protected now
    finished = Signal(bool, str)  # succeeded, the one-line message shown

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.protected = False
        self.running = False
        self.dialog: QDialog | None = None  # the open passphrase dialog, for tests and for focus
        self.message_box: QMessageBox | None = None

    def refresh(self) -> bool:
        window: Any = self.window
        runner = window.runner
        self.protected = runner.is_open and runner.call(lambda app: app.profile.keys.is_protected())
        return self.protected

    # --- the three commands ------------------------------------------------------------

    def protect(self) -> None:
        from fieldguide.security import keystore
        from fieldguide.ui.passphrase_dialog import NewPassphraseDialog

        dialog = NewPassphraseDialog(
            self.window,
            title=self.tr("Protect with a passphrase"),
            keyring_available=keystore.available(),
        )
        self._explain(
            dialog,
            self.tr(
                "The profile (notes, assessments, bookmarks) and its backups are encrypted. Without the "
                "passphrase nobody can read them, and nobody can recover them for you: write it down "
                "somewhere safe."
            ),
        )

        def accepted() -> None:
            passphrase, remember = dialog.form.passphrase(), dialog.form.remember()
            self.run(
                lambda profile, progress: profile.protect(passphrase, remember=remember, progress=progress),
                self.tr("Encrypting the profile…"),
                self.tr("The profile is protected. Lock it with Ctrl+L; it locks itself when left idle."),
            )

        self._open(dialog, accepted)

    def change(self) -> None:
        from fieldguide.ui.passphrase_dialog import NewPassphraseDialog, password_field

        dialog = NewPassphraseDialog(self.window, title=self.tr("Change passphrase"))
        dialog.form.remember_box.hide()  # the keyring entry follows the new key by itself
        current = password_field(dialog.form, "currentPassphrase")
        form_layout = dialog.form.layout()
        assert isinstance(form_layout, QFormLayout)
        form_layout.insertRow(0, self.tr("Current passphrase:"), current)
        dialog.current_field = current  # type: ignore[attr-defined]
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

        def update_ok(*_args: object) -> None:
            ok.setEnabled(dialog.form.is_valid() and bool(current.text()))

        dialog.form.validity_changed.connect(update_ok)
        current.textChanged.connect(update_ok)

        def accepted() -> None:
            old, new = current.text(), dialog.form.passphrase()
            self.run(
                lambda profile, progress: profile.change_passphrase(old, new, progress=progress),
                self.tr("Encrypting the profile under the new passphrase…"),
                self.tr("The passphrase is changed. The old one no longer opens the profile or its backups."),
            )

        self._open(dialog, accepted)

    def remove(self) -> None:
        dialog = CurrentPassphraseDialog(
            self.window,
            title=self.tr("Remove protection"),
            explanation=self.tr(
                "The profile and its backups will be stored unencrypted: anyone who gets hold of this "
                "computer or its disk can read your notes. Enter the passphrase to go ahead."
            ),
            ok_text=self.tr("Remove protection"),
        )

        def accepted() -> None:
            passphrase = dialog.passphrase()
            self.run(
                lambda profile, progress: profile.unprotect(passphrase, progress=progress),
                self.tr("Decrypting the profile…"),
                self.tr("Protection removed: the profile is no longer encrypted."),
            )

        self._open(dialog, accepted)

    # --- running -----------------------------------------------------------------------

    def _explain(self, dialog: QDialog, text: str) -> None:
        label = QLabel(text, dialog)
        label.setWordWrap(True)
        layout = dialog.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(0, label)

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(accepted)
        dialog.open()

    def run(self, work: Callable[[Any, Progress], None], busy_text: str, done_text: str) -> bool:
        """Run `work(app.profile, progress)` with the profile to itself; False when it could not start.

        `progress(done, total)` may be called from the worker: it reaches the bar through a
        queued signal, so the window keeps painting while whole files are rewritten.

        It is an operation on the window's runner, which owns the profile: once the
        typed texts are queued and every queued operation has run, nothing else
        touches the profile until it is done.
        """
        window: Any = self.window
        if not window.profile.opened or self.running:
            return False
        if not window.profile.prepare_exclusive():
            self._report(False, self.tr("Save or discard the unsaved text first; nothing was changed."))
            return False
        self.running = True
        progress = QProgressDialog(busy_text, "", 0, 0, self.window)
        progress.setObjectName("protectionProgress")
        progress.setWindowTitle(self.tr("Field Guide"))
        progress.setCancelButton(
            None
        )  # a half-written copy is never used, but stopping midway is not offered
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.show()
        steps = _StepRelay(progress)
        steps.advanced.connect(steps.show)

        def finish(ok: bool, text: str) -> None:
            self.running = False
            if shiboken6.isValid(progress):
                progress.close()
                progress.deleteLater()
            if not shiboken6.isValid(self.window) or window.closed:
                return
            was = self.protected
            if self.refresh() != was:
                self.changed.emit(self.protected)
            self._report(ok, text)

        def failed(error: BaseException) -> None:
            finish(False, error_line(error, self.tr("The profile could not be changed (%1).")))

        def on_worker(app: Any) -> None:
            work(app.profile, steps.advanced.emit)

        window.runner.run(on_worker, lambda _result: finish(True, done_text), failed)
        return True

    def _report(self, ok: bool, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning,
            self.tr("Profile protection"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
        self.finished.emit(ok, text)


class _StepRelay(QObject):
    """Carries (done, total) from the profile's worker to the progress bar on the GUI thread."""

    advanced = Signal(int, int)

    def __init__(self, bar: QProgressDialog) -> None:
        super().__init__(bar)
        self.setObjectName("protectionSteps")
        self.bar = bar

    def show(self, done: int, total: int) -> None:
        if shiboken6.isValid(self.bar):
            self.bar.setMaximum(max(total, 1))
            self.bar.setValue(min(done, total))
