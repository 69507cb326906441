"""Synced rows and their field states: what a row shows, whether it is visible, what is in conflict.

A row's ``clocks`` column holds the ``FieldState`` of each field (see ``sync.state``); the
ordinary columns hold the version shown, so every query elsewhere reads plain values.
``settle`` derives everything else from the states, the same way on every device:

- ``deleted`` (the column) is True when the row is in the bin, or not complete yet
  (its creation has not arrived: bundles can come out of order, and a half-made record
  is never shown). A delete that had not seen an edit of the record (or, for an
  assessment, of its answers, notes and actions) leaves the record visible, with a
  delete conflict.
- ``conflict`` rows are a local index of the fields whose live versions disagree, so the
  status bar and the workspace find them without reading every row. They are never
  synced: every device derives the same ones from the same states.
- ``updated_at`` is the time of the newest version shown, so two converged devices sort
  alike.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from sqlalchemy import Boolean, String, Text, select
from sqlalchemy.orm import Session

from fieldguide.db.models import SYNCED_MODELS, Action, Assessment, Conflict, Note, Response, Synced
from fieldguide.sync.hlc import parse_hlc
from fieldguide.sync.state import FieldState, Vector, join, seen

__all__ = [
    "CHILD_MODELS",
    "children",
    "column_kind",
    "conflict_key",
    "default_value",
    "delete_knowledge",
    "hlc_iso",
    "put_state",
    "settle",
    "standing_deletes",
    "state_of",
]

#: Rows that belong to an assessment: deleting it deletes them with it.
CHILD_MODELS: tuple[type[Synced], ...] = (Response, Note, Action)

ColumnKind = Literal["bool", "text", "json"]


def column_kind(table: str, name: str) -> tuple[ColumnKind, bool]:
    column = SYNCED_MODELS[table].__table__.columns[name]  # type: ignore[attr-defined]
    if isinstance(column.type, Boolean):
        return "bool", bool(column.nullable)
    if isinstance(column.type, String | Text):
        return "text", bool(column.nullable)
    return "json", bool(column.nullable)


def default_value(table: str, name: str) -> Any:
    column = SYNCED_MODELS[table].__table__.columns[name]  # type: ignore[attr-defined]
    arg = column.default.arg if column.default is not None else None
    kind, nullable = column_kind(table, name)
    if callable(arg):
        return [] if kind == "json" else None
    if arg is not None:
        return arg
    if nullable:
        return None
    return {"bool": False, "text": "", "json": None}[kind]


def hlc_iso(hlc: str) -> str:
    # Milliseconds: "most recent first" must tell apart two changes of the same second.
    physical, _ = parse_hlc(hlc)
    return dt.datetime.fromtimestamp(physical / 1000, dt.UTC).isoformat(timespec="milliseconds")


def conflict_key(table: str, row_id: str, name: str) -> str:
    """The id of a field's conflict: the same on every device, so `sync resolve ID` works anywhere."""
    from fieldguide.sync.changelog import derived_id  # changelog imports this module

    return derived_id("conflict", table, row_id, name)


def table_of(row: Synced) -> str:
    return row.__tablename__  # type: ignore[attr-defined,no-any-return]


def state_of(row: Synced, name: str) -> FieldState:
    raw = (row.clocks or {}).get(name)
    return FieldState.from_json(raw, getattr(row, name, None)) if raw is not None else FieldState()


def put_state(row: Synced, name: str, state: FieldState) -> None:
    """Store a field's state and show its winning version (``deleted`` is left to ``settle``)."""
    clocks = dict(row.clocks or {})
    clocks[name] = state.as_json()
    row.clocks = clocks  # a new dict, so SQLAlchemy sees the change
    if name == "deleted":
        return
    winner = state.winner
    setattr(row, name, winner.value if winner is not None else default_value(table_of(row), name))


def children(session: Session, assessment_id: str) -> list[Synced]:
    found: list[Synced] = []
    for model in CHILD_MODELS:
        query = select(model).where(model.assessment_id == assessment_id)  # type: ignore[attr-defined]
        found.extend(session.scalars(query.order_by(model.id)))
    return found


def _rows_vector(rows: list[Synced]) -> Vector:
    return join(*(state_of(row, name).ctx for row in rows for name in (row.clocks or {})))


def delete_knowledge(session: Session, row: Synced) -> Vector:
    """What this device has seen of the record (and its answers, notes and actions)."""
    related = [row] + (children(session, row.id) if isinstance(row, Assessment) else [])
    return _rows_vector(related)


def standing_deletes(session: Session, row: Synced) -> list[Synced]:
    """The records in the bin whose delete covers ``row``'s fields: the row itself, and the
    assessment of an answer, note or action. A delete that an unseen edit contests (the
    record shown) and a record whose creation has not arrived are not in the bin."""
    records = [row]
    parent_id = getattr(row, "assessment_id", None)
    if not isinstance(row, Assessment) and parent_id:
        parent = session.get(Assessment, parent_id)
        if parent is not None:
            records.append(parent)
    return [r for r in records if r.deleted and any(s.value is True for s in state_of(r, "deleted").siblings)]


def _unseen_edit(session: Session, row: Synced, knows: Vector) -> bool:
    related = [row] + (children(session, row.id) if isinstance(row, Assessment) else [])
    for item in related:
        for name in item.clocks or {}:
            if item is row and name == "deleted":
                continue
            for sibling in state_of(item, name).siblings:
                if not seen(knows, sibling.hlc, sibling.device):
                    return True
    return False


def _delete_state(session: Session, row: Synced, state: FieldState) -> tuple[bool, bool]:
    """(hidden, contested) from ``state``, the ``deleted`` field's."""
    if not state.siblings:
        if not row.created_at:
            return True, False  # a placeholder: its creation has not arrived here yet
        return bool(row.deleted), False  # a row from before field states: as it was
    values = {s.value for s in state.siblings}
    if False in values:
        return False, True in values
    knows = join(*(s.knows for s in state.siblings))
    if _unseen_edit(session, row, knows):
        return False, True
    return True, False


def _derive(session: Session, row: Synced) -> dict[str, tuple[str, str]]:
    """Set visibility and ``updated_at`` from the row's states; return its conflicts by field."""
    # Each state parsed once: a first full sync derives every row of the profile.
    states = {name: state_of(row, name) for name in row.clocks or {}}
    deleted = states.get("deleted") or FieldState()
    hidden, contested = _delete_state(session, row, deleted)
    row.deleted = hidden
    newest = max((s.hlc for state in states.values() for s in state.siblings), default=None)
    if newest is not None:
        row.updated_at = hlc_iso(newest)
    created = deleted.ctx
    if created:
        row.created_at = hlc_iso(min(created.values()))
    wanted: dict[str, tuple[str, str]] = {}
    for name, state in states.items():
        if (name == "deleted" and contested) or (name != "deleted" and state.in_conflict):
            winner = state.winner
            other = state.others()
            if winner is not None:
                wanted[name] = (winner.stamp, other[0].stamp if other else winner.stamp)
    return wanted


def _parent_to_settle(
    session: Session, row: Synced, known: dict[tuple[str, str], Synced], seen: dict[str, Synced | None]
) -> Synced | None:
    # A child's edit can contest its assessment's delete.
    if isinstance(row, Assessment):
        return None
    parent_id = getattr(row, "assessment_id", None)
    if not parent_id:
        return None
    if parent_id not in seen:
        seen[parent_id] = known.get(("assessment", parent_id)) or session.get(Assessment, parent_id)
    parent = seen[parent_id]
    if parent is not None and any(s.value is True for s in state_of(parent, "deleted").siblings):
        return parent
    return None


def settle(session: Session, row: Synced) -> list[str]:
    """Derive visibility, the conflict index and ``updated_at`` from one row's states."""
    return settle_many(session, [row])


def settle_many(session: Session, rows: list[Synced]) -> list[str]:
    """``settle`` for many rows at once (a received bundle); returns the conflicts it opened."""
    todo: dict[tuple[str, str], Synced] = {(table_of(r), r.id): r for r in rows}
    parents: dict[str, Synced | None] = {}
    session.flush()  # so the children of an assessment are found, new ones included
    with session.no_autoflush:
        for row in list(todo.values()):
            parent = _parent_to_settle(session, row, todo, parents)
            if parent is not None:
                todo.setdefault(("assessment", parent.id), parent)
        wanted = {key: _derive(session, row) for key, row in todo.items()}
        existing: dict[tuple[str, str], dict[str, Conflict]] = {}
        by_table: dict[str, list[str]] = {}
        for table, row_id in todo:
            by_table.setdefault(table, []).append(row_id)
        for table, ids in by_table.items():
            for start in range(0, len(ids), 500):
                query = select(Conflict).where(
                    Conflict.table_name == table, Conflict.row_id.in_(ids[start : start + 500])
                )
                for conflict in session.scalars(query):
                    existing.setdefault((table, conflict.row_id), {})[conflict.field] = conflict
    opened: list[str] = []
    for key, fields in wanted.items():
        table, row_id = key
        have = existing.get(key, {})
        for name, closed in have.items():
            if name not in fields:
                session.delete(closed)
        when = todo[key].updated_at or ""
        for name, (winning, losing) in fields.items():
            current = have.get(name)
            if current is not None:
                current.winning_clock, current.losing_clock, current.updated_at = winning, losing, when
                continue
            cid = conflict_key(table, row_id, name)
            opened.append(cid)
            session.add(
                Conflict(
                    id=cid,
                    table_name=table,
                    row_id=row_id,
                    field=name,
                    losing_value=None,
                    losing_clock=losing,
                    winning_clock=winning,
                    resolution=None,
                    clocks={},
                    deleted=False,
                    created_at=when,
                    updated_at=when,
                )
            )
    return sorted(opened)
