"""Passphrase forms: a new passphrase (with confirmation and a strength hint), and the unlock prompt.

Views only: they collect what the user types and say what is wrong; deriving the
key and opening the profile happen in fieldguide.security, off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldguide.security.strength import Strength, strength


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class NewPassphraseForm(QWidget):
    """Passphrase, the same again, a strength hint, and "remember on this computer"."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, keyring_available: bool = False) -> None:
        super().__init__(parent)
        self.passphrase_field = password_field(self, "newPassphrase")
        self.confirm_field = password_field(self, "confirmPassphrase")
        self.strength_label = QLabel(self)
        self.strength_label.setObjectName("strengthHint")
        self.strength_label.setWordWrap(True)
        self.remember_box = QCheckBox(self.tr("Remember on this computer"), self)
        self.remember_box.setObjectName("rememberKey")
        if keyring_available:
            self.remember_box.setToolTip(
                self.tr("Keeps the key in this computer's keyring: anyone who can log in as you can open it.")
            )
        else:
            self.remember_box.setEnabled(False)
            self.remember_box.setToolTip(self.tr("This computer has no system keyring."))

        layout = QFormLayout(self)
        layout.addRow(self.tr("Passphrase:"), self.passphrase_field)
        layout.addRow(self.tr("The same again:"), self.confirm_field)
        layout.addRow("", self.strength_label)
        layout.addRow("", self.remember_box)

        self.passphrase_field.textChanged.connect(self._update)
        self.confirm_field.textChanged.connect(self._update)
        self._valid = False
        self._update()

    def passphrase(self) -> str:
        return self.passphrase_field.text()

    def remember(self) -> bool:
        return self.remember_box.isEnabled() and self.remember_box.isChecked()

    def is_valid(self) -> bool:
        return self._valid

    def hint(self) -> str:
        return self.strength_label.text()

    def _update(self) -> None:
        text = self.passphrase_field.text()
        level = strength(text)
        hints = {
            Strength.TOO_SHORT: self.tr(
                "Too short: use at least 8 characters. A few unrelated words are best."
            ),
            Strength.WEAK: self.tr("Weak: easy to guess. Add words or make it longer."),
            Strength.FAIR: self.tr("Fair. One or two more words would make it strong."),
            Strength.STRONG: self.tr("Strong."),
            Strength.VERY_STRONG: self.tr("Very strong."),
        }
        message = hints[level] if text else hints[Strength.TOO_SHORT]
        confirm = self.confirm_field.text()
        if confirm and confirm != text:
            message += " " + self.tr("The two passphrases differ.")
        self.strength_label.setText(message)
        valid = level > Strength.TOO_SHORT and confirm == text
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def clear(self) -> None:
        self.passphrase_field.clear()
        self.confirm_field.clear()


class NewPassphraseDialog(QDialog):
    """Ask for a new passphrase (protect a profile, or change its passphrase)."""

    def __init__(
        self, parent: QWidget | None = None, *, title: str = "", keyring_available: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Passphrase"))
        self.form = NewPassphraseForm(self, keyring_available=keyring_available)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.form.validity_changed.connect(ok.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)


class UnlockForm(QWidget):
    """The passphrase field of the lock screen: submit, wrong passphrase, wait before the next try."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = password_field(self, "unlockPassphrase")
        self.button = QPushButton(self.tr("Unlock"), self)
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        self.message = QLabel(self)
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Passphrase:"), self))
        layout.addWidget(self.field)
        layout.addWidget(self.button)
        layout.addWidget(self.message)
        self.field.returnPressed.connect(self._submit)
        self.button.clicked.connect(self._submit)
        self._remaining = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

    def _submit(self) -> None:
        if not self.button.isEnabled():
            return
        text = self.field.text()
        if text:
            self.submitted.emit(text)

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy and self._remaining <= 0)
        self.field.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Opening…"))

    def show_error(self, text: str) -> None:
        self.field.clear()
        self.field.setFocus()
        self.message.setText(text)

    def wait(self, seconds: float) -> None:
        """Refuse tries for `seconds`, counting down where the user can see it."""
        self._remaining = max(1, int(seconds + 0.999))
        self.button.setEnabled(False)
        self._show_remaining()
        self._countdown.start()

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self._countdown.stop()
            self.button.setEnabled(True)
            self.message.setText(self.tr("Try again."))
            return
        self._show_remaining()

    def _show_remaining(self) -> None:
        self.message.setText(
            self.tr("Too many wrong passphrases. Try again in %n second(s).", "", self._remaining)
        )

    def reset(self) -> None:
        self.field.clear()
        self.message.clear()
        self.field.setEnabled(True)
        if self._remaining <= 0:
            self.button.setEnabled(True)
