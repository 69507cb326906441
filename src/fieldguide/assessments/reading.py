"""Assessments read: the list, the titles the navigator shows, one assessment, one action.

Part of AssessmentService (service.py); each method reads in one session.
"""

from __future__ import annotations

from sqlalchemy import select

from fieldguide.assessments.lookup import find
from fieldguide.assessments.model import ActionView, AssessmentSummary, AssessmentView
from fieldguide.assessments.progress import progress_of_each
from fieldguide.assessments.read_model import action_view, assessment_view, last_changed
from fieldguide.db.engine import Database
from fieldguide.db.models import Action, Assessment


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
            rows = session.execute(
                select(
                    Assessment.id,
                    Assessment.title,
                    Assessment.country,
                    Assessment.classification,
                    Assessment.status,
                    Assessment.checklist_ids,
                    Assessment.created_at,
                    Assessment.updated_at,
                    Assessment.deleted,
                ).where(Assessment.deleted.is_(deleted))
            ).all()
            if not rows:
                return []
            last_change = last_changed(session, rows)
            progress = progress_of_each(session, rows)
            summaries = []
            for row in rows:
                summaries.append(
                    AssessmentSummary(
                        id=row.id,
                        title=row.title,
                        country=row.country,
                        classification=row.classification,
                        status=row.status,
                        checklist_ids=list(row.checklist_ids),
                        progress=progress[row.id],
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
