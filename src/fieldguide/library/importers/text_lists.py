"""The text reader's rules for lists and notes: bullets, tasks, numbered, lettered and
roman items, their depth, footnotes and endnotes."""

from __future__ import annotations

import re

from .blocks import Block, Kind
from .text_headings import _HeadingRules
from .text_rules import (
    _BULLET,
    _FOOTNOTE,
    _LETTERED,
    _MONTHS,
    _NUMBERED,
    _ROMAN_ITEM,
    _TASK,
    _Line,
    _roman_value,
    _terminated,
)
from .vocab import SMALL_WORDS, is_caps_style


class _ListRules(_HeadingRules):
    """Each rule opens an item or a note at the cursor's line, or declines it."""

    def _try_bullet(self, line: _Line, boundary: bool) -> bool:
        match = _BULLET.match(line.text)
        if (
            match
            and line.text[0] in "-–—*+"
            and not boundary
            and not self._follows_same_marker(line)
            and self._mid_sentence()
        ):
            match = None  # a dash that continues a sentence ("impact of – (new) …")
        if match:
            text = match.group("text")
            task = _TASK.match(text)
            if task:
                block = Block(Kind.ITEM, task.group("text"), marker="task")
                block.checked = task.group("mark") in "xX"
            else:
                block = Block(Kind.ITEM, text, marker="bullet")
            block.level = self._item_depth(block, line)
            self._open(block, line)
            return True
        if (
            line.indent == 1
            and line.blank_before
            and not line.page_start
            and not is_caps_style(line.text)
        ):
            # A bullet whose glyph the extraction lost: one leading space after a blank line.
            block = Block(Kind.ITEM, line.text, marker="bullet")
            block.level = self._item_depth(block, line)
            self._open(block, line)
            return True
        return False

    def _follows_same_marker(self, line: _Line) -> bool:
        """'- Share the agenda' under '- Confirm the place': the next item, not a dash."""
        if self.i == 0:
            return False
        before = self.lines[self.i - 1].text
        return before[:2] == line.text[:1] + " " and self._previous_item() is not None

    def _mid_sentence(self) -> bool:
        last = self.current_last
        if last is None or _terminated(last.text):
            return False
        words = last.text.split()
        ends_small = bool(words) and words[-1].lower() in SMALL_WORDS
        return ends_small or last.text.endswith(("-", "–", "—", ",")) or (
            len(last.text) >= 0.8 * last.width
        )

    def _item_depth(self, block: Block, line: _Line) -> int:
        previous = self._previous_item()
        if previous is None:
            return 0
        if previous.marker == block.marker:
            return previous.level
        if previous.text.rstrip().endswith(":"):
            return previous.level + 1
        # Back out to the list this marker belongs to.
        for earlier in reversed(self.blocks[-40:]):
            if earlier.kind is not Kind.ITEM:
                break
            if earlier.marker == block.marker:
                return earlier.level
        return previous.level

    def _try_enumerated(self, line: _Line, boundary: bool) -> bool:
        text = line.text
        if not (boundary or line.blank_before or self._previous_item() is not None):
            return False
        for pattern, marker in ((_NUMBERED, "number"), (_ROMAN_ITEM, "roman"),
                                (_LETTERED, "letter")):
            match = pattern.match(text)
            if not match:
                continue
            number = match.group("num")
            if marker == "number" and ("." in number or not match.group("dot")):
                continue
            if marker != "number" and not self._continues_sequence(number, marker):
                continue
            if marker == "letter" and self._lettered_heading(match, line):
                return True
            block = Block(Kind.ITEM, match.group("text"), number=number, marker=marker)
            block.level = self._item_depth(block, line)
            self._open(block, line)
            return True
        return False

    def _continues_sequence(self, number: str, marker: str) -> bool:
        """'b)' only follows an 'a)' item: an inline '(b)' wrapped to a line start is text."""
        first = {"letter": "a", "roman": "i"}[marker]
        if number.lower() == first:
            return True
        previous = self._last_item_with(marker)
        if marker == "letter" and self.last_letter is not None and previous is None:
            return number.lower() == chr(ord(self.last_letter) + 1)
        if previous is None or not previous.number:
            return False
        if marker == "roman":
            return _roman_value(number) == _roman_value(previous.number) + 1
        return number.lower() == chr(ord(previous.number.lower()) + 1)

    def _try_footnote(self, line: _Line, boundary: bool) -> bool:
        match = _FOOTNOTE.match(line.text)
        if not match or _MONTHS.match(match.group("text")) or not boundary:
            return False
        previous_is_note = self.current is not None and self.current.kind is Kind.FOOTNOTE
        if not (line.page_start or line.page_end or previous_is_note):
            return False
        if (
            previous_is_note
            and not (line.blank_before or line.page_start or line.page_end)
            and self.current_last is not None
            and not _terminated(self.current_last.text)
        ):
            return False
        self._mark_interruption()
        self._open(Block(Kind.FOOTNOTE, match.group("text")), line)
        return True

    def _try_endnote(self, line: _Line, boundary: bool) -> bool:
        match = _FOOTNOTE.match(line.text) or re.match(r"^(?P<num>\d{1,3})\.\s+(?P<text>.*)$",
                                                       line.text)
        if match and boundary and not _MONTHS.match(match.group("text")):
            self._open(Block(Kind.ENDNOTE, match.group("text")), line)
            return True
        if line.page_start and self.current is not None:
            # Notes end where a new page starts with ordinary text.
            self.endnotes = False
        return False
