"""Counting the SQL statements a use case issues: a cost that must not grow with the data."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event


@contextmanager
def statements_issued(app: Any) -> Iterator[list[str]]:
    """The statements (PRAGMA and BEGIN left out) run on the profile inside the block."""
    issued: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if not statement.lstrip().upper().startswith(("PRAGMA", "BEGIN")):
            issued.append(statement)

    event.listen(app.db.engine, "before_cursor_execute", note)
    try:
        yield issued
    finally:
        event.remove(app.db.engine, "before_cursor_execute", note)
