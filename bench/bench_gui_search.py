"""Search as you type in the real window, on the 50,000-section library: does the GUI ever stall?

The real main window is opened (offscreen) on the bench library and queries
are typed into its search field one character at a time, slowly enough that
every keystroke runs a query, so results keep arriving while typing goes on.
A 5 ms heartbeat timer on the GUI thread records how late it fires: a late
beat is a moment the window could not repaint or take a keystroke. The same
heartbeat with no typing, in the same process, is the baseline. Three rounds of
each, alternating.
"""

from __future__ import annotations

import os
import statistics
import time
from typing import Any

from bench_search import TYPED, percentile
from synthetic import bench_profile

BUDGET_MS = 50.0
BEAT_MS = 5
KEY_INTERVAL_MS = 190  # longer than the search debounce (150 ms): every keystroke is searched
SETTLE_MS = 400  # after a query's last keystroke, time for its answer to arrive and paint
IDLE_S = 2.0
ROUNDS = 3


class Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.stalls: list[float] = []
        self._last = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)

    def start(self) -> None:
        self.stalls = []
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.stalls

    def _beat(self) -> None:
        now = time.perf_counter()
        self.stalls.append(max(0.0, (now - self._last) * 1000 - BEAT_MS))
        self._last = now


def wait(ms: int, until: Any = None) -> None:
    """Run the real event loop (idle between events, as in the app) for `ms`, or until a signal fires."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    if until is not None:
        until.connect(loop.quit)
    loop.exec()
    if until is not None:
        until.disconnect(loop.quit)


def type_text(field, text: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    for char in text:
        if char.isascii():
            QTest.keyClicks(field, char)
        else:
            field.insert(char)  # QTest cannot type non-ASCII text
        wait(KEY_INTERVAL_MS)


def main() -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from fieldguide.paths import DataPaths
    from fieldguide.ui.main_window import MainWindow

    profile = bench_profile()
    settings = DataPaths(profile).settings
    settings.unlink(missing_ok=True)  # every run starts from the same window state
    app = QApplication.instance() or QApplication([])
    window = MainWindow(DataPaths(profile))
    window.resize(1280, 820)
    window.show()
    started = time.perf_counter()
    QTimer.singleShot(0, window.open_profile)
    wait(120_000, until=window.library_loaded)
    load_s = time.perf_counter() - started
    if not window.profile.app_open:  # the library shows before the services answer searches
        wait(120_000, until=window.profile_opened)
    wait(500)

    shown: list[int] = []
    window.search_popup.results_shown.connect(shown.append)
    field = window.search_field
    heartbeat = Heartbeat()
    idle_rounds: list[list[float]] = []
    typing_rounds: list[list[float]] = []
    for _ in range(ROUNDS):
        heartbeat.start()
        wait(int(IDLE_S * 1000))
        idle_rounds.append(heartbeat.stop())
        heartbeat.start()
        for text in TYPED:
            window.reading.focus_search()
            field.clear()
            type_text(field, text)
            wait(SETTLE_MS)
        typing_rounds.append(heartbeat.stop())
    window.close()
    settings.unlink(missing_ok=True)
    app.processEvents()

    # Other processes on the machine also delay the GUI thread now and then (the idle
    # rounds show it), so the headline is the median of the rounds' longest stalls.
    typing_max = statistics.median(max(r) for r in typing_rounds)
    idle_max = statistics.median(max(r) for r in idle_rounds)
    typing = [s for r in typing_rounds for s in r]
    idle = [s for r in idle_rounds for s in r]
    typing_p95, idle_p95 = percentile(typing, 0.95), percentile(idle, 0.95)
    keystrokes = sum(len(text) for text in TYPED)
    print(
        f"search panel in the real window, 50,000 sections "
        f"(library loaded in {load_s:.1f} s), {ROUNDS} rounds:"
    )
    print(
        f"  {keystrokes} keystrokes a round, one every {KEY_INTERVAL_MS} ms; "
        f"{len(shown)} result lists shown; "
        f"heartbeat every {BEAT_MS} ms"
    )
    print(
        f"  longest GUI stall typing  {typing_max:6.2f} ms = {typing_max / BUDGET_MS:4.2f} x budget "
        f"({BUDGET_MS:.0f} ms) = {typing_max / max(idle_max, 0.01):5.1f} x idle ({idle_max:.2f} ms)"
        f"   [worst round {max(max(r) for r in typing_rounds):.2f} ms, idle {max(idle):.2f} ms]"
    )
    print(
        f"  p95 GUI stall typing      {typing_p95:6.2f} ms = {typing_p95 / BUDGET_MS:4.2f} x budget "
        f"           = {typing_p95 / max(idle_p95, 0.01):5.1f} x idle ({idle_p95:.2f} ms)"
    )
    late_typing = sum(1 for s in typing if s > BUDGET_MS)
    late_idle = sum(1 for s in idle if s > BUDGET_MS)
    print(f"  beats later than the budget: {late_typing} of {len(typing)} typing, {late_idle} idle")
    return {
        "gui_search_max_stall_ms": typing_max,
        "gui_search_p95_stall_ms": typing_p95,
        "gui_load_s": load_s,
    }


if __name__ == "__main__":
    main()
