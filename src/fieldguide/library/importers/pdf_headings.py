"""Headings from the layout: lines set larger than the body or bold from end to end,
grouped over the lines a heading wraps to, filtered by the text rules, the title
found, and levels given by type style."""

from __future__ import annotations

import re

from .pdf_lines import PdfLine
from .pdf_measures import _size_key
from .pdf_patterns import _CAPTION, _ENUMERATED_START, _ORGANS, _SENTENCE_END
from .vocab import SMALL_WORDS

_FIELD = re.compile(r"^[^\W\d_][\w .'’/-]{0,24}:\s+\S")

_ROMAN = re.compile(r"^(?P<num>[IVXLC]{1,7})\.\s+(?P<text>\S.*)$")

_LETTER = re.compile(r"^(?P<num>[A-Z])\.\s+(?P<text>\S.*)$")

# Notices printed on a document or a statement, set apart like headings but naming nothing.
_NOTICE = re.compile(
    r"^[(\[*]*(?:advance unedited version|unedited|unofficial translation|"
    r"(?:please )?check against delivery|as delivered|(?:final )?(?:to be )?delivered|final|"
    r"draft|embargoed\b.*|for information only|not for publication|official use only|"
    r"original|translation)[)\]*.]*$",
    re.IGNORECASE,
)

# A heading is at most this many printed lines; more in one style is a paragraph.
_MAX_HEADING_LINES = 6

_MAX_ITALIC_WORDS = 6

_WORDS_ONLY = re.compile(r"[^\W\d_][\w ’'&,()–-]*")

_MAX_HEADING_CHARS = 320


def _styled(line: PdfLine, body: float) -> bool:
    size = _size_key(line.size)
    large = size >= body + 1.0 and size >= body * 1.08
    return large or (line.bold and size >= body - 0.6)


def _italic_heading(page: list[PdfLine], index: int, body: float, gap: float) -> bool:
    """An italic line of a few words standing alone ("Summary"), as many reports set
    sub-headings; not italic words of a formula or of a sentence."""
    line = page[index]
    text = line.text.strip()
    if not line.italic or abs(_size_key(line.size) - body) >= 0.6:
        return False
    if len(text.split()) > _MAX_ITALIC_WORDS or not _WORDS_ONLY.fullmatch(text):
        return False
    if not text[:1].isupper() or not re.search(r"[^\W\d_]{3}", text):
        return False
    before = page[index - 1].top if index > 0 else None
    after = page[index + 1].top if index + 1 < len(page) else None
    apart = 1.4 * gap
    return (before is None or line.top - before >= apart) and (
        after is None or after - line.top >= apart
    )


def _same_style(a: PdfLine, b: PdfLine) -> bool:
    return abs(a.size - b.size) < 0.6 and a.bold == b.bold and a.italic == b.italic


def _heading_groups(
    pages: list[list[PdfLine]], body: float, gap: float, captions: set[int]
) -> list[list[PdfLine]]:
    """Runs of styled lines that wrap one heading (same style, close together)."""
    groups: list[list[PdfLine]] = []
    for page in pages:
        run: list[PdfLine] = []
        for index, line in enumerate(page):
            styled = _styled(line, body) or _italic_heading(page, index, body, gap)
            if id(line) in captions or not styled:
                _close_run(run, groups)
                run = []
                continue
            if run and _continues_group(run, line, gap):
                run.append(line)
                continue
            _close_run(run, groups)
            run = [line]
        _close_run(run, groups)
    return groups


def _continues_group(run: list[PdfLine], line: PdfLine, gap: float) -> bool:
    last = run[-1]
    if not _same_style(last, line) and not _wraps_into_italic(last, line):
        return False
    distance = line.top - last.top
    if not (0 < distance <= max(1.9 * line.size, 1.25 * gap)):
        return False
    if _ENUMERATED_START.match(line.text):
        return False  # "I. Introduction" after a title is the next heading
    return not _SENTENCE_END.search(last.text) or last.text.endswith(",")


def _wraps_into_italic(last: PdfLine, line: PdfLine) -> bool:
    """'2. Ms …, President of the International' / 'Committee of the Red Cross' (italic)."""
    if abs(last.size - line.size) >= 0.6 or last.bold != line.bold:
        return False
    words = last.text.split()
    return bool(words) and (
        last.text.endswith(",") or words[-1].lower() in SMALL_WORDS
        # A heading broken where the line was full, its second line under its first.
        or (abs(line.x - last.x) < 2 and line.text[:1].isupper()
            and not _SENTENCE_END.search(last.text)
            and (last.right - last.x) > 0.5 * last.page_width)
    )


def _close_run(run: list[PdfLine], groups: list[list[PdfLine]]) -> None:
    if run:
        groups.append(list(run))


def _group_text(group: list[PdfLine]) -> str:
    text = ""
    for line in group:
        piece = line.text.strip()
        if not text:
            text = piece
        elif text.endswith("-") and re.search(r"[^\W\d_]-$", text):
            text = text + piece  # a word broken over the two lines of a heading
        else:
            text = f"{text} {piece}"
    return re.sub(r"\s+", " ", text).strip()


def _reads_as_heading(group: list[PdfLine], body: float) -> bool:
    """The text rules as a filter on what the layout proposes."""
    text = _group_text(group)
    first = group[0]
    large = _size_key(first.size) >= body + 1.0
    if len(group) > _MAX_HEADING_LINES or len(text) > _MAX_HEADING_CHARS or len(text) < 2:
        return False
    letters = re.findall(r"[^\W\d_]", text)
    if len(letters) < 2:
        return False
    lead = re.match(r"[\"“‘'(\[]*([^\W\d_])", _ENUMERATED_START.sub("", text).lstrip())
    if lead is None or lead.group(1).islower():
        return False  # a continuation of a sentence in bold
    words = text.split()
    if _SENTENCE_END.search(text):
        return False  # "Thank you.", a bold sentence: headings carry no full stop
    if text.endswith(":"):
        return False  # "Tips:", "Key questions:": the lead-in of the list below it
    if _garbled(text):
        return False
    if not large and _FIELD.match(text) and not _ENUMERATED_START.match(text):
        return False  # "Date: Friday, 23 May", "Place: …"
    if re.match(r"^\d{1,3}\.\s", text) and len(words) > 25:
        return False  # a numbered paragraph set in bold
    if re.fullmatch(r"[\d\W]+", text):
        return False
    if not large and len(words) > 50:
        return False
    return _CAPTION.match(text) is None and _NOTICE.match(text) is None


def _garbled(text: str) -> bool:
    """A line from a broken glyph map: letters that do not make words."""
    words = re.findall(r"[^\W\d_]+", text)
    if not words:
        return True
    single = sum(1 for w in words if len(w) == 1 and not w.isascii())
    tripled = sum(1 for w in words if re.search(r"([^\W\d_])\1\1", w) and not w.isupper())
    return single + tripled > 0.3 * len(words)


def _title_blocks(groups: list[list[PdfLine]], pages: list[list[PdfLine]]) -> set[int]:
    """Centred lines stacked one after another (a statement's cover: who, where, when).

    They are display lines of a title block, not headings of the text that follows.
    """
    following: dict[int, PdfLine | None] = {}
    for page in pages:
        for i, line in enumerate(page):
            following[id(line)] = page[i + 1] if i + 1 < len(page) else None
    heads = {id(g[0]) for g in groups}
    centred = [all(_centred(line) for line in g) for g in groups]
    # A centred group whose next line starts another centred group, and that one.
    out: set[int] = set()
    for group, is_centred in zip(groups, centred, strict=True):
        if not is_centred:
            continue
        nxt = following.get(id(group[-1]))
        if nxt is not None and id(nxt) in heads and _centred(nxt):
            out.add(id(group[0]))
            out.add(id(nxt))
    return out


def _centred(line: PdfLine) -> bool:
    middle = (line.x + line.right) / 2
    width = line.right - line.x
    return abs(middle - line.page_width / 2) < 0.04 * line.page_width and (
        width < 0.8 * line.page_width and line.x > 0.18 * line.page_width
    )


def _title_group(
    groups: list[list[PdfLine]], pages: list[list[PdfLine]], body: float
) -> list[PdfLine] | None:
    """The largest text on the first page that has text."""
    first = next((page for page in pages if page), None)
    if first is None:
        return None
    page_index = first[0].page
    if page_index > 2:
        return None
    candidates = [g for g in groups if g[0].page == page_index and len(_group_text(g)) >= 4]
    candidates = [
        g for g in candidates
        if len(re.findall(r"[^\W\d_]", _group_text(g))) >= 4
        and not _ENUMERATED_START.match(_group_text(g))
        and not _garbled(_group_text(g))
        and len(re.findall(r"[^\W\d_]{2,}", _ORGANS.sub(" ", _group_text(g)))) >= 1
    ]
    if not candidates:
        return None
    best = max(candidates, key=lambda g: (_size_key(g[0].size), g[0].bold, -g[0].top))
    if _size_key(best[0].size) < body + 1.0 and not best[0].bold:
        return None
    return best


def _style_key(line: PdfLine) -> tuple[float, bool, bool]:
    return (_size_key(line.size), line.bold, not line.italic)


def _levels(groups: list[list[PdfLine]]) -> list[int]:
    """Levels from type styles, largest first, nested as they occur.

    A style ranks by size, then weight; a heading's level is the number of larger
    styles open above it, so a document that skips a style does not skip a level.
    The UN's lettered sections ("A. …") sit under the chapter ("II. …") before them.
    """
    styles = sorted({_style_key(g[0]) for g in groups}, reverse=True)
    rank = {style: i + 1 for i, style in enumerate(styles)}
    ranks = [rank[_style_key(g[0])] for g in groups]
    roman_rank: int | None = None
    for i, group in enumerate(groups):
        text = _group_text(group)
        if _ROMAN.match(text) and not _LETTER.match(text):
            roman_rank = ranks[i]
        elif _LETTER.match(text) and roman_rank is not None and ranks[i] < roman_rank:
            ranks[i] = roman_rank + 1  # "A." set larger than its chapter's "II."
    levels: list[int] = []
    stack: list[int] = []
    for r in ranks:
        while stack and stack[-1] >= r:
            stack.pop()
        levels.append(len(stack) + 1)
        stack.append(r)
    return levels
