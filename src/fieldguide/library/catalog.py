"""Reading the installed library: what is there, and one section or checklist at a time."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldguide.db.engine import Database
from fieldguide.db.models import Checklist, ChecklistItem, Document, Pack, Section, Translation
from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.library.translations import languages_of, translations
from fieldguide.library.views import (
    PRACTICE_AREAS,
    ChecklistSummary,
    ChecklistView,
    DocumentSummary,
    ItemView,
    SectionEntry,
    SectionView,
    mark_synthesis,
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

    def documents(self, language: str | None = None) -> list[DocumentSummary]:
        """The library's documents; titles in `language` where a translation pack holds them."""
        with self.db.read() as session:
            titles = _titles(session, language, "document")
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
                DocumentSummary(
                    doc.id,
                    titles.get(doc.id, doc.title),
                    doc.practice_area,
                    int(n),
                    kind == "import",
                    doc.pack_id,
                )
                for doc, kind, n in rows
            ]

    def checklists(self, language: str | None = None) -> list[ChecklistSummary]:
        """The library's checklists; titles in `language` where a translation pack holds them."""
        with self.db.read() as session:
            titles = _titles(session, language, "checklist")
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
                ChecklistSummary(
                    c.id, titles.get(c.id, c.title), c.practice_area, int(n), c.document_id, c.retired
                )
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

    def outlines(self, language: str | None = None) -> dict[str, list[SectionEntry]]:
        """Every document's outline, read in one statement (one per document grew with the library).

        Section titles are in `language` where a translation pack holds them.
        """
        found: dict[str, list[SectionEntry]] = {}
        with self.db.read() as session:
            titles = _titles(session, language, "section")
            rows = session.execute(
                select(
                    Section.document_id,
                    Section.id,
                    Section.title,
                    Section.level,
                    Section.number,
                    Section.parent_id,
                ).order_by(Section.document_id, Section.position)
            ).all()
        for document_id, section_id, title, level, number, parent in rows:
            entry = SectionEntry(section_id, titles.get(section_id, title), level, number, parent)
            found.setdefault(document_id, []).append(entry)
        return found

    def section(self, section_id: str, language: str | None = None) -> SectionView:
        """A section; in `language` when a translation pack holds it (else in its own language)."""
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
            own = document.pack.language or "en"
            others = languages_of(session, "section", section.id)
            text = (
                translations(session, language, "section", [section.id]).get(section.id) if language else None
            )
            title_of_document = document.title
            if text is not None:
                doc_text = translations(session, text.language, "document", [document.id]).get(document.id)
                title_of_document = doc_text.title if doc_text else document.title
                titles = translations(session, text.language, "section", [c[0] for c in crumbs])
                crumbs = [(cid, titles[cid].title if cid in titles else ctitle) for cid, ctitle in crumbs]
            return SectionView(
                id=section.id,
                title=text.title if text else section.title,
                number=section.number,
                body=text.body if text else section.body,
                citation=(text.citation if text else "") or section.citation or document.source,
                document_id=document.id,
                document_title=title_of_document,
                practice_area=document.practice_area,
                previous_id=by_position.get(section.position - 1),
                next_id=by_position.get(section.position + 1),
                breadcrumbs=crumbs,
                synthesis=bool(section.synthesis),
                dated=(text.hint if text else None) or section.dated,
                language=text.language if text else own,
                languages=sorted({own, *others}),
            )

    def checklist(self, checklist_id: str, language: str | None = None) -> ChecklistView:
        """A checklist with its items; in `language` as far as a translation pack holds it."""
        with self.db.read() as session:
            checklist = session.get(Checklist, checklist_id)
            if checklist is None:
                raise NotFound(_("no checklist has the id %r") % (checklist_id,))
            own = checklist.pack.language or "en"
            text = (
                translations(session, language, "checklist", [checklist.id]).get(checklist.id)
                if language
                else None
            )
            items = (
                translations(session, language, "item", [i.id for i in checklist.items])
                if text and language
                else {}
            )
            return ChecklistView(
                id=checklist.id,
                title=text.title if text else checklist.title,
                practice_area=checklist.practice_area,
                description=text.body if text else checklist.description,
                source=(text.citation if text else "") or checklist.source,
                document_id=checklist.document_id,
                items=[_item_view(i, items.get(i.id)) for i in checklist.items],
                language=text.language if text else own,
                languages=sorted({own, *languages_of(session, "checklist", checklist.id)}),
            )

    def item(self, item_id: str) -> ItemView:
        with self.db.read() as session:
            i = session.get(ChecklistItem, item_id)
            if i is None:
                raise NotFound(_("no checklist item has the id %r") % (item_id,))
            return _item_view(i)

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

    def as_markdown(self, content_id: str, language: str | None = None) -> str:
        """A section, checklist or whole document as Markdown, for `fieldguide read`.

        `language`: the text of a translation pack in that language where it holds one.
        """
        kind = self.kind_of(content_id)
        if kind == "section":
            return section_markdown(self.section(content_id, language))
        if kind == "checklist":
            return self._checklist_markdown(self.checklist(content_id, language))
        if kind == "item":
            return item_markdown(self.item(content_id)) + "\n"
        if kind == "document":
            return self._document_markdown(content_id, language)
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
            lines.append(item_markdown(item))
        if view.source:
            lines += ["", f"> Source: {view.source}"]
        return "\n".join(lines) + "\n"

    def _document_markdown(self, document_id: str, language: str | None = None) -> str:
        with self.db.read() as session:
            document = session.get(Document, document_id)
            assert document is not None
            own = (
                translations(session, language, "document", [document_id]).get(document_id)
                if language
                else None
            )
            texts = (
                translations(session, language, "section", [s.id for s in document.sections])
                if language
                else {}
            )
            lines = [f"# {own.title if own else document.title}", ""]
            introduction = own.body if own else document.introduction
            if introduction:
                lines += [introduction, ""]
            for section in document.sections:
                number = f"{section.number} " if section.number else ""
                text = texts.get(section.id)
                title, body = (text.title, text.body) if text else (section.title, section.body)
                body = mark_synthesis(body, SYNTHESIS_LABEL)
                lines += [f"{'#' * min(section.level + 1, 6)} {number}{title}", "", body, ""]
            if document.source:
                lines += [f"> Source: {document.source}"]
            return "\n".join(lines) + "\n"


def _titles(session: Session, language: str | None, kind: str) -> dict[str, str]:
    """Every title a translation pack gives in `language` for this kind of content, by id."""
    if not language:
        return {}
    rows = session.execute(
        select(Translation.object_id, Translation.title).where(
            Translation.language == language, Translation.kind == kind
        )
    )
    return {object_id: title for object_id, title in rows}


def _item_view(i: ChecklistItem, text: Translation | None = None) -> ItemView:
    """An item as the views show it; `text` is its translation into the language asked for, if any."""
    return ItemView(
        i.id,
        i.position,
        i.kind,
        (text.group if text else None) or i.group,
        text.title if text else i.text,
        i.guidance_section_id,
        (text.citation if text else "") or i.source,
        i.retired,
        hint=(text.hint if text else None) or i.hint,
        synthesis=bool(i.synthesis),
        see_also=list(i.see_also or []),
        dated=i.dated,
    )


# The command line's Markdown is English like the rest of its output; the window says the same in
# the user's language (ui/reader.py).
SYNTHESIS_LABEL = "Field Guide synthesis (the project's own advice, not the source's)"


def section_markdown(view: SectionView) -> str:
    lines = [f"# {view.title}", "", f"*{view.document_title}*", ""]
    if view.dated:
        lines += [f"*Time-bound: {view.dated}*", ""]
    if view.synthesis:
        lines += [f"> **{SYNTHESIS_LABEL}**: the whole section.", ""]
    lines += [mark_synthesis(view.body, SYNTHESIS_LABEL), ""]
    lines.append(f"> {'Drawing on' if view.synthesis else 'Source'}: {view.citation}")
    return "\n".join(lines) + "\n"


def item_markdown(item: ItemView) -> str:
    mark = " *(Field Guide synthesis)*" if item.synthesis else ""
    lines = [f"- [ ] {item.text}{mark}  "]
    if item.hint:
        lines.append(f"  Evidence: {item.hint}  ")
    if item.dated:
        lines.append(f"  Time-bound: {item.dated}  ")
    lines.append(f"  *{'Drawing on' if item.synthesis else 'Source'}: {item.source}* (`{item.id}`)")
    if item.see_also:
        lines[-1] += "  "
        lines.append("  See also: " + ", ".join(f"`{other}`" for other in item.see_also))
    return "\n".join(lines)
