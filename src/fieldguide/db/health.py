"""`fieldguide check`: is the profile sound, and if not, what is wrong, in plain words.

Checks the database file (SQLite's integrity check), the references between
rows, the full-text index (FTS5's own integrity check) and that the index holds
exactly what it should (every section, checklist item, note and answer that
should be searchable, nothing else, and the triggers that keep it so). A damaged
search index can be rebuilt from the data (`repair`); a damaged database file
is repaired by restoring a backup.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from fieldguide.db.engine import Database
from fieldguide.db.fts import SOURCES, create_search_index, rebuild_statements, trigger_statements
from fieldguide.db.fts_owed import catch_up
from fieldguide.i18n import _

REBUILD_SEARCH_INDEX = "rebuild-search-index"

# What each indexed table holds, for messages a user can read.
_WHAT = {
    "section": _("guidance sections"),
    "checklist_item": _("checklist items"),
    "note": _("notes"),
    "response": _("answers"),
}


@dataclass(frozen=True)
class Problem:
    area: str  # database | references | search-index
    message: str
    repair: str | None = None  # the name of the repair that fixes it, if there is one

    def as_json(self) -> dict[str, Any]:
        return {"area": self.area, "message": self.message, "repair": self.repair}


def _database_problems(conn: Any) -> list[Problem]:
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(20)")]
    except sqlcipher.DatabaseError as exc:
        rows = [str(exc)]
    # SQLite's integrity check also runs FTS5's; that part is the search index, which can be
    # rebuilt from the data: it is reported (with its repair) by _index_problems instead.
    rows = [row for row in rows if row != "ok" and not row.lower().startswith("fts5:")]
    if not rows:
        return []
    return [
        Problem(
            "database",
            _(
                "the database file is damaged (%d problems found, the first: %s); restore the most "
                "recent backup with `fieldguide restore FILE` (the damaged file is kept as a backup)"
            )
            % (len(rows), rows[0]),
        )
    ]


def _reference_problems(conn: Any) -> list[Problem]:
    counts: dict[str, int] = {}
    for row in conn.execute("PRAGMA foreign_key_check"):
        counts[str(row[0])] = counts.get(str(row[0]), 0) + 1
    return [
        Problem("references", _("%d rows in %s refer to rows that no longer exist") % (count, table))
        for table, count in sorted(counts.items())
    ]


def _trigger_names() -> set[str]:
    names = set()
    for statement in trigger_statements():
        match = re.match(r"CREATE TRIGGER (\w+)", statement)
        if match:
            names.add(match.group(1))
    return names


def _index_problems(conn: Any) -> list[Problem]:
    repair = _("repair it with `fieldguide check --repair` (it rebuilds the index from your data)")
    has_index = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").fetchone()
    if not has_index:
        return [Problem("search-index", _("the search index is missing; %s") % repair, REBUILD_SEARCH_INDEX)]
    problems: list[Problem] = []
    try:
        conn.execute("INSERT INTO search_fts(search_fts) VALUES('integrity-check')")
    except sqlcipher.DatabaseError:
        problems.append(
            Problem(
                "search-index",
                _("the search index is damaged: search may miss things or show wrong results; %s") % repair,
                REBUILD_SEARCH_INDEX,
            )
        )
    for table, kind, _title, _body, condition in SOURCES:
        where = condition.format(r=table)
        missing = conn.execute(
            f"SELECT count(*) FROM {table} WHERE {where} AND NOT EXISTS "
            f"(SELECT 1 FROM search_ref r WHERE r.kind = '{kind}' AND r.ref = {table}.id"
            " AND r.rowid IN (SELECT rowid FROM search_fts))"
        ).fetchone()[0]
        if missing:
            problems.append(
                Problem(
                    "search-index",
                    _("%d %s cannot be found by search; %s") % (missing, _WHAT.get(table, table), repair),
                    REBUILD_SEARCH_INDEX,
                )
            )
        stale = conn.execute(
            f"SELECT count(*) FROM search_ref r WHERE r.kind = '{kind}' AND NOT EXISTS "
            f"(SELECT 1 FROM {table} WHERE {table}.id = r.ref AND {where})"
        ).fetchone()[0]
        if stale:
            problems.append(
                Problem(
                    "search-index",
                    _("the search index still lists %d %s that were deleted or changed; %s")
                    % (stale, _WHAT.get(table, table), repair),
                    REBUILD_SEARCH_INDEX,
                )
            )
    orphans = conn.execute(
        "SELECT count(*) FROM search_fts WHERE rowid NOT IN (SELECT rowid FROM search_ref)"
    ).fetchone()[0]
    if orphans:
        problems.append(
            Problem(
                "search-index",
                _("the search index holds %d entries that belong to nothing; %s") % (orphans, repair),
                REBUILD_SEARCH_INDEX,
            )
        )
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    if not _trigger_names() <= present:
        problems.append(
            Problem(
                "search-index",
                _("search no longer follows changes to the library and notes; %s") % repair,
                REBUILD_SEARCH_INDEX,
            )
        )
    return problems


def check(db: Database) -> list[Problem]:
    """Every problem found, in plain words; an empty list means the profile is sound."""
    with db.raw() as conn:
        problems = _database_problems(conn)
        problems += _reference_problems(conn)
        try:
            problems += _index_problems(conn)
        except sqlcipher.DatabaseError as exc:
            problems.append(
                Problem(
                    "search-index",
                    _("the search index cannot be read (%s); repair it with `fieldguide check --repair`")
                    % exc,
                    REBUILD_SEARCH_INDEX,
                )
            )
    return problems


def rebuild_search_index(db: Database) -> None:
    """Drop the index and build it again from the tables, with its triggers, in one transaction."""
    with db.write() as session:
        execute = session.connection().exec_driver_sql
        # Dropping the FTS table removes its shadow tables too, however damaged they are.
        execute("DROP TABLE IF EXISTS search_fts")
        create_search_index(execute)
        for statement in rebuild_statements():
            execute(statement)


def repair(db: Database, problems: list[Problem]) -> list[str]:
    """Run the repairs the problems call for; returns the names of those run."""
    done: list[str] = []
    if any(p.repair == REBUILD_SEARCH_INDEX for p in problems):
        rebuild_search_index(db)
        done.append(REBUILD_SEARCH_INDEX)
    return done


@dataclass(frozen=True)
class CheckResult:
    """What `check` found after any repairs it was asked to run."""

    problems: list[Problem]
    repaired: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


class HealthService:
    """The `check` use case for the faces: look, repair when asked, and look again."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def check(self, *, repair_found: bool = False) -> CheckResult:
        # Rows received in bulk and not indexed yet are a debt the index is paying, not a
        # fault: it is paid first, so that what is compared is the whole index. If it
        # cannot be (a damaged file, say), the rows still missing are reported as missing.
        with contextlib.suppress(Exception):
            catch_up(self.db)
        problems = check(self.db)
        repaired: list[str] = []
        if problems and repair_found:
            repaired = repair(self.db, problems)
            problems = check(self.db)
        return CheckResult(problems, repaired)
