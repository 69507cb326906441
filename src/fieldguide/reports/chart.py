"""The status chart, drawn with QPainter so PDF gets vectors and DOCX a PNG.

QtGui only: it must work headless (QT_QPA_PLATFORM=offscreen) and without
QtWidgets.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from fieldguide.reports.common import kind_heading, right_to_left, status_colours, status_label
from fieldguide.reports.fonts import ensure_gui_application, register_fonts, report_font

# Geometry in points (1/72 in); scaled to the device when painting.
# One row per item kind: its name above a stacked bar, the counts in words below.
ROW_HEIGHT = 46.0
BAR_HEIGHT = 10.0
TEXT_HEIGHT = 13.0
TRACK_COLOUR = "#EEF0F3"
TEXT_COLOUR = "#1F2933"
MUTED_COLOUR = "#5F6B7A"

Counts = dict[str, dict[str, int]]


def chart_height_pt(counts: Counts) -> float:
    return max(len(counts), 1) * ROW_HEIGHT


def paint_status_chart(painter: QPainter, rect: QRectF, counts: Counts, unit: float) -> None:
    """Draw, inside `rect` (device units), one stacked bar per item kind on its own scale.

    `unit` is device units per point. Segments are shares of the kind's items in
    scale order, the gap last; the line below names every value with its count,
    so the chart reads in greyscale and without colour.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    heading_font = report_font(8.5, bold=True)
    legend_font = report_font(8.0)
    bar_h = BAR_HEIGHT * unit
    text_h = TEXT_HEIGHT * unit
    radius = 2.0 * unit
    rtl = right_to_left()
    for row, (kind, values) in enumerate(counts.items()):
        total = sum(values.values())
        top = rect.top() + row * ROW_HEIGHT * unit
        painter.setFont(heading_font)
        painter.setPen(QPen(QColor(TEXT_COLOUR)))
        # In an Arabic report the bars grow from the right, under right-aligned words.
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        align = int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(
            QRectF(rect.left(), top, rect.width(), text_h), align, kind_heading(kind, total).capitalize()
        )
        track = QRectF(rect.left(), top + text_h + 2 * unit, rect.width(), bar_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TRACK_COLOUR))
        painter.drawRoundedRect(track, radius, radius)
        offset = 0.0
        for value, count in values.items():
            if not total or not count:
                continue
            width = track.width() * count / total
            left = track.right() - offset - width if rtl else track.left() + offset
            painter.setBrush(QColor(status_colours(value)[0]))
            painter.drawRect(QRectF(left, track.top(), width, bar_h))
            offset += width
        painter.setFont(legend_font)
        painter.setPen(QPen(QColor(MUTED_COLOUR)))
        legend = "  ·  ".join(f"{status_label(value, kind)} {count}" for value, count in values.items())
        painter.drawText(QRectF(rect.left(), track.bottom() + 2 * unit, rect.width(), text_h), align, legend)
    painter.restore()


def status_chart_png(counts: Counts, width_pt: float = 440.0, dpi: int = 200) -> bytes:
    """The chart as PNG bytes, for formats that take images (DOCX)."""
    ensure_gui_application()
    register_fonts()
    unit = dpi / 72.0
    image = QImage(round(width_pt * unit), round(chart_height_pt(counts) * unit), QImage.Format.Format_ARGB32)
    dots_per_metre = round(dpi / 0.0254)
    # Fonts are sized in points, so the image must know its resolution.
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paint_status_chart(painter, QRectF(0, 0, image.width(), image.height()), counts, unit)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs say bytes; PySide6 only accepts str here at run time.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())
