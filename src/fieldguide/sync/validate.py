"""What a synced value may be: every incoming value is checked before anything is applied.

A teammate's faulty (or hostile) copy of Field Guide must not be able to put into this
profile what this profile's own services would never write: a number where a list of
names belongs, a status no scale has, a title of a megabyte, a reference that is not an
id. One bad value refuses the whole bundle (``sync.merge``), so nothing half-applied
ever shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["PURGEABLE", "Rules", "Vocabulary", "check_value", "is_row_id", "rules_for"]

Rule = Callable[[Any], bool]

#: The text fields a person can "remove for good" (``sync.purge``): the note and evidence
#: of an answer, a note on a section, item or assessment, and a follow-up action's text.
PURGEABLE = frozenset({("response", "note"), ("response", "evidence"), ("note", "body"), ("action", "text")})

TARGET_KINDS = frozenset({"section", "item", "assessment", "checklist"})

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_LINE = 1_000
_TEXT = 200_000


#: A UUID as ``str(uuid.UUID(...))`` spells it (lower-case, hyphenated): the only
#: spelling of a row id, so two devices never hold one row under two ids.
_ROW_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_row_id(value: Any) -> bool:
    # A pattern, not uuid.UUID: a first full sync checks a quarter of a million ids.
    return type(value) is str and _ROW_ID.fullmatch(value) is not None


def _text(limit: int, *, empty: bool = True) -> Rule:
    return lambda v: type(v) is str and len(v) <= limit and (empty or bool(v.strip()))


def _choice(allowed: frozenset[str] | tuple[str, ...], *, optional: bool = False) -> Rule:
    return lambda v: (optional and v is None) or (type(v) is str and v in allowed)


def _date(v: Any) -> bool:
    return v is None or (type(v) is str and _DATE.fullmatch(v) is not None)


def _names(limit: int) -> Rule:
    return lambda v: (
        type(v) is list and len(v) <= limit and all(type(x) is str and 0 < len(x) <= _LINE for x in v)
    )


def _ref(v: Any) -> bool:
    return type(v) is str and 0 < len(v) <= 256 and v.isprintable()


def _bool(v: Any) -> bool:
    return type(v) is bool


Rules = dict[str, dict[str, Rule]]


@dataclass(frozen=True)
class Vocabulary:
    """The allowed words of the fields that have a closed list. They belong to the
    assessments (a layer above sync), so the App hands them in (``rules_for``)."""

    answer_statuses: tuple[str, ...]  # every value of every item kind's scale
    classifications: tuple[str, ...]
    confidences: tuple[str, ...]
    assessment_statuses: tuple[str, ...]


def rules_for(words: Vocabulary) -> Rules:
    """What each synced field may hold."""
    return {
        "assessment": {
            "title": _text(_LINE, empty=False),
            "country": _text(_LINE),
            "mission": _text(_LINE),
            "assessors": _names(200),
            "start_date": _date,
            "end_date": _date,
            "classification": _choice(words.classifications),
            "status": _choice(words.assessment_statuses),
            "checklist_ids": lambda v: type(v) is list and len(v) <= 500 and all(_ref(x) for x in v),
            "summary": _text(_TEXT),
            "deleted": _bool,
        },
        "response": {
            "assessment_id": is_row_id,
            "item_id": _ref,
            "status": _choice(words.answer_statuses),
            "note": _text(_TEXT),
            "evidence": _text(_TEXT),
            "confidence": _choice(words.confidences, optional=True),
            "deleted": _bool,
        },
        "note": {
            "target_kind": _choice(TARGET_KINDS),
            "target_id": _ref,
            "assessment_id": lambda v: v is None or is_row_id(v),
            "body": _text(_TEXT),
            "author_device": _text(200),
            "deleted": _bool,
        },
        "action": {
            "assessment_id": is_row_id,
            "item_id": lambda v: v is None or _ref(v),
            "text": _text(_TEXT),
            "owner": _text(_LINE),
            "due_date": _date,
            "done": _bool,
            "deleted": _bool,
        },
        "bookmark": {
            "target_kind": _choice(TARGET_KINDS),
            "target_id": _ref,
            "label": _text(_LINE),
            "deleted": _bool,
        },
    }


def check_value(rules: Rules, table: str, name: str, value: Any) -> bool:
    rule = rules.get(table, {}).get(name)
    return rule is not None and rule(value)
