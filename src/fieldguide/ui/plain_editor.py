"""A plain-text editor whose paragraphs each read in their own direction.

QPlainTextEdit lays every paragraph out from the left, so an Arabic note sits
against the wrong edge. QTextEdit's layout gives each paragraph the direction
of its first strong character (an Arabic paragraph starts at the right, a
French one at the left, in the same note); limited to plain text it is the
same editor otherwise.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTextEdit, QWidget


class PlainTextEditor(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # pasted formatting is dropped: notes are Markdown text
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)
