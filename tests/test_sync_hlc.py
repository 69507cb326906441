"""Hybrid logical clock: monotonic whatever the wall clock does, and string order is time order."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldguide.sync.hlc import (
    MAX_DRIFT_MS,
    MAX_LOGICAL,
    ClockSkewError,
    HybridClock,
    compare_key,
    format_hlc,
    parse_hlc,
)

DEVICE = "7d0c1a6e-2b1f-4c55-9d0e-6f2a1b3c4d5e"
NOW = 1_700_000_000_000
DAY = 24 * 60 * 60 * 1000


def wall_from(values: list[int]) -> Callable[[], int]:
    """A wall clock that returns the given readings, then repeats the last one."""
    readings: Iterator[int] = iter(values)
    last = [values[0]]

    def read() -> int:
        last[0] = next(readings, last[0])
        return last[0]

    return read


class FixedWall:
    def __init__(self, now: int) -> None:
        self.now = now

    def __call__(self) -> int:
        return self.now


def test_fresh_clock_has_no_last_and_first_tick_uses_wall_time() -> None:
    clock = HybridClock(DEVICE, wall_ms=FixedWall(NOW))
    assert clock.last is None
    assert clock.tick() == f"{NOW:013d}-000000"
    assert clock.last == f"{NOW:013d}-000000"


def test_ticks_strictly_increase_when_wall_clock_stalls_and_goes_backwards() -> None:
    readings = [NOW, NOW, NOW - 1, NOW - 60_000, 0, NOW + 5, NOW + 5, NOW + 4]
    clock = HybridClock(DEVICE, wall_ms=wall_from(readings))
    ticks = [clock.tick() for _ in readings]
    assert ticks == sorted(ticks)
    assert len(set(ticks)) == len(ticks)
    # While the wall clock is behind, the physical part holds and the counter moves.
    assert ticks[3] == f"{NOW:013d}-000003"
    assert ticks[5] == f"{NOW + 5:013d}-000000"


def test_restart_with_persisted_last_never_goes_backwards() -> None:
    first = HybridClock(DEVICE, wall_ms=FixedWall(NOW))
    stamps = [first.tick() for _ in range(3)]
    # The machine restarts with its clock set an hour back.
    second = HybridClock(DEVICE, last=first.last, wall_ms=FixedWall(NOW - 3_600_000))
    assert second.tick() > stamps[-1]


def test_observe_moves_past_remote_so_next_tick_is_later() -> None:
    clock = HybridClock(DEVICE, wall_ms=FixedWall(NOW))
    local = clock.tick()
    remote = format_hlc(NOW + 30_000, 7)
    clock.observe(remote)
    assert clock.last == remote
    after = clock.tick()
    assert after > remote > local


def test_observe_older_timestamp_changes_nothing() -> None:
    clock = HybridClock(DEVICE, wall_ms=FixedWall(NOW))
    local = clock.tick()
    clock.observe(format_hlc(NOW - 10_000, 3))
    assert clock.last == local
    assert clock.tick() == f"{NOW:013d}-000001"


def test_equal_physical_time_is_ordered_by_logical_counter() -> None:
    clock = HybridClock(DEVICE, wall_ms=FixedWall(NOW))
    clock.observe(format_hlc(NOW, 41))
    assert clock.tick() == f"{NOW:013d}-000042"


def test_logical_counter_overflow_borrows_the_next_millisecond() -> None:
    clock = HybridClock(DEVICE, last=format_hlc(NOW, MAX_LOGICAL), wall_ms=FixedWall(NOW))
    assert clock.tick() == f"{NOW + 1:013d}-000000"


@settings(max_examples=200, deadline=None)
@given(
    st.tuples(st.integers(0, 9_999_999_999_999), st.integers(0, MAX_LOGICAL)),
    st.tuples(st.integers(0, 9_999_999_999_999), st.integers(0, MAX_LOGICAL)),
)
def test_lexical_order_is_time_order(a: tuple[int, int], b: tuple[int, int]) -> None:
    sa, sb = format_hlc(*a), format_hlc(*b)
    assert (sa < sb) == (a < b)
    assert (sa == sb) == (a == b)
    assert parse_hlc(sa) == a


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("tick"), st.integers(-DAY, DAY)),
            st.tuples(st.just("observe"), st.integers(-DAY, DAY - 1), st.integers(0, MAX_LOGICAL)),
        ),
        max_size=40,
    )
)
def test_ticks_always_exceed_everything_seen_before(ops: list[tuple[Any, ...]]) -> None:
    wall = FixedWall(NOW)
    clock = HybridClock(DEVICE, wall_ms=wall)
    highest = ""
    for op in ops:
        if op[0] == "tick":
            wall.now = NOW + op[1]  # the wall clock jumps anywhere within a day
            stamp = clock.tick()
            assert stamp > highest
            highest = stamp
        else:
            remote = format_hlc(wall.now + op[1], op[2])
            clock.observe(remote)
            highest = max(highest, remote)
        assert clock.last == highest


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "1700000000000",
        "1700000000000-00000",
        "1700000000000-0000000",
        "170000000000-000000",
        "1700000000000_000000",
        "1700000000000-00000a",
        " 1700000000000-000000",
        "1700000000000-000000\n",
        "-700000000000-000000",
        "١٧٠٠٠٠٠٠٠٠٠٠٠-٠٠٠٠٠٠",  # Arabic-Indic digits: int() reads them, sorting does not
    ],
)
def test_malformed_timestamps_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_hlc(bad)
    with pytest.raises(ValueError):
        HybridClock(DEVICE, last=bad)
    clock = HybridClock(DEVICE, wall_ms=FixedWall(NOW))
    before = clock.tick()
    with pytest.raises(ValueError):
        clock.observe(bad)
    assert clock.last == before
    with pytest.raises(ValueError):
        compare_key(bad, DEVICE)


def test_non_strings_and_out_of_range_parts_are_rejected() -> None:
    with pytest.raises(ValueError):
        parse_hlc(1700000000000)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        format_hlc(-1, 0)
    with pytest.raises(ValueError):
        format_hlc(NOW, MAX_LOGICAL + 1)
    with pytest.raises(ValueError):
        HybridClock("")


def test_compare_key_orders_by_clock_then_device() -> None:
    early, late = format_hlc(NOW, 0), format_hlc(NOW, 1)
    assert compare_key(late, "a-device") > compare_key(early, "z-device")
    assert compare_key(early, "b-device") > compare_key(early, "a-device")
    assert max([(early, "b"), (late, "a"), (early, "c")], key=lambda c: compare_key(*c)) == (late, "a")
    with pytest.raises(ValueError):
        compare_key(early, "")


def test_timestamp_more_than_a_day_ahead_is_refused_and_does_not_move_the_clock() -> None:
    clock = HybridClock(DEVICE, wall_ms=FixedWall(NOW))
    before = clock.tick()
    future = format_hlc(NOW + DAY + 1, 0)
    with pytest.raises(ClockSkewError) as caught:
        clock.observe(future)
    assert caught.value.remote == future
    assert caught.value.ahead_ms == DAY + 1
    assert "\n" not in str(caught.value)
    assert clock.last == before
    with pytest.raises(ClockSkewError):
        clock.check(future)
    # Within a day it is accepted: a teammate's clock a few hours fast is normal.
    near = format_hlc(NOW + MAX_DRIFT_MS, 0)
    clock.check(near)
    clock.observe(near)
    assert clock.tick() > near


def test_device_whose_wall_clock_fell_back_keeps_syncing_near_its_last_timestamp() -> None:
    # Flat CMOS battery: the wall clock says 1970, but the clock remembers where it was.
    clock = HybridClock(DEVICE, last=format_hlc(NOW, 0), wall_ms=FixedWall(0))
    clock.observe(format_hlc(NOW + 3_600_000, 0))
    assert clock.tick() > format_hlc(NOW + 3_600_000, 0)


def test_advance_to_own_timestamp_skips_the_drift_check() -> None:
    # The device once ran with a date a year ahead; its own stamps must not block it.
    own = format_hlc(NOW + 365 * DAY, 0)
    clock = HybridClock(DEVICE, wall_ms=FixedWall(NOW))
    clock.advance_to(own)
    assert clock.tick() > own
    assert clock.ahead_ms >= 365 * DAY


def test_concurrent_ticks_are_unique() -> None:
    clock = HybridClock(DEVICE, wall_ms=FixedWall(NOW))
    results: list[list[str]] = [[] for _ in range(4)]

    def work(out: list[str]) -> None:
        out.extend(clock.tick() for _ in range(2_000))

    threads = [threading.Thread(target=work, args=(out,)) for out in results]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stamps = [stamp for out in results for stamp in out]
    assert len(set(stamps)) == len(stamps) == 8_000
