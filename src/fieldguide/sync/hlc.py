"""Hybrid logical clock (HLC) for ordering changes across devices that never share a clock.

A timestamp is ``f"{physical_ms:013d}-{logical:06d}"``: milliseconds since the Unix epoch
and a counter that orders events within one millisecond (or while the wall clock stands
still or runs backwards). The width is fixed, so comparing two timestamps as plain
strings gives their time order; the store can keep them in a TEXT column and sort or
``max()`` them directly.

Merge rule (used by ``sync.merge``): for one field, the value whose
``compare_key(hlc, device)`` is higher wins. Because every device applies the same total
order, all devices that have seen the same changes hold the same value.

Timestamps from the future
--------------------------
Sync orders writes by what each device had seen (``sync.state``), not by these clocks;
the clock only orders the versions of a conflict for display and keeps one device's
writes in sequence. So a remote timestamp is never a reason to refuse data: sync moves
this clock with ``advance_to`` to at most a bound ahead of the wall clock
(``sync.exchange.CLOCK_BOUND_MS``) and warns people with both dates. ``observe`` and
``check`` (refusing, with ``ClockSkewError``, a timestamp more than ``MAX_DRIFT_MS`` ahead
of ``max(wall clock, last)``) remain for callers that want the strict rule.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable

__all__ = [
    "MAX_DRIFT_MS",
    "MAX_LOGICAL",
    "ClockSkewError",
    "HybridClock",
    "compare_key",
    "format_hlc",
    "parse_hlc",
    "validate_hlc",
]

#: How far ahead of this device a remote timestamp may be before it is refused.
MAX_DRIFT_MS = 24 * 60 * 60 * 1000

#: Largest logical counter that fits in the six digits of the encoding.
MAX_LOGICAL = 999_999

#: Largest physical time that fits in the thirteen digits (year 2286).
MAX_PHYSICAL = 9_999_999_999_999

# [0-9] rather than \d: \d also matches Arabic-Indic and other Unicode digits, which
# int() would accept but which do not sort like ASCII digits.
_HLC_RE = re.compile(r"[0-9]{13}-[0-9]{6}")


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def format_hlc(physical_ms: int, logical: int) -> str:
    """Encode a timestamp; raises ``ValueError`` if a part does not fit the fixed width."""
    if not 0 <= physical_ms <= MAX_PHYSICAL:
        raise ValueError(f"HLC physical time out of range: {physical_ms}")
    if not 0 <= logical <= MAX_LOGICAL:
        raise ValueError(f"HLC logical counter out of range: {logical}")
    return f"{physical_ms:013d}-{logical:06d}"


def parse_hlc(value: str) -> tuple[int, int]:
    """Decode a timestamp into ``(physical_ms, logical)``; ``ValueError`` if malformed."""
    if not isinstance(value, str) or _HLC_RE.fullmatch(value) is None:
        raise ValueError(f"not a hybrid logical clock timestamp: {value!r}")
    return int(value[:13]), int(value[14:])


def validate_hlc(value: str) -> str:
    """Return ``value`` unchanged if it is a well-formed timestamp, else raise ``ValueError``."""
    if not isinstance(value, str) or _HLC_RE.fullmatch(value) is None:
        raise ValueError(f"not a hybrid logical clock timestamp: {value!r}")
    return value


def compare_key(hlc: str, device: str) -> tuple[str, str]:
    """Sort key for the merge rule "the higher (HLC, device id) wins".

    The device id breaks ties between two devices that produced the same timestamp, so
    the order is total. Device ids compare as exact strings: store them in one canonical
    spelling (lower-case UUIDs), or two devices could disagree about a tie.
    """
    validate_hlc(hlc)
    if not isinstance(device, str) or not device:
        raise ValueError(f"not a device id: {device!r}")
    return (hlc, device)


class ClockSkewError(ValueError):
    """A remote timestamp is too far ahead of this device to be trusted."""

    def __init__(self, remote: str, ahead_ms: int) -> None:
        self.remote = remote
        self.ahead_ms = ahead_ms
        days = ahead_ms / MAX_DRIFT_MS
        super().__init__(
            f"its changes are dated {days:.1f} days ahead of this device; "
            "check the date and time on both devices"
        )


class HybridClock:
    """A hybrid logical clock for one device.

    ``last`` is the highest timestamp this clock has issued or observed; persist it after
    each change and pass it back on start, so a restart with a wall clock that has gone
    backwards still issues later timestamps.
    """

    def __init__(
        self,
        device_id: str,
        *,
        last: str | None = None,
        wall_ms: Callable[[], int] = _now_ms,
    ) -> None:
        if not isinstance(device_id, str) or not device_id:
            raise ValueError(f"not a device id: {device_id!r}")
        self.device_id = device_id
        self._wall_ms = wall_ms
        self._physical, self._logical = parse_hlc(last) if last is not None else (0, 0)
        self._has_last = last is not None
        # The GUI runs operations on worker threads; two ticks must never share a value.
        self._lock = threading.Lock()

    @property
    def last(self) -> str | None:
        """The highest timestamp issued or observed so far (``None`` for a fresh clock)."""
        with self._lock:
            if not self._has_last:
                return None
            return format_hlc(self._physical, self._logical)

    @property
    def ahead_ms(self) -> int:
        """How far this clock stands ahead of the wall clock (0 if not ahead).

        A large value means this device once ran with a date in the future: its bundles
        will be refused by teammates until real time catches up, so the UI should say so.
        """
        with self._lock:
            return max(0, self._physical - self._wall())

    def tick(self) -> str:
        """Return a new timestamp for a local event, later than every one before it."""
        with self._lock:
            wall = self._wall()
            if wall > self._physical:
                self._physical, self._logical = wall, 0
            elif self._logical < MAX_LOGICAL:
                self._logical += 1
            else:
                # A million events in one millisecond (or a long stall): borrowing the next
                # millisecond keeps the fixed width and stays monotonic.
                self._physical, self._logical = self._physical + 1, 0
            self._has_last = True
            return format_hlc(self._physical, self._logical)

    def check(self, remote: str) -> None:
        """Raise as ``observe`` would, without moving the clock."""
        physical, _ = parse_hlc(remote)
        with self._lock:
            self._check_drift(remote, physical)

    def observe(self, remote: str) -> None:
        """Move past a received timestamp, so every later ``tick`` is greater than it.

        Raises ``ValueError`` for a malformed timestamp and ``ClockSkewError`` for one
        more than ``MAX_DRIFT_MS`` ahead (see the module docstring); the clock is
        unchanged in both cases.
        """
        physical, logical = parse_hlc(remote)
        with self._lock:
            self._check_drift(remote, physical)
            if not self._has_last or (physical, logical) > (self._physical, self._logical):
                self._physical, self._logical = physical, logical
            self._has_last = True

    def advance_to(self, own: str) -> None:
        """Move forward to a timestamp this profile itself issued earlier, without the
        drift check.

        For the device's own persisted ``last`` (for example re-read from the database
        before each tick, in case another process ticked): refusing it would leave a
        device that once ran with a future date unable to record any edit. Never use it
        for a timestamp from another device; that is what ``observe`` is for.
        """
        physical, logical = parse_hlc(own)
        with self._lock:
            if not self._has_last or (physical, logical) > (self._physical, self._logical):
                self._physical, self._logical = physical, logical
            self._has_last = True

    def _wall(self) -> int:
        # A wall clock before 1970 would not fit the encoding; the HLC state still
        # carries the order, so clamping loses nothing.
        return min(max(0, int(self._wall_ms())), MAX_PHYSICAL)

    def _check_drift(self, remote: str, physical: int) -> None:
        reference = max(self._wall(), self._physical)
        if physical - reference > MAX_DRIFT_MS:
            raise ClockSkewError(remote, physical - reference)
