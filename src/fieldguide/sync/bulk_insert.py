"""Rows new to this device into their tables, a batch at a time, while the next batch is prepared.

A first full sync inserts every row of a team's years (``sync.bulk``). Not with
``executemany`` into the table: that runs one statement per row, and each statement is
a savepoint at which FTS5 writes out the index it holds in memory, so rows whose
triggers index them for search (answers, notes) made one index segment per row,
merged again and again. A batch is staged in a temporary table (in memory: SQLCipher
keeps temporary tables there) and moved by one ``INSERT … SELECT``. (The rows are no
longer indexed for search by their triggers during the move: that is done after the
commit, ``db.fts_owed``.)

That move is most of the SQLite work of a first full sync (at 10 × a team's year: ~7 s of
CPU while it built the search index too), and it is one statement: SQLite runs it without
the interpreter lock. So it runs on a thread of its own (``Inserter``) while the caller's
thread turns the next rows into cells (Python's work, ~3 s at 10 ×). Only one thread uses
the connection at a time: the next batch is staged (binding its values is Python's work
too) once the previous move has ended. Nothing calls back into Python during a move (a
call would wait for the lock the preparing thread holds). A failure on either thread
stops both, is raised on the caller's, and the caller's transaction rolls back every
batch.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from fieldguide.courtesy import let_others_run

__all__ = ["BATCH", "Inserter"]

#: Rows per batch: per statement that moves them (and per index segment FTS5 writes).
BATCH = 20_000
_STAGE_PART = 2_000  # rows bound per ``executemany`` while staging (the window's thread gets in between)
_STAGING = "temp.fieldguide_bulk"


def _move(connection: Connection, table: str, names: Sequence[str]) -> None:
    """Move the staged rows into ``table`` (on the inserter's thread), in staging order."""
    columns = ", ".join(f"c{n}" for n in range(len(names)))
    connection.exec_driver_sql(
        f"INSERT INTO main.{table} ({', '.join(names)}) SELECT {columns} FROM {_STAGING} ORDER BY rowid"
    )
    connection.exec_driver_sql(f"DROP TABLE {_STAGING}")


class Inserter:
    """Batches of rows into their tables, each moved on a thread of its own (module docstring).

    ``add`` stages a batch on the caller's thread and starts its move; ``step`` hears, on
    the caller's thread, how many rows are in after each move. Leave the ``with`` block to
    wait for the last move: its error, if any, is raised there."""

    def __init__(self, session: Session, step: Callable[[int], None] = lambda done: None) -> None:
        self._connection = session.connection()
        self._step = step
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="fieldguide-inserts")
        self._moving: concurrent.futures.Future[None] | None = None
        self._pending = 0  # rows of the move under way
        self.done = 0

    def __enter__(self) -> Inserter:
        return self

    def add(self, table: str, names: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        """Stage ``rows`` (values of the columns ``names``, at most ``BATCH``) and start moving them."""
        if not rows:
            return
        self._wait()
        connection = self._connection
        columns = ", ".join(f"c{n}" for n in range(len(names)))
        connection.exec_driver_sql(f"CREATE TABLE {_STAGING} ({columns})")
        stage = f"INSERT INTO {_STAGING} VALUES ({', '.join('?' * len(names))})"
        for start in range(0, len(rows), _STAGE_PART):
            let_others_run()
            connection.exec_driver_sql(stage, rows[start : start + _STAGE_PART])
        self._pending = len(rows)
        self._moving = self._pool.submit(_move, connection, table, names)

    def _wait(self) -> None:
        """The move under way, ended (its error raised here)."""
        moving, self._moving = self._moving, None
        if moving is None:
            return
        moving.result()
        self.done += self._pending
        self._pending = 0
        self._step(self.done)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        try:
            if kind is None:
                self._wait()
            elif self._moving is not None:
                # The caller failed: the move must end before its transaction rolls back
                # (one thread at a time on the connection); its own error is the lesser news.
                concurrent.futures.wait([self._moving])
                self._moving = None
        finally:
            self._pool.shutdown(wait=True)
