"""A stored assessment as a `Report`: what every renderer shows, read in one go."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from fieldguide.db.engine import Database
from fieldguide.db.models import Action, Assessment, Checklist, ChecklistItem, Response, Section, Translation
from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.library.translations import translations
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


def build_report(db: Database, assessment_id: str, options: ReportOptions | None = None) -> Report:
    options = options or ReportOptions()
    with db.read() as session:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None or assessment.deleted:
            raise UserError(_("no assessment has the id %r") % (assessment_id,))
        responses = {
            r.item_id: r
            for r in session.scalars(
                select(Response).where(Response.assessment_id == assessment.id, Response.deleted.is_(False))
            )
        }
        checklists: list[ReportChecklist] = []
        item_texts: dict[str, str] = {}
        for checklist_id in assessment.checklist_ids:
            checklist = session.get(Checklist, checklist_id)
            if checklist is None:
                continue
            items = session.scalars(
                select(ChecklistItem)
                .where(ChecklistItem.checklist_id == checklist_id)
                .order_by(ChecklistItem.position)
            ).all()
            section_ids = {i.guidance_section_id for i in items if i.guidance_section_id}
            section_titles = dict(
                session.execute(select(Section.id, Section.title).where(Section.id.in_(section_ids))).all()
            )
            title = checklist.title
            translated: dict[str, Translation] = {}
            if options.content_language:
                language = options.content_language
                own = translations(session, language, "checklist", [checklist.id]).get(checklist.id)
                title = own.title if own else title
                translated = translations(session, language, "item", [i.id for i in items])
                section_titles |= {
                    sid: row.title
                    for sid, row in translations(session, language, "section", section_ids).items()
                }
            entries: list[ReportItem] = []
            for item in items:
                item_texts[item.id] = translated[item.id].title if item.id in translated else item.text
                response = responses.get(item.id)
                if item.retired and response is None:
                    continue  # a retired item matters only for the answer it carries
                status = response.status if response else "not-assessed"
                if options.skip_unassessed and status == "not-assessed":
                    continue
                text = translated.get(item.id)
                entries.append(
                    ReportItem(
                        item_id=item.id,
                        text=text.title if text else item.text,
                        kind=item.kind,
                        status=status,
                        group=(text.group if text else None) or item.group,
                        confidence=response.confidence if response else None,
                        note=(response.note if response and options.include_notes else ""),
                        evidence=(response.evidence if response and options.include_notes else ""),
                        citation=(text.citation if text else "") or item.source,
                        guidance_title=section_titles.get(item.guidance_section_id or ""),
                        retired=item.retired,
                        synthesis=bool(item.synthesis),
                    )
                )
            checklists.append(ReportChecklist(id=checklist.id, title=title, items=entries))
        actions = [
            ReportAction(
                text=a.text,
                owner=a.owner,
                due=_date(a.due_date),
                done=a.done,
                item_id=a.item_id,
                item_text=item_texts.get(a.item_id or ""),
            )
            for a in session.scalars(
                select(Action)
                .where(Action.assessment_id == assessment.id, Action.deleted.is_(False))
                .order_by(Action.due_date.is_(None), Action.due_date, Action.created_at)
            )
        ]
        return Report(
            assessment_id=assessment.id,
            title=assessment.title,
            classification=assessment.classification,
            country=assessment.country,
            mission=assessment.mission,
            assessors=list(assessment.assessors or []),
            start_date=_date(assessment.start_date),
            end_date=_date(assessment.end_date),
            status=assessment.status,
            created_at=_datetime(assessment.created_at),
            summary=assessment.summary if options.include_notes else "",
            checklists=checklists,
            actions=actions,
            options=options,
        )
