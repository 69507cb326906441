"""Rows a sync writes in bulk are indexed for search after its commit (``db/fts_owed.py``),
and nothing a user searches ever misses them: the service, the command line, the plain
search read while the window opens, and ``check`` all see the whole index.

The bundles are the team history of ``tests/test_sync_bulk.py`` (answers with notes, an
assessment in the bin, a library note, a purged text), applied to a new device.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldguide.app import App, open_app
from fieldguide.db.fts import rebuild_statements
from fieldguide.db.fts_owed import OWED, CatchUp, executor, is_owed
from fieldguide.library.ready import search_ready
from fieldguide.paths import DataPaths
from tests.conftest import run_cli
from tests.test_sync_bulk import _history
from tests.test_sync_support import devices

INSERT_TRIGGERS = ("assessment_fts_insert", "note_fts_insert", "response_fts_insert")


@pytest.fixture
def team(_template_profile: Path, tmp_path: Path) -> Iterator[list[App]]:
    with devices(_template_profile, tmp_path, 3) as apps:
        yield apps


@pytest.fixture
def history(team: list[App], tmp_path: Path) -> tuple[Path, dict[str, str]]:
    amina, brian, _new = team
    _early, full, ids = _history(amina, brian, tmp_path)
    return full, ids


@pytest.fixture
def applied(team: list[App], history: tuple[Path, dict[str, str]]) -> tuple[App, dict[str, str]]:
    """The new device, the team's history applied to it in bulk (its index owing the rows)."""
    new = team[2]
    new.sync.apply_file(history[0])
    return new, history[1]


def _triggers(app: App) -> list[tuple[str, str]]:
    with app.db.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        )
        return [(str(name), str(sql)) for name, sql in rows]


def _owed_value(app: App) -> str | None:
    with app.db.read() as session:
        value = session.connection().exec_driver_sql("SELECT value FROM meta WHERE key = ?", (OWED,)).scalar()
        return None if value is None else str(value)


def _index(app: App) -> list[tuple[str, str, str, str]]:
    """What the index holds: each entry's kind, row and indexed text."""
    with app.db.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT r.kind, r.ref, f.title, f.body FROM search_ref r JOIN search_fts f ON f.rowid = r.rowid"
        )
        return sorted(tuple(str(value) for value in row) for row in rows)  # type: ignore[misc]


def _rebuilt(app: App, tmp_path: Path) -> list[tuple[str, str, str, str]]:
    """The index of a copy of ``app``'s profile rebuilt from its tables."""
    copy = tmp_path / "rebuilt"
    shutil.rmtree(copy, ignore_errors=True)
    app.db.settle()
    with app.db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    shutil.copytree(app.paths.root, copy)
    other = open_app(DataPaths(copy))
    try:
        with other.db.write() as session:
            for statement in rebuild_statements():
                session.connection().exec_driver_sql(statement)
        assert not is_owed(other.db)
        return _index(other)
    finally:
        other.close()


def _steps(app: App, state: CatchUp, most: int | None = None) -> int:
    """Run ``state``'s steps on ``app`` (at most ``most``) until nothing is owed; how many ran."""
    steps, more = 0, True
    while more and (most is None or steps < most):
        with app.db.write() as session:
            more = state.step(executor(session))
        steps += 1
    return steps


def _kinds(app: App, word: str) -> set[str]:
    """What the hits for `word` are: "answer" for an assessment's answer (listed as a note on
    its item), else their kind."""
    return {"answer" if hit.item_id else hit.kind for hit in app.search.search(word, limit=500)}


def _answered(app: App, word: str) -> list[str]:
    """The assessments whose answers are hits for `word`."""
    return [hit.target_id for hit in app.search.search(word, limit=500) if hit.item_id]


def test_a_bulk_applied_bundle_is_indexed_after_its_commit_and_found_by_a_search(
    team: list[App], history: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    _amina, _brian, new = team
    full, _ids = history
    triggers = _triggers(new)
    new.sync.apply_file(full)
    # The apply wrote the rows and left their indexing for after its commit ...
    assert _owed_value(new) is not None
    assert not [ref for kind, ref, _t, body in _index(new) if kind in ("note", "response")]
    # ... with the triggers exactly as they were.
    assert _triggers(new) == triggers
    # A search catches the index up before it answers: the received answers and notes are found.
    assert {"note", "answer"} <= _kinds(new, "witness") | _kinds(new, "vetting")
    assert _owed_value(new) is None
    assert _index(new) == _rebuilt(new, tmp_path)
    assert new.health.check().ok


def test_the_catch_up_in_steps_equals_a_full_rebuild_and_check_finds_nothing_wrong(
    applied: tuple[App, dict[str, str]], tmp_path: Path
) -> None:
    new, _ids = applied
    steps = _steps(new, CatchUp(rows=2))
    assert steps > 3  # a few rows at a time, each step its own transaction
    assert not is_owed(new.db)
    assert _index(new) == _rebuilt(new, tmp_path)
    # Running it again changes nothing: nothing is owed, nothing indexed twice.
    assert new.search.catch_up_all() is False
    assert _index(new) == _rebuilt(new, tmp_path)
    result = new.health.check()
    assert result.ok, [p.message for p in result.problems]


def test_check_catches_the_index_up_before_it_compares_it_with_the_tables(
    applied: tuple[App, dict[str, str]],
) -> None:
    new, _ids = applied
    assert is_owed(new.db)
    result = new.health.check()
    assert result.ok and result.repaired == [], [p.message for p in result.problems]
    assert not is_owed(new.db)


def test_an_interrupted_catch_up_completes_when_the_profile_is_next_opened(
    applied: tuple[App, dict[str, str]], tmp_path: Path
) -> None:
    new, _ids = applied
    assert _steps(new, CatchUp(rows=1), most=3) == 3  # part of the rows indexed, then the app ends
    assert is_owed(new.db)
    partly = _index(new)
    assert any(kind in ("note", "response") for kind, *_rest in partly)
    root = new.paths.root
    new.close()

    again = open_app(DataPaths(root))
    try:
        assert again.search.index_owed()
        assert again.search.catch_up_all()
        assert not again.search.index_owed()
        assert _index(again) == _rebuilt(again, tmp_path)
    finally:
        again.close()


def test_rows_a_rewrite_renumbered_between_two_steps_are_still_indexed(
    applied: tuple[App, dict[str, str]], tmp_path: Path
) -> None:
    """The catch-up walks rows in rowid order; a VACUUM between two steps (a purge's rewrite)
    may renumber them so that the walk passes over some. The step after a rewrite walks
    again from the start."""
    new, _ids = applied
    state = CatchUp(rows=1)
    while state.tables[state.position:] != ["response"] or not state.after:
        _steps(new, state, most=1)  # into the answers, the first of them indexed
    state.after = 10**9  # as if every answer left had been renumbered below where the walk stands
    new.db.settle()
    with new.db.raw() as conn:
        conn.execute("VACUUM")
    _steps(new, state)
    assert not is_owed(new.db)
    assert _index(new) == _rebuilt(new, tmp_path)
    assert "answer" in _kinds(new, "witness")


def test_a_rolled_back_bulk_write_leaves_triggers_index_and_key_as_they_were(
    team: list[App], history: tuple[Path, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldguide.sync import bulk_insert

    _amina, _brian, new = team
    full, _ids = history
    triggers, index, owed = _triggers(new), _index(new), _owed_value(new)
    assert {name for name, _sql in triggers} >= set(INSERT_TRIGGERS)

    def failing(*_args: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(bulk_insert, "_move", failing)
    with pytest.raises(OSError, match="disk full"):
        new.sync.apply_file(full)
    assert (_triggers(new), _index(new), _owed_value(new)) == (triggers, index, owed)
    # A note written by hand now is indexed by its trigger at once, as before.
    section = new.catalog.checklist("ssr-national-ownership-tips").items[1].id
    new.annotations.save_note("item", section, "Kestrel ospreys nesting")
    assert "note" in _kinds(new, "ospreys")

    monkeypatch.undo()
    new.sync.apply_file(full)
    assert _triggers(new) == triggers
    assert "answer" in _kinds(new, "witness")


def test_a_binned_assessments_received_answers_stay_out_of_the_index(
    applied: tuple[App, dict[str, str]], tmp_path: Path
) -> None:
    new, _ids = applied
    # "checkpoint in the bin" is an answer of an assessment received in the bin.
    binned = next(a for a in new.assessments.list(deleted=True) if a.title == "Old checkpoint visit")
    assert _answered(new, "bin") == []
    # Restored from the bin: its answers are found again; the index stays what a rebuild gives.
    new.assessments.undelete(binned.id)
    assert _answered(new, "bin") == [binned.id]
    assert _index(new) == _rebuilt(new, tmp_path)


def test_a_restore_and_a_purge_before_the_catch_up_leave_the_index_right(
    applied: tuple[App, dict[str, str]], tmp_path: Path
) -> None:
    """The bin and purge triggers run on rows not indexed yet: the catch-up that follows
    neither indexes them twice nor brings a purged text back."""
    new, ids = applied
    binned = next(a for a in new.assessments.list(deleted=True) if a.title == "Old checkpoint visit")
    new.assessments.undelete(binned.id)  # its answers indexed by the bin trigger, before the catch-up
    kept = new.assessments.get(ids["kept"])
    noted = next(r for r in kept.responses if "W-0" in (r.note or ""))
    new.purge.purge("answer-note", ids["kept"], noted.item_id, replacement="[removed]")
    assert is_owed(new.db)
    new.search.catch_up_all()
    assert _index(new) == _rebuilt(new, tmp_path)
    assert "W-0" not in " ".join(h.snippet for h in new.search.search("witness", limit=500))
    assert _answered(new, "bin") == [binned.id]


def test_a_backup_taken_while_rows_are_owed_is_indexed_once_restored(
    applied: tuple[App, dict[str, str]], tmp_path: Path
) -> None:
    new, _ids = applied
    backup = new.backups.create()
    new.search.catch_up_all()
    new.backups.restore(backup.path)  # the profile as it was: its rows owed again
    root = new.paths.root
    new.close()
    again = open_app(DataPaths(root))
    try:
        assert again.search.index_owed()
        assert "answer" in _kinds(again, "witness")
        assert _index(again) == _rebuilt(again, tmp_path)
    finally:
        again.close()


def test_the_plain_search_defers_to_the_full_open_while_rows_are_owed(
    team: list[App], history: tuple[Path, dict[str, str]]
) -> None:
    from fieldguide.library.search import plain_search

    _amina, _brian, new = team
    full, _ids = history
    root = str(new.paths.root)
    new.sync.apply_file(full)
    new.db.settle()
    assert search_ready(root, "witness", limit=20) is None
    assert plain_search(root)("witness") is None  # the window waits for the full open
    new.search.catch_up_all()
    rows = search_ready(root, "witness", limit=500)
    assert rows is not None and any(row[8] for row in rows)  # an answer (its item)


def test_the_command_line_indexes_a_received_bundle_before_it_exits(
    team: list[App], history: tuple[Path, dict[str, str]]
) -> None:
    _amina, _brian, new = team
    full, _ids = history
    root = new.paths.root
    new.close()
    applied = run_cli("sync", "apply", full, data_dir=root)
    assert applied.returncode == 0, applied.stderr
    assert "applied a bundle" in applied.stdout and applied.stderr == ""
    again = open_app(DataPaths(root))
    try:
        assert not again.search.index_owed()
    finally:
        again.close()
    found = run_cli("search", "witness", "--json", data_dir=root)
    assert found.returncode == 0, found.stderr
    assert "Witness W-1 on vetting" in found.stdout.replace("**", "")


@pytest.fixture
def impatient(monkeypatch: pytest.MonkeyPatch) -> None:
    """The profile's connections wait 50 ms for another connection's write, not 5 s."""
    from fieldguide.db import engine

    patient = tuple(engine.PRAGMAS)
    monkeypatch.setattr(
        engine, "PRAGMAS", tuple("PRAGMA busy_timeout=50" if "busy_timeout" in p else p for p in patient)
    )


def test_a_search_while_another_write_holds_the_profile_answers_from_what_is_indexed(
    impatient: None, applied: tuple[App, dict[str, str]]
) -> None:
    import sqlcipher3.dbapi2 as sqlcipher

    new, _ids = applied
    # Another process writing the profile (the command line applying a sync, say) holds
    # it longer than SQLite waits: the search cannot catch the index up ...
    other = sqlcipher.connect(str(new.paths.database), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        found = new.search.search("witness", limit=500)
        # ... so it answers from what is indexed (no received answer yet), not with an error.
        assert not [hit for hit in found if hit.item_id]
        assert is_owed(new.db)
    finally:
        other.execute("ROLLBACK")
        other.close()
    # Once the profile is free, the next search catches up and finds them.
    assert {"note", "answer"} <= _kinds(new, "witness") | _kinds(new, "vetting")
    assert not is_owed(new.db)
