"""Long work on a background thread hands the interpreter to the window every few milliseconds,
and no cyclic collection walks the objects it builds.

The window's keystrokes run Python on the GUI thread, which needs the GIL. A worker
applying a sync or parsing a PDF gives it up when asked (`sys.setswitchinterval`),
but on a machine whose cores are busy the hand-over waits for the scheduler, and
keystrokes took 40-150 ms to reach the screen (bench_typing). A worker that
releases the GIL by itself (`time.sleep(0)`) lets a waiting GUI thread take it at
once: in a probe on the loaded two-core machine, the longest wait of a thread
needing the interpreter fell from 38 ms to 8 ms. Long loops call `let_others_run()`
at their natural steps (each SQL statement, each page, each line); it costs a clock
read, and a yield at most every INTERVAL_S, and only on threads other than the main one.
"""

from __future__ import annotations

import gc
import threading
import time

INTERVAL_S = 0.002

_main = threading.main_thread()
_last = threading.local()


def let_others_run() -> None:
    """On a background thread, give up the interpreter if it has been held for INTERVAL_S."""
    now = time.perf_counter()
    if now - getattr(_last, "at", 0.0) < INTERVAL_S:
        return
    if threading.current_thread() is _main:
        _last.at = float("inf")  # the GUI (or a command line's only) thread never yields
        return
    time.sleep(0)
    _last.at = time.perf_counter()


class NoCyclicGc:
    """Automatic cyclic garbage collection stays off while any long work runs (re-entrant,
    across threads: on again when the last one ends, if it was on before the first).

    A sync or an import builds many objects, and each full collection then walks them
    all while holding the interpreter: 150-300 ms in which the GUI thread cannot take a
    keystroke (measured by bench_typing), and for a first full sync most of the time it
    spends decoding (1 ×: 1.5 s of decoding with collections, 0.45 s without).
    Reference counting still frees almost everything meanwhile, and automatic
    collection resumes as soon as no such work is running, when its objects are mostly
    gone. The window's runner holds it around every operation; the services hold it
    around their long work, so the command line gets the same.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._was_enabled = True

    def __enter__(self) -> None:
        with self._lock:
            if self._running == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._running += 1

    def __exit__(self, *_exc: object) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0 and self._was_enabled:
                gc.enable()


no_cyclic_gc = NoCyclicGc()
