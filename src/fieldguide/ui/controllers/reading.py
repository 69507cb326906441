"""The reading desk: what the reader shows, its history, bookmarks, search and zoom (the note beside
it: controllers/notes.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from fieldguide.changes import Changes
from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.ui import icons
from fieldguide.ui.controllers.base import Controller
from fieldguide.ui.history import History
from fieldguide.ui.runner import ChangeNotice

if TYPE_CHECKING:
    from fieldguide.library.views import ChecklistSummary, ChecklistView, NoteView, SectionEntry, SectionView
    from fieldguide.ui.main_window import MainWindow

ZOOM_KEY = "reader.zoom"
LAST_OPEN_KEY = "reader.last_open"
BOOKMARKS_CHANGED = Changes(bookmarks=True, sync_state=True)


@dataclass(frozen=True)
class Page:
    """What the reader shows for one id, read in one operation."""

    kind: str  # "section" or "checklist"
    section: SectionView | None = None
    checklist: ChecklistView | None = None
    item_id: str | None = None
    notes: tuple[NoteView, ...] = ()


class Catalog(Protocol):
    """What `read_page` asks of the library: `CatalogService`, or `PlainLibrary` at start-up."""

    def kind_of(self, content_id: str) -> str | None: ...
    def outline(self, document_id: str) -> list[SectionEntry]: ...
    def section(self, section_id: str, language: str | None = None) -> SectionView: ...
    def checklist(self, checklist_id: str, language: str | None = None) -> ChecklistView: ...
    def checklists(self, language: str | None = None) -> list[ChecklistSummary]: ...


class Notes(Protocol):
    def notes_on(self, target_kind: str, target_id: str) -> list[NoteView]: ...


def _checklist_of(catalog: Catalog, item_id: str) -> str:
    from fieldguide.library.catalog import NotFound

    # Item ids are "<checklist id>/<local id>" (pack format); fall back to a scan for other sources.
    candidate = item_id.rpartition("/")[0]
    if candidate and catalog.kind_of(candidate) == "checklist":
        return candidate
    for summary in catalog.checklists():
        if any(item.id == item_id for item in catalog.checklist(summary.id).items):
            return summary.id
    raise NotFound(_("no checklist item has the id %r") % (item_id,))


def read_page(
    catalog: Catalog,
    notes: Notes,
    content_id: str,
    kind: str | None,
    item_id: str | None,
    language: str | None = None,
) -> Page | None:
    """The section, checklist, document (its first section) or item (its checklist) `content_id` names.

    `language`: the guidance in that language where a translation pack holds it. `catalog`
    and `notes` are the App's services, or the library read plainly while the profile opens.
    """
    kind = kind or catalog.kind_of(content_id)
    if kind == "document":
        outline = catalog.outline(content_id)
        if not outline:
            return None
        content_id, kind = outline[0].id, "section"
    elif kind == "item":
        item_id = content_id
        content_id, kind = _checklist_of(catalog, content_id), "checklist"
    if kind == "section":
        return Page(
            "section",
            section=catalog.section(content_id, language),
            notes=tuple(notes.notes_on("section", content_id)),
        )
    if kind == "checklist":
        return Page("checklist", checklist=catalog.checklist(content_id, language), item_id=item_id)
    return None


class ReadingController(Controller):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.history = History()
        w = window
        w.navigator.open_requested.connect(lambda kind, cid: self.open_content(cid, kind=kind))
        w.navigator.assessment_requested.connect(w.assessment_requested)
        w.navigator.bookmark_toggle_requested.connect(self.toggle_bookmark_of)
        w.navigator.remove_bookmark_requested.connect(self.remove_bookmark)
        w.reader.link_activated.connect(lambda kind, cid: self.open_content(cid, kind=kind))
        w.reader.language_chosen.connect(self.read_in_language)
        self._language: str | None = None  # the reader's choice of language for guidance
        w.reader.start_assessment_requested.connect(lambda cid: w.assessments.new_assessment(cid))
        w.navigator.start_assessment_requested.connect(lambda cid: w.assessments.new_assessment(cid))
        w.reader.zoom_changed.connect(self._zoom_changed)
        w.search_popup.hit_activated.connect(self.open_hit)
        w.search_popup.closed.connect(lambda: w.reader.browser.setFocus(Qt.FocusReason.OtherFocusReason))

    # --- settings -----------------------------------------------------------------------

    def restore_settings(self) -> None:
        reader = self.window.reader
        reader.set_zoom(self.window.settings.get(ZOOM_KEY, 100))
        self._show_zoom(reader.zoom)

    def save_settings(self) -> None:
        settings = self.window.settings
        settings.set(ZOOM_KEY, self.window.reader.zoom)
        if self.window.reader.current_id:
            settings.set(LAST_OPEN_KEY, self.window.reader.current_id)

    def open_last(self) -> None:
        """After the profile opened: the section read last time, or the welcome page."""
        last = self.window.settings.get(LAST_OPEN_KEY, "")
        if not (last and self.open_content(last, quiet=True)):
            self.window.reader.show_welcome()

    # --- opening content ----------------------------------------------------------------

    def open_content(
        self,
        content_id: str,
        *,
        kind: str | None = None,
        query: str = "",
        item_id: str | None = None,
        record: bool = True,
        quiet: bool = False,
    ) -> bool:
        """Show a section, checklist, document (its first section) or item (its checklist) in the reader."""
        w = self.window
        if not self.opened:
            return False
        if content_id == w.reader.current_id and record and not query and item_id is None:
            w.show_page(w.reading_page)  # already open (a click that also activates)
            return True
        w.notes.flush()
        self.history.remember_scroll(w.reader.scroll_position())
        try:
            # The user waits for this page: read it now, after anything queued before it.
            language = self.content_language()
            plain = self.window.profile.plain
            page = self.runner.read(
                lambda app: read_page(app.catalog, app.annotations, content_id, kind, item_id, language),
                # While the profile opens: the library read plainly, if it holds the answer.
                before_open=None
                if plain is None
                else lambda: read_page(plain, plain, content_id, kind, item_id, language),
            )
        except UserError as error:
            if not quiet:
                w.notify(str(error))
            return False
        if page is None:
            if not quiet:
                w.notify(self.tr("Nothing in the library has the id %1").replace("%1", content_id))
            return False
        if page.section is not None:
            view = page.section
            content_id = view.id
            w.reader.show_section(view, self._title_of(view.previous_id), self._title_of(view.next_id))
            w.noting.show_note(("section", view.id), view.title, page.notes)
        elif page.checklist is not None:
            content_id = page.checklist.id
            w.reader.show_checklist(page.checklist, self._title_of, page.item_id)
            w.notes.set_target(None)
        if record:
            self.history.visit(content_id)
        if query:
            w.reader.highlight_query(query, scroll=page.item_id is None)
        w.navigator.select_content(content_id)
        w.show_page(w.reading_page)
        w.set_document_title(w.reader.current_title)
        w.update_commands()
        w.content_opened.emit(content_id)
        return True

    def content_language(self) -> str:
        """The language guidance is shown in, where translated: the reader's choice, else the app's."""
        from fieldguide.language import active_language

        return self._language or active_language()

    def read_in_language(self, language: str) -> None:
        """Show the open section or checklist, and what is opened next, in `language`."""
        self._language = language
        reader = self.window.reader
        if reader.current_id:
            self.open_content(reader.current_id, kind=reader.current_kind, record=False)

    def _title_of(self, section_id: str | None) -> str | None:
        if not section_id:
            return None
        index = self.window.navigator.model.index_of(section_id)
        return index.data() if index.isValid() else None

    def open_hit(self, hit: Any, query: str) -> None:
        """Open what a search hit points at, with the query's words marked."""
        w = self.window
        if hit.kind == "section":
            self.open_content(hit.id, kind="section", query=query)
        elif hit.kind == "item":
            self.open_content(hit.id, kind="item", query=query)
        elif hit.target_kind == "assessment":
            # An answer: that item of that assessment, the words found marked in its note.
            w.assessments.open_found(hit.target_id, hit.item_id, query)
            return
        elif hit.target_kind in ("section", "item") and self.open_content(
            hit.target_id, kind=hit.target_kind
        ):
            w.set_notes_visible(True)
            w.notes.highlight_query(query)
        w.reader.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- history and section steps ------------------------------------------------------

    def go_back(self) -> None:
        self._go(self.history.back)

    def go_forward(self) -> None:
        self._go(self.history.forward)

    def _go(self, step: Callable[[], Any]) -> None:
        self.history.remember_scroll(self.window.reader.scroll_position())
        place = step()
        if place is not None and self.open_content(place.content_id, record=False):
            self.window.reader.set_scroll_position(place.scroll)

    def previous_section(self) -> None:
        if self.window.reader.previous_id:
            self.open_content(self.window.reader.previous_id, kind="section")

    def next_section(self) -> None:
        if self.window.reader.next_id:
            self.open_content(self.window.reader.next_id, kind="section")

    # --- bookmarks ----------------------------------------------------------------------

    def toggle_bookmark(self, _checked: bool = False) -> None:
        reader = self.window.reader
        if reader.current_id is None or reader.current_kind is None:
            self.window.commands.toggle_bookmark.setChecked(False)
            self.window.notify(self.tr("Open a section or a checklist to bookmark it."))
            return
        self.toggle_bookmark_of(reader.current_kind, reader.current_id)

    def toggle_bookmark_of(self, kind: str, content_id: str) -> None:
        if not self.opened:
            return
        title = self._title_of(content_id) or self.window.reader.current_title

        def toggled(now: bool) -> None:
            message = self.tr("Bookmarked “%1”") if now else self.tr("Bookmark removed from “%1”")
            self.window.notify(message.replace("%1", title))

        self.runner.run(
            lambda app: app.annotations.toggle_bookmark(kind, content_id),
            toggled,
            lambda error: self.window.notify(str(error)),
            changes=BOOKMARKS_CHANGED,
        )

    def remove_bookmark(self, kind: str, content_id: str) -> None:
        if not self.opened:
            return

        def removed(done: bool) -> None:
            if done:
                self.window.notify(self.tr("Bookmark removed"))

        self.runner.run(
            lambda app: app.annotations.remove_bookmark(kind, content_id),
            removed,
            lambda error: self.window.notify(str(error)),
            changes=lambda done: BOOKMARKS_CHANGED if done else Changes(),
        )

    def _refresh_bookmarks(self) -> None:
        def show(bookmarks: list[Any]) -> None:
            if not self.window.closed:
                self.window.navigator.set_bookmarks(bookmarks)
                self.update_commands()

        self.runner.run(lambda app: app.annotations.bookmarks(), show)

    def apply_changes(self, notice: ChangeNotice) -> None:
        if notice.changes.bookmarks:
            self._refresh_bookmarks()

    # --- reader commands ----------------------------------------------------------------

    def copy_with_citation(self) -> None:
        text = self.window.reader.text_with_citation()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.window.notify(self.tr("Copied with its citation"))

    def open_find(self) -> None:
        self.window.show_page(self.window.reading_page)
        self.window.reader.open_find()

    def find_next(self) -> None:
        self.window.reader.find_next()

    def find_previous(self) -> None:
        self.window.reader.find_previous()

    def zoom_in(self) -> None:
        self.window.reader.set_zoom(self.window.reader.zoom + 10)

    def zoom_out(self) -> None:
        self.window.reader.set_zoom(self.window.reader.zoom - 10)

    def zoom_reset(self) -> None:
        self.window.reader.set_zoom(100)

    def _zoom_changed(self, percent: int) -> None:
        self.window.settings.set(ZOOM_KEY, percent)
        self._show_zoom(percent)

    def _show_zoom(self, percent: int) -> None:
        self.window.zoom_label.setText(
            "" if percent == 100 else self.tr("Zoom %1 %").replace("%1", str(percent))
        )

    def focus_search(self) -> None:
        self.window.search_popup.focus_field()

    def focus_tree_filter(self) -> None:
        self.window.set_navigator_visible(True)
        self.window.navigator.focus_filter()

    def update_commands(self) -> None:
        w = self.window
        c = w.commands
        reading = w.pages.currentWidget() is w.reading_page
        if reading and w.reader.current_title:
            w.set_document_title(w.reader.current_title)
        c.back.setEnabled(self.history.can_go_back())
        c.forward.setEnabled(self.history.can_go_forward())
        c.previous_section.setEnabled(reading and w.reader.previous_id is not None)
        c.next_section.setEnabled(reading and w.reader.next_id is not None)
        has_content = w.reader.current_id is not None
        for action in (c.copy_citation, c.find, c.find_next, c.find_previous):
            action.setEnabled(has_content)
        c.edit_note.setEnabled(w.reader.current_kind == "section")
        c.toggle_bookmark.setEnabled(has_content and self.opened)
        bookmarked = has_content and (w.reader.current_kind, w.reader.current_id) in (
            w.navigator.model.bookmark_targets()
        )
        c.toggle_bookmark.setChecked(bookmarked)
        c.toggle_bookmark.setIcon(
            icons.icon("bookmark-filled" if bookmarked else "bookmark", accent=bookmarked)
        )
        c.toggle_bookmark.setText(
            self.tr("Remove &bookmark") if bookmarked else self.tr("&Bookmark this section")
        )
