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
