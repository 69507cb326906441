"""The SQLCipher driver on its own: connecting, keys, and what its errors mean to a user.

No SQLAlchemy here, so that what needs only the file (is it encrypted, does this key
open it) does not pay for importing it: the lock asks that before the window's first
paint (start-up budget). `engine.py` builds the SQLAlchemy engine on top of these.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

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
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
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


def is_busy(exc: BaseException) -> bool:
    """Whether `exc` says another connection held the database for longer than SQLite waits
    (`busy_timeout`): work to try again later, not a fault of the profile."""
    seen: BaseException | None = exc
    while seen is not None:
        code = getattr(seen, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return True
        if isinstance(seen, sqlcipher.OperationalError) and str(seen).lower() in (
            "database is locked",
            "database is busy",
        ):
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__
    return False


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
