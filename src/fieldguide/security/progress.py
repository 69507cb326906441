"""How far a whole-file operation has got, measured inside SQLite's long statements.

Protect, a change of passphrase, removing protection, a backup and a restore each spend
minutes, for years of a team's work, inside a handful of statements that report
nothing until they finish: `VACUUM INTO`, `sqlcipher_export`, `PRAGMA integrity_check`
and the search index's `integrity-check`. SQLite's progress handler is called every
`OPCODES` steps of its virtual machine, on the thread running the statement, for
the statements those run inside themselves and for the page walk of an integrity
check too. There, at most every `CADENCE_S`, a measure of the work done is read and
reported: the size of the file being written against the size it will have, or the
steps an integrity check has taken against the steps its pages need. Each part of
an operation owns a share of the bar (`Meter.parts`); the bar only moves forward,
and reaches the end of a part when its statement has returned, not before.

The handler takes the interpreter for a moment every few thousand steps (less than a
millisecond), on the worker: the window keeps painting (`bench_years` measures its
longest pause). Returning True from the handler interrupts the statement: a stop
asked for (`Meter.stop`) ends the work with SQLite's own rollback, nothing written.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from fieldguide.errors import UserError
from fieldguide.i18n import _

# (done, total) for the window's bar and the bench; whole-file operations report in units
# fine enough that the bar moves inside each step (security.profile: STEP_UNITS a step).
Progress = Callable[[int, int], None]

# At most this often a measure is read and reported (the tests set it to 0).
CADENCE_S = 0.25
# Virtual-machine steps between two calls of the handler while a file is written: rare
# enough to cost nothing, often enough that a call comes every few milliseconds of work.
OPCODES = 20_000
# The same for an integrity check, whose walk over the pages counts one step a page (the
# page walk of a cold file reads gigabytes from the disk in a few thousand steps).
CHECK_OPCODES = 2_000
# A file being written is flushed to the disk every so many bytes, so that the flush its
# commit ends with (which no handler sees) is short rather than the whole file.
FLUSH_BYTES = 64 * 2**20

# An integrity check first walks every page (one step each), then checks every row
# against its indexes (this many steps per page of the database, measured on the
# generated profiles at 1 x and 10 x, schemas 0006 and 0007: 125-129); the walk's share of
# the check's time (it reads the whole file, from the disk when it is not in the cache).
CHECK_STEPS_PER_PAGE = 127.0
WALK_SHARE = 0.4
# The search index's check, in steps per page of the whole database (measured: 6.7-7.0).
INDEX_CHECK_STEPS_PER_PAGE = 7.0
# sqlcipher_export writes row by row: its file ends up this much larger than the pages in
# use in its source (measured, plain to encrypted and back); VACUUM INTO about the same size.
EXPORT_GROWTH = 1.08

# A measure: the fraction done, from the number of handler calls so far.
Measure = Callable[[int], float]


class Stopped(UserError):
    """The work was stopped before it ended (the window was closed); nothing was changed."""

    def __init__(self) -> None:
        super().__init__(_("stopped before it ended; nothing was changed"))


class Meter:
    """One piece of work's share of a progress bar, as a fraction from 0 to 1.

    The root meter hands every fraction to `report`, only ever forward; `parts` divides a
    meter into consecutive shares by weight. `stop`, when set, interrupts the statement
    being watched (Stopped).
    """

    def __init__(
        self,
        report: Callable[[float], None] | None = None,
        *,
        stop: threading.Event | None = None,
        _root: Meter | None = None,
        _span: tuple[float, float] = (0.0, 1.0),
    ) -> None:
        self._report = report
        self._root = _root or self
        self._start, self._end = _span
        self.stop: threading.Event | None = stop if _root is None else _root.stop
        self._shown = 0.0

    def at(self, fraction: float) -> None:
        """This piece of work is `fraction` done (a smaller fraction than before changes nothing)."""
        fraction = min(max(fraction, 0.0), 1.0)
        self._root._show(self._start + (self._end - self._start) * fraction)

    def done(self) -> None:
        self.at(1.0)

    def parts(self, *weights: float) -> list[Meter]:
        """Consecutive shares of this meter, in proportion to `weights`."""
        total = sum(weights) or 1.0
        shares: list[Meter] = []
        start = 0.0
        for index, weight in enumerate(weights):
            # The last share ends exactly where this meter does, whatever the rounding.
            end = 1.0 if index == len(weights) - 1 else start + weight / total
            shares.append(self.part(start, end))
            start = end
        return shares

    def part(self, start: float, end: float) -> Meter:
        width = self._end - self._start
        return Meter(_root=self._root, _span=(self._start + width * start, self._start + width * end))

    def stopped(self) -> bool:
        return self.stop is not None and self.stop.is_set()

    def _show(self, fraction: float) -> None:
        fraction = min(fraction, 1.0)
        if fraction <= self._shown:
            return
        self._shown = fraction
        if self._report is not None:
            self._report(fraction)


@contextlib.contextmanager
def watching(
    conn: Any, meter: Meter | None, measure: Measure, *, opcodes: int | None = None
) -> Iterator[None]:
    """Report `measure` into `meter` while statements run on `conn`; the share is done after.

    While they run, the fraction stays below the share's end: only a statement that has
    returned has finished its work.
    """
    if meter is None:
        yield
        return
    if meter.stopped():
        raise Stopped()
    calls = 0
    last = time.monotonic()

    def handler() -> int:
        nonlocal calls, last
        calls += 1
        if meter.stopped():
            return 1  # SQLite interrupts the statement and rolls it back
        now = time.monotonic()
        if now - last >= CADENCE_S:
            last = now
            meter.at(min(measure(calls), 0.99))
        return 0

    conn.set_progress_handler(handler, opcodes or OPCODES)
    try:
        yield
    except Exception as exc:
        if meter.stopped():
            raise Stopped() from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)
    meter.done()


@contextlib.contextmanager
def file_growth(path: Path, expected_bytes: float, meter: Meter | None) -> Iterator[Measure]:
    """The file being written, against the size it will have; flushed as it grows.

    The file is held open until the caller leaves the block: keep the block around
    everything SQLite does with the file (closing any handle of a file drops the POSIX
    locks SQLite holds on it), and create the file first (`create_private`).
    """
    if meter is None:
        yield lambda _calls: 0.0
        return
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    flushed = 0

    def measure(_calls: int) -> float:
        nonlocal flushed
        size = os.fstat(fd).st_size
        if size - flushed >= FLUSH_BYTES:
            os.fsync(fd)  # the interpreter is released meanwhile: the window paints on
            flushed = size
        return size / max(expected_bytes, 1.0)

    try:
        yield measure
    finally:
        os.close(fd)


def check_steps(pages: float, steps_per_page: float) -> Measure:
    """A check's steps so far, against the steps its pages need (the search index's check)."""
    expected_calls = max(pages * steps_per_page / CHECK_OPCODES, 1.0)
    return lambda calls: calls / expected_calls


def integrity_steps(pages: float) -> Measure:
    """An integrity check: the walk over every page (one step a page), then the rows."""
    walk_calls = max(pages / CHECK_OPCODES, 1.0)
    row_calls = max(pages * CHECK_STEPS_PER_PAGE / CHECK_OPCODES, 1.0)

    def measure(calls: int) -> float:
        if calls <= walk_calls:
            return WALK_SHARE * calls / walk_calls
        return WALK_SHARE + (1.0 - WALK_SHARE) * (calls - walk_calls) / row_calls

    return measure


def pages_in_use(conn: Any, schema: str = "main") -> int:
    """Pages holding data in `schema` (its free pages are neither copied nor checked)."""
    count = int(conn.execute(f"PRAGMA {schema}.page_count").fetchone()[0])
    free = int(conn.execute(f"PRAGMA {schema}.freelist_count").fetchone()[0])
    return max(count - free, 0)


def bytes_in_use(conn: Any, schema: str = "main") -> int:
    size = int(conn.execute(f"PRAGMA {schema}.page_size").fetchone()[0])
    return pages_in_use(conn, schema) * size
