"""A bare read-only connection to a profile that needs nothing done before it is read.

The full open (`app.open_app`) imports SQLAlchemy, migrates, settles the device
identity and upgrades the bundled packs: hundreds of milliseconds. A read that
only looks (`fieldguide search`) can skip all of it when there is nothing to
do: the file is a plain SQLite database (an encrypted one needs its key, and
so the full open and its prompts) whose schema is current. Anything else
returns None and the caller takes the full path, which says what is wrong.
Only `os` and the driver are imported here.
"""

from __future__ import annotations

import sqlcipher3.dbapi2 as sqlcipher

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# The newest revision in migrations/versions; tests check it matches Alembic's head.
HEAD_REVISION = "0007"

# The first bytes of every plain SQLite file; an encrypted one starts with random salt.
SQLITE_HEADER = b"SQLite format 3\x00"


def is_plain_database(path: str) -> bool:
    """True when `path` is a non-empty, unencrypted SQLite file."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def open_current(path: str) -> Any | None:
    """A connection to `path` when it is plain and its schema current, else None.

    Its callers only read. It is not made query_only, because a search may create its
    temporary vocabulary table (temp.search_instances), which query_only refuses.
    """
    if not is_plain_database(path):
        return None
    try:
        conn = sqlcipher.connect(path, check_same_thread=False, isolation_level=None)
    except sqlcipher.Error:
        return None
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher.Error:
        conn.close()
        return None
    if row is None or row[0] != HEAD_REVISION:
        conn.close()
        return None
    return conn
