"""Text engine stage 4: cleaned lines → blocks (headings, items, footnotes, paragraphs).

The rules live beside this driver: text_headings.py (headings, boxes), text_lists.py
(items, footnotes, endnotes), on the cursor of text_cursor.py.
"""

from __future__ import annotations

import re

from .blocks import Block, Kind
from .text_lists import _ListRules
from .text_rules import (
    _Line,
    _starts_lowercase,
    _terminated,
    layout_heading_number,
    strip_footnote_markers,
)

# --- 3. read ------------------------------------------------------------------------------


class _Reader(_ListRules):
    """Reads cleaned lines into blocks, one decision per line."""

    def read(self) -> list[Block]:
        while self.i < len(self.lines):
            line = self.lines[self.i]
            if line.label:
                self._label(line.text)
                self.i += 1
                continue
            if not self._try_structure(line):
                self._text_line(line)
            self.i += 1
        self._close()
        for block in self.blocks:
            if block.kind in (Kind.PARA, Kind.ITEM, Kind.HEADING, Kind.BOX):
                block.text = strip_footnote_markers(block.text, self.vocab).strip()
        return [b for b in self.blocks if b.text or b.kind is Kind.HEADING]

    def _try_structure(self, line: _Line) -> bool:
        self._absorbed = 0
        text = line.text
        boundary = self._at_boundary(line)
        if self.interrupted is not None and _starts_lowercase(text) and boundary:
            return self._resume_interrupted(line)
        if self.endnotes and self._try_endnote(line, boundary):
            return True
        if self.layout:
            if line.heading:
                number, title = layout_heading_number(text)
                self._commit_heading(title, number, "layout", False)
                self.blocks[-1].level = line.heading
                return True
            return (
                self._try_box(line)
                or self._try_bullet(line, boundary)
                or self._try_footnote(line, boundary)
                or self._try_enumerated(line, boundary)
            )
        return (
            self._try_box(line)
            or self._try_numbered_heading(line, boundary)
            or self._try_annex(line, boundary)
            or self._try_bullet(line, boundary)
            or self._try_footnote(line, boundary)
            or self._try_enumerated(line, boundary)
            or self._try_caps_heading(line, boundary)
            or self._try_plain_heading(line, boundary)
            or self._try_list_caption(line)
        )

    def _resume_interrupted(self, line: _Line) -> bool:
        target = self.interrupted
        assert target is not None
        self._close()
        self.interrupted = None
        self.current = target
        self.current_appended = True
        self.current_last = _Line(target.text)
        self._append(line)
        return True

    # -- running text ----------------------------------------------------------------------

    def _text_line(self, line: _Line) -> None:
        if self.current is not None and self._continues(line):
            self._append(line)
            return
        kind = Kind.ENDNOTE if self.endnotes and self.current is not None and (
            self.current.kind is Kind.ENDNOTE and not line.page_start
        ) else Kind.PARA
        self._open(Block(kind, line.text), line)

    def _continues(self, line: _Line) -> bool:
        current, last = self.current, self.current_last
        if current is None or last is None or current.kind in (Kind.HEADING, Kind.BOX):
            return False
        previous = last.text
        if re.search(r"[^\W\d_]-$", previous):
            return True
        if self.unwrapped:
            return False
        if line.page_start and current.kind in (Kind.FOOTNOTE, Kind.ENDNOTE) and _terminated(
            previous
        ):
            return False
        if _starts_lowercase(line.text):
            return True
        if previous.startswith("(") and previous.endswith(")"):
            return False  # a citation line closes its paragraph
        if not _terminated(previous):
            # A short unfinished item, or a short line standing alone (a table's header
            # row), followed by a capital is a separate line of text.
            short_item = current.kind is Kind.ITEM and len(previous) < 0.7 * last.width
            lone_line = (
                self.current_lines == 1 and line.blank_before and len(previous) < 0.5 * last.width
            )
            return not (short_item or lone_line)
        if line.page_start:
            return False
        if current.kind is Kind.ITEM and previous.endswith(":") and (
            not line.blank_before or last.double
        ):
            return True  # "Build confidence:" followed by what it means
        if not line.blank_before:
            return len(previous) >= 0.7 * last.width
        # How this paragraph's own lines were spaced says what the blank line means.
        double = last.blank_before if self.current_lines > 1 else last.double
        if double:
            return len(previous) >= 0.85 * last.width and not previous.endswith(":")
        return False
