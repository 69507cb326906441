"""Assessments read: the list, the titles the navigator shows, one assessment, one action.

Part of AssessmentService (service.py); each method reads in one session.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from fieldguide.assessments.lookup import find
from fieldguide.assessments.model import ActionView, AssessmentSummary, AssessmentView, progress_of
from fieldguide.assessments.read_model import action_view, assessment_view, last_changed
from fieldguide.assessments.scales import place
from fieldguide.db.engine import Database
from fieldguide.db.models import Action, Assessment, ChecklistItem, Response


class AssessmentReads:
    db: Database

    def resolve(self, assessment_id: str, *, deleted: bool = False) -> str:
        """The full id of an assessment given its id or an unambiguous prefix."""
        with self.db.read() as session:
            return find(session, Assessment, assessment_id, "assessment", deleted=deleted).id

    def titles(self) -> list[tuple[str, str, str]]:
        """(id, title, status) of each assessment, in the order of `list`, without the progress:
        what the navigator shows, read without loading every answer of every assessment."""
        with self.db.read() as session:
            rows = session.execute(
                select(Assessment.id, Assessment.title, Assessment.status, Assessment.updated_at).where(
                    Assessment.deleted.is_(False)
                )
            ).all()
            last_change = last_changed(session, rows)
        ordered = sorted(rows, key=lambda row: (last_change[row.id], row.id), reverse=True)
        return [(row.id, row.title, row.status) for row in ordered]

    def list(self, *, deleted: bool = False) -> list[AssessmentSummary]:
        """Assessments (or, with `deleted`, those in the bin), most recently changed first."""
        with self.db.read() as session:
            rows = list(session.scalars(select(Assessment).where(Assessment.deleted.is_(deleted))))
            if not rows:
                return []
            ids = [row.id for row in rows]
            checklist_ids = sorted({cid for row in rows for cid in row.checklist_ids})
            items: dict[str, list[tuple[str, bool, str]]] = defaultdict(list)
            for checklist_id, item_id, retired, kind in session.execute(
                select(
                    ChecklistItem.checklist_id, ChecklistItem.id, ChecklistItem.retired, ChecklistItem.kind
                ).where(ChecklistItem.checklist_id.in_(checklist_ids))
            ):
                items[checklist_id].append((item_id, retired, kind))
            answers: dict[str, dict[str, str]] = defaultdict(dict)
            last_change = last_changed(session, rows)
            for assessment_id, item_id, status in session.execute(
                select(Response.assessment_id, Response.item_id, Response.status).where(
                    Response.assessment_id.in_(ids), Response.deleted.is_(False)
                )
            ):
                answers[assessment_id][item_id] = status
            summaries = []
            for row in rows:
                answered = answers[row.id]
                statuses = [
                    place(kind, answered.get(item_id)).status
                    for checklist_id in row.checklist_ids
                    for item_id, retired, kind in items[checklist_id]
                    if not retired or item_id in answered
                ]
                summaries.append(
                    AssessmentSummary(
                        id=row.id,
                        title=row.title,
                        country=row.country,
                        classification=row.classification,
                        status=row.status,
                        checklist_ids=list(row.checklist_ids),
                        progress=progress_of(statuses),
                        created_at=row.created_at,
                        updated_at=last_change[row.id],
                        deleted=row.deleted,
                    )
                )
            # Ties broken by id, so two devices holding the same data list it alike.
            summaries.sort(key=lambda s: (s.updated_at, s.id), reverse=True)
            return summaries

    def get(self, assessment_id: str, language: str | None = None) -> AssessmentView:
        """An assessment with its answers; the guidance text in `language` where a translation holds it."""
        with self.db.read() as session:
            assessment = find(session, Assessment, assessment_id, "assessment")
            view = assessment_view(session, assessment)
            if language:
                from fieldguide.assessments.translated import in_language

                view = in_language(session, view, language)
            return view

    def action(self, action_id: str) -> ActionView:
        with self.db.read() as session:
            return action_view(find(session, Action, action_id, "action"))
