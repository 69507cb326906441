"""Whole database files: plain or encrypted, rewritten under another key, verified, swapped.

Every operation that changes how a profile is encrypted (protect, unprotect,
change of passphrase, restore) follows the same steps: take the profile for
ourselves, write a complete new file beside it with `sqlcipher_export`, verify
that file, then swap it in with one `os.replace`. At every instant one complete
database sits under the profile's name.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from fieldguide.db.driver import connect_raw, key_spec, storage_error
from fieldguide.errors import DatabaseLocked, UserError
from fieldguide.hygiene import create_private
from fieldguide.i18n import _
from fieldguide.memory import wipe
from fieldguide.security import progress
from fieldguide.security.progress import (
    EXPORT_GROWTH,
    INDEX_CHECK_STEPS_PER_PAGE,
    Meter,
    bytes_in_use,
    check_steps,
    file_growth,
    integrity_steps,
    pages_in_use,
    watching,
)

SQLITE_HEADER = b"SQLite format 3\x00"
TEMPORARY_MARK = ".fieldguide-tmp"
CRASH_ENV = "FIELDGUIDE_TEST_CRASH_AT"

# The files SQLite keeps beside a database; after a swap they belong to the old file.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class VerificationFailed(UserError):
    """A rewritten or restored file is not what it should be; nothing was swapped."""


def crash_point(step: str) -> None:
    """For tests only: die here, as a power cut would, when FIELDGUIDE_TEST_CRASH_AT names `step`."""
    if os.environ.get(CRASH_ENV) == step:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def is_encrypted(path: Path) -> bool:
    """True when the file exists and is not a plain SQLite database.

    The file's own first bytes decide, never a flag stored elsewhere, so that the
    answer cannot disagree with the file after a crash.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    # An empty file is what SQLite creates before the first write: a new plain database.
    return bool(head) and head != SQLITE_HEADER


def temporary_path(live: Path, purpose: str) -> Path:
    return live.with_name(f".{live.name}.{purpose}{TEMPORARY_MARK}")


def remove_temporaries(directory: Path) -> None:
    """Leftovers of an operation that was killed: never the profile, never a finished backup."""
    with contextlib.suppress(OSError):
        for entry in directory.iterdir():
            if TEMPORARY_MARK in entry.name:
                with contextlib.suppress(OSError):
                    entry.unlink()


def remove_side_files(path: Path) -> None:
    """The journal files, and the file `swap_in` replaced (once its connection is closed)."""
    for side in (*(Path(f"{path}{suffix}") for suffix in SIDE_SUFFIXES), temporary_path(path, "replaced")):
        with contextlib.suppress(FileNotFoundError):
            side.unlink()


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def replace_file(source: Path, target: Path) -> None:
    """Put `source` in `target`'s place in one rename, and make the rename itself durable."""
    fsync_file(source)
    os.replace(source, target)
    _fsync_directory(target.parent)


class _SameKey:
    def __repr__(self) -> str:
        return "SAME_KEY"


# "Under the key of the connection's main database": ATTACH without a KEY clause. The
# backups use it, so the profile's key never has to leave the Database object.
SAME_KEY = _SameKey()
KeyArg = bytes | bytearray | None | _SameKey  # None: a plain, unencrypted file


def _attach(conn: Any, path: Path, alias: str, key: KeyArg) -> None:
    if isinstance(key, _SameKey):
        conn.execute(f"ATTACH DATABASE ? AS {alias}", (str(path),))
        return
    spec = key_spec(key) if key is not None else bytearray()
    try:
        # A bound value: the key is never formatted into SQL.
        conn.execute(f"ATTACH DATABASE ? AS {alias} KEY ?", (str(path), spec))
    finally:
        wipe(spec)


def swap_in(conn: Any, source: Path, live: Path) -> None:
    """Replace the live database by `source` while `conn` (from take_exclusive) holds it.

    On POSIX the exclusive lock is kept across the rename, so no other process can
    slip in between. Windows cannot rename over an open file: there the connection
    is closed first (closing it twice is harmless).

    The replaced file keeps a name (a temporary one) until the caller's
    `remove_side_files`, after the connection is closed: closing the last handle of
    an unlinked file frees its blocks there and then (most of a second for 2 GB), and
    sqlcipher3's close() holds the interpreter while it runs, freezing the window;
    unlinking releases it. A file system without hard links swaps as before.
    """
    if os.name == "nt":
        conn.close()
    replaced = temporary_path(live, "replaced")
    with contextlib.suppress(FileNotFoundError):
        replaced.unlink()
    with contextlib.suppress(OSError):
        os.link(live, replaced)
    replace_file(source, live)


@contextlib.contextmanager
def attached(conn: Any, path: Path, alias: str, key: KeyArg = SAME_KEY) -> Iterator[str]:
    """`path` attached to `conn` as `alias` under `key`; a wrong key raises DatabaseLocked."""
    try:
        _attach(conn, path, alias, key)
    except sqlcipher.DatabaseError as exc:
        mapped = storage_error(exc, path.parent)
        if mapped is not None:
            raise mapped from exc
        raise DatabaseLocked(
            _("%s does not open with this passphrase (or it is not a Field Guide database)") % path.name
        ) from exc
    try:
        try:
            conn.execute(f"SELECT count(*) FROM {alias}.sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            raise DatabaseLocked(
                _("%s does not open with this passphrase (or it is not a Field Guide database)") % path.name
            ) from exc
        yield alias
    finally:
        conn.execute(f"DETACH DATABASE {alias}")


def table_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    """Rows per table (the FTS index's own tables included), to compare two copies."""
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0] for name in names}


# The shares of a check: the page walk, the search index's own check, the row counts
# (one step each per table, which the progress handler does not see); measured at 10 x.
CHECK_WEIGHTS = (0.70, 0.27, 0.03)


def check_schema(conn: Any, schema: str, label: str, meter: Meter | None = None) -> dict[str, int]:
    """Integrity of one attached (or main) database and of its search index; its row counts."""
    walking, indexing, counting = meter.parts(*CHECK_WEIGHTS) if meter else (None, None, None)
    pages = pages_in_use(conn, schema) if meter else 0
    try:
        with watching(conn, walking, integrity_steps(pages), opcodes=progress.CHECK_OPCODES):
            problems = [row[0] for row in conn.execute(f"PRAGMA {schema}.integrity_check")]
    except sqlcipher.DatabaseError as exc:
        raise VerificationFailed(_("%s is damaged: %s") % (label, exc)) from exc
    if problems != ["ok"]:
        raise VerificationFailed(_("%s is damaged: %s") % (label, "; ".join(str(p) for p in problems[:3])))
    has_index = conn.execute(
        f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = 'search_fts'"
    ).fetchone()
    if has_index:
        try:
            with watching(
                conn, indexing, check_steps(pages, INDEX_CHECK_STEPS_PER_PAGE), opcodes=progress.CHECK_OPCODES
            ):
                conn.execute(f"INSERT INTO {schema}.search_fts(search_fts) VALUES('integrity-check')")
        except sqlcipher.DatabaseError as exc:
            raise VerificationFailed(_("%s: the search index is damaged") % label) from exc
    counts = table_counts(conn, schema)
    if counting is not None:
        counting.done()
    return counts


def export(
    conn: Any, target: Path, key: KeyArg = SAME_KEY, *, source: str = "main", meter: Meter | None = None
) -> None:
    """Write everything in `source` (a schema of `conn`) into a new file `target`, under `key`.

    `meter` follows the new file's size against the pages in use in `source`.
    """
    expected = bytes_in_use(conn, source) * EXPORT_GROWTH if meter else 0.0
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    create_private(target)  # owner-only before a byte of the profile is in it
    try:
        # The measure holds the file open until after the DETACH (see file_growth).
        with (
            file_growth(target, expected, meter) as written,
            attached(conn, target, "fieldguide_target", key),
        ):
            conn.execute("BEGIN IMMEDIATE")
            try:
                with watching(conn, meter, written):
                    conn.execute("SELECT sqlcipher_export('fieldguide_target', ?)", (source,))
                # sqlcipher_export copies schema and rows, not the header's user_version.
                version = int(conn.execute(f"PRAGMA {source}.user_version").fetchone()[0])
                conn.execute(f"PRAGMA fieldguide_target.user_version = {version}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    except sqlcipher.Error as exc:
        mapped = storage_error(exc, target.parent)
        if mapped is None:
            raise
        raise mapped from exc


def verify(
    path: Path,
    key: bytes | bytearray | None,
    expected: dict[str, int] | None = None,
    meter: Meter | None = None,
) -> dict[str, int]:
    """Open `path` on its own, as the app will, check it, and compare its row counts with `expected`."""
    conn = connect_raw(path, key)
    try:
        counts = check_schema(conn, "main", path.name, meter)
    finally:
        conn.close()
    compare_counts(counts, expected)
    return counts


def verify_attached(
    conn: Any, path: Path, key: KeyArg, expected: dict[str, int] | None = None, meter: Meter | None = None
) -> dict[str, int]:
    with attached(conn, path, "fieldguide_verify", key) as alias:
        counts = check_schema(conn, alias, path.name, meter)
    compare_counts(counts, expected)
    return counts


def compare_counts(counts: dict[str, int], expected: dict[str, int] | None) -> None:
    if expected is None or counts == expected:
        return
    different = sorted(name for name in set(counts) | set(expected) if counts.get(name) != expected.get(name))
    raise VerificationFailed(
        _("the new copy differs from its source (%s): nothing was changed") % ", ".join(different)
    )
