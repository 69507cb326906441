"""The text reader's heading rules: numbered, annex and chapter, capitals, plain lines,
boxes and list captions, and the heading lines that wrap."""

from __future__ import annotations

import re

from .blocks import Block, Kind
from .text_cursor import _Cursor
from .text_rules import (
    _ANNEX,
    _BOX,
    _BULLET,
    _CHAPTER,
    _DATE_LINE,
    _ENDNOTE_TITLES,
    _LETTERED,
    _NUMBERED,
    _ROMAN_HEADING,
    _is_enumerated,
    _join_heading,
    _Line,
    _room,
    _starts_lowercase,
    _terminated,
    _top_number,
)
from .vocab import SMALL_WORDS, is_caps_style, is_title_case

# Headings numbered past this are rare and numbered paragraphs common, so such a number
# is a heading only where it continues the run of headings before it (regulations and
# manuals do reach 100 and more).
_USUAL_TOP_NUMBER = 40
_MAX_TOP_NUMBER = 999


class _HeadingRules(_Cursor):
    """Each rule takes the line at the cursor as a heading, or declines it."""

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
