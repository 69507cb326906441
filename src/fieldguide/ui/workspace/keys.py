"""The workspace's own keys, in one table: the workspace binds them from it and the
keyboard-shortcut list (F1) shows them from it, so the two cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class WorkspaceKey:
    name: str  # the workspace method the keys call (`status` keys pass their number)
    text: str  # untranslated; shown through the "Assessment" context
    sequences: tuple[str, ...]
    shown: str  # how the F1 list writes the keys ("1–5" rather than five rows)


WORKSPACE_KEYS = (
    WorkspaceKey(
        "status",
        str(QT_TRANSLATE_NOOP("Assessment", "Give the item the 1st … 5th value of its own scale")),
        ("1", "2", "3", "4", "5"),
        "1–5",
    ),
    WorkspaceKey("next_item", str(QT_TRANSLATE_NOOP("Assessment", "Next item")), ("J", "Ctrl+Down"), ""),
    WorkspaceKey(
        "previous_item", str(QT_TRANSLATE_NOOP("Assessment", "Previous item")), ("K", "Ctrl+Up"), ""
    ),
)

# Keys of the follow-up action list (handled by the list itself, listed for F1).
ACTION_LIST_KEYS = (
    (str(QT_TRANSLATE_NOOP("Assessment", "Edit the selected follow-up action")), ("F2",)),
    (str(QT_TRANSLATE_NOOP("Assessment", "Delete the selected follow-up action")), ("Del",)),
)


def _native(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def key_table() -> list[tuple[str, list[str]]]:
    """(what it does, the keys) for the F1 list, in the words of the workspace."""
    rows = []
    for key in WORKSPACE_KEYS:
        keys = [key.shown] if key.shown else [_native(s) for s in key.sequences]
        rows.append((QCoreApplication.translate("Assessment", key.text), keys))
    for text, sequences in ACTION_LIST_KEYS:
        rows.append((QCoreApplication.translate("Assessment", text), [_native(s) for s in sequences]))
    return rows


def keypad(number: int) -> QKeySequence:
    """The same digit on the numeric keypad."""
    return QKeySequence(Qt.KeyboardModifier.KeypadModifier | Qt.Key(Qt.Key.Key_0 + number))
