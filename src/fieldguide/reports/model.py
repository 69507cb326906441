"""The report model: everything a rendered report shows, with no database in sight.

`reports.build` turns a stored assessment into a `Report`; each renderer
(pdf, docx, csv, json) turns a `Report` into a file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

STATUSES = ("not-assessed", "met", "partly-met", "not-met", "not-applicable")
CLASSIFICATIONS = ("unclassified", "confidential", "strictly-confidential")
CONFIDENCES = ("low", "medium", "high")


@dataclass(frozen=True)
class ReportOptions:
    include_notes: bool = True  # False: a summary safe to share (no notes, no evidence)
    skip_unassessed: bool = False
    paper: str = "a4"  # "a4" | "letter"
    # The language of the guidance text (checklist titles, items, citations) where a translation
    # pack holds it, e.g. "fr" for an assessment begun in English; None: as installed.
    content_language: str | None = None


@dataclass
class ReportAction:
    text: str
    owner: str = ""
    due: dt.date | None = None
    done: bool = False
    item_id: str | None = None
    item_text: str | None = None


@dataclass
class ReportItem:
    item_id: str
    text: str
    kind: str  # question | tip | step | criterion
    status: str  # one of STATUSES
    group: str | None = None
    confidence: str | None = None  # one of CONFIDENCES
    note: str = ""  # Markdown, the adviser's own words
    evidence: str = ""
    citation: str = ""  # source of the guidance, e.g. "ITGN vol. 1, National Ownership, annex"
    guidance_title: str | None = None
    retired: bool = False
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

    def counts(self) -> dict[str, int]:
        """Items by status over every checklist (after options are applied)."""
        counts = dict.fromkeys(STATUSES, 0)
        for checklist in self.checklists:
            for item in checklist.items:
                counts[item.status] = counts.get(item.status, 0) + 1
        return counts
