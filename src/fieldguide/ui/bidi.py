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


def isolate(text: str, right_to_left: bool | None = None) -> str:
    """`text` isolated when the layout is right to left. `right_to_left`: the direction when the
    caller already knows it (asking Qt costs microseconds, which a tree of 10,000 rows feels)."""
    if right_to_left is None:
        right_to_left = is_right_to_left()
    if not text or not right_to_left:
        return text
    return f"{FSI}{text}{PDI}"


def is_right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def plain(text: str) -> str:
    """`text` without the isolation marks `isolate` added."""
    return text.replace(FSI, "").replace(PDI, "")
