"""A focus ring a keyboard user can always see.

Qt's styles draw the focus only after the Tab key has been used in a window, and
Fusion's ring on a button is a faint one-pixel line. Someone working from the
keyboard alone (or with a screen magnifier) who opens a dialog with a shortcut,
or lands on the lock screen, then cannot tell where the keys will go. This proxy
keeps the platform's style and adds a two-pixel ring in the palette's highlight
colour around whatever has the focus (WCAG 2.4.7 and 1.4.11: 3:1 against the
background in the light and dark palettes).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

HAS_FOCUS = QStyle.StateFlag.State_HasFocus
RING_WIDTH = 2.0

# Buttons get the ring around their own painting; check boxes, radio buttons and item views
# draw theirs through PE_FrameFocusRect, which Qt's styles skip until Tab has been used.
RINGED_COMPLEX = {
    QStyle.ComplexControl.CC_ComboBox,
    QStyle.ComplexControl.CC_SpinBox,
    QStyle.ComplexControl.CC_ToolButton,
}


def _ring(painter: QPainter, option: QStyleOption, inset: float = 1.0) -> None:
    palette = option.palette
    colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, RING_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rect = QRectF(option.rect).adjusted(inset, inset, -inset, -inset)
    painter.drawRoundedRect(rect, 4.0, 4.0)
    painter.restore()


class FocusRingStyle(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _ring(painter, option, inset=0.0)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and option.state & HAS_FOCUS:
            _ring(painter, option)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in RINGED_COMPLEX and option.state & HAS_FOCUS:
            _ring(painter, option)


def install_focus_ring() -> None:
    """Wrap the application's style once (idempotent); the platform's look is otherwise kept."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or isinstance(app.style(), FocusRingStyle):
        return
    base = app.style().name()
    app.setStyle(FocusRingStyle(base))
