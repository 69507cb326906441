"""The store: data directory, migrations once, the starter pack once, sync-ready user data."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from fieldguide.db.migrate import HEAD_REVISION, MIGRATIONS_DIR
from fieldguide.paths import ENV_DATA_DIR, resolve_data_dir
from fieldguide.sync.rows import state_of
from tests.conftest import run_cli


def test_head_revision_constant_matches_the_migration_scripts() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_data_dir_precedence(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "env"))
    assert resolve_data_dir(None).root == tmp_path / "env"
    assert resolve_data_dir(tmp_path / "flag").root == tmp_path / "flag"
    monkeypatch.delenv(ENV_DATA_DIR)
    assert "fieldguide" in str(resolve_data_dir(None).root)


def test_env_var_selects_the_profile(tmp_path: Path) -> None:
    profile = tmp_path / "from-env"
    result = run_cli("library", "--json", env={ENV_DATA_DIR: str(profile)})
    assert result.returncode == 0, result.stderr
    assert (profile / "fieldguide.db").exists()
    assert not (tmp_path / "fieldguide.db").exists()


def test_first_start_creates_and_stocks_later_starts_change_nothing(tmp_path: Path) -> None:
    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    app = open_app(DataPaths(tmp_path / "p"))
    with app.db.read() as session:
        installed_at = session.execute(
            __import__("sqlalchemy").text("SELECT installed_at FROM pack")
        ).scalar()
    app.close()
    db = sqlite3.connect(tmp_path / "p" / "fieldguide.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"section_fts_insert", "note_fts_update", "response_fts_delete"} <= triggers
    db.close()
    app = open_app(DataPaths(tmp_path / "p"))
    with app.db.read() as session:
        again = session.execute(__import__("sqlalchemy").text("SELECT installed_at FROM pack")).scalar()
    app.close()
    assert again == installed_at


def test_user_data_rows_carry_uuid_clocks_and_change_log(app) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.db.models import ChangeLog, Note

    with app.db.write() as session:
        note = app.recorder.create(session, Note, {"target_kind": "section", "target_id": "s", "body": "v1"})
    with app.db.write() as session:
        row = session.get(Note, note.id)
        first_clock = state_of(row, "body").winner.hlc
        assert app.recorder.update(session, row, {"body": "v2"}) == ["body"]
        assert app.recorder.update(session, row, {"body": "v2"}) == []
    with app.db.read() as session:
        row = session.get(Note, note.id)
        assert len(row.id) == 36 and row.body == "v2" and not row.deleted
        assert state_of(row, "body").winner.hlc > first_clock
        assert state_of(row, "body").winner.device == app.device_id
        log = session.query(ChangeLog).filter_by(row_id=note.id, field="body").order_by(ChangeLog.seq).all()
        # The log is the journal of what changed, in order; the field's state says what was seen.
        assert [c.value for c in log] == ["v2"]  # v1 was never sent: the autosave replaced its entry
        assert state_of(row, "body").ctx == {app.device_id: state_of(row, "body").winner.hlc}


def test_failed_use_case_changes_nothing(app) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.db.models import ChangeLog, Note

    try:
        with app.db.write() as session:
            app.recorder.create(session, Note, {"target_kind": "section", "target_id": "s", "body": "lost"})
            raise RuntimeError("disk unplugged")
    except RuntimeError:
        pass
    with app.db.read() as session:
        assert session.query(Note).count() == 0
        assert session.query(ChangeLog).count() == 0


def test_version_flag() -> None:
    from fieldguide import __version__

    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"fieldguide {__version__}"


def test_usage_error_exits_2_and_unknown_id_exits_1(cli) -> None:  # type: ignore[no-untyped-def]
    usage = cli("search")
    assert usage.returncode == 2 and len(usage.stderr.strip().splitlines()) == 1
    missing = cli("read", "no-such/section")
    assert missing.returncode == 1
    assert (
        missing.stderr.strip() == "fieldguide: nothing in the library has the id 'no-such/section' "
        "(see `fieldguide library`)"
    )


def test_library_json_contract(cli) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("library", "--json").stdout)
    assert {d["practice_area"] for d in data["documents"]} >= {
        "mediation",
        "constitutional",
        "ssr",
        "community-engagement",
        "gender",
    }
    assert sum(c["items"] for c in data["checklists"]) >= 150
    assert all({"id", "title", "practice_area", "sections"} <= set(d) for d in data["documents"])
    assert all({"id", "title", "practice_area", "items"} <= set(c) for c in data["checklists"])


def test_read_prints_markdown_with_citation(cli) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(cli("library", "--json").stdout)
    checklist = data["checklists"][0]["id"]
    out = cli("read", checklist)
    assert out.returncode == 0 and out.stdout.startswith("# ") and "- [ ] " in out.stdout
    assert "Source:" in out.stdout
    assert os.linesep in out.stdout
