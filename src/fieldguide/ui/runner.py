"""The operation runner: one worker thread owns the profile; the window asks it for everything.

Modelled on Anki's `CollectionOp`/`QueryOp`. Every service call the window makes,
reads and writes alike, is an *operation*: a function of the `App` run on the
runner's one worker thread, in the order submitted. Its result comes back on the
GUI thread (`on_done`, or `on_failed` with the exception), and, when it changed
something, the runner emits `changed` with a `Changes` summary; controllers
refresh what they show from that summary. Nothing on the GUI thread touches the
database, so typing never waits for a sync, an import or a backup: a save made
meanwhile is queued behind the running operation.

    runner.run(lambda app: app.annotations.save_note(kind, id, text),
               on_done=panel.mark_saved, on_failed=panel.mark_failed,
               changes=Changes(notes=True, sync_state=True))

`call(op)` waits for an operation's result (the user asked for something and waits
for it); `read(op)` is the same for a query, and does not wait behind a long
operation (`run(..., long=True)`: a sync, an import); `flush()` waits until every
queued operation has run and its callback has been delivered (closing the window,
before a lock).
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from fieldguide.changes import NOTHING, Changes
from fieldguide.courtesy import no_cyclic_gc

if TYPE_CHECKING:
    from fieldguide.app import App

log = logging.getLogger(__name__)

# How long the worker may keep the interpreter before the GUI thread gets its turn. Python's
# default (5 ms) is paid at each of the several Python slots a keystroke runs through (the
# shortcut guard, the editor's change signal, the autosave timer) while a sync or an import
# keeps the worker busy; 1 ms keeps a keystroke's way to the screen short (bench_typing).
SWITCH_INTERVAL_S = 0.001


# Automatic cyclic collection stays off while an operation runs (why: fieldguide.courtesy).
_gc_while_busy = no_cyclic_gc

T = TypeVar("T")
Op = Callable[["App"], T]
ChangesOf = Changes | Callable[[T], Changes]


class ProfileClosed(RuntimeError):
    """An operation reached the worker while no profile was open."""


@dataclass(eq=False)
class Ticket(Generic[T]):
    """One submitted operation; `done` once it ran and its callback was delivered."""

    op: Callable[[App | None], T]
    on_done: Callable[[T], None] | None
    on_failed: Callable[[BaseException], None] | None
    changes: ChangesOf[T]
    origin: object | None
    ran: threading.Event = field(default_factory=threading.Event)
    delivered: bool = False
    value: Any = None
    error: BaseException | None = None
    long: bool = False  # a sync, an import: `read` does not wait behind it


@dataclass(frozen=True)
class ChangeNotice:
    """What `changed` carries: the summary and the object that asked for the change (or None)."""

    changes: Changes
    origin: object | None


class _Relay(QObject):
    ready = Signal()


class Runner(QObject):
    changed = Signal(object)  # ChangeNotice, on the GUI thread, after each operation that changed something
    busy_changed = Signal(bool)  # True while operations are queued or running

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app: App | None = None
        self._queue: queue.Queue[Ticket[Any] | None] = queue.Queue()
        self._finished: deque[Ticket[Any]] = deque()
        self._lock = threading.Lock()
        self._outstanding = 0  # submitted and not yet delivered
        self._relay = _Relay()
        self._relay.ready.connect(self._deliver)
        if sys.getswitchinterval() > SWITCH_INTERVAL_S:
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        self._thread = threading.Thread(target=self._work, name="fieldguide-profile", daemon=True)
        self._thread.start()
        self._closed = False
        self._running: Ticket[Any] | None = None  # the operation on the worker now
        self._reader: queue.Queue[Callable[[], None] | None] | None = None  # started on first use

    # --- the profile ---------------------------------------------------------------------

    @property
    def app(self) -> App | None:
        """The open profile. For the worker's operations only: the GUI thread must not use it."""
        return self._app

    @property
    def is_open(self) -> bool:
        return self._app is not None

    def open(
        self,
        opener: Callable[[], App],
        on_done: Callable[[App], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> Ticket[App]:
        """Open the profile on the worker; later operations run against it.

        Long (`run(..., long=True)`): until it has run, `read(op, before_open=...)` answers
        from the library read with plain SQL when nothing else is queued.
        """

        def open_it(_app: App | None) -> App:
            self._app = opener()
            return self._app

        return self._submit(open_it, on_done, on_failed, NOTHING, None, long=True)

    def close(self) -> None:
        """Run what is queued (saves included), close the profile and stop the worker."""
        if self._closed:
            return
        self.flush()

        def close_it(app: App | None) -> None:
            self._app = None
            if app is not None:
                app.close()

        self._submit(close_it, None, None, NOTHING, None)
        self.flush()
        self._closed = True
        self._queue.put(None)
        if self._reader is not None:
            self._reader.put(None)
        self._thread.join(timeout=10)

    # --- operations ----------------------------------------------------------------------

    def run(
        self,
        op: Op[T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        *,
        changes: ChangesOf[T] = NOTHING,
        origin: object | None = None,
        long: bool = False,
    ) -> Ticket[T]:
        """Queue `op(app)`; its result reaches `on_done` on the GUI thread, its error `on_failed`.

        `changes` says what the operation changed when it succeeds (or computes it from
        the result); `origin` is handed on with the notice so the view that made the
        change need not reload itself. An error with no `on_failed` is logged. `long`
        marks an operation that may take seconds in one transaction (a sync, an import,
        a pack install): `read` does not wait behind it.
        """

        def with_profile(app: App | None) -> T:
            if app is None:
                raise ProfileClosed("the profile is not open")
            return op(app)

        return self._submit(with_profile, on_done, on_failed, changes, origin, long=long)

    def call(self, op: Op[T], *, changes: ChangesOf[T] = NOTHING, origin: object | None = None) -> T:
        """Run `op(app)` on the worker and wait for its result (or its exception).

        For what the user is waiting on anyway (the section they clicked). Operations
        queued before it run first, and their callbacks are delivered first.
        """
        ticket = self.run(op, on_failed=lambda _error: None, changes=changes, origin=origin)  # raised below
        self.wait(ticket)
        if ticket.error is not None:
            raise ticket.error
        return ticket.value  # type: ignore[no-any-return]

    def read(self, op: Op[T], *, before_open: Callable[[], T] | None = None) -> T:
        """A query the user waits for (the section they clicked, the assessment they opened).

        Like `call`, in order, unless the one operation outstanding is a long one that is
        running: then `op` runs at once on the reader thread, with its own connection,
        and reads what the profile has committed, which is everything submitted before
        it except that operation. SQLite's WAL lets it read while the long operation
        holds the write lock, so the window answers in milliseconds instead of after the
        sync; the long operation's change notice refreshes the views when it lands.
        When saves are queued behind it, the query waits in order, so it never misses
        what the user did. `op` must only read.

        `before_open` answers the same question without the App, from the library read
        with plain SQL (`library/plain.py`), while the profile is still opening and
        nothing but long operations (the open itself) is queued: a section clicked at
        start-up shows at once. When it raises NeedsFullOpen, `op` waits for the open.
        """
        from fieldguide.library.plain import NeedsFullOpen

        self._not_on_worker()
        with self._lock:
            running = self._running
            alone = self._outstanding == 1
            writes_queued = self._short > 0
        app = self._app
        if app is None and before_open is not None and not writes_queued:
            try:
                return self._aside(before_open)
            except NeedsFullOpen:
                return self.call(op)
        if running is None or not running.long or not alone or app is None:
            return self.call(op)
        return self._aside(lambda: op(app))

    def _aside(self, query: Callable[[], T]) -> T:
        """`query()` on the reader thread, waited for: its value, or its exception raised here."""
        done = threading.Event()
        outcome: list[Any] = []

        def job() -> None:
            try:
                outcome.append((query(), None))
            except BaseException as error:  # raised on the GUI thread below
                outcome.append((None, error))
            done.set()

        self._reader_queue().put(job)
        done.wait()
        value, error = outcome[0]
        if error is not None:
            raise error
        return value  # type: ignore[no-any-return]

    def _reader_queue(self) -> queue.Queue[Callable[[], None] | None]:
        if self._reader is None:
            reader: queue.Queue[Callable[[], None] | None] = queue.Queue()

            def serve() -> None:
                while (job := reader.get()) is not None:
                    job()

            threading.Thread(target=serve, name="fieldguide-reader", daemon=True).start()
            self._reader = reader
        return self._reader

    def wait(self, ticket: Ticket[Any], timeout: float | None = None) -> bool:
        """Block until `ticket` ran and everything up to it was delivered; False on timeout."""
        self._not_on_worker()
        if not ticket.ran.wait(timeout):
            return False
        while not ticket.delivered:
            self._deliver()
        return True

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every queued operation (and any it queued from a callback) has run and reported."""
        self._not_on_worker()
        while True:
            with self._lock:
                last = self._last_submitted
                outstanding = self._outstanding
            if outstanding == 0:
                return True
            if last is None or not self.wait(last, timeout):
                return False

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._outstanding > 0

    # --- machinery -----------------------------------------------------------------------

    _last_submitted: Ticket[Any] | None = None
    _short = 0  # outstanding operations not marked long: saves and reads that `read` must not pass

    def _submit(
        self,
        op: Callable[[App | None], T],
        on_done: Callable[[T], None] | None,
        on_failed: Callable[[BaseException], None] | None,
        changes: ChangesOf[T],
        origin: object | None,
        *,
        long: bool = False,
    ) -> Ticket[T]:
        if self._closed:
            raise ProfileClosed("the window is closing")
        ticket: Ticket[T] = Ticket(op, on_done, on_failed, changes, origin, long=long)
        with self._lock:
            self._outstanding += 1
            self._short += 0 if long else 1
            self._last_submitted = ticket
            first = self._outstanding == 1
        self._queue.put(ticket)
        if first:
            self.busy_changed.emit(True)
        return ticket

    def _not_on_worker(self) -> None:
        if threading.current_thread() is self._thread:
            raise RuntimeError("an operation cannot wait for the runner it runs on")

    def _work(self) -> None:
        while True:
            ticket = self._queue.get()
            if ticket is None:
                return
            with self._lock:
                self._running = ticket
            try:
                with _gc_while_busy:
                    ticket.value = ticket.op(self._app)
            except BaseException as error:  # handed to the GUI thread, which decides what to show
                ticket.error = error
            with self._lock:
                self._running = None
                self._finished.append(ticket)
            ticket.ran.set()
            self._relay.ready.emit()

    def _deliver(self) -> None:
        """Hand finished operations to their callbacks, in the order they were submitted."""
        while True:
            with self._lock:
                if not self._finished:
                    return
                ticket = self._finished.popleft()
                # Counted as delivered before its callback runs: a callback may flush or wait.
                ticket.delivered = True
                self._outstanding -= 1
                self._short -= 0 if ticket.long else 1
                idle = self._outstanding == 0
            self._report(ticket)
            if idle:
                self.busy_changed.emit(False)

    def _report(self, ticket: Ticket[Any]) -> None:
        if ticket.error is not None:
            if ticket.on_failed is not None:
                ticket.on_failed(ticket.error)
            else:
                log.warning("operation failed: %s", ticket.error, exc_info=ticket.error)
            return
        changes = ticket.changes(ticket.value) if callable(ticket.changes) else ticket.changes
        if ticket.on_done is not None:
            ticket.on_done(ticket.value)
        if changes:
            self.changed.emit(ChangeNotice(changes, ticket.origin))
