"""Long work on a background thread gives the interpreter up regularly; the main thread never does."""

from __future__ import annotations

import gc
import threading
from typing import Any

import pytest

from fieldguide import courtesy


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    calls: list[float] = []
    clock = iter(range(0, 10_000))
    monkeypatch.setattr(courtesy.time, "sleep", calls.append)
    # A clock that moves a millisecond per reading: a yield is due every other call.
    monkeypatch.setattr(courtesy.time, "perf_counter", lambda: next(clock) / 1000)
    return calls


def _in_a_thread(work: Any) -> None:
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()


def test_a_background_loop_yields_every_interval(sleeps: list[float]) -> None:
    def loop() -> None:
        for _ in range(100):
            courtesy.let_others_run()

    _in_a_thread(loop)
    # 100 calls over ~100 ms of this clock: a yield each INTERVAL_S (2 ms), not one per call.
    assert 20 <= len(sleeps) <= 60
    assert set(sleeps) == {0}


def test_the_main_thread_never_yields(sleeps: list[float]) -> None:
    for _ in range(100):
        courtesy.let_others_run()
    assert sleeps == []


def test_no_cyclic_collection_while_any_long_work_runs_and_as_before_after() -> None:
    assert gc.isenabled()
    entered = threading.Event()
    release = threading.Event()

    def other() -> None:
        with courtesy.no_cyclic_gc:
            entered.set()
            release.wait()

    thread = threading.Thread(target=other)
    with courtesy.no_cyclic_gc:
        assert not gc.isenabled()
        thread.start()
        entered.wait()
    # This work ended, the other thread's has not: still off.
    assert not gc.isenabled()
    release.set()
    thread.join()
    assert gc.isenabled()
    # Off before the first work began: stays off after the last.
    gc.disable()
    try:
        with courtesy.no_cyclic_gc:
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
