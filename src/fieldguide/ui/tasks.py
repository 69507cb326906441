"""Run long work off the GUI thread and hand the result back on it.

Like Anki's `QueryOp`: a view asks for work with `run_task(fn, on_done)`;
`fn` runs on a pool thread and must not touch widgets; `on_done(result)` or
`on_error(exception)` runs on the GUI thread afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as error:  # handed to the GUI thread, which decides what to show
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


_live: set[_Relay] = set()  # keeps each relay alive until its task reported back


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    pool: QThreadPool | None = None,
) -> None:
    relay = _Relay()
    _live.add(relay)

    def finished(result: Any) -> None:
        _live.discard(relay)
        on_done(result)

    def failed(error: BaseException) -> None:
        _live.discard(relay)
        if on_error is None:
            raise error
        on_error(error)

    relay.done.connect(finished)
    relay.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))
