"""What is in the bin is not found by search: an assessment moved to the bin takes its answers,
its notes and the notes on its items out of search, on the command line (quick and full path)
and on every device that receives the deletion; restoring it brings them back; a purged text
never comes back."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from fieldguide.app import App, open_app
from fieldguide.cli import run
from fieldguide.cli.quick import run_quick
from fieldguide.db.models import Note
from fieldguide.library.query import WINDOW
from fieldguide.paths import DataPaths
from tests.test_sync_support import devices

CHECKLIST = "ssr-national-ownership-tips"
# One distinctive word per place an assessment's text is indexed.
ANSWER = "Met Wanjiru Kibaki-Osei behind the prefecture"
EVIDENCE = "Kimathi statement, second page"
ASSESSMENT_NOTE = "Ndereba chairs the vetting board"
ITEM_NOTE = "Oyelaran confirmed the budget line"
WORDS = ("Wanjiru", "Kimathi", "Ndereba", "Oyelaran")


def _note(app: Any, assessment_id: str, target_kind: str, target_id: str, body: str) -> None:
    with app.db.write() as session:
        app.recorder.create(
            session,
            Note,
            {
                "target_kind": target_kind,
                "target_id": target_id,
                "assessment_id": assessment_id,
                "body": body,
            },
        )


def _written(app: Any, title: str = "Bangui review") -> tuple[str, str]:
    """An assessment carrying each word: an answer's note and evidence, a note on the
    assessment, a note on one of its items."""
    assessment = app.assessments.create([CHECKLIST], title)
    items = [r.item_id for r in app.assessments.get(assessment).responses]
    app.assessments.answer(assessment, items[0], note=ANSWER, evidence=EVIDENCE)
    _note(app, assessment, "assessment", assessment, ASSESSMENT_NOTE)
    _note(app, assessment, "item", items[1], ITEM_NOTE)
    return assessment, items[0]


def _found(app: Any, word: str) -> list[Any]:
    return app.search.search(word, limit=50)


def test_an_assessment_in_the_bin_is_not_found_and_restoring_it_brings_it_back(app: Any) -> None:
    assessment, _item = _written(app)
    for word in WORDS:
        assert _found(app, word), word
    app.assessments.delete(assessment)
    for word in WORDS:
        assert _found(app, word) == [], word
    # The library is untouched: its own hits stay.
    assert any(hit.kind == "section" for hit in _found(app, "vetting"))
    app.assessments.undelete(assessment)
    for word in WORDS:
        [hit] = _found(app, word)
        assert assessment in (hit.target_id, hit.document) or hit.target_kind == "item", word


def test_an_edit_that_brings_an_assessment_back_from_the_bin_brings_it_back_into_search(app: Any) -> None:
    """An answer edited after the delete contests it (sync's rule: an edit the delete did not
    know of wins), so the assessment leaves the bin; search follows, with the new text."""
    from fieldguide.assessments.lookup import response_id
    from fieldguide.db.models import Response

    assessment, item = _written(app)
    app.assessments.delete(assessment)
    with app.db.write() as session:
        row = session.get(Response, response_id(assessment, item))
        app.recorder.update(session, row, {"note": "Met Zawadi Achterberg behind the prefecture"})
    assert [s.id for s in app.assessments.list()] == [assessment]
    assert len(_found(app, "Achterberg")) == 1 and _found(app, "Wanjiru") == []
    assert len(_found(app, "Ndereba")) == 1


def test_purged_text_never_comes_back_with_the_assessment(app: Any) -> None:
    assessment, item = _written(app)
    app.purge.purge("answer-note", assessment, item, replacement="Met [name removed] behind the prefecture")
    app.assessments.delete(assessment)
    assert _found(app, "prefecture") == []
    app.assessments.undelete(assessment)
    assert _found(app, "Wanjiru") == []
    assert len(_found(app, "prefecture")) == 1
    # Purged while in the bin: gone from search whatever becomes of the assessment.
    app.assessments.delete(assessment)
    app.purge.purge("evidence", assessment, item)
    assert _found(app, "Kimathi") == []


def test_binned_matches_do_not_crowd_out_the_hits_that_remain(app: Any) -> None:
    """More binned matches than search ranks at once (its window), all newer than the one
    live match: the live match is still found."""
    live = app.assessments.create([CHECKLIST], "Live review")
    live_item = app.assessments.get(live).responses[0].item_id
    app.assessments.answer(live, live_item, note="quorvath checkpoint at the bridge")
    binned = app.assessments.create([CHECKLIST], "Binned review")
    with app.db.write() as session:
        for n in range(WINDOW + 30):
            app.recorder.create(
                session,
                Note,
                {
                    "target_kind": "assessment",
                    "target_id": binned,
                    "assessment_id": binned,
                    "body": f"quorvath sighting number {n}",
                },
            )
    assert len(_found(app, "quorvath")) == 50
    app.assessments.delete(binned)
    hits = app.search.search("quorvath")
    assert [(h.target_id, h.item_id) for h in hits] == [(live, live_item)]
    assert [(h.target_id, h.item_id) for h in app.search.search("quorv")] == [(live, live_item)]


def _cli_search(data_dir: Path, word: str, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    argv = ["--data-dir", str(data_dir), "search", word]
    assert run_quick(argv) == 0, "the quick path answered"
    quick = capsys.readouterr().out
    assert run(argv) == 0
    full = capsys.readouterr().out
    return quick, full


def test_the_command_line_does_not_find_what_is_in_the_bin(
    app: Any, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assessment, _item = _written(app)
    app.assessments.delete(assessment)
    app.close()
    for word in WORDS:
        quick, full = _cli_search(data_dir, word, capsys)
        assert quick == full == f"No results for {word!r}.\n"
    assert run(["--data-dir", str(data_dir), "assessment", "undelete", assessment]) == 0
    capsys.readouterr()
    for word in WORDS:
        quick, full = _cli_search(data_dir, word, capsys)
        assert quick == full and word in quick


def test_the_bin_travels_to_another_devices_search(_template_profile: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    with devices(_template_profile, tmp_path, 3) as (amina, brian, chloe):
        seen, _item = _written(amina, "Seen by Brian")
        amina.sync.sync_folder(folder, first=True)
        brian.sync.sync_folder(folder)
        assert all(_found(brian, word) for word in WORDS)
        amina.assessments.delete(seen)
        amina.sync.sync_folder(folder)
        brian.sync.sync_folder(folder)
        assert brian.assessments.list(deleted=True)[0].id == seen
        for word in WORDS:
            assert _found(brian, word) == [], word
        # A device that first hears of the assessment when it is already in the bin.
        chloe.sync.sync_folder(folder)
        for word in WORDS:
            assert _found(chloe, word) == [], word
        amina.assessments.undelete(seen)
        amina.sync.sync_folder(folder)
        for app in (brian, chloe):
            app.sync.sync_folder(folder)
            for word in WORDS:
                assert len(_found(app, word)) == 1, word


def test_check_agrees_that_the_bin_is_not_searchable(data_dir: Path) -> None:
    """`fieldguide check` holds the index to the same rule the triggers keep: nothing to repair."""
    app: App = open_app(DataPaths(data_dir))
    try:
        assessment, _item = _written(app)
        app.assessments.delete(assessment)
        from fieldguide.db.health import check

        assert check(app.db) == []
    finally:
        app.close()


def test_a_profile_from_before_the_rule_drops_its_binned_answers_from_search_at_upgrade(
    data_dir: Path,
) -> None:
    app: App = open_app(DataPaths(data_dir))
    try:
        assessment, _item = _written(app)
        app.assessments.delete(assessment)
    finally:
        app.close()
    # The profile as revision 0005 left it: binned answers and notes indexed, no bin triggers.
    stored = sqlite3.connect(data_dir / "fieldguide.db")
    with stored:
        stored.execute("DROP TRIGGER assessment_fts_insert")
        stored.execute("DROP TRIGGER assessment_fts_bin")
        stored.execute("DROP INDEX ix_note_assessment_id")
        # and without revision 0007's covering indexes, with the one-column ones they replaced.
        for covering, replaced, table, column in (
            ("ix_section_outline", "ix_section_document_id", "section", "document_id"),
            ("ix_response_progress", "ix_response_assessment_id", "response", "assessment_id"),
            ("ix_action_last_change", "ix_action_assessment_id", "action", "assessment_id"),
        ):
            stored.execute(f"DROP INDEX {covering}")
            stored.execute(f"CREATE INDEX {replaced} ON {table} ({column})")
        for table, kind, body in (
            ("response", "response", "note || ' ' || evidence"),
            ("note", "note", "body"),
        ):
            stored.execute(
                f"INSERT INTO search_ref(kind, ref) SELECT '{kind}', id FROM {table} WHERE assessment_id = ?",
                (assessment,),
            )
            stored.execute(
                f"INSERT INTO search_fts(rowid, title, body) SELECT r.rowid, '', {body} FROM {table}"
                f" JOIN search_ref r ON r.kind = '{kind}' AND r.ref = {table}.id WHERE assessment_id = ?",
                (assessment,),
            )
        stored.execute("UPDATE alembic_version SET version_num = '0005'")
    stored.close()
    app = open_app(DataPaths(data_dir))
    try:
        from fieldguide.db.health import check

        for word in WORDS:
            assert _found(app, word) == [], word
        assert check(app.db) == []
        app.assessments.undelete(assessment)
        for word in WORDS:
            assert len(_found(app, word)) == 1, word
    finally:
        app.close()


def test_purging_a_text_in_the_bin_leaves_it_in_the_bin_on_every_device(
    _template_profile: Path, tmp_path: Path
) -> None:
    """A purge erases a text; it is not an edit that contests the delete. The assessment (and
    a deleted action) stays in the bin where the purge is made, on a device that held the
    assessment and receives the delete and the purge together, and on a new device that
    receives everything at once; search finds none of its words anywhere."""
    folder = tmp_path / "usb"
    folder.mkdir()
    with devices(_template_profile, tmp_path, 3) as (amina, brian, chloe):
        binned, item = _written(amina, "Binned review")
        kept = amina.assessments.create([CHECKLIST], "Kept review")
        kept_item = amina.assessments.get(kept).responses[0].item_id
        action = amina.assessments.add_action(kept, "Call Adebayo-Mensah on Monday", item_id=kept_item).id
        amina.sync.sync_folder(folder, first=True)
        brian.sync.sync_folder(folder)
        amina.assessments.delete(binned)
        amina.assessments.delete_action(action)
        amina.purge.purge("answer-note", binned, item, replacement="Met Ptolemaios [name removed]")
        amina.purge.purge("evidence", binned, item)
        amina.purge.purge("action", action, replacement="Call Hrothgar")
        amina.sync.sync_folder(folder)
        brian.sync.sync_folder(folder)
        chloe.sync.sync_folder(folder, first=True)
        for app in (amina, brian, chloe):
            name = app.sync.device_name()
            assert [s.id for s in app.assessments.list(deleted=True)] == [binned], name
            assert [s.id for s in app.assessments.list()] == [kept], name
            assert [a.id for a in app.assessments.get(kept).actions] == [], name
            assert app.sync.conflicts() == [], name
            for word in (*WORDS, "Adebayo", "Ptolemaios", "Hrothgar"):
                assert _found(app, word) == [], (name, word)
