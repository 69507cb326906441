"""Remove a text for good: after a purge on A and a sync, no byte of it is left on A or B.

The profiles here are unprotected (plain SQLite files) so that looking for the bytes on
disk means something: any copy of the text (live value, older versions in a field's
state, the change log, the search index's segments, freed pages, the WAL, backups made
afterwards) would show. A protected profile is checked through SQLite, page by page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldguide.app import App, open_app
from fieldguide.paths import DataPaths
from fieldguide.sync.purge import PurgeError
from tests.conftest import run_cli
from tests.test_sync_support import devices

CHECKLIST = "ssr-national-ownership-tips"
SECRET = "Zubeida Okonkwo-Marsh"
# The search index stores words, lowercased: each distinctive word is looked for alone too.
WORDS = ("zubeida", "okonkwo")


def _patterns() -> list[bytes]:
    found: list[bytes] = []
    for text in (SECRET.lower(), *WORDS):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append(text.encode(encoding))
    return found


def files_holding_secret(root: Path) -> list[str]:
    """Every file under ``root`` that holds the secret in UTF-8 or UTF-16 (LE/BE), any case."""
    holding = []
    patterns = _patterns()
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes().lower()  # ASCII letters, also inside UTF-16 code units
        if any(pattern in data for pattern in patterns):
            holding.append(str(path.relative_to(root)))
    return holding


def _first_item(app: App, assessment_id: str) -> str:
    return app.assessments.get(assessment_id).responses[0].item_id


@pytest.fixture
def pair(_template_profile: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    with devices(_template_profile, tmp_path, 2) as apps:
        yield apps


def _write_everywhere(a: App, b: App, folder: Path) -> tuple[str, str, str]:
    """A writes the secret in a note, an answer's note and evidence and an action, edits
    them (older versions), B receives them, edits one and searches for it; both back up."""
    assessment = a.assessments.create([CHECKLIST], "Bangui")
    item = _first_item(a, assessment)
    a.assessments.answer(assessment, item, note=f"Met {SECRET} at the market")
    a.assessments.answer(
        assessment, item, note=f"Met {SECRET} at the market, twice", evidence=f"{SECRET}'s account"
    )
    action = a.assessments.add_action(assessment, f"Call {SECRET} back").id
    a.assessments.update_action(action, text=f"Call {SECRET.upper()} back on Monday")
    a.sync.sync_folder(folder, first=True)
    b.sync.sync_folder(folder)
    b.assessments.answer(assessment, item, evidence=f"{SECRET}'s account, confirmed by B")
    assert b.search.search("Okonkwo")  # B's search index holds the words
    b.sync.sync_folder(folder)
    a.sync.sync_folder(folder)
    a.backups.create("manual")
    b.backups.create("manual")
    return assessment, item, action


def test_a_purge_leaves_no_byte_of_the_text_on_either_device(pair: list[App], tmp_path: Path) -> None:
    a, b = pair
    folder = tmp_path / "usb"
    folder.mkdir()
    assessment, item, action = _write_everywhere(a, b, folder)
    assert files_holding_secret(a.paths.root) and files_holding_secret(b.paths.root)

    result = a.purge.purge("answer-note", assessment, item, replacement="Met [name removed] at the market")
    a.purge.purge("evidence", assessment, item)
    a.purge.purge("action", action, replacement="Call the witness back")
    assert result.compacted
    assert result.older_backups, "the manual backup made before the purge still holds the text"

    a.sync.sync_folder(folder)
    received = b.sync.sync_folder(folder)
    assert received.purged == 3
    a.sync.sync_folder(folder)

    # What people see: the replacement, nothing else, on both devices.
    for app in (a, b):
        view = app.assessments.get(assessment)
        answer = next(r for r in view.responses if r.item_id == item)
        assert answer.note == "Met [name removed] at the market"
        assert answer.evidence == ""
        assert app.assessments.action(action).text == "Call the witness back"
        assert app.search.search("Okonkwo") == []

    # Only the backups made before the purge still hold it; the person deletes them.
    for app in (a, b):
        older = app.purge.older_backups()
        assert older
        holding = files_holding_secret(app.paths.root)
        assert holding and all(name.startswith("backups/") for name in holding), holding
        app.purge.delete_older_backups()
        assert app.purge.older_backups() == []
        assert any(b.reason == "after-purge" for b in app.backups.list())

    assert files_holding_secret(a.paths.root) == []
    assert files_holding_secret(b.paths.root) == []
    a.close()
    b.close()
    assert files_holding_secret(a.paths.root) == []
    assert files_holding_secret(b.paths.root) == []


def test_a_note_on_a_section_is_purged_and_the_purge_travels(pair: list[App], tmp_path: Path) -> None:
    a, b = pair
    folder = tmp_path / "usb"
    folder.mkdir()
    section = next(h.id for h in a.search.search("national ownership") if h.kind == "section")
    note = a.annotations.save_note("section", section, f"Ask {SECRET} about this")
    assert note is not None
    a.sync.sync_folder(folder, first=True)
    b.sync.sync_folder(folder)
    a.purge.purge("note", note.id)
    a.sync.sync_folder(folder)
    b.sync.sync_folder(folder)
    for app in (a, b):
        app.purge.delete_older_backups()
        assert files_holding_secret(app.paths.root) == []


def test_a_protected_profile_is_purged_too(pair: list[App], tmp_path: Path) -> None:
    a, _b = pair
    a.profile.protect("correct horse battery staple")
    assessment = a.assessments.create([CHECKLIST], "Bangui")
    item = _first_item(a, assessment)
    a.assessments.answer(assessment, item, note=f"Met {SECRET}")
    a.assessments.answer(assessment, item, note=f"Met {SECRET} again")
    a.purge.purge("answer-note", assessment, item)
    with a.db.raw() as conn:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                text = repr(row).lower()
                assert not any(word in text for word in WORDS), (table, row)


def test_nothing_to_purge_is_one_line_and_exit_1(pair: list[App]) -> None:
    a, _b = pair
    with pytest.raises(PurgeError):
        a.purge.purge("action", "00000000-0000-0000-0000-000000000000")
    out = run_cli("purge", "action", "00000000-0000-0000-0000-000000000000", "--yes", data_dir=a.paths.root)
    assert out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1


def test_the_command_line_purges_after_saying_what_it_does(pair: list[App]) -> None:
    a, _b = pair
    assessment = a.assessments.create([CHECKLIST], "Bangui")
    action = a.assessments.add_action(assessment, f"Call {SECRET}").id
    root = a.paths.root
    a.close()
    refused = run_cli("purge", "action", action, data_dir=root)  # no terminal to confirm on
    assert refused.returncode == 1 and "--yes" in refused.stderr
    out = run_cli("purge", "action", action, "--yes", "--replace-with", "[removed]", data_dir=root)
    assert out.returncode == 0, out.stderr
    reopened = open_app(DataPaths(root))
    try:
        assert reopened.assessments.action(action).text == "[removed]"
    finally:
        reopened.close()


def test_bundles_waiting_in_a_hub_outbox_are_dropped_and_their_changes_sent_again(pair: list[App]) -> None:
    from fieldguide.db.models import SyncSent

    a, _b = pair
    assessment = a.assessments.create([CHECKLIST], "Bangui")
    action = a.assessments.add_action(assessment, f"Call {SECRET}").id
    outbox = a.paths.sync / "hub" / "0123456789abcdef" / "outbox"
    outbox.mkdir(parents=True)
    bundle_id = "0f8fad5b-d9cb-469f-a165-70867728950e"
    waiting = outbox / f"{1:012d}-{bundle_id}.fgsync"
    waiting.write_bytes(f"an encrypted bundle that carried {SECRET}".encode())
    with a.db.write() as session:
        session.add(
            SyncSent(
                bundle_id=bundle_id, seq_from=1, seq_to=10**6, changes=1, created_at="", destination="hub"
            )
        )
    a.purge.purge("action", action)
    assert not waiting.exists()
    with a.db.read() as session:
        assert session.get(SyncSent, bundle_id) is None
    a.purge.delete_older_backups()
    assert files_holding_secret(a.paths.root) == []


def test_a_purge_learnt_from_a_bundle_is_rewritten_after_the_bundles_copy_into_the_file(
    _template_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A received bundle's commit copies its WAL into the file on a thread
    (``Database.write(checkpoint_later=True)``); the purge's rewrite that follows must wait
    for it, or its own checkpoint finds the WAL busy and the purged text stays in it."""
    from typing import Any

    from fieldguide.db.engine import Database
    from fieldguide.sync import purge
    from tests.test_db_checkpoint import held_checkpoints

    release, copied = held_checkpoints(monkeypatch)
    at_rewrite: list[list[bool]] = []
    with devices(_template_profile, tmp_path, 1, key=False) as (amina,):
        with amina.db.write(checkpoint_later=True) as session:
            purge._set_meta(session, purge.PENDING_META, "1")  # as a bundle carrying a purge
        raw = Database.raw

        def watched(db: Database) -> Any:
            at_rewrite.append(list(copied))
            return raw(db)

        monkeypatch.setattr(Database, "raw", watched)
        try:
            assert purge.compact(amina.db)
        finally:
            release.set()
        assert at_rewrite and at_rewrite[0] == [True]
