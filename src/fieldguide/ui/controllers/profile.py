"""The profile: opening it behind the shown window, the library snapshot, protection, the lock, closing."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool, QTimer

from fieldguide.ui.actions import LOCK_BEFORE
from fieldguide.ui.controllers.base import Controller
from fieldguide.ui.daily_backup import DailyBackup
from fieldguide.ui.library_model import LibrarySnapshot
from fieldguide.ui.profile_menu import ProfileProtection
from fieldguide.ui.runner import ChangeNotice

if TYPE_CHECKING:
    from fieldguide.app import App
    from fieldguide.library.plain import PlainLibrary
    from fieldguide.library.views import SectionEntry
    from fieldguide.ui.lock import LockController
    from fieldguide.ui.main_window import MainWindow

# The search index is merged a step at a time while the profile is idle (SearchService.tidy_index):
# often until it is one piece, then now and then, as writing splits it again.
TIDY_STEP_MS = 15_000
TIDY_RESTING_MS = 600_000


@dataclass(frozen=True)
class Opened:
    """What the window needs once the profile is open, read on the worker in one go."""

    snapshot: LibrarySnapshot | None  # None at a hand-over: the plain read gave the library
    search: Callable[..., Any]
    protected: bool


def _settle_long_lived_objects() -> None:
    """Exempt what now lives as long as the window (modules, the library tree) from cyclic GC.

    A full collection walks every live object while holding the GIL: with a large
    library that is tens of milliseconds in which the window cannot repaint, at a
    moment nobody chose (often mid-typing). Objects that die later are still freed
    by reference counting.
    """
    gc.freeze()


def _opened(app: App, *, snapshot: bool = True) -> Opened:
    from fieldguide.reports.fonts import register_fonts
    from fieldguide.ui.snapshot import library_snapshot

    register_fonts()  # the reader's type: the same on every computer
    # The assessments and the sync counts are read after the library is usable (`_loaded`):
    # ordering the one and counting the other read every answer's time and every unsent
    # change, which is not what a user waits for before clicking in the library.
    library = library_snapshot(app, assessments=False) if snapshot else None
    return Opened(library, app.search.search, app.profile.keys.is_protected())


@dataclass(frozen=True)
class PlainRead:
    """The library read with plain SQL before the profile is open (`library/plain.py`)."""

    library: PlainLibrary
    snapshot: LibrarySnapshot


def _read_plain(root: str) -> PlainRead | None:
    """On a pool thread: the first snapshot with plain SQL, or None when the profile needs the full open."""
    from fieldguide.library.plain import PlainLibrary
    from fieldguide.reports.fonts import register_fonts
    from fieldguide.ui.snapshot import plain_snapshot

    library = PlainLibrary.open(root)
    if library is None:
        return None
    try:
        register_fonts()  # before the reader shows its first section
        return PlainRead(library, plain_snapshot(library))
    except Exception:  # a busy or damaged database: the full open says what is wrong
        library.close()
        return None


class PlainReadAhead:
    """`_read_plain` on a pool thread, its result handed to whoever takes it (`then`)."""

    def __init__(self, root: str) -> None:
        # Imported here, before the read starts: two threads importing at once take turns with
        # the interpreter, and on a busy machine each turn waits on the scheduler.
        import fieldguide.library.plain
        import fieldguide.reports.fonts
        import fieldguide.ui.snapshot  # noqa: F401
        from fieldguide.ui.tasks import run_task

        self.done = False
        self.result: PlainRead | None = None
        self._takers: list[Callable[[PlainRead | None], None]] = []
        self._finished = threading.Event()
        self._read: PlainRead | None = None

        def read() -> PlainRead | None:
            try:
                self._read = _read_plain(root)
            finally:
                self._finished.set()
            return self._read

        run_task(read, self._arrived, lambda _error: self._arrived(None))

    def settle(self, timeout_s: float) -> None:
        """Wait up to `timeout_s` for the read, and hand it over now rather than through the event loop.

        Start-up calls this once the window is built. The read runs beside the build, but the
        build's imports hold the interpreter, so the read often ends just after it; delivered
        through the event loop it then came after the built window's first paint: a whole
        window painted without its library, then painted again with it. Waiting here (the
        interpreter free for the read meanwhile) makes the first paint the library's.
        """
        if not self.done and self._finished.wait(timeout_s):
            self._hand_over(self._read)

    def _arrived(self, read: PlainRead | None) -> None:
        if self.done:
            return  # handed over already (`settle`); this is the event loop's delivery of it
        if not self._takers and read is not None:
            read.library.close()  # nobody took it: the window was never built
        self._hand_over(read)

    def _hand_over(self, read: PlainRead | None) -> None:
        self.done, self.result = True, read
        for taker in self._takers:
            taker(read)

    def then(self, taker: Callable[[PlainRead | None], None]) -> None:
        """Call `taker` with the read once it has arrived (at once if it has); in the order given."""
        if self.done:
            taker(self.result)
        else:
            self._takers.append(taker)


class ProfileController(Controller):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.opened_ = False  # the library is shown and can be used (perhaps still read plainly)
        self.app_open = False  # the profile's services answer (`open_app` has run)
        self.plain: PlainLibrary | None = None  # the library read plainly, until the hand-over
        self._ahead: PlainReadAhead | None = None  # the plain read of the library (read_ahead)
        self._wanted = False  # open_profile waits for that read before the full open
        self.protection = ProfileProtection(window)
        self.protection.changed.connect(lambda _protected: window.update_commands())
        self._lock_controller: LockController | None = None
        self._catching_up = False  # a step of the search index's catch-up is queued or running
        self._catch_up_again = False  # a step failed (the profile locked, say): try at the next tick
        self._tidy_timer = QTimer(window)
        self._tidy_timer.setInterval(TIDY_STEP_MS)
        self._tidy_timer.timeout.connect(self._tidy_index)
        self.daily_backup = DailyBackup(window, self.runner)

    @property
    def opened(self) -> bool:
        return self.opened_

    # --- opening ------------------------------------------------------------------------

    def read_ahead(self, ahead: PlainReadAhead | None = None) -> None:
        """Show the library read plainly as soon as `ahead` (started now if None) has read it.

        Start-up starts the read before it builds the window and hands it over here, so the
        tree is filled before the built window's first paint; the lock and the full open come
        after that paint (`open_profile`). Only a plain profile that needs nothing done first
        is read so; for any other the read gives None and `open_profile` opens it fully.
        """
        if self._ahead is not None:
            return
        self._ahead = ahead or PlainReadAhead(str(self.window.paths.root))
        self._ahead.then(self._plain_arrived)

    def _plain_arrived(self, read: PlainRead | None) -> None:
        window = self.window
        if read is not None and (window.closed or self.opened_):
            read.library.close()  # closed meanwhile, or opened another way (a passphrase)
            return
        if read is not None:
            self._show_plain(read)
        if self._wanted:
            self._wanted = False
            self._open_fully(None)

    def open_profile(self, opener: Callable[[], App] | None = None) -> None:
        """Open the profile on the runner's worker; `opener` returns the App (default: `open_app(paths)`).

        With the default opener, a profile that needs nothing done before it is read shows
        its library first, read with plain SQL before SQLAlchemy is imported (`read_ahead`),
        and the full open follows behind it; any other profile opens fully first.
        """
        if opener is not None:
            self._open_fully(opener)
            return
        if self._ahead is None:
            self.read_ahead()
        assert self._ahead is not None
        if self._ahead.done:
            self._open_fully(None)
        else:
            self._wanted = True  # once the plain read has been shown (or found impossible)

    def _open_fully(self, opener: Callable[[], App] | None) -> None:
        paths = self.window.paths
        if self.window.closed:
            return

        def open_default() -> App:
            from fieldguide.app import open_app

            return open_app(paths, daily_backup=False)  # made once the library is usable (_loaded)

        handing_over = self.plain is not None
        # Long, like the open: a section clicked meanwhile is read from the plain library.
        self.runner.open(opener or open_default, on_failed=self._failed)
        self.runner.run(
            lambda app: _opened(app, snapshot=not handing_over), self._loaded, self._failed, long=True
        )

    def _show_plain(self, read: PlainRead) -> None:
        """The library read with plain SQL, shown and usable; the full open follows (`open_profile`)."""
        from fieldguide.library.search import plain_search

        window = self.window
        self.plain = read.library
        self.opened_ = True
        window.navigator.set_library(read.snapshot)
        window.search_popup.set_search(plain_search(str(window.paths.root)))
        self._show_library_counts(read.snapshot)
        self.protection.protected = False  # a protected profile never takes this path
        window.reading.open_last()
        window.update_commands()
        window.library_loaded.emit()
        if read.snapshot.outlines_to_come:
            from fieldguide.ui.snapshot import imported_outlines
            from fieldguide.ui.tasks import run_task

            root = str(window.paths.root)
            run_task(lambda: imported_outlines(root), self._outlines_read, lambda _error: None)

    def _outlines_read(self, outlines: dict[str, list[SectionEntry]]) -> None:
        window = self.window
        if window.closed or not outlines:
            return
        window.navigator.add_outlines(outlines)
        if window.reader.current_id:
            window.navigator.select_content(window.reader.current_id)

    def _loaded(self, opened: Opened) -> None:
        window = self.window
        plain, self.plain = self.plain, None
        if plain is not None:
            plain.close()  # the services answer from here on
        if window.closed:
            return
        self.app_open = True
        window.search_popup.set_search(opened.search)
        self.protection.protected = opened.protected
        if opened.snapshot is not None:
            self.opened_ = True
            window.navigator.set_library(opened.snapshot)
            _settle_long_lived_objects()
            self._show_library_counts(opened.snapshot)
            window.reading.open_last()
            window.update_commands()
            window.library_loaded.emit()
        else:
            _settle_long_lived_objects()
            window.update_commands()
            # The full open may have settled a new device id (a copied profile): whose notes are
            # whose is read again through the services.
            window.noting.handed_over()
        window.assessments.refresh_list()  # queued first: what the navigator still lacks
        window.sync.refresh_counts()
        # The day's backup copies the whole profile (seconds for years of a team's work): after
        # the library is usable, not before, with its progress in the status bar.
        self.daily_backup.start()
        self._tidy_timer.start()
        self.catch_up_index()  # a sync that ended before the window closed may have left rows owed
        window.profile_opened.emit()

    def _tidy_index(self) -> None:
        """One step of merging the search index, when nothing else waits on the profile."""
        if not self.opened or self.window.closed or self.runner.busy:
            return
        if self._catch_up_again:  # a catch-up that failed first (`catch_up_index`)
            self._catch_up_again = False
            self.catch_up_index()
            return

        def stepped(more: bool) -> None:
            self._tidy_timer.setInterval(TIDY_STEP_MS if more else TIDY_RESTING_MS)

        # A failure (the profile locked, or busy elsewhere) is tried again at the next tick.
        self.runner.run(lambda app: app.search.tidy_index(), stepped, lambda _error: None)

    def catch_up_index(self) -> None:
        """Index the rows a sync received in bulk (db/fts_owed.py), a step at a time through
        the runner, so the window's other work gets in between; a step that finds nothing
        owed is one look-up. A search meanwhile finishes the catch-up itself before it reads."""
        if not self.app_open or self.window.closed or self._catching_up:
            return
        self._catching_up = True

        def stepped(more: bool) -> None:
            self._catching_up = False
            if more:
                self.catch_up_index()

        def failed(_error: BaseException) -> None:
            # The profile locked, rewritten (protection) or closed meanwhile: the key stays;
            # the next tick of the index's tidying tries again (`_tidy_index`), and a search
            # catches up by itself before it reads.
            self._catching_up = False
            self._catch_up_again = True

        # Long: a section clicked meanwhile is read beside it (WAL), not after it.
        self.runner.run(lambda app: app.search.catch_up_index(), stepped, failed, long=True)

    def _failed(self, error: BaseException) -> None:
        from fieldguide.ui.runner import ProfileClosed

        window = self.window
        if window.closed or self.app_open or isinstance(error, ProfileClosed):
            return  # ProfileClosed: the opening itself failed, and was reported
        message = str(error) or type(error).__name__
        text = self.tr("Could not open the library: %1").replace("%1", message)
        window.status_label.setText(text)
        window.reader.show_message(text)
        window.load_failed.emit(message)

    def refresh_library(self) -> None:
        """Read the library again (after an import or a pack install) and rebuild the navigator."""
        from fieldguide.ui.snapshot import library_snapshot

        if self.opened:
            self.runner.run(library_snapshot, self._library_read, lambda e: self.window.notify(str(e)))

    def _library_read(self, snapshot: LibrarySnapshot) -> None:
        window = self.window
        if window.closed:
            return
        window.navigator.set_library(snapshot)
        _settle_long_lived_objects()
        self._show_library_counts(snapshot)
        if window.reader.current_id:
            window.navigator.select_content(window.reader.current_id)

    def _show_library_counts(self, snapshot: LibrarySnapshot) -> None:
        self.window.status_label.setText(
            self.tr("%1 documents, %2 checklists")
            .replace("%1", str(len(snapshot.documents)))
            .replace("%2", str(len([c for c in snapshot.checklists if not c.retired])))
        )

    def apply_changes(self, notice: ChangeNotice) -> None:
        if notice.changes.library:
            self.refresh_library()
        if notice.changes.received:
            self.catch_up_index()

    # --- protection and the lock --------------------------------------------------------

    def protect_profile(self) -> None:
        if self.opened:
            self.protection.protect()

    def change_passphrase(self) -> None:
        if self.opened:
            self.protection.change()

    def remove_protection(self) -> None:
        if self.opened:
            self.protection.remove()

    @property
    def lock_controller(self) -> LockController | None:
        return self._lock_controller

    def attach_lock(self, controller: LockController) -> None:
        """The lock (launch.open_guarded): its Ctrl+L joins the File menu; texts are saved before it locks."""
        self._lock_controller = controller
        controller.about_to_lock.connect(self.flush_texts)
        controller.about_to_lock.connect(self._stop_backup_for_lock)
        controller.unlocked.connect(self.window.sync.refresh_counts)
        controller.unlocked.connect(self._backup_after_unlock)
        controller.unlocked.connect(self.catch_up_index)  # one the lock stopped, if any
        self.window.menus["file"].insertAction(self.window.commands.by_name[LOCK_BEFORE], controller.action)

    def _stop_backup_for_lock(self) -> None:
        # A protected profile's key is wiped once the work queued before the lock is done: a
        # whole copy of the profile there would keep it in memory for seconds, or minutes for
        # years of a team's work. An unprotected profile keeps copying while the screen is locked.
        if self.protection.protected:
            self.daily_backup.stop()

    def _backup_after_unlock(self) -> None:
        if self.opened:
            self.daily_backup.start()  # made only if it is still due today

    def flush_texts(self) -> bool:
        """Queue every text typed and not yet saved (note panel, workspace); False if some could not be."""
        return self.window.noting.flush_notes() and self.window.assessments.flush()

    def prepare_exclusive(self) -> bool:
        """Before the profile is rewritten: texts saved, every queued operation done, no search running."""
        if not self.flush_texts():
            return False
        self.runner.flush()
        QThreadPool.globalInstance().waitForDone(10_000)
        return True

    def update_commands(self) -> None:
        c = self.window.commands
        protected = self.protection.protected
        c.protect_profile.setEnabled(self.opened and not protected)
        c.change_passphrase.setEnabled(self.opened and protected)
        c.remove_protection.setEnabled(self.opened and protected)

    # --- about and closing --------------------------------------------------------------

    def show_about(self) -> None:
        from fieldguide import __version__
        from fieldguide.ui.about import AboutDialog, PackLine

        packs: list[PackLine] = []
        if self.opened:
            packs = self.runner.call(
                lambda app: [PackLine(p.title, p.version, p.kind, p.publisher) for p in app.packs.installed()]
            )
        AboutDialog(__version__, self.window.paths.root, packs, self.window).exec()

    def close(self) -> None:
        """Write every queued save, let searches finish, then close the profile."""
        QThreadPool.globalInstance().waitForDone(3000)
        self.runner.close()
        if self.plain is not None:
            self.plain.close()
            self.plain = None
        self.opened_ = False
        self.app_open = False
