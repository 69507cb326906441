"""Assessment report as PDF, laid out with QTextDocument and painted page by page.

QtGui only (QPdfWriter, QTextDocument, QPainter), never QtWidgets, so it runs
headless under QT_QPA_PLATFORM=offscreen in tests, CI and worker processes.

The document body is one QTextDocument paginated to the page's text area.
Everything Qt's text layout cannot do (headers and footers with "Page N of M",
the vector bar chart, rounded status labels, hairlines between items, keeping
a heading with what follows it) is done after layout, from the positions the
layout reports.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import math
import re
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
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

from fieldguide import __version__
from fieldguide.reports import chart
from fieldguide.reports.common import (
    ACTION_COLUMNS,
    STATUS_COLOURS,
    STATUS_ORDER,
    action_rows,
    apply_options,
    checklist_counts,
    citation_text,
    classification_marking,
    confidence_label,
    cover_rows,
    document_author,
    document_subject,
    first_strong_direction,
    format_date,
    grouped_items,
    plural,
    status_label,
)
from fieldguide.reports.fonts import (
    ARABIC_FAMILY,
    BODY_FAMILY,
    REPORT_FAMILIES,
    ensure_gui_application,
    register_fonts,
    report_font,
)
from fieldguide.reports.model import Report, ReportChecklist, ReportItem

# Layout resolution. Coordinates in the document are device pixels at this
# resolution; 300 dpi keeps sub-point positioning exact without bloating output.
DPI = 300
UNIT = DPI / 72.0  # device pixels per point

# Page furniture, in points.
MARGIN_X = 62.0
MARGIN_TOP = 74.0
MARGIN_BOTTOM = 70.0
HEADER_BASELINE = 40.0
HEADER_RULE = 48.0
FOOTER_RULE = 46.0  # from the bottom edge
FOOTER_BASELINE = 32.0  # from the bottom edge

# A restrained palette: near-black text, one navy accent, greys for structure.
INK = "#1F2933"
MUTED = "#5F6B7A"
ACCENT = "#1F3A5F"
RULE = "#D5DAE1"
HAIRLINE = "#E4E7EB"
TABLE_HEAD_BG = "#F1F3F6"
MARKING_COLOURS = {"unclassified": MUTED}
MARKING_DEFAULT_COLOUR = "#A3322B"

BODY_PT = 9.5
CHART_GAP = 12.0  # points of air around the chart
BODY_LINE_HEIGHT = 135  # percent
# Noto Sans Arabic's line box is already tall (room for marks above and below
# letters), so the same proportional spacing would double-space Arabic.
RTL_LINE_HEIGHT = 112

# Raw HTML in a note is shown as typed, never interpreted: an <img> pointing at
# a local file would otherwise be read from disk and printed into the report.
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)

PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def _pt(value: float) -> float:
    """Points to device pixels: for positions the painter and layout report."""
    return value * UNIT


def _css(value: float) -> float:
    """Points to format units. Qt scales margins, paddings, borders and fixed
    line heights in text formats from 96 dpi to the device, like CSS pixels."""
    return value * 96.0 / 72.0


@dataclasses.dataclass
class _Pill:
    block_number: int
    start: int  # offset in the block
    length: int
    status: str


@dataclasses.dataclass
class _Rule:
    block_number: int
    colour: str
    width_pt: float
    above: bool  # above the block's first line, else below its last line
    gap_pt: float  # distance from the text


@dataclasses.dataclass
class _Layout:
    """What the painter needs besides the document itself."""

    pills: list[_Pill] = dataclasses.field(default_factory=list)
    rules: list[_Rule] = dataclasses.field(default_factory=list)
    chart_blocks: list[int] = dataclasses.field(default_factory=list)
    keep_with_next: list[int] = dataclasses.field(default_factory=list)


def _char_format(
    size: float = BODY_PT,
    *,
    bold: bool = False,
    italic: bool = False,
    colour: str = INK,
    rtl: bool = False,
    spacing: float | None = None,
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    # Arabic paragraphs list the Arabic face first so their spaces and
    # punctuation come from the same font as the letters around them.
    fmt.setFontFamilies([ARABIC_FAMILY, BODY_FAMILY] if rtl else REPORT_FAMILIES)
    fmt.setFontPointSize(size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    fmt.setForeground(QBrush(QColor(colour)))
    if spacing is not None:
        fmt.setFontLetterSpacingType(QFont.SpacingType.PercentageSpacing)
        fmt.setFontLetterSpacing(spacing)
    return fmt


def _block_format(
    *,
    top: float = 0.0,
    bottom: float = 0.0,
    line_height: int = BODY_LINE_HEIGHT,
    rtl: bool = False,
    page_break: bool = False,
) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(_css(top))
    fmt.setBottomMargin(_css(bottom))
    if rtl:
        line_height = max(100, round(line_height * RTL_LINE_HEIGHT / BODY_LINE_HEIGHT))
    fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    _set_direction(fmt, rtl)
    if page_break:
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    return fmt


def _set_direction(fmt: QTextBlockFormat, rtl: bool) -> None:
    if rtl:
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        fmt.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    else:
        fmt.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)


def _rtl(text: str) -> bool:
    return first_strong_direction(text) == "rtl"


class _Builder:
    """Fills a QTextDocument with the report, noting what to paint later."""

    def __init__(self, report: Report, document: QTextDocument) -> None:
        self.report = report
        self.doc = document
        self.cursor = QTextCursor(document)
        self.layout = _Layout()
        self._first_block = True

    # -- primitives -------------------------------------------------------

    def block(self, fmt: QTextBlockFormat, char_format: QTextCharFormat | None = None) -> int:
        """Start a new paragraph and return its block number."""
        if self._first_block:
            # A new document already has one empty block: use it.
            self.cursor.setBlockFormat(fmt)
            if char_format is not None:
                self.cursor.setBlockCharFormat(char_format)
            self._first_block = False
        else:
            self.cursor.insertBlock(fmt, char_format or QTextCharFormat())
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
        rtl = _rtl(text)
        number = self.block(
            _block_format(
                top=top,
                bottom=bottom,
                line_height=line_height,
                rtl=rtl,
                page_break=page_break,
            )
        )
        self.text(text, fmt or _char_format(size, bold=bold, italic=italic, colour=colour, rtl=rtl))
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
        self.layout.rules.append(_Rule(number, ACCENT, 0.8, above=False, gap_pt=5.0))
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
            _char_format(6.8, bold=True, colour=MUTED, spacing=108),
            top=top,
            bottom=1.5,
            line_height=120,
        )
        self.layout.keep_with_next.append(number)

    def markdown(self, source: str, *, size: float = BODY_PT, bottom: float = 4.0) -> None:
        """Insert Markdown as formatted paragraphs, each with its own direction."""
        scratch = QTextDocument()
        scratch.setMarkdown(source, MARKDOWN_FEATURES)
        _drop_images(scratch)
        fragment = QTextDocumentFragment(scratch)
        self.block(_block_format(bottom=bottom))
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
            rtl = _rtl(block.text())
            block_format = QTextBlockFormat()
            block_format.setTopMargin(0.0)
            block_format.setBottomMargin(_css(bottom))
            block_format.setLineHeight(
                RTL_LINE_HEIGHT if rtl else BODY_LINE_HEIGHT,
                QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
            )
            # Heading markers in a note are emphasis, not document structure.
            block_format.setHeadingLevel(0)
            _set_direction(block_format, rtl)
            cursor = QTextCursor(block)
            cursor.mergeBlockFormat(block_format)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            char_format = QTextCharFormat()
            char_format.setFontFamilies([ARABIC_FAMILY, BODY_FAMILY] if rtl else REPORT_FAMILIES)
            char_format.setFontPointSize(size)
            char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)
            char_format.setForeground(QBrush(QColor(INK)))
            cursor.mergeCharFormat(char_format)
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
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, width) for width in widths]
        )
        table_format.setHeaderRowCount(1 if headers else 0)
        table_format.setTopMargin(_css(4))
        table_format.setBottomMargin(_css(10))
        if self._first_block:
            self._first_block = False
        columns = len(widths)
        all_rows = [headers, *rows] if headers else rows
        table = self.cursor.insertTable(len(all_rows), columns, table_format)
        for row_index, row in enumerate(all_rows):
            header = bool(headers) and row_index == 0
            data_row = row_index - 1 if headers else row_index
            for column, value in enumerate(row):
                cell = table.cellAt(row_index, column)
                cell_format = QTextTableCellFormat()
                cell_format.setTopPadding(_css(4.5 if header else 5))
                cell_format.setBottomPadding(_css(4.5 if header else 5))
                cell_format.setLeftPadding(0 if flush_left and column == 0 else _css(6))
                if middle:
                    cell_format.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
                cell_format.setRightPadding(_css(6))
                cell_format.setBorder(0)
                cell_format.setBottomBorder(_css(0.8 if header else 0.5))
                cell_format.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                cell_format.setBottomBorderBrush(QBrush(QColor(RULE if header else HAIRLINE)))
                if header:
                    cell_format.setBackground(QBrush(QColor(TABLE_HEAD_BG)))
                cell.setFormat(cell_format)
                cell_cursor = cell.firstCursorPosition()
                rtl = _rtl(value)
                block_format = _block_format(line_height=125, rtl=rtl)
                if column in numeric and not rtl:
                    block_format.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
                cell_cursor.setBlockFormat(block_format)
                style = cell_style(data_row, column) if cell_style and not header else None
                fmt = style or (
                    _char_format(7.8, bold=True, colour=MUTED, spacing=104)
                    if header
                    else _char_format(8.6, rtl=rtl)
                )
                cell_cursor.insertText(value.upper() if header else value, fmt)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def chart(self) -> None:
        # The chart is painted after layout into the space this block reserves,
        # so it stays vector graphics with real, searchable text.
        # A hairline-high paragraph whose bottom margin is the chart: margins
        # scale predictably, unlike fixed line heights.
        fmt = _block_format(top=4.0, bottom=CHART_GAP + chart.chart_height_pt(), line_height=100)
        number = self.block(fmt)
        self.text("\u00a0", _char_format(1.0))
        self.layout.chart_blocks.append(number)
        self.layout.keep_with_next.append(number)

    # -- sections ---------------------------------------------------------

    def build(self) -> _Layout:
        self.cover()
        self.executive_summary()
        self.actions()
        for checklist in self.report.checklists:
            self.checklist(checklist)
        return self.layout

    def cover(self) -> None:
        report = self.report
        # Qt drops the top margin of a document's first paragraph, so a
        # fixed-height empty line pushes the title block down the page.
        spacer = _block_format(line_height=100)
        spacer.setLineHeight(_css(118), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        self.block(spacer)
        self.text("\u00a0", _char_format(4.0))
        number = self.paragraph(
            "Assessment report",
            _char_format(8.5, bold=True, colour=ACCENT, spacing=112),
            bottom=10.0,
        )
        # Capitals come from the font, so copied text keeps the words as written.
        cursor = QTextCursor(self.doc.findBlockByNumber(number))
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        caps = QTextCharFormat()
        caps.setFontCapitalization(QFont.Capitalization.AllUppercase)
        cursor.mergeCharFormat(caps)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.paragraph(
            report.title or "Untitled assessment",
            bottom=10.0,
            line_height=112,
            size=25.0,
            bold=True,
            colour=ACCENT,
        )
        subtitle = " · ".join(part for part in (report.country, report.mission) if part)
        if subtitle:
            self.paragraph(subtitle, bottom=0.0, line_height=125, size=13.0, colour=MUTED)
        self.paragraph("\u00a0", _char_format(4.0), top=26.0, bottom=0.0, line_height=100)

        rows: list[list[str]] = [[caption, value] for caption, value in cover_rows(report)]

        def style(row: int, column: int) -> QTextCharFormat | None:
            if column == 0:
                return _char_format(7.4, bold=True, colour=MUTED, spacing=106)
            if rows[row][0] == "Classification" and report.classification != "unclassified":
                return _char_format(10.0, bold=True, colour=MARKING_DEFAULT_COLOUR)
            return _char_format(10.0, rtl=_rtl(rows[row][1]))

        self.table(
            [],
            [[caption.upper(), value] for caption, value in rows],
            [28, 72],
            cell_style=style,
            middle=True,
            flush_left=True,
        )

        notes: list[str] = []
        if not report.options.include_notes:
            notes.append("Shareable summary: the advisers' notes and evidence are left out of this version.")
        if report.options.skip_unassessed:
            notes.append("Items not yet assessed are left out.")
        for index, note in enumerate(notes):
            self.paragraph(
                note, top=10.0 if index == 0 else 0.0, bottom=2.0, size=8.8, italic=True, colour=MUTED
            )

    def executive_summary(self) -> None:
        report = self.report
        self.heading1("Executive summary", page_break=True)
        counts = report.counts()
        total = sum(counts.values())
        assessed = total - counts.get("not-assessed", 0)
        share = f" ({round(100 * assessed / total)}%)" if total else ""
        lead = (
            f"This report covers {plural(total, 'item')} in "
            f"{plural(len(report.checklists), 'checklist')}. "
            f"{assessed} of them {'has' if assessed == 1 else 'have'} been assessed{share}: "
            + ", ".join(
                f"{counts.get(status, 0)} {status_label(status).lower()}"
                for status in STATUS_ORDER
                if status != "not-assessed"
            )
            + "."
        )
        self.paragraph(lead, bottom=6.0)
        self.chart()
        if len(report.checklists) > 0:
            self.heading2("By checklist", top=8.0)
            rows = []
            for checklist in report.checklists:
                by_status = checklist_counts(checklist)
                rows.append(
                    [checklist.title, str(len(checklist.items))]
                    + [str(by_status.get(status, 0)) for status in STATUS_ORDER]
                )
            self.table(
                ["Checklist", "Items", "Met", "Partly", "Not met", "N/A", "Not assessed"],
                rows,
                [36, 9, 9, 10, 11, 9, 16],
                numeric=frozenset(range(1, 7)),
            )
        if report.summary.strip():
            self.heading2("Assessment summary")
            self.markdown(report.summary)

    def actions(self) -> None:
        actions = self.report.actions
        self.heading1("Follow-up actions")
        if not actions:
            self.paragraph("No follow-up actions were recorded.", colour=MUTED, italic=True)
            return
        rows = action_rows(self.report)

        def style(row: int, column: int) -> QTextCharFormat | None:
            if column == 5:
                done = actions[row].done
                return _char_format(8.6, bold=not done, colour=MUTED if done else INK)
            if column in (0, 2):
                return _char_format(8.2, colour=MUTED, rtl=_rtl(rows[row][column]))
            return None

        self.table(
            ACTION_COLUMNS,
            rows,
            [5, 35, 25, 14, 11, 10],
            cell_style=style,
        )

    def checklist(self, checklist: ReportChecklist) -> None:
        self.heading1(checklist.title, page_break=True)
        counts = checklist_counts(checklist)
        if not checklist.items:
            self.paragraph("No items in this checklist.", colour=MUTED, italic=True)
            return
        summary = [plural(len(checklist.items), "item")] + [
            f"{counts[status]} {status_label(status).lower()}"
            for status in STATUS_ORDER
            if counts.get(status)
        ]
        self.paragraph(" · ".join(summary), size=8.5, colour=MUTED, bottom=4.0)
        for group, items in grouped_items(checklist.items):
            if group:
                self.heading2(group)
            for index, item in enumerate(items):
                self.item(item, first_in_group=index == 0)

    def item(self, item: ReportItem, *, first_in_group: bool) -> None:
        title = self.paragraph(item.text, top=12.0, bottom=3.0, line_height=128, size=10.2, bold=True)
        if not first_in_group:
            self.layout.rules.append(_Rule(title, HAIRLINE, 0.6, above=True, gap_pt=7.0))
        self.layout.keep_with_next.append(title)

        meta = self.block(_block_format(bottom=2.0, line_height=150))
        start = self.cursor.positionInBlock()
        label = f"\u00a0{status_label(item.status).upper()}\u00a0"
        foreground = STATUS_COLOURS.get(item.status, (MUTED, TABLE_HEAD_BG))[0]
        self.text(label, _char_format(6.8, bold=True, colour=foreground, spacing=106))
        self.layout.pills.append(_Pill(meta, start, len(label), item.status))
        details = []
        if item.confidence:
            details.append(f"Confidence: {confidence_label(item.confidence)}")
        details.append(item.item_id)
        if item.kind and item.kind != "question":
            details.append(item.kind.capitalize())
        if item.retired:
            details.append("Retired from the checklist")
        self.text("\u2003" + "  ·  ".join(details), _char_format(8.2, colour=MUTED))
        if item.note.strip() or item.evidence.strip():
            self.layout.keep_with_next.append(meta)

        if item.note.strip():
            self.label("Note")
            self.markdown(item.note)
        if item.evidence.strip():
            self.label("Evidence")
            self.plain_paragraphs(item.evidence)
        source = citation_text(item)
        if item.guidance_title and source:
            source = f"{item.guidance_title} — {source}"
        elif item.guidance_title:
            source = item.guidance_title
        if source:
            self.paragraph(f"Source: {source}", top=3.0, bottom=2.0, size=7.8, italic=True, colour=MUTED)


def _drop_images(document: QTextDocument) -> None:
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


# -- pagination and painting ---------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Page:
    width: float  # device pixels
    height: float
    body: QRectF  # the text area, device pixels

    @property
    def body_height(self) -> float:
        return self.body.height()


def _page_geometry(paper: str) -> tuple[QPageSize, _Page]:
    size = QPageSize(PAPER_SIZES.get(paper.lower(), QPageSize.PageSizeId.A4))
    points = size.sizePoints()
    width, height = _pt(points.width()), _pt(points.height())
    body = QRectF(
        _pt(MARGIN_X),
        _pt(MARGIN_TOP),
        width - 2 * _pt(MARGIN_X),
        height - _pt(MARGIN_TOP) - _pt(MARGIN_BOTTOM),
    )
    return size, _Page(width, height, body)


def _first_line_top(document: QTextDocument, block: QTextBlock) -> float:
    layout = block.layout()
    if layout.lineCount() == 0:
        return document.documentLayout().blockBoundingRect(block).top()
    return layout.position().y() + layout.lineAt(0).y()


def _last_line_bottom(document: QTextDocument, block: QTextBlock) -> float:
    layout = block.layout()
    if layout.lineCount() == 0:
        return document.documentLayout().blockBoundingRect(block).bottom()
    line = layout.lineAt(layout.lineCount() - 1)
    return layout.position().y() + line.y() + line.height()


def _page_of(y: float, page_height: float) -> int:
    # Layout positions carry float noise: a line that starts a page may report
    # a hair above the boundary. One device pixel (1/300 in) absorbs it.
    return math.floor((y + 1.0) / page_height)


def _keep_with_next(document: QTextDocument, numbers: list[int], page_height: float) -> None:
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
        page = _page_of(_last_line_bottom(document, block) - 2.0, page_height)
        if _page_of(_first_line_top(document, following), page_height) <= page:
            continue
        first = block
        previous = first.previous()
        while (
            previous.isValid()
            and previous.blockNumber() in keep
            and _page_of(_last_line_bottom(document, previous) - 2.0, page_height) == page
        ):
            first = previous
            previous = first.previous()
        if abs(_first_line_top(document, first) - page * page_height) < 1.0:
            continue  # already at the top of a page: a break would not help
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(first).mergeBlockFormat(fmt)


def _decorations(
    document: QTextDocument, layout: _Layout, page: _Page, counts: dict[str, int]
) -> dict[int, list[Callable[[QPainter], None]]]:
    """Pill backgrounds, rules and charts, bucketed by page, in document coordinates."""
    by_page: dict[int, list[Callable[[QPainter], None]]] = {}
    height = page.body_height

    def add(y: float, draw: Callable[[QPainter], None]) -> None:
        by_page.setdefault(_page_of(y, height), []).append(draw)

    pill_font = report_font(6.8, bold=True)
    metrics = QFontMetricsF(pill_font, document.documentLayout().paintDevice())
    for pill in layout.pills:
        block = document.findBlockByNumber(pill.block_number)
        text_layout = block.layout()
        line = text_layout.lineForTextPosition(pill.start)
        if not line.isValid():
            continue
        origin = text_layout.position()
        x1 = origin.x() + line.cursorToX(pill.start)[0]
        x2 = origin.x() + line.cursorToX(pill.start + pill.length)[0]
        baseline = origin.y() + line.y() + line.ascent()
        cap = metrics.capHeight()
        pad = _pt(3.0)
        rect = QRectF(min(x1, x2), baseline - cap - pad, abs(x2 - x1), cap + 2 * pad)
        background = STATUS_COLOURS.get(pill.status, (MUTED, TABLE_HEAD_BG))[1]

        def draw_pill(painter: QPainter, rect: QRectF = rect, colour: str = background) -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)

        add(rect.center().y(), draw_pill)

    for rule in layout.rules:
        block = document.findBlockByNumber(rule.block_number)
        if rule.above:
            text_top = _first_line_top(document, block)
            y = text_top - _pt(rule.gap_pt)
            # A rule that would land at the foot of the previous page separates
            # nothing there; the page break already does.
            if _page_of(y, height) != _page_of(text_top, height):
                continue
        else:
            y = _last_line_bottom(document, block) + _pt(rule.gap_pt)

        def draw_rule(painter: QPainter, y: float = y, rule: _Rule = rule) -> None:
            pen = QPen(QColor(rule.colour))
            pen.setWidthF(_pt(rule.width_pt))
            painter.setPen(pen)
            painter.drawLine(QPointF(0, y), QPointF(page.body.width(), y))

        add(y, draw_rule)

    for number in layout.chart_blocks:
        block = document.findBlockByNumber(number)
        chart_height = _pt(chart.chart_height_pt())
        top = _last_line_bottom(document, block) + _pt(CHART_GAP / 2)
        rect = QRectF(0, top, min(page.body.width(), _pt(470)), chart_height)

        def draw_chart(painter: QPainter, rect: QRectF = rect) -> None:
            chart.paint_status_chart(painter, rect, counts, UNIT)

        add(top + 1, draw_chart)
    return by_page


def _paint_furniture(painter: QPainter, report: Report, page: _Page, number: int, total: int) -> None:
    """Header and footer: the classification at the top and bottom of every
    page, as marking rules require, and "Page N of M"."""
    marking = classification_marking(report.classification)
    marking_colour = QColor(MARKING_COLOURS.get(report.classification, MARKING_DEFAULT_COLOUR))
    left = _pt(MARGIN_X)
    width = page.width - 2 * left
    small = report_font(7.4)
    strong = report_font(7.6, bold=True)
    strong.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    device = painter.device()
    small_metrics = QFontMetricsF(small, device)

    rule_pen = QPen(QColor(RULE))
    rule_pen.setWidthF(_pt(0.6))

    header_y = _pt(HEADER_BASELINE)
    painter.setFont(strong)
    painter.setPen(marking_colour)
    _draw_aligned(painter, QRectF(left, header_y - _pt(12), width, _pt(16)), marking, "centre")
    if number > 1:
        painter.setFont(small)
        painter.setPen(QColor(MUTED))
        title = small_metrics.elidedText(report.title, Qt.TextElideMode.ElideRight, width * 0.32)
        _draw_aligned(painter, QRectF(left, header_y - _pt(12), width, _pt(16)), title, "left")
        if report.status == "draft":
            _draw_aligned(painter, QRectF(left, header_y - _pt(12), width, _pt(16)), "Draft", "right")
    painter.setPen(rule_pen)
    painter.drawLine(QPointF(left, _pt(HEADER_RULE)), QPointF(left + width, _pt(HEADER_RULE)))

    footer_rule = page.height - _pt(FOOTER_RULE)
    painter.drawLine(QPointF(left, footer_rule), QPointF(left + width, footer_rule))
    footer_y = page.height - _pt(FOOTER_BASELINE)
    band = QRectF(left, footer_y - _pt(12), width, _pt(16))
    painter.setFont(small)
    painter.setPen(QColor(MUTED))
    _draw_aligned(painter, band, f"Exported {format_date(report.exported_at.date())}", "left")
    _draw_aligned(painter, band, f"Page {number} of {total}", "right")
    painter.setFont(strong)
    painter.setPen(marking_colour)
    _draw_aligned(painter, band, marking, "centre")


def _draw_aligned(painter: QPainter, rect: QRectF, text: str, where: str) -> None:
    horizontal = {
        "left": Qt.AlignmentFlag.AlignLeft,
        "right": Qt.AlignmentFlag.AlignRight,
        "centre": Qt.AlignmentFlag.AlignHCenter,
    }[where]
    painter.drawText(
        rect, int(horizontal | Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignAbsolute), text
    )


def _xmp(report: Report, created: dt.datetime) -> bytes:
    """XMP metadata matching the Info dictionary (Qt's own lacks the subject)."""
    stamp = created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    authors = "".join(f"<rdf:li>{escape(name)}</rdf:li>" for name in (report.assessors or ["Field Guide"]))
    return (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(report.title)}</rdf:li>'
        "</rdf:Alt></dc:title>"
        f"<dc:creator><rdf:Seq>{authors}</rdf:Seq></dc:creator>"
        '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
        f"{escape(document_subject(report))}</rdf:li></rdf:Alt></dc:description>"
        f"<xmp:CreatorTool>Field Guide {escape(__version__)}</xmp:CreatorTool>"
        f"<xmp:CreateDate>{stamp}</xmp:CreateDate><xmp:ModifyDate>{stamp}</xmp:ModifyDate>"
        "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    ).encode()


def _pdf_date(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("D:%Y%m%d%H%M%SZ")


def _update_info(data: bytes, info: dict[str, str]) -> bytes:
    """Rewrite the Info dictionary as an incremental update.

    Qt cannot set a subject. Appending a new version of the Info object (PDF
    incremental update) leaves every byte Qt wrote untouched, so the embedded
    fonts and page content cannot be disturbed, and costs nothing on a long
    report.
    """
    reader = PdfReader(io.BytesIO(data))
    trailer = reader.trailer
    root = trailer.raw_get("/Root")
    info_ref = trailer.raw_get("/Info")
    if not isinstance(root, IndirectObject):
        raise ValueError("PDF from Qt has no document catalogue")
    matches = list(re.finditer(rb"startxref\s+(\d+)", data[-1024:]))
    if not matches:
        raise ValueError("PDF from Qt has no cross-reference table")
    previous = int(matches[-1].group(1))
    if isinstance(info_ref, IndirectObject):
        info_number, generation = info_ref.idnum, info_ref.generation
        size = int(trailer["/Size"])
    else:
        info_number, generation = int(trailer["/Size"]), 0
        size = info_number + 1

    out = io.BytesIO()
    out.write(data)
    if not data.endswith(b"\n"):
        out.write(b"\n")
    offset = out.tell()
    dictionary = DictionaryObject({NameObject(key): TextStringObject(value) for key, value in info.items()})
    out.write(f"{info_number} {generation} obj\n".encode())
    dictionary.write_to_stream(out)
    out.write(b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n{info_number} 1\n{offset:010d} {generation:05d} n \n".encode())
    new_trailer = DictionaryObject(
        {
            NameObject("/Size"): NumberObject(size),
            NameObject("/Root"): root,
            NameObject("/Info"): IndirectObject(info_number, generation, reader),
            NameObject("/Prev"): NumberObject(previous),
        }
    )
    identifier = trailer.get("/ID")
    if isinstance(identifier, ArrayObject):
        new_trailer[NameObject("/ID")] = identifier
    out.write(b"trailer\n")
    new_trailer.write_to_stream(out)
    out.write(f"\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def render_pdf_bytes(report: Report) -> tuple[bytes, int]:
    """The report as PDF bytes, and its page count."""
    ensure_gui_application()
    register_fonts()
    shown = apply_options(report)
    page_size, page = _page_geometry(shown.options.paper)

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            page_size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Point,
        )
    )
    created = shown.exported_at if shown.exported_at.tzinfo else shown.exported_at.replace(tzinfo=dt.UTC)
    writer.setTitle(shown.title)
    writer.setCreator(f"Field Guide {__version__}")
    if hasattr(writer, "setAuthor"):  # Qt 6.8+
        writer.setAuthor(document_author(shown))
    writer.setDocumentXmpMetadata(QByteArray(_xmp(shown, created)))

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setUseDesignMetrics(True)
    document.setDefaultFont(report_font(BODY_PT))
    document.setPageSize(QSizeF(page.body.width(), page.body_height))
    layout = _Builder(shown, document).build()
    _keep_with_next(document, layout.keep_with_next, page.body_height)
    total = document.pageCount()
    decorations = _decorations(document, layout, page, shown.counts())

    palette = QPalette()
    # The app may run in dark mode; paper is white whatever the desktop says.
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("Qt could not start writing the PDF")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for index in range(total):
            if index:
                writer.newPage()
            _paint_furniture(painter, shown, page, index + 1, total)
            painter.save()
            top = index * page.body_height
            painter.translate(page.body.left(), page.body.top() - top)
            clip = QRectF(0, top, page.body.width(), page.body_height)
            painter.setClipRect(clip)
            for draw in decorations.get(index, []):
                painter.save()
                draw(painter)
                painter.restore()
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            context.palette = palette
            document.documentLayout().draw(painter, context)
            painter.restore()
    finally:
        painter.end()
    buffer.close()

    info = {
        "/Title": shown.title,
        "/Author": document_author(shown),
        "/Subject": document_subject(shown),
        "/Creator": f"Field Guide {__version__}",
        "/Producer": f"Field Guide {__version__} (Qt PDF writer, pypdf)",
        "/CreationDate": _pdf_date(created),
        "/ModDate": _pdf_date(created),
    }
    return _update_info(bytes(buffer.data().data()), info), total


def render_pdf(report: Report, path: Path) -> int:
    """Write the report as PDF to `path`; return the number of pages."""
    data, pages = render_pdf_bytes(report)
    with open(path, "wb") as handle:
        handle.write(data)
    return pages
