"""The text reader's cursor: the lines, the blocks made so far, the block still open.

The reader decides one line at a time (text_reader.py); its rules for headings
(text_headings.py) and for lists and notes (text_lists.py) look back at what was
read through the helpers here.
"""

from __future__ import annotations

import re

from .blocks import Block, Kind
from .text_rules import _join_lines, _Line, _terminated
from .vocab import Vocabulary


class _Cursor:
    """Where the reader is: the line it looks at and the blocks made so far."""

    def __init__(
        self, lines: list[_Line], vocab: Vocabulary, unwrapped: bool, layout: bool = False
    ) -> None:
        self.lines = lines
        self.layout = layout  # headings are marked on the lines; text rules make none
        self.vocab = vocab
        self.unwrapped = unwrapped
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.current_last: _Line | None = None
        self.current_appended = False  # the open block is already in self.blocks
        self.current_lines = 0
        self.interrupted: Block | None = None  # a sentence cut by a box or footnotes
        self.endnotes = False
        self.last_top = 0
        self.top_caps: bool | None = None
        self.last_letter: str | None = None
        self.i = 0
        self._absorbed = 0  # lines after self.i taken into the heading being tried

    # -- open and close blocks ------------------------------------------------------------

    def _close(self) -> None:
        if self.current is not None and not self.current_appended:
            self.blocks.append(self.current)
        self.current = None
        self.current_last = None
        self.current_appended = False

    def _open(self, block: Block, line: _Line) -> None:
        self._close()
        self.current = block
        self.current_last = line
        self.current_lines = 1

    def _emit(self, block: Block) -> None:
        self._close()
        self.blocks.append(block)

    def _label(self, text: str) -> None:
        label = Block(Kind.LABEL, text)
        if self.current is not None and not self.current_appended and (
            self.current_last is not None and not _terminated(self.current_last.text)
        ):
            # Margin text printed beside an unfinished sentence: the sentence goes on after it.
            self.blocks.append(label)
            return
        self._emit(label)

    def _append(self, line: _Line) -> None:
        assert self.current is not None
        self.current.text = _join_lines(self.current.text, line.text, self.vocab)
        self.current_last = line
        self.current_lines += 1

    # -- what came before, what follows ----------------------------------------------------

    def _at_boundary(self, line: _Line) -> bool:
        if self.current is None or self.current_last is None or self.unwrapped:
            return True
        if self.current.kind in (Kind.HEADING, Kind.BOX):
            return True
        if self.current.kind is Kind.ITEM and line.blank_before and not self.current_last.double:
            return True  # a blank line closes a list whose lines are single-spaced
        return _terminated(self.current_last.text) or (
            line.blank_before and self.current_last.text.endswith(":")
        )

    def _next_line(self, offset: int = 1) -> _Line | None:
        j = self.i + offset
        while j < len(self.lines) and self.lines[j].label:
            j += 1
        return self.lines[j] if j < len(self.lines) else None

    def _following_line(self) -> _Line | None:
        return self._next_line(self._absorbed + 1)

    def _after_list_lead_in(self) -> bool:
        previous = self.current or (self.blocks[-1] if self.blocks else None)
        return previous is not None and previous.kind is not Kind.HEADING and (
            previous.text.rstrip().endswith(":")
        )

    def _previous_item(self) -> Block | None:
        previous = self.current or (self.blocks[-1] if self.blocks else None)
        if previous is not None and previous.kind is Kind.ITEM:
            return previous
        return None

    def _previous_item_is(self, marker: str) -> bool:
        item = self._previous_item()
        return item is not None and item.marker == marker

    def _last_item_with(self, marker: str) -> Block | None:
        """The latest item of this kind of list since the last heading."""
        recent = ([self.current] if self.current and not self.current_appended else [])
        for block in [*recent, *reversed(self.blocks[-200:])]:
            if block.kind is Kind.HEADING:
                return None
            if block.kind is Kind.ITEM and block.marker == marker:
                return block
        return None

    def _mark_interruption(self) -> None:
        if (
            self.current is not None
            and self.current.kind is Kind.PARA
            and self.current_last is not None
            and not _terminated(self.current_last.text)
        ):
            self.interrupted = self.current

    def _has_content(self) -> bool:
        """Notes close a text; a 'Notes' line at the very start is a title or a heading."""
        pending = [self.current] if self.current and not self.current_appended else []
        return sum(1 for b in [*self.blocks, *pending] if b.kind in (Kind.PARA, Kind.ITEM)) >= 2

    def _all_acronyms(self, text: str) -> bool:
        """'DPA' or 'UNICEF' on a line of its own is a term, not a heading in capitals."""
        words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1]
        return all(self.vocab.is_acronym(w) for w in words)
