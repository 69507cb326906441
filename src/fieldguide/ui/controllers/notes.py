"""The note beside the reader: shown with each section, saved as it is typed, purged on request,
read again when a sync or another device changes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fieldguide.changes import Changes
from fieldguide.ui.controllers.base import Controller
from fieldguide.ui.runner import ChangeNotice

if TYPE_CHECKING:
    from fieldguide.library.views import NoteView
    from fieldguide.ui.main_window import MainWindow

NOTE_SAVED = Changes(notes=True, sync_state=True)


class NotesController(Controller):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        window.notes.note_edited.connect(self._save_note)
        window.notes.purge_requested.connect(self.purge_note)

    def show_note(self, target: tuple[str, str], subject: str, notes: tuple[NoteView, ...]) -> None:
        mine = next((n for n in notes if n.mine), None)
        self.window.notes.set_target(target, subject, mine, [n for n in notes if not n.mine])

    def _save_note(self, kind: str, target_id: str, text: str) -> None:
        notes = self.window.notes
        target = (kind, target_id)

        def saved(note: object) -> None:
            if notes.target != target:
                return  # the reader moved on; the note was saved all the same
            notes.mark_saved(text)
            notes.note_id = getattr(note, "id", None) if note is not None else None
            if kind == "section":
                self.window.navigator.mark_noted(target_id, note is not None or bool(notes.others))

        def failed(error: BaseException) -> None:
            # Disk full, locked profile…: the text stays in the editor, unsaved, and is retried.
            if notes.target == target:
                notes.mark_failed(str(error) or type(error).__name__)

        self.runner.run(
            lambda app: app.annotations.save_note(kind, target_id, text),
            saved,
            failed,
            changes=NOTE_SAVED,
            origin=notes,
        )

    def purge_note(self, note_id: str) -> bool:
        """Remove this device's note on the open section for good, after asking."""
        from fieldguide.ui.errors import error_line
        from fieldguide.ui.purge_dialog import ask_and_purge

        notes = self.window.notes
        notes.flush()
        self.runner.flush()  # the text on screen is the text saved, and purged
        if notes.dirty:
            return False
        try:
            return ask_and_purge(
                self.runner,
                self.window,
                notes.text,
                lambda app, keep: app.purge.purge("note", note_id, replacement=keep),
            )
        except Exception as error:
            self.window.notify(error_line(error, self.tr("The note could not be removed (%1).")))
            return False

    def flush_notes(self) -> bool:
        """Queue the note typed and not yet saved; always True (a failed save keeps the text, marked)."""
        self.window.notes.flush()
        return True

    def close_notes(self) -> bool:
        """Before the window closes: the note saved (waiting for it), or the user agreed to lose it."""
        notes = self.window.notes
        notes.flush()
        self.runner.flush()
        if notes.dirty:
            return self.window.assessments.confirm_close_unsaved(notes.status.text())
        return True

    def edit_note(self) -> None:
        self.window.set_notes_visible(True)
        self.window.notes.focus_editor()

    def apply_changes(self, notice: ChangeNotice) -> None:
        if notice.changes.notes and notice.origin is not self.window.notes:
            # A note changed elsewhere (a sync, a resolution): the one beside the reader may be
            # among them. Only the notes are read again; the section itself did not change.
            self._reload_notes()
            self._refresh_noted_sections()

    def _reload_notes(self) -> None:
        notes = self.window.notes
        target = notes.target
        if target is None:
            return
        subject = notes.subject.text()

        def show(found: list[NoteView]) -> None:
            # Not over what the user is typing: their text is saved, then shown again later.
            if not self.window.closed and notes.target == target and not notes.dirty:
                self.show_note(target, subject, tuple(found))

        self.runner.run(lambda app: app.annotations.notes_on(*target), show)

    def handed_over(self) -> None:
        """The profile is open behind the library read plainly: what that read could not settle.

        The full open may give the profile a new device id (a copied or restored profile), and
        with it which notes are this device's; so the note beside the reader and the noted
        sections are read again through the services.
        """
        self._reload_notes()
        self._refresh_noted_sections()

    def _refresh_noted_sections(self) -> None:
        def show(noted: set[str]) -> None:
            if not self.window.closed:
                self.window.navigator.model.set_noted(noted)

        self.runner.run(lambda app: set(app.annotations.noted_targets("section")), show)
