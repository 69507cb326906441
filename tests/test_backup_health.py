"""`check` in plain words and its repair; a full disk and read-only storage lose nothing saved."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

import fieldguide.db.engine as engine
from fieldguide.app import open_app
from fieldguide.db.engine import Database, DiskFull, ReadOnlyStorage
from fieldguide.db.health import check, repair
from fieldguide.db.models import Note
from fieldguide.paths import DataPaths
from fieldguide.sync.changelog import Recorder
from tests.conftest import run_cli
from tests.test_security_profile import SECRETS, note_bodies, write_notes


def test_check_reports_ok_on_a_sound_profile(data_dir: Path) -> None:
    app = open_app(DataPaths(data_dir))
    write_notes(app)
    assert check(app.db) == []
    app.close()
    result = run_cli("check", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "OK: the database and the search index are sound\n"


def _raw(data_dir: Path):  # type: ignore[no-untyped-def]
    return sqlcipher.connect(str(data_dir / "fieldguide.db"), isolation_level=None)


def test_a_search_index_out_of_step_is_named_and_repaired(data_dir: Path) -> None:
    app = open_app(DataPaths(data_dir))
    write_notes(app)
    app.close()
    conn = _raw(data_dir)
    # As a batch migration does: the triggers gone, and the index missing some rows.
    conn.execute("DROP TRIGGER note_fts_insert")
    conn.execute(
        "DELETE FROM search_fts WHERE rowid IN (SELECT rowid FROM search_ref WHERE kind = 'note' LIMIT 2)"
    )
    conn.execute(
        "DELETE FROM search_ref WHERE kind = 'section' AND rowid IN (SELECT rowid FROM search_ref LIMIT 5)"
    )
    conn.close()

    result = run_cli("check", data_dir=data_dir)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "problem: 2 notes cannot be found by search; repair it with `fieldguide check --repair`" in lines[
        0
    ] or (
        "problem: 2 notes cannot be found by search; repair it with `fieldguide check --repair` "
        "(it rebuilds the index from your data)" in lines
    )
    assert any("guidance sections cannot be found by search" in line for line in lines)
    assert any("search no longer follows changes to the library and notes" in line for line in lines)
    assert all(line.startswith("problem: ") for line in lines)

    repaired = run_cli("check", "--repair", data_dir=data_dir)
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "repaired: rebuild-search-index" in repaired.stdout
    app = open_app(DataPaths(data_dir))
    assert check(app.db) == []
    assert "note" in {hit.kind for hit in app.search.search("Okonkwo")}
    app.close()


def test_a_damaged_search_index_is_said_in_plain_words(data_dir: Path) -> None:
    app = open_app(DataPaths(data_dir))
    write_notes(app)
    app.close()
    conn = _raw(data_dir)
    # Damage FTS5's own storage: some of its index pages are gone.
    conn.execute(
        "DELETE FROM search_fts_data WHERE id IN (SELECT id FROM search_fts_data WHERE id > 10 LIMIT 3)"
    )
    conn.close()
    app = open_app(DataPaths(data_dir))
    problems = check(app.db)
    assert problems and problems[0].area == "search-index"
    assert "the search index is damaged: search may miss things or show wrong results" in problems[0].message
    assert repair(app.db, problems) == ["rebuild-search-index"]
    assert check(app.db) == []
    assert note_bodies(app) == sorted(SECRETS), "the repair touches the index only"
    app.close()


def test_a_full_disk_says_so_and_loses_nothing_saved(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_app(DataPaths(data_dir))
    write_notes(app)
    pages = app.db.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()
    app.close()
    # A disk with room for only a few more pages.
    monkeypatch.setattr(engine, "PRAGMAS", (*engine.PRAGMAS, f"PRAGMA max_page_count = {pages + 2}"))
    db = Database(data_dir / "fieldguide.db")
    recorder = Recorder("device")
    with pytest.raises(DiskFull) as caught, db.write() as session:
        for index in range(200):
            recorder.create(
                session, Note, {"target_kind": "section", "target_id": f"big{index}", "body": "x" * 4000}
            )
            session.flush()
    assert (
        str(caught.value)
        == "the disk is full: nothing was saved from this change; free some space and try again"
    )
    # The transaction went whole; what was saved before is intact and the profile sound.
    with db.read() as session:
        bodies = sorted(n.body for n in session.query(Note).all())
    assert bodies == sorted(SECRETS)
    assert check(db) == []
    db.dispose()


def test_read_only_storage_is_a_clear_message(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = sqlcipher.connect

    def read_only(path: str, **kwargs):  # type: ignore[no-untyped-def]
        # What a read-only medium (or a file without write permission) gives SQLite.
        return real_connect(f"file:{path}?mode=ro", uri=True, **kwargs)

    monkeypatch.setattr(engine.sqlcipher, "connect", read_only)
    db = Database(data_dir / "fieldguide.db")
    with db.read() as session:
        assert session.query(Note).count() == 0
    with pytest.raises(ReadOnlyStorage, match="cannot be written"), db.write() as session:
        Recorder("device").create(session, Note, {"target_kind": "section", "target_id": "s", "body": "b"})
    db.dispose()
