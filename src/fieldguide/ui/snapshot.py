"""Data the views need, gathered in one call that runs off the GUI thread."""

from __future__ import annotations

from typing import Any

from fieldguide.ui.library_model import LibrarySnapshot


def library_snapshot(app: Any) -> LibrarySnapshot:
    documents = app.catalog.documents()
    return LibrarySnapshot(
        documents=documents,
        outlines={d.id: app.catalog.outline(d.id) for d in documents},
        checklists=app.catalog.checklists(),
    )
