"""Headings from the PDF's outline (bookmarks): each entry found where its title is
printed on its page, else placed where it points."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .pdf_lines import PdfLine
from .pdf_reading_lines import LaidOutLine, _laid, _mark_page_edges


@dataclass
class OutlineEntry:
    title: str
    level: int  # 1 = top
    page: int | None  # 0-based
    top: float | None = None  # points from the page's top, where the destination points


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _from_outline(
    pages: list[list[PdfLine]],
    outline: list[OutlineEntry],
    gap: float,
    body: float,
    title_group: list[PdfLine] | None,
) -> list[LaidOutLine]:
    """Each bookmark becomes a heading where its title is printed on its page."""
    by_page: dict[int, list[tuple[OutlineEntry, int]]] = {}
    for order, entry in enumerate(outline):
        number = entry.page if entry.page is not None and 0 <= entry.page < len(pages) else None
        if number is None:
            # Without a page, an entry goes where the one before it went.
            number = next((e.page for e in reversed(outline[:order]) if e.page is not None), 0)
            number = min(max(number or 0, 0), len(pages) - 1) if pages else 0
        by_page.setdefault(number, []).append((entry, order))
    out: list[LaidOutLine] = []
    for index, page in enumerate(pages):
        entries = by_page.get(index, [])
        placed = _place_entries(page, entries)
        page_out: list[LaidOutLine] = []
        previous: PdfLine | None = None
        consumed: set[int] = set()
        for _entry, start, count in placed:
            consumed |= {id(line) for line in page[start : start + count]}
        inserts: dict[int, list[OutlineEntry]] = {}
        for entry, start, _count in placed:
            inserts.setdefault(start, []).append(entry)
        for i, line in enumerate([*page, None]):
            for entry in inserts.get(i, []):
                page_out.append(
                    LaidOutLine(entry.title.strip(), index, blank_before=True, heading=entry.level)
                )
            if line is None:
                break
            if id(line) in consumed:
                previous = line
                continue
            page_out.append(_laid(line, previous, gap, body))
            previous = line
        _mark_page_edges(page_out)
        out.extend(page_out)
    return out


def _place_entries(
    page: list[PdfLine], entries: list[tuple[OutlineEntry, int]]
) -> list[tuple[OutlineEntry, int, int]]:
    """(entry, index of its first line, how many printed lines it covers) for each entry."""
    placed: list[tuple[OutlineEntry, int, int]] = []
    cursor = 0
    for entry, _order in entries:
        target = _norm(entry.title)
        found = _find_title(page, target, cursor) if target else None
        if found is not None:
            start, count = found
            placed.append((entry, start, count))
            cursor = start + count
            continue
        # Not printed as such: the heading goes where the bookmark points, else at the top.
        at = cursor
        if entry.top is not None:
            at = next((i for i, line in enumerate(page) if i >= cursor and line.top >= entry.top - 4),
                      len(page))
        placed.append((entry, at, 0))
        cursor = at
    return placed


def _find_title(page: list[PdfLine], target: str, cursor: int) -> tuple[int, int] | None:
    for start in range(cursor, len(page)):
        text = ""
        for count in range(1, 5):
            if start + count > len(page):
                break
            text += _norm(page[start + count - 1].text)
            if not text:
                break
            if text == target:
                return start, count
            if not target.startswith(text):
                break
    return None
