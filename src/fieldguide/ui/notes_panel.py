"""The notes panel beside the reader: this device's note on the open section, saved as you type.

The panel asks for a save ~0.7 s after the last keystroke (`note_edited`; the
window queues it on its runner and reports back with `mark_saved`/`mark_failed`),
and at once when `flush()` is called (the section changes, the window
closes). If a save fails the text stays in the editor, marked unsaved, and
the next keystroke or flush tries again: nothing typed is dropped.
Other devices' notes on the same section are shown read-only below.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldguide.ui.icons import icon
from fieldguide.ui.plain_editor import PlainTextEditor
from fieldguide.ui.style import colors

if TYPE_CHECKING:
    from fieldguide.library.views import NoteView

AUTOSAVE_MS = 700


class NotesPanel(QWidget):
    note_edited = Signal(str, str, str)  # target kind, target id, the whole text
    purge_requested = Signal(str)  # this device's note (its id): remove its text for good

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.target: tuple[str, str] | None = None
        self.others: list[NoteView] = []
        self._saved_text = ""
        self._queued_text: str | None = None  # asked to be saved, not yet reported saved
        self._failed = False

        header = QHBoxLayout()
        header.setSpacing(6)
        self.header_icon = QLabel(self)
        self.header_icon.setPixmap(icon("note").pixmap(16, 16))
        self.title = QLabel(self.tr("Note"), self)
        self.title.setObjectName("panelTitle")
        header.addWidget(self.header_icon)
        header.addWidget(self.title, 1)
        self.subject = QLabel(self)
        self.subject.setObjectName("panelHint")
        self.subject.setWordWrap(True)
        self.subject.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.editor = PlainTextEditor(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName(self.tr("Your note on this section"))
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._edited)
        self.note_id: str | None = None  # this device's note on the target, once saved
        self.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.editor.customContextMenuRequested.connect(
            lambda position: self.context_menu().exec(self.editor.viewport().mapToGlobal(position))
        )

        self.status = QLabel(self)
        self.status.setObjectName("noteStatus")
        self.others_title = QLabel(self.tr("From other devices"), self)
        self.others_title.setObjectName("panelTitle")
        self.others_view = QTextBrowser(self)
        self.others_view.setObjectName("otherNotes")
        self.others_view.setOpenLinks(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.subject)
        layout.addWidget(self.editor, 3)
        layout.addWidget(self.status)
        layout.addSpacing(6)
        layout.addWidget(self.others_title)
        layout.addWidget(self.others_view, 2)
        layout.addStretch(0)  # keeps the header at the top when there is no editor to show

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.set_target(None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.header_icon.setPixmap(icon("note").pixmap(16, 16))

    # --- what the panel is about --------------------------------------------------------

    def set_target(
        self,
        target: tuple[str, str] | None,
        subject: str = "",
        mine: NoteView | None = None,
        others: list[NoteView] | None = None,
    ) -> None:
        """Show the note on a new target; call `flush()` first so the previous one is saved."""
        self.target = target
        self.others = list(others or [])
        self._saved_text = mine.body if mine else ""
        self.note_id = mine.id if mine else None
        self._queued_text = None
        self._failed = False
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._saved_text)
        self.editor.blockSignals(False)
        self.editor.setExtraSelections([])
        self.editor.setEnabled(target is not None)
        self.editor.setVisible(target is not None)
        if target is None:
            self.subject.setText(self.tr("Open a section to write a note on it."))
            self.editor.setPlaceholderText("")
        else:
            self.subject.setText(subject)
            self.editor.setPlaceholderText(
                self.tr("Write as you read. Your note is saved as you type and found by search.")
            )
        self.status.setText(self._saved_label() if mine else "")
        self._show_others()

    def _show_others(self) -> None:
        self.others_title.setVisible(bool(self.others))
        self.others_view.setVisible(bool(self.others))
        if not self.others:
            self.others_view.clear()
            return
        muted = colors().muted.name()
        parts = []
        for note in self.others:
            when = note.updated_at.replace("T", " ")[:16]
            device = note.author_device[:8] or "?"
            meta = self.tr("Device %1 · %2").replace("%1", device).replace("%2", when)
            body = html.escape(note.body).replace("\n", "<br/>")
            parts.append(f'<p style="color:{muted}; font-size:small">{html.escape(meta)}</p><p>{body}</p>')
        self.others_view.setHtml("<hr/>".join(parts))

    def context_menu(self) -> QMenu:
        """The editor's own menu (cut, copy, paste…) and "Remove this text for good…"."""
        menu = self.editor.createStandardContextMenu()
        menu.addSeparator()
        purge = menu.addAction(self.tr("Remove this text for &good…"), self._purge)
        purge.setObjectName("purge-note")
        purge.setEnabled(self.note_id is not None and bool(self._saved_text))
        return menu

    def _purge(self) -> None:
        if self.note_id is not None:
            self.purge_requested.emit(self.note_id)

    # --- editing and saving ----------------------------------------------------------------

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    @property
    def dirty(self) -> bool:
        return self.target is not None and self.text != self._saved_text

    def _edited(self) -> None:
        if self.target is None:
            return
        self.status.setText(self.tr("Editing…") if not self._failed else self.status.text())
        self._timer.start()

    def flush(self) -> None:
        """Ask for the note to be saved now, if it changed since the last save (or request for one)."""
        self._timer.stop()
        if self.dirty and self.target is not None and self.text != self._queued_text:
            self._queued_text = self.text
            kind, target_id = self.target
            self.note_edited.emit(kind, target_id, self.text)

    def mark_saved(self, text: str) -> None:
        self._saved_text = text
        self._failed = False
        self.status.setText(self._saved_label() if text.strip() else self.tr("Note deleted"))

    def mark_failed(self, message: str) -> None:
        self._failed = True
        self._queued_text = None
        self.status.setText(
            self.tr("Not saved: %1. Your text is kept here; saving again…").replace("%1", message)
        )
        self._timer.start(5000)  # try again even if the user stops typing

    def _saved_label(self) -> str:
        return self.tr("Saved")

    def focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)

    def highlight_query(self, query: str) -> int:
        """Mark the words of a search query in the note (a note found by search)."""
        return self.editor.mark_terms(query)
