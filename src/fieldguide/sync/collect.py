"""What a bundle carries: the current state of every field the change log names after a mark.

A first full sync of a new device sends every field of a team's years (a million at ten
years of a five-person team), so the fields are streamed, never all held: the log's
fields come from SQL in log order, a few hundred at a time; each batch's rows are read
with plain SQL (a row's ``clocks`` column holds each field's state, ``sync.state``,
which is all a bundle needs), parsed once, and each field's stored state goes into the
bundle's compressed JSON as it is (``ChangeWriter``), without building an ``Entry`` or
``FieldState`` per field. What proving them needs is kept beside: each write's proof,
and the leaves of the versions carried (32 bytes each).

What it sends is what ``FieldState.from_json(...).as_json()`` of each stored state would
give (``_wire`` normalises the same way), in the same order and with the same rules:
a field without a state, or whose state has seen nothing, is not sent; a field holding
a version no one can prove (another device's write from before changes were signed) is
left out; this device's own unsigned writes are signed when the bundle is sealed
(``Sending._encode``), over the leaves of all their versions.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from fieldguide.courtesy import let_others_run
from fieldguide.db.models import SYNCED_MODELS
from fieldguide.sync.bundle import ChangeWriter
from fieldguide.sync.merge import Share
from fieldguide.sync.signing import Proof, leaf_head, leaf_with

__all__ = ["Outgoing", "collect"]

_BATCH = 2_000  # fields of the log read and written at a time
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


def _rows(connection: Any, batch: Sequence[Logged]) -> dict[tuple[str, str], dict[str, Any]]:
    """The stored field states of the batch's rows, by (table, id)."""
    by_table: dict[str, dict[str, None]] = {}
    for table, row_id, _name, _first in batch:
        by_table.setdefault(table, {})[row_id] = None
    stored: dict[tuple[str, str], dict[str, Any]] = {}
    for table, wanted in by_table.items():
        ids = list(wanted)
        for start in range(0, len(ids), _CHUNK):
            let_others_run()
            chunk = ids[start : start + _CHUNK]
            query = f"SELECT id, clocks FROM {table} WHERE id IN ({','.join('?' * len(chunk))})"
            for row_id, raw in connection.execute(query, chunk):
                clocks = json.loads(raw) if raw is not None else None
                stored[(table, row_id)] = clocks if isinstance(clocks, dict) else {}
    return stored


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


def _take(session: Session, connection: Any, device: str, batch: Sequence[Logged], out: Outgoing) -> None:
    """Write the batch's fields into the bundle, in log order."""
    stored = _rows(connection, batch)
    changes: list[tuple[str, str, str, dict[str, str], list[list[Any]]]] = []
    for table, row_id, name, _first in batch:
        held = stored.get((table, row_id))
        raw = held.get(name) if held is not None else None
        if raw is None:
            continue
        ctx, siblings = _legacy(session, table, row_id, name) if isinstance(raw, str) else _wire(raw)
        if ctx:
            changes.append((table, row_id, name, ctx, siblings))
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
        dots = [(s[1], s[0]) for s in siblings]
        # Another device's version no one can prove (written before changes were signed;
        # every teammate received it then) keeps its field behind.
        provable = all(dot in proofs or dot in unsigned for dot in dots)
        head = leaf_head(table, row_id, name)
        for dot, sibling in zip(dots, siblings, strict=True):
            mine = dot in unsigned
            if not (provable or mine):
                continue
            hashed = leaf_with(head, sibling[2], sibling[3] if len(sibling) > 3 else None)
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


Logged = tuple[str, str, str, int]  # table, row id, field, where the log first names it


def _grouped(connection: Any, after: int) -> Iterator[list[Logged]]:
    """Every field logged after ``after``, once, in log order, in batches: grouped by
    SQLite, so a million fields are never held here."""
    synced = list(SYNCED_MODELS)
    cursor = connection.execute(
        "SELECT table_name, row_id, field, min(seq) AS first FROM change_log "
        f"WHERE seq > ? AND table_name IN ({','.join('?' * len(synced))}) "
        "GROUP BY table_name, row_id, field ORDER BY first",
        [after, *synced],
    )
    try:
        while batch := cursor.fetchmany(_BATCH):
            yield batch
    finally:
        cursor.close()


def _scanned(connection: Any, after: int, limit: int, stop: list[int]) -> Iterator[list[Logged]]:
    """The first ``limit`` fields logged after ``after``, in log order, in batches; ``stop``
    gets the seq where the next field enters the log. The log is read only that far (a
    folder sends a profile's years 100,000 fields at a time)."""
    cursor = connection.execute(
        "SELECT seq, table_name, row_id, field FROM change_log WHERE seq > ? ORDER BY seq", (after,)
    )
    seen: set[tuple[str, str, str]] = set()
    batch: list[Logged] = []
    try:
        for seq, table, row_id, name in cursor:
            key = (table, row_id, name)
            if key in seen or table not in SYNCED_MODELS:
                continue
            if len(seen) >= limit:
                stop.append(seq)
                break
            seen.add(key)
            batch.append((table, row_id, name, seq))
            if len(batch) >= _BATCH:
                yield batch
                batch = []
    finally:
        cursor.close()
    if batch:
        yield batch


def collect(
    session: Session, device: str, after: int, limit: int | None = None, progress: Share | None = None
) -> Outgoing:
    """Every field logged after ``after`` (the first ``limit`` of them, in log order), in a
    bundle's writer, and the range of the log covered. ``ValueError`` for a stored state
    the bundle cannot carry (``ChangeWriter.add``)."""
    connection = session.connection().connection.driver_connection
    assert connection is not None
    (end,) = connection.execute("SELECT max(seq) FROM change_log WHERE seq > ?", (after,)).fetchone()
    out = Outgoing(ChangeWriter(), after + 1, end if end is not None else after)
    stop: list[int] = []  # where the first field past ``limit`` enters the log
    batches = _grouped(connection, after) if limit is None else _scanned(connection, after, limit, stop)
    for batch in batches:
        _take(session, connection, device, batch, out)
        if progress is not None and end:
            progress((batch[-1][3] - after) / (end - after))
    if stop:
        (last,) = connection.execute(
            "SELECT max(seq) FROM change_log WHERE seq > ? AND seq < ?", (after, stop[0])
        ).fetchone()
        out.seq_to = last if last is not None else after
    return out
