"""The SQLite (SQLCipher) engine and the two ways to use it: read and write.

A write is one transaction started with BEGIN IMMEDIATE, so two processes on
the same profile queue for the write lock instead of failing half-way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=5000",
    "PRAGMA foreign_keys=ON",
)


class DatabaseLocked(Exception):
    """The profile is encrypted and the key given does not open it."""


def _set_key(dbapi_conn: Any, key: bytes) -> None:
    # A raw key, never a passphrase formatted into SQL: hex digits only.
    dbapi_conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def create_db_engine(path: Path, key: bytes | None = None) -> Engine:
    def connect() -> Any:
        # check_same_thread=False: the GUI reads on worker threads; the pool hands each
        # thread its own connection and SQLite serialises writers itself.
        conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
        if key is not None:
            _set_key(conn, key)
        try:
            # The first real read fails here when the key is wrong.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            conn.close()
            raise DatabaseLocked(str(exc)) from exc
        for pragma in PRAGMAS:
            conn.execute(pragma)
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

    def __init__(self, path: Path, key: bytes | None = None) -> None:
        self.path = path
        self.engine = create_db_engine(path, key)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.engine.connect() as conn, Session(bind=conn, expire_on_commit=False) as session:
            yield session
            session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: commits whole when the block ends, changes nothing if it raises."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(fieldguide_write=True)
            with Session(bind=conn, expire_on_commit=False) as session:
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise

    def dispose(self) -> None:
        self.engine.dispose()
