"""Window size, position and splitter positions, kept in the data directory's settings file."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter

from fieldguide.settings import Settings

GEOMETRY_KEY = "window.geometry"


def _encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _decode(text: str) -> QByteArray:
    return QByteArray.fromBase64(QByteArray(text.encode("ascii")))


def restore_geometry(window: QMainWindow, settings: Settings) -> bool:
    """Put the window back where it was; False when nothing (usable) was stored."""
    stored = settings.get(GEOMETRY_KEY, "")
    return bool(stored) and window.restoreGeometry(_decode(stored))


def save_geometry(window: QMainWindow, settings: Settings) -> None:
    settings.set(GEOMETRY_KEY, _encode(window.saveGeometry()))


def restore_splitter(splitter: QSplitter, settings: Settings, key: str) -> bool:
    sizes: list[int] = settings.get(key, [])
    if len(sizes) != splitter.count() or not all(isinstance(size, int) and size >= 0 for size in sizes):
        return False
    if not any(sizes):
        return False
    splitter.setSizes(sizes)
    return True


def save_splitter(splitter: QSplitter, settings: Settings, key: str) -> None:
    settings.set(key, [int(size) for size in splitter.sizes()])
