"""Writing a report into a QTextDocument: paragraphs, headings, Markdown notes, tables.

`DocumentWriter` holds the primitives; what each part of the report says is in
`sections.py`. Whatever Qt's text layout cannot draw (status pills, rules, the
chart) is noted in a `Layout` and painted after pagination (`paint.py`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)

from fieldguide.reports import chart
from fieldguide.reports.common import first_strong_direction, right_to_left
from fieldguide.reports.fonts import ARABIC_FAMILY, BODY_FAMILY, REPORT_FAMILIES
from fieldguide.reports.model import Report
from fieldguide.reports.pdf.style import (
    ACCENT,
    BODY_LINE_HEIGHT,
    BODY_PT,
    CHART_GAP,
    HAIRLINE,
    INK,
    MARKDOWN_FEATURES,
    MUTED,
    RTL_LINE_HEIGHT,
    RULE,
    TABLE_HEAD_BG,
    block_format,
    char_format,
    css,
    set_direction,
)


@dataclasses.dataclass
class Pill:
    block_number: int
    start: int  # offset in the block
    length: int
    status: str


@dataclasses.dataclass
class Rule:
    block_number: int
    colour: str
    width_pt: float
    above: bool  # above the block's first line, else below its last line
    gap_pt: float  # distance from the text


@dataclasses.dataclass
class Layout:
    """What the painter needs besides the document itself."""

    pills: list[Pill] = dataclasses.field(default_factory=list)
    rules: list[Rule] = dataclasses.field(default_factory=list)
    chart_blocks: list[int] = dataclasses.field(default_factory=list)
    keep_with_next: list[int] = dataclasses.field(default_factory=list)


class DocumentWriter:
    """Fills a QTextDocument with the report, noting what to paint later."""

    def __init__(self, report: Report, document: QTextDocument) -> None:
        self.report = report
        self.doc = document
        self.cursor = QTextCursor(document)
        self.layout = Layout()
        self._first_block = True
        # The report's own direction (its language's): tables, captions and page furniture
        # follow it; a paragraph of the user's text keeps the direction of its own words.
        self.rtl = right_to_left()

    def is_rtl(self, text: str) -> bool:
        direction = first_strong_direction(text)
        return self.rtl if direction is None else direction == "rtl"

    # -- primitives -------------------------------------------------------

    def block(self, fmt: QTextBlockFormat, run_format: QTextCharFormat | None = None) -> int:
        """Start a new paragraph and return its block number."""
        if self._first_block:
            # A new document already has one empty block: use it.
            self.cursor.setBlockFormat(fmt)
            if run_format is not None:
                self.cursor.setBlockCharFormat(run_format)
            self._first_block = False
        else:
            self.cursor.insertBlock(fmt, run_format or QTextCharFormat())
        return self.cursor.block().blockNumber()

    def text(self, text: str, fmt: QTextCharFormat) -> None:
        self.cursor.insertText(text, fmt)

    def paragraph(
        self,
        text: str,
        fmt: QTextCharFormat | None = None,
        *,
        top: float = 0.0,
        bottom: float = 4.0,
        line_height: int = BODY_LINE_HEIGHT,
        page_break: bool = False,
        size: float = BODY_PT,
        bold: bool = False,
        italic: bool = False,
        colour: str = INK,
    ) -> int:
        rtl = self.is_rtl(text)
        number = self.block(
            block_format(
                top=top,
                bottom=bottom,
                line_height=line_height,
                rtl=rtl,
                page_break=page_break,
            )
        )
        self.text(text, fmt or char_format(size, bold=bold, italic=italic, colour=colour, rtl=rtl))
        return number

    def heading1(self, text: str, *, page_break: bool = False) -> None:
        number = self.paragraph(
            text,
            top=0.0 if page_break else 22.0,
            bottom=12.0,
            line_height=115,
            page_break=page_break,
            size=16.0,
            bold=True,
            colour=ACCENT,
        )
        self.layout.rules.append(Rule(number, ACCENT, 0.8, above=False, gap_pt=5.0))
        self.layout.keep_with_next.append(number)

    def heading2(self, text: str, *, top: float = 18.0) -> None:
        number = self.paragraph(
            text, top=top, bottom=6.0, line_height=120, size=12.0, bold=True, colour=ACCENT
        )
        self.layout.keep_with_next.append(number)

    def label(self, text: str, *, top: float = 6.0) -> None:
        """A small caps-style caption ("NOTE", "EVIDENCE") above a block of text."""
        number = self.paragraph(
            text.upper(),
            char_format(6.8, bold=True, colour=MUTED, spacing=108),
            top=top,
            bottom=1.5,
            line_height=120,
        )
        self.layout.keep_with_next.append(number)

    def markdown(self, source: str, *, size: float = BODY_PT, bottom: float = 4.0) -> None:
        """Insert Markdown as formatted paragraphs, each with its own direction."""
        scratch = QTextDocument()
        scratch.setMarkdown(source, MARKDOWN_FEATURES)
        drop_images(scratch)
        fragment = QTextDocumentFragment(scratch)
        self.block(block_format(bottom=bottom))
        start = self.cursor.position()
        self.cursor.insertFragment(fragment)
        end = self.cursor.position()
        self._style_range(start, end, size=size, bottom=bottom)

    def plain_paragraphs(self, text: str, *, size: float = BODY_PT, bottom: float = 4.0) -> None:
        for line in text.strip().splitlines() or [""]:
            if line.strip():
                self.paragraph(line.strip(), size=size, bottom=bottom)

    def _style_range(self, start: int, end: int, *, size: float, bottom: float) -> None:
        """Give imported Markdown the report's fonts, colours, spacing and direction."""
        block = self.doc.findBlock(start)
        while block.isValid() and block.position() <= end:
            rtl = self.is_rtl(block.text())
            block_format = QTextBlockFormat()
            block_format.setTopMargin(0.0)
            block_format.setBottomMargin(css(bottom))
            block_format.setLineHeight(
                RTL_LINE_HEIGHT if rtl else BODY_LINE_HEIGHT,
                QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
            )
            # Heading markers in a note are emphasis, not document structure.
            block_format.setHeadingLevel(0)
            set_direction(block_format, rtl)
            cursor = QTextCursor(block)
            cursor.mergeBlockFormat(block_format)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            run_format = QTextCharFormat()
            run_format.setFontFamilies([ARABIC_FAMILY, BODY_FAMILY] if rtl else REPORT_FAMILIES)
            run_format.setFontPointSize(size)
            run_format.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
            run_format.setForeground(QBrush(QColor(INK)))
            cursor.mergeCharFormat(run_format)
            block = block.next()

    def table(
        self,
        headers: list[str],
        rows: list[list[str]],
        widths: list[float],
        *,
        numeric: frozenset[int] = frozenset(),
        cell_style: Callable[[int, int], QTextCharFormat | None] | None = None,
        middle: bool = False,
        flush_left: bool = False,
    ) -> None:
        """A table with a shaded header row (repeated on each page) and hairline rows.

        `middle` centres cells vertically (captions beside larger values);
        `flush_left` aligns the first column with the text above the table.
        """
        table_format = QTextTableFormat()
        table_format.setBorder(0)
        table_format.setBorderCollapse(True)
        table_format.setCellSpacing(0)
        table_format.setCellPadding(0)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        # Qt lays a table's columns out left to right whatever its direction: in a right-to-left
        # report the columns are placed in reverse, so the first one (a caption, a number) is
        # at the right. `logical` maps a placed column back to the caller's.
        columns = len(widths)

        def logical(column: int) -> int:
            return columns - 1 - column if self.rtl else column

        placed_widths = [widths[logical(column)] for column in range(columns)]
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, width) for width in placed_widths]
        )
        table_format.setHeaderRowCount(1 if headers else 0)
        table_format.setTopMargin(css(4))
        table_format.setBottomMargin(css(10))
        if self._first_block:
            self._first_block = False
        all_rows = [headers, *rows] if headers else rows
        table = self.cursor.insertTable(len(all_rows), columns, table_format)
        for row_index, row in enumerate(all_rows):
            header = bool(headers) and row_index == 0
            data_row = row_index - 1 if headers else row_index
            for column in range(columns):
                value = row[logical(column)]
                cell = table.cellAt(row_index, column)
                cell_format = QTextTableCellFormat()
                cell_format.setTopPadding(css(4.5 if header else 5))
                cell_format.setBottomPadding(css(4.5 if header else 5))
                flush = flush_left and logical(column) == 0
                cell_format.setLeftPadding(0 if flush and not self.rtl else css(6))
                if middle:
                    cell_format.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
                cell_format.setRightPadding(0 if flush and self.rtl else css(6))
                cell_format.setBorder(0)
                cell_format.setBottomBorder(css(0.8 if header else 0.5))
                cell_format.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                cell_format.setBottomBorderBrush(QBrush(QColor(RULE if header else HAIRLINE)))
                if header:
                    cell_format.setBackground(QBrush(QColor(TABLE_HEAD_BG)))
                cell.setFormat(cell_format)
                cell_cursor = cell.firstCursorPosition()
                rtl = self.is_rtl(value)
                cell_block = block_format(line_height=125, rtl=rtl)
                if (logical(column) in numeric and not rtl) or (self.rtl and not rtl):
                    # Numbers line up on the right; so does Latin text in an Arabic table.
                    cell_block.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
                cell_cursor.setBlockFormat(cell_block)
                style = cell_style(data_row, logical(column)) if cell_style and not header else None
                fmt = style or (
                    char_format(7.8, bold=True, colour=MUTED, spacing=104)
                    if header
                    else char_format(8.6, rtl=rtl)
                )
                cell_cursor.insertText(value.upper() if header else value, fmt)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def chart(self) -> None:
        # The chart is painted after layout into the space this block reserves,
        # so it stays vector graphics with real, searchable text.
        # A hairline-high paragraph whose bottom margin is the chart: margins
        # scale predictably, unlike fixed line heights.
        fmt = block_format(
            top=4.0, bottom=CHART_GAP + chart.chart_height_pt(self.report.counts()), line_height=100
        )
        number = self.block(fmt)
        self.text("\u00a0", char_format(1.0))
        self.layout.chart_blocks.append(number)
        self.layout.keep_with_next.append(number)


def drop_images(document: QTextDocument) -> None:
    """Replace Markdown images by their address, as text: a report never
    loads files or URLs named inside a note."""
    block = document.begin()
    replacements: list[tuple[int, int, str]] = []
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                name = fragment.charFormat().toImageFormat().name()
                replacements.append((fragment.position(), fragment.length(), f"[{name}]"))
            iterator += 1
        block = block.next()
    for position, length, text in reversed(replacements):
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text, QTextCharFormat())
