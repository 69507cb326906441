"""Apply received field states: validate everything first, then merge each field's state.

A bundle carries, for each field it names, that field's whole state as the sender had it
(``sync.state``): the live versions and the version vector of what it had seen. Merging
is the state merge, so applying a bundle twice, or bundles in any order, or the same
change by two routes, ends in the same state on every device. Nothing is applied from
a batch that holds one invalid entry (``MergeError``, raised before any write).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldguide.courtesy import let_others_run
from fieldguide.db.models import SYNCED_MODELS, WHOLE_ROW, Synced
from fieldguide.i18n import _
from fieldguide.sync.hlc import validate_hlc
from fieldguide.sync.rows import default_value, put_state, settle_many, state_of
from fieldguide.sync.state import FieldState, Sibling, Vector, new_state, seen, slot_setters
from fieldguide.sync.validate import PURGEABLE, Rules, is_row_id

__all__ = [
    "CheckedBatch",
    "Entry",
    "MergeError",
    "MergeResult",
    "Share",
    "check_entry",
    "checking_share",
    "checking_stage",
    "in_row_order",
    "merge_changes",
    "merge_checked",
    "new_entry",
]

_CHUNK = 500
#: Entries between two progress reports: often enough for a bar to move during a first
#: full sync (hundreds of thousands of entries), rarely enough to cost nothing.
_REPORT_EVERY = 2_000

#: The change-log row of a merged field: table, row id, field, and the shown version's
#: clock and device (what ``insert(ChangeLog)`` would write for a received field).
LogRow = tuple[str, str, str, str, str]

#: Progress within one batch, as the share done (0.0 to 1.0).
Share = Callable[[float], None]

# Where each stage of a batch ends, as a share of the whole (measured on a first full
# sync of a year's profile: checking about a sixth, merging a third, the rest writing).
_CHECKED, _MERGED, _SETTLED = 0.15, 0.5, 0.75


class MergeError(Exception):
    """The changes cannot be applied; nothing was. ``kind`` as in ``BundleError``."""

    def __init__(self, kind: Literal["damaged", "newer", "invalid"], message: str, what: str = "") -> None:
        self.kind = kind
        self.what = what  # for "invalid": which field (table.field)
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class Entry:
    """One field of one row, as the sending device held it."""

    table: str
    row_id: str
    field: str
    state: FieldState


_set_table, _set_row_id, _set_field, _set_state = slot_setters(Entry, "table", "row_id", "field", "state")
_new = object.__new__


def new_entry(table: str, row_id: str, name: str, ctx: Vector, siblings: tuple[Sibling, ...]) -> Entry:
    """``Entry(table, row_id, name, FieldState(ctx, siblings))``, built faster (as
    ``state.new_sibling``)."""
    entry = _new(Entry)
    _set_table(entry, table)
    _set_row_id(entry, row_id)
    _set_field(entry, name)
    _set_state(entry, new_state(ctx, siblings))
    return entry


@dataclass
class MergeResult:
    changes: int = 0  # entries in the batch
    new: int = 0  # entries that taught this device something
    applied: int = 0  # fields whose shown value changed here
    rows_created: int = 0
    conflicts: list[str] = field(default_factory=list)  # conflicts opened here by this batch
    purged: list[tuple[str, str, str]] = field(default_factory=list)  # (table, row, field) purges learnt


@dataclass
class _Valid:
    """What ``check_entry`` already found well-formed in a batch: a write's clock and its
    device stamp hundreds of fields, a row id its every field."""

    row_ids: set[str] = field(default_factory=set)
    clocks: set[str] = field(default_factory=set)
    pairs: set[tuple[str, str]] = field(default_factory=set)  # (device, clock) of vectors


def check_entry(entry: Entry, rules: Rules, valid: _Valid | None = None) -> None:
    """Raise ``MergeError`` unless the entry is one this version of Field Guide could have written.

    ``valid`` remembers, across a batch, what has been found well-formed already."""
    model = SYNCED_MODELS.get(entry.table)
    if model is None or entry.field not in model.SYNCED_FIELDS:
        what = entry.table if model is None else f"{entry.table}.{entry.field}"
        message = _(
            "it holds data this version of Field Guide does not know (%s); update Field Guide to apply it"
        )
        raise MergeError("newer", message % what)
    if valid is None:
        valid = _Valid()
    if entry.row_id not in valid.row_ids:
        if not is_row_id(entry.row_id):
            raise MergeError(
                "invalid", _("it carries an invalid value (%s)") % f"{entry.table} id", f"{entry.table} id"
            )
        valid.row_ids.add(entry.row_id)
    state = entry.state
    try:
        for pair in state.ctx.items():
            if pair not in valid.pairs:
                device, hlc = pair
                validate_hlc(hlc)
                if type(device) is not str or not 0 < len(device) <= 200:
                    raise ValueError(device)
                valid.pairs.add(pair)
        for sibling in state.siblings:
            if sibling.hlc not in valid.clocks:
                validate_hlc(sibling.hlc)
                valid.clocks.add(sibling.hlc)
            if not seen(state.ctx, sibling.hlc, sibling.device):
                raise ValueError("a version its own state has not seen")
            if sibling.knows is not None:
                # On a delete: what the deleting device had seen; on a purgeable text
                # field: the versions a purge erased (sync.purge).
                if (entry.field == "deleted") != (sibling.value is True) or (
                    entry.field != "deleted" and (entry.table, entry.field) not in PURGEABLE
                ):
                    raise ValueError("knowledge on a value that is neither a delete nor a purge")
                for hlc in sibling.knows.values():
                    validate_hlc(hlc)
    except (TypeError, ValueError):
        raise MergeError("damaged", _("the bundle is damaged or altered (malformed change)")) from None
    rule = rules.get(entry.table, {}).get(entry.field)
    for sibling in state.siblings:
        if rule is None or not rule(sibling.value):
            where = f"{entry.table}.{entry.field}"
            raise MergeError("invalid", _("it carries an invalid value (%s)") % where, where)


def _learnt_purge(old: FieldState, new: FieldState) -> bool:
    """Whether ``new`` erases versions that ``old``'s purges had not (a purge arrived)."""
    before = old.purged_through()
    return any(not seen(before, hlc, device) for device, hlc in new.purged_through().items())


def _load(
    session: Session, keys: Iterable[tuple[str, str]], rows: dict[tuple[str, str], Synced | None]
) -> None:
    by_table: dict[str, list[str]] = {}
    for key in keys:
        if key not in rows:
            rows[key] = None
            by_table.setdefault(key[0], []).append(key[1])
    for table, ids in by_table.items():
        model = SYNCED_MODELS[table]
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for row in session.scalars(select(model).where(model.id.in_(chunk))):
                rows[(table, row.id)] = row


def _placeholder(session: Session, table: str, row_id: str) -> Synced:
    # Changes for a row may arrive before its creation (bundles out of order): it stays
    # hidden (``settle``) until the creation arrives.
    model = SYNCED_MODELS[table]
    values: dict[str, Any] = {name: default_value(table, name) for name in model.SYNCED_FIELDS}
    values["deleted"] = True
    row = model(id=row_id, clocks={}, created_at="", updated_at="", **values)
    session.add(row)
    return row


def _forward(progress: Share | None) -> Share | None:
    """``progress`` that only ever moves forward (the bulk and ordinary paths each report
    their stages; a bar must not jump back between them)."""
    if progress is None:
        return None
    report = progress
    best = -1.0

    def forward(share: float) -> None:
        nonlocal best
        if share > best:
            best = share
            report(share)

    return forward


def _stage(progress: Share | None, start: float, end: float, total: int) -> Callable[[int], None]:
    """Report, as a share between ``start`` and ``end``, each time the count of ``total``
    items done passes another ``_REPORT_EVERY`` (counted one by one, or a row's at a time)."""
    if progress is None:
        return lambda index: None
    report = progress
    due = _REPORT_EVERY

    def step(index: int) -> None:
        nonlocal due
        if index >= due:
            due = (index // _REPORT_EVERY + 1) * _REPORT_EVERY
            report(start + (end - start) * index / total)

    return step


@dataclass(frozen=True, slots=True)
class CheckedBatch:
    """A batch whose every entry has been through ``check_entry``'s conditions, grouped by row.

    A received bundle is checked while it is decoded (``sync.intake``), before its
    signatures are; so a refusal found there is kept here and raised by ``merge_checked``,
    where ``merge_changes`` raises it: a bad signature is reported before an invalid value."""

    rows_of: dict[tuple[str, str], list[Entry]]  # ``in_row_order``
    count: int  # entries in the batch
    refusal: MergeError | None = None  # the first entry refused, in the batch's order


def in_row_order(grouped: dict[tuple[str, str], list[Entry]]) -> dict[tuple[str, str], list[Entry]]:
    """Rows in (table, id) order, each row's entries in field order (sorted in place; a
    stable sort: a field sent twice keeps its order): the order of sorting every entry by
    (table, row, field), at a fraction of its cost when they are a million."""
    by_field = _BY_FIELD
    for group in grouped.values():
        if len(group) > 1:
            group.sort(key=by_field)
    return {key: grouped[key] for key in sorted(grouped)}


_BY_FIELD = attrgetter("field")


def checking_stage(progress: Share | None, total: int) -> Callable[[int], None]:
    """The checking share of a batch of ``total`` entries (``merge_changes`` reports it
    while it checks; a received bundle while it is decoded and checked, ``sync.intake``):
    told how many entries are done now and then."""
    return _stage(progress, 0.0, _CHECKED, total)


def checking_share(progress: Share | None) -> Callable[[float], None]:
    """The checking share of a batch whose size is not known yet (a received bundle read
    as it decompresses, ``sync.bundle``): told the share of its reading done, and
    reporting it each hundredth."""
    whole = 100 * _REPORT_EVERY
    step = _stage(progress, 0.0, _CHECKED, whole)
    return lambda share: step(int(share * whole))


def merge_changes(
    session: Session,
    entries: Sequence[Entry],
    rules: Rules,
    progress: Share | None = None,
    *,
    bulk: bool = True,
) -> MergeResult:
    """Apply ``entries`` inside the caller's transaction; ``MergeError`` before writing anything.

    Rows this device has never held are merged and written in bulk (``sync.bulk``; a
    first full sync is nearly all of them); ``bulk=False`` takes the ordinary path for
    every row (the tests compare both). ``progress`` hears the share done now and then
    (from the worker's thread), never going back."""
    progress = _forward(progress)
    checking = checking_stage(progress, len(entries))
    valid = _Valid()
    grouped: dict[tuple[str, str], list[Entry]] = {}
    for index, entry in enumerate(entries):
        let_others_run()  # thousands of entries: the window's keystrokes get through
        checking(index)
        check_entry(entry, rules, valid)
        key = (entry.table, entry.row_id)
        group = grouped.get(key)
        if group is None:
            grouped[key] = [entry]
        else:
            group.append(entry)
    return _merge_rows(session, CheckedBatch(in_row_order(grouped), len(entries)), progress, bulk)


def merge_checked(
    session: Session, batch: CheckedBatch, progress: Share | None = None, *, bulk: bool = True
) -> MergeResult:
    """``merge_changes`` for a batch checked already (a received bundle: ``sync.intake``):
    its refusal, if it holds one, is raised here before anything is written. The batch
    is spent once merging begins: its rows (``rows_of``) are let go as they are written."""
    if batch.refusal is not None:
        raise batch.refusal
    return _merge_rows(session, batch, _forward(progress), bulk)


def _merge_rows(session: Session, batch: CheckedBatch, progress: Share | None, bulk: bool) -> MergeResult:
    if progress is not None:
        progress(_CHECKED)
    result = MergeResult(changes=batch.count)
    rows_of = batch.rows_of
    log: list[LogRow] = []
    if bulk:
        ordered = _apply_fresh(session, rows_of, result, log, progress)
    else:
        ordered = [e for group in rows_of.values() for e in group]
    fresh_log = len(log)
    rows: dict[tuple[str, str], Synced | None] = {}
    created: dict[tuple[str, str], tuple[str, str]] = {}  # rows new here: their newest version
    _load(session, ((e.table, e.row_id) for e in ordered), rows)
    touched: dict[tuple[str, str], Synced] = {}
    merging = _stage(progress, _CHECKED, _MERGED, len(ordered))
    for index, entry in enumerate(ordered):
        let_others_run()
        merging(index)
        key = (entry.table, entry.row_id)
        row = rows[key]
        old = state_of(row, entry.field) if row is not None else FieldState()
        new = old.merge(entry.state)
        if new == old:
            continue
        if row is None:
            row = rows[key] = _placeholder(session, entry.table, entry.row_id)
            result.rows_created += 1
            created[key] = ("", "")
        before = getattr(row, entry.field)
        put_state(row, entry.field, new)
        if entry.field != "deleted" and _learnt_purge(old, new):
            result.purged.append((entry.table, entry.row_id, entry.field))
        touched[key] = row
        result.new += 1
        if entry.field != "deleted" and getattr(row, entry.field) != before:
            result.applied += 1
        winner = new.winner
        dot = (winner.hlc, winner.device) if winner else ("", "")
        newest = created.get(key)
        if newest is not None:  # one entry for the whole row (``WHOLE_ROW``), written below
            created[key] = max(newest, dot)
        else:
            log.append((entry.table, entry.row_id, entry.field, *dot))
    log += [(table, row_id, WHOLE_ROW, *dot) for (table, row_id), dot in created.items()]
    if touched:
        if progress is not None:
            progress(_MERGED)
        result.conflicts = sorted(
            result.conflicts + settle_many(session, [touched[key] for key in sorted(touched)])
        )
        if progress is not None:
            progress(_SETTLED)
        session.flush()
    if log:
        # One order whichever path merged a field: the log's seq order is what later
        # exports walk. The bulk path's rows are in order already.
        if fresh_log < len(log):
            log.sort(key=itemgetter(0, 1, 2))
        _insert_log(session, log)
    if progress is not None:
        progress(1.0)
    return result


def _apply_fresh(
    session: Session,
    rows_of: dict[tuple[str, str], list[Entry]],
    result: MergeResult,
    log: list[LogRow],
    progress: Share | None,
) -> list[Entry]:
    """Write the rows new to this device in bulk (``sync.bulk``); return the other entries."""
    from fieldguide.sync import bulk

    total = sum(len(group) for group in rows_of.values())
    fresh, rest = bulk.split(session, rows_of, _stage(progress, _CHECKED, _MERGED, total))
    if not fresh:
        return rest
    # The entries of the rows merged here are let go (their states are the rows' now; the
    # batch is spent, ``merge_checked``): a first full sync holds a million.
    if len(fresh) == len(rows_of):
        rows_of.clear()
    else:
        for row in fresh:
            del rows_of[(row.table, row.row_id)]
    for row in fresh:
        result.new += row.new
        result.applied += row.applied
        result.purged += [(row.table, row.row_id, name) for name in row.purged]
        log.append((row.table, row.row_id, WHOLE_ROW, *row.logged))
    result.rows_created += len(fresh)
    report = progress

    def within(done: float) -> None:
        if report is not None:
            report(_MERGED + (_SETTLED - _MERGED) * done)

    result.conflicts += bulk.write(session, fresh, within)
    return rest


def _insert_log(session: Session, log: list[LogRow]) -> None:
    """The change-log rows of merged fields, as ``insert(ChangeLog)`` writes them (a
    received field's ``value`` is JSON null, ``local`` false; a row new here is one
    ``WHOLE_ROW`` entry), thousands per statement."""
    connection = session.connection()
    for start in range(0, len(log), 5_000):
        let_others_run()
        connection.exec_driver_sql(
            "INSERT INTO change_log (table_name, row_id, field, value, hlc, device, base, local) "
            "VALUES (?, ?, ?, 'null', ?, ?, NULL, 0)",
            log[start : start + 5_000],
        )
