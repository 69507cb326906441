"""Importing an adviser's own documents into the library.

An importer (library/importers) recovers a `ParsedDocument`; this service gives
it stable ids and installs it like a one-document pack (`Pack.kind == "import"`),
so imported guidance is read, searched and assessed exactly like the bundled
library. A document's identity comes from its content (the id carries the file's
hash) and from the user, never from its title or file name: a file that looks like
an imported document (same title or file name) is a new document unless the user
says it is a new edition (`edition_of`); the same bytes again stay "unchanged".
A new edition replaces the old one: sections keep their ids when their number
and title match, or else their text fingerprint, so notes and answers stay
attached; what no longer matches is kept (notes detached, answered items
retired), never deleted.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fieldguide.db.engine import Database
from fieldguide.db.models import ChecklistItem, Document, Note, Pack, Section
from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.library.catalog import CatalogService, SectionEntry
from fieldguide.library.importers.model import ParsedDocument, ParsedSection
from fieldguide.library.pack_format import PackContent, fingerprint, markdown_to_plain
from fieldguide.library.packs import PackService

IMPORT_AREA = "imported"
ID_PREFIX = "imp-"


@dataclass(frozen=True)
class ChecklistOutline:
    id: str
    title: str
    items: int
    groups: list[str]


@dataclass(frozen=True)
class ImportResult:
    id: str
    title: str
    file_name: str
    status: str  # "imported" | "unchanged" | "new-edition"
    outline: list[SectionEntry] = field(default_factory=list)
    checklists: list[ChecklistOutline] = field(default_factory=list)
    detached_notes: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "file": self.file_name,
            "status": self.status,
            "outline": [
                {"id": s.id, "number": s.number, "title": s.title, "level": s.level} for s in self.outline
            ],
            "checklists": [
                {"id": c.id, "title": c.title, "items": c.items, "groups": c.groups} for c in self.checklists
            ],
            "detached_notes": self.detached_notes,
        }


def slugify(text: str, *, limit: int = 48) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-")


def _unique(candidate: str, taken: set[str]) -> str:
    value, counter = candidate, 2
    while value in taken:
        value = f"{candidate}-{counter}"
        counter += 1
    taken.add(value)
    return value


def _section_body(section: ParsedSection) -> str:
    if not section.footnotes:
        return section.body
    notes = "\n".join(f"{n}. {text}" for n, text in enumerate(section.footnotes, start=1))
    return f"{section.body}\n\n**Notes**\n\n{notes}".strip()


@dataclass(frozen=True)
class LookAlike:
    """An imported document the new file may be a new edition of (same title or file name)."""

    id: str
    title: str


@dataclass(frozen=True)
class PreparedImport:
    """A file read and parsed, ready to add; `parsed` is None when it is already in the library."""

    path: Path
    sha256: str
    parsed: ParsedDocument | None
    look_alike: LookAlike | None = None


@dataclass(frozen=True)
class _OldSection:
    id: str
    number: str | None
    title: str
    fingerprint: str


class ImportService:
    def __init__(self, db: Database, packs: PackService, catalog: CatalogService) -> None:
        self.db = db
        self.packs = packs
        self.catalog = catalog

    def set_item_kind(self, item_id: str, kind: str) -> str:
        """Change how an imported checklist's item is answered (its kind, and so its scale).

        The importer guesses a kind from the item's wording; the adviser knows
        better. A pack's items keep the kind their publisher gave them.
        Returns the item's id.
        """
        from fieldguide.assessments.scales import KINDS

        if kind not in KINDS:
            raise UserError(_("unknown kind %r; use one of %s") % (kind, ", ".join(KINDS)))
        with self.db.write() as session:
            item = session.get(ChecklistItem, item_id.strip())
            if item is None:
                raise UserError(_("no checklist item has the id %r") % (item_id,))
            if item.checklist.pack.kind != "import":
                raise UserError(
                    _("%s comes from a content pack: only an imported checklist's kinds can change")
                    % (item_id,)
                )
            item.kind = kind
            return item.id

    def prepare(self, path: Path) -> PreparedImport:
        """Read and parse a file without touching the library; raises a one-line UserError."""
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise UserError(_("%s: no such file") % (path,)) from exc
        except IsADirectoryError as exc:
            raise UserError(_("%s: is a folder; give the document's file") % (path,)) from exc
        except OSError as exc:
            raise UserError(_("%s: cannot be read (%s)") % (path.name, exc.strerror)) from exc
        sha256 = hashlib.sha256(data).hexdigest()
        if self._by_sha(sha256) is not None:
            return PreparedImport(path, sha256, None)
        # Imported here: the parsers (pdfium, python-docx) are only needed when importing.
        from fieldguide.library.importers import parse_file

        parsed = parse_file(path)
        return PreparedImport(path, sha256, parsed, self._look_alike(parsed.title, path.name))

    def commit(
        self,
        prepared: PreparedImport,
        *,
        title: str | None = None,
        practice_area: str | None = None,
        edition_of: str | None = None,
    ) -> ImportResult:
        """Add the prepared file: a new document, or a new edition of `edition_of` (an id)."""
        if edition_of is not None:
            self._check_edition_target(edition_of)
        if prepared.parsed is None:
            existing = self._by_sha(prepared.sha256)
            if existing is not None and (edition_of is None or existing == edition_of):
                return self._result(existing, prepared.path.name, "unchanged")
            from fieldguide.library.importers import parse_file

            prepared = PreparedImport(prepared.path, prepared.sha256, parse_file(prepared.path))
        assert prepared.parsed is not None
        return self.import_parsed(
            prepared.parsed,
            file_name=prepared.path.name,
            sha256=prepared.sha256,
            title=title,
            practice_area=practice_area,
            edition_of=edition_of,
        )

    def import_file(
        self,
        path: Path,
        *,
        title: str | None = None,
        practice_area: str | None = None,
        edition_of: str | None = None,
    ) -> ImportResult:
        return self.commit(
            self.prepare(path), title=title, practice_area=practice_area, edition_of=edition_of
        )

    def _check_edition_target(self, doc_id: str) -> None:
        with self.db.read() as session:
            pack = session.get(Pack, doc_id)
            if pack is None or pack.kind != "import":
                raise UserError(
                    _(
                        "%s: no imported document has this id; see `fieldguide library list` for the ids "
                        "of imported documents"
                    ) % (doc_id,)
                )

    def _look_alike(self, title: str, file_name: str) -> LookAlike | None:
        """An imported document with the same title or file name (a new edition, perhaps)."""
        stem = Path(file_name).stem.casefold()
        wanted = title.strip().casefold()
        with self.db.read() as session:
            rows = session.execute(
                select(Pack.id, Pack.source_name, Document.title)
                .join(Document, Document.id == Pack.id)
                .where(Pack.kind == "import")
            ).all()
        for doc_id, source_name, doc_title in rows:
            same_name = source_name is not None and Path(source_name).stem.casefold() == stem
            if same_name or (wanted and (doc_title or "").strip().casefold() == wanted):
                return LookAlike(doc_id, doc_title or doc_id)
        return None

    def import_parsed(
        self,
        parsed: ParsedDocument,
        *,
        file_name: str,
        sha256: str,
        title: str | None = None,
        practice_area: str | None = None,
        edition_of: str | None = None,
    ) -> ImportResult:
        title = (title or parsed.title or Path(file_name).stem).strip()
        area = slugify(practice_area or IMPORT_AREA, limit=40) or IMPORT_AREA
        if edition_of is not None:
            self._check_edition_target(edition_of)
            doc_id = edition_of
        else:
            # The id is the content's: a readable start and the file's hash.
            base = f"{ID_PREFIX}{slugify(title, limit=32) or 'document'}-{sha256[:8]}"
            with self.db.read() as session:
                taken = set(session.scalars(select(Pack.id).where(Pack.id.like(f"{base}%"))))
            doc_id = _unique(base, taken)
        with self.db.read() as session:
            previous = session.get(Pack, doc_id)
            old_sections = [
                _OldSection(s.id, s.number, s.title, s.fingerprint)
                for s in session.scalars(select(Section).where(Section.document_id == doc_id))
            ]
        version = str(int(previous.version.split(".")[0]) + 1) if previous else "1"
        content = self._content(parsed, doc_id, title, area, file_name, version, old_sections)
        self.packs.install_content(content, force=True, kind="import", source_name=file_name, sha256=sha256)
        return self._result(doc_id, file_name, "new-edition" if previous else "imported")

    # --- building the rows -----------------------------------------------------

    def _content(
        self,
        parsed: ParsedDocument,
        doc_id: str,
        title: str,
        area: str,
        file_name: str,
        version: str,
        old_sections: list[_OldSection],
    ) -> PackContent:
        content = PackContent(
            manifest={"id": doc_id, "version": version, "title": title, "files": [], "licence": ""}
        )
        content.documents.append(
            {"id": doc_id, "title": title, "practice_area": area, "source": file_name, "summary": "",
             "introduction": parsed.introduction, "position": 0}
        )  # fmt: skip
        by_number_title = {(s.number, s.title.casefold()): s.id for s in old_sections}
        by_fingerprint = {s.fingerprint: s.id for s in old_sections}
        taken: set[str] = set()
        parents: dict[int, str] = {}
        section_ids: list[str] = []
        for position, section in enumerate(parsed.sections):
            body = _section_body(section)
            print_ = fingerprint(section.title, body)
            reused = by_number_title.get((section.number, section.title.casefold())) or by_fingerprint.get(
                print_
            )
            if reused is not None and reused not in taken:
                taken.add(reused)
                section_id = reused
            else:
                local = (
                    slugify(section.number or "", limit=20) or slugify(section.title, limit=40) or "section"
                )
                section_id = _unique(f"{doc_id}/{local}", taken)
            parents[section.level] = section_id
            section_ids.append(section_id)
            number = f"{section.number} " if section.number else ""
            content.sections.append(
                {"id": section_id, "document_id": doc_id,
                 "parent_id": parents.get(section.level - 1) if section.level > 1 else None,
                 "position": position, "level": section.level, "number": section.number,
                 "title": section.title, "body": body, "plain": markdown_to_plain(body),
                 "citation": f"{title}, {number}{section.title}".strip(), "fingerprint": print_}
            )  # fmt: skip
            for deeper in [level for level in parents if level > section.level]:
                del parents[deeper]
        checklist_ids: set[str] = set()
        for position, checklist in enumerate(parsed.checklists):
            if not checklist.items:
                continue
            checklist_id = _unique(
                f"{doc_id}--{slugify(checklist.title, limit=40) or 'checklist'}", checklist_ids
            )
            index = min(max(checklist.section_index, 0), len(section_ids) - 1) if section_ids else -1
            guidance_id = section_ids[index] if index >= 0 else None
            where = parsed.sections[index] if index >= 0 else None
            heading = f"{where.number or ''} {where.title}".strip() if where else ""
            source = f"{title}, {heading}"
            content.checklists.append(
                {"id": checklist_id, "document_id": doc_id, "title": checklist.title, "practice_area": area,
                 "description": "", "source": source.strip(", "), "position": position, "retired": False}
            )  # fmt: skip
            item_ids: set[str] = set()
            for item_position, item in enumerate(checklist.items):
                # Ids from the words: the same step in a new edition keeps its answers.
                digest = hashlib.sha1(" ".join(item.text.casefold().split()).encode()).hexdigest()[:10]
                text = f"{item.text}\n\n{item.detail}".strip() if item.detail else item.text
                content.items.append(
                    {"id": _unique(f"{checklist_id}/i{digest}", item_ids), "checklist_id": checklist_id,
                     "position": item_position, "kind": item.kind, "group": item.group, "text": text,
                     "guidance_section_id": guidance_id, "source": source.strip(", "), "retired": False}
                )  # fmt: skip
        return content

    # --- reading back ------------------------------------------------------------

    def _by_sha(self, sha256: str) -> str | None:
        with self.db.read() as session:
            return session.scalar(select(Pack.id).where(Pack.kind == "import", Pack.sha256 == sha256))

    def _result(self, doc_id: str, file_name: str, status: str) -> ImportResult:
        with self.db.read() as session:
            document = session.get(Document, doc_id)
            assert document is not None
            title = document.title
            section_ids = set(session.scalars(select(Section.id).where(Section.document_id == doc_id)))
            detached = sum(
                1
                for target in session.scalars(
                    select(Note.target_id).where(
                        Note.target_kind == "section",
                        Note.target_id.like(f"{doc_id}/%"),
                        Note.deleted.is_(False),
                    )
                )
                if target not in section_ids
            )
        checklists = [
            self.catalog.checklist(summary.id)
            for summary in self.catalog.checklists()
            if summary.document_id == doc_id and not summary.retired
        ]
        return ImportResult(
            id=doc_id,
            title=title,
            file_name=file_name,
            status=status,
            outline=self.catalog.outline(doc_id),
            checklists=[
                ChecklistOutline(
                    c.id,
                    c.title,
                    sum(1 for i in c.items if not i.retired),
                    list(dict.fromkeys(i.group for i in c.items if i.group and not i.retired)),
                )
                for c in checklists
            ],
            detached_notes=detached,
        )
