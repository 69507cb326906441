"""Text engine stages 1-2 and layout: characters, page furniture, side text, repeats, spacing."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace

from .text_rules import (
    _CONTROL,
    _INVISIBLE,
    _LIGATURES,
    _LONE_MARKER,
    _NAVIGATION,
    _PAGE_NUMBER,
    _SIDEBAR_MIN_RUN,
    _SPACES,
    _TERMINAL,
    _UNWRAPPED_LINE,
    _Line,
    _starts_lowercase,
)


def _normalise_characters(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ligature, letters in _LIGATURES.items():
        text = text.replace(ligature, letters)
    text = text.translate(_SPACES).translate(_INVISIBLE)
    text = unicodedata.normalize("NFC", text)
    # Control characters other than newline and form feed carry no text.
    return _CONTROL.sub("", text)


def _clean_lines(pages: list[str], pages_known: bool) -> list[_Line]:
    split_pages: list[str] = []
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
        edge_lines = set(content_index[:2] + content_index[-2:])
        cleaned.append(
            [line for i, line in enumerate(page) if not (i in edge_lines and key(line) in running)]
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
