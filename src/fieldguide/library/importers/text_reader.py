"""Text engine stage 4: cleaned lines → blocks (headings, items, footnotes, paragraphs)."""

from __future__ import annotations

import re

from .blocks import Block, Kind
from .text_rules import (
    _ANNEX,
    _BOX,
    _BULLET,
    _CHAPTER,
    _DATE_LINE,
    _ENDNOTE_TITLES,
    _FOOTNOTE,
    _LETTERED,
    _MONTHS,
    _NUMBERED,
    _ROMAN_HEADING,
    _ROMAN_ITEM,
    _TASK,
    _is_enumerated,
    _join_heading,
    _join_lines,
    _Line,
    _roman_value,
    _room,
    _starts_lowercase,
    _terminated,
    _top_number,
    layout_heading_number,
    strip_footnote_markers,
)
from .vocab import SMALL_WORDS, Vocabulary, is_caps_style, is_title_case

# Headings numbered past this are rare and numbered paragraphs common, so such a number
# is a heading only where it continues the run of headings before it (regulations and
# manuals do reach 100 and more).
_USUAL_TOP_NUMBER = 40
_MAX_TOP_NUMBER = 999

# --- 3. read ------------------------------------------------------------------------------


class _Reader:
    """Reads cleaned lines into blocks, one decision per line."""

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

    # -- driving ---------------------------------------------------------------------------

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

    # -- boundaries ------------------------------------------------------------------------

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

    # -- structural lines ------------------------------------------------------------------

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

    def _mark_interruption(self) -> None:
        if (
            self.current is not None
            and self.current.kind is Kind.PARA
            and self.current_last is not None
            and not _terminated(self.current_last.text)
        ):
            self.interrupted = self.current

    def _try_box(self, line: _Line) -> bool:
        match = _BOX.match(line.text)
        if not match or len(line.text) > 160 or _terminated(match.group("text") or "x"):
            return False
        if not match.group("text"):
            return False
        self._mark_interruption()
        text = self._absorb_heading_lines(line.text, caps=is_caps_style(line.text))
        self._emit(Block(Kind.BOX, text))
        self.i += self._absorbed
        self._absorbed = 0
        return True

    def _heading_text_ok(self, text: str) -> bool:
        if not (2 < len(text) <= 220) or text.endswith((",", ";", "-")):
            return False
        if re.search(r"[.!?]['’\"”]?$", text) and not is_caps_style(text):
            return False
        return bool(re.match(r"[\"“‘'(\[]*[^\W\d_]", text))

    def _try_numbered_heading(self, line: _Line, boundary: bool) -> bool:
        match = _NUMBERED.match(line.text) or _ROMAN_HEADING.match(line.text)
        if not match:
            return False
        number = match.group("num")
        multi = "." in number
        if not multi and not match.groupdict().get("dot", ".") and not _ROMAN_HEADING.match(
            line.text
        ):
            return False  # "12 August" or a footnote, not "12. Heading"
        rest = match.group("text")
        caps = is_caps_style(rest)
        if not caps and not boundary and not multi:
            return False
        full = self._absorb_heading_lines(rest, caps=caps)
        if not self._heading_text_ok(full) or full.endswith(":"):
            return False
        top = _top_number(number)
        if multi:
            accepted = self._accept_multilevel(top, full, caps, line)
        else:
            accepted = self._accept_single_level(top, full, caps, line, boundary)
        if not accepted:
            self._unabsorb()
            return False
        self._commit_heading(full, number, "num", caps)
        self.last_top = top
        self.last_letter = None
        if not multi:
            self.top_caps = caps
        return True

    def _accept_multilevel(self, top: int, text: str, caps: bool, line: _Line) -> bool:
        if len(text.split()) > 25 or top > _MAX_TOP_NUMBER:
            return False
        if top > _USUAL_TOP_NUMBER and not (
            top in (self.last_top, self.last_top + 1) or (self.last_top == 0 and text[:1].isupper())
        ):
            return False
        if not self.unwrapped and not caps and len(line.text) > 0.95 * _room(line) + 5:
            return False
        if _starts_lowercase(text) and not caps:
            return top == self.last_top and len(text.split()) <= 14
        return self.last_top == 0 or top in (self.last_top, self.last_top + 1) or top <= 2

    def _accept_single_level(
        self, top: int, text: str, caps: bool, line: _Line, boundary: bool
    ) -> bool:
        if top == 0 or top > _MAX_TOP_NUMBER:
            return False
        if top > _USUAL_TOP_NUMBER and top != self.last_top + 1:
            return False  # past 40, only the next number in an unbroken run is a heading
        following = self._following_line()
        if following is not None and self._next_in_list(following.text, top):
            return False
        if caps:
            return True
        if not boundary or self._after_list_lead_in():
            return False
        previous = self._last_item_with("number")
        if previous is not None and not (
            # "4. Key questions" after items "1. … ." to "3. … ." is the next heading.
            top == self.last_top + 1 and _terminated(previous.text) and not _terminated(text)
        ):
            return False
        if len(text.split()) > 14 or text.endswith("?"):
            return False
        if not self.unwrapped and len(line.text) > 0.8 * _room(line):
            return False
        if top == self.last_top + 1 or self.last_top == 0:
            return self.top_caps is not True or is_title_case(text)
        restart = top <= 2 and self.last_top >= 3
        return restart and is_title_case(text)

    def _previous_item_is(self, marker: str) -> bool:
        item = self._previous_item()
        return item is not None and item.marker == marker

    def _following_line(self) -> _Line | None:
        return self._next_line(self._absorbed + 1)

    def _next_in_list(self, text: str, top: int) -> bool:
        """'3. …' after '2. …' continues a list; '1. …' under '2. Venue' starts one."""
        match = _NUMBERED.match(text)
        if not (match and "." not in match.group("num") and match.group("dot")):
            return False
        return int(match.group("num")) == top + 1

    def _absorb_heading_lines(self, text: str, *, caps: bool) -> str:
        """Headings wrap: take the following lines that continue the heading."""
        self._absorbed = 0
        parts = [text]
        j = self.i + 1
        while j < len(self.lines) and self._absorbed < 4:
            nxt = self.lines[j]
            if nxt.label or nxt.blank_before or nxt.page_start or nxt.heading:
                break
            if not self._continues_heading(" ".join(parts), nxt.text, caps):
                break
            parts.append(nxt.text)
            self._absorbed += 1
            j += 1
        return _join_heading(parts, self.vocab)

    def _unabsorb(self) -> None:
        """The heading was rejected: its continuation lines stay ordinary text."""
        self._absorbed = 0

    def _continues_heading(self, heading: str, nxt: str, caps: bool) -> bool:
        if len(heading) + len(nxt) > 220 or _is_enumerated(nxt):
            return False
        if caps:
            return is_caps_style(nxt) and (not _terminated(nxt.rstrip(".")) or len(nxt) < 60)
        if _terminated(nxt) and not nxt.endswith("?"):
            return False
        words = nxt.split()
        if _starts_lowercase(nxt):
            return len(words) <= 8
        dangling = heading.split()[-1].lower() in SMALL_WORDS if heading.split() else False
        short = len(words) <= 5
        return short and is_title_case(nxt) and (dangling or is_title_case(heading))

    def _commit_heading(self, text: str, number: str | None, kind: str, caps: bool) -> None:
        self.interrupted = None
        heading = Block(Kind.HEADING, text, number=number, marker=kind)
        heading.level = 1 if caps else 0
        self._emit(heading)
        self.i += self._absorbed
        self._absorbed = 0
        self.endnotes = False

    def _try_annex(self, line: _Line, boundary: bool) -> bool:
        match = _ANNEX.match(line.text) or _CHAPTER.match(line.text)
        if not match:
            return False
        rest = match.group("text")
        caps = is_caps_style(line.text)
        has_separator = bool(re.match(r"\s*([.:–—)(-]|$)", rest))
        if not (caps or has_separator or re.match(r"\s+[A-Z]", rest)):
            return False
        if not boundary and not caps:
            return False
        full = self._absorb_heading_lines(rest, caps=caps)
        title = re.sub(r"^\s*[.:–—-]\s*", "", full).strip()
        if title and not self._heading_text_ok(title):
            self._unabsorb()
            return False
        if not title and not match.group("num"):
            self._unabsorb()
            return False
        word = match.group("word").capitalize()
        number = f"{word} {match.group('num').upper()}" if match.group("num") else word
        if _CHAPTER.match(line.text):
            number = f"{word} {match.group('num').upper()}"
        self._commit_heading(title or number, number, "annex", caps)
        return True

    def _try_caps_heading(self, line: _Line, boundary: bool) -> bool:
        text = line.text
        if not is_caps_style(text) or _is_enumerated(text):
            return False
        standalone = line.blank_before and not _terminated(text) and not text.startswith("(")
        if not (boundary or standalone):
            return False
        if self._all_acronyms(text):
            return False
        full = self._absorb_heading_lines(text, caps=True)
        if not self._heading_text_ok(full) or len(full.split()) > 30:
            self._unabsorb()
            return False
        plain = re.sub(r"[^\w ]+", "", self.vocab.repair_heading_case(full)).strip().lower()
        if plain in _ENDNOTE_TITLES and self._has_content():
            self.i += self._absorbed
            self._absorbed = 0
            self._close()
            self.endnotes = True
            return True
        stray = re.match(r"^[^\W\d_](\d{1,2})\.\s+(\S.*)$", full)
        if stray and int(stray.group(1)) == self.last_top + 1:
            # A margin letter glued to the next top-level number ("S8. CHALLENGES").
            self._commit_heading(stray.group(2), stray.group(1), "num", True)
            self.last_top += 1
            return True
        self._commit_heading(full, None, "caps", True)
        return True

    def _has_content(self) -> bool:
        """Notes close a text; a 'Notes' line at the very start is a title or a heading."""
        pending = [self.current] if self.current and not self.current_appended else []
        return sum(1 for b in [*self.blocks, *pending] if b.kind in (Kind.PARA, Kind.ITEM)) >= 2

    def _all_acronyms(self, text: str) -> bool:
        """'DPA' or 'UNICEF' on a line of its own is a term, not a heading in capitals."""
        words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1]
        return all(self.vocab.is_acronym(w) for w in words)

    def _try_plain_heading(self, line: _Line, boundary: bool) -> bool:
        text = line.text
        if not (line.blank_before or line.page_start or self.current is None):
            return False
        latest = self.current or (self.blocks[-1] if self.blocks else None)
        if latest is not None and latest.kind is Kind.BOX:
            return False  # the first line under a box caption is the box's text
        if self._all_acronyms(text):
            return False
        if not boundary or _terminated(text) or text.endswith((",", "-", "–", "—")):
            return False
        words = text.split()
        if not words or len(words) > 12 or len(text) > 100 or _DATE_LINE.match(text):
            return False
        if not re.match(r"[\"“‘'(]*[A-Z0-9]", text) or re.fullmatch(r"[\d\W]+", text):
            return False
        if not self.unwrapped and len(text) > 0.7 * _room(line):
            return False
        if words[-1].lower() in SMALL_WORDS or _is_enumerated(text) or _NUMBERED.match(text):
            return False  # a line ending in "and" or "of" is the start of a wrapped sentence
        following = self._next_line()
        if following is not None and _starts_lowercase(following.text):
            return False
        if not (is_title_case(text) or len(words) <= 8):
            return False
        if following is None and not self.unwrapped:
            return False
        plain = re.sub(r"[^\w ]+", "", text).strip().lower()
        if plain in _ENDNOTE_TITLES and self._has_content():
            self._close()
            self.endnotes = True
            return True
        self._absorbed = 0
        self._commit_heading(text, None, "plain", False)
        return True

    def _try_list_caption(self, line: _Line) -> bool:
        """On a web page, 'Assistance may include:' standing alone over a list captions it."""
        text = line.text
        if not self.unwrapped or not text.endswith(":") or len(text.split()) > 6:
            return False
        following = self._next_line()
        if following is None or not re.match(r"[A-Z]", text):
            return False
        if not (_BULLET.match(following.text) or _is_enumerated(following.text)):
            return False
        self._commit_heading(text.rstrip(":").strip(), None, "plain", False)
        return True

    # -- lists and notes -------------------------------------------------------------------

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

    def _last_item_with(self, marker: str) -> Block | None:
        """The latest item of this kind of list since the last heading."""
        recent = ([self.current] if self.current and not self.current_appended else [])
        for block in [*recent, *reversed(self.blocks[-200:])]:
            if block.kind is Kind.HEADING:
                return None
            if block.kind is Kind.ITEM and block.marker == marker:
                return block
        return None

    def _lettered_heading(self, match: re.Match[str], line: _Line) -> bool:
        """'d. Distinguish between consultancy and consultation' over its own paragraphs."""
        letter = match.group("num")
        rest = match.group("text")
        expected = "a" if self.last_letter is None else chr(ord(self.last_letter) + 1)
        if letter.lower() != expected or self._after_list_lead_in():
            return False
        if self._previous_item_is("letter"):
            return False
        full = self._absorb_heading_lines(rest, caps=False)
        following = self._following_line()
        too_long = len(full.split()) > 12 or (
            not self.unwrapped and len(line.text) > 0.8 * _room(line)
        )
        if (
            too_long
            or not self._heading_text_ok(full)
            or following is None
            or _is_enumerated(following.text)
            or _LETTERED.match(following.text)
        ):
            self._unabsorb()
            return False
        self._commit_heading(full, letter.lower(), "letter", False)
        self.last_letter = letter.lower()
        return True

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

    def _append(self, line: _Line) -> None:
        assert self.current is not None
        self.current.text = _join_lines(self.current.text, line.text, self.vocab)
        self.current_last = line
        self.current_lines += 1
