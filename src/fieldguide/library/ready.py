"""Reading a profile without opening it fully, when there is nothing to do before reading.

`fieldguide search` is run by scripts in loops; the full open costs it hundreds of
milliseconds (SQLAlchemy, migrations, pack upgrades). `open_ready` hands back a
connection when the full open would change nothing that a read sees:
the database is plain with its schema current (`db.readonly`), and every pack that
ships with the app is installed at the version it ships. Otherwise it returns None
and the caller opens the profile fully, which upgrades, prompts or explains.
Like the modules it uses, it imports no more than `os` and the driver.
"""

from __future__ import annotations

import os

from fieldguide.data_root import DATABASE_NAME
from fieldguide.db.fts import OWED
from fieldguide.db.readonly import open_current
from fieldguide.library.query import search_rows
from fieldguide.resources import bundled_manifests

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# SQLite reads the bundled manifest itself (json_extract), sparing the json module's import.
_PACK_CURRENT = (
    "SELECT coalesce((SELECT version = json_extract(:manifest, '$.version') FROM pack"
    " WHERE id = json_extract(:manifest, '$.id')), 0)"
)


def _bundled_packs_installed(conn: Any) -> bool:
    for manifest in bundled_manifests():
        try:
            with open(manifest, encoding="utf-8") as file:
                text = file.read()
        except OSError:
            continue  # the full open skips a pack it cannot read, too
        try:
            row = conn.execute(_PACK_CURRENT, {"manifest": text}).fetchone()
        except Exception:  # a malformed manifest: let the full open say so
            return False
        if not row or not row[0]:
            return False
    return True


def open_ready(root: str) -> Any | None:
    """A connection for reading the profile in `root`, or None when it needs the full open."""
    conn = open_current(os.path.join(root, DATABASE_NAME))
    if conn is None:
        return None
    if not _bundled_packs_installed(conn):
        conn.close()
        return None
    return conn


# Rows received in bulk not indexed yet (db/fts_owed.py).
_INDEX_OWED = f"SELECT 1 FROM meta WHERE key = '{OWED}'"


def search_ready(root: str, query: str, *, limit: int) -> list[tuple[Any, ...]] | None:
    """`library.query.search_rows` on the profile in `root`, or None when it needs the full
    open: also while its index owes rows received in bulk, which the full open's search
    indexes first (a read-only search would answer from half an index)."""
    conn = open_ready(root)
    if conn is None:
        return None
    try:
        owed = conn.execute(_INDEX_OWED).fetchone() is not None
    except Exception:  # a busy or damaged database: the full open says what is wrong
        owed = True
    if owed:
        conn.close()
        return None

    def execute(sql: str, params: dict[str, Any]) -> list[Any]:
        return list(conn.execute(sql, params).fetchall())

    try:
        return search_rows(execute, query, limit=limit)
    except Exception:  # a busy or damaged database: the full open says what is wrong
        return None
    finally:
        conn.close()
