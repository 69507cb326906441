"""The assessment's statuses at a glance: one stacked bar and a legend with counts."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from fieldguide.assessments.model import STATUSES
from fieldguide.assessments.scales import NOT_ASSESSED
from fieldguide.ui.workspace.labels import status_colour, status_label

BAR_HEIGHT = 10.0
SWATCH = 9.0
GAP = 6.0
LEGEND_SPACING = 16.0


class StatusChart(QWidget):
    """Draws the counts by status; the legend says what the colours mean, in words and numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusChart")
        self._counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(200)

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def shown(self) -> list[str]:
        """The values the legend names: those given at least once, and the gap."""
        return [s for s in STATUSES if self._counts[s] or s == NOT_ASSESSED]

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = {status: int(counts.get(status, 0)) for status in STATUSES}
        total = sum(self._counts.values())
        self.setToolTip(
            "\n".join(f"{status_label(s)}: {self._counts[s]}" for s in self.shown())
            + ("" if total else "\n" + self.tr("No items"))
        )
        self.setAccessibleDescription(self.toolTip().replace("\n", "; "))
        self.update()

    def legend_text(self, status: str) -> str:
        return self.tr("%1 %2").replace("%1", status_label(status)).replace("%2", str(self._counts[status]))

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(420, int(BAR_HEIGHT + GAP + line * 2 + GAP))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        total = sum(self._counts.values())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        # The bar: one segment per status in reading order, in a rounded track.
        bar = QRectF(rect.left(), rect.top(), rect.width(), BAR_HEIGHT)
        clip = QPainterPath()
        clip.addRoundedRect(bar, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        painter.save()
        painter.setClipPath(clip)
        painter.fillRect(bar, status_colour("not-assessed", palette))
        if total:
            offset = 0.0
            for status in self.shown():
                width = bar.width() * self._counts[status] / total
                if width <= 0:
                    continue
                left = bar.right() - offset - width if rtl else bar.left() + offset
                painter.fillRect(QRectF(left, bar.top(), width, bar.height()), status_colour(status, palette))
                offset += width
        painter.restore()

        # The legend, wrapping onto a second line when the widget is narrow.
        metrics = QFontMetricsF(self.font())
        line_height = metrics.height()
        x = 0.0
        y = bar.bottom() + GAP
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for status in self.shown():
            text = self.legend_text(status)
            width = SWATCH + 4 + metrics.horizontalAdvance(text)
            if x > 0 and x + width > rect.width():
                x, y = 0.0, y + line_height
            left = rect.right() - x - width if rtl else rect.left() + x
            swatch_left = left + width - SWATCH if rtl else left
            swatch = QRectF(swatch_left, y + (line_height - SWATCH) / 2, SWATCH, SWATCH)
            painter.setBrush(status_colour(status, palette))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(swatch, 2, 2)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text_left = left if rtl else left + SWATCH + 4
            painter.drawText(
                QRectF(text_left, y, width - SWATCH - 4, line_height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading),
                text,
            )
            x += width + LEGEND_SPACING
        painter.end()
