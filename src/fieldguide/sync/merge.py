"""Applying changes from other devices to this profile: the merge rule of the design.

Per field, the change with the higher stamp ``"<hlc>@<device>"`` wins (stamps compare as
strings because the HLC part has a fixed width). Applying the same changes in any
order, any number of times, gives the same rows: every decision below depends only on
the set of changes seen, never on the order they came in.

Concurrent text edits. Each change carries ``base``, the stamp of the value it replaced.
Two edits of one text field are concurrent when neither descends from the other through
the chain of bases. The text that loses is kept in a ``conflict`` row, so no one's words
vanish. A conflict row is itself synced data, and every device builds it identically:
its id is ``derived_id("conflict", table, row, field, losing stamp)``, and its fields are
stamped with the losing change's own stamp (the ``winning_clock`` field with the winning
stamp). Two devices that notice the same conflict therefore write the very same changes,
and a resolution made anywhere (a fresh, later stamp) beats the creation everywhere,
whatever order the two arrive in.

Edit against delete. A ``deleted = True`` change records as its base the newest clock
the deleting device knew on the record (see ``sync.changelog``). If the record holds a
field edit newer than that, the edit was made without knowledge of the delete: the edit
wins, the record stays (``deleted`` is False) and a conflict on the field ``deleted``
notes what happened. The stored ``clocks["deleted"]`` is still the delete's stamp, so
the rule reads the same on every device.

Every change received is appended to the change log (``local=False``) once, won or lost,
so that the device relays it to others and can later trace the chain of bases.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Boolean, String, Text, insert, select
from sqlalchemy.orm import Session

from fieldguide.db.models import SYNCED_MODELS, ChangeLog, Conflict, Synced
from fieldguide.i18n import _
from fieldguide.sync.bundle import Change
from fieldguide.sync.changelog import derived_id, split_stamp, stamp
from fieldguide.sync.hlc import parse_hlc

__all__ = [
    "TEXT_FIELDS",
    "MergeError",
    "MergeResult",
    "conflict_id",
    "merge_changes",
]

#: Fields holding people's words: a concurrent edit of one of these is never dropped.
#: Other fields (status, dates, flags, lists) are settled by the higher stamp alone.
TEXT_FIELDS: dict[str, frozenset[str]] = {
    "assessment": frozenset({"title", "country", "mission", "summary"}),
    "response": frozenset({"note", "evidence"}),
    "note": frozenset({"body"}),
    "action": frozenset({"text", "owner"}),
    "bookmark": frozenset({"label"}),
}

_CHUNK = 500
_MISSING = object()


class MergeError(Exception):
    """The changes cannot be applied; nothing was. ``kind`` as in ``BundleError``."""

    def __init__(self, kind: Literal["damaged", "newer"], message: str) -> None:
        self.kind = kind
        super().__init__(message)


@dataclass
class MergeResult:
    changes: int = 0  # in the batch
    new: int = 0  # not seen here before (now in the change log)
    applied: int = 0  # field values that changed here
    rows_created: int = 0
    conflicts: list[str] = field(default_factory=list)  # conflict rows opened here


@dataclass(frozen=True, slots=True)
class _Column:
    kind: Literal["bool", "text", "json"]
    nullable: bool
    default: Any


_SCHEMAS: dict[str, dict[str, _Column]] = {}


def _schema(table: str) -> dict[str, _Column]:
    cached = _SCHEMAS.get(table)
    if cached is not None:
        return cached
    model = SYNCED_MODELS[table]
    columns = model.__table__.columns  # type: ignore[attr-defined]
    schema: dict[str, _Column] = {}
    for name in model.SYNCED_FIELDS:
        column = columns[name]
        if isinstance(column.type, Boolean):
            kind: Literal["bool", "text", "json"] = "bool"
        elif isinstance(column.type, String | Text):
            kind = "text"
        else:
            kind = "json"
        arg = column.default.arg if column.default is not None else None
        if callable(arg):
            # `default=list` and the like: a fresh empty value of that kind.
            default: Any = [] if kind == "json" else None
        elif arg is not None:
            default = arg
        elif column.nullable:
            default = None
        else:
            default = {"bool": False, "text": "", "json": None}[kind]
        schema[name] = _Column(kind, bool(column.nullable), default)
    _SCHEMAS[table] = schema
    return schema


def _check(change: Change) -> None:
    column = _schema(change.table).get(change.field) if change.table in SYNCED_MODELS else None
    if column is None:
        what = change.table if change.table not in SYNCED_MODELS else f"{change.table}.{change.field}"
        message = _(
            "it holds data this version of Field Guide does not know (%s); update Field Guide to apply it"
        )
        raise MergeError("newer", message % what)
    if len(change.row_id) > 256 or len(change.device) > 200:
        raise MergeError("damaged", _("the bundle is damaged or altered (malformed change)"))
    value = change.value
    if value is None:
        ok = column.nullable or column.kind == "json"
    elif column.kind == "bool":
        ok = type(value) is bool
    elif column.kind == "text":
        ok = type(value) is str
    else:
        ok = True
    if not ok:
        wrong = _("the bundle is damaged or altered (%s has a value of the wrong type)")
        raise MergeError("damaged", wrong % f"{change.table}.{change.field}")


def conflict_id(table: str, row_id: str, field_name: str, losing_stamp: str) -> str:
    return derived_id("conflict", table, row_id, field_name, losing_stamp)


def _conflict_changes(
    table: str, row_id: str, field_name: str, losing_stamp: str, losing_value: Any, winning_stamp: str
) -> list[Change]:
    cid = conflict_id(table, row_id, field_name, losing_stamp)
    lose_hlc, lose_device = split_stamp(losing_stamp)
    win_hlc, win_device = split_stamp(winning_stamp)
    fixed = (
        ("table_name", table),
        ("row_id", row_id),
        ("field", field_name),
        ("losing_value", losing_value),
        ("losing_clock", losing_stamp),
        ("resolution", None),
        ("deleted", False),
    )
    changes = [Change("conflict", cid, name, value, lose_hlc, lose_device, None) for name, value in fixed]
    changes.append(Change("conflict", cid, "winning_clock", winning_stamp, win_hlc, win_device, None))
    return changes


def _iso(hlc: str) -> str:
    physical, _ = parse_hlc(hlc)
    moment = dt.datetime.fromtimestamp(physical / 1000, dt.UTC)
    return moment.isoformat(timespec="seconds")


RowKey = tuple[str, str]
FieldStamp = tuple[str, str, str, str]  # table, row id, field, stamp


class _Merge:
    """One batch of changes against one session; the caller owns the transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[RowKey, Synced | None] = {}
        self.clocks: dict[RowKey, dict[str, str]] = {}
        self.created: set[RowKey] = set()
        self.dirty: set[RowKey] = set()
        self.newest: dict[RowKey, str] = {}
        self.known: set[FieldStamp] = set()
        self.base_of: dict[FieldStamp, str | None] = {}
        self.has_child: set[FieldStamp] = set()
        self.deletes: dict[tuple[str, str, str], tuple[Any, str | None]] = {}
        self.log: list[dict[str, Any]] = []
        self.result = MergeResult()

    # --- loading -------------------------------------------------------------------

    def load(self, keys: Iterable[RowKey]) -> None:
        by_table: dict[str, list[str]] = {}
        for key in keys:
            if key not in self.rows:
                self.rows[key] = None
                by_table.setdefault(key[0], []).append(key[1])
        for table, ids in by_table.items():
            model = SYNCED_MODELS[table]
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                for row in self.session.scalars(select(model).where(model.id.in_(chunk))):
                    self.rows[(table, row.id)] = row
                    self.clocks[(table, row.id)] = dict(row.clocks or {})
                history = select(
                    ChangeLog.row_id, ChangeLog.field, ChangeLog.hlc, ChangeLog.device, ChangeLog.base
                ).where(ChangeLog.table_name == table, ChangeLog.row_id.in_(chunk))
                for row_id, name, hlc, device, base in self.session.execute(history):
                    self._remember(table, row_id, name, stamp(hlc, device), base)
                deletes = select(
                    ChangeLog.row_id, ChangeLog.hlc, ChangeLog.device, ChangeLog.value, ChangeLog.base
                ).where(
                    ChangeLog.table_name == table,
                    ChangeLog.row_id.in_(chunk),
                    ChangeLog.field == "deleted",
                )
                for row_id, hlc, device, value, base in self.session.execute(deletes):
                    self.deletes[(table, row_id, stamp(hlc, device))] = (value, base)

    def _remember(self, table: str, row_id: str, name: str, clock: str, base: str | None) -> None:
        ident = (table, row_id, name, clock)
        self.known.add(ident)
        self.base_of[ident] = base
        if base is not None:
            self.has_child.add((table, row_id, name, base))

    # --- applying ------------------------------------------------------------------

    def _row(self, key: RowKey, hlc: str) -> Synced:
        row = self.rows.get(key)
        if row is not None:
            return row
        table, row_id = key
        model = SYNCED_MODELS[table]
        defaults = {name: column.default for name, column in _schema(table).items()}
        when = _iso(hlc)
        # Changes for a row may arrive before the change that created it (bundles
        # reordered): start from the defaults, and later changes fill in the rest.
        row = model(id=row_id, clocks={}, created_at=when, updated_at=when, **defaults)
        self.session.add(row)
        self.rows[key] = row
        self.clocks[key] = {}
        self.created.add(key)
        self.result.rows_created += 1
        return row

    def apply(self, change: Change, derived: list[Change] | None) -> None:
        table, row_id, name = change.table, change.row_id, change.field
        clock = stamp(change.hlc, change.device)
        if (table, row_id, name, clock) in self.known:
            return  # seen before: its effects are already here
        self._remember(table, row_id, name, clock, change.base)
        if name == "deleted":
            self.deletes[(table, row_id, clock)] = (change.value, change.base)
        self.log.append(
            {
                "table_name": table,
                "row_id": row_id,
                "field": name,
                "value": change.value,
                "hlc": change.hlc,
                "device": change.device,
                "base": change.base,
                "local": False,
            }
        )
        if derived is not None:  # derived conflict records are not news from the sender
            self.result.new += 1

        key = (table, row_id)
        row = self._row(key, change.hlc)
        clocks = self.clocks[key]
        current = clocks.get(name)
        is_text = derived is not None and name in TEXT_FIELDS.get(table, ())
        if current is None or clock > current:
            if is_text and current is not None:
                assert derived is not None
                self._conflict(
                    derived,
                    table,
                    row_id,
                    name,
                    lose=(current, getattr(row, name)),
                    win=(clock, change.value, change.base),
                )
            setattr(row, name, change.value)
            clocks[name] = clock
            self.dirty.add(key)
            if clock > self.newest.get(key, ""):
                self.newest[key] = clock
            if derived is not None:
                self.result.applied += 1
        elif clock < current and is_text:
            assert derived is not None
            self._conflict(
                derived,
                table,
                row_id,
                name,
                lose=(clock, change.value),
                win=(current, getattr(row, name), self.base_of.get((table, row_id, name, current))),
            )

    def _conflict(
        self,
        derived: list[Change],
        table: str,
        row_id: str,
        name: str,
        *,
        lose: tuple[str, Any],
        win: tuple[str, Any, str | None],
    ) -> None:
        lose_clock, lose_value = lose
        win_clock, win_value, win_base = win
        if lose_value in (None, "") or lose_value == win_value:
            return  # no words would be lost
        if (table, row_id, name, lose_clock) in self.has_child:
            return  # someone already edited on top of the losing text
        if self._descends(table, row_id, name, win_base, lose_clock):
            return  # the winner was written with the losing text in front of it
        derived.extend(_conflict_changes(table, row_id, name, lose_clock, lose_value, win_clock))

    def _descends(self, table: str, row_id: str, name: str, base: str | None, ancestor: str) -> bool:
        # Bases strictly decrease along the chain (a change is always stamped after the
        # value it replaced), so the walk ends. A link this device has not received
        # counts as "not descended": a spare conflict costs a click, a lost text costs more.
        while base is not None and base > ancestor:
            found = self.base_of.get((table, row_id, name, base), _MISSING)
            if found is _MISSING:
                return False
            base = found  # type: ignore[assignment]
        return base == ancestor

    def settle_deletes(self, derived: list[Change]) -> None:
        for key in sorted(self.dirty):
            table, row_id = key
            if table == Conflict.__tablename__:
                continue
            row = self.rows[key]
            assert row is not None
            clocks = self.clocks[key]
            delete_clock = clocks.get("deleted")
            if delete_clock is None:
                continue
            value, knew = self.deletes.get((table, row_id, delete_clock), (row.deleted, delete_clock))
            if value is not True:
                row.deleted = False
                continue
            knew = knew or delete_clock
            edited = max((c for f, c in clocks.items() if f != "deleted"), default=None)
            if edited is not None and edited > knew:
                row.deleted = False
                derived.extend(_conflict_changes(table, row_id, "deleted", delete_clock, True, edited))
            else:
                row.deleted = True

    # --- writing -------------------------------------------------------------------

    def flush(self) -> None:
        for key in self.dirty:
            row = self.rows[key]
            assert row is not None
            row.clocks = dict(self.clocks[key])  # a new dict, so SQLAlchemy sees the change
            newest = _iso(split_stamp(self.newest[key])[0])
            if key in self.created:
                row.created_at = min(row.created_at, newest)
            row.updated_at = max(row.updated_at or "", newest)
        self.session.flush()
        if self.log:
            self.session.execute(insert(ChangeLog), self.log)
        for key in sorted(self.created | self.dirty):
            row = self.rows[key]
            if key[0] == Conflict.__tablename__ and key in self.created:
                assert isinstance(row, Conflict)
                if row.resolution is None and not row.deleted:
                    self.result.conflicts.append(row.id)


def merge_changes(session: Session, changes: Sequence[Change]) -> MergeResult:
    """Apply ``changes`` inside the caller's transaction; ``MergeError`` before writing anything."""
    for change in changes:
        _check(change)
    merge = _Merge(session)
    merge.result.changes = len(changes)
    # Stamp order: a change's base is always applied before the change itself when both
    # are in the batch, so the chain of bases is complete when it is followed.
    ordered = sorted(changes, key=lambda c: (c.hlc, c.device, c.table, c.row_id, c.field))
    merge.load((c.table, c.row_id) for c in ordered)
    derived: list[Change] = []
    for change in ordered:
        merge.apply(change, derived)
    merge.settle_deletes(derived)
    if derived:
        derived.sort(key=lambda c: (c.hlc, c.device, c.row_id, c.field))
        merge.load((c.table, c.row_id) for c in derived)
        for change in derived:
            merge.apply(change, None)
    merge.flush()
    return merge.result
