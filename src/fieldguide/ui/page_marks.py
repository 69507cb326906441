"""The marks on a reader's page: the words of the search that led there, and find in page.

Both are extra selections on the text view, so the document is never modified by
marking; each is a list of (start, end) positions in the document, recomputed when the
page is drawn again (zoom, palette).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from fieldguide.library.text_match import find_substring, find_terms, query_terms
from fieldguide.ui.style import colors

Span = tuple[int, int]


class PageMarks:
    def __init__(self, browser: QTextBrowser) -> None:
        self.browser = browser
        self.query = ""
        self.query_spans: list[Span] = []
        self.find_spans: list[Span] = []
        self.find_index = 0

    def clear(self) -> None:
        """A new page: nothing marked yet."""
        self.query = ""
        self.query_spans = []
        self.find_spans = []

    # --- the search's words ---------------------------------------------------------------

    def mark_query(self, query: str) -> int:
        """Mark every word of `query` in the page; how many places were marked."""
        terms = query_terms(query)
        self.query = query
        self.query_spans = self._spans(lambda text: find_terms(text, terms))
        self.refresh()
        return len(self.query_spans)

    def texts(self) -> list[str]:
        """The text under each search mark (what a user sees marked)."""
        return [self._span_text(span) for span in self.query_spans]

    # --- find in page -----------------------------------------------------------------------

    def find(self, text: str) -> Span | None:
        """Mark each place `text` is found; the current one is the first at or below the top of
        the view. Returns the current place, to scroll to."""
        self.find_spans = self._spans(lambda block: find_substring(block, text)) if text else []
        self.find_index = 0
        if self.find_spans:
            top = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft()).position()
            self.find_index = next((i for i, s in enumerate(self.find_spans) if s[0] >= top), 0)
        return self.current_find()

    def step(self, delta: int) -> Span | None:
        if self.find_spans:
            self.find_index = (self.find_index + delta) % len(self.find_spans)
        return self.current_find()

    def current_find(self) -> Span | None:
        self.refresh()
        return self.find_spans[self.find_index] if self.find_spans else None

    def clear_find(self) -> None:
        self.find_spans = []
        self.refresh()

    # --- drawing --------------------------------------------------------------------------

    def refresh(self) -> None:
        palette_colors = colors()
        selections = [self._selection(span, palette_colors.match) for span in self.query_spans]
        selections += [self._selection(span, palette_colors.match) for span in self.find_spans]
        if self.find_spans:
            selections.append(self._selection(self.find_spans[self.find_index], palette_colors.current_match))
        self.browser.setExtraSelections(selections)

    def _spans(self, finder: Callable[[str], list[Span]]) -> list[Span]:
        spans: list[Span] = []
        block = self.browser.document().begin()
        while block.isValid():
            start = block.position()
            spans.extend((start + a, start + b) for a, b in finder(block.text()))
            block = block.next()
        return spans

    def _cursor(self, span: Span) -> QTextCursor:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _span_text(self, span: Span) -> str:
        return self._cursor(span).selectedText()

    def _selection(self, span: Span, color: object) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor(span)
        selection.format.setBackground(color)  # type: ignore[arg-type]
        return selection
