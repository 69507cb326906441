"""A layout that places widgets in a row and wraps onto the next line when the row is full.

Used where a row of buttons would otherwise set a minimum width wider than a
small laptop's screen (the status buttons of a five-value scale in French).
Follows the layout direction, so a right-to-left window fills rows from the right.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def reorder(self, widgets: list[QWidget]) -> None:
        """Place these widgets first, in this order (the others keep theirs after them)."""
        rank = {id(widget): index for index, widget in enumerate(widgets)}
        self._items.sort(key=lambda item: rank.get(id(item.widget()), len(rank)))
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible) + self._spacing * max(len(visible) - 1, 0)
        height = max((item.sizeHint().height() for item in visible), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest single widget: everything else wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not ((w := item.widget()) is not None and w.isHidden())]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        parent = self.parentWidget()
        rtl = parent is not None and parent.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x, y, line = 0, 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            if x > 0 and x + hint.width() > area.width():
                x, y, line = 0, y + line + self._spacing, 0
            if apply:
                left = area.right() + 1 - x - hint.width() if rtl else area.left() + x
                item.setGeometry(QRect(QPoint(left, area.top() + y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line + margins.top() + margins.bottom()
