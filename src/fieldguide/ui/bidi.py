"""Text of one direction inside a layout of the other: English titles in the Arabic window.

Qt lays out each label or row as one paragraph in the layout's direction, so in
a right-to-left window an English title's own punctuation ("process, …",
"policy-") jumps to the wrong end and the ellipsis cuts its start. Isolating the
text (Unicode's first-strong isolate, U+2068 … U+2069) keeps it whole and in its
own order; ids, numbers and Latin text stay readable. In a left-to-right layout
text is returned as it is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

FSI = "\u2068"
PDI = "\u2069"


def isolate(text: str) -> str:
    if not text or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return f"{FSI}{text}{PDI}"


def plain(text: str) -> str:
    """`text` without the isolation marks `isolate` added."""
    return text.replace(FSI, "").replace(PDI, "")
