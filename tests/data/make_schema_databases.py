"""Build `schema-<revision>.sqlite`: one small profile database at every schema revision.

    .venv/bin/python -m tests.data.make_schema_databases

Run it once when a migration is added (it rebuilds every file, the new head included)
and commit the files: tests/test_schema_revisions.py opens each one as a profile of that
age would be opened, migrated to the head, and checks that its data came through.

The data is written at the head revision through the services, then each older file is
made by Alembic's downgrade: every revision holds the same notes, answers, actions and
bookmarks, in the columns that revision had.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from tests.test_packs import make_pack

from fieldguide.app import open_app
from fieldguide.db.migrate import MIGRATIONS_DIR
from fieldguide.paths import DataPaths

HERE = Path(__file__).resolve().parent

# What every stored database holds; the test checks these came through the migrations.
TITLE = "Évaluation de la réforme du secteur de la sécurité"
ANSWER_NOTE = "Les associations de femmes n'ont pas été consultées. لم تتم استشارة الجمعيات"
ACTION = "Inviter les associations de femmes à la prochaine réunion"
SECTION_NOTE = "Ask the displaced families' committee before the meeting"
SECTION = "field-notes/who"
ITEM = "listening-checklist/ask"  # a question: "answered" is stored as "met" before 0003
STATUS = "answered"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def revisions() -> list[str]:
    """Every revision, oldest first."""
    script = ScriptDirectory.from_config(_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _build_head(work: Path) -> Path:
    app = open_app(DataPaths(work / "profile"), install_starter=False)
    try:
        app.packs.install(make_pack(work / "pack"), allow_unsigned=True)
        assessment = app.assessments.create(["listening-checklist"], TITLE, country="Mali")
        app.assessments.answer(assessment, ITEM, status=STATUS, note=ANSWER_NOTE)
        app.assessments.add_action(assessment, ACTION, item_id=ITEM, owner="Amina Diallo")
        app.annotations.save_note("section", SECTION, SECTION_NOTE)
        app.annotations.toggle_bookmark("section", SECTION)
    finally:
        app.close()
    return work / "profile" / "fieldguide.db"


def _downgrade(database: Path, revision: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{database}")
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
    engine.dispose()


def _compact(database: Path) -> None:
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
    conn.execute("VACUUM")
    conn.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        head = _build_head(Path(tmp))
        _compact(head)
        for revision in reversed(revisions()):
            _downgrade(head, revision)
            _compact(head)
            target = HERE / f"schema-{revision}.sqlite"
            shutil.copyfile(head, target)
            print(f"{target.name}: {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
