"""Checks on what a user typed, run before any transaction opens.

Each returns the value in its stored form or raises `InvalidInput` with a
line the user can act on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from fieldguide.assessments import scales
from fieldguide.assessments.errors import InvalidInput
from fieldguide.assessments.model import CLASSIFICATIONS, CONFIDENCES
from fieldguide.i18n import _

# [0-9] rather than \d: \d accepts Arabic-Indic digits, which do not sort as dates.
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _choices(values: Iterable[str]) -> str:
    return ", ".join(values)


def status(value: str, kind: str | None = None) -> str:
    """A value of the item kind's scale.

    A value that means exactly the same on this scale is accepted and stored
    as this scale's word (`met` on a step is `done`), so scripts written
    before scales per kind keep working; any other value is refused.
    """
    value = value.strip().lower().replace(" ", "-").replace("_", "-")
    found = scales.exact(kind, value) if value in scales.ALL_VALUES else None
    if found is None:
        what = scales.kind_of(kind)
        raise InvalidInput(
            _("%(value)r is not on the scale of a %(kind)s; use one of %(choices)s")
            % {"value": value, "kind": what, "choices": _choices(scales.choices(what))}
        )
    return found


def confidence(value: str) -> str | None:
    """A confidence level, or None for an empty value (no judgement recorded)."""
    value = value.strip().lower()
    if value in ("", "none"):
        return None
    if value not in CONFIDENCES:
        raise InvalidInput(_("unknown confidence %r; use one of %s") % (value, _choices(CONFIDENCES)))
    return value


def classification(value: str) -> str:
    value = value.strip().lower()
    if value not in CLASSIFICATIONS:
        raise InvalidInput(_("unknown classification %r; use one of %s") % (value, _choices(CLASSIFICATIONS)))
    return value


def date(value: str, what: str = "date") -> str | None:
    """An ISO date (yyyy-mm-dd), or None for an empty value."""
    value = value.strip()
    if not value:
        return None
    try:
        if not _DATE.fullmatch(value):
            raise ValueError(value)
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise InvalidInput(_("%s %r is not a date written as yyyy-mm-dd") % (what, value)) from None


def period(start: str | None, end: str | None) -> None:
    if start and end and end < start:
        raise InvalidInput(_("the end date %s is before the start date %s") % (end, start))


def title(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise InvalidInput(_("an assessment needs a title"))
    return value


def action_text(value: str) -> str:
    value = value.strip()
    if not value:
        raise InvalidInput(_("an action needs a text"))
    return value


def names(values: Iterable[str]) -> list[str]:
    """Assessors' names, trimmed, empty ones dropped, order and spelling kept."""
    result: list[str] = []
    for value in values:
        name = " ".join(value.split())
        if name and name not in result:
            result.append(name)
    return result
