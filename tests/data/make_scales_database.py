"""Build `answers-0002.sqlite`: a profile as version 0.1 (schema 0002) left it, for the
scales migration test (tests/test_scale_migration.py).

    .venv/bin/python -m tests.data.make_scales_database

Schema 0002 judged every item met / partly met / not met / not applicable. The
file holds one answer of each of those values on an item of each kind, with a
note on each, written as that version wrote them (raw rows: the services of
today would already place the values on each kind's scale).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from tests.test_packs import make_pack

from fieldguide.app import open_app
from fieldguide.assessments.service import response_id
from fieldguide.paths import DataPaths

HERE = Path(__file__).resolve().parent
TARGET = HERE / "answers-0002.sqlite"
KINDS = ("criterion", "question", "step", "tip")
OLD_VALUES = ("met", "partly-met", "not-met", "not-applicable")
CHECKLIST_ID = "scales-checklist"
STAMP = "2026-11-20T10:00:00+00:00"


def item_id(kind: str, value: str) -> str:
    return f"{kind}-{value}"


def note(kind: str, value: str) -> str:
    return f"Noted as {value} on a {kind} — noté, ملاحظة"


def checklist_yaml() -> str:
    lines = [f"id: {CHECKLIST_ID}", "title: Scales checklist", "practice_area: community-engagement"]
    lines += ["document: field-notes", "items:"]
    for kind in KINDS:
        for value in OLD_VALUES:
            lines += [
                f"  - id: {item_id(kind, value)}",
                f"    kind: {kind}",
                f"    text: A {kind} once marked {value}",
                '    source: "Test source"',
            ]
    return "\n".join(lines) + "\n"


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        app = open_app(DataPaths(root / "profile"), install_starter=False)
        try:
            app.packs.install(make_pack(root / "pack", checklist=checklist_yaml()), allow_unsigned=True)
            assessment = app.assessments.create([CHECKLIST_ID], "Before scales", country="Mali")
        finally:
            app.close()
        database = root / "profile" / "fieldguide.db"
        conn = sqlite3.connect(database)
        with conn:
            for kind in KINDS:
                for value in OLD_VALUES:
                    item = f"{CHECKLIST_ID}/{item_id(kind, value)}"
                    conn.execute(
                        "INSERT INTO response (id, assessment_id, item_id, status, note, evidence,"
                        " confidence, deleted, created_at, updated_at, clocks)"
                        " VALUES (?, ?, ?, ?, ?, '', NULL, 0, ?, ?, '{}')",
                        (
                            response_id(assessment, item),
                            assessment,
                            item,
                            value,
                            note(kind, value),
                            STAMP,
                            STAMP,
                        ),
                    )
            conn.execute("UPDATE alembic_version SET version_num = '0002'")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
        conn.close()
        shutil.copyfile(database, TARGET)
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
