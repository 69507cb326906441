"""The one way user data is written: set fields, record their versions, append to the change log.

Services call `Recorder.create/update/delete` inside their own transaction, so a use
case's row changes and its change-log entries commit (or vanish) together. Each
changed field gets a new version stamped with this device and a hybrid-logical-clock
time; the field's state (``sync.state``) records which versions it has seen, which is
what tells a later edit from a concurrent one on every device.

The change log is the journal of which fields changed, in order (``seq``): a bundle
carries the current state of each field changed since the peer last heard from this
device, so intermediate autosaves never travel.

Editing a field of a deleted row restores the row in the same change: a device never
holds an edit that its own tombstone hides.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from fieldguide.db.models import ChangeLog, Meta, Synced
from fieldguide.sync.compaction import drop_unsent, sent_through
from fieldguide.sync.hlc import HybridClock
from fieldguide.sync.state import Sibling

if TYPE_CHECKING:
    from fieldguide.sync.devicekeys import DeviceKeys

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
        self._keys: DeviceKeys | None = None

    def keys(self, session: Session) -> DeviceKeys:
        """This device's keys, read from the profile once (they sign every write)."""
        if self._keys is None:
            from fieldguide.sync.devicekeys import load_or_create

            self._keys = load_or_create(session)
        return self._keys

    def sign(self, session: Session, hlc: str, leaves: list[bytes]) -> None:
        """Sign one write at the time it is made, so exporting never signs anything."""
        from fieldguide.sync.keyring import put_proofs
        from fieldguide.sync.signing import sign_write

        proof = sign_write(self.keys(session), self.device_id, hlc, leaves)
        put_proofs(session, {(self.device_id, hlc): proof})

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
        from fieldguide.sync.rows import default_value

        row = model(id=row_id or str(uuid.uuid4()), clocks={}, deleted=False)
        row.created_at = row.updated_at = now_iso()
        table = model.__tablename__  # type: ignore[attr-defined]
        # Defaults are not edits: only the values given get versions, so two devices that
        # create the same derived row (an answer to the same item) never disagree about
        # fields neither of them touched.
        for name in model.SYNCED_FIELDS:
            if name not in values:
                setattr(row, name, _plain(default_value(table, name)))
        with session.no_autoflush:  # the row is complete only once every field is set
            session.add(row)
            self._apply(session, row, {"deleted": False, **values}, force=True)
        return row

    def update(self, session: Session, row: Synced, values: dict[str, Any]) -> list[str]:
        """Set the fields that really change; returns their names.

        Where a field's versions disagree, the edit replaces the version shown and the
        other versions stay in the conflict (nobody saw them being replaced)."""
        return self._apply(session, row, values, force=False)

    def resolve(self, session: Session, row: Synced, values: dict[str, Any]) -> list[str]:
        """Set fields replacing every live version: closes their conflicts everywhere."""
        return self._apply(session, row, values, force=True, resolution=True)

    def purge(self, session: Session, row: Synced, name: str, value: str) -> str:
        """Replace every version of a text field by ``value``, recording in the new version
        which versions it erased (``sync.purge``); returns the purge's clock."""
        from fieldguide.sync.rows import put_state, settle, standing_deletes, state_of
        from fieldguide.sync.signing import leaf

        table = row.__tablename__  # type: ignore[attr-defined]
        hlc = self.tick(session)
        state = state_of(row, name)
        erased = state.ctx or {self.device_id: hlc}
        put_state(row, name, state.write(hlc, self.device_id, value, replace_all=True, knows=dict(erased)))
        # Signed when made, as every write: teammates apply a purge only from its author.
        written = Sibling(hlc, self.device_id, value, dict(erased))
        self.sign(session, hlc, [leaf(table, row.id, name, written)])
        session.add(
            ChangeLog(
                table_name=table, row_id=row.id, field=name, value=value,
                hlc=hlc, device=self.device_id, base=None, local=True,
            )
        )
        # A purge erases; it is not an edit that contests a delete (sync.rows). Each delete
        # standing over the text (its record's, its assessment's) is made again, knowing the
        # purge, so the record stays in the bin here and on every device that receives both.
        for binned in standing_deletes(session, row):
            self._apply(session, binned, {"deleted": True}, force=True)
        settle(session, row)
        return hlc

    def delete(self, session: Session, row: Synced) -> None:
        self._apply(session, row, {"deleted": True}, force=False)

    def restore(self, session: Session, row: Synced) -> None:
        self._apply(session, row, {"deleted": False}, force=False)

    def _apply(
        self, session: Session, row: Synced, values: dict[str, Any], *, force: bool, resolution: bool = False
    ) -> list[str]:
        from fieldguide.sync.rows import delete_knowledge, put_state, settle, state_of
        from fieldguide.sync.signing import leaf

        unknown = set(values) - set(row.SYNCED_FIELDS)
        if unknown:
            raise ValueError(f"{type(row).__name__} has no synced field(s) {sorted(unknown)}")
        changed = [
            name for name, value in values.items() if force or _plain(getattr(row, name)) != _plain(value)
        ]
        if "deleted" in values and "deleted" not in changed:
            # The column shows visibility; the state may still hold another choice
            # (a delete that an unseen edit contests): a choice made now settles it.
            state = state_of(row, "deleted")
            if state.winner is None or state.winner.value != values["deleted"] or len(state.siblings) > 1:
                changed.append("deleted")
        if not changed:
            return []
        if row.deleted and "deleted" not in values and not force:
            values = {**values, "deleted": False}
            changed.append("deleted")
        hlc = self.tick(session)
        table = row.__tablename__  # type: ignore[attr-defined]
        sent = sent_through(session) if not force else 0
        leaves: list[bytes] = []
        for name in dict.fromkeys(changed):
            value = _plain(values[name])
            if not force and name != "deleted":
                # An autosave replaces this device's unsent entry for the field: a bundle
                # carries the field's state anyway, so the journal needs only the last.
                drop_unsent(session, table, row.id, name, sent)
            state = state_of(row, name)
            if name == "deleted":
                knows = delete_knowledge(session, row) if value is True else None
            else:
                # After a purge, every version carries what it erased (sync.purge).
                knows = state.purged_through() or None
            # A delete or a restore is a choice about the whole record: it replaces every version.
            replace_all = resolution or name == "deleted" or not state.in_conflict
            written = state.write(hlc, self.device_id, value, replace_all=replace_all, knows=knows)
            put_state(row, name, written)
            leaves.append(leaf(table, row.id, name, Sibling(hlc, self.device_id, value, knows)))
            session.add(
                ChangeLog(
                    table_name=table,
                    row_id=row.id,
                    field=name,
                    value=value,
                    hlc=hlc,
                    device=self.device_id,
                    base=None,
                    local=True,
                )
            )
        self.sign(session, hlc, leaves)
        settle(session, row)
        return changed
