"""Answers recorded before scales per item kind come through the migration whole.

`tests/data/answers-0002.sqlite` is a profile as schema 0002 left it (made by
`tests/data/make_scales_database.py`): one answer of every old value on an item
of every kind, each with a note.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from fieldguide.app import open_app
from fieldguide.assessments.scales import choices, place
from fieldguide.db.migrate import HEAD_REVISION
from fieldguide.paths import DataPaths
from tests.data.make_scales_database import CHECKLIST_ID, KINDS, OLD_VALUES, TARGET, item_id, note

# What each old value reads as on each kind's scale: (shown value, value kept as recorded).
EXPECTED = {
    ("criterion", "met"): ("met", None),
    ("criterion", "partly-met"): ("partly-met", None),
    ("criterion", "not-met"): ("not-met", None),
    ("criterion", "not-applicable"): ("not-applicable", None),
    ("question", "met"): ("answered", None),
    ("question", "partly-met"): ("answered", "partly-met"),
    ("question", "not-met"): ("not-assessed", "not-met"),
    ("question", "not-applicable"): ("answered", "not-applicable"),
    ("step", "met"): ("done", None),
    ("step", "partly-met"): ("under-way", None),
    ("step", "not-met"): ("not-started", None),
    ("step", "not-applicable"): ("not-applicable", None),
    ("tip", "met"): ("applied", None),
    ("tip", "partly-met"): ("applied", "partly-met"),
    ("tip", "not-met"): ("not-applied", None),
    ("tip", "not-applicable"): ("not-relevant", None),
}


@pytest.fixture
def old_profile(tmp_path: Path) -> Path:
    root = tmp_path / "profile"
    root.mkdir()
    shutil.copyfile(TARGET, root / "fieldguide.db")
    return root


def test_old_answers_migrate_to_each_kind_scale_without_loss(old_profile: Path) -> None:
    app = open_app(DataPaths(old_profile), install_starter=False)
    try:
        [summary] = app.assessments.list()
        view = app.assessments.get(summary.id)
        assert len(view.responses) == len(KINDS) * len(OLD_VALUES)
        for kind in KINDS:
            for old in OLD_VALUES:
                response = view.response(f"{CHECKLIST_ID}/{item_id(kind, old)}")
                assert response is not None and response.kind == kind
                shown, earlier = EXPECTED[(kind, old)]
                assert (response.status, response.earlier_status) == (shown, earlier), (kind, old)
                assert response.status in choices(kind)
                assert response.note == note(kind, old) and response.answered
        # What is shown is what the list counts.
        assert summary.assessed == sum(1 for s, _ in EXPECTED.values() if s != "not-assessed")
    finally:
        app.close()
    stored = sqlite3.connect(old_profile / "fieldguide.db")
    try:
        assert stored.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        rows = dict(stored.execute("SELECT item_id, status FROM response").fetchall())
    finally:
        stored.close()
    for (kind, old), (shown, earlier) in EXPECTED.items():
        # Exact equivalents are stored in the new words; anything else exactly as recorded.
        assert rows[f"{CHECKLIST_ID}/{item_id(kind, old)}"] == (old if earlier else shown)
    backups = list((old_profile / "backups").glob("*before-migration*"))
    assert backups, "no backup taken before the migration"


def test_answering_again_replaces_the_earlier_value(old_profile: Path) -> None:
    app = open_app(DataPaths(old_profile), install_starter=False)
    try:
        assessment = app.assessments.list()[0].id
        item = f"{CHECKLIST_ID}/{item_id('tip', 'partly-met')}"
        response = app.assessments.answer(assessment, item, status="not-applied")
        assert (response.status, response.earlier_status) == ("not-applied", None)
        assert place("tip", "partly-met").earlier == "partly-met"
    finally:
        app.close()
