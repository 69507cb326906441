"""Long work on a background thread hands the interpreter to the window every few milliseconds.

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
