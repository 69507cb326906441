"""Structure recovery for plain text and for text extracted from PDFs.

Text out of a PDF has lost everything a reader relies on: headings look like
body lines, bullets lost their glyphs, lines are hard-wrapped (often with a blank
line after every line), words are hyphenated at line ends, footnote numbers are
glued to words, margin text turned into one- and two-letter lines, and page
furniture is mixed into the flow. The pipeline, in order:

1. ``clean``      characters (ligatures, no-break spaces, control characters) and
                  lines: running headers/footers, page numbers, navigation lines;
                  vertical side text becomes a *label* (never body text);
2. ``repeats``    passages the file prints many times are kept once;
3. ``vocabulary`` how the body spells words (see vocab.py), for hyphens,
                  footnote markers and damaged capitals;
4. ``read``       lines → blocks: headings (numbered, annex, lettered, capitals,
                  short title lines), list items, footnotes, box captions and
                  paragraphs, re-flowing wrapped and double-spaced lines;
5. ``structure``  the document title, heading levels from numbering depth, and
                  *parts*: when heading numbers start again from 1 the document
                  is a collection (e.g. several guidance notes), each part becomes
                  a top-level section named from its own margin label or from the
                  document's overview of its parts;
6. ``assemble``   (assemble.py) section tree, de-duplication, Markdown, checklists.

Every rule is about layout and the document's own vocabulary, never about the
words of one particular file.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from .assemble import assemble, names_checklist
from .blocks import Block, Kind
from .model import ImportFailed, ParsedDocument
from .vocab import SMALL_WORDS, Vocabulary, is_caps_style, is_title_case

# --- patterns ---------------------------------------------------------------------------

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                                 "\u2008\u2009\u200a\u202f\u205f\u3000\t"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)

_BULLET_GLYPHS = "•●○◦▪▫■□‣⁃∙·◆◇►▸▹➢➤✓✔❖\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf02d"
_BULLET = re.compile(rf"^(?:[{_BULLET_GLYPHS}]|[-–—*+](?=\s))\s*(?P<text>\S.*)$")
_LONE_MARKER = re.compile(rf"^(?:[{_BULLET_GLYPHS}]|[-–*]|\d{{1,2}}[.)]|[a-z][.)]|\(\w\))$")
_TASK = re.compile(r"^\[(?P<mark>[ xX])\]\s+(?P<text>\S.*)$")
_NUMBERED = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,4})(?P<dot>\.?)(?:\s+|(?<=\.)\s*)(?P<text>\S.*)$")
_ROMAN_ITEM = re.compile(r"^\(?(?P<num>(?:i{1,3}|iv|vi{0,3}|ix|x))\)\s+(?P<text>\S.*)$")
_ROMAN_HEADING = re.compile(r"^(?P<num>[IVX]{1,5})\.\s+(?P<text>\S.*)$")
_LETTERED = re.compile(r"^\(?(?P<num>[a-zA-Z])[.)]\s+(?P<text>\S.*)$")
_ANNEX = re.compile(
    r"^(?P<word>annex|appendix|attachment)\b\s*(?P<num>[IVXLC]{1,6}|\d{1,2}|[A-Z])?\b"
    r"(?P<text>.*)$",
    re.IGNORECASE,
)
_CHAPTER = re.compile(
    r"^(?P<word>part|chapter|section)\s+(?P<num>[IVXLC]{1,6}|\d{1,2}|[A-Z]|one|two|three|"
    r"four|five|six|seven|eight|nine|ten)\b(?P<text>.*)$",
    re.IGNORECASE,
)
_BOX = re.compile(r"^(?P<word>box|figure|table|panel|exhibit)\s+(?P<num>\d{1,2}(?:\.\d{1,2})?)"
                  r"\s*[.:–—-]?\s*(?P<text>.*)$", re.IGNORECASE)
_FOOTNOTE = re.compile(r"^(?P<num>\d{1,2})\s{1,3}(?P<text>[\"“‘'(\[A-Z].*)$")
_MONTHS = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|^(per ?cent|%|percent|"
    r"million|billion|thousand|years?|days?|months?|weeks?|hours?|people|persons)\b",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^(\d{1,2}(\s*[–-]\s*\d{1,2})?\s+)?(january|february|march|april|may|june|july|august|september|october|"
    r"november|december)(\s+\d{1,2},?)?\s+\d{4}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$",
    re.IGNORECASE,
)
_PAGE_NUMBER = re.compile(
    r"^(page\s+)?[-–—(\[]?\s*(\d{1,4}|[ivxlc]{1,7})\s*[-–—)\]]?(\s*(of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_NAVIGATION = re.compile(r"^(←|«|‹|<|↑|⇦)|^(back to|skip to|return to)\b", re.IGNORECASE)
# Sentence end, possibly followed by closing quotes and a footnote marker ("approach.2").
_TERMINAL = re.compile(r"(?:[.!?:;…]['’\"”)\]]*|(?<!\d)[.!?:;…]['’\"”)\]]*\d{1,2})$")
# Short documents give no reliable line width; below this, any line may be a heading.
_MIN_PAGE_WIDTH = 50.0
_ENDNOTE_TITLES = frozenset({"endnotes", "end notes", "notes", "footnotes", "foot notes"})
_FRONT_MATTER = frozenset(
    {
        "preface", "foreword", "introduction", "context", "background", "summary",
        "executive summary", "overview", "contents", "table of contents", "abstract",
        "acknowledgements", "acknowledgments", "glossary", "acronyms", "abbreviations",
        "purpose", "scope", "objective", "objectives", "endnotes", "notes", "references",
    }
)
_FOOTNOTE_MARKER = re.compile(r"(?<=[^\W\d_])(\d{1,3})(?=[\s,.;:)\]”’\"]|$)")
_FOOTNOTE_AFTER_PUNCT = re.compile(
    r"(?P<pre>[^\W\d_][.,;:]|[)\]”’\"][.,;:]?|(?<!\d)\d{4}[.,;:])\d{1,2}(?=\s|$)"
)

_CONTROL = re.compile(r"[\x00-\x09\x0b\x0d-\x1f\x7f-\x9f]")
_UNWRAPPED_LINE = 160
_SIDEBAR_MIN_RUN = 3


@dataclass
class _Line:
    text: str
    indent: int = 0
    blank_before: bool = False
    raw: str = ""  # as printed, spaces included (margin text marks word ends with them)
    page_start: bool = False
    page_end: bool = False  # among the last lines of a PDF page (where footnotes sit)
    label: bool = False  # side text collected from a vertical run
    width: float = 80.0  # typical length of the lines around this one
    double: bool = False  # inside double-spaced text
    heading: int = 0  # a heading of this level, known from the PDF's outline or layout


# --- entry points -----------------------------------------------------------------------


def parse_text(text: str, *, name: str) -> ParsedDocument:
    """Structure of a plain-text document (or of text someone extracted from a PDF)."""
    return parse_pages([text], name=name, pages_known=False)


def parse_pages(
    pages: list[str], *, name: str, pages_known: bool = True, metadata_title: str | None = None
) -> ParsedDocument:
    raw = [_normalise_characters(page) for page in pages]
    if not any(page.strip() for page in raw):
        raise ImportFailed(f"“{name}” contains no text; check that you picked the right file.")
    lines = _clean_lines(raw, pages_known)
    lines = _drop_repeated_passages(lines)
    if not any(line.text for line in lines if not line.label):
        raise ImportFailed(f"“{name}” contains no readable text; check that you picked the "
                           "right file.")
    vocab = Vocabulary([line.text for line in lines if not line.label])
    unwrapped = _is_unwrapped(lines)
    _measure_layout(lines)
    blocks = _Reader(lines, vocab, unwrapped).read()
    title, blocks = _take_title(blocks, vocab, metadata_title, name)
    blocks = _assign_levels(blocks, vocab, unwrapped)
    return assemble(blocks, title, vocab)


# --- 1. clean -----------------------------------------------------------------------------


def parse_laid_out(
    lines: list[_Line], *, name: str, title: str | None, metadata_title: str | None = None
) -> ParsedDocument:
    """Structure of a PDF whose headings its outline or layout gave (pdf_layout.py)."""
    for line in lines:
        line.text = _normalise_characters(line.text).strip()
    lines = [line for line in lines if line.text]
    lines = _drop_repeated_passages(lines)
    if not any(line.text for line in lines):
        raise ImportFailed(f"“{name}” contains no readable text; check that you picked the "
                           "right file.")
    vocab = Vocabulary([line.text for line in lines if not line.heading])
    _measure_layout(lines)
    blocks = _Reader(lines, vocab, unwrapped=False, layout=True).read()
    if not title:
        title, blocks = _take_title(blocks, vocab, metadata_title, name)
    blocks = _numbered_paragraphs(blocks)
    return assemble(blocks, title, vocab)


def _numbered_paragraphs(blocks: list[Block]) -> list[Block]:
    """'12. The Council …' running on for lines is a numbered paragraph, not a list item."""
    for block in blocks:
        if block.kind is Kind.ITEM and block.marker == "number" and len(block.text.split()) >= 40:
            block.kind = Kind.PARA
            block.text = f"{block.number}. {block.text}" if block.number else block.text
    return blocks


def _normalise_characters(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ligature, letters in _LIGATURES.items():
        text = text.replace(ligature, letters)
    text = text.translate(_SPACES).translate(_INVISIBLE)
    text = unicodedata.normalize("NFC", text)
    # Control characters other than newline and form feed carry no text.
    return _CONTROL.sub("", text)


def _clean_lines(pages: list[str], pages_known: bool) -> list[_Line]:
    split_pages: list[list[str]] = []
    for page in pages:
        split_pages.extend(page.split("\f") if not pages_known else [page.replace("\f", "\n")])
    page_lines = [page.split("\n") for page in split_pages]
    if pages_known and len(page_lines) >= 3:
        page_lines = _drop_running_lines(page_lines)
    lines: list[_Line] = []
    for number, raw_lines in enumerate(page_lines):
        lines.extend(_lines_of_page(raw_lines, first_page=number == 0, pages_known=pages_known))
    lines = _merge_lone_markers(lines)
    return _collect_side_text(lines)


def _lines_of_page(raw_lines: list[str], *, first_page: bool, pages_known: bool) -> list[_Line]:
    out: list[_Line] = []
    blank = True
    previous_raw = ""
    content = [i for i, raw in enumerate(raw_lines) if raw.strip()]
    tail = set(content[-6:]) if pages_known else set()
    for i, raw in enumerate(raw_lines):
        stripped = raw.strip()
        if not stripped:
            blank = True
            previous_raw = ""
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        # Without page breaks, extracted text marks a new page with a leading space right
        # after a line of text.
        page_start = (
            (not out and not first_page) if pages_known else (1 <= indent <= 2 and bool(previous_raw))
        )
        if len(stripped) > 2 and _is_page_furniture(stripped):
            previous_raw = raw
            continue
        out.append(
            _Line(stripped, indent, blank_before=blank, page_start=page_start, page_end=i in tail,
                  raw=raw)
        )
        blank = False
        previous_raw = raw
    return out


def _is_page_furniture(text: str) -> bool:
    if _PAGE_NUMBER.match(text) and not re.fullmatch(r"[IVXLC]+\.?", text):
        return True
    return bool(_NAVIGATION.match(text))


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Lines repeated at the top or bottom of many pages are headers and footers."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip().lower()))

    edge_counts: Counter[str] = Counter()
    for page in pages:
        content = [line for line in page if line.strip()]
        edges = {key(line) for line in content[:2] + content[-2:]}
        edge_counts.update(edges)
    threshold = max(3, int(0.3 * len(pages)))
    running = {k for k, n in edge_counts.items() if n >= threshold and k}
    if not running:
        return pages
    cleaned: list[list[str]] = []
    for page in pages:
        content_index = [i for i, line in enumerate(page) if line.strip()]
        edges = set(content_index[:2] + content_index[-2:])
        cleaned.append(
            [line for i, line in enumerate(page) if not (i in edges and key(line) in running)]
        )
    return cleaned


def _merge_lone_markers(lines: list[_Line]) -> list[_Line]:
    """A bullet or '1.' alone on its line belongs to the line after it."""
    out: list[_Line] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:
            skip = False
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if _LONE_MARKER.match(line.text) and nxt is not None and len(nxt.text) > 2:
            out.append(
                replace(line, text=f"{line.text} {nxt.text}", raw="", page_end=nxt.page_end)
            )
            skip = True
            continue
        out.append(line)
    return out


def _collect_side_text(lines: list[_Line]) -> list[_Line]:
    """Runs of one- and two-character lines are rotated margin text: keep them as a label."""
    out: list[_Line] = []
    run: list[_Line] = []

    def flush() -> None:
        if len(run) >= _SIDEBAR_MIN_RUN:
            label = _side_label(run)
            if len(re.findall(r"[^\W\d_]", label)) >= 2:
                out.append(_Line(label, blank_before=True, label=True))
        run.clear()

    for line in lines:
        if len(line.text) <= 2:
            run.append(line)
            continue
        flush()
        out.append(line)
    flush()
    return out


def _side_label(run: list[_Line]) -> str:
    pieces: list[str] = []
    for piece in run:
        if piece.text.isdigit():
            continue  # the page number printed next to the margin text
        pieces.append(piece.raw or piece.text)
    text = "".join(pieces)
    # Word breaks survive only as the spaces printed around the letters.
    return re.sub(r"\s+", " ", text).strip()


# --- 2. repeats ---------------------------------------------------------------------------


def _drop_repeated_passages(lines: list[_Line], run: int = 3, times: int = 3) -> list[_Line]:
    """A passage of several lines that the file prints again and again is kept once."""
    keys = [re.sub(r"\s+", " ", line.text.lower()) for line in lines]
    positions: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(lines) - run + 1):
        window = tuple(keys[i : i + run])
        if sum(len(k) for k in window) < 30 or any(lines[j].label for j in range(i, i + run)):
            continue
        positions.setdefault(window, []).append(i)
    drop: set[int] = set()
    for starts in positions.values():
        if len(starts) < times:
            continue
        for start in starts[1:]:
            drop.update(range(start, start + run))
    if not drop:
        return lines
    kept = [line for i, line in enumerate(lines) if i not in drop]
    return kept


# --- layout -------------------------------------------------------------------------------


def _is_unwrapped(lines: list[_Line]) -> bool:
    """Web pages and word-processor exports keep one paragraph per line."""
    text_lines = [line for line in lines if not line.label]
    if not text_lines:
        return False
    long_lines = sum(1 for line in text_lines if len(line.text) > _UNWRAPPED_LINE)
    return long_lines >= max(1, 0.1 * len(text_lines))


def _measure_layout(lines: list[_Line], window: int = 10) -> None:
    lengths = [len(line.text) for line in lines]
    for i, line in enumerate(lines):
        around = sorted(lengths[max(0, i - window) : i + window + 1])
        line.width = max(20.0, around[int(0.85 * (len(around) - 1))])
    # Double spacing: a sentence that goes on after a blank line (next line in lowercase).
    # Each line takes the majority verdict of such sentence breaks around it.
    breaks = [
        i for i in range(len(lines) - 1)
        if not lines[i].label
        and not _TERMINAL.search(lines[i].text)
        and _starts_lowercase(lines[i + 1].text)
    ]
    spaced = [lines[i + 1].blank_before for i in breaks]
    for i, line in enumerate(lines):
        lo = bisect_left(breaks, i - 12)
        hi = bisect_right(breaks, i + 12)
        near = spaced[lo:hi]
        line.double = bool(near) and sum(near) >= 0.5 * len(near)


# --- 3. read ------------------------------------------------------------------------------


def _room(line: _Line) -> float:
    """The line width against which 'short enough to be a heading' is judged."""
    return max(line.width, _MIN_PAGE_WIDTH)


def _terminated(text: str) -> bool:
    return bool(_TERMINAL.search(text))


def _starts_lowercase(text: str) -> bool:
    match = re.match(r"[\"“‘'(\[]*(\w)", text)
    return bool(match) and match.group(1).islower()


def strip_footnote_markers(text: str, vocab: Vocabulary) -> str:
    """'ownership12 of' → 'ownership of'; 'law.2 The' → 'law. The'; keeps 'OP8', 'G20'."""

    def glued(match: re.Match[str]) -> str:
        start = match.start()
        word = re.search(r"[^\W\d_]+$", text[:start])
        if word is None or len(word.group(0)) < 2:
            return match.group(0)
        token = word.group(0) + match.group(1)
        if vocab.is_known_word(word.group(0)) and vocab.tokens.get(token, 0) <= 2:
            return ""
        return match.group(0)

    text = _FOOTNOTE_MARKER.sub(glued, text)
    return _FOOTNOTE_AFTER_PUNCT.sub(lambda m: m.group("pre"), text)


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
        if top > 40 or len(text.split()) > 25:
            return False
        if not self.unwrapped and not caps and len(line.text) > 0.95 * _room(line) + 5:
            return False
        if _starts_lowercase(text) and not caps:
            return top == self.last_top and len(text.split()) <= 14
        return self.last_top == 0 or top in (self.last_top, self.last_top + 1) or top <= 2

    def _accept_single_level(
        self, top: int, text: str, caps: bool, line: _Line, boundary: bool
    ) -> bool:
        if top == 0 or top > 40:
            return False
        following = self._following_line()
        if following is not None and self._is_sibling_enumeration(following.text, "number"):
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

    def _is_sibling_enumeration(self, text: str, marker: str) -> bool:
        if marker == "number":
            match = _NUMBERED.match(text)
            return bool(match and "." not in match.group("num") and match.group("dot"))
        return bool(_LETTERED.match(text))

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
        if match and line.text[0] in "-–—*+" and not boundary and self._mid_sentence():
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


def _top_number(number: str) -> int:
    head = number.split(".")[0]
    if head.isdigit():
        return int(head)
    return _roman_value(head)


def _roman_value(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    previous = 0
    for ch in reversed(text.upper()):
        value = values.get(ch, 0)
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


def _is_enumerated(text: str) -> bool:
    match = _NUMBERED.match(text)
    if match and (match.group("dot") or "." in match.group("num")):
        return True
    return bool(_BULLET.match(text) or _ROMAN_ITEM.match(text))


def _join_lines(left: str, right: str, vocab: Vocabulary) -> str:
    left = left.rstrip()
    right = right.strip()
    if not left:
        return right
    tail = left[-3:]  # only the end matters; searching all of a long paragraph is quadratic
    if re.search(r"\d-$", tail) and not left.endswith(" -"):
        return left + right  # "A/62/659-" + "S/2008/39": a code or a range, not a word break
    if re.search(r"[^\W\d_]-$", tail):
        head, _, broken = left.rpartition(" ")
        first, _, rest = right.partition(" ")
        joined = vocab.join_broken_word(broken, first)
        combined = f"{head} {joined}" if head else joined
        return f"{combined} {rest}" if rest else combined
    return f"{left} {right}"


def _join_heading(parts: list[str], vocab: Vocabulary) -> str:
    text = parts[0].strip()
    for part in parts[1:]:
        text = _join_lines(text, part, vocab)
    return re.sub(r"\s+", " ", text).strip()


# --- 5. structure -------------------------------------------------------------------------


def _take_title(
    blocks: list[Block], vocab: Vocabulary, metadata_title: str | None, name: str
) -> tuple[str, list[Block]]:
    if metadata_title and _usable_metadata_title(metadata_title):
        return metadata_title.strip(), blocks
    side = _document_wide_label(blocks)
    if side:
        return vocab.title_case(side), blocks
    for i, block in enumerate(blocks[:4]):
        if block.kind is Kind.PARA and (_DATE_LINE.match(block.text) or len(block.text) < 3):
            continue
        if block.kind is Kind.HEADING and block.marker in ("plain", "caps"):
            title = vocab.repair_heading_case(block.text)
            if title.lower().strip(" :.") in _FRONT_MATTER:
                break
            return title, blocks[:i] + blocks[i + 1 :]
        break
    quoted = _quoted_title(blocks)
    if quoted:
        return quoted, blocks
    return _title_from_name(name), blocks


def _usable_metadata_title(title: str) -> bool:
    cleaned = title.strip().lower()
    if len(cleaned) < 4 or cleaned in {"untitled", "title", "document", "microsoft word"}:
        return False
    return not re.search(r"\.(docx?|pdf|indd|txt|rtf)$|^microsoft word", cleaned)


def _document_wide_label(blocks: list[Block]) -> str | None:
    """Margin text printed throughout a document (in several parts) is its title."""
    labels = [b.text for b in blocks if b.kind is Kind.LABEL and len(b.text) >= 12]
    counts = Counter(re.sub(r"\W+", "", label.lower()) for label in labels)
    for label in labels:
        if counts[re.sub(r"\W+", "", label.lower())] >= 3:
            return label
    return None


def _quoted_title(blocks: list[Block]) -> str | None:
    """A summary often names its subject in quotes in the first paragraph."""
    for block in blocks[:4]:
        if block.kind is not Kind.PARA:
            continue
        for match in re.finditer(r"[“\"]([^”\"]{12,160})[”\"]", block.text):
            candidate = match.group(1).strip().rstrip(",.;")
            if is_title_case(candidate) and len(candidate.split()) >= 3:
                return candidate
    return None


def _title_from_name(name: str) -> str:
    stem = Path(name).stem if "." in name else name
    words = re.sub(r"[_\-]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else "Imported document"


def _merge_split_headings(blocks: list[Block], unwrapped: bool) -> list[Block]:
    """Two short title lines in a row with nothing between are one wrapped heading."""
    out: list[Block] = []
    merged = False
    for block in blocks:
        previous = out[-1] if out else None
        if (
            not merged
            and not unwrapped
            and previous is not None
            and block.kind is Kind.HEADING
            and previous.kind is Kind.HEADING
            and block.marker == previous.marker == "plain"
            and len(previous.text) + len(block.text) < 90
        ):
            previous.text = f"{previous.text} {block.text}"
            merged = True
            continue
        merged = False
        out.append(block)
    return out


def _assign_levels(blocks: list[Block], vocab: Vocabulary, unwrapped: bool) -> list[Block]:
    blocks = _merge_split_headings(blocks, unwrapped)
    for block in blocks:
        caption = _BOX.match(block.text) if block.kind is Kind.BOX else None
        if caption and caption.group("text"):
            label = block.text[: caption.start("text")]
            block.text = label + vocab.repair_heading_case(caption.group("text"))
        if block.kind is Kind.HEADING and block.marker in ("caps", "plain", "letter", "num",
                                                           "annex"):
            block.text = vocab.repair_heading_case(block.text)
    starts = _part_starts(blocks)
    if len(starts) >= 2:
        return _levels_with_parts(blocks, starts, vocab)
    _levels_within(blocks, 0, len(blocks), base=0)
    return blocks


def _part_starts(blocks: list[Block]) -> list[int]:
    """Where heading numbers start again from 1 or 2, a new part of the document begins."""
    starts: list[int] = []
    last_top = 0
    for i, block in enumerate(blocks):
        if block.kind is not Kind.HEADING or block.marker != "num" or not block.number:
            continue
        top = _top_number(block.number)
        if last_top == 0 or (top < last_top and top <= 2):
            starts.append(_part_start_before(blocks, i))
        last_top = top
    return starts


def _part_start_before(blocks: list[Block], index: int) -> int:
    """A part whose first heading was lost begins after the notes that closed the last one."""
    j = index - 1
    while j >= 0 and blocks[j].kind in (Kind.PARA, Kind.LABEL, Kind.ITEM):
        j -= 1
    if j >= 0 and blocks[j].kind in (Kind.FOOTNOTE, Kind.ENDNOTE) and j + 1 < index:
        return j + 1
    return index


def _levels_within(blocks: list[Block], start: int, end: int, base: int) -> None:
    """Levels from numbering depth; unnumbered headings sit under the last numbered one."""
    structural = base  # level of the last numbered, annex or capitals heading
    numbered = base
    for block in blocks[start:end]:
        if block.kind is not Kind.HEADING:
            continue
        kind = block.marker
        if kind == "num" and block.number:
            depth = block.number.count(".") + 1
            block.level = base + depth
            numbered = structural = block.level
        elif kind in ("annex", "caps"):
            block.level = base + 1
            numbered = structural = block.level
        elif kind == "letter":
            block.level = numbered + 1
        else:
            block.level = structural + 1


def _levels_with_parts(blocks: list[Block], starts: list[int], vocab: Vocabulary) -> list[Block]:
    _levels_within(blocks, 0, starts[0], base=0)
    bounds = [*starts, len(blocks)]
    for k in range(len(starts)):
        _levels_within(blocks, bounds[k], bounds[k + 1], base=1)
    titles = _part_titles(blocks, bounds, vocab)
    out: list[Block] = []
    for k, start in enumerate(starts):
        previous_end = starts[k - 1] if k else 0
        out.extend(blocks[previous_end:start] if k else blocks[:start])
        out.append(Block(Kind.HEADING, titles[k], level=1, marker="part"))
    out.extend(blocks[starts[-1] :])
    return out


def _part_titles(blocks: list[Block], bounds: list[int], vocab: Vocabulary) -> list[str]:
    """Name each part: its own margin label, else its entry in the document's overview.

    An overview of a collection lists its parts as sibling headings ("5.1 …",
    "5.2 …"); the sibling group whose headings each match a different part best
    (by words concentrated in that part) names those parts, and the part holding
    the overview takes the name of the heading above the group.
    """
    parts = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
    titles: list[str | None] = [
        vocab.repair_heading_case(label) if label else None
        for label in (_own_label(blocks, s, e, parts) for s, e in parts)
    ]
    word_counts = [_content_words(blocks[s:e]) for s, e in parts]
    total: Counter[str] = Counter()
    for counts in word_counts:
        total.update(counts)
    best: tuple[int, int | None, dict[int, str]] | None = None
    for home, parent, texts in _sibling_groups(blocks, parts):
        assignment = _match_headings_to_parts(texts, home, word_counts, total)
        if len(assignment) >= 2 and (best is None or len(assignment) > len(best[2])):
            best = (home, parent, assignment)
    if best is not None:
        home, parent, assignment = best
        for p, text in assignment.items():
            titles[p] = titles[p] or text
        if titles[home] is None and parent is not None:
            titles[home] = blocks[parent].text
    return [title or f"Part {k + 1}" for k, title in enumerate(titles)]


def _match_headings_to_parts(
    texts: list[str], home: int, word_counts: list[Counter[str]], total: Counter[str]
) -> dict[int, str]:
    scored: list[tuple[float, int, int]] = []
    for c, text in enumerate(texts):
        words = _title_words(text)
        if len(words) < 2:
            continue
        for p, counts in enumerate(word_counts):
            if p != home:
                share = sum(counts[w] / total[w] for w in words if total[w]) / len(words)
                scored.append((share, c, p))
    scored.sort(reverse=True)
    assignment: dict[int, str] = {}
    used: set[int] = set()
    for share, c, p in scored:
        if share >= 0.3 and c not in used and p not in assignment:
            assignment[p] = texts[c]
            used.add(c)
    return assignment


def _sibling_groups(
    blocks: list[Block], parts: list[tuple[int, int]]
) -> list[tuple[int, int | None, list[str]]]:
    """Numbered headings grouped by parent: (part, parent heading index, titles)."""
    groups: dict[tuple[int, int | None], list[str]] = {}
    for p, (start, end) in enumerate(parts):
        stack: list[tuple[int, int]] = []
        for i in range(start, end):
            block = blocks[i]
            if block.kind is not Kind.HEADING or block.marker != "num":
                continue
            while stack and stack[-1][1] >= block.level:
                stack.pop()
            parent = stack[-1][0] if stack else None
            groups.setdefault((p, parent), []).append(block.text)
            stack.append((i, block.level))
    return [(p, parent, texts) for (p, parent), texts in groups.items() if len(texts) >= 2]


def _own_label(
    blocks: list[Block], start: int, end: int, parts: list[tuple[int, int]]
) -> str | None:
    """A margin label printed in this part only (outside its checklists) names the part."""
    labels: Counter[str] = Counter()
    section = ""
    for block in blocks[start:end]:
        if block.kind is Kind.HEADING and block.level <= 2:
            section = block.text
        elif block.kind is Kind.LABEL and not names_checklist(section) and len(block.text) >= 8:
            labels[block.text] += 1
    for label, _count in labels.most_common():
        key = re.sub(r"\W+", "", label.lower())
        elsewhere = any(
            b.kind is Kind.LABEL and re.sub(r"\W+", "", b.text.lower()) == key
            for s, e in parts
            if (s, e) != (start, end)
            for b in blocks[s:e]
        )
        if not elsewhere:
            return label
    return None


def _content_words(blocks: list[Block]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for block in blocks:
        if block.kind in (Kind.PARA, Kind.ITEM, Kind.HEADING, Kind.BOX):
            counts.update(_title_words(block.text, unique=False))
    return counts


def _title_words(text: str, unique: bool = True) -> list[str]:
    words = [w for w in re.findall(r"[^\W\d_]{4,}", text.lower()) if w not in SMALL_WORDS]
    return list(dict.fromkeys(words)) if unique else words


def layout_heading_number(text: str) -> tuple[str | None, str]:
    """Like heading_number, with the UN's 'IV. Observations' chapters too."""
    roman = re.match(r"^(?P<num>[IVXLC]{1,7})\.\s+(?P<text>\S.*)$", text)
    if roman and _roman_value(roman.group("num")) > 0:
        return roman.group("num"), roman.group("text").strip()
    number, title = heading_number(text)
    return (number, title) if title else (None, text)


def heading_number(text: str) -> tuple[str | None, str]:
    """'4.2.3 Capacity' → ('4.2.3', 'Capacity'); 'Annex III: Steps' → ('Annex III', 'Steps')."""
    annex = _ANNEX.match(text) or _CHAPTER.match(text)
    if annex and annex.group("num") and re.match(r"\s*([.:–—)(-]|$)", annex.group("text")):
        number = f"{annex.group('word').capitalize()} {annex.group('num').upper()}"
        return number, re.sub(r"^\s*[.:–—-]\s*", "", annex.group("text")).strip()
    numbered = re.match(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(\S.*)$", text)
    if numbered:
        return numbered.group(1), numbered.group(2).strip()
    lettered = re.match(r"^([A-Za-z])[.)]\s+(\S.*)$", text)
    if lettered and len(text.split()) > 1:
        return lettered.group(1), lettered.group(2).strip()
    return None, text
