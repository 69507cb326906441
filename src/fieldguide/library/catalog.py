"""Reading the installed library: what is there, and one section or checklist at a time."""

from __future__ import annotations

from fieldguide.db.engine import Database, statements
from fieldguide.db.models import Checklist, ChecklistItem, Document, Translation
from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.library import shelf
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
            return shelf.documents(statements(session), language)

    def checklists(self, language: str | None = None) -> list[ChecklistSummary]:
        """The library's checklists; titles in `language` where a translation pack holds them."""
        with self.db.read() as session:
            return shelf.checklists(statements(session), language)

    def outline(self, document_id: str) -> list[SectionEntry]:
        with self.db.read() as session:
            return shelf.outline(statements(session), document_id)

    def outlines(self, language: str | None = None) -> dict[str, list[SectionEntry]]:
        """Every document's outline, read in one statement (one per document grew with the library).

        Section titles are in `language` where a translation pack holds them.
        """
        with self.db.read() as session:
            return shelf.outlines(statements(session), language)

    def section(self, section_id: str, language: str | None = None) -> SectionView:
        """A section; in `language` when a translation pack holds it (else in its own language)."""
        with self.db.read() as session:
            view = shelf.section(statements(session), section_id, language)
        if view is None:
            raise NotFound(_("no section has the id %r") % (section_id,))
        return view

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
            return shelf.kind_of(statements(session), content_id)

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
