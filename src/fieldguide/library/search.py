"""Full-text search over guidance, checklist items and the user's own notes.

The statements, and how a query becomes a safe FTS5 expression, live in
`library/query.py`, which the command line also runs on a bare connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import astuple, dataclass
from typing import TYPE_CHECKING, Any

from fieldguide.library.query import KIND_LABELS as KIND_LABELS
from fieldguide.library.query import MATCH_END as MATCH_END
from fieldguide.library.query import MATCH_START as MATCH_START
from fieldguide.library.query import hit_json, search_rows
from fieldguide.library.query import to_match_expression as to_match_expression

if TYPE_CHECKING:
    from fieldguide.db.engine import Database


@dataclass(frozen=True)
class SearchHit:
    """One hit; its fields are `query.HIT_FIELDS`, in that order."""

    id: str
    kind: str  # section | item | note
    title: str
    document: str
    practice_area: str
    snippet: str  # matched words between MATCH_START and MATCH_END
    score: float
    target_kind: str = ""  # for notes: what the note is on (section | item | assessment)
    target_id: str = ""
    # For an assessment's answer: the checklist item it answers, so the hit opens
    # that item of the assessment, not whichever one was last open.
    item_id: str = ""

    def as_json(self, mark: tuple[str, str] = ("**", "**")) -> dict[str, Any]:
        return hit_json(astuple(self), mark)


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        from sqlalchemy import text

        with self.db.read() as session:

            def execute(sql: str, params: dict[str, Any]) -> Sequence[Sequence[Any]]:
                return session.execute(text(sql), params).all()

            return [SearchHit(*row) for row in search_rows(execute, query, limit=limit)]
