"""The change log does not grow with every autosave, and what it drops never confuses a merge."""

from __future__ import annotations

from pathlib import Path

from fieldguide.app import App, open_app
from fieldguide.paths import DataPaths
from tests.test_sync_support import enrol

CHECKLIST = "ssr-national-ownership-tips"


def _note_entries(app: App, row_id: str) -> list[tuple[str, str | None]]:
    with app.db.raw() as conn:
        return [
            (row[0], row[1])
            for row in conn.execute(
                "SELECT value, base FROM change_log WHERE row_id = ? AND field = 'note' ORDER BY seq",
                (row_id,),
            )
        ]


def _response_id(app: App, assessment: str, item: str) -> str:
    with app.db.raw() as conn:
        row = conn.execute(
            "SELECT id FROM response WHERE assessment_id = ? AND item_id = ?", (assessment, item)
        ).fetchone()
    return str(row[0])


def test_autosaves_of_a_note_leave_one_change_until_a_bundle_carries_it(tmp_path: Path) -> None:
    a = open_app(DataPaths(tmp_path / "a"))
    b = open_app(DataPaths(tmp_path / "b"), install_starter=True)
    try:
        enrol([a, b])
        item = a.catalog.checklist(CHECKLIST).items[0].id
        assessment = a.assessments.create([CHECKLIST], "Autosaves")
        typed = ""
        for word in "The commander agreed to meet the committee next week".split():
            typed = f"{typed} {word}".strip()
            a.assessments.answer(assessment, item, note=typed)  # one autosave per word typed
        response = _response_id(a, assessment, item)
        assert [value for value, _base in _note_entries(a, response)] == [f'"{typed}"']

        first = a.sync.export_file(tmp_path / "one.fgsync").path
        assert first is not None
        b.sync.apply_file(first)
        assert b.assessments.get(assessment).responses[0].note == typed

        # Sent changes stay; the unsent ones after them collapse to the last.
        a.assessments.answer(assessment, item, note=typed + " in Bangui")
        a.assessments.answer(assessment, item, note=typed + " in Bangui, with the mayor")
        entries = _note_entries(a, response)
        assert [value for value, _base in entries] == [f'"{typed}"', f'"{typed} in Bangui, with the mayor"']

        # The other device takes the later edit as a plain overwrite: no conflict from the gap.
        second = a.sync.export_file(tmp_path / "two.fgsync").path
        assert second is not None
        result = b.sync.apply_file(second)
        assert not result.conflicts
        assert b.assessments.get(assessment).responses[0].note == typed + " in Bangui, with the mayor"
        assert not b.sync.conflicts()
    finally:
        a.close()
        b.close()
