"""What the navigator lists and the reader shows, as statements any connection can run.

The catalog and annotation services run these through their sessions; at start-up the
window runs the same ones on a bare SQLCipher connection (`library/plain.py`) before
SQLAlchemy is imported, so the library is usable sooner and both read exactly the same
rows in the same order. Like `library/query.py` for search, each function takes an
`execute(sql, params)` that returns the rows.
"""

from __future__ import annotations

import json

from fieldguide.library.views import (
    BookmarkView,
    ChecklistSummary,
    DocumentSummary,
    NoteView,
    SectionEntry,
    SectionView,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from fieldguide.library.query import Execute

_DOCUMENTS = """
SELECT d.id, d.title, d.practice_area, coalesce(n.n, 0), p.kind, d.pack_id
FROM document d JOIN pack p ON p.id = d.pack_id
LEFT JOIN (SELECT document_id, count(*) AS n FROM section GROUP BY document_id) n ON n.document_id = d.id
ORDER BY p.kind, d.practice_area, d.position, d.title
"""
_CHECKLISTS = """
SELECT c.id, c.title, c.practice_area, coalesce(n.n, 0), c.document_id, c.retired
FROM checklist c
LEFT JOIN (SELECT checklist_id, count(*) AS n FROM checklist_item WHERE retired = 0 GROUP BY checklist_id) n
  ON n.checklist_id = c.id
ORDER BY c.practice_area, c.position, c.title
"""
_TITLES = "SELECT object_id, title FROM content_translation WHERE language = :language AND kind = :kind"
_OUTLINES = (
    "SELECT document_id, id, title, level, number, parent_id FROM section ORDER BY document_id, position"
)
_OUTLINES_OF = """
SELECT s.document_id, s.id, s.title, s.level, s.number, s.parent_id
FROM section s JOIN document d ON d.id = s.document_id JOIN pack p ON p.id = d.pack_id
WHERE p.kind {op} 'import' ORDER BY s.document_id, s.position
"""
_IMPORTED_SECTIONS = """
SELECT count(*) FROM section WHERE document_id IN
  (SELECT d.id FROM document d JOIN pack p ON p.id = d.pack_id WHERE p.kind = 'import')
"""
_OUTLINE = (
    "SELECT id, title, level, number, parent_id FROM section WHERE document_id = :document ORDER BY position"
)
_SECTION = """
SELECT s.id, s.title, s.number, s.body, s.citation, s.position, s.parent_id, s.synthesis, s.dated,
       d.id, d.title, d.source, d.practice_area, p.language
FROM section s JOIN document d ON d.id = s.document_id JOIN pack p ON p.id = d.pack_id
WHERE s.id = :id
"""
_NEIGHBOURS = (
    "SELECT id, position FROM section WHERE document_id = :document AND position IN (:before, :after)"
)
_PARENT = "SELECT id, title, parent_id FROM section WHERE id = :id"
_LANGUAGES = "SELECT DISTINCT language FROM content_translation WHERE kind = :kind AND object_id = :id"
_TRANSLATION = (
    "SELECT title, body, citation, language, hint FROM content_translation"
    " WHERE language = :language AND kind = :kind AND object_id = :id"
)
# The first kind that has the id, in this order (ids of different kinds never clash in packs).
_KIND_OF = """
SELECT kind FROM (
  SELECT 1 AS rank, 'section' AS kind FROM section WHERE id = :id
  UNION ALL SELECT 2, 'checklist' FROM checklist WHERE id = :id
  UNION ALL SELECT 3, 'item' FROM checklist_item WHERE id = :id
  UNION ALL SELECT 4, 'document' FROM document WHERE id = :id
) ORDER BY rank LIMIT 1
"""
_BOOKMARKS = """
SELECT b.id, b.target_kind, b.target_id, b.label, b.clocks,
  CASE b.target_kind
    WHEN 'section' THEN (SELECT title FROM section WHERE id = b.target_id)
    WHEN 'checklist' THEN (SELECT title FROM checklist WHERE id = b.target_id)
    WHEN 'item' THEN (SELECT text FROM checklist_item WHERE id = b.target_id)
  END
FROM bookmark b WHERE b.deleted = 0
"""
# Notes on library content; those inside an assessment belong to it.
_LIVE_NOTES = "target_kind = :kind AND assessment_id IS NULL AND deleted = 0 AND body != ''"
_NOTED = f"SELECT target_id FROM note WHERE {_LIVE_NOTES}"
_NOTES_ON = (
    f"SELECT id, target_kind, target_id, body, author_device, updated_at FROM note WHERE {_LIVE_NOTES}"
    " AND target_id = :id ORDER BY updated_at DESC, id"
)
_DEVICE = "SELECT value FROM meta WHERE key = 'device_id'"


def _titles(execute: Execute, language: str | None, kind: str) -> dict[str, str]:
    """Every title a translation pack gives in `language` for this kind of content, by id."""
    if not language:
        return {}
    return {object_id: title for object_id, title in execute(_TITLES, {"language": language, "kind": kind})}


def documents(execute: Execute, language: str | None) -> list[DocumentSummary]:
    """The library's documents; titles in `language` where a translation pack holds them."""
    titles = _titles(execute, language, "document")
    return [
        DocumentSummary(doc_id, str(titles.get(doc_id, title)), area, int(n), kind == "import", pack_id)
        for doc_id, title, area, n, kind, pack_id in execute(_DOCUMENTS, {})
    ]


def checklists(execute: Execute, language: str | None) -> list[ChecklistSummary]:
    """The library's checklists; titles in `language` where a translation pack holds them."""
    titles = _titles(execute, language, "checklist")
    return [
        ChecklistSummary(list_id, str(titles.get(list_id, title)), area, int(n), document_id, bool(retired))
        for list_id, title, area, n, document_id, retired in execute(_CHECKLISTS, {})
    ]


def outlines(
    execute: Execute, language: str | None, *, imported: bool | None = None
) -> dict[str, list[SectionEntry]]:
    """Every document's outline, in one statement; section titles in `language` where translated.

    `imported`: only the outlines of imported documents (True) or of the others (False).
    """
    titles = _titles(execute, language, "section")
    found: dict[str, list[SectionEntry]] = {}
    statement = _OUTLINES if imported is None else _OUTLINES_OF.format(op="=" if imported else "!=")
    for document_id, section_id, title, level, number, parent in execute(statement, {}):
        entry = SectionEntry(section_id, str(titles.get(section_id, title)), level, number, parent)
        found.setdefault(document_id, []).append(entry)
    return found


def imported_sections(execute: Execute) -> int:
    """How many sections the imported documents hold."""
    return int(execute(_IMPORTED_SECTIONS, {})[0][0])


def outline(execute: Execute, document_id: str) -> list[SectionEntry]:
    return [SectionEntry(*row) for row in execute(_OUTLINE, {"document": document_id})]


def kind_of(execute: Execute, content_id: str) -> str | None:
    """'section', 'checklist', 'item' or 'document' for an id, or None."""
    rows = execute(_KIND_OF, {"id": content_id})
    return str(rows[0][0]) if rows else None


def _translation(
    execute: Execute, language: str, kind: str, object_id: str
) -> tuple[str, str, str, str, str | None] | None:
    """(title, body, citation, language, hint) of the `language` text of a content row, if any.

    A section's hint is its period (`dated`) in that language."""
    rows = execute(_TRANSLATION, {"language": language, "kind": kind, "id": object_id})
    return (rows[0][0], rows[0][1], rows[0][2], rows[0][3], rows[0][4]) if rows else None


def section(execute: Execute, section_id: str, language: str | None = None) -> SectionView | None:
    """A section, or None; in `language` when a translation pack holds it (else in its own language)."""
    rows = execute(_SECTION, {"id": section_id})
    if not rows:
        return None
    (sid, title, number, body, citation, position, parent_id, synthesis, dated,
     document_id, document_title, source, area, pack_language) = rows[0]  # fmt: skip
    around = {"document": document_id, "before": position - 1, "after": position + 1}
    neighbours = execute(_NEIGHBOURS, around)
    by_position = {place: neighbour for neighbour, place in neighbours}
    crumbs: list[tuple[str, str]] = []
    while parent_id:
        found = execute(_PARENT, {"id": parent_id})
        if not found:
            break
        crumbs.insert(0, (found[0][0], found[0][1]))
        parent_id = found[0][2]
    own = pack_language or "en"
    others = {row[0] for row in execute(_LANGUAGES, {"kind": "section", "id": sid})}
    text = _translation(execute, language, "section", sid) if language else None
    if text is not None:
        title, body, citation_text, language, period = text
        citation = citation_text or citation or source
        dated = period or dated
        document_text = _translation(execute, language, "document", document_id)
        document_title = document_text[0] if document_text else document_title
        crumbs = [
            (cid, (_translation(execute, language, "section", cid) or (ctitle,))[0]) for cid, ctitle in crumbs
        ]
    else:
        citation = citation or source
    return SectionView(
        id=sid,
        title=title,
        number=number,
        body=body,
        citation=citation,
        document_id=document_id,
        document_title=document_title,
        practice_area=area,
        previous_id=by_position.get(position - 1),
        next_id=by_position.get(position + 1),
        breadcrumbs=crumbs,
        synthesis=bool(synthesis),
        dated=dated,
        language=language if text is not None and language else own,
        languages=sorted({own, *others}),
    )


def _deleted_clock(clocks: object) -> str:
    """The clock of a row's last delete or restore: hybrid logical time, ordered alike on every device."""
    from fieldguide.sync.state import FieldState

    stored = json.loads(clocks) if isinstance(clocks, str) else clocks
    raw = stored.get("deleted") if isinstance(stored, dict) else None
    winner = FieldState.from_json(raw, False).winner if raw is not None else None
    return winner.hlc if winner is not None else ""


def bookmarks(execute: Execute) -> list[BookmarkView]:
    """Live bookmarks in the order they were made (or last restored), the same on every device."""
    rows = sorted(execute(_BOOKMARKS, {}), key=lambda row: (_deleted_clock(row[4]), row[0]))
    return [
        BookmarkView(
            id=row_id,
            target_kind=kind,
            target_id=target,
            title=title or label or target,
            missing=title is None,
        )
        for row_id, kind, target, label, _clocks, title in rows
    ]


def noted_targets(execute: Execute, target_kind: str = "section") -> set[str]:
    """Ids of the targets of this kind that carry a live note from any device."""
    return {row[0] for row in execute(_NOTED, {"kind": target_kind})}


def notes_on(execute: Execute, target_kind: str, target_id: str, device_id: str) -> list[NoteView]:
    """Every live note on the target: this device's first, then others, newest first."""
    views = [
        NoteView(note_id, kind, target, body, author, updated, author == device_id)
        for note_id, kind, target, body, author, updated in execute(
            _NOTES_ON, {"kind": target_kind, "id": target_id}
        )
    ]
    return sorted(views, key=lambda view: not view.mine)


def device_id(execute: Execute) -> str:
    """The device id the profile last opened as (the full open may settle a new one)."""
    rows = execute(_DEVICE, {})
    return str(rows[0][0]) if rows else ""
