"""Translation packs: another language's text for content that keeps its stable ids.

A translation pack (`"translation_of": "<pack id>"` in pack.json) holds documents
and checklists with the same ids as the pack it translates. Its rows go to the
`content_translation` table, beside the original: nothing user data points at
changes, so an assessment begun in one language reads and reports in another.
Every id must exist in the translated pack; a translation names nothing new.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from fieldguide.db.models import Checklist, ChecklistItem, Document, Pack, Section, Translation
from fieldguide.i18n import _
from fieldguide.library.pack_format import PackContent, PackError


def check_translation(session: Session, content: PackContent) -> Pack:
    """The installed pack `content` translates; PackError when it is absent or an id is unknown."""
    base_id = str(content.manifest["translation_of"])
    base = session.get(Pack, base_id)
    if base is None:
        raise PackError(
            _("%s translates the pack %r, which is not installed; nothing was changed")
            % (content.id, base_id)
        )
    language = str(content.manifest.get("language", ""))
    if not language or language == base.language:
        raise PackError(
            _("%s must name a language other than that of %r (%s)") % (content.id, base_id, base.language)
        )
    known = {
        "document": set(session.scalars(select(Document.id).where(Document.pack_id == base_id))),
        "checklist": set(session.scalars(select(Checklist.id).where(Checklist.pack_id == base_id))),
    }
    known["section"] = set(
        session.scalars(select(Section.id).where(Section.document_id.in_(known["document"])))
    )
    known["item"] = set(
        session.scalars(select(ChecklistItem.id).where(ChecklistItem.checklist_id.in_(known["checklist"])))
    )
    for kind, rows in _rows_by_kind(content):
        for row in rows:
            if row["id"] not in known[kind]:
                raise PackError(
                    _("the translation names %s %r, which %r does not hold; nothing was changed")
                    % (kind, row["id"], base_id)
                )
    return base


def store_translation(session: Session, content: PackContent) -> None:
    """Replace the rows of this translation pack with the ones it now holds."""
    language = str(content.manifest["language"])
    session.execute(delete(Translation).where(Translation.pack_id == content.id))
    rows: list[dict[str, Any]] = []
    for document in content.documents:
        rows.append(
            _row(content, language, "document", document["id"], document["title"], document["introduction"])
        )
    for section in content.sections:
        row = _row(
            content, language, "section", section["id"], section["title"], section["body"],
            section["citation"],
        )
        # A section's "Dated:" period is worded in the edition's language too ("août 2019").
        rows.append(row | {"hint": section["dated"]})
    for checklist in content.checklists:
        rows.append(
            _row(
                content,
                language,
                "checklist",
                checklist["id"],
                checklist["title"],
                checklist["description"],
                checklist["source"],
            )
        )
    for item in content.items:
        row = _row(content, language, "item", item["id"], item["text"], "", item["source"])
        rows.append(row | {"hint": item["hint"], "group": item["group"]})
    # Another pack may already translate some of these ids into the same language: the newest wins.
    for kind in ("document", "section", "checklist", "item"):
        ids = [row["object_id"] for row in rows if row["kind"] == kind]
        for start in range(0, len(ids), 500):
            session.execute(
                delete(Translation).where(
                    Translation.language == language,
                    Translation.kind == kind,
                    Translation.object_id.in_(ids[start : start + 500]),
                )
            )
    if rows:
        session.execute(insert(Translation), rows)


def translations(session: Session, language: str, kind: str, ids: Iterable[str]) -> dict[str, Translation]:
    """The `language` text of these content rows, by id (only those that have one)."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Translation] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for row in session.scalars(
            select(Translation).where(
                Translation.language == language, Translation.kind == kind, Translation.object_id.in_(chunk)
            )
        ):
            found[row.object_id] = row
    return found


def languages_of(session: Session, kind: str, object_id: str) -> list[str]:
    """Languages this content row can be read in besides its own."""
    return sorted(
        set(
            session.scalars(
                select(Translation.language).where(
                    Translation.kind == kind, Translation.object_id == object_id
                )
            )
        )
    )


def _row(
    content: PackContent, language: str, kind: str, object_id: str, title: str, body: str, citation: str = ""
) -> dict[str, Any]:
    return {
        "language": language,
        "kind": kind,
        "object_id": object_id,
        "pack_id": content.id,
        "title": title,
        "body": body or "",
        "citation": citation or "",
        "hint": None,
        "group": None,
    }


def _rows_by_kind(content: PackContent) -> list[tuple[str, list[dict[str, Any]]]]:
    return [
        ("document", content.documents),
        ("section", content.sections),
        ("checklist", content.checklists),
        ("item", content.items),
    ]
