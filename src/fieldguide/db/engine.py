"""The SQLite (SQLCipher) engine and the two ways to use it: read and write.

A write is one transaction started with BEGIN IMMEDIATE, so two processes on
the same profile queue for the write lock instead of failing half-way.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from fieldguide.errors import DatabaseLocked, UserError
from fieldguide.i18n import _
from fieldguide.memory import wipe

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=5000",
    "PRAGMA foreign_keys=ON",
)


# SQLite result codes (the low byte of an extended code) that a user can do something about.
_SQLITE_READONLY = 8
_SQLITE_CANTOPEN = 14
_SQLITE_FULL = 13


class UnreadableDatabase(UserError):
    """The file is not a SQLite database, or its first page is damaged."""


class ProfileLocked(UserError):
    """The user locked the profile (Ctrl+L or the idle timeout); nothing is read or written."""

    def __init__(self) -> None:
        super().__init__(_("the profile is locked: unlock it to continue"))


class DiskFull(UserError):
    """A write failed for lack of space; the transaction was rolled back whole."""

    def __init__(self) -> None:
        super().__init__(
            _("the disk is full: nothing was saved from this change; free some space and try again")
        )


class ReadOnlyStorage(UserError):
    """The data directory or the database file cannot be written."""

    def __init__(self, where: Path | str | None = None) -> None:
        place = str(where) if where is not None else _("the data folder")
        super().__init__(
            _("%s cannot be written (a read-only disk, or no permission): nothing was saved") % place
        )


def storage_error(exc: BaseException, where: Path | str | None = None) -> UserError | None:
    """The one-line error for a full disk or read-only storage behind `exc`, or None.

    The one place where SQLite's and the OS's codes for these become words, so the
    database, the backups and the profile files all say the same thing.
    """
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, DiskFull | ReadOnlyStorage):
            return seen
        if isinstance(seen, OSError) and not isinstance(seen, sqlcipher.Error):
            if seen.errno in (errno.ENOSPC, errno.EDQUOT):
                return DiskFull()
            if seen.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                return ReadOnlyStorage(seen.filename or where)
        code = getattr(seen, "sqlite_errorcode", None)
        message = str(seen).lower()
        if (code is not None and code & 0xFF == _SQLITE_FULL) or "database or disk is full" in message:
            return DiskFull()
        if code is not None and code & 0xFF in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
            return ReadOnlyStorage(where)
        if "readonly database" in message:
            return ReadOnlyStorage(where)
        # SQLAlchemy keeps the driver's exception in .orig; Python chains in __cause__.
        seen = getattr(seen, "orig", None) or seen.__cause__
    return None


def key_spec(key: bytes | bytearray) -> bytearray:
    """`x'<hex>'`, SQLCipher's form for a raw key (no passphrase stretching of its own).

    Built byte by byte into a mutable buffer so that the caller can wipe it; a
    `key.hex()` string could not be wiped.
    """
    digits = b"0123456789abcdef"
    spec = bytearray(2 + 2 * len(key) + 1)
    spec[0:2] = b"x'"
    for i, byte in enumerate(key):
        spec[2 + 2 * i] = digits[byte >> 4]
        spec[3 + 2 * i] = digits[byte & 0x0F]
    spec[-1] = ord("'")
    return spec


def connect_raw(path: Path, key: bytes | bytearray | None = None) -> Any:
    """A bare driver connection, checked to open: the key is right and the file is a database.

    Raises DatabaseLocked for a wrong key and UnreadableDatabase for a file that is
    not a database; the connection has no pragmas set (callers choose their own).
    """
    try:
        # check_same_thread=False: the GUI reads on worker threads; the pool hands each
        # thread its own connection and SQLite serialises writers itself.
        conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    except sqlcipher.Error as exc:
        raise storage_error(exc, path.parent) or UnreadableDatabase(str(exc)) from exc
    # SQLCipher otherwise prints "hmac check failed" lines on stderr for a wrong key.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        spec = key_spec(key)
        try:
            conn.set_key(spec)  # a bound value, never a key formatted into SQL
        finally:
            wipe(spec)
    try:
        # The first real read fails here when the key is wrong.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        mapped = storage_error(exc, path.parent)
        if mapped is not None:
            raise mapped from exc
        if key is not None:
            raise DatabaseLocked() from exc
        raise UnreadableDatabase(_("%s is not a Field Guide database, or it is damaged") % path.name) from exc
    return conn


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

    return engine


class Database:
    """The profile's database: `read()` for queries, `write()` for one use case's changes."""

    def __init__(self, path: Path, key: bytes | bytearray | None = None) -> None:
        self.path = path
        # A mutable copy that the engine's connect function reads, so lock() can wipe
        # the one copy this object holds (Python may keep others; see docs/security.md).
        self._key: bytearray | None = bytearray(key) if key is not None else None
        self._locked = False
        self._exclusive = False
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
    def write(self) -> Iterator[Session]:
        """One transaction: commits whole when the block ends, changes nothing if it raises.

        A full disk or read-only storage becomes DiskFull or ReadOnlyStorage (one line
        for the user); what was committed before is untouched, since SQLite rolls the
        failed transaction back whole.
        """
        self._check_open()
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(fieldguide_write=True)
                with Session(bind=conn, expire_on_commit=False) as session:
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
        except Exception as exc:
            mapped = storage_error(exc, self.path.parent)
            if mapped is None or mapped is exc:
                raise
            raise mapped from exc

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
        self.engine.dispose()
        self._exclusive = True
        try:
            with take_exclusive(self.path, self._key) as conn:
                yield conn
        finally:
            self._exclusive = False
            self.engine.dispose()

    def lock(self) -> None:
        """Close every pooled connection and wipe the key; reads and writes fail until unlock()."""
        self._locked = True
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
        self.engine.dispose()
