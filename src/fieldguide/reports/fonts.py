"""The fonts a report is drawn with, loaded from the app's own resources.

Reports must look the same on every adviser's laptop and show French accents
and Arabic whatever is installed there, so they never rely on system fonts.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from fieldguide.resources import resources_dir

log = logging.getLogger(__name__)

BODY_FAMILY = "Noto Sans"
# Noto Sans Arabic rather than Noto Naskh Arabic for report text: Naskh draws
# lam-alef and several other contextual forms with glyphs that have no Unicode
# code point, so Qt's PDF writer cannot map them back to text and words such as
# "الأمن" come out broken when an adviser searches or copies from the PDF.
# Noto Sans Arabic maps every glyph it uses, and matches Noto Sans in weight.
ARABIC_FAMILY = "Noto Sans Arabic"
# Still bundled for screens, where text is never extracted from glyphs.
NASKH_FAMILY = "Noto Naskh Arabic"
REPORT_FAMILIES = [BODY_FAMILY, ARABIC_FAMILY]

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSans-BoldItalic.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
)

_lock = threading.Lock()
_families: tuple[str, ...] | None = None
# Keeps the application object alive: Qt objects die with their Python owner.
_app: QGuiApplication | None = None


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication (or QApplication), creating one if needed.

    Fonts and painting need a GUI application object; a headless caller (CLI,
    tests, a worker process) may not have one yet.
    """
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError(
            "Rendering a report needs a QGuiApplication, but a plain QCoreApplication is running"
        )
    # No window is ever shown from here (command line, worker): never depend on a display,
    # which a server, an SSH session or a CI machine does not have.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])
    return _app


def register_fonts() -> tuple[str, ...]:
    """Load the bundled fonts into Qt's font database, once per process.

    Returns the family names that were registered. A missing or unreadable
    file is logged, not raised: a report in a fallback font beats no report.
    """
    global _families
    with _lock:
        if _families is not None:
            return _families
        ensure_gui_application()
        families: list[str] = []
        directory = fonts_dir()
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(directory / name))
            if font_id < 0:
                log.warning("Could not load bundled font %s from %s", name, directory)
                continue
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in families:
                    families.append(family)
        _families = tuple(families)
        return _families


def report_font(point_size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """A report font: Noto Sans, falling back to Noto Sans Arabic for Arabic script."""
    font = QFont()
    font.setFamilies(REPORT_FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    return font
