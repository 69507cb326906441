"""Window size, position and splitter positions (Qt's own saved state), kept in the settings file."""

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
    """Put the panes back as they were left; False when nothing (usable) was stored.

    Qt's own state is kept rather than pixel sizes: `restoreState` rescales the panes to
    the window they reopen in, where sizes copied back would be nudged by a few pixels.
    A value from an older file (a list of sizes) is not a string and falls back to "".
    """
    stored = settings.get(key, "")
    return bool(stored) and splitter.restoreState(_decode(stored))


def save_splitter(splitter: QSplitter, settings: Settings, key: str) -> None:
    settings.set(key, _encode(splitter.saveState()))
