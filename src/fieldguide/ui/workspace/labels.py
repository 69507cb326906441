"""Words and colours for statuses, confidences, kinds and classifications, translated through Qt.

Each label is a literal inside `translate()` so that `lupdate` finds it.
Status colours are mid-tones: white text reads on them, and they stand out on
both a light and a dark window background.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from fieldguide.assessments.scales import ALL_VALUES, NOT_ASSESSED, QUESTION, kind_of, tone


def _t(text: str) -> str:
    return QCoreApplication.translate("Assessment", text)


def status_label(status: str, kind: str | None = None) -> str:
    """A value of an item kind's scale in words; the gap reads "Not yet" on a question."""
    if status == NOT_ASSESSED and kind_of(kind) == QUESTION:
        return _t("Not yet")
    return {
        "met": _t("Met"),
        "partly-met": _t("Partly met"),
        "not-met": _t("Not met"),
        "not-applicable": _t("Not applicable"),
        "answered": _t("Answered"),
        "done": _t("Done"),
        "under-way": _t("Under way"),
        "not-started": _t("Not started"),
        "applied": _t("Applied"),
        "not-applied": _t("Not applied"),
        "not-relevant": _t("Not relevant"),
        "not-assessed": _t("Not assessed"),
    }.get(status, status)


def confidence_label(confidence: str | None) -> str:
    return {"low": _t("Low"), "medium": _t("Medium"), "high": _t("High")}.get(confidence or "", "—")


def kind_label(kind: str) -> str:
    return {
        "question": _t("Question"),
        "tip": _t("Tip"),
        "step": _t("Step"),
        "criterion": _t("Criterion"),
    }.get(kind, kind.capitalize())


def classification_label(classification: str) -> str:
    return {
        "unclassified": _t("Unclassified"),
        "confidential": _t("Confidential"),
        "strictly-confidential": _t("Strictly confidential"),
    }.get(classification, classification)


# By what a value says (scales.tone), so "done" and "met" share a colour.
TONE_COLOURS = {
    "positive": "#2F7D4A",
    "partial": "#9C6400",
    "negative": "#B3372E",
    "not-relevant": "#5E6B78",
    "not-assessed": "#6B7280",
}
STATUS_COLOURS = {status: TONE_COLOURS[tone(status)] for status in ALL_VALUES}


def status_colour(status: str, palette: QPalette | None = None) -> QColor:
    """The status's colour; "not assessed" is a faint tone of the text colour, so it reads as empty."""
    if status == NOT_ASSESSED and palette is not None:
        colour = QColor(palette.color(QPalette.ColorRole.WindowText))
        colour.setAlpha(70)
        return colour
    return QColor(STATUS_COLOURS.get(status, "#6B7280"))


_icons: dict[tuple[str, int], QIcon] = {}


def status_icon(status: str, size: int = 12) -> QIcon:
    """A filled dot for a judgement, a ring for an item not yet assessed."""
    key = (status, size)
    if key not in _icons:
        pixmap = QPixmap(size * 2, size * 2)  # drawn at 2x so it stays crisp on high-DPI screens
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(STATUS_COLOURS.get(status, "#6B7280"))
        inset = size * 0.18
        if status == NOT_ASSESSED:
            pen = painter.pen()
            pen.setColor(colour)
            pen.setWidthF(1.4)
            painter.setPen(pen)
            painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
        else:
            painter.setPen(colour)
            painter.setBrush(colour)
            painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
        painter.end()
        _icons[key] = QIcon(pixmap)
    return _icons[key]


def muted(widget: QWidget) -> None:
    """Secondary text: the palette's placeholder colour, which themes keep readable."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.PlaceholderText))
    widget.setPalette(palette)
