"""The one way user data is written: set fields, stamp their clocks, append to the change log.

Services call `Recorder.create/update/delete` inside their own transaction, so
a use case's row changes and its change-log entries commit (or vanish)
together. Each changed field gets a new hybrid-logical-clock stamp
`"<hlc>@<device>"`; because the HLC part is fixed-width, comparing stamps as
strings compares (HLC, device id), the merge rule of the design.

Two rules keep deletes mergeable (see `sync.merge`):

- A change that sets `deleted` to True records as its `base` the newest clock of the
  row's other fields, i.e. what the deleting device knew of the record. A field edit
  newer than that was made without knowledge of the delete, so on every device it
  wins and the record comes back.
- Editing a field of a deleted row restores the row in the same change: a device
  never holds an edit newer than its own tombstone while still calling the row
  deleted, which is exactly what every other device would conclude from the rule above.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from fieldguide.db.models import ChangeLog, Meta, Synced
from fieldguide.sync.compaction import sent_through, supersede
from fieldguide.sync.hlc import HybridClock

HLC_META_KEY = "hlc"
DEVICE_META_KEY = "device_id"

# Namespace for ids that every device must derive alike (a response per assessment × item).
ID_NAMESPACE = uuid.UUID("8a3f9a52-5b7e-4f0e-9a57-2f6f3d3f9c10")

T = TypeVar("T", bound=Synced)


def stamp(hlc: str, device: str) -> str:
    return f"{hlc}@{device}"


def split_stamp(value: str) -> tuple[str, str]:
    hlc, _, device = value.partition("@")
    return hlc, device


def derived_id(*parts: str) -> str:
    """A UUID every device computes the same way from the same parts."""
    return str(uuid.uuid5(ID_NAMESPACE, "\x1f".join(parts)))


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _plain(value: Any) -> Any:
    """A JSON-able copy, so the log and the row never share a mutable list."""
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _stored_hlc(session: Session) -> str | None:
    # Core statements, not the ORM: several ticks in one transaction (a use case that
    # creates many rows) must each see the last one, even under no_autoflush.
    return session.execute(select(Meta.value).where(Meta.key == HLC_META_KEY)).scalar()


def _store_hlc(session: Session, value: str) -> None:
    statement = sqlite_insert(Meta).values(key=HLC_META_KEY, value=value)
    session.execute(statement.on_conflict_do_update(index_elements=[Meta.key], set_={"value": value}))


class Recorder:
    def __init__(self, device_id: str) -> None:
        self.device_id = device_id
        self.clock = HybridClock(device_id)

    def tick(self, session: Session) -> str:
        """A new clock value, never behind what any process wrote to this profile before."""
        stored = _stored_hlc(session)
        if stored is not None:
            # Our own last stamp (perhaps from another process on this profile): catch up
            # with it unconditionally; the future-date guard is for other devices' clocks.
            self.clock.advance_to(stored)
        value = self.clock.tick()
        _store_hlc(session, value)
        return value

    def remember(self, session: Session, hlc: str) -> None:
        """Persist a timestamp observed from another device (already checked for drift),
        so the next edit in any process on this profile is stamped after it."""
        stored = _stored_hlc(session)
        if stored is None or stored < hlc:
            _store_hlc(session, hlc)

    def create(
        self, session: Session, model: type[T], values: dict[str, Any], *, row_id: str | None = None
    ) -> T:
        row = model(id=row_id or str(uuid.uuid4()), clocks={}, deleted=False)
        row.created_at = row.updated_at = now_iso()
        defaults = {
            name: column.default.arg
            for name, column in model.__table__.columns.items()  # type: ignore[attr-defined]
            if column.default is not None and not callable(column.default.arg)
        }
        for name in model.SYNCED_FIELDS:
            if name != "deleted" and name not in values and name in defaults:
                values = {**values, name: _plain(defaults[name])}
        with session.no_autoflush:  # the row is complete only once every field is set
            session.add(row)
            self._apply(session, row, {"deleted": False, **values}, force=True)
        return row

    def update(self, session: Session, row: Synced, values: dict[str, Any]) -> list[str]:
        """Set the fields that really change; returns their names."""
        return self._apply(session, row, values, force=False)

    def delete(self, session: Session, row: Synced) -> None:
        self._apply(session, row, {"deleted": True}, force=False)

    def restore(self, session: Session, row: Synced) -> None:
        self._apply(session, row, {"deleted": False}, force=False)

    def _apply(self, session: Session, row: Synced, values: dict[str, Any], *, force: bool) -> list[str]:
        unknown = set(values) - set(row.SYNCED_FIELDS)
        if unknown:
            raise ValueError(f"{type(row).__name__} has no synced field(s) {sorted(unknown)}")
        changed = [
            name for name, value in values.items() if force or _plain(getattr(row, name)) != _plain(value)
        ]
        if not changed:
            return []
        if row.deleted and "deleted" not in values and not force:
            values = {**values, "deleted": False}
            changed.append("deleted")
        hlc = self.tick(session)
        clock = stamp(hlc, self.device_id)
        old_clocks = dict(row.clocks or {})
        clocks = dict(old_clocks)
        for name in changed:
            clocks[name] = clock
        sent = sent_through(session) if not force else 0
        for name in changed:
            value = _plain(values[name])
            setattr(row, name, value)
            base = old_clocks.get(name)
            if not force:  # an autosave replaces this device's unsent change to the field
                base = supersede(session, row.__tablename__, row.id, name, base, sent)  # type: ignore[attr-defined]
            if name == "deleted" and value is True:
                base = max((c for f, c in clocks.items() if f != "deleted"), default=None)
            session.add(
                ChangeLog(
                    table_name=row.__tablename__,  # type: ignore[attr-defined]
                    row_id=row.id,
                    field=name,
                    value=value,
                    hlc=hlc,
                    device=self.device_id,
                    base=base,
                    local=True,
                )
            )
        row.clocks = clocks  # a new dict, so SQLAlchemy sees the JSON change
        row.updated_at = now_iso()
        return changed
