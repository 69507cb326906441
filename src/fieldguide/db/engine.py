"""The SQLite (SQLCipher) engine and the two ways to use it: read and write.

A write is one transaction started with BEGIN IMMEDIATE, so two processes on
the same profile queue for the write lock instead of failing half-way.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

# Re-exported: the engine's callers have always imported these from here.
from fieldguide.courtesy import let_others_run
from fieldguide.db.driver import (
    PRAGMAS as PRAGMAS,
)
from fieldguide.db.driver import (
    DiskFull as DiskFull,
)
from fieldguide.db.driver import (
    ProfileLocked as ProfileLocked,
)
from fieldguide.db.driver import (
    ReadOnlyStorage as ReadOnlyStorage,
)
from fieldguide.db.driver import (
    UnreadableDatabase as UnreadableDatabase,
)
from fieldguide.db.driver import (
    connect_raw as connect_raw,
)
from fieldguide.db.driver import (
    key_spec as key_spec,
)
from fieldguide.db.driver import (
    storage_error as storage_error,
)
from fieldguide.errors import DatabaseLocked as DatabaseLocked  # re-exported, as before
from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.memory import wipe


class ProfileBusy(UserError):
    def __init__(self) -> None:
        super().__init__(
            _("the profile is in use by another Field Guide window or command: close it and try again")
        )


@contextmanager
def take_exclusive(path: Path, key: bytes | bytearray | None) -> Iterator[Any]:
    """A connection that has the profile to itself until the block ends.

    Leaving WAL mode succeeds only when no other connection has the database open,
    and it checkpoints the WAL into the file and deletes it, so nothing of the
    profile is left in a -wal file. The exclusive lock then keeps other processes
    out while the file is rewritten and swapped (security/cipherfile.py).
    """
    conn = connect_raw(path, key)
    try:
        conn.execute("PRAGMA busy_timeout = 2000")
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlcipher.OperationalError as exc:
            raise storage_error(exc, path.parent) or ProfileBusy() from exc
        if str(mode).lower() != "delete":
            raise ProfileBusy()
        yield conn
    finally:
        conn.close()


def create_db_engine(path: Path, key: bytes | bytearray | None = None) -> Engine:
    def connect() -> Any:
        conn = connect_raw(path, key)
        try:
            for pragma in PRAGMAS:
                conn.execute(pragma)
        except sqlcipher.Error as exc:
            conn.close()
            mapped = storage_error(exc, path.parent)
            if mapped is None:
                raise
            raise mapped from exc
        return conn

    engine = create_engine(
        "sqlite://",
        creator=connect,
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # pysqlite's own transaction handling is off (isolation_level=None); begin here.
        immediate = conn.get_execution_options().get("fieldguide_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    @event.listens_for(engine, "before_cursor_execute")
    def _courtesy(*_args: Any) -> None:
        # A sync or an import runs thousands of statements: each is a chance to let the
        # window's keystrokes through (fieldguide.courtesy).
        let_others_run()

    return engine


def statements(session: Session) -> Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]:
    """`execute(sql, params)` through `session`: how the services run the plain statements that
    the command line and the window's start also run on a bare connection (`library/query.py`,
    `library/shelf.py`), so both read the same rows."""

    def execute(sql: str, params: dict[str, Any]) -> Sequence[Sequence[Any]]:
        result = session.execute(text(sql), params)
        # A statement with no rows to fetch (a CREATE) gives none.
        return result.all() if getattr(result, "returns_rows", True) else []

    return execute


@contextmanager
def _no_automatic_checkpoint(raw: Any) -> Iterator[None]:
    """No automatic checkpoint at this driver connection's commits meanwhile; its setting
    is restored after (``Database.write(checkpoint_later=True)``)."""
    (automatic,) = raw.execute("PRAGMA wal_autocheckpoint").fetchone()
    raw.execute("PRAGMA wal_autocheckpoint=0")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA wal_autocheckpoint={int(automatic)}")


class Database:
    """The profile's database: `read()` for queries, `write()` for one use case's changes."""

    def __init__(self, path: Path, key: bytes | bytearray | None = None) -> None:
        self.path = path
        # A mutable copy that the engine's connect function reads, so lock() can wipe
        # the one copy this object holds (Python may keep others; see docs/security.md).
        self._key: bytearray | None = bytearray(key) if key is not None else None
        self._locked = False
        self._exclusive = False
        self._checkpointer: threading.Thread | None = None
        self.engine = create_db_engine(path, self._key)

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    @property
    def locked(self) -> bool:
        return self._locked

    def _check_open(self) -> None:
        if self._locked:
            raise ProfileLocked()
        if self._exclusive:
            raise ProfileBusy()

    @contextmanager
    def read(self) -> Iterator[Session]:
        self._check_open()
        try:
            with self.engine.connect() as conn, Session(bind=conn, expire_on_commit=False) as session:
                # Closing (not rolling back) keeps loaded objects readable after the block.
                yield session
        except Exception as exc:
            mapped = storage_error(exc, self.path.parent)
            if mapped is None or mapped is exc:
                raise
            raise mapped from exc

    @contextmanager
    def write(self, *, checkpoint_later: bool = False) -> Iterator[Session]:
        """One transaction: commits whole when the block ends, changes nothing if it raises.

        A full disk or read-only storage becomes DiskFull or ReadOnlyStorage (one line
        for the user); what was committed before is untouched, since SQLite rolls the
        failed transaction back whole.

        ``checkpoint_later``: the commit does not copy the WAL into the file; a thread of
        its own does it just after (``_checkpoint``). A first full sync commits gigabytes
        at 10 × a team's year, and SQLite's automatic checkpoint at that commit (copying
        them into the file, then waiting for the disk) kept the person waiting seconds
        more for work already committed and shown. SQLite's own advice for such writers.
        """
        self._check_open()
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(fieldguide_write=True)
                held = (
                    _no_automatic_checkpoint(conn.connection.dbapi_connection)
                    if checkpoint_later
                    else contextlib.nullcontext()
                )
                with held, Session(bind=conn, expire_on_commit=False) as session:
                    try:
                        yield session
                        session.commit()
                    except BaseException as exc:
                        try:
                            session.rollback()
                        except Exception:
                            # SQLite may already have rolled back after SQLITE_FULL; the
                            # first error is the one to report.
                            if storage_error(exc) is None:
                                raise
                        raise
            if checkpoint_later:
                self._checkpoint_soon()
        except Exception as exc:
            mapped = storage_error(exc, self.path.parent)
            if mapped is None or mapped is exc:
                raise
            raise mapped from exc

    def _checkpoint_soon(self) -> None:
        """Copy the WAL into the file on a thread of its own (SQLite releases the
        interpreter meanwhile: the window and the next reads and writes go on; a commit
        meanwhile skips its own checkpoint, which finds this one running). One under way
        already is left to finish: what it does not copy, the next commit's automatic
        checkpoint does."""
        if self._checkpointer is not None and self._checkpointer.is_alive():
            return
        thread = threading.Thread(target=self._checkpoint, name="fieldguide-checkpoint", daemon=True)
        self._checkpointer = thread
        thread.start()

    def _checkpoint(self) -> None:
        # Locked or closed meanwhile, or the disk full: the WAL stays whole and correct,
        # and the next commit's automatic checkpoint (or the last close) copies it.
        with contextlib.suppress(Exception), self.raw() as conn:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def settle(self) -> None:
        """Wait for a checkpoint under way (``write(checkpoint_later=True)``): before the pool
        closes or the key is wiped, and before whole-file work that checkpoints the WAL
        itself (a purge's rewrite), which would find it busy."""
        thread, self._checkpointer = self._checkpointer, None
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    @contextmanager
    def raw(self) -> Iterator[Any]:
        """A driver connection outside any transaction, for whole-file work (VACUUM INTO, checks).

        ATTACH without a KEY clause on it gives the attached file this profile's key,
        so backups are encrypted like the profile without the key leaving this object.
        """
        self._check_open()
        conn = self.engine.raw_connection()
        try:
            yield conn.driver_connection
        finally:
            conn.close()

    @contextmanager
    def exclusive(self) -> Iterator[Any]:
        """This profile's file to one connection alone (see take_exclusive); the pool reopens after."""
        self._check_open()
        self.settle()
        self._empty_wal()
        self.engine.dispose()
        self._exclusive = True
        try:
            with take_exclusive(self.path, self._key) as conn:
                yield conn
        finally:
            self._exclusive = False
            self.engine.dispose()

    def _empty_wal(self) -> None:
        """Checkpoint the WAL into the file before the pool closes its connections (exclusive work).

        The last connection to close writes back whatever the WAL still holds, and
        sqlcipher3's close() keeps the interpreter while it does (most of a second for
        100 MB): the window could not paint. A statement lets it run. If a reader holds
        the WAL, the close does what remains, as before."""
        with self.raw() as conn, contextlib.suppress(sqlcipher.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def lock(self) -> None:
        """Close every pooled connection and wipe the key; reads and writes fail until unlock()."""
        self._locked = True
        self.settle()
        self.engine.dispose()
        wipe(self._key)

    def unlock(self, key: bytes | bytearray | None) -> None:
        """Open again with `key` (checked first: a wrong key raises DatabaseLocked and stays locked)."""
        connect_raw(self.path, key).close()
        self.engine.dispose()
        self._key = bytearray(key) if key is not None else None
        self.engine = create_db_engine(self.path, self._key)
        self._locked = False

    def dispose(self) -> None:
        self.settle()
        self.engine.dispose()
