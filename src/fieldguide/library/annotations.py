"""A reader's own marks on the library: notes on sections and items, and bookmarks.

Each method is one use case in one transaction, and every change goes through
the Recorder, so notes and bookmarks sync like the rest of the user's data.

A device keeps one note per section (or item): writing again edits that note.
Other devices' notes on the same target stay theirs and are shown beside it;
sync then never has to merge two people's prose into one field. Clearing a
note's text deletes it with a tombstone, which sync carries to every device.

A bookmark's id is derived from its target, so two devices that bookmark the
same section offline end up with one bookmark, not two.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldguide.db.engine import Database, statements
from fieldguide.db.models import Bookmark, Checklist, ChecklistItem, Note, Section
from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.library import shelf
from fieldguide.library.catalog import NotFound
from fieldguide.library.views import BookmarkView as BookmarkView
from fieldguide.library.views import NoteView as NoteView
from fieldguide.sync.changelog import Recorder, derived_id

NOTE_TARGETS = ("section", "item")
BOOKMARK_TARGETS = ("section", "checklist", "item")

_CONTENT = {"section": Section, "checklist": Checklist, "item": ChecklistItem}


class InvalidTarget(UserError):
    """Notes and bookmarks attach to library content of a known kind only."""


def bookmark_id(target_kind: str, target_id: str) -> str:
    return derived_id("bookmark", target_kind, target_id)


def _title_of(session: Session, target_kind: str, target_id: str) -> str | None:
    model = _CONTENT[target_kind]
    row = session.get(model, target_id)
    if row is None:
        return None
    if isinstance(row, ChecklistItem):
        return row.text
    return row.title if isinstance(row, (Section, Checklist)) else None


def _not_found(target_kind: str, target_id: str) -> NotFound:
    """ "No … has the id …" as a whole sentence per kind, so translations never get an English word."""
    if target_kind == "section":
        return NotFound(_("no section has the id %r") % (target_id,))
    if target_kind == "checklist":
        return NotFound(_("no checklist has the id %r") % (target_id,))
    return NotFound(_("no checklist item has the id %r") % (target_id,))


def _check_kind(target_kind: str, allowed: tuple[str, ...]) -> None:
    if target_kind not in allowed:
        raise InvalidTarget(_("cannot attach this to a %r (only: %s)") % (target_kind, ', '.join(allowed)))


class AnnotationService:
    def __init__(self, db: Database, recorder: Recorder) -> None:
        self.db = db
        self.recorder = recorder

    @property
    def device_id(self) -> str:
        return self.recorder.device_id

    # --- notes -------------------------------------------------------------------

    def notes_on(self, target_kind: str, target_id: str) -> list[NoteView]:
        """Every live note on the target: this device's first, then others, newest first."""
        with self.db.read() as session:
            return shelf.notes_on(statements(session), target_kind, target_id, self.device_id)

    def my_note(self, target_kind: str, target_id: str) -> NoteView | None:
        return next((view for view in self.notes_on(target_kind, target_id) if view.mine), None)

    def save_note(self, target_kind: str, target_id: str, body: str) -> NoteView | None:
        """Write this device's note on the target; empty text deletes it. Returns the note, or None."""
        _check_kind(target_kind, NOTE_TARGETS)
        keep = bool(body.strip())
        with self.db.write() as session:
            row = self._own_note(session, target_kind, target_id)
            if not keep:
                if row is not None and not row.deleted:
                    # The text goes with the tombstone: a cleared note should not linger.
                    self.recorder.update(session, row, {"body": "", "deleted": True})
                return None
            if row is None:
                if _title_of(session, target_kind, target_id) is None:
                    raise _not_found(target_kind, target_id)
                row = self.recorder.create(
                    session,
                    Note,
                    {
                        "target_kind": target_kind,
                        "target_id": target_id,
                        "assessment_id": None,
                        "body": body,
                        "author_device": self.device_id,
                    },
                )
            else:
                self.recorder.update(session, row, {"body": body, "deleted": False})
            return self._note_view(row)

    def noted_targets(self, target_kind: str = "section") -> set[str]:
        """Ids of the targets of this kind that carry a live note from any device."""
        with self.db.read() as session:
            return shelf.noted_targets(statements(session), target_kind)

    def _own_note(self, session: Session, target_kind: str, target_id: str) -> Note | None:
        # A tombstoned note of ours comes back to life rather than leaving a trail of them.
        return session.scalars(
            select(Note)
            .where(
                Note.target_kind == target_kind,
                Note.target_id == target_id,
                Note.author_device == self.device_id,
                Note.assessment_id.is_(None),
            )
            .order_by(Note.deleted, Note.updated_at.desc(), Note.id)
            .limit(1)
        ).first()

    def _note_view(self, row: Note) -> NoteView:
        return NoteView(
            id=row.id,
            target_kind=row.target_kind,
            target_id=row.target_id,
            body=row.body,
            author_device=row.author_device,
            updated_at=row.updated_at,
            mine=row.author_device == self.device_id,
        )

    # --- bookmarks -----------------------------------------------------------------

    def bookmarks(self) -> list[BookmarkView]:
        """Live bookmarks in the order they were made (or last restored), the same on every device."""
        with self.db.read() as session:
            return shelf.bookmarks(statements(session))

    def is_bookmarked(self, target_kind: str, target_id: str) -> bool:
        with self.db.read() as session:
            row = session.get(Bookmark, bookmark_id(target_kind, target_id))
            return row is not None and not row.deleted

    def add_bookmark(self, target_kind: str, target_id: str) -> BookmarkView:
        _check_kind(target_kind, BOOKMARK_TARGETS)
        with self.db.write() as session:
            return self._add_bookmark(session, target_kind, target_id)

    def remove_bookmark(self, target_kind: str, target_id: str) -> bool:
        """Tombstone the bookmark; False when there was none to remove."""
        with self.db.write() as session:
            return self._remove_bookmark(session, target_kind, target_id)

    def toggle_bookmark(self, target_kind: str, target_id: str) -> bool:
        """Bookmark the target, or remove its bookmark; True when it is now bookmarked."""
        _check_kind(target_kind, BOOKMARK_TARGETS)
        with self.db.write() as session:
            if self._remove_bookmark(session, target_kind, target_id):
                return False
            self._add_bookmark(session, target_kind, target_id)
            return True

    def _add_bookmark(self, session: Session, target_kind: str, target_id: str) -> BookmarkView:
        title = _title_of(session, target_kind, target_id)
        if title is None:
            raise _not_found(target_kind, target_id)
        row_id = bookmark_id(target_kind, target_id)
        row = session.get(Bookmark, row_id)
        if row is None:
            row = self.recorder.create(
                session,
                Bookmark,
                {"target_kind": target_kind, "target_id": target_id, "label": title},
                row_id=row_id,
            )
        else:
            self.recorder.update(session, row, {"label": title, "deleted": False})
        return BookmarkView(row.id, target_kind, target_id, title, missing=False)

    def _remove_bookmark(self, session: Session, target_kind: str, target_id: str) -> bool:
        row = session.get(Bookmark, bookmark_id(target_kind, target_id))
        if row is None or row.deleted:
            return False
        self.recorder.delete(session, row)
        return True

