"""The PDF report's page furniture, type and paragraph formats, in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPageSize,
    QTextBlockFormat,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from fieldguide.i18n import right_to_left
from fieldguide.reports.fonts import ARABIC_FAMILY, BODY_FAMILY, REPORT_FAMILIES

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


def pt(value: float) -> float:
    """Points to device pixels: for positions the painter and layout report."""
    return value * UNIT


def css(value: float) -> float:
    """Points to format units. Qt scales margins, paddings, borders and fixed
    line heights in text formats from 96 dpi to the device, like CSS pixels."""
    return value * 96.0 / 72.0


def char_format(
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
    # Letter-spacing is for Latin capitals: spaced Arabic letters break apart from their joins.
    if spacing is not None and not (rtl or right_to_left()):
        fmt.setFontLetterSpacingType(QFont.SpacingType.PercentageSpacing)
        fmt.setFontLetterSpacing(spacing)
    return fmt


def block_format(
    *,
    top: float = 0.0,
    bottom: float = 0.0,
    line_height: int = BODY_LINE_HEIGHT,
    rtl: bool = False,
    page_break: bool = False,
) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(css(top))
    fmt.setBottomMargin(css(bottom))
    if rtl:
        line_height = max(100, round(line_height * RTL_LINE_HEIGHT / BODY_LINE_HEIGHT))
    fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    set_direction(fmt, rtl)
    if page_break:
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    return fmt


def set_direction(fmt: QTextBlockFormat, rtl: bool) -> None:
    if rtl:
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        fmt.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    else:
        fmt.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
