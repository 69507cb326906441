"""A profile of every schema revision opens, migrates to the head and keeps its data.

The stored databases (tests/data/schema-<revision>.sqlite) are made by
tests/data/make_schema_databases.py; a new migration adds its own file there.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from fieldguide.app import open_app
from fieldguide.db.migrate import HEAD_REVISION
from fieldguide.paths import DataPaths
from tests.data import make_schema_databases as stored

DATA = Path(__file__).resolve().parent / "data"
USER_TABLES = ("assessment", "response", "action", "note", "bookmark", "change_log")


def test_there_is_a_stored_database_for_every_revision() -> None:
    assert sorted(p.stem for p in DATA.glob("schema-*.sqlite")) == [
        f"schema-{revision}" for revision in stored.revisions()
    ]


def _counts(database: Path) -> dict[str, int]:
    conn = sqlite3.connect(database)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in USER_TABLES}
    finally:
        conn.close()


@pytest.mark.parametrize("revision", stored.revisions())
def test_a_profile_of_each_revision_is_migrated_with_its_data(revision: str, tmp_path: Path) -> None:
    source = DATA / f"schema-{revision}.sqlite"
    paths = DataPaths(tmp_path / "profile")
    paths.ensure()
    shutil.copyfile(source, paths.database)
    before = _counts(paths.database)

    app = open_app(paths, install_starter=False)
    try:
        conn = sqlite3.connect(paths.database)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        conn.close()
        assert _counts(paths.database) == before

        [summary] = app.assessments.list()
        assert summary.title == stored.TITLE and summary.country == "Mali"
        view = app.assessments.get(summary.id)
        answered = {r.item_id: r for r in view.responses}[stored.ITEM]
        assert (answered.status, answered.note) == (stored.STATUS, stored.ANSWER_NOTE)
        [action] = view.actions
        assert (action.text, action.owner, action.item_id) == (stored.ACTION, "Amina Diallo", stored.ITEM)

        [note] = app.annotations.notes_on("section", stored.SECTION)
        assert note.body == stored.SECTION_NOTE
        assert [b.target_id for b in app.annotations.bookmarks()] == [stored.SECTION]
        # The search index came through too: the note and the answer are found by their words.
        kinds = {hit.kind for hit in app.search.search("displaced committee")}
        assert "note" in kinds
        assert app.search.search("associations consultees")
    finally:
        app.close()
    if revision != HEAD_REVISION:
        assert [b.reason for b in app.backups.list()] == ["before-migration"]
