"""An assessment's read model as a `Report`: what every renderer shows.

The report is built from the same `AssessmentView` the window shows, so it
holds every answer the workspace holds (retired items and answers to items a
pack no longer has included), each already placed on its item's scale, and
items carry the numbers the window gives them.
"""

from __future__ import annotations

import datetime as dt

from fieldguide.assessments.model import AssessmentView
from fieldguide.reports.model import (
    Report,
    ReportAction,
    ReportChecklist,
    ReportItem,
    ReportOptions,
)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _datetime(value: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def build_report(view: AssessmentView, options: ReportOptions | None = None) -> Report:
    """The report of an assessment; options (notes, unassessed items) are applied by renderers."""
    options = options or ReportOptions()
    numbers = view.numbers()
    texts = {response.item_id: response.item_text for response in view.responses}
    checklists = [ReportChecklist(id=ref.id, title=ref.title) for ref in view.checklists]
    by_id = {checklist.id: checklist for checklist in checklists}
    for response in view.responses:
        by_id[response.checklist_id].items.append(
            ReportItem(
                item_id=response.item_id,
                text=response.item_text,
                kind=response.kind,
                status=response.status,
                group=response.group,
                confidence=response.confidence,
                note=response.note,
                evidence=response.evidence,
                citation=response.source,
                guidance_title=response.guidance_title,
                retired=response.retired,
                number=numbers[response.item_id],
                earlier_status=response.earlier_status,
                synthesis=response.synthesis,
            )
        )
    actions = [
        ReportAction(
            text=action.text,
            owner=action.owner,
            due=_date(action.due),
            done=action.done,
            item_id=action.item_id,
            item_text=texts.get(action.item_id or "") or None,
            item_number=numbers.get(action.item_id or ""),
        )
        for action in sorted(view.actions, key=lambda a: (a.due is None, a.due or "", a.created_at))
    ]
    return Report(
        assessment_id=view.id,
        title=view.title,
        classification=view.classification,
        country=view.country,
        mission=view.mission,
        assessors=list(view.assessors),
        start_date=_date(view.start_date),
        end_date=_date(view.end_date),
        status=view.status,
        created_at=_datetime(view.created_at),
        summary=view.summary,
        checklists=checklists,
        actions=actions,
        options=options,
    )
