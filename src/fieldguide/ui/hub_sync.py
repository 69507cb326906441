"""Syncing with the organisation's hub from the window: off the GUI thread, and off the profile's.

A sync with a hub spends most of its time waiting on the network, sometimes for
minutes on a field link. That wait must hold neither the GUI thread (the window
stays live) nor the runner's profile thread (a note typed meanwhile is saved at
once). So the network runs on a thread of its own, and each short profile step
(prepare the outbox, apply one bundle, save the cursor) is handed to the runner
as an ordinary operation, whose change summary refreshes the window as usual.

``HubSyncer`` runs one sync or enrolment at a time; the Sync dialog and the
background timer share it, so two syncs never overlap. ``BackgroundHub`` tries a
sync every few minutes, and only when the user has set a hub up: a profile with
no hub makes no network request at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from fieldguide.changes import USER_DATA, Changes
from fieldguide.ui.runner import Runner

#: The first background try after the profile opens, then the interval between tries.
FIRST_TRY_MS = 20_000
INTERVAL_MS = 5 * 60_000
#: How long a background run waits for a silent hub before it stops (the next tick retries).
BACKGROUND_PATIENCE_S = 120.0
#: A sync the user started waits longer: they are watching the progress bar.
FOREGROUND_PATIENCE_S = 180.0

SYNC_STATE = Changes(sync_state=True)


def _changes_of(value: Any) -> Changes:
    """What a profile step changed: any user record when it applied something new."""
    new = getattr(value, "new", 0)
    conflicts = getattr(value, "conflicts", ())
    return USER_DATA if new or conflicts else SYNC_STATE


class HubSyncer(QObject):
    """One hub operation at a time, on a thread of its own; results come back as signals."""

    progress = Signal(int, int, str)
    finished = Signal(object)  # the HubResult (or HubConfig after an enrolment)
    failed = Signal(object)  # the exception
    running_changed = Signal(bool)

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self.background = False  # whether the operation under way was started by the timer

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _access(self, step: Callable[[Any], Any]) -> Any:
        """Run one profile step on the runner and wait for it (from the network thread)."""
        # The runner refuses new operations once the window closed (ProfileClosed): the
        # network thread then ends, and nothing half-done is left (each step is whole).
        # Each step is short, but applying one large bundle may take seconds: `long` lets
        # the window's queries read past it meanwhile.
        ticket = self.runner.run(
            lambda app: step(app.hub), on_failed=lambda _e: None, changes=_changes_of, long=True
        )
        ticket.ran.wait()
        if ticket.error is not None:
            raise ticket.error
        return ticket.value

    def sync(self, *, background: bool = False) -> bool:
        """Start a sync; False when one is already under way."""
        from fieldguide.sync import hub_run

        patience = BACKGROUND_PATIENCE_S if background else FOREGROUND_PATIENCE_S
        return self._start(
            lambda: hub_run.sync_hub(
                self._access,
                lambda done, total, message: self.progress.emit(done, total, message),
                patience=patience,
                cancel=self._cancel,
            ),
            background,
        )

    def enrol(self, url: str, code: str) -> bool:
        """Enrol this device with the hub at ``url``, then sync once."""
        from fieldguide.sync import hub_run

        def enrol_then_sync() -> Any:
            hub_run.enrol(self._access, url, code, patience=FOREGROUND_PATIENCE_S, cancel=self._cancel)
            return hub_run.sync_hub(
                self._access,
                lambda done, total, message: self.progress.emit(done, total, message),
                patience=FOREGROUND_PATIENCE_S,
                cancel=self._cancel,
            )

        return self._start(enrol_then_sync, False)

    def _start(self, work: Callable[[], Any], background: bool) -> bool:
        if self.running:
            return False
        self._cancel.clear()
        self.background = background

        def run() -> None:
            try:
                result = work()
            except BaseException as error:  # handed to the GUI thread, which says it in one line
                self.failed.emit(error)
            else:
                self.finished.emit(result)
            finally:
                self.running_changed.emit(False)

        self._thread = threading.Thread(target=run, name="fieldguide-hub", daemon=True)
        self.running_changed.emit(True)
        self._thread.start()
        return True

    def stop(self, wait_s: float = 5.0) -> None:
        """End the operation under way (the window is closing or locking): waits end at once."""
        self._cancel.set()
        thread = self._thread
        if thread is not None and thread.is_alive() and thread is not threading.current_thread():
            thread.join(wait_s)


class BackgroundHub(QObject):
    """Every few minutes, a quiet sync with the hub, when the user set one up."""

    def __init__(self, syncer: HubSyncer, is_open: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.syncer = syncer
        self.is_open = is_open
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)

    def start(self, first_ms: int = FIRST_TRY_MS) -> None:
        self.timer.start(first_ms)

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        """Sync now if a hub is set up (a read of the profile, no network otherwise)."""
        self.timer.start(INTERVAL_MS)
        if not self.is_open() or self.syncer.running:
            return

        def decide(configured: object) -> None:
            if configured and self.is_open() and not self.syncer.running:
                self.syncer.sync(background=True)

        self.syncer.runner.run(lambda app: app.hub.configured(), decide, lambda _error: None)
