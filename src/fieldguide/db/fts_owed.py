"""Rows received in bulk are indexed for search after their commit, not inside it.

A first full sync writes every answer and note of a team's years in one transaction
(``sync.bulk.write``). Indexing them there, row by row through the insert triggers, was
the one cost of the apply that grew faster than the profile (~5 s of CPU at 10 × a
team's year against 0.3 s at 1 ×), and the person watched it on the sync's bar. Now the
bulk write runs inside ``indexing_later``: the insert triggers of the tables it writes
are dropped in its transaction and created again, from the text they had, before it
ends (DDL is transactional in SQLite), and the meta key ``OWED`` records, in the same
transaction, which tables' rows the index may owe. A rollback leaves triggers, index and
key as they were. The delete, update and bin triggers stay: a row indexed meanwhile is
kept right by them, and one they index early is simply not owed any more.

``CatchUp`` pays the debt after the commit, in steps of bounded size (each its own write
transaction): every row of the owed tables that should be searchable (the conditions of
``fts.SOURCES``) and is not in ``search_ref`` yet is indexed; the last step clears the key
if no bulk write set it again meanwhile. It is idempotent (a row in ``search_ref`` is
never indexed twice) and survives being interrupted: the key stays until the end, and the
next run starts over, skipping the rows already indexed. When nothing is owed it costs
one look-up of the key by its primary key.

Who runs it: the window (after a sync, and at open when the key is set), the command line
before it exits, and anything that must not read a half-built index as whole: a search
(``SearchService.search``), ``check``. The plain read-only search (``library/ready``)
defers to the full open while the key is set.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fieldguide.db.fts import OWED, SOURCES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fieldguide.db.engine import Database

__all__ = ["OWED", "CatchUp", "catch_up", "executor", "indexing_later", "is_owed", "owed", "roomy_index"]

# ``OWED`` (db/fts.py) holds "<generation> <table> …" while rows of those tables may be
# missing from the index.
#: Rows of a table looked at per step: one FTS5 segment, ~0.3–0.6 s at most (10 × a team's year).
STEP_ROWS = 20_000

_SOURCE_OF = {source[0]: source for source in SOURCES}
# A bulk write of these tables skips their insert triggers; the rows then owed are those of
# the second: an inserted assessment's trigger re-indexes its answers and notes.
_OWING = {
    "note": ("note",),
    "response": ("response",),
    "section": ("section",),
    "checklist_item": ("checklist_item",),
    "assessment": ("note", "response"),
}
_INDEX_MEMORY = 64 * 1024 * 1024  # FTS5 index held in memory within a step before a segment is written
_FTS5_HASHSIZE = 1024 * 1024  # FTS5's own default

Execute = Callable[[str, Sequence[Any]], list[Any]]


def owed(execute: Execute) -> str | None:
    """The key's value (which tables the index may owe rows of), or None when it owes none."""
    rows = execute("SELECT value FROM meta WHERE key = ?", (OWED,))
    return str(rows[0][0]) if rows else None


def _tables(value: str) -> list[str]:
    return [name for name in value.split()[1:] if name in _SOURCE_OF]


def _insert_trigger(table: str) -> str:
    return f"{table}_fts_insert"


@contextlib.contextmanager
def indexing_later(execute: Execute, tables: Sequence[str]) -> Iterator[None]:
    """Inside the caller's write transaction: rows inserted into ``tables`` meanwhile are not
    indexed by their triggers but owed (``OWED``). The triggers are created again, with the
    text they had, once the block ends normally; if it raises, the caller's rollback puts
    them back (re-creating them then could fail on a transaction SQLite has already ended,
    hiding the first error)."""
    owing = sorted({source for table in tables for source in _OWING.get(table, ())})
    names = [_insert_trigger(table) for table in tables if table in _OWING]
    if not owing or not names:
        yield
        return
    marks = ",".join("?" * len(names))
    saved = execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks}) ORDER BY name",
        names,
    )
    for name, _sql in saved:
        execute(f"DROP TRIGGER {name}", ())
    yield
    for _name, sql in saved:
        execute(str(sql), ())
    before = owed(execute)
    tables_owed = sorted(set(owing) | set(_tables(before) if before else ()))
    # A new generation: a catch-up under way (which saw the former value) does not clear it.
    value = " ".join([uuid.uuid4().hex, *tables_owed])
    execute("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)", (OWED, value))


@contextlib.contextmanager
def roomy_index(execute: Execute) -> Iterator[None]:
    """FTS5 holds up to ``_INDEX_MEMORY`` of new index before writing a segment (its
    ``hashsize``: 1 MB otherwise), then its setting again, in the same transaction."""
    setting = "INSERT INTO search_fts(search_fts, rank) VALUES('hashsize', ?)"
    rows = execute("SELECT v FROM search_fts_config WHERE k = 'hashsize'", ())
    before = rows[0][0] if rows else None
    execute(setting, (_INDEX_MEMORY,))
    try:
        yield
    finally:
        execute(setting, (before if before is not None else _FTS5_HASHSIZE,))


def _index_range(execute: Execute, table: str, after: int, upto: int) -> None:
    """Index the rows of ``table`` with ``after`` < rowid <= ``upto`` that should be
    searchable and are not indexed (in the caller's transaction)."""
    _table, kind, title, body, condition = _SOURCE_OF[table]
    r = {k: v.format(r=table) for k, v in (("t", title), ("b", body), ("c", condition))}
    top = execute("SELECT coalesce(max(rowid), 0) FROM search_ref", ())[0][0]
    # New search_ref rows take rowids above the highest (INTEGER PRIMARY KEY without
    # AUTOINCREMENT, inside this write transaction): those are the ones to index.
    execute(
        f"INSERT OR IGNORE INTO search_ref(kind, ref) SELECT '{kind}', id FROM {table}"
        f" WHERE rowid > ? AND rowid <= ? AND {r['c']} ORDER BY rowid",
        (after, upto),
    )
    with roomy_index(execute):
        execute(
            f"INSERT INTO search_fts(rowid, title, body) SELECT search_ref.rowid, {r['t']}, {r['b']}"
            f" FROM search_ref JOIN {table} ON {table}.id = search_ref.ref"
            f" WHERE search_ref.rowid > ? AND search_ref.kind = '{kind}' ORDER BY search_ref.rowid",
            (top,),
        )


@dataclass
class CatchUp:
    """The index's catch-up, a step at a time (module docstring). Each ``step`` runs in a
    write transaction of its caller's; where it stands is kept here between steps.

    The rows are walked in rowid order (the table's own order: by id, the same walk cost
    half as much again, in look-ups all over the file). Implicit rowids change only when
    the file is rewritten (a purge's VACUUM, a new key's copy), and each such rewrite
    changes the schema version SQLite keeps: a step that finds another version than the
    run began with walks again from the start, skipping what is indexed."""

    rows: int = STEP_ROWS
    value: str | None = None  # the key as seen when this run started
    tables: list[str] = field(default_factory=list)
    position: int = 0  # the table under way
    after: int = 0  # the last rowid of it looked at
    schema: int = -1  # PRAGMA schema_version when the walk began
    total: int = 0  # rows of the owed tables, for progress
    seen: int = 0

    @property
    def share(self) -> float:
        return min(1.0, self.seen / self.total) if self.total else 0.0

    def _start(self, execute: Execute, value: str, schema: int) -> None:
        self.value, self.tables, self.schema = value, _tables(value), schema
        self.position, self.after, self.seen = 0, 0, 0
        self.total = sum(int(execute(f"SELECT count(*) FROM {t}", ())[0][0]) for t in self.tables)

    def step(self, execute: Execute) -> bool:
        """Index up to ``rows`` rows; True while more remains (the key is still set)."""
        value = owed(execute)
        if value is None:
            self.value = None
            return False
        schema = int(execute("PRAGMA schema_version", ())[0][0])
        if value != self.value or schema != self.schema:
            # A new run, a bulk write since (a new generation), or the file rewritten (its
            # rowids perhaps renumbered): from the start.
            self._start(execute, value, schema)
        while self.position < len(self.tables):
            table = self.tables[self.position]
            found = execute(
                f"SELECT count(*), max(rowid) FROM"
                f" (SELECT rowid FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT ?)",
                (self.after, self.rows),
            )
            count, upto = int(found[0][0]), found[0][1]
            if not count:
                self.position, self.after = self.position + 1, 0
                continue
            _index_range(execute, table, self.after, int(upto))
            self.after = int(upto)
            self.seen += count
            return True
        # Inside this step's write transaction the key is still ``value``: no bulk write can
        # have come in between (one set since the run began restarted it above).
        execute("DELETE FROM meta WHERE key = ? AND value = ?", (OWED, value))
        return False


def executor(session: Session) -> Execute:
    """``Execute`` on the connection of ``session`` (its transaction)."""
    connection = session.connection()

    def execute(sql: str, params: Sequence[Any]) -> list[Any]:
        result = connection.exec_driver_sql(sql, tuple(params))
        return list(result.fetchall()) if result.returns_rows else []

    return execute


def is_owed(db: Database) -> bool:
    """Whether the index of ``db`` owes rows (one look-up by primary key)."""
    with db.read() as session:
        return owed(executor(session)) is not None


def catch_up(
    db: Database, progress: Callable[[float], None] | None = None, state: CatchUp | None = None
) -> bool:
    """Run the catch-up of ``db``'s index to its end, a write transaction per step; False
    when nothing was owed. ``progress`` hears the share done after each step."""
    if not is_owed(db):
        return False
    state = state if state is not None else CatchUp()
    more = True
    while more:
        with db.write() as session:
            more = state.step(executor(session))
        if progress is not None:
            progress(state.share if more else 1.0)
    return True
