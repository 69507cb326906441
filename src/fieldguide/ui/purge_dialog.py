"""The question before a text is removed for good: what it does, what older backups hold.

A purge cannot be undone, so the dialog says plainly what goes (every stored version on
this computer, then on every teammate's device at their next sync), what stays (bundles
already written to a sync folder or a hub, encrypted, until those files are deleted)
and offers to delete the backups made before now, which still hold the text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldguide.changes import Changes

if TYPE_CHECKING:
    from fieldguide.app import App
    from fieldguide.ui.runner import Runner

#: What a purge changes: the text, wherever it shows, and what waits to be sent.
PURGED = Changes(items=True, notes=True, actions=True, conflicts=True, sync_state=True)


class PurgeDialog(QDialog):
    def __init__(self, text: str, older_backups: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purgeDialog")
        self.setWindowTitle(self.tr("Remove this text for good"))
        explanation = QLabel(
            self.tr(
                "This removes every stored version of this text from this computer: its earlier "
                "versions, the search index and the space it took in the database. At the next "
                "sync every teammate's device removes it too. This cannot be undone."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("purgePreview")
        self.preview.setPlainText(text)
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        replacement_label = QLabel(self.tr("&Put in its place (optional):"), self)
        self.replacement = QLineEdit(self)
        self.replacement.setObjectName("purgeReplacement")
        self.replacement.setPlaceholderText(self.tr("for example [name removed]"))
        replacement_label.setBuddy(self.replacement)
        self.delete_backups = QCheckBox(
            self.tr("Also &delete the %n backup(s) made before now", "", older_backups), self
        )
        self.delete_backups.setObjectName("purgeDeleteBackups")
        self.delete_backups.setChecked(older_backups > 0)
        self.delete_backups.setVisible(older_backups > 0)
        backups_hint = QLabel(
            self.tr("Those backups still hold this text. A fresh backup is made first, so you keep one."),
            self,
        )
        backups_hint.setWordWrap(True)
        backups_hint.setVisible(older_backups > 0)
        stays = QLabel(
            self.tr(
                "Bundles already written to a sync folder or a hub (encrypted) and backups you "
                "exported still hold it until those files are deleted."
            ),
            self,
        )
        stays.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.remove_button = buttons.addButton(
            self.tr("&Remove for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove_button.setObjectName("purgeConfirm")
        self.remove_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout = QVBoxLayout(self)
        for widget in (
            explanation,
            self.preview,
            replacement_label,
            self.replacement,
            self.delete_backups,
            backups_hint,
            stays,
        ):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(
            min(520, self.screen().availableGeometry().width() - 40) if self.screen() else 520
        )

    def replacement_text(self) -> str:
        return self.replacement.text()


def ask_and_purge(
    runner: Runner,
    parent: QWidget,
    text: str,
    purge: Callable[[App, str], Any],
    shown: Callable[[PurgeDialog | None], None] = lambda _dialog: None,
    origin: object = None,
) -> bool:
    """Ask (the dialog), then purge on the runner and delete the older backups if asked.

    False when the person cancelled; a refusal of the service raises, for the caller to
    say in its own words. ``shown`` receives the open dialog (tests answer it), then None.
    """
    older = runner.call(lambda app: len(app.backups.list()))
    dialog = PurgeDialog(text, older, parent)
    shown(dialog)
    try:
        if dialog.exec() != PurgeDialog.DialogCode.Accepted:
            return False
        keep = dialog.replacement_text()
        delete_backups = dialog.delete_backups.isChecked()
    finally:
        shown(None)
        dialog.deleteLater()

    def run(app: App) -> None:
        purge(app, keep)
        if delete_backups:
            app.purge.delete_older_backups()

    runner.call(run, changes=PURGED, origin=origin)
    return True
