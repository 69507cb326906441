"""What a bundle carries: the current state of every field the change log names after a mark.

Read with plain SQL, not through the ORM: an export of everything (a new device's first
full sync) reads every row of a team's years, and building an ORM object per row to
read one JSON column cost most of the export. A row's ``clocks`` column holds each
field's state (``sync.state``), which is all a bundle needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy.orm import Session

from fieldguide.courtesy import let_others_run
from fieldguide.db.models import SYNCED_MODELS
from fieldguide.sync.merge import Entry
from fieldguide.sync.state import FieldState

__all__ = ["collect"]

_CHUNK = 500  # ids per IN (…) look-up


def _logged(session: Session, after: int, limit: int | None) -> tuple[dict[tuple[str, str, str], None], int]:
    """The fields logged after ``after`` in log order (up to ``limit`` of them) and the last
    seq covered: a log entry for a field already named is covered too."""
    fields: dict[tuple[str, str, str], None] = {}
    last = after
    rows = session.connection().exec_driver_sql(
        "SELECT seq, table_name, row_id, field FROM change_log WHERE seq > ? ORDER BY seq", (after,)
    )
    for seq, table, row_id, name in rows:
        if table not in SYNCED_MODELS:
            last = seq
            continue
        key = (table, row_id, name)
        if limit is not None and len(fields) >= limit and key not in fields:
            break
        fields[key] = None
        last = seq
    rows.close()
    return fields, last


def _stored(session: Session, table: str, ids: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each row's stored field states, by id."""
    connection = session.connection()
    for start in range(0, len(ids), _CHUNK):
        let_others_run()
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        query = f"SELECT id, clocks FROM {table} WHERE id IN ({marks})"
        for row_id, raw in connection.exec_driver_sql(query, tuple(chunk)):
            clocks = json.loads(raw) if raw is not None else None
            yield row_id, clocks if isinstance(clocks, dict) else {}


def collect(session: Session, after: int, limit: int | None = None) -> tuple[list[Entry], int, int]:
    """The current state of every field logged after ``after`` (at most ``limit`` fields),
    and the range of the log covered."""
    from fieldguide.sync.rows import state_of

    fields, last = _logged(session, after, limit)
    by_table: dict[str, set[str]] = {}
    for table, row_id, _name in fields:
        by_table.setdefault(table, set()).add(row_id)
    stored: dict[tuple[str, str], dict[str, Any]] = {}
    for table, ids in by_table.items():
        for row_id, clocks in _stored(session, table, sorted(ids)):
            stored[(table, row_id)] = clocks
    entries: list[Entry] = []
    for index, (table, row_id, name) in enumerate(fields):
        if index % 1000 == 0:
            let_others_run()
        held = stored.get((table, row_id))
        if held is None:
            continue
        raw = held.get(name)
        if raw is None:
            continue
        if isinstance(raw, str):
            # A bare stamp from before field states holds the row's value: read it as the
            # ORM types it (a boolean is a bool, not 1), which is what gets signed.
            row = session.get(SYNCED_MODELS[table], row_id)
            state = state_of(row, name) if row is not None else FieldState()
        else:
            state = FieldState.from_json(raw)
        if state.ctx:
            entries.append(Entry(table, row_id, name, state))
    return entries, after + 1, last
