"""The Recorder's rules that make deletes and clocks mergeable."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from fieldguide.db.models import ChangeLog, Meta, Note
from tests.test_sync_support import devices


def test_many_rows_in_one_use_case_get_distinct_increasing_clocks(
    _template_profile: Path, tmp_path: Path
) -> None:
    with devices(_template_profile, tmp_path, 1, key=False) as (app,):
        with app.db.write() as session:  # a fresh device: no clock stored yet
            for number in range(5):
                app.recorder.create(session, Note, {"target_kind": "section", "target_id": f"s{number}"})
        with app.db.read() as session:
            hlcs = list(session.scalars(select(ChangeLog.hlc).where(ChangeLog.field == "target_id")))
            stored = list(session.scalars(select(Meta.value).where(Meta.key == "hlc")))
        assert hlcs == sorted(set(hlcs)) and len(hlcs) == 5
        assert stored == [max(hlcs)]


def test_a_delete_records_what_it_knew_and_an_edit_of_a_deleted_row_restores_it(
    _template_profile: Path, tmp_path: Path
) -> None:
    with devices(_template_profile, tmp_path, 1, key=False) as (app,):
        with app.db.write() as session:
            note = app.recorder.create(
                session, Note, {"target_kind": "section", "target_id": "s", "body": "v1"}
            )
        with app.db.write() as session:
            row = session.get(Note, note.id)
            app.recorder.update(session, row, {"body": "v2"})
            body_clock = row.clocks["body"]
        with app.db.write() as session:
            app.recorder.delete(session, session.get(Note, note.id))
        with app.db.write() as session:
            row = session.get(Note, note.id)
            assert row.deleted
            assert app.recorder.update(session, row, {"body": "v3"}) == ["body", "deleted"]
        with app.db.read() as session:
            row = session.get(Note, note.id)
            log = list(
                session.scalars(select(ChangeLog).where(ChangeLog.field == "deleted").order_by(ChangeLog.seq))
            )
        assert not row.deleted and row.body == "v3"
        assert [(c.value, c.base) for c in log[1:]] == [
            (True, body_clock),
            (False, log[1].hlc + "@" + app.device_id),
        ]
