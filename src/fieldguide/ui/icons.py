"""The app's own line icons (resources/icons/*.svg), drawn in the colours of the current palette.

Theme icons are missing on Windows and macOS, so every icon ships with the
app. The SVGs stroke with `currentColor`; an icon engine substitutes the
palette's colour each time Qt draws the icon, so icons follow a switch between
light and dark while the app runs, and stay sharp at any screen scale.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from fieldguide.resources import resources_dir

# Icons whose arrow points along the reading direction, swapped in a right-to-left layout.
MIRRORED = {
    "arrow-left": "arrow-right",
    "arrow-right": "arrow-left",
    "chevron-left": "chevron-right",
    "chevron-right": "chevron-left",
}


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved towards `b` by `amount` (0 gives a, 1 gives b)."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def accent_color(palette: QPalette) -> QColor:
    role = getattr(QPalette.ColorRole, "Accent", QPalette.ColorRole.Highlight)
    return palette.color(role)


@cache
def _svg(name: str) -> str:
    return (resources_dir() / "icons" / f"{name}.svg").read_text("utf-8")


@cache
def _renderer(name: str, color: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_svg(name).replace("currentColor", color).encode("utf-8")))


def _color(mode: QIcon.Mode, accent: bool) -> QColor:
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    if mode == QIcon.Mode.Disabled:
        return mix(text, window, 0.6)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return accent_color(palette) if accent else mix(text, window, 0.18)


class SvgIconEngine(QIconEngine):
    """Draws one SVG icon in the colour the palette gives its mode, at whatever size is asked."""

    def __init__(self, name: str, accent: bool = False) -> None:
        super().__init__()
        self.name = name
        self.accent = accent

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        name = self.name
        if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            name = MIRRORED.get(name, name)
        return _renderer(name, _color(mode, self.accent).name())

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(rect.width(), rect.height())
        square = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        self._renderer(mode).render(painter, square)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        # Rendered at the screen's scale, so icons stay sharp on high-density displays.
        pixmap = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)), mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def isNull(self) -> bool:
        return False

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name, self.accent)


_icons: dict[tuple[str, bool], QIcon] = {}


def icon(name: str, *, accent: bool = False) -> QIcon:
    """The named icon in the palette's text colour (or its accent colour), for every state Qt draws."""
    key = (name, accent)
    if key not in _icons:
        _icons[key] = QIcon(SvgIconEngine(name, accent))
    return _icons[key]


def app_icon() -> QIcon:
    """The application's own icon (window title bar, About box)."""
    path = resources_dir() / "icons" / "fieldguide.png"
    return QIcon(str(path)) if path.exists() else QIcon()
