"""A scroll area for panels that may be shorter than their content, never narrower.

On a small screen a panel's content scrolls vertically instead of making the
window taller; across, it keeps its content's minimum width (nothing is cut
off at the side, and no horizontal scroll bar appears on a text panel).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

PREFERRED_HEIGHT = 220  # pixels a scrolling panel asks for; it grows into any room there is


class VerticalScrollArea(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = content.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(width, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        """Ask for a modest height: the panel takes what its layout gives it and scrolls the
        rest, so a long item never makes the page around it scroll."""
        hint = super().sizeHint()
        content = self.widget()
        if content is None:
            return hint
        return QSize(
            max(hint.width(), self.minimumSizeHint().width()),
            min(content.sizeHint().height(), PREFERRED_HEIGHT),
        )
