"""The status bar chart, drawn with QPainter so PDF gets vectors and DOCX a PNG.

QtGui only: it must work headless (QT_QPA_PLATFORM=offscreen) and without
QtWidgets.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen

from fieldguide.reports.common import STATUS_COLOURS, STATUS_ORDER, status_label
from fieldguide.reports.fonts import ensure_gui_application, register_fonts, report_font

# Geometry in points (1/72 in); scaled to the device when painting.
ROW_HEIGHT = 20.0
BAR_HEIGHT = 10.0
LABEL_WIDTH = 92.0
VALUE_WIDTH = 64.0
GAP = 8.0
TRACK_COLOUR = "#EEF0F3"
TEXT_COLOUR = "#1F2933"
MUTED_COLOUR = "#5F6B7A"


def chart_height_pt(rows: int = len(STATUS_ORDER)) -> float:
    return rows * ROW_HEIGHT


def paint_status_chart(painter: QPainter, rect: QRectF, counts: dict[str, int], unit: float) -> None:
    """Draw one horizontal bar per status inside `rect` (device units).

    `unit` is device units per point. Bars are the share of all items, on a
    light full-width track, so an 8-of-10 bar looks like 80 % and not like the
    longest bar in the chart.
    """
    total = sum(counts.get(status, 0) for status in STATUS_ORDER)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    label_font = report_font(8.5)
    value_font = report_font(8.5, bold=True)
    metrics = QFontMetricsF(value_font, painter.device())
    row_h = ROW_HEIGHT * unit
    bar_h = BAR_HEIGHT * unit
    label_w = LABEL_WIDTH * unit
    value_w = VALUE_WIDTH * unit
    gap = GAP * unit
    bar_left = rect.left() + label_w + gap
    bar_width = max(rect.width() - label_w - value_w - 2 * gap, 10 * unit)
    radius = 2.0 * unit
    for row, status in enumerate(STATUS_ORDER):
        count = counts.get(status, 0)
        top = rect.top() + row * row_h
        centre_y = top + row_h / 2
        painter.setFont(label_font)
        painter.setPen(QPen(QColor(TEXT_COLOUR)))
        painter.drawText(
            QRectF(rect.left(), top, label_w, row_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            status_label(status),
        )
        track = QRectF(bar_left, centre_y - bar_h / 2, bar_width, bar_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TRACK_COLOUR))
        painter.drawRoundedRect(track, radius, radius)
        if total and count:
            # A sliver stays visible for 1 of 500 rather than vanishing.
            width = max(bar_width * count / total, 2 * radius)
            painter.setBrush(QColor(STATUS_COLOURS[status][0]))
            painter.drawRoundedRect(QRectF(track.left(), track.top(), width, bar_h), radius, radius)
        share = f"{round(100 * count / total)}%" if total else "–"
        painter.setFont(value_font)
        painter.setPen(QPen(QColor(TEXT_COLOUR)))
        value_rect = QRectF(bar_left + bar_width + gap, top, value_w, row_h)
        count_text = str(count)
        painter.drawText(
            value_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), count_text
        )
        painter.setFont(label_font)
        painter.setPen(QPen(QColor(MUTED_COLOUR)))
        painter.drawText(
            value_rect.adjusted(metrics.horizontalAdvance("0000"), 0, 0, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            share,
        )
    painter.restore()


def status_chart_png(counts: dict[str, int], width_pt: float = 440.0, dpi: int = 200) -> bytes:
    """The chart as PNG bytes, for formats that take images (DOCX)."""
    ensure_gui_application()
    register_fonts()
    unit = dpi / 72.0
    image = QImage(round(width_pt * unit), round(chart_height_pt() * unit), QImage.Format.Format_ARGB32)
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
