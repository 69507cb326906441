"""Conflicts: a field whose live versions disagree, or a delete that missed an edit.

A conflict is read from the field's state (``sync.state``): the version shown and the
other live versions, each with the device that wrote it and when. "Mine" is the version
written on this device when exactly one was, otherwise the version shown; "theirs" is
the newest other one.

Resolving is an ordinary change through the Recorder that replaces every live version,
so it closes the conflict wherever it arrives and, having seen every version, raises no
new one. A delete conflict is settled by keeping the record or deleting it again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
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
from fieldguide.sync.changelog import Recorder
from fieldguide.sync.hlc import parse_hlc
from fieldguide.sync.rows import state_of
from fieldguide.sync.state import Sibling

__all__ = [
    "KEEP_CHOICES",
    "TEXT_FIELDS",
    "ConflictSide",
    "ConflictView",
    "count_open",
    "find_conflict",
    "open_conflicts",
    "resolve",
]

KEEP_CHOICES = ("mine", "theirs", "both")
Keep = Literal["mine", "theirs", "both"]
Label = Callable[[str], str]

#: Fields holding people's words: "keep both" joins their versions.
TEXT_FIELDS: dict[str, frozenset[str]] = {
    "assessment": frozenset({"title", "country", "mission", "summary"}),
    "response": frozenset({"note", "evidence"}),
    "note": frozenset({"body"}),
    "action": frozenset({"text", "owner"}),
    "bookmark": frozenset({"label"}),
}
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
    device_name: str
    time: str  # ISO 8601, UTC, from the version's clock
    stamp: str
    this_device: bool
    current: bool  # the value the record shows now


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    row_id: str
    field: str
    kind: Literal["text", "value", "delete"]
    record: str  # a short title of the record
    assessment_id: str | None  # where it lives, for the window to mark it
    mine: ConflictSide
    theirs: ConflictSide
    versions: tuple[ConflictSide, ...]  # every live version, the one shown first

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "table": self.table,
            "row": self.row_id,
            "field": self.field,
            "kind": self.kind,
            "record": self.record,
            "assessment": self.assessment_id,
            "mine": self.mine.value,
            "theirs": self.theirs.value,
            "devices": {"mine": self.mine.device_name, "theirs": self.theirs.device_name},
            "device_ids": {"mine": self.mine.device, "theirs": self.theirs.device},
            "times": {"mine": self.mine.time, "theirs": self.theirs.time},
            "current": "mine" if self.mine.current else "theirs",
            "versions": len(self.versions),
        }


def stamp_time(hlc: str) -> str:
    try:
        physical, _logical = parse_hlc(hlc)
    except ValueError:
        return ""
    return dt.datetime.fromtimestamp(physical / 1000, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_time(hlc: str) -> str:
    """A version's time on this computer's clock face, for people."""
    physical, _logical = parse_hlc(hlc)
    return dt.datetime.fromtimestamp(physical / 1000, dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


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


def record_title(session: Session, row: Synced) -> str:
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


def _plain_label(device: str) -> str:
    return _("a device (%s)") % device[:8]


def _side(
    sibling: Sibling, device_id: str, label: Label, *, current: bool, value: Any = None
) -> ConflictSide:
    shown = sibling.value if value is None else value
    return ConflictSide(
        shown,
        sibling.device,
        label(sibling.device),
        stamp_time(sibling.hlc),
        sibling.stamp,
        sibling.device == device_id,
        current,
    )


def _delete_sides(session: Session, row: Synced, device_id: str, label: Label) -> list[ConflictSide]:
    state = state_of(row, "deleted")
    deletes = [s for s in state.siblings if s.value is True]
    keeps = [s for s in state.siblings if s.value is False]
    if keeps:
        kept = max(keeps, key=lambda s: s.dot)
    else:
        # The edit the delete had not seen: the newest version anywhere in the record.
        newest: Sibling | None = None
        for name in row.clocks or {}:
            if name == "deleted":
                continue
            for sibling in state_of(row, name).siblings:
                if newest is None or sibling.dot > newest.dot:
                    newest = sibling
        kept = newest or max(deletes, key=lambda s: s.dot)
    deleted = max(deletes, key=lambda s: s.dot) if deletes else kept
    return [
        _side(kept, device_id, label, current=True, value=False),
        _side(deleted, device_id, label, current=False, value=True),
    ]


def view(
    session: Session, conflict: Conflict, device_id: str, label: Label = _plain_label
) -> ConflictView | None:
    model = SYNCED_MODELS.get(conflict.table_name)
    row = session.get(model, conflict.row_id) if model is not None else None
    if row is None:
        return None
    if conflict.field == "deleted":
        kind: Literal["text", "value", "delete"] = "delete"
        sides = _delete_sides(session, row, device_id, label)
    else:
        state = state_of(row, conflict.field)
        winner = state.winner
        if winner is None or not state.in_conflict:
            return None
        kind = "text" if conflict.field in TEXT_FIELDS.get(conflict.table_name, ()) else "value"
        sides = [_side(winner, device_id, label, current=True)]
        sides += [_side(s, device_id, label, current=False) for s in state.others()]
    own = [s for s in sides if s.this_device]
    mine = own[0] if len(own) == 1 else sides[0]
    theirs = next(s for s in sides if s is not mine)
    return ConflictView(
        id=conflict.id,
        table=conflict.table_name,
        row_id=conflict.row_id,
        field=conflict.field,
        kind=kind,
        record=record_title(session, row),
        assessment_id=row.id if isinstance(row, Assessment) else getattr(row, "assessment_id", None),
        mine=mine,
        theirs=theirs,
        versions=tuple(sides),
    )


def open_conflicts(session: Session, device_id: str, label: Label = _plain_label) -> list[ConflictView]:
    """Open conflicts, the oldest first (ties by id: the same order on every device)."""
    rows = session.scalars(select(Conflict).order_by(Conflict.created_at, Conflict.id))
    views = (view(session, row, device_id, label) for row in rows)
    return [item for item in views if item is not None]


def count_open(session: Session) -> int:
    return len(list(session.scalars(select(Conflict.id))))


def conflicts_in(session: Session, assessment_id: str) -> dict[tuple[str, str], list[str]]:
    """Conflict ids by (table, row id) among an assessment and its answers, notes and actions."""
    found: dict[tuple[str, str], list[str]] = {}
    for conflict in session.scalars(select(Conflict).order_by(Conflict.id)):
        model = SYNCED_MODELS.get(conflict.table_name)
        row = session.get(model, conflict.row_id) if model is not None else None
        if row is None:
            continue
        owner = row.id if isinstance(row, Assessment) else getattr(row, "assessment_id", None)
        if owner == assessment_id:
            found.setdefault((conflict.table_name, conflict.row_id), []).append(conflict.id)
    return found


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


def joined(item: ConflictView) -> Any:
    """ "Keep both": each version under a line naming its device and its time on this
    computer's clock (one-line fields are joined with " / ")."""
    texts: list[tuple[ConflictSide, str]] = []
    for side in item.versions:
        text = str(side.value or "")
        if text and text not in [t for _s, t in texts]:
            texts.append((side, text))
    if (item.table, item.field) in _ONE_LINE or len(texts) < 2:
        return " / ".join(t for _s, t in texts)
    parts = []
    for side, text in texts:
        heading = _("%(device)s, %(time)s") % {
            "device": side.device_name,
            "time": local_time(side.stamp.partition("@")[0]),
        }
        parts.append(f"──── {heading} ────\n{text}")
    return "\n\n".join(parts)


def resolve(
    session: Session,
    recorder: Recorder,
    conflict: Conflict,
    keep: Keep,
    device_id: str,
    label: Label = _plain_label,
) -> tuple[ConflictView, Any]:
    """Apply the user's choice; returns the conflict as it was shown and the value kept."""
    item = view(session, conflict, device_id, label)
    if item is None:
        raise ValueError(_("this conflict has not fully arrived on this device yet; sync again"))
    model = SYNCED_MODELS[conflict.table_name]
    row = session.get(model, conflict.row_id)
    assert row is not None
    if keep == "both":
        if item.kind == "value":
            raise ValueError(_("these versions cannot be joined: keep mine or theirs"))
        kept: Any = False if item.kind == "delete" else joined(item)
    else:
        kept = (item.mine if keep == "mine" else item.theirs).value
    recorder.resolve(session, row, {item.field: kept})
    return item, kept
