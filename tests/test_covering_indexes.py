"""What the library tree and the assessment list read comes from indexes, not from the rows.

A section row holds its body and an answer its note: a statement that reads the outline's
columns or an answer's status through the table reads a page per row, gigabytes at 100 × a
team's year (issue 21). Migration 0007 adds indexes that cover those statements. These
tests run the use cases, catch every statement they issue and ask SQLite how it would run
each one: every scan of `section`, `response` or `action` must be answered from an index
alone, on a new profile and on one upgraded from schema 0006.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from fieldguide.app import App, open_app
from fieldguide.library.plain import PlainLibrary
from fieldguide.paths import DataPaths
from fieldguide.ui.snapshot import library_snapshot

DATA = Path(__file__).resolve().parent / "data"
WIDE = ("section", "response", "action")  # tables whose rows carry long text
# `FROM section s`, `JOIN response AS r`, `FROM action`: the name each plan row uses.
_NAMED = re.compile(
    r"\b(?:FROM|JOIN)\s+(" + "|".join(WIDE) + r")\b(?:\s+(?:AS\s+)?(?!ON\b|WHERE\b|JOIN\b|GROUP\b|ORDER\b"
    r"|LEFT\b|INNER\b|CROSS\b|LIMIT\b)(\w+))?",
    re.IGNORECASE,
)


@contextmanager
def _statements(app: App) -> Iterator[list[tuple[str, Any]]]:
    issued: list[tuple[str, Any]] = []

    def note(conn: Any, cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            issued.append((statement, parameters))

    event.listen(app.db.engine, "before_cursor_execute", note)
    try:
        yield issued
    finally:
        event.remove(app.db.engine, "before_cursor_execute", note)


def _rows_read(plan: list[str], statement: str) -> list[str]:
    """The plan's steps that read rows of a wide table, not an index covering the statement.

    Looking one row up by its key (`(id=?)`: a bookmark's title) reads one page and is allowed.
    """
    names = {name.lower() for match in _NAMED.finditer(statement) for name in match.groups() if name}
    found = []
    for step in plan:
        words = step.split()
        if len(words) < 2 or words[0] not in ("SCAN", "SEARCH") or words[1].lower() not in names:
            continue
        if "COVERING INDEX" in step or step.endswith("(id=?)"):
            continue
        found.append(step)
    return found


def _uncovered(app: App, statements: list[tuple[str, Any]]) -> dict[str, list[str]]:
    wide = [(s, p) for s, p in statements if _NAMED.search(s)]
    assert wide, "the use case read none of the wide tables: the test would prove nothing"
    problems: dict[str, list[str]] = {}
    with app.db.raw() as conn:
        for statement, parameters in wide:
            plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + statement, parameters)]
            if bad := _rows_read(plan, statement):
                problems[" ".join(statement.split())] = bad
    return problems


def _answered_profile(app: App) -> None:
    """An assessment with answers and an action, one in the bin, a bookmark and an import."""
    [checklist, *_] = app.catalog.checklists()
    kept = app.assessments.create([checklist.id], "Kept")
    binned = app.assessments.create([checklist.id], "Binned")
    item = app.catalog.checklist(checklist.id).items[0].id
    for assessment in (kept, binned):
        app.assessments.answer(assessment, item, status="met", note="A long note " * 50)
        app.assessments.add_action(assessment, "Follow up", item_id=item)
    app.assessments.delete(binned)
    [document, *_] = app.catalog.documents()
    section = app.catalog.outlines()[document.id][0].id
    app.annotations.toggle_bookmark("section", section)


def _use_cases(app: App) -> list[Callable[[], object]]:
    return [
        lambda: library_snapshot(app),  # the tree, with the navigator's assessment titles
        app.assessments.list,
        lambda: app.assessments.list(deleted=True),  # the bin
    ]


@pytest.fixture(params=["new profile", "upgraded from 0006"])
def profile(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[App]:
    paths = DataPaths(tmp_path / "profile")
    paths.ensure()
    if request.param == "upgraded from 0006":
        shutil.copyfile(DATA / "schema-0006.sqlite", paths.database)
    app = open_app(paths)  # the upgraded one gets the starter library too, as a user's would
    try:
        _answered_profile(app)
        yield app
    finally:
        app.close()


def test_the_tree_and_the_assessment_list_read_only_indexes(profile: App) -> None:
    for use_case in _use_cases(profile):
        with _statements(profile) as issued:
            use_case()
        assert _uncovered(profile, issued) == {}


def test_the_plain_start_reads_the_outlines_from_the_index_too(profile: App) -> None:
    root = str(profile.paths.root)
    library = PlainLibrary.open(root)
    assert library is not None  # the upgraded profile is at head: the plain start reads it
    issued: list[tuple[str, Any]] = []
    execute = library.execute

    def noting(sql: str, params: dict[str, Any]) -> Any:
        issued.append((sql, params))
        return execute(sql, params)

    library.execute = noting  # type: ignore[method-assign]
    try:
        documents, outlines, *_ = library.snapshot(None, split_above=0)  # the imported ones apart
        outlines.update(library.imported_outlines(None))
        library.outline(documents[0].id)
    finally:
        library.close()
    assert outlines == profile.catalog.outlines()
    assert _uncovered(profile, issued) == {}
