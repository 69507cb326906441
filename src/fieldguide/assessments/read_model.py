"""The read model built from the rows: an assessment as the workspace and the reports
see it (model.AssessmentView), its answers and its actions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldguide.assessments.model import ActionView, AssessmentView, ChecklistRef, ResponseView
from fieldguide.assessments.scales import place
from fieldguide.db.models import Action, Assessment, Checklist, ChecklistItem, Pack, Response, Section


def response_view(
    item: ChecklistItem | None, row: Response | None, item_id: str, guidance_title: str | None
) -> ResponseView:
    answer: dict[str, Any] = {}
    if row is not None and not row.deleted:
        placed = place(item.kind if item else None, row.status)
        answer = {
            "status": placed.status,
            "earlier_status": placed.earlier,
            "note": row.note,
            "evidence": row.evidence,
            "confidence": row.confidence,
            "answered": True,
        }
    if item is None:
        return ResponseView(
            item_id=item_id,
            item_text="",
            checklist_id=item_id.rsplit("/", 1)[0],
            group=None,
            kind="",
            position=1_000_000,
            source="",
            guidance_section_id=None,
            guidance_title=None,
            retired=True,
            **answer,
        )
    return ResponseView(
        item_id=item.id,
        item_text=item.text,
        checklist_id=item.checklist_id,
        group=item.group,
        kind=item.kind,
        position=item.position,
        source=item.source,
        guidance_section_id=item.guidance_section_id,
        guidance_title=guidance_title,
        retired=item.retired,
        synthesis=bool(item.synthesis),
        hint=item.hint,
        **answer,
    )


def action_view(row: Action) -> ActionView:
    return ActionView(
        id=row.id,
        assessment_id=row.assessment_id,
        text=row.text,
        owner=row.owner,
        due=row.due_date,
        done=row.done,
        item_id=row.item_id,
        created_at=row.created_at,
    )


def assessment_view(session: Session, assessment: Assessment) -> AssessmentView:
    ids = list(assessment.checklist_ids)
    checklists = {c.id: c for c in session.scalars(select(Checklist).where(Checklist.id.in_(ids)))}
    answers = {
        r.item_id: r
        for r in session.scalars(
            select(Response).where(Response.assessment_id == assessment.id, Response.deleted.is_(False))
        )
    }
    imported = set(
        session.scalars(
            select(Checklist.id)
            .join(Pack, Pack.id == Checklist.pack_id)
            .where(Checklist.id.in_(ids), Pack.kind == "import")
        )
    )
    by_checklist: dict[str, list[ResponseView]] = defaultdict(list)
    for item, guidance_title in session.execute(
        select(ChecklistItem, Section.title)
        .outerjoin(Section, Section.id == ChecklistItem.guidance_section_id)
        .where(ChecklistItem.checklist_id.in_(ids))
        .order_by(ChecklistItem.position)
    ):
        # A retired item matters only where someone answered it.
        if item.retired and item.id not in answers:
            continue
        view = response_view(item, answers.pop(item.id, None), item.id, guidance_title)
        if item.checklist_id in imported:
            view = replace(view, kind_editable=True)
        by_checklist[item.checklist_id].append(view)
    for item_id, row in answers.items():  # answers to items the library no longer has at all
        orphan = response_view(None, row, item_id, None)
        by_checklist[orphan.checklist_id if orphan.checklist_id in ids else ids[0]].append(orphan)
    responses = [view for checklist_id in ids for view in by_checklist[checklist_id]]
    actions = session.scalars(
        select(Action)
        .where(Action.assessment_id == assessment.id, Action.deleted.is_(False))
        .order_by(Action.done, Action.due_date.is_(None), Action.due_date, Action.created_at)
    )
    return AssessmentView(
        id=assessment.id,
        title=assessment.title,
        country=assessment.country,
        mission=assessment.mission,
        assessors=list(assessment.assessors),
        start_date=assessment.start_date,
        end_date=assessment.end_date,
        classification=assessment.classification,
        status=assessment.status,
        summary=assessment.summary,
        created_at=assessment.created_at,
        updated_at=assessment.updated_at,
        checklists=[
            ChecklistRef(
                checklist_id,
                checklists[checklist_id].title if checklist_id in checklists else checklist_id,
                checklists[checklist_id].practice_area if checklist_id in checklists else "",
                checklists[checklist_id].retired if checklist_id in checklists else True,
            )
            for checklist_id in ids
        ],
        responses=responses,
        actions=[action_view(a) for a in actions],
    )


def last_changed(session: Session, assessments: Sequence[Any]) -> dict[str, str]:
    """When each assessment, or any of its answers or actions, last changed.

    Aggregated in SQL: reading every answer's time into Python cost a second at ten
    years of a team's work.
    """
    last = {row.id: row.updated_at for row in assessments}
    for table in (Response, Action):
        for assessment_id, updated_at in session.execute(
            select(table.assessment_id, func.max(table.updated_at)).group_by(table.assessment_id)
        ):
            if assessment_id in last and updated_at is not None:
                last[assessment_id] = max(last[assessment_id], updated_at)
    return last
