"""Helpers for tests that drive the main window (its fixture `open_window` is in conftest)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex


def rows_of(model: Any, parent: QModelIndex | None = None) -> list[QModelIndex]:
    """Every row of a tree model, depth first."""
    found = []
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found.append(index)
        found.extend(rows_of(model, index))
    return found


def answer_modal(choice: str, seen: list[str] | None = None) -> None:
    """Click the button whose text contains `choice` in the next modal message box.

    Call before the action that opens it; the box's text is added to `seen`.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)  # not shown yet
            return
        if seen is not None:
            seen.append(box.text() + "\n" + box.informativeText())
        next(b for b in box.findChildren(QPushButton) if choice in b.text().replace("&", "")).click()

    QTimer.singleShot(0, press)
