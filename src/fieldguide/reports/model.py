"""The report model: everything a rendered report shows, with no database in sight.

`reports.build` turns the assessment's read model (the `AssessmentView` the
window shows too) into a `Report`; each renderer (pdf, docx, csv, json) turns
a `Report` into a file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from fieldguide.assessments.scales import NOT_ASSESSED, counts_by_kind

CLASSIFICATIONS = ("unclassified", "confidential", "strictly-confidential")
CONFIDENCES = ("low", "medium", "high")


@dataclass(frozen=True)
class ReportOptions:
    include_notes: bool = True  # False: a summary safe to share (no notes, no evidence)
    skip_unassessed: bool = False
    paper: str = "a4"  # "a4" | "letter"


@dataclass
class ReportAction:
    text: str
    owner: str = ""
    due: dt.date | None = None
    done: bool = False
    item_id: str | None = None
    item_text: str | None = None
    item_number: int | None = None  # the related item's number in its checklist, as in the window


@dataclass
class ReportItem:
    item_id: str  # for data formats (CSV, JSON); PDF and Word show `number` instead
    text: str
    kind: str  # question | tip | step | criterion (scales.KINDS)
    status: str  # a value of the kind's scale (scales.choices), NOT_ASSESSED for the gap
    group: str | None = None
    confidence: str | None = None  # one of CONFIDENCES
    note: str = ""  # Markdown, the adviser's own words
    evidence: str = ""
    citation: str = ""  # source of the guidance, e.g. "ITGN vol. 1, National Ownership, annex"
    guidance_title: str | None = None
    retired: bool = False
    number: int = 0  # 1, 2, … within its checklist, as the window numbers it
    earlier_status: str | None = None  # a value recorded on another scale (scales.place)
    synthesis: bool = False  # the item is the project's own synthesis, not its source's


@dataclass
class ReportChecklist:
    id: str
    title: str
    items: list[ReportItem] = field(default_factory=list)


@dataclass
class Report:
    assessment_id: str
    title: str
    classification: str  # one of CLASSIFICATIONS
    country: str = ""
    mission: str = ""
    assessors: list[str] = field(default_factory=list)
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    status: str = "draft"  # draft | final
    created_at: dt.datetime | None = None
    exported_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    summary: str = ""  # the assessment's own note, Markdown
    checklists: list[ReportChecklist] = field(default_factory=list)
    actions: list[ReportAction] = field(default_factory=list)
    options: ReportOptions = field(default_factory=ReportOptions)

    def items(self) -> list[ReportItem]:
        return [item for checklist in self.checklists for item in checklist.items]

    def counts(self) -> dict[str, dict[str, int]]:
        """Items per kind, each counted on its own scale (after options are applied)."""
        return counts_by_kind([(item.kind, item.status) for item in self.items()])

    def assessed(self) -> int:
        return sum(1 for item in self.items() if item.status != NOT_ASSESSED)
