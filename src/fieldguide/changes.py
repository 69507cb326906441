"""What an operation changed in the profile: the summary views refresh from.

An operation (a save, a sync, an import, a resolution) returns, with its result,
which kinds of records it may have changed. The window hands the summary to
every controller and each one refreshes what it shows of those kinds, instead
of one place calling every refresher by hand (Anki's `OpChanges`).
No Qt here: services and the sync engine can build one.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    assessments: bool = False  # an assessment's title, state, or the list of them
    items: bool = False  # answers (status, note, evidence, confidence) of assessment items
    notes: bool = False  # notes on sections, items or assessments
    actions: bool = False  # follow-up actions
    bookmarks: bool = False
    library: bool = False  # documents, checklists, packs
    conflicts: bool = False  # conflicts opened or resolved
    sync_state: bool = False  # changes waiting to be sent (every syncable write moves this)
    # Rows received from elsewhere (a sync, a shared assessment): those written in bulk are
    # indexed for search after the commit, and the window starts that (db/fts_owed.py).
    received: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def user_data(self) -> bool:
        """Anything a sync could carry: what the assessment list, the reader's note and the counts show."""
        return any((self.assessments, self.items, self.notes, self.actions, self.bookmarks, self.conflicts))


NOTHING = Changes()
# What changes received from the team, or a conflict's resolution, may touch: any user record.
USER_DATA = Changes(
    assessments=True,
    items=True,
    notes=True,
    actions=True,
    bookmarks=True,
    conflicts=True,
    sync_state=True,
    received=True,
)
EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})
