"""The conflicts inbox: text that lost a concurrent edit, side by side with what won, and its resolution.

Each conflict has two sides: the value the record holds now, and the other value kept
in the conflict row. "Mine" is the side this device wrote when exactly one of the two
came from here (so an adviser whose own words lost sees them as "mine"); otherwise it
is the value the record shows now. "Theirs" is the other side.

Resolving is an ordinary change through the Recorder: the chosen text is written to the
record (with the record's current clock as its base, so it is a later edit, not a new
conflict), and the conflict's ``resolution`` is set. Both sync, so a conflict resolved
on one device is closed on every device.

A ``deleted`` conflict notes an edit that undid a concurrent delete: the record is
kept ("current" side, value False) and the delete is the other side (value True).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldguide.db.models import (
    SYNCED_MODELS,
    Action,
    Assessment,
    Bookmark,
    Checklist,
    ChecklistItem,
    Conflict,
    Note,
    Response,
    Section,
    Synced,
)
from fieldguide.i18n import _
from fieldguide.sync.changelog import Recorder, split_stamp
from fieldguide.sync.hlc import parse_hlc

__all__ = ["KEEP_CHOICES", "ConflictSide", "ConflictView", "find_conflict", "open_conflicts", "resolve"]

KEEP_CHOICES = ("mine", "theirs", "both")
Keep = Literal["mine", "theirs", "both"]

# Fields shown on one line: both versions are joined with " / " instead of paragraphs.
_ONE_LINE = {
    ("assessment", "title"),
    ("assessment", "country"),
    ("assessment", "mission"),
    ("action", "owner"),
    ("bookmark", "label"),
}
_MIN_PREFIX = 8


@dataclass(frozen=True)
class ConflictSide:
    value: Any
    device: str
    time: str  # ISO 8601, UTC, from the change's clock
    stamp: str
    this_device: bool
    current: bool  # the value the record holds now


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    row_id: str
    field: str
    kind: Literal["text", "delete"]
    record: str  # a short title of the record (its text, or what it is attached to)
    mine: ConflictSide
    theirs: ConflictSide
    resolution: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "table": self.table,
            "row": self.row_id,
            "field": self.field,
            "kind": self.kind,
            "record": self.record,
            "mine": self.mine.value,
            "theirs": self.theirs.value,
            "devices": {"mine": self.mine.device, "theirs": self.theirs.device},
            "times": {"mine": self.mine.time, "theirs": self.theirs.time},
            "current": "mine" if self.mine.current else "theirs",
        }


def stamp_time(clock: str) -> str:
    try:
        physical, _logical = parse_hlc(split_stamp(clock)[0])
    except ValueError:
        return ""
    return dt.datetime.fromtimestamp(physical / 1000, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _short(text: str, limit: int = 80) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _content_title(session: Session, kind: str, target_id: str) -> str:
    model = {"section": Section, "checklist": Checklist, "item": ChecklistItem}.get(kind)
    row = session.get(model, target_id) if model is not None else None
    if isinstance(row, ChecklistItem):
        return row.text
    if isinstance(row, (Section, Checklist)):
        return row.title
    return target_id


def _record_title(session: Session, row: Synced) -> str:
    if isinstance(row, Assessment):
        return _short(row.title)
    if isinstance(row, Response):
        assessment = session.get(Assessment, row.assessment_id)
        item = _content_title(session, "item", row.item_id)
        prefix = f"{_short(assessment.title, 40)} — " if assessment is not None else ""
        return prefix + _short(item, 60)
    if isinstance(row, Note):
        if row.target_kind == "assessment":
            assessment = session.get(Assessment, row.target_id)
            return _short(assessment.title if assessment else row.target_id)
        return _short(_content_title(session, row.target_kind, row.target_id))
    if isinstance(row, Action):
        return _short(row.text)
    if isinstance(row, Bookmark):
        return _short(row.label or _content_title(session, row.target_kind, row.target_id))
    return row.id


def _side(value: Any, clock: str, device_id: str, *, current: bool) -> ConflictSide:
    device = split_stamp(clock)[1]
    return ConflictSide(value, device, stamp_time(clock), clock, device == device_id, current)


def _view(session: Session, conflict: Conflict, device_id: str) -> ConflictView | None:
    model = SYNCED_MODELS.get(conflict.table_name)
    if model is None or model is Conflict:
        return None  # not yet complete here: the rest of it is on its way
    row = session.get(model, conflict.row_id)
    if row is None or (conflict.field != "deleted" and conflict.field not in row.SYNCED_FIELDS):
        return None
    if conflict.field == "deleted":
        kind: Literal["text", "delete"] = "delete"
        current = _side(False, conflict.winning_clock, device_id, current=True)
        other = _side(True, conflict.losing_clock, device_id, current=False)
    else:
        kind = "text"
        clock = (row.clocks or {}).get(conflict.field, conflict.winning_clock)
        current = _side(getattr(row, conflict.field), clock, device_id, current=True)
        other = _side(conflict.losing_value, conflict.losing_clock, device_id, current=False)
    if other.this_device and not current.this_device:
        mine, theirs = other, current
    else:
        mine, theirs = current, other
    return ConflictView(
        id=conflict.id,
        table=conflict.table_name,
        row_id=conflict.row_id,
        field=conflict.field,
        kind=kind,
        record=_record_title(session, row),
        mine=mine,
        theirs=theirs,
        resolution=conflict.resolution,
    )


def open_conflicts(session: Session, device_id: str) -> list[ConflictView]:
    """Unresolved conflicts, oldest losing edit first."""
    rows = session.scalars(
        select(Conflict)
        .where(Conflict.resolution.is_(None), Conflict.deleted.is_(False))
        .order_by(Conflict.losing_clock, Conflict.id)
    )
    views = (_view(session, row, device_id) for row in rows)
    return [view for view in views if view is not None]


def count_open(session: Session, device_id: str) -> int:
    return len(open_conflicts(session, device_id))


class ConflictNotFound(LookupError):
    pass


def find_conflict(session: Session, text: str) -> Conflict:
    """The conflict with this id or unambiguous prefix (at least eight characters)."""
    text = text.strip().lower()
    row = session.get(Conflict, text)
    if row is not None:
        return row
    if len(text) >= _MIN_PREFIX:
        matches = list(session.scalars(select(Conflict).where(Conflict.id.startswith(text)).limit(2)))
        if len(matches) == 1:
            return matches[0]
    raise ConflictNotFound(text)


def _joined(table: str, field_name: str, first: ConflictSide, second: ConflictSide) -> Any:
    a, b = str(first.value or ""), str(second.value or "")
    if not a:
        return b
    if not b:
        return a
    if (table, field_name) in _ONE_LINE:
        return f"{a} / {b}"
    label = _("other version, from device %s at %s") % (second.device[:8], second.time.replace("T", " "))
    return f"{a}\n\n---- {label} ----\n\n{b}"


def resolve(
    session: Session, recorder: Recorder, conflict: Conflict, keep: Keep, device_id: str
) -> tuple[ConflictView, Any]:
    """Apply the user's choice; returns the conflict as it was shown and the value kept.

    Raises ``ValueError`` for a conflict that is already resolved or not complete here.
    """
    view = _view(session, conflict, device_id)
    if view is None:
        raise ValueError(_("this conflict has not fully arrived on this device yet; sync again"))
    if conflict.resolution is not None:
        raise ValueError(_("this conflict is already resolved (%s)") % conflict.resolution)
    model = SYNCED_MODELS[conflict.table_name]
    row = session.get(model, conflict.row_id)
    assert row is not None
    chosen = {"mine": view.mine, "theirs": view.theirs}.get(keep)
    if view.kind == "delete":
        if chosen is not None and chosen.value is True:
            recorder.delete(session, row)
            kept: Any = True
        else:
            if row.deleted:
                recorder.restore(session, row)
            kept = False
    else:
        kept = chosen.value if chosen is not None else _joined(view.table, view.field, view.mine, view.theirs)
        recorder.update(session, row, {view.field: kept})
    if keep == "both":
        resolution = "both"
    else:
        assert chosen is not None
        resolution = "current" if chosen.current else "other"
    recorder.update(session, conflict, {"resolution": resolution})
    return view, kept
