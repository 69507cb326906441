"""The first-start offer: protect the new profile with a passphrase (recommended), or not now."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldguide.ui.passphrase_dialog import NewPassphraseForm


class FirstStartDialog(QDialog):
    """Accepted: protect with `passphrase()`; rejected: the user declined ("Not now")."""

    def __init__(self, parent: QWidget | None = None, *, keyring_available: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Protect your notes"))
        intro = QLabel(
            self.tr(
                "<p><b>Protect this profile with a passphrase (recommended).</b></p>"
                "<p>Your notes, assessments and their backups are then encrypted on this computer: "
                "whoever takes the laptop cannot read them. Field Guide locks itself after a while "
                "unused and asks for the passphrase again.</p>"
                "<p>Keep the passphrase safe: without it, the notes cannot be recovered by anyone.</p>"
            ),
            self,
        )
        intro.setObjectName("firstStartIntro")
        intro.setWordWrap(True)
        self.form = NewPassphraseForm(self, keyring_available=keyring_available)
        self.buttons = QDialogButtonBox(self)
        self.protect_button = QPushButton(self.tr("Protect"), self)
        self.protect_button.setObjectName("protectButton")
        self.protect_button.setDefault(True)
        self.protect_button.setEnabled(False)
        self.decline_button = QPushButton(self.tr("Not now"), self)
        self.decline_button.setObjectName("declineButton")
        self.buttons.addButton(self.protect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.form.validity_changed.connect(self.protect_button.setEnabled)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def _accept_if_valid(self) -> None:
        if self.form.is_valid():
            self.accept()

    def passphrase(self) -> str | None:
        return self.form.passphrase() if self.result() == QDialog.DialogCode.Accepted else None

    def remember(self) -> bool:
        return self.form.remember()
