"""Dates as the chosen language writes them (QLocale, never the C locale); stored dates stay ISO."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

# Day, abbreviated month, four-digit year: unambiguous whichever convention a reader is used to
# ("1 Dec 2026", "1 déc. 2026", "1 ديسمبر 2026").
DAY_MONTH_YEAR = "d MMM yyyy"


def short_date(iso: str) -> str:
    """An ISO date (yyyy-mm-dd) for reading; anything else is shown as it is."""
    date = QDate.fromString(iso[:10], "yyyy-MM-dd")
    return QLocale().toString(date, DAY_MONTH_YEAR) if date.isValid() else iso


def date_entry_format() -> str:
    """The locale's short date format for entry fields, always with a four-digit year."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern
