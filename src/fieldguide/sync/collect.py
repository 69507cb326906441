"""What a bundle carries: the current state of every field the change log names after a mark.

A first full sync of a new device sends every field of a team's years (a million at ten
years of a five-person team), so no object is held per field: the log is read once, in
order, into the fields wanted by row; then each table's rows are read with plain SQL (a
row's ``clocks`` column holds each field's state, ``sync.state``, which is all a bundle
needs) — the whole table in storage order when most of its rows are wanted, by id
otherwise (reading a million rows by id, in random order, was most of the export) —
each row is parsed once, and each field's stored state goes into the bundle's
compressed JSON as it is (``ChangeWriter``), without building an ``Entry`` or
``FieldState`` per field. What proving them needs is kept beside: each write's proof,
and where each version carried is (its row's rowid and a code for the field, 16 bytes).
A write whose versions are all carried (its proof holds as many leaves as versions were
sent) has no leaves "not carried" to send, so none of its versions is hashed; those of
a write carried in part are read again by rowid and hashed at the end
(``_hash_carried_in_part``), in the same read transaction, so they are the states sent.

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
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from fieldguide.courtesy import let_others_run
from fieldguide.db.models import SYNCED_MODELS, WHOLE_ROW
from fieldguide.sync.bundle_writing import ChangeWriter
from fieldguide.sync.merge import Share
from fieldguide.sync.signing import LEAF_SIZE, Proof, leaf_of, split_leaves

__all__ = ["Outgoing", "collect"]

_BATCH = 2_000  # changes proven and written at a time
_CHUNK = 500  # ids per IN (…) look-up
_HASHED_AT_ONCE = 100_000  # versions of writes carried in part found again at a time

Dot = tuple[str, str]  # a write: (device, hlc)
# Where a version carried is: its row's rowid, then its field's code shifted past the table's.
_TABLE_BITS = 3
assert len(SYNCED_MODELS) < 1 << _TABLE_BITS


@dataclass
class Outgoing:
    """One bundle's changes, checked and compressed, and what proving them needs."""

    writer: ChangeWriter
    seq_from: int = 0
    seq_to: int = 0
    proofs: dict[Dot, Proof] = field(default_factory=dict)  # every write met that has one
    # For each proven write carried, where each of its versions carried is: pairs of
    # (rowid, field and table code). Counting them tells a write carried whole from one
    # carried in part without hashing anything.
    sent: dict[Dot, array[int]] = field(default_factory=dict)
    # The leaves of the versions carried, for this device's unsigned writes and (once
    # ``collect`` returns) for the writes carried in part.
    carried: dict[Dot, bytearray] = field(default_factory=dict)
    # This device's writes without a proof (from before changes were signed): the leaves
    # of all their versions, sent or not, to sign them now.
    unsigned: dict[Dot, bytearray] = field(default_factory=dict)
    unprovable: set[Dot] = field(default_factory=set)  # other devices' writes without a proof

    def __len__(self) -> int:
        return self.writer.count

    def carried_in_part(self) -> list[Dot]:
        """The proven writes some of whose versions are not carried."""
        return [
            dot
            for dot, where in self.sent.items()
            if where and len(where) // 2 != len(self.proofs[dot].leaves) // LEAF_SIZE
        ]

    def writes(self, proofs: dict[Dot, Proof]) -> dict[Dot, tuple[bytes, list[bytes]]]:
        """Each write carried, with its signature (from ``proofs``) and the leaves of its
        versions not carried: none for a write carried whole. A stored state that does not
        match its proof ends as it did when every version was hashed: the receiver finds
        the leaves it hashes from the bundle unlike the signed ones and refuses the write."""
        out: dict[Dot, tuple[bytes, list[bytes]]] = {}
        for dot, where in self.sent.items():
            if where and dot not in self.carried:
                out[dot] = (proofs[dot].signature, [])
        for dot, leaves in self.carried.items():
            proof = proofs[dot]
            sent = set(split_leaves(bytes(leaves)))
            out[dot] = (proof.signature, [x for x in split_leaves(proof.leaves) if x not in sent])
        return out


def _wire(raw: Any) -> tuple[dict[str, str], list[list[Any]]]:
    """A stored state in its wire form: what ``FieldState.from_json(raw).as_json()`` gives
    (vector sorted by device, versions by dot, ``knows`` sorted and left out when null)."""
    if not isinstance(raw, dict):
        return {}, []
    ctx = raw.get("c") or {}
    stored = raw.get("s") or []
    # A damaged state is refused in one line (a traceback would reach the user).
    if type(ctx) is not dict or type(stored) is not list or not all(type(item) is list for item in stored):
        raise ValueError("a stored state is malformed")
    if len(stored) == 1 and len(stored[0]) == 3 and len(ctx) < 2:
        return ctx, stored  # one version, seen by its writer alone (``collect`` takes most at once)
    if len(ctx) > 1:
        ctx = dict(sorted(ctx.items()))
    siblings: list[list[Any]] = []
    for item in stored:
        if len(item) < 3 or (len(item) > 3 and not (item[3] is None or type(item[3]) is dict)):
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


# A field the quick path in ``collect`` did not take: table, rowid, row id, field, stored
# state, where it is (its field and table code).
Pending = tuple[str, int, str, str, Any, int]


_SCAN = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # public, but not in typeshed


def _states(raw: str | None) -> dict[str, Any]:
    """A row's stored states, by field: ``json.loads`` without its look for white space
    around the text (a ``clocks`` column is what ``json.dumps`` wrote; a million rows at
    ten years), which still reads (or refuses) anything that is not one JSON value."""
    if raw is None:
        return {}
    try:
        clocks, end = _SCAN(raw, 0) if type(raw) is str else (None, -1)
    except StopIteration:
        clocks, end = None, -1
    if end != len(raw):
        clocks = json.loads(raw)
    return clocks if type(clocks) is dict else {}


def _state(
    session: Session, table: str, row_id: str, name: str, state: Any
) -> tuple[dict[str, str], list[list[Any]]]:
    return _legacy(session, table, row_id, name) if isinstance(state, str) else _wire(state)


def _take(connection: Any, session: Session, device: str, pending: Sequence[Pending], out: Outgoing) -> None:
    """Write the fields ``collect`` could not take at once (their write not met yet, more
    than one version, a delete's knowledge, a bare stamp…) into the bundle, each with its
    proof or left out without one."""
    changes = []
    for table, rowid, row_id, name, state, where in pending:
        ctx, siblings = _state(session, table, row_id, name, state)
        if ctx:
            changes.append((table, rowid, row_id, name, ctx, siblings, where))
    proofs, unsigned, unprovable = out.proofs, out.unsigned, out.unprovable
    new = {(s[1], s[0]) for change in changes for s in change[5]}
    new.difference_update(proofs, unsigned, unprovable)
    if new:
        _find_proofs(connection, new, proofs)
        for dot in new:
            if dot in proofs:
                out.sent[dot] = array("q")
            elif dot[0] == device:
                unsigned[dot] = bytearray()
            else:
                unprovable.add(dot)
    sent, carried, writer = out.sent, out.carried, out.writer
    for index, (table, rowid, row_id, name, ctx, siblings, where) in enumerate(changes):
        if index % 200 == 0:
            let_others_run()
        dots = [(s[1], s[0]) for s in siblings]
        # Another device's version no one can prove (written before changes were signed;
        # every teammate received it then) keeps its field behind.
        provable = all(dot in proofs or dot in unsigned for dot in dots)
        for dot, sibling in zip(dots, siblings, strict=True):
            if dot in unsigned:  # hashed now: this device signs them when the bundle is sealed
                hashed = leaf_of(table, row_id, name, sibling[2], sibling[3] if len(sibling) > 3 else None)
                unsigned[dot] += hashed
                if provable:
                    run = carried.get(dot)
                    if run is None:
                        carried[dot] = bytearray(hashed)
                    else:
                        run += hashed
            elif provable:
                sent[dot].extend((rowid, where))
        if provable:
            writer.add(table, row_id, name, ctx, siblings)


def _hash_carried_in_part(
    connection: Any, session: Session, out: Outgoing, tables: list[str], names: list[str]
) -> None:
    """The leaves of the versions carried of each write carried in part, read again by
    rowid (in ``collect``'s read transaction: the states sent), a few writes at a time so
    that where their versions are is never held for all of them at once (a write made and
    edited since is carried in part: in a real profile, most of them)."""
    group: list[Dot] = []
    versions = 0
    for dot in out.carried_in_part():
        group.append(dot)
        versions += len(out.sent[dot]) // 2
        if versions >= _HASHED_AT_ONCE:
            _hash_versions(connection, session, out, group, tables, names)
            group, versions = [], 0
    _hash_versions(connection, session, out, group, tables, names)


def _hash_versions(
    connection: Any, session: Session, out: Outgoing, dots: list[Dot], tables: list[str], names: list[str]
) -> None:
    """Hash the versions carried of ``dots`` into ``out.carried``, reading each row once."""
    fields: dict[tuple[int, int], list[tuple[str, Dot]]] = {}  # (table code, rowid) -> field, write
    for dot in dots:
        where = out.sent[dot]
        out.carried[dot] = bytearray()
        for index in range(0, len(where), 2):
            code = where[index + 1]
            key = (code & ((1 << _TABLE_BITS) - 1), where[index])
            fields.setdefault(key, []).append((names[code >> _TABLE_BITS], dot))
    rowids: dict[int, list[int]] = {}
    for table_code, rowid in fields:
        rowids.setdefault(table_code, []).append(rowid)
    carried = out.carried
    for table_code, wanted in rowids.items():
        table = tables[table_code]
        wanted.sort()  # the table's b-tree walked in order
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            query = f"SELECT rowid, id, clocks FROM {table} WHERE rowid IN ({','.join('?' * len(chunk))})"
            for rowid, row_id, raw in connection.execute(query, chunk):
                held = _states(raw)
                for name, dot in fields[(table_code, rowid)]:
                    _ctx, siblings = _state(session, table, row_id, name, held[name])
                    for sibling in siblings:
                        if (sibling[1], sibling[0]) == dot:
                            carried[dot] += leaf_of(
                                table, row_id, name, sibling[2], sibling[3] if len(sibling) > 3 else None
                            )


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


def _read(connection: Any, table: str, rows: dict[str, list[str]]) -> Iterator[tuple[int, str, str | None]]:
    """The rowid, id and stored ``clocks`` of ``rows``: the whole table in storage order when an eighth
    of it or more is wanted (reading by id jumps across the file, a page at a time),
    else by id."""
    (total,) = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
    if len(rows) * 8 >= total:
        for rowid, row_id, raw in connection.execute(f"SELECT rowid, id, clocks FROM {table}"):
            if row_id in rows:
                yield rowid, row_id, raw
        return
    ids = list(rows)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        yield from connection.execute(
            f"SELECT rowid, id, clocks FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk
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
    done, due = 0, _BATCH
    tables = list(wanted)
    codes: dict[str, int] = {}  # field name -> its code, for ``Outgoing.sent``
    pending: list[Pending] = []
    sent, add = out.sent, out.writer.add
    for table_code, (table, rows) in enumerate(wanted.items()):
        for rowid, row_id, raw in _read(connection, table, rows):
            let_others_run()  # one statement reads the whole table: the window's keystrokes get through
            fields = rows[row_id]
            held = _states(raw)
            for name in fields:
                state = held.get(name)
                if state is None:
                    continue
                code = codes.get(name)
                if code is None:
                    code = codes[name] = len(codes)
                where = code << _TABLE_BITS | table_code
                # Nearly every field: one version, seen by its writer alone, of a write
                # already met with its proof: into the bundle as stored (its wire form).
                if type(state) is dict:
                    ctx, stored = state.get("c"), state.get("s")
                    if type(stored) is list and len(stored) == 1 and type(ctx) is dict and len(ctx) == 1:
                        only = stored[0]
                        if (
                            type(only) is list
                            and len(only) == 3
                            and type(only[0]) is str
                            and type(only[1]) is str
                        ):
                            run = sent.get((only[1], only[0]))
                            if run is not None:
                                run.extend((rowid, where))
                                add(table, row_id, name, ctx, stored)
                                continue
                pending.append((table, rowid, row_id, name, state, where))
            done += len(fields)
            if done >= due:  # the writes met meanwhile get their proofs; the bar moves
                _take(connection, session, device, pending, out)
                pending = []
                report(part * done / count)
                due = done + _BATCH
        rows.clear()  # read: its ids are not needed any more
    _take(connection, session, device, pending, out)
    _hash_carried_in_part(connection, session, out, tables, list(codes))
    report(part)
    return out
