"""ORM models: content (read-only, replaced whole by a pack) and user data (syncable).

Content rows have stable string ids (`ssr-national-ownership/why`). User-data
rows have UUID keys, a per-field hybrid logical clock (`clocks`) and a tombstone
(`deleted`) instead of a physical delete, so that sync can merge field by field.
User data refers to content by id without a foreign key on purpose: a pack
upgrade replaces content, and answers must survive it (shown as retired).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Small key/value facts about this profile (device id, last HLC)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- content ----------------------------------------------------------------


class Pack(Base):
    __tablename__ = "pack"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    version: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(16), default="en")
    licence: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16), default="pack")  # pack | import
    source_name: Mapped[str | None] = mapped_column(Text)  # imported file's name
    sha256: Mapped[str | None] = mapped_column(String(64))
    installed_at: Mapped[str] = mapped_column(String(32))

    documents: Mapped[list[Document]] = relationship(
        back_populates="pack", cascade="all, delete-orphan", order_by="Document.position"
    )
    checklists: Mapped[list[Checklist]] = relationship(
        back_populates="pack", cascade="all, delete-orphan", order_by="Checklist.position"
    )


class Document(Base):
    __tablename__ = "document"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    pack_id: Mapped[str] = mapped_column(ForeignKey("pack.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    practice_area: Mapped[str] = mapped_column(String(64), index=True)
    source: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    introduction: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    pack: Mapped[Pack] = relationship(back_populates="documents")
    sections: Mapped[list[Section]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Section.position"
    )


class Section(Base):
    __tablename__ = "section"
    # The outline's columns, so the tree reads no body (migration 0007).
    __table_args__ = (
        Index("ix_section_outline", "document_id", "position", "id", "title", "level", "number", "parent_id"),
    )
    id: Mapped[str] = mapped_column(String(256), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    parent_id: Mapped[str | None] = mapped_column(String(256))
    position: Mapped[int] = mapped_column(Integer)  # reading order within the document
    level: Mapped[int] = mapped_column(Integer, default=1)
    number: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")  # Markdown
    plain: Mapped[str] = mapped_column(Text, default="")  # the body's words, for the search index
    citation: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    # The whole section is the project's own synthesis (`citation` then names what it draws on).
    synthesis: Mapped[bool] = mapped_column(Boolean, default=False)
    dated: Mapped[str | None] = mapped_column(Text)  # the period time-bound material covers

    document: Mapped[Document] = relationship(back_populates="sections")


class Checklist(Base):
    __tablename__ = "checklist"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    pack_id: Mapped[str] = mapped_column(ForeignKey("pack.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[str | None] = mapped_column(String(128))
    title: Mapped[str] = mapped_column(Text)
    practice_area: Mapped[str] = mapped_column(String(64), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Kept after a pack upgrade dropped it, because answers refer to its items.
    retired: Mapped[bool] = mapped_column(Boolean, default=False)

    pack: Mapped[Pack] = relationship(back_populates="checklists")
    items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="checklist", cascade="all, delete-orphan", order_by="ChecklistItem.position"
    )


class ChecklistItem(Base):
    __tablename__ = "checklist_item"
    id: Mapped[str] = mapped_column(String(256), primary_key=True)
    checklist_id: Mapped[str] = mapped_column(ForeignKey("checklist.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), default="question")
    group: Mapped[str | None] = mapped_column("group_name", Text)
    text: Mapped[str] = mapped_column(Text)
    guidance_section_id: Mapped[str | None] = mapped_column(String(256))
    source: Mapped[str] = mapped_column(Text, default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    hint: Mapped[str | None] = mapped_column(Text)  # what evidence would show it
    synthesis: Mapped[bool] = mapped_column(Boolean, default=False)  # the project's own, not the source's
    dated: Mapped[str | None] = mapped_column(Text)
    see_also: Mapped[list[str]] = mapped_column(JSON, default=list)  # related item ids

    checklist: Mapped[Checklist] = relationship(back_populates="items")


class Translation(Base):
    """Another language's text of a content row, from a translation pack, under the same stable id.

    `kind` is document, section, checklist or item; `title` holds an item's text;
    `body` a section's body, a checklist's description or a document's introduction;
    `hint` an item's evidence hint or a section's period (its "Dated:" line).
    """

    __tablename__ = "content_translation"
    language: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    object_id: Mapped[str] = mapped_column(String(256), primary_key=True)
    pack_id: Mapped[str] = mapped_column(ForeignKey("pack.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    citation: Mapped[str] = mapped_column(Text, default="")
    hint: Mapped[str | None] = mapped_column(Text)
    group: Mapped[str | None] = mapped_column("group_name", Text)


# --- user data (syncable) ----------------------------------------------------


class Synced:
    """Columns every syncable row carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # {field: "hlc@device"} for the last change of each field; the merge compares these.
    clocks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))

    # Fields a user can change; sync records and merges exactly these.
    SYNCED_FIELDS: ClassVar[tuple[str, ...]] = ()

    if TYPE_CHECKING:
        # The mapped subclasses take their columns as keywords (the declarative constructor);
        # code that builds a row of any syncable table goes through this mixin's type.
        def __init__(self, **columns: Any) -> None: ...


class Assessment(Synced, Base):
    __tablename__ = "assessment"
    title: Mapped[str] = mapped_column(Text)
    country: Mapped[str] = mapped_column(Text, default="")
    mission: Mapped[str] = mapped_column(Text, default="")
    assessors: Mapped[list[str]] = mapped_column(JSON, default=list)
    start_date: Mapped[str | None] = mapped_column(String(10))
    end_date: Mapped[str | None] = mapped_column(String(10))
    classification: Mapped[str] = mapped_column(String(32), default="unclassified")
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | final
    checklist_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    summary: Mapped[str] = mapped_column(Text, default="")

    SYNCED_FIELDS = (
        "title",
        "country",
        "mission",
        "assessors",
        "start_date",
        "end_date",
        "classification",
        "status",
        "checklist_ids",
        "summary",
        "deleted",
    )


class Response(Synced, Base):
    """One per assessment × item; its id is derived from both so devices agree on it."""

    __tablename__ = "response"
    # When each assessment last changed and its progress, read without the notes (migration 0007).
    __table_args__ = (
        Index("ix_response_progress", "assessment_id", "updated_at", "deleted", "item_id", "status"),
    )
    assessment_id: Mapped[str] = mapped_column(String(36))
    item_id: Mapped[str] = mapped_column(String(256), index=True)
    status: Mapped[str] = mapped_column(String(16), default="not-assessed")
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[str | None] = mapped_column(String(8))

    SYNCED_FIELDS = (
        "assessment_id",
        "item_id",
        "status",
        "note",
        "evidence",
        "confidence",
        "deleted",
    )


class Note(Synced, Base):
    """A note on a section, a checklist item or an assessment."""

    __tablename__ = "note"
    target_kind: Mapped[str] = mapped_column(String(16))  # section | item | assessment
    target_id: Mapped[str] = mapped_column(String(256))
    # Indexed: moving an assessment to the bin takes its notes out of search (db/fts.py).
    assessment_id: Mapped[str | None] = mapped_column(String(36), index=True)
    body: Mapped[str] = mapped_column(Text, default="")
    author_device: Mapped[str] = mapped_column(String(36), default="")

    __table_args__ = (Index("ix_note_target", "target_kind", "target_id"),)
    SYNCED_FIELDS = ("target_kind", "target_id", "assessment_id", "body", "author_device", "deleted")


class Action(Synced, Base):
    """A follow-up action on an assessment, or on one item of it."""

    __tablename__ = "action"
    __table_args__ = (Index("ix_action_last_change", "assessment_id", "updated_at"),)
    assessment_id: Mapped[str] = mapped_column(String(36))
    item_id: Mapped[str | None] = mapped_column(String(256))
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[str | None] = mapped_column(String(10))
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    SYNCED_FIELDS = ("assessment_id", "item_id", "text", "owner", "due_date", "done", "deleted")


class Bookmark(Synced, Base):
    """A bookmarked section or item; its id is derived from the target so devices agree."""

    __tablename__ = "bookmark"
    target_kind: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[str] = mapped_column(String(256))
    label: Mapped[str] = mapped_column(Text, default="")

    SYNCED_FIELDS = ("target_kind", "target_id", "label", "deleted")


class Conflict(Synced, Base):
    """A field whose live versions disagree: a local index derived from the field states
    (``sync.rows.settle``), never synced; every device derives the same rows."""

    __tablename__ = "conflict"
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(32))
    losing_value: Mapped[Any] = mapped_column(JSON)
    losing_clock: Mapped[str] = mapped_column(String(80))
    winning_clock: Mapped[str] = mapped_column(String(80))
    resolution: Mapped[str | None] = mapped_column(String(16))  # None while open

    SYNCED_FIELDS = (
        "table_name",
        "row_id",
        "field",
        "losing_value",
        "losing_clock",
        "winning_clock",
        "resolution",
        "deleted",
    )


#: ``ChangeLog.field`` of a row received whole (new to this device): one entry stands for
#: every field of the row, which a later export sends (a first full sync receives a
#: million fields; one entry per row keeps the log, and the apply, five times smaller).
WHOLE_ROW = "*"


class ChangeLog(Base):
    """Append-only log of every change to user data, local or received, for sync.

    A received field is logged with its shown version's clock and device (``value`` null);
    a received row new to this device once, with ``field`` = ``WHOLE_ROW`` and the clock
    and device of its newest version."""

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(32))
    value: Mapped[Any] = mapped_column(JSON)
    hlc: Mapped[str] = mapped_column(String(32))
    device: Mapped[str] = mapped_column(String(36))
    base: Mapped[str | None] = mapped_column(String(80))  # the clock of the value replaced
    local: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (Index("ix_change_origin", "device", "hlc"),)


SYNCED_MODELS: dict[str, type[Synced]] = {
    model.__tablename__: model for model in (Assessment, Response, Note, Action, Bookmark)
}


# --- sync bookkeeping (local to this device, never synced) ---------------------


class SyncSent(Base):
    """A bundle this device wrote: which stretch of its change log it carries."""

    __tablename__ = "sync_sent"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # The change-log entries with seq_from <= seq <= seq_to are in the bundle.
    seq_from: Mapped[int] = mapped_column(Integer)
    seq_to: Mapped[int] = mapped_column(Integer)
    changes: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(32))
    destination: Mapped[str] = mapped_column(Text, default="")


class SyncReceived(Base):
    """A bundle applied here; a bundle is applied once, whatever route it came by."""

    __tablename__ = "sync_received"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device: Mapped[str] = mapped_column(String(200), index=True)
    hlc_max: Mapped[str | None] = mapped_column(String(32))
    changes: Mapped[int] = mapped_column(Integer)
    new_changes: Mapped[int] = mapped_column(Integer)
    applied_at: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(Text, default="")


class SyncSignature(Base):
    """One write (a dot: device and clock) of this or another device, signed by its device.

    ``leaves`` are the 32-byte hashes of every field version of the write, so a teammate
    relaying only some of them can still prove the signature (``sync.signing``).
    """

    __tablename__ = "sync_signature"
    device: Mapped[str] = mapped_column(String(200), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(32), primary_key=True)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    leaves: Mapped[bytes] = mapped_column(LargeBinary)


# Merge reads a row's whole history (to tell a concurrent edit from a later one).
Index("ix_change_row", ChangeLog.table_name, ChangeLog.row_id)
