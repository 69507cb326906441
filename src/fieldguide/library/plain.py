"""The library read with plain SQL while the full profile opens behind it (start-up).

Opening the profile fully imports SQLAlchemy, the models and the services, which on
its own takes longer than a bare window does to appear. When the profile needs
nothing done before it is read (`library/ready.py`: a plain SQLite file, its schema at
head, the bundled packs current), the window reads the navigator's first snapshot and
the sections a user opens from a bare SQLCipher connection, through the statements the
services run (`library/shelf.py`), and hands over to the services once `open_app` has
run. Anything else (a checklist, a write) waits for the full open.
"""

from __future__ import annotations

from fieldguide.library import shelf
from fieldguide.library.ready import open_ready

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from fieldguide.library.views import (
        BookmarkView,
        ChecklistSummary,
        ChecklistView,
        DocumentSummary,
        NoteView,
        SectionEntry,
        SectionView,
    )


    Snapshot = tuple[
        list[DocumentSummary],
        dict[str, list[SectionEntry]],
        list[ChecklistSummary],
        list[BookmarkView],
        set[str],
    ]


class NeedsFullOpen(Exception):
    """What was asked for is read only through the opened profile's services."""


class PlainLibrary:
    """The read-only face of a profile that is ready (see the module's docstring)."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._device: str | None = None

    @classmethod
    def open(cls, root: str) -> PlainLibrary | None:
        """The library of the profile in `root`, or None when that profile needs the full open."""
        conn = open_ready(root)
        return cls(conn) if conn is not None else None

    def execute(self, sql: str, params: dict[str, Any]) -> Sequence[Sequence[Any]]:
        if self._conn is None:
            raise NeedsFullOpen("the plain connection is closed")
        return list(self._conn.execute(sql, params).fetchall())

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def snapshot(self, language: str | None, *, split_above: int | None = None) -> Snapshot:
        """(documents, outlines, checklists, bookmarks, noted sections), read in one transaction.

        With `split_above`, when the imported documents hold more sections than that, their
        outlines are left out (`imported_outlines` reads them): years of imports are most of
        the rows, and the tree builds them after the library is usable anyway.
        """
        self.execute("BEGIN", {})
        try:
            split = split_above is not None and shelf.imported_sections(self.execute) > split_above
            return (
                shelf.documents(self.execute, language),
                shelf.outlines(self.execute, language, imported=False if split else None),
                shelf.checklists(self.execute, language),
                shelf.bookmarks(self.execute),
                shelf.noted_targets(self.execute, "section"),
            )
        finally:
            self.execute("COMMIT", {})

    def imported_outlines(self, language: str | None) -> dict[str, list[SectionEntry]]:
        return shelf.outlines(self.execute, language, imported=True)

    # What `read_page` asks of a catalog and of the annotations, as the services answer it.

    def kind_of(self, content_id: str) -> str | None:
        return shelf.kind_of(self.execute, content_id)

    def outline(self, document_id: str) -> list[SectionEntry]:
        return shelf.outline(self.execute, document_id)

    def section(self, section_id: str, language: str | None = None) -> SectionView:
        view = shelf.section(self.execute, section_id, language)
        if view is None:
            raise NeedsFullOpen(section_id)  # the services say what is wrong, in the user's words
        return view

    def notes_on(self, target_kind: str, target_id: str) -> list[NoteView]:
        if self._device is None:
            self._device = shelf.device_id(self.execute)
        return shelf.notes_on(self.execute, target_kind, target_id, self._device)

    def checklist(self, checklist_id: str, language: str | None = None) -> ChecklistView:
        raise NeedsFullOpen(checklist_id)

    def checklists(self, language: str | None = None) -> list[ChecklistSummary]:
        raise NeedsFullOpen("checklists")
