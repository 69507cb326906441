"""A plain-text editor whose paragraphs each read in their own direction.

QPlainTextEdit lays every paragraph out from the left, so an Arabic note sits
against the wrong edge. QTextEdit's layout gives each paragraph the direction
of its first strong character (an Arabic paragraph starts at the right, a
French one at the left, in the same note); limited to plain text it is the
same editor otherwise.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from fieldguide.library.text_match import find_terms, query_terms


class PlainTextEditor(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # pasted formatting is dropped: notes are Markdown text
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)

    def mark_terms(self, query: str) -> int:
        """Mark the words of a search query in the text (what was found); returns how many."""
        from fieldguide.ui.style import colors

        selections = []
        for start, end in find_terms(self.toPlainText(), query_terms(query)):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(colors().match)
            selections.append(selection)
        self.setExtraSelections(selections)
        if selections:
            self.setTextCursor(QTextCursor(selections[0].cursor.block()))
            self.ensureCursorVisible()
        return len(selections)
