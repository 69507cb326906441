"""Data the views need, gathered in one call that runs off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fieldguide.ui.library_model import FILL_AT_ONCE, LibrarySnapshot

if TYPE_CHECKING:
    from fieldguide.app import App
    from fieldguide.library.plain import PlainLibrary
    from fieldguide.library.views import SectionEntry


def assessment_rows(app: App) -> list[tuple[str, str, str]]:
    """(id, title, status) of each assessment, most recently changed first (no progress: the
    navigator does not show it, and computing it reads every answer)."""
    return app.assessments.titles()


def library_snapshot(app: App, *, assessments: bool = True) -> LibrarySnapshot:
    """What the navigator shows; `assessments=False` leaves the assessments to a later read
    (`AssessmentsController.refresh_list`), as the window does at start: listing them in the
    order of their last change reads when each answer last changed, which is not what
    clicking in the library waits for."""
    from fieldguide.language import active_language

    # Titles in the window's language wherever a translation pack holds them (the French edition).
    language = active_language()
    documents = app.catalog.documents(language)
    return LibrarySnapshot(
        documents=documents,
        outlines=app.catalog.outlines(language),
        checklists=app.catalog.checklists(language),
        bookmarks=app.annotations.bookmarks(),
        assessments=assessment_rows(app) if assessments else None,
        noted_sections=app.annotations.noted_targets("section"),
    )


def plain_snapshot(library: PlainLibrary) -> LibrarySnapshot:
    """What `library_snapshot(app, assessments=False)` gives, read with plain SQL before the
    profile is open (start-up): the same statements (`library/shelf.py`), so the same tree."""
    from fieldguide.language import active_language

    documents, outlines, checklists, bookmarks, noted = library.snapshot(
        active_language(), split_above=FILL_AT_ONCE
    )
    return LibrarySnapshot(
        documents=documents,
        outlines=outlines,
        checklists=checklists,
        bookmarks=bookmarks,
        assessments=None,
        noted_sections=noted,
        # Left out when large: the tree waits for them (`imported_outlines`) and builds them later.
        outlines_to_come=any(d.imported and d.id not in outlines and d.sections for d in documents),
    )


def imported_outlines(root: str) -> dict[str, list[SectionEntry]]:
    """On a pool thread, on a connection of its own: what `plain_snapshot` left out."""
    from fieldguide.language import active_language
    from fieldguide.library.plain import PlainLibrary

    library = PlainLibrary.open(root)
    if library is None:
        return {}
    try:
        return library.imported_outlines(active_language())
    finally:
        library.close()
