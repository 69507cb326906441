"""Pages: the text area of the paper, keeping headings with what follows, and
the pages that hold something (a report never prints an empty page)."""

from __future__ import annotations

import dataclasses
import math

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageSize, QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

from fieldguide.reports.pdf.style import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAPER_SIZES, pt


@dataclasses.dataclass(frozen=True)
class Page:
    width: float  # device pixels
    height: float
    body: QRectF  # the text area, device pixels

    @property
    def body_height(self) -> float:
        return self.body.height()


def page_geometry(paper: str) -> tuple[QPageSize, Page]:
    size = QPageSize(PAPER_SIZES.get(paper.lower(), QPageSize.PageSizeId.A4))
    points = size.sizePoints()
    width, height = pt(points.width()), pt(points.height())
    body = QRectF(
        pt(MARGIN_X),
        pt(MARGIN_TOP),
        width - 2 * pt(MARGIN_X),
        height - pt(MARGIN_TOP) - pt(MARGIN_BOTTOM),
    )
    return size, Page(width, height, body)


def first_line_top(document: QTextDocument, block: QTextBlock) -> float:
    layout = block.layout()
    if layout.lineCount() == 0:
        return document.documentLayout().blockBoundingRect(block).top()
    return layout.position().y() + layout.lineAt(0).y()


def last_line_bottom(document: QTextDocument, block: QTextBlock) -> float:
    layout = block.layout()
    if layout.lineCount() == 0:
        return document.documentLayout().blockBoundingRect(block).bottom()
    line = layout.lineAt(layout.lineCount() - 1)
    return layout.position().y() + line.y() + line.height()


def page_of(y: float, page_height: float) -> int:
    # Layout positions carry float noise: a line that starts a page may report
    # a hair above the boundary. One device pixel (1/300 in) absorbs it.
    return math.floor((y + 1.0) / page_height)


def keep_with_next(document: QTextDocument, numbers: list[int], page_height: float) -> None:
    """Move a heading (or item title, or caption) to the next page when the
    text it introduces starts on the next page: Qt has no keep-with-next.

    A run of such blocks (group heading, item title, status line, "Note")
    moves as a whole, so the break goes before the first of them.
    """
    keep = set(numbers)
    for number in numbers:
        block = document.findBlockByNumber(number)
        following = block.next()
        if not following.isValid() or block.layout().lineCount() == 0:
            continue
        page = page_of(last_line_bottom(document, block) - 2.0, page_height)
        if page_of(first_line_top(document, following), page_height) <= page:
            continue
        first = block
        previous = first.previous()
        while (
            previous.isValid()
            and previous.blockNumber() in keep
            and page_of(last_line_bottom(document, previous) - 2.0, page_height) == page
        ):
            first = previous
            previous = first.previous()
        if abs(first_line_top(document, first) - page * page_height) < 1.0:
            continue  # already at the top of a page: a break would not help
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(first).mergeBlockFormat(fmt)


def occupied_pages(document: QTextDocument, page_height: float, drawn: set[int]) -> list[int]:
    """The pages (0-based, in order) on which a line of text or a drawing starts.

    Qt can lay out a page with nothing on it: a forced break before a heading
    that already falls at a page top, or a trailing empty paragraph pushed past
    the last page. Such pages are left out rather than printed blank.
    """
    pages = set(drawn)
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        if block.text().strip():
            origin = layout.position().y()
            for index in range(layout.lineCount()):
                pages.add(page_of(origin + layout.lineAt(index).y(), page_height))
        block = block.next()
    return sorted(page for page in pages if 0 <= page < document.pageCount()) or [0]
