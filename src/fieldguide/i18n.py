"""Translation for text outside Qt widgets: the command line and the messages of the services.

The GUI uses Qt's `tr()`; the command line and the services mark their strings
with `_()` (and `n_()` for a count), and both are translated from the same Qt
catalogues (`resources/translations/fieldguide_<lang>.ts`, compiled to `.qm`),
in the context `fieldguide`. `scripts/translations.py` extracts the `_()`
strings for `lupdate`, so one file per language holds every message.

This module never imports Qt: the services below the faces stay Qt-free. A face
(the CLI or the window) calls `fieldguide.language.apply_language()`, which loads
the catalogue and installs its lookup here with `install()`. Until then `_()`
returns the English source and `n_()` picks the English singular or plural.

`_()` looks the text up when it is called, so a message must be marked where it
is produced, never in a module-level constant evaluated at import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

CONTEXT = "fieldguide"

# (context, source text, count or -1, disambiguation) -> translation, or "" when there is none.
Lookup = Callable[[str, str, int, str], str]
# (date, short) -> the date in the chosen locale's words.
DateFormatter = Callable[[dt.date, bool], str]

_lookup: Lookup | None = None
_right_to_left = False
_date_formatter: DateFormatter | None = None
# Loads the catalogues when a message is first translated (see `defer`).
_deferred: Callable[[], None] | None = None

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class _Speech:
    lookup: Lookup | None
    right_to_left: bool
    date_formatter: DateFormatter | None


# A language spoken for one task (a report in French while the window stays in English).
# A context variable, so it holds in the thread (or task) that set it and nowhere else.
_speech: ContextVar[_Speech | None] = ContextVar("fieldguide_speech", default=None)


def _current() -> _Speech:
    if _deferred is not None:
        _load_deferred()
    return _speech.get() or _Speech(_lookup, _right_to_left, _date_formatter)


@contextmanager
def speaking(
    lookup: Lookup | None, *, right_to_left: bool = False, date_formatter: DateFormatter | None = None
) -> Iterator[None]:
    """`_()`, `n_()` and dates use `lookup` inside the block, in this thread only.

    `fieldguide.language.report_language()` builds the lookup for a language code.
    """
    token = _speech.set(_Speech(lookup, right_to_left, date_formatter))
    try:
        yield
    finally:
        _speech.reset(token)


def install(
    lookup: Lookup | None, *, right_to_left: bool = False, date_formatter: DateFormatter | None = None
) -> None:
    """Use `lookup` for every later `_()`/`n_()`; None returns to the English sources.

    `right_to_left` says the language is written right to left (reports lay out
    accordingly); `date_formatter` writes dates in the language's words.
    """
    global _lookup, _right_to_left, _date_formatter, _deferred
    _deferred = None
    _lookup = lookup
    _right_to_left = right_to_left
    _date_formatter = date_formatter


def defer(loader: Callable[[], None]) -> None:
    """Run `loader` (which calls `install`) only when a text is first translated.

    Loading the catalogues means loading QtCore; a command whose output holds no
    message of ours (`fieldguide search` printing hits) then never pays for it.
    """
    global _deferred
    _deferred = loader


def _load_deferred() -> None:
    global _deferred
    loader, _deferred = _deferred, None
    if loader is not None:
        loader()


def right_to_left() -> bool:
    """Whether the chosen language is written right to left (Arabic)."""
    return _current().right_to_left


def format_date(value: dt.date, short: bool = False) -> str:
    """Day, month in words, year ("1 December 2026", "1 décembre 2026", "1 ديسمبر 2026").

    The month spelt out is unambiguous across the UK, US and French conventions
    advisers mix in one mission.
    """
    formatter = _current().date_formatter
    if formatter is not None:
        return formatter(value, short)
    month = MONTHS[value.month - 1]
    return f"{value.day} {month[:3] if short else month} {value.year}"


def _(text: str, disambiguation: str = "") -> str:
    """`text` in the chosen language (English when it has no translation).

    `disambiguation` tells apart two uses of the same English word that other
    languages word differently ("Open" a file, an "Open" action).
    """
    lookup = _current().lookup
    if lookup is not None:
        found = lookup(CONTEXT, text, -1, disambiguation)
        if found:
            return found
    return text


def N_(text: str) -> str:
    """Marks `text` for the catalogue where it is defined; `_()` translates it where it is shown."""
    return text


def n_(text: str, count: int) -> str:
    """A message about `count` things, with `%n` standing for the number: `n_("%n item(s)", 3)`.

    The catalogue holds each language's plural forms (Arabic has six); the
    English catalogue turns "(s)" into the right English form, so "(s)" never
    reaches a reader.
    """
    lookup = _current().lookup
    if lookup is not None:
        found = lookup(CONTEXT, text, count, "")
        if found:
            return found
    return english_plural(text, count)


def english_plural(text: str, count: int) -> str:
    """The English form of a `%n … (s)` source, used before any catalogue is loaded."""
    suffix = "" if count == 1 else "s"
    return text.replace("(s)", suffix).replace("%n", str(count))
