"""Painting the paginated report: status pills, rules and the chart behind the
text, and each page's header and footer."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextDocument, QTextLine

from fieldguide.i18n import _
from fieldguide.reports import chart
from fieldguide.reports.common import classification_marking, format_date, right_to_left, status_colours
from fieldguide.reports.fonts import report_font
from fieldguide.reports.model import Report
from fieldguide.reports.pdf.blocks import Layout, Rule
from fieldguide.reports.pdf.paginate import Page, first_line_top, last_line_bottom, page_of
from fieldguide.reports.pdf.style import (
    CHART_GAP,
    FOOTER_BASELINE,
    FOOTER_RULE,
    HEADER_BASELINE,
    HEADER_RULE,
    MARGIN_X,
    MARKING_COLOURS,
    MARKING_DEFAULT_COLOUR,
    MUTED,
    RULE,
    UNIT,
    pt,
)


def _cursor_x(line: QTextLine, position: int) -> float:
    # PySide6 returns (x, position) from cursorToX but types it as object.
    x, _ = cast("tuple[float, int]", line.cursorToX(position))
    return x


def decorations(
    document: QTextDocument, layout: Layout, page: Page, counts: dict[str, dict[str, int]]
) -> dict[int, list[Callable[[QPainter], None]]]:
    """Pill backgrounds, rules and charts, bucketed by page, in document coordinates."""
    by_page: dict[int, list[Callable[[QPainter], None]]] = {}
    height = page.body_height

    def add(y: float, draw: Callable[[QPainter], None]) -> None:
        by_page.setdefault(page_of(y, height), []).append(draw)

    pill_font = report_font(6.8, bold=True)
    metrics = QFontMetricsF(pill_font, document.documentLayout().paintDevice())
    for pill in layout.pills:
        block = document.findBlockByNumber(pill.block_number)
        text_layout = block.layout()
        line = text_layout.lineForTextPosition(pill.start)
        if not line.isValid():
            continue
        origin = text_layout.position()
        x1 = origin.x() + _cursor_x(line, pill.start)
        x2 = origin.x() + _cursor_x(line, pill.start + pill.length)
        baseline = origin.y() + line.y() + line.ascent()
        cap = metrics.capHeight()
        pad = pt(3.0)
        rect = QRectF(min(x1, x2), baseline - cap - pad, abs(x2 - x1), cap + 2 * pad)
        background = status_colours(pill.status)[1]

        def draw_pill(painter: QPainter, rect: QRectF = rect, colour: str = background) -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)

        add(rect.center().y(), draw_pill)

    for rule in layout.rules:
        block = document.findBlockByNumber(rule.block_number)
        if rule.above:
            text_top = first_line_top(document, block)
            y = text_top - pt(rule.gap_pt)
            # A rule that would land at the foot of the previous page separates
            # nothing there; the page break already does.
            if page_of(y, height) != page_of(text_top, height):
                continue
        else:
            y = last_line_bottom(document, block) + pt(rule.gap_pt)

        def draw_rule(painter: QPainter, y: float = y, rule: Rule = rule) -> None:
            pen = QPen(QColor(rule.colour))
            pen.setWidthF(pt(rule.width_pt))
            painter.setPen(pen)
            painter.drawLine(QPointF(0, y), QPointF(page.body.width(), y))

        add(y, draw_rule)

    for number in layout.chart_blocks:
        block = document.findBlockByNumber(number)
        chart_height = pt(chart.chart_height_pt(counts))
        top = last_line_bottom(document, block) + pt(CHART_GAP / 2)
        rect = QRectF(0, top, min(page.body.width(), pt(470)), chart_height)

        def draw_chart(painter: QPainter, rect: QRectF = rect) -> None:
            chart.paint_status_chart(painter, rect, counts, UNIT)

        add(top + 1, draw_chart)
    return by_page


def paint_furniture(painter: QPainter, report: Report, page: Page, number: int, total: int) -> None:
    """Header and footer: the classification at the top and bottom of every
    page, as marking rules require, and "Page N of M"."""
    marking = classification_marking(report.classification)
    # The title and the date start the line, the page number ends it: mirrored in Arabic.
    start, end = ("right", "left") if right_to_left() else ("left", "right")
    marking_colour = QColor(MARKING_COLOURS.get(report.classification, MARKING_DEFAULT_COLOUR))
    left = pt(MARGIN_X)
    width = page.width - 2 * left
    small = report_font(7.4)
    strong = report_font(7.6, bold=True)
    if not right_to_left():
        strong.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    device = painter.device()
    small_metrics = QFontMetricsF(small, device)

    rule_pen = QPen(QColor(RULE))
    rule_pen.setWidthF(pt(0.6))

    header_y = pt(HEADER_BASELINE)
    painter.setFont(strong)
    painter.setPen(marking_colour)
    _draw_aligned(painter, QRectF(left, header_y - pt(12), width, pt(16)), marking, "centre")
    if number > 1:
        painter.setFont(small)
        painter.setPen(QColor(MUTED))
        title = small_metrics.elidedText(report.title, Qt.TextElideMode.ElideRight, width * 0.32)
        _draw_aligned(painter, QRectF(left, header_y - pt(12), width, pt(16)), title, start)
        if report.status == "draft":
            _draw_aligned(painter, QRectF(left, header_y - pt(12), width, pt(16)), _("Draft"), end)
    painter.setPen(rule_pen)
    painter.drawLine(QPointF(left, pt(HEADER_RULE)), QPointF(left + width, pt(HEADER_RULE)))

    footer_rule = page.height - pt(FOOTER_RULE)
    painter.drawLine(QPointF(left, footer_rule), QPointF(left + width, footer_rule))
    footer_y = page.height - pt(FOOTER_BASELINE)
    band = QRectF(left, footer_y - pt(12), width, pt(16))
    painter.setFont(small)
    painter.setPen(QColor(MUTED))
    _draw_aligned(painter, band, _("Exported %s") % format_date(report.exported_at.date()), start)
    _draw_aligned(painter, band, _("Page %s of %s") % (number, total), end)
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
