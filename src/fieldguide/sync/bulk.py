"""Received rows this device has never held: merged, derived and written in bulk.

A first full sync of a new device receives every row of a team's years at once, and
none of them exists here yet. Merging a state into an empty state gives the state
itself, so for such rows the ordinary path (``sync.merge``: load each row through the
ORM, a placeholder per row, ``FieldState.merge`` per field, ``settle_many``, a flush that
INSERTs then UPDATEs each row) does nothing but cost minutes at 10 × a team's year.
Here the same merge, the same derivation (``sync.rows``: visibility, ``updated_at``,
``created_at``, conflicts) and the same change-log entries are computed in plain
Python and written a batch at a time (``sync.bulk_insert``), inside the caller's
transaction. Every entry has been checked (``check_entry``) and every signature
verified before this runs. The rows are indexed for search after the commit
(``db.fts_owed``), not by their triggers inside it.

Which rows take this path (``split``): those not in the database, with no conflict
recorded for them, and whose derivation reads nothing that is: an answer, note or
action whose assessment exists here stays on the ordinary path (its edit may contest
that assessment's delete, which must be derived again), and so does an assessment
that rows already here name as theirs (its delete is judged against them). Everything
else of the batch goes the ordinary way, after these rows are written, so the rows it
settles find them as if the ORM had written them.

``tests/test_sync_bulk.py`` applies the same bundles both ways and compares every row,
state, conflict, change-log entry and search hit.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from fieldguide.courtesy import let_others_run
from fieldguide.db.fts_owed import executor, indexing_later
from fieldguide.db.models import SYNCED_MODELS
from fieldguide.sync.bulk_insert import BATCH, Inserter
from fieldguide.sync.rows import column_kind, conflict_key, default_value, hlc_iso
from fieldguide.sync.state import FieldState, join, seen

__all__ = ["Fresh", "split", "write"]

_CHUNK = 500  # ids per IN (…) look-up (SQLite's variable limit is far above)
_STAGED = BATCH  # rows moved into their table per statement (``sync.bulk_insert``)
_CONFLICT_COLUMNS = (
    "id table_name row_id field losing_value losing_clock winning_clock resolution clocks deleted "
    "created_at updated_at"
).split()
_CHILD_TABLES = ("response", "note", "action")
_BASE_COLUMNS = ("id", "clocks", "deleted", "created_at", "updated_at")

_EMPTY = FieldState()


@dataclass(slots=True)
class Fresh:
    """One row new to this device: each field's merged state, and what the merge counted.

    A first full sync holds one a row until it is written (a few hundred thousand at 10 ×):
    the value each field shows is its state's (``_shown``), not kept beside it, and a row
    that learnt no purge (nearly all) holds no list of them."""

    table: str
    row_id: str
    states: dict[str, FieldState] = field(default_factory=dict)
    new: int = 0
    applied: int = 0
    purged: tuple[str, ...] = ()
    #: The clock and device its change-log entry names (``WHOLE_ROW``): the highest of the
    #: versions each merge step showed, as the ordinary path logs a row created here.
    logged: tuple[str, str] = ("", "")
    parent: str | None = None  # an answer's, note's or action's assessment
    newest: str = ""  # the newest clock of any version held (its ``updated_at``)
    single: bool = True  # every field holds one version: no conflict, ``_derive``'s short path


def _in_chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def _marks(count: int) -> str:
    return ",".join("?" * count)


def _query(session: Session, sql: str, params: Sequence[Any]) -> list[Any]:
    let_others_run()
    return list(session.connection().exec_driver_sql(sql, tuple(params)).fetchall())


def _existing(session: Session, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which of ``keys`` are rows here, or have a conflict recorded here."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    found: set[tuple[str, str]] = set()
    for table, ids in by_table.items():
        for chunk in _in_chunks(ids):
            marks = _marks(len(chunk))
            found.update(
                (table, r[0]) for r in _query(session, f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
            )
            found.update(
                (table, r[0])
                for r in _query(
                    session,
                    f"SELECT row_id FROM conflict WHERE table_name = ? AND row_id IN ({marks})",
                    [table, *chunk],
                )
            )
    return found


@functools.cache
def _defaults(table: str) -> dict[str, Any]:
    """Each synced field's value when no version of it was received (only read: never mutated)."""
    return {name: default_value(table, name) for name in SYNCED_MODELS[table].SYNCED_FIELDS}


def _merged(
    keys: Iterable[tuple[str, str]],
    rows_of: Mapping[tuple[str, str], Sequence[Any]],
    step: Callable[[int], None],
) -> dict[tuple[str, str], Fresh]:
    """The ordinary merge of each row's entries into an empty row, with its counts."""
    tables: dict[tuple[str, str], Fresh] = {}
    done = 0
    for key in keys:
        entries = rows_of[key]
        tables[key] = _merged_row(*key, entries)
        done += len(entries)
        step(done)
        let_others_run()
    return tables


def _merged_row(table: str, row_id: str, entries: Sequence[Any]) -> Fresh:
    """One row's entries merged into the empty row, in one pass.

    Nearly every field of a first full sync is named once in the bundle and holds one
    version: merged into the empty state, such a state is itself (its versions once each,
    sorted), so it is taken as it is, without building or comparing a new one (states are
    never changed in place). Anything else (two versions, a field named twice, a state
    without versions) merges as the ordinary path does."""
    row = Fresh(table, row_id)
    states = row.states
    defaults = _defaults(table)
    top_hlc = top_device = ""  # the highest version shown by a merge step: the row's log entry
    single = True
    new = applied = 0
    for entry in entries:
        name = entry.field
        state = entry.state
        siblings = state.siblings
        if len(siblings) == 1 and name not in states:
            version = siblings[0]
            states[name] = state
            if name != "deleted":
                value = version.value
                if version.knows and _learnt_purge(_EMPTY, state):
                    row.purged += (name,)
                if value != defaults[name]:
                    applied += 1
            new += 1
            hlc = version.hlc
            if hlc >= top_hlc and (hlc, version.device) > (top_hlc, top_device):
                top_hlc, top_device = hlc, version.device
        else:
            single = False
            dot = _merge_field(row, name, state, defaults[name])
            if dot is not None and dot > (top_hlc, top_device):
                top_hlc, top_device = dot
    row.new += new
    row.applied += applied
    row.logged = (top_hlc, top_device)
    if single:  # each field's one version was shown: the newest is the highest shown
        row.newest = top_hlc
    else:
        row.newest = max((s.hlc for state in states.values() for s in state.siblings), default="")
        row.single = all(len(state.siblings) == 1 for state in states.values())
    if table in _CHILD_TABLES:
        parent = _shown(states.get("assessment_id"), defaults["assessment_id"])
        row.parent = parent if isinstance(parent, str) and parent else None
    return row


def _merge_field(row: Fresh, name: str, state: FieldState, default: Any) -> tuple[str, str] | None:
    """Merge one received state into what ``row`` holds of the field (the ordinary merge);
    return the clock and device of the version it shows now, unless nothing changed."""
    states = row.states
    old = states.get(name)
    if old is None:
        # The merge of a state into the empty state is that state (its versions once
        # each, sorted).
        new = state if len(state.siblings) < 2 else _EMPTY.merge(state)
        old = _EMPTY
        if not new.ctx and not new.siblings:
            return None
    else:
        new = old.merge(state)
        if new == old:
            return None
    before = _shown(states.get(name), default)
    states[name] = new
    winner = new.winner
    if name != "deleted":
        if any(s.knows for s in new.siblings) and _learnt_purge(old, new):
            row.purged += (name,)
        if (winner.value if winner is not None else default) != before:
            row.applied += 1
    row.new += 1
    return (winner.hlc, winner.device) if winner is not None else ("", "")


def _shown(state: FieldState | None, default: Any) -> Any:
    """The value a field shows: its winning version's; ``default`` without one."""
    if state is None:
        return default
    siblings = state.siblings
    if len(siblings) == 1:
        return siblings[0].value
    winner = state.winner
    return winner.value if winner is not None else default


def _learnt_purge(old: FieldState, new: FieldState) -> bool:
    before = old.purged_through()
    return any(not seen(before, hlc, device) for device, hlc in new.purged_through().items())


def split(
    session: Session,
    rows_of: Mapping[tuple[str, str], Sequence[Any]],
    step: Callable[[int], None] = lambda index: None,
) -> tuple[list[Fresh], list[Any]]:
    """The rows of ``rows_of`` (each row's entries in field order, rows in (table, id)
    order) that can be written in bulk, merged; and the entries left for the ordinary
    path, in that order. ``step`` hears how many entries are merged now and then."""
    here = _existing(session, rows_of)
    candidates = [key for key in rows_of if key not in here] if here else list(rows_of)
    if not candidates:
        return [], [e for entries in rows_of.values() for e in entries]
    rows = _merged(candidates, rows_of, step)
    # Parents that exist here: their children go the ordinary way (``_parent_to_settle``).
    parents = sorted({r.parent for r in rows.values() if r.parent is not None})
    parents_here: set[str] = set()
    for chunk in _in_chunks(parents):
        parents_here.update(
            r[0]
            for r in _query(session, f"SELECT id FROM assessment WHERE id IN ({_marks(len(chunk))})", chunk)
        )
    # Assessments whose children are here already: their delete is judged against those.
    new_assessments = sorted(r.row_id for r in rows.values() if r.table == "assessment")
    adopted: set[str] = set()
    for table in _CHILD_TABLES:
        for chunk in _in_chunks(new_assessments):
            sql = f"SELECT DISTINCT assessment_id FROM {table} WHERE assessment_id IN ({_marks(len(chunk))})"
            adopted.update(r[0] for r in _query(session, sql, chunk))
    fresh = [
        row
        for row in rows.values()
        if row.states
        and not (row.table == "assessment" and row.row_id in adopted)
        and row.parent not in parents_here
    ]
    if len(fresh) == len(rows_of):  # a first full sync: every row (the rest is empty)
        return fresh, []
    bulk = {(row.table, row.row_id) for row in fresh}
    rest = [e for key, entries in rows_of.items() if key not in bulk for e in entries]
    return fresh, rest


# --- derivation: ``sync.rows._derive`` for rows held in dicts ------------------------------


@dataclass
class _Derived:
    deleted: bool
    created_at: str
    updated_at: str
    conflicts: dict[str, tuple[str, str]]


def _unseen_edit(row: Fresh, children: Sequence[Fresh], knows: dict[str, str]) -> bool:
    for item in (row, *children):
        for name, state in item.states.items():
            if item is row and name == "deleted":
                continue
            for sibling in state.siblings:
                if not seen(knows, sibling.hlc, sibling.device):
                    return True
    return False


def _derive(row: Fresh, children: Sequence[Fresh], iso: Callable[[str], str] = hlc_iso) -> _Derived:
    states = row.states
    deleted = states.get("deleted") or _EMPTY
    if row.single and (not deleted.siblings or deleted.siblings[0].value is False):
        # Nearly every row: one version a field, so nothing in conflict, and a delete
        # field that is absent (hidden: not created yet) or says "not deleted" (shown):
        # no delete to weigh against the row's or its children's edits.
        return _Derived(
            not deleted.siblings,
            iso(min(deleted.ctx.values())) if deleted.ctx else "",
            iso(row.newest) if row.newest else "",
            {},
        )
    # ``_delete_state`` of a row created here just now (``created_at`` still empty).
    if not deleted.siblings:
        hidden, contested = True, False
    else:
        values = {s.value for s in deleted.siblings}
        if False in values:
            hidden, contested = False, True in values
        elif _unseen_edit(
            row, children if row.table == "assessment" else (), join(*(s.knows for s in deleted.siblings))
        ):
            hidden, contested = False, True
        else:
            hidden, contested = True, False
    newest = max((s.hlc for state in states.values() for s in state.siblings), default=None)
    updated = iso(newest) if newest is not None else ""
    created = iso(min(deleted.ctx.values())) if deleted.ctx else ""
    wanted: dict[str, tuple[str, str]] = {}
    for name, state in states.items():
        if (name == "deleted" and contested) or (
            name != "deleted" and len(state.siblings) > 1 and state.in_conflict
        ):
            winner = state.winner
            other = state.others()
            if winner is not None:
                wanted[name] = (winner.stamp, other[0].stamp if other else winner.stamp)
    return _Derived(hidden, created, updated, wanted)


# --- writing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    """How a table's rows are written: the columns in the order ``_cells`` gives them (the
    derived ones first, then each field), each field's value when not received, and which
    fields the ORM would bind as JSON text or as 0/1 (SQLAlchemy's JSON and Boolean)."""

    names: tuple[str, ...]
    fields: tuple[tuple[str, Any], ...]
    json_at: tuple[int, ...]
    bool_at: tuple[int, ...]


@functools.cache
def _plan(table: str) -> _Plan:
    model = SYNCED_MODELS[table]
    names = list(model.__table__.columns.keys())  # type: ignore[attr-defined]
    expected = set(_BASE_COLUMNS) | set(model.SYNCED_FIELDS)
    if set(names) != expected:  # a column the merge does not write would be left unset
        raise RuntimeError(f"{table}: columns {sorted(set(names) ^ expected)} are not synced fields")
    fields = [name for name in names if name not in _BASE_COLUMNS]
    kinds = [column_kind(table, name)[0] for name in fields]
    return _Plan(
        names=(*_BASE_COLUMNS, *fields),
        fields=tuple((name, _defaults(table)[name]) for name in fields),
        json_at=tuple(i for i, kind in enumerate(kinds) if kind == "json"),
        bool_at=tuple(i for i, kind in enumerate(kinds) if kind == "bool"),
    )


_text = json.encoder.encode_basestring_ascii  # what json.dumps uses for every string


def _clocks_text(states: Mapping[str, FieldState]) -> str:
    """``json.dumps({name: state.as_json()})`` with the names sorted, the same text
    (tests/test_sync_bulk.py compares them): the common state, one version that names no
    vector, seen by one device, is written without building its ``as_json`` dicts. Its
    clocks are quoted as they are: reading the bundle found them well-formed (digits and a
    dash, nothing to escape)."""
    parts = []
    for name in sorted(states):
        state = states[name]
        siblings, ctx = state.siblings, state.ctx
        if len(siblings) == 1 and len(ctx) == 1 and siblings[0].knows is None:
            version = siblings[0]
            value = version.value
            ((device, hlc),) = ctx.items()
            parts.append(
                f'{_text(name)}: {{"c": {{{_text(device)}: "{hlc}"}}, "s": [["{version.hlc}", '
                f"{_text(version.device)}, {_value_text(value)}]]}}"
            )
        else:
            parts.append(f"{_text(name)}: {json.dumps(state.as_json())}")
    return "{" + ", ".join(parts) + "}"


def _value_text(value: Any) -> str:
    """``json.dumps(value)``; a text or a constant (every row's ``deleted``) without its set-up."""
    if type(value) is str:
        return _text(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    return json.dumps(value)


def _cells(row: Fresh, derived: _Derived, plan: _Plan) -> tuple[Any, ...]:
    """The values of ``row``'s columns, in ``plan.names``' order, bound as the ORM binds them."""
    states = row.states
    values = [_shown(states.get(name), default) for name, default in plan.fields]
    for index in plan.json_at:
        values[index] = json.dumps(values[index])
    for index in plan.bool_at:
        if values[index] is not None:
            values[index] = int(values[index])
    # The order of ``_BASE_COLUMNS``.
    return (
        row.row_id,
        _clocks_text(row.states),
        int(derived.deleted),
        derived.created_at,
        derived.updated_at,
        *values,
    )


def write(session: Session, fresh: list[Fresh], progress: Callable[[float], None] | None = None) -> list[str]:
    """Derive and insert ``fresh`` rows and their conflicts; return the conflicts opened.

    ``fresh`` is emptied as it is written: each row (its states, most of a
    first full sync's memory) is let go once its cells are made, an assessment's children
    once it is. The change-log rows are left to the caller (``merge_changes`` writes them
    with the ordinary path's, in one order)."""
    children: dict[str, list[Fresh]] = {}
    for row in fresh:
        if row.parent is not None:
            children.setdefault(row.parent, []).append(row)
    conflicts: list[tuple[Any, ...]] = []
    opened: list[str] = []
    iso = functools.lru_cache(maxsize=4096)(hlc_iso)  # a write's clock stamps many rows
    total = len(fresh) or 1

    def step(done: int) -> None:
        if progress is not None:
            progress(min(done / total, 1.0))

    # Cells are made a batch at a time: each batch moves into its table on the inserter's
    # thread while the next is made here (``sync.bulk_insert``).
    # The rows are indexed for search after the commit (``db.fts_owed``): their insert
    # triggers are off meanwhile, and the index records that it owes them.
    tables = sorted({row.table for row in fresh})
    with indexing_later(executor(session), tables), Inserter(session, step) as inserter:
        table, batch = "", list[tuple[Any, ...]]()
        fresh.reverse()  # taken from the end, in the order given
        index = 0
        while fresh:
            row = fresh.pop()
            if index % 500 == 0:
                let_others_run()
            index += 1
            if row.table != table or len(batch) >= _STAGED:
                inserter.add(table, _plan(table).names if batch else (), batch)
                table, batch = row.table, []
            mine = children.pop(row.row_id, ()) if row.table == "assessment" else ()
            derived = _derive(row, mine, iso)
            del mine
            batch.append(_cells(row, derived, _plan(row.table)))
            for name, (winning, losing) in derived.conflicts.items():
                cid = conflict_key(row.table, row.row_id, name)
                opened.append(cid)
                when = derived.updated_at
                conflicts.append(
                    (cid, row.table, row.row_id, name, "null", losing, winning, None, "{}", 0, when, when)
                )
        inserter.add(table, _plan(table).names if batch else (), batch)
        for start in range(0, len(conflicts), _STAGED):
            inserter.add("conflict", _CONFLICT_COLUMNS, conflicts[start : start + _STAGED])
    return sorted(opened)
