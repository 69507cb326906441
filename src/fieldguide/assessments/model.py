"""What the assessment service hands to its callers: plain values, no database rows.

The vocabularies (statuses, classifications, confidences) live here too, so the
command line, the GUI and the reports validate and label against one list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from fieldguide.assessments.scales import ALL_VALUES, NOT_ASSESSED, choices, counts_by_kind

# Every value a response can hold, over all item kinds; each item offers only
# its own kind's scale (`scales.choices`).
STATUSES = ALL_VALUES

CLASSIFICATIONS = ("unclassified", "confidential", "strictly-confidential")
CONFIDENCES = ("low", "medium", "high")

DRAFT = "draft"
FINAL = "final"


@dataclass(frozen=True)
class ChecklistRef:
    id: str
    title: str
    practice_area: str = ""
    retired: bool = False


@dataclass(frozen=True)
class ResponseView:
    """One checklist item of an assessment and what the assessors said about it.

    `answered` is False while no response row exists (status not-assessed, empty
    note): rows are created on the first answer.
    """

    item_id: str
    item_text: str
    checklist_id: str
    group: str | None
    kind: str
    position: int
    source: str
    guidance_section_id: str | None
    guidance_title: str | None
    retired: bool
    status: str = NOT_ASSESSED
    note: str = ""
    evidence: str = ""
    confidence: str | None = None
    answered: bool = False
    # The value recorded when it is not on this item's scale (see scales.place).
    earlier_status: str | None = None
    # An imported checklist's item, whose kind the adviser may change (a pack's may not).
    kind_editable: bool = False
    synthesis: bool = False  # the item is the project's own synthesis, not its source's
    hint: str | None = None  # what evidence would show it

    @property
    def scale(self) -> tuple[str, ...]:
        """The values this item can be given, the gap last."""
        return choices(self.kind)

    @property
    def assessed(self) -> bool:
        return self.status != NOT_ASSESSED


@dataclass(frozen=True)
class ActionView:
    id: str
    assessment_id: str
    text: str
    owner: str
    due: str | None  # yyyy-mm-dd
    done: bool
    item_id: str | None
    created_at: str

    def overdue(self, today: dt.date | None = None) -> bool:
        """Not done and due before today."""
        if self.done or not self.due:
            return False
        return dt.date.fromisoformat(self.due) < (today or dt.date.today())


@dataclass(frozen=True)
class AssessmentSummary:
    id: str
    title: str
    country: str
    classification: str
    status: str
    checklist_ids: list[str]
    progress: dict[str, int]
    created_at: str
    updated_at: str
    deleted: bool = False

    @property
    def total(self) -> int:
        return sum(self.progress.values())

    @property
    def assessed(self) -> int:
        return self.total - self.progress.get(NOT_ASSESSED, 0)


@dataclass(frozen=True)
class AssessmentView:
    id: str
    title: str
    country: str
    mission: str
    assessors: list[str]
    start_date: str | None
    end_date: str | None
    classification: str
    status: str
    summary: str
    created_at: str
    updated_at: str
    checklists: list[ChecklistRef] = field(default_factory=list)
    responses: list[ResponseView] = field(default_factory=list)  # checklist order, then item order
    actions: list[ActionView] = field(default_factory=list)

    @property
    def final(self) -> bool:
        return self.status == FINAL

    @property
    def progress(self) -> dict[str, int]:
        return progress_of(r.status for r in self.responses)

    @property
    def progress_by_kind(self) -> dict[str, dict[str, int]]:
        """Counts per item kind, each on its own scale (kinds in scales.KINDS order)."""
        return counts_by_kind([(r.kind, r.status) for r in self.responses])

    @property
    def unassessed(self) -> list[ResponseView]:
        return [r for r in self.responses if not r.assessed]

    def response(self, item_id: str) -> ResponseView | None:
        return next((r for r in self.responses if r.item_id == item_id), None)

    def numbers(self) -> dict[str, int]:
        """Each item's number as the window shows it: 1, 2, … within its checklist."""
        numbers: dict[str, int] = {}
        counters: dict[str, int] = {}
        for response in self.responses:
            counters[response.checklist_id] = counters.get(response.checklist_id, 0) + 1
            numbers[response.item_id] = counters[response.checklist_id]
        return numbers


def progress_of(statuses: Iterable[str]) -> dict[str, int]:
    """Counts by status (placed on each item's scale); every value of every scale present."""
    counts = dict.fromkeys(STATUSES, 0)
    for status in statuses:
        counts[status] = counts.get(status, 0) + 1
    return counts
