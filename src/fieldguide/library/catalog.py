"""Reading the installed library: what is there, and one section or checklist at a time."""

from __future__ import annotations

from sqlalchemy import func, select

from fieldguide.db.engine import Database
from fieldguide.db.models import Checklist, ChecklistItem, Document, Pack, Section
from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.library.views import (
    PRACTICE_AREAS,
    ChecklistSummary,
    ChecklistView,
    DocumentSummary,
    ItemView,
    SectionEntry,
    SectionView,
    practice_area_title,
)

__all__ = [
    "PRACTICE_AREAS",
    "CatalogService",
    "ChecklistSummary",
    "ChecklistView",
    "DocumentSummary",
    "ItemView",
    "NotFound",
    "SectionEntry",
    "SectionView",
    "practice_area_title",
]


class NotFound(UserError):
    """No section, checklist or item has that id; the message is one line for the user."""


class CatalogService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def documents(self) -> list[DocumentSummary]:
        with self.db.read() as session:
            counts = (
                select(Section.document_id, func.count().label("n")).group_by(Section.document_id).subquery()
            )
            rows = session.execute(
                select(Document, Pack.kind, func.coalesce(counts.c.n, 0))
                .join(Pack)
                .outerjoin(counts, counts.c.document_id == Document.id)
                .order_by(Pack.kind, Document.practice_area, Document.position, Document.title)
            ).all()
            return [
                DocumentSummary(doc.id, doc.title, doc.practice_area, int(n), kind == "import", doc.pack_id)
                for doc, kind, n in rows
            ]

    def checklists(self) -> list[ChecklistSummary]:
        with self.db.read() as session:
            counts = (
                select(ChecklistItem.checklist_id, func.count().label("n"))
                .where(ChecklistItem.retired.is_(False))
                .group_by(ChecklistItem.checklist_id)
                .subquery()
            )
            rows = session.execute(
                select(Checklist, func.coalesce(counts.c.n, 0))
                .outerjoin(counts, counts.c.checklist_id == Checklist.id)
                .order_by(Checklist.practice_area, Checklist.position, Checklist.title)
            ).all()
            return [
                ChecklistSummary(c.id, c.title, c.practice_area, int(n), c.document_id, c.retired)
                for c, n in rows
            ]

    def outline(self, document_id: str) -> list[SectionEntry]:
        with self.db.read() as session:
            rows = session.execute(
                select(Section.id, Section.title, Section.level, Section.number, Section.parent_id)
                .where(Section.document_id == document_id)
                .order_by(Section.position)
            ).all()
            return [SectionEntry(*row) for row in rows]

    def section(self, section_id: str) -> SectionView:
        with self.db.read() as session:
            section = session.get(Section, section_id)
            if section is None:
                raise NotFound(_("no section has the id %r") % (section_id,))
            document = section.document
            neighbours = session.execute(
                select(Section.id, Section.position).where(
                    Section.document_id == document.id,
                    Section.position.in_((section.position - 1, section.position + 1)),
                )
            ).all()
            by_position = {position: sid for sid, position in neighbours}
            crumbs: list[tuple[str, str]] = []
            parent_id = section.parent_id
            while parent_id:
                parent = session.get(Section, parent_id)
                if parent is None:
                    break
                crumbs.insert(0, (parent.id, parent.title))
                parent_id = parent.parent_id
            return SectionView(
                id=section.id,
                title=section.title,
                number=section.number,
                body=section.body,
                citation=section.citation or document.source,
                document_id=document.id,
                document_title=document.title,
                practice_area=document.practice_area,
                previous_id=by_position.get(section.position - 1),
                next_id=by_position.get(section.position + 1),
                breadcrumbs=crumbs,
            )

    def checklist(self, checklist_id: str) -> ChecklistView:
        with self.db.read() as session:
            checklist = session.get(Checklist, checklist_id)
            if checklist is None:
                raise NotFound(_("no checklist has the id %r") % (checklist_id,))
            return ChecklistView(
                id=checklist.id,
                title=checklist.title,
                practice_area=checklist.practice_area,
                description=checklist.description,
                source=checklist.source,
                document_id=checklist.document_id,
                items=[
                    ItemView(
                        i.id, i.position, i.kind, i.group, i.text, i.guidance_section_id, i.source, i.retired
                    )
                    for i in checklist.items
                ],
            )

    def item(self, item_id: str) -> ItemView:
        with self.db.read() as session:
            i = session.get(ChecklistItem, item_id)
            if i is None:
                raise NotFound(_("no checklist item has the id %r") % (item_id,))
            return ItemView(
                i.id, i.position, i.kind, i.group, i.text, i.guidance_section_id, i.source, i.retired
            )

    def kind_of(self, content_id: str) -> str | None:
        """'section', 'checklist', 'item' or 'document' for an id, or None."""
        with self.db.read() as session:
            for kind, model in (
                ("section", Section),
                ("checklist", Checklist),
                ("item", ChecklistItem),
                ("document", Document),
            ):
                if session.get(model, content_id) is not None:
                    return kind
        return None

    def as_markdown(self, content_id: str) -> str:
        """A section, checklist or whole document as Markdown, for `fieldguide read`."""
        kind = self.kind_of(content_id)
        if kind == "section":
            view = self.section(content_id)
            return f"# {view.title}\n\n*{view.document_title}*\n\n{view.body}\n\n> Source: {view.citation}\n"
        if kind == "checklist":
            return self._checklist_markdown(self.checklist(content_id))
        if kind == "item":
            item = self.item(content_id)
            return f"- [ ] {item.text}\n\n> Source: {item.source}\n"
        if kind == "document":
            return self._document_markdown(content_id)
        raise NotFound(_("nothing in the library has the id %r (see `fieldguide library`)") % (content_id,))

    def _checklist_markdown(self, view: ChecklistView) -> str:
        lines = [f"# {view.title}", ""]
        if view.description:
            lines += [view.description, ""]
        group: str | None = None
        for item in view.items:
            if item.retired:
                continue
            if item.group != group and item.group:
                lines += ["", f"## {item.group}", ""]
            group = item.group
            lines.append(f"- [ ] {item.text}  \n  *Source: {item.source}* (`{item.id}`)")
        if view.source:
            lines += ["", f"> Source: {view.source}"]
        return "\n".join(lines) + "\n"

    def _document_markdown(self, document_id: str) -> str:
        with self.db.read() as session:
            document = session.get(Document, document_id)
            assert document is not None
            lines = [f"# {document.title}", ""]
            if document.introduction:
                lines += [document.introduction, ""]
            for section in document.sections:
                number = f"{section.number} " if section.number else ""
                lines += [f"{'#' * min(section.level + 1, 6)} {number}{section.title}", "", section.body, ""]
            if document.source:
                lines += [f"> Source: {document.source}"]
            return "\n".join(lines) + "\n"
