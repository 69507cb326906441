"""What a bundle carries: the current state of every field the change log names after a mark.

A first full sync of a new device sends every field of a team's years (a million at ten
years of a five-person team), so nothing is held per field: the log is read once, in
order, into the fields wanted by row; then each table's rows are read with plain SQL (a
row's ``clocks`` column holds each field's state, ``sync.state``, which is all a bundle
needs) — the whole table in storage order when most of its rows are wanted, by id
otherwise (reading a million rows by id, in random order, was most of the export) —
each row is parsed once, and each field's stored state goes into the bundle's
compressed JSON as it is (``ChangeWriter``), without building an ``Entry`` or
``FieldState`` per field. What proving them needs is kept beside: each write's proof,
and the leaves of the versions carried (32 bytes each).

What it sends is what ``FieldState.from_json(...).as_json()`` of each stored state would
give (``_wire`` normalises the same way), with the same rules: a field without a state,
or whose state has seen nothing, is not sent; a field holding a version no one can prove
(another device's write from before changes were signed) is left out; this device's own
unsigned writes are signed when the bundle is sealed (``Sending._encode``), over the
leaves of all their versions. The changes come table by table, in no particular order
within one (receivers sort them).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from fieldguide.courtesy import let_others_run
from fieldguide.db.models import SYNCED_MODELS, WHOLE_ROW
from fieldguide.sync.bundle_writing import ChangeWriter
from fieldguide.sync.merge import Share
from fieldguide.sync.signing import Proof, leaf_of

__all__ = ["Outgoing", "collect"]

_BATCH = 2_000  # changes proven and written at a time
_CHUNK = 500  # ids per IN (…) look-up

Dot = tuple[str, str]  # a write: (device, hlc)


@dataclass
class Outgoing:
    """One bundle's changes, checked and compressed, and what proving them needs."""

    writer: ChangeWriter
    seq_from: int = 0
    seq_to: int = 0
    proofs: dict[Dot, Proof] = field(default_factory=dict)  # every write met that has one
    carried: dict[Dot, bytearray] = field(default_factory=dict)  # leaves of the versions sent
    # This device's writes without a proof (from before changes were signed): the leaves
    # of all their versions, sent or not, to sign them now.
    unsigned: dict[Dot, bytearray] = field(default_factory=dict)

    def __len__(self) -> int:
        return self.writer.count


def _wire(raw: Any) -> tuple[dict[str, str], list[list[Any]]]:
    """A stored state in its wire form: what ``FieldState.from_json(raw).as_json()`` gives
    (vector sorted by device, versions by dot, ``knows`` sorted and left out when null)."""
    if not isinstance(raw, dict):
        return {}, []
    ctx = raw.get("c") or {}
    stored = raw.get("s") or []
    if len(stored) == 1 and len(stored[0]) == 3 and len(ctx) < 2:
        return ctx, stored  # nearly every field: one version, seen by its writer alone
    if len(ctx) > 1:
        ctx = dict(sorted(ctx.items()))
    siblings: list[list[Any]] = []
    for item in stored:
        if len(item) < 3:
            raise ValueError("a stored version is malformed")
        if len(item) > 3:
            knows = item[3]
            item = item[:3] if knows is None else [*item[:3], dict(sorted(knows.items()))]
        siblings.append(item)
    if len(siblings) > 1:
        siblings.sort(key=lambda s: (s[0], s[1]))
    return ctx, siblings


def _legacy(session: Session, table: str, row_id: str, name: str) -> tuple[dict[str, str], list[list[Any]]]:
    """A bare stamp from before field states holds the row's value: read it as the ORM
    types it (a boolean is a bool, not 1), which is what gets signed."""
    from fieldguide.sync.rows import state_of

    row = session.get(SYNCED_MODELS[table], row_id)
    if row is None:
        return {}, []
    state = state_of(row, name).as_json()
    return state["c"], state["s"]


def _find_proofs(connection: Any, dots: set[Dot], out: dict[Dot, Proof]) -> None:
    by_device: dict[str, list[str]] = {}
    for device, hlc in sorted(dots):
        by_device.setdefault(device, []).append(hlc)
    for device, hlcs in by_device.items():
        for start in range(0, len(hlcs), _CHUNK):
            chunk = hlcs[start : start + _CHUNK]
            query = (
                "SELECT hlc, signature, leaves FROM sync_signature "
                f"WHERE device = ? AND hlc IN ({','.join('?' * len(chunk))})"
            )
            for hlc, signature, leaves in connection.execute(query, [device, *chunk]):
                out[(device, hlc)] = Proof(bytes(signature), bytes(leaves))


Change = tuple[str, str, str, dict[str, str], list[list[Any]]]  # table, row id, field, wire state


def _take(connection: Any, device: str, changes: Sequence[Change], out: Outgoing) -> None:
    """Write ``changes`` into the bundle, each with its proof or left out without one."""
    proofs = out.proofs
    new = {(s[1], s[0]) for change in changes for s in change[4]}
    new.difference_update(proofs, out.unsigned)
    if new:
        _find_proofs(connection, new, proofs)
        for dot in new:
            if dot not in proofs and dot[0] == device:
                out.unsigned[dot] = bytearray()
    unsigned, carried, writer = out.unsigned, out.carried, out.writer
    for index, (table, row_id, name, ctx, siblings) in enumerate(changes):
        if index % 200 == 0:
            let_others_run()
        if len(siblings) == 1 and (siblings[0][1], siblings[0][0]) in proofs:  # nearly every field
            only = siblings[0]
            dot = (only[1], only[0])
            hashed = leaf_of(table, row_id, name, only[2], only[3] if len(only) > 3 else None)
            run = carried.get(dot)
            if run is None:
                carried[dot] = bytearray(hashed)
            else:
                run += hashed
            writer.add(table, row_id, name, ctx, siblings)
            continue
        dots = [(s[1], s[0]) for s in siblings]
        # Another device's version no one can prove (written before changes were signed;
        # every teammate received it then) keeps its field behind.
        provable = all(dot in proofs or dot in unsigned for dot in dots)
        for dot, sibling in zip(dots, siblings, strict=True):
            mine = dot in unsigned
            if not (provable or mine):
                continue
            hashed = leaf_of(table, row_id, name, sibling[2], sibling[3] if len(sibling) > 3 else None)
            if mine:
                unsigned[dot] += hashed
            if provable:
                run = carried.get(dot)
                if run is None:
                    carried[dot] = bytearray(hashed)
                else:
                    run += hashed
        if provable:
            writer.add(table, row_id, name, ctx, siblings)


Wanted = dict[str, dict[str, list[str]]]  # table -> row id -> fields


def _logged(connection: Any, after: int, limit: int | None) -> tuple[Wanted, int, int]:
    """The fields logged after ``after`` (the first ``limit`` of them, in log order), by
    table and row; how many; and the last seq covered (a log entry for a field already
    named is covered by the same state). An entry for a row received whole
    (``WHOLE_ROW``) names every synced field of its table; those it does not hold are
    skipped when the row is read, like any field without a state."""
    wanted: Wanted = {table: {} for table in SYNCED_MODELS}
    names: dict[str, str] = {}  # one string per field name, however many rows
    count = 0
    last = after
    every = {table: model.SYNCED_FIELDS for table, model in SYNCED_MODELS.items()}
    cursor = connection.execute(
        "SELECT seq, table_name, row_id, field FROM change_log WHERE seq > ? ORDER BY seq", (after,)
    )
    try:
        for seq, table, row_id, name in cursor:
            rows = wanted.get(table)
            if rows is not None:
                fields = rows.get(row_id)
                if name == WHOLE_ROW:  # a row received whole: every field it may hold
                    new = [n for n in every[table] if fields is None or n not in fields]
                    if new and limit is not None and count and count + len(new) > limit:
                        break  # a row is not split between two bundles
                    if fields is None:
                        fields = rows[row_id] = []
                    fields += new
                    count += len(new)
                elif fields is None or name not in fields:
                    if limit is not None and count >= limit:
                        break
                    if fields is None:
                        fields = rows[row_id] = []
                    fields.append(names.setdefault(name, name))
                    count += 1
            last = seq
    finally:
        cursor.close()
    return wanted, count, last


def _read(connection: Any, table: str, rows: dict[str, list[str]]) -> Iterator[tuple[str, str | None]]:
    """The stored ``clocks`` of ``rows``: the whole table in storage order when an eighth
    of it or more is wanted (reading by id jumps across the file, a page at a time),
    else by id."""
    (total,) = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
    if len(rows) * 8 >= total:
        for row_id, raw in connection.execute(f"SELECT id, clocks FROM {table}"):
            if row_id in rows:
                yield row_id, raw
        return
    ids = list(rows)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        yield from connection.execute(
            f"SELECT id, clocks FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk
        )


def collect(
    session: Session, device: str, after: int, limit: int | None = None, progress: Share | None = None
) -> Outgoing:
    """Every field logged after ``after`` (the first ``limit`` of them, in log order), in a
    bundle's writer, and the range of the log covered. ``ValueError`` for a stored state
    the bundle cannot carry (``ChangeWriter.add``).

    ``progress`` hears now and then the share of the log after ``after`` covered so far
    (up to 1.0 when ``limit`` does not cut the batch short): a first full sync reads a
    million fields."""
    connection = session.connection().connection.driver_connection
    assert connection is not None
    wanted, count, last = _logged(connection, after, limit)
    out = Outgoing(ChangeWriter(), after + 1, last)
    report = progress or (lambda share: None)
    (end,) = connection.execute("SELECT max(seq) FROM change_log").fetchone()
    # This batch's part of the log still to send (when ``limit`` cuts it short, the rest
    # goes in the next bundles).
    part = (last - after) / (end - after) if end is not None and end > after else 1.0
    done = 0
    changes: list[Change] = []
    for table, rows in wanted.items():
        for row_id, raw in _read(connection, table, rows):
            fields = rows[row_id]
            clocks = json.loads(raw) if raw is not None else None
            held = clocks if isinstance(clocks, dict) else {}
            for name in fields:
                state = held.get(name)
                if state is None:
                    continue
                ctx, siblings = (
                    _legacy(session, table, row_id, name) if isinstance(state, str) else _wire(state)
                )
                if ctx:
                    changes.append((table, row_id, name, ctx, siblings))
            done += len(fields)
            if len(changes) >= _BATCH:
                _take(connection, device, changes, out)
                changes = []
                report(part * done / count)
        rows.clear()  # read: its ids are not needed any more
    _take(connection, device, changes, out)
    report(part)
    return out
