"""Full-text search over guidance, checklist items and the user's own notes.

The statements, how a query becomes a safe FTS5 expression and how hits are
ranked live in `library/query.py`, which the command line also runs on a bare
connection; this service runs them through its session.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
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


# Pages of the index merged per step of `tidy_index`: a few hundred milliseconds at most.
TIDY_PAGES = 1000


class SearchService:
    def __init__(self, db: Database) -> None:
        from fieldguide.db.fts_owed import CatchUp

        self.db = db
        # Rows received in bulk are indexed after their sync's commit (db/fts_owed.py): the
        # window's runner steps through it, and a search on its own thread may need to finish
        # it first. One catch-up at a time; where it stands is kept between steps.
        self._catch_up = CatchUp()
        self._catching = threading.Lock()

    def index_owed(self) -> bool:
        """Whether rows received in bulk are still to be indexed (one look-up)."""
        from fieldguide.db.fts_owed import is_owed

        return is_owed(self.db)

    def catch_up_index(self) -> bool:
        """Index a step's worth of the rows received in bulk; True while more remains."""
        from fieldguide.db.fts_owed import executor

        with self._catching, self.db.write() as session:
            return self._catch_up.step(executor(session))

    def catch_up_all(self, progress: Callable[[float], None] | None = None) -> bool:
        """Index every row received in bulk not indexed yet; False when nothing was owed."""
        from fieldguide.db.fts_owed import catch_up

        with self._catching:
            return catch_up(self.db, progress, self._catch_up)

    def tidy_index(self, pages: int = TIDY_PAGES) -> bool:
        """Merge up to `pages` pages of the index's segments into one; True while more remains.

        FTS5 merges segments as it writes, but a large index settles at a dozen or more, and
        every look-up by rowid (the snippets) and every word's list consults each of them:
        ten times slower at 10 x a team's year than one merged index. The window calls this
        a step at a time while nobody is waiting on the profile.
        """
        from sqlalchemy import text

        segments = text("SELECT count(DISTINCT segid) FROM search_fts_idx")
        with self.db.write() as session:
            if int(session.scalar(segments) or 0) <= 1:
                return False
            # Negative: merge segments even when fewer than `usermerge` share a level.
            merge = text("INSERT INTO search_fts(search_fts, rank) VALUES('merge', :pages)")
            session.execute(merge, {"pages": -abs(pages)})
            return int(session.scalar(segments) or 0) > 1

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """The best `limit` hits for `query`. An index that owes rows received in bulk is
        caught up first, so that a search does not answer from half an index, unless it
        cannot be: then the index as it stands answers, rather than an error (see below)."""
        from fieldguide.db.driver import ReadOnlyStorage, is_busy
        from fieldguide.db.engine import statements
        from fieldguide.db.fts_owed import executor, owed

        with self.db.read() as session:
            if owed(executor(session)) is None:
                return [SearchHit(*row) for row in search_rows(statements(session), query, limit=limit)]
        try:
            self.catch_up_all()
        except ReadOnlyStorage:
            pass  # a profile read from a read-only medium: what is indexed is all it can find
        except Exception as error:
            # Another write held the profile past SQLite's wait (a sync being applied by the
            # command line, say): what was indexed answers now, and the catch-up goes on
            # with the window's next step or the next search.
            if not is_busy(error):
                raise
        with self.db.read() as session:
            return [SearchHit(*row) for row in search_rows(statements(session), query, limit=limit)]


def plain_search(root: str) -> Callable[..., list[SearchHit] | None]:
    """`SearchService.search` on the profile in `root` read plainly (`library/ready.py`), for the
    window while the profile opens; None when it cannot be read so (its index still owes
    rows received in bulk, say): the window then waits for the full open and asks again
    through the service."""
    from fieldguide.library.ready import search_ready

    def search(query: str, *, limit: int = 20) -> list[SearchHit] | None:
        rows = search_ready(root, query, limit=limit)
        return None if rows is None else [SearchHit(*row) for row in rows]

    return search
