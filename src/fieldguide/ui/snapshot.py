"""Data the views need, gathered in one call that runs off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fieldguide.ui.library_model import LibrarySnapshot

if TYPE_CHECKING:
    from fieldguide.app import App


def assessment_rows(app: App) -> list[tuple[str, str, str]] | None:
    """(id, title, status) of each assessment, or None when this build has no assessments service."""
    lister = getattr(getattr(app, "assessments", None), "list", None)
    if not callable(lister):
        return None
    rows = []
    for summary in lister():
        if isinstance(summary, dict):
            rows.append((str(summary["id"]), str(summary["title"]), str(summary.get("status", ""))))
        else:
            rows.append((str(summary.id), str(summary.title), str(getattr(summary, "status", ""))))
    return rows


def library_snapshot(app: App) -> LibrarySnapshot:
    documents = app.catalog.documents()
    return LibrarySnapshot(
        documents=documents,
        outlines={d.id: app.catalog.outline(d.id) for d in documents},
        checklists=app.catalog.checklists(),
        bookmarks=app.annotations.bookmarks(),
        assessments=assessment_rows(app),
        noted_sections=app.annotations.noted_targets("section"),
    )
