"""Installing content packs: validate everything, then swap content in one transaction.

Answers and notes refer to content by stable id. When a newer pack drops an
item that has answers, the item (and, if need be, its checklist) is kept and
marked retired instead of deleted, so nothing a user wrote loses its context.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from fieldguide.db.engine import Database
from fieldguide.db.models import Checklist, ChecklistItem, Document, Pack, Response, Section, Translation
from fieldguide.i18n import _
from fieldguide.library.pack_format import PackContent, PackError, load_pack, version_key
from fieldguide.library.signing import Publisher, TrustStore


class PackUntrusted(PackError):
    """A valid pack that is unsigned or signed by a publisher the user has not trusted.

    It installs only after an explicit choice: the faces show `publisher_name`
    (and the key's fingerprint when signed) and ask.
    """

    def __init__(self, message: str, pack_id: str, publisher_name: str, publisher: Publisher | None) -> None:
        super().__init__(message)
        self.pack_id = pack_id
        self.publisher_name = publisher_name
        self.publisher = publisher


@dataclass(frozen=True)
class InstallResult:
    pack_id: str
    version: str
    previous_version: str | None
    changed: bool
    documents: int
    sections: int
    checklists: int
    items: int
    retired_items: int = 0


@dataclass(frozen=True)
class InstalledPack:
    """One installed pack or imported document, as the faces show it (no ORM row leaves here)."""

    id: str
    title: str
    version: str
    kind: str  # pack | import
    publisher: str
    language: str
    licence: str
    source_name: str | None
    installed_at: str


@dataclass(frozen=True)
class RetiredRows:
    checklists: list[dict[str, Any]]
    items: list[dict[str, Any]]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class PackService:
    def __init__(self, db: Database, trust: TrustStore | None = None) -> None:
        self.db = db
        self.trust = trust if trust is not None else TrustStore([], None)

    def trusted(self, content: PackContent) -> bool:
        return content.signed_by is not None and self.trust.trusts(content.signed_by)

    def check_trust(
        self, content: PackContent, *, allow_unsigned: bool = False, trust_publisher: bool = False
    ) -> None:
        """Raise PackUntrusted unless the pack is signed by a trusted key or the user chose otherwise.

        `trust_publisher` adds the signing key to the trusted publishers (after the
        pack proved valid); `allow_unsigned` installs an unsigned pack this once.
        """
        name = str(content.manifest.get("publisher", "") or "?")
        if content.signed_by is None:
            if not allow_unsigned:
                raise PackUntrusted(
                    _(
                        "pack %r from %r is not signed, so nothing shows who made it; nothing was changed "
                        "(install it only if you trust where it came from: --allow-unsigned)"
                    )
                    % (content.id, name),
                    content.id,
                    name,
                    None,
                )
            return
        if self.trust.trusts(content.signed_by):
            return
        if not trust_publisher:
            signed_by = content.signed_by
            raise PackUntrusted(
                _(
                    "pack %r is signed by %r (key %s), a publisher you have not trusted; "
                    "nothing was changed (--trust-publisher to trust it)"
                )
                % (content.id, signed_by.name, signed_by.key_id),
                content.id,
                content.signed_by.name,
                content.signed_by,
            )

    def verify(self, path: Path) -> PackContent:
        """Validate a pack against itself and the installed library; raises PackError."""
        with self.db.read() as session:
            content = load_pack(path, known_sections=self._sections_outside(session, None))
            self._check_against_installed(session, content, force=True)
        return content

    def install(
        self,
        path: Path,
        *,
        force: bool = False,
        allow_unsigned: bool = False,
        trust_publisher: bool = False,
    ) -> InstallResult:
        """Install a pack file or folder: signature, hashes and content checked before anything changes."""
        with self.db.read() as session:
            known = self._sections_outside(session, None)
        content = load_pack(path, known_sections=known)
        self.check_trust(content, allow_unsigned=allow_unsigned, trust_publisher=trust_publisher)
        result = self.install_content(content, force=force)
        if trust_publisher and content.signed_by is not None:
            self.trust.trust(content.signed_by)
        return result

    def install_content(
        self,
        content: PackContent,
        *,
        force: bool = False,
        kind: str = "pack",
        source_name: str | None = None,
        sha256: str | None = None,
    ) -> InstallResult:
        translation = content.manifest.get("translation_of")
        with self.db.write() as session:
            previous = self._check_against_installed(session, content, force=force)
            if previous is not None and previous.version == content.version and not force:
                return self._result(content, previous.version, changed=False)
            if translation:
                from fieldguide.library.translations import check_translation

                check_translation(session, content)
                kind = "translation"
                retired = RetiredRows([], [])
            else:
                retired = self._replace_content(session, content)
            values = {
                "version": content.version,
                "title": str(content.manifest["title"]),
                "publisher": str(content.manifest.get("publisher", "")),
                "language": str(content.manifest.get("language", "en")),
                "licence": str(content.manifest.get("licence", "")),
                "kind": kind,
                "source_name": source_name,
                "sha256": sha256,
                "installed_at": _now(),
            }
            if previous is None:
                session.execute(insert(Pack).values(id=content.id, **values))
            else:
                session.execute(update(Pack).where(Pack.id == content.id).values(**values))
            if translation:
                from fieldguide.library.translations import store_translation

                store_translation(session, content)
            else:
                self._insert_rows(session, content)
                self._keep_retired(session, content, retired)
        return self._result(
            content, previous.version if previous else None, changed=True, retired=len(retired.items)
        )

    def remove(self, pack_id: str) -> None:
        with self.db.write() as session:
            if session.get(Pack, pack_id) is None:
                raise PackError(f"no installed pack has the id {pack_id!r}")
            session.execute(
                delete(ChecklistItem).where(
                    ChecklistItem.checklist_id.in_(select(Checklist.id).where(Checklist.pack_id == pack_id))
                )
            )
            session.execute(delete(Checklist).where(Checklist.pack_id == pack_id))
            session.execute(
                delete(Section).where(
                    Section.document_id.in_(select(Document.id).where(Document.pack_id == pack_id))
                )
            )
            session.execute(delete(Document).where(Document.pack_id == pack_id))
            session.execute(delete(Translation).where(Translation.pack_id == pack_id))
            session.execute(delete(Pack).where(Pack.id == pack_id))

    def installed(self) -> list[InstalledPack]:
        with self.db.read() as session:
            return [
                InstalledPack(
                    id=pack.id, title=pack.title, version=pack.version, kind=pack.kind,
                    publisher=pack.publisher, language=pack.language, licence=pack.licence,
                    source_name=pack.source_name, installed_at=pack.installed_at,
                )
                for pack in session.scalars(select(Pack).order_by(Pack.kind, Pack.title))
            ]

    # --- steps -----------------------------------------------------------------

    @staticmethod
    def _sections_outside(session: Session, pack_id: str | None) -> set[str]:
        query = select(Section.id).join(Document)
        if pack_id is not None:
            query = query.where(Document.pack_id != pack_id)
        return set(session.scalars(query))

    @staticmethod
    def _check_against_installed(session: Session, content: PackContent, *, force: bool) -> Pack | None:
        previous = session.get(Pack, content.id)
        if (
            previous is not None
            and not force
            and version_key(content.version) < version_key(previous.version)
        ):
            raise PackError(
                f"pack {content.id!r} {content.version} is older than the installed "
                f"{previous.version}; nothing was changed"
            )
        if content.manifest.get("translation_of"):
            return previous  # a translation reuses the ids of the pack it translates, by design
        for model, rows, what in (
            (Document, content.documents, "document"),
            (Checklist, content.checklists, "checklist"),
        ):
            ids = [row["id"] for row in rows]
            for chunk in _chunks(ids):
                clash = session.execute(
                    select(model.id, model.pack_id).where(model.id.in_(chunk), model.pack_id != content.id)
                ).first()
                if clash is not None:
                    raise PackError(
                        f"{what} id {clash[0]!r} is already used by the installed pack {clash[1]!r}"
                    )
        return previous

    @staticmethod
    def _replace_content(session: Session, content: PackContent) -> RetiredRows:
        """Delete the pack's old content; returns the answered rows the new version dropped."""
        old_items = set(
            session.scalars(select(ChecklistItem.id).join(Checklist).where(Checklist.pack_id == content.id))
        )
        new_items = {row["id"] for row in content.items}
        dropped = old_items - new_items
        answered: set[str] = set()
        for chunk in _chunks(sorted(dropped)):
            answered |= set(
                session.scalars(
                    select(Response.item_id).where(Response.item_id.in_(chunk), Response.deleted.is_(False))
                )
            )
        keep_checklists = {item.rsplit("/", 1)[0] for item in answered}
        # Read before the delete so that retired rows can be written back unchanged.
        retired = RetiredRows(
            [_row(c) for c in session.scalars(select(Checklist).where(Checklist.id.in_(keep_checklists)))],
            [_row(i) for i in session.scalars(select(ChecklistItem).where(ChecklistItem.id.in_(answered)))],
        )
        session.execute(
            delete(ChecklistItem).where(
                ChecklistItem.checklist_id.in_(select(Checklist.id).where(Checklist.pack_id == content.id))
            )
        )
        session.execute(delete(Checklist).where(Checklist.pack_id == content.id))
        session.execute(
            delete(Section).where(
                Section.document_id.in_(select(Document.id).where(Document.pack_id == content.id))
            )
        )
        session.execute(delete(Document).where(Document.pack_id == content.id))
        session.expunge_all()
        return retired

    @staticmethod
    def _insert_rows(session: Session, content: PackContent) -> None:
        pack = {"pack_id": content.id}
        if content.documents:
            session.execute(insert(Document), [{**row, **pack} for row in content.documents])
        if content.sections:
            session.execute(insert(Section), content.sections)
        if content.checklists:
            session.execute(insert(Checklist), [{**row, **pack} for row in content.checklists])
        if content.items:
            session.execute(insert(ChecklistItem), content.items)

    @staticmethod
    def _keep_retired(session: Session, content: PackContent, retired: RetiredRows) -> None:
        present = {row["id"] for row in content.checklists}
        missing = [row | {"retired": True} for row in retired.checklists if row["id"] not in present]
        if missing:
            session.execute(insert(Checklist), missing)
        if retired.items:
            session.execute(insert(ChecklistItem), [row | {"retired": True} for row in retired.items])

    @staticmethod
    def _result(
        content: PackContent, previous: str | None, *, changed: bool, retired: int = 0
    ) -> InstallResult:
        return InstallResult(
            pack_id=content.id,
            version=content.version,
            previous_version=previous,
            changed=changed,
            documents=len(content.documents),
            sections=len(content.sections),
            checklists=len(content.checklists),
            items=len(content.items),
            retired_items=retired,
        )


def _row(obj: Any) -> dict[str, Any]:
    return {column.key: getattr(obj, column.key) for column in obj.__mapper__.column_attrs}


def _chunks(values: list[str], size: int = 500) -> list[list[str]]:
    return [values[i : i + size] for i in range(0, len(values), size)] or [[]]
