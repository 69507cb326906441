"""Rolling backups (before migrations, once a day, kept 7) and restore, exactly as it was."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from fieldguide.app import open_app
from fieldguide.backups import BackupError, BackupPassphraseRequired
from fieldguide.db.engine import connect_raw
from fieldguide.db.models import Note
from fieldguide.errors import UserError
from fieldguide.paths import DataPaths
from fieldguide.security.cipherfile import is_encrypted
from fieldguide.security.profile import ProfileKeys
from tests.conftest import run_cli
from tests.test_security_profile import PASSPHRASE, SECRETS, cheap_kdf, leaks, note_bodies, write_notes


def user_tables(path: Path, key: bytes | bytearray | None = None) -> dict[str, list[tuple]]:
    """Every row of every table (the search index's own tables included), in a stable order."""
    conn = connect_raw(path, key)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
            )
        ]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def edit_everything(app) -> None:  # type: ignore[no-untyped-def]
    """Changes after the backup: a new note, an edited one, a deleted one."""
    with app.db.write() as session:
        notes = session.query(Note).order_by(Note.target_id).all()
        app.recorder.update(session, notes[0], {"body": "rewritten after the backup"})
    with app.db.write() as session:
        app.recorder.delete(session, session.query(Note).order_by(Note.target_id).all()[1])
    write_notes(app, ("a note written after the backup",))


@pytest.fixture
def app_with_notes(data_dir: Path):  # type: ignore[no-untyped-def]
    app = open_app(DataPaths(data_dir))
    write_notes(app)
    yield app
    app.close()


def test_restore_gives_back_exactly_the_data_of_the_backup(app_with_notes) -> None:  # type: ignore[no-untyped-def]
    app = app_with_notes
    backup = app.backups.create("manual")
    app.db.dispose()
    at_backup = user_tables(app.db.path)
    edit_everything(app)
    app.db.dispose()
    after_edits = user_tables(app.db.path)
    assert after_edits != at_backup

    kept = app.backups.restore(backup.path)
    app.db.dispose()
    assert user_tables(app.db.path) == at_backup, "row for row, table for table"
    # The profile as it was before the restore is itself kept as a backup.
    assert kept.reason == "before-restore"
    assert user_tables(kept.path) == after_edits
    assert note_bodies(app) == sorted(SECRETS)


def test_restore_of_an_encrypted_backup_by_the_command_line(data_dir: Path, tmp_path: Path) -> None:
    app = open_app(DataPaths(data_dir))
    write_notes(app)
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    key = ProfileKeys(app.paths).key_from_passphrase(PASSPHRASE)
    exported = app.backups.export(tmp_path / "carried-home.db")
    assert is_encrypted(exported.path)
    assert json.loads((tmp_path / "carried-home.db.json").read_text())["kdf"]["name"] == "argon2id"
    app.db.dispose()
    at_backup = user_tables(app.db.path, key)
    edit_everything(app)
    app.close()
    file = tmp_path / "p.txt"
    file.write_text(PASSPHRASE, "utf-8")
    result = run_cli("--passphrase-file", file, "restore", exported.path, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "kept as" in result.stdout
    assert user_tables(data_dir / "fieldguide.db", key) == at_backup
    assert leaks(data_dir) == []


def test_a_damaged_backup_is_refused_and_nothing_changes(app_with_notes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = app_with_notes
    backup = app.backups.create("manual")
    damaged = tmp_path / "damaged.db"
    data = bytearray(backup.path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = bytes(8192)
    damaged.write_bytes(bytes(data))
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("just text, not a profile\n" * 100)
    app.db.dispose()
    before = user_tables(app.db.path)
    count = len(app.backups.list())
    for bad, words in (
        (damaged, "damaged"),
        (not_a_db, "not a Field Guide backup"),
        (tmp_path / "no.db", "no backup"),
    ):
        with pytest.raises(UserError, match=words) as caught:
            app.backups.restore(bad)
        assert "\n" not in str(caught.value)
    app.db.dispose()
    assert user_tables(app.db.path) == before
    assert len(app.backups.list()) == count, "no backup of the profile was even needed"
    result = run_cli("restore", damaged, data_dir=app.paths.root)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "damaged" in result.stderr


def test_backup_under_another_passphrase_needs_that_passphrase(data_dir: Path, tmp_path: Path) -> None:
    app = open_app(DataPaths(data_dir))
    write_notes(app)
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    exported = app.backups.export(tmp_path / "old.db")  # outside: not re-keyed by a change
    app.profile.change_passphrase(PASSPHRASE, "another fine passphrase", params=cheap_kdf())
    with pytest.raises(BackupPassphraseRequired):
        app.backups.restore(exported.path)
    with pytest.raises(BackupError, match="does not open"):
        app.backups.restore(exported.path, passphrase="another fine passphrase")
    app.backups.restore(exported.path, passphrase=PASSPHRASE)
    app.close()
    # Restored under the profile's current passphrase.
    reopened = open_app(app.paths, key=ProfileKeys(app.paths).key_from_passphrase("another fine passphrase"))
    assert note_bodies(reopened) == sorted(SECRETS)
    reopened.close()


def test_rolling_backups_keep_the_newest_seven(app_with_notes) -> None:  # type: ignore[no-untyped-def]
    app = app_with_notes
    # Later than the daily backup that opening the profile made.
    start = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    ticks = iter(start + dt.timedelta(minutes=i) for i in range(100))
    app.backups.clock = lambda: next(ticks)
    for _ in range(10):
        app.backups.create("manual")
    backups = app.backups.list()
    assert len(backups) == 7
    assert [b.created for b in backups] == sorted((b.created for b in backups), reverse=True)
    assert backups[-1].created == start + dt.timedelta(minutes=3)
    files = sorted(p.name for p in app.paths.backups.iterdir())
    assert len(files) == 14, "each backup and its .json, nothing else"
    ProfileKeys(app.paths).set_backups_to_keep(3)
    app.backups.create("manual")
    assert len(app.backups.list()) == 3


def test_daily_backup_once_a_day(app_with_notes) -> None:  # type: ignore[no-untyped-def]
    app = app_with_notes
    # Opening the profile already made today's.
    assert [b.reason for b in app.backups.list()] == ["daily"]
    assert app.backups.daily() is None
    app.close()
    reopened = open_app(app.paths)
    assert len(reopened.backups.list()) == 1
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert reopened.backups.daily(today=tomorrow) is not None
    assert len(reopened.backups.list()) == 2
    reopened.close()


def test_backup_before_a_migration(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fieldguide.db.migrate as migrate

    # Pretend the program ships a newer schema: opening must back up before migrating.
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999")
    app = open_app(DataPaths(data_dir))
    reasons = [b.reason for b in app.backups.list()]
    app.close()
    assert "before-migration" in reasons


def test_backup_cli(app_with_notes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = app_with_notes
    app.close()
    result = run_cli("backup", "--json", data_dir=app.paths.root)
    assert result.returncode == 0, result.stderr
    made = json.loads(result.stdout)
    assert Path(made["file"]).is_file() and made["reason"] == "manual" and made["encrypted"] is False
    out = run_cli("backup", "-o", tmp_path / "copy.db", data_dir=app.paths.root)
    assert out.returncode == 0 and (tmp_path / "copy.db").is_file()
    assert user_tables(tmp_path / "copy.db")["note"]
    nowhere = run_cli("backup", "-o", tmp_path / "no" / "such" / "dir.db", data_dir=app.paths.root)
    assert nowhere.returncode == 1 and nowhere.stderr.count("\n") == 1
