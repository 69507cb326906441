"""Assessments: checklists worked through item by item, with notes, judgements and actions.

Each public method is one use case: arguments are validated before the
transaction opens, ids are checked inside it before anything is written, and
every change goes through the Recorder in ONE `db.write()` block, so a use
case commits whole (with its change-log entries) or leaves the profile as it
was.

Responses are created lazily, on the first answer, with an id derived from
the assessment and the item: two devices answering the same item offline then
edit the same row, and sync merges field by field.

Ids typed by people may be shortened: an assessment or action id prefix of at
least eight characters is accepted when it matches exactly one row.

The use cases are grouped by what they touch: reading in reading.py, follow-up
actions in actions.py, the assessment as a whole and its answers here. Ids are
resolved and writes guarded in lookup.py; read_model.py builds what is returned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select

from fieldguide.assessments import validation
from fieldguide.assessments.actions import ActionUseCases
from fieldguide.assessments.errors import AssessmentNotFound, InvalidInput
from fieldguide.assessments.lookup import MIN_PREFIX, find, item_of, response_id, writable
from fieldguide.assessments.model import DRAFT, FINAL, AssessmentView, ResponseView
from fieldguide.assessments.read_model import assessment_view, response_view
from fieldguide.assessments.reading import AssessmentReads
from fieldguide.assessments.scales import NOT_ASSESSED, QUESTION, kind_of
from fieldguide.db.engine import Database
from fieldguide.db.models import Action, Assessment, Checklist, Response, Section
from fieldguide.i18n import _
from fieldguide.sync.changelog import Recorder

__all__ = ["MIN_PREFIX", "AssessmentService", "response_id"]


class AssessmentService(AssessmentReads, ActionUseCases):
    def __init__(self, db: Database, recorder: Recorder) -> None:
        self.db = db
        self.recorder = recorder

    # --- the assessment as a whole ----------------------------------------------------

    def create(
        self,
        checklist_ids: Sequence[str],
        title: str,
        *,
        country: str = "",
        mission: str = "",
        assessors: Iterable[str] = (),
        start_date: str = "",
        end_date: str = "",
        classification: str = "unclassified",
        summary: str = "",
    ) -> str:
        """A new draft assessment over the given checklists; returns its id."""
        values = {
            "title": validation.title(title),
            "country": country.strip(),
            "mission": mission.strip(),
            "assessors": validation.names(assessors),
            "start_date": (start := validation.date(start_date, "start date")),
            "end_date": (end := validation.date(end_date, "end date")),
            "classification": validation.classification(classification),
            "summary": summary,
            "status": DRAFT,
        }
        validation.period(start, end)
        wanted = list(dict.fromkeys(c.strip() for c in checklist_ids if c.strip()))
        if not wanted:
            raise InvalidInput(_("an assessment needs at least one checklist"))
        with self.db.write() as session:
            found = {c.id: c for c in session.scalars(select(Checklist).where(Checklist.id.in_(wanted)))}
            for checklist_id in wanted:
                checklist = found.get(checklist_id)
                if checklist is None:
                    raise AssessmentNotFound(_("no checklist has the id %r") % (checklist_id,))
                if checklist.retired:
                    raise InvalidInput(_("the checklist %r is no longer in the library") % (checklist_id,))
            row = self.recorder.create(session, Assessment, {**values, "checklist_ids": wanted})
            return row.id

    def update(
        self,
        assessment_id: str,
        *,
        title: str | None = None,
        country: str | None = None,
        mission: str | None = None,
        assessors: Iterable[str] | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        classification: str | None = None,
        summary: str | None = None,
    ) -> AssessmentView:
        """Change an assessment's details; None leaves a field as it is, "" clears a date."""
        values: dict[str, Any] = {}
        if title is not None:
            values["title"] = validation.title(title)
        if country is not None:
            values["country"] = country.strip()
        if mission is not None:
            values["mission"] = mission.strip()
        if assessors is not None:
            values["assessors"] = validation.names(assessors)
        if start_date is not None:
            values["start_date"] = validation.date(start_date, "start date")
        if end_date is not None:
            values["end_date"] = validation.date(end_date, "end date")
        if classification is not None:
            values["classification"] = validation.classification(classification)
        if summary is not None:
            values["summary"] = summary
        with self.db.write() as session:
            assessment = writable(session, assessment_id)
            validation.period(
                values.get("start_date", assessment.start_date), values.get("end_date", assessment.end_date)
            )
            self.recorder.update(session, assessment, values)
            return assessment_view(session, assessment)

    def finalise(self, assessment_id: str) -> None:
        """Make the assessment read-only until it is reopened."""
        with self.db.write() as session:
            assessment = writable(session, assessment_id)
            self.recorder.update(session, assessment, {"status": FINAL})

    def reopen(self, assessment_id: str) -> None:
        with self.db.write() as session:
            assessment = find(session, Assessment, assessment_id, "assessment")
            self.recorder.update(session, assessment, {"status": DRAFT})

    def duplicate(self, assessment_id: str, *, title: str | None = None) -> str:
        """A new draft with the same details, answers and actions; returns its id."""
        new_title = validation.title(title) if title is not None else None
        with self.db.write() as session:
            source = find(session, Assessment, assessment_id, "assessment")
            copy = self.recorder.create(
                session,
                Assessment,
                {
                    "title": new_title or f"{source.title} (copy)",
                    "country": source.country,
                    "mission": source.mission,
                    "assessors": list(source.assessors),
                    "start_date": source.start_date,
                    "end_date": source.end_date,
                    "classification": source.classification,
                    "status": DRAFT,
                    "checklist_ids": list(source.checklist_ids),
                    "summary": source.summary,
                },
            )
            for response in session.scalars(
                select(Response).where(Response.assessment_id == source.id, Response.deleted.is_(False))
            ):
                self.recorder.create(
                    session,
                    Response,
                    {
                        "assessment_id": copy.id,
                        "item_id": response.item_id,
                        "status": response.status,
                        "note": response.note,
                        "evidence": response.evidence,
                        "confidence": response.confidence,
                    },
                    row_id=response_id(copy.id, response.item_id),
                )
            for action in session.scalars(
                select(Action)
                .where(Action.assessment_id == source.id, Action.deleted.is_(False))
                .order_by(Action.created_at)
            ):
                self.recorder.create(
                    session,
                    Action,
                    {
                        "assessment_id": copy.id,
                        "item_id": action.item_id,
                        "text": action.text,
                        "owner": action.owner,
                        "due_date": action.due_date,
                        "done": action.done,
                    },
                )
            return copy.id

    def delete(self, assessment_id: str) -> str:
        """Move the assessment to the bin (a tombstone, synced); returns its full id for `undelete`."""
        with self.db.write() as session:
            assessment = writable(session, assessment_id)
            self.recorder.delete(session, assessment)
            return assessment.id

    def undelete(self, assessment_id: str) -> str:
        with self.db.write() as session:
            assessment = find(session, Assessment, assessment_id, "deleted assessment", deleted=True)
            self.recorder.restore(session, assessment)
            return assessment.id

    # --- answers ---------------------------------------------------------------------

    def answer(
        self,
        assessment_id: str,
        item_id: str,
        *,
        status: str | None = None,
        note: str | None = None,
        evidence: str | None = None,
        confidence: str | None = None,
        answer: str | None = None,
    ) -> ResponseView:
        """Record a judgement on one item; None leaves a field as it is ("" clears the confidence).

        `answer` is a question's answer: it is the item's note, and unless a
        status is given it marks the question answered (not yet, when empty).
        This is also the note editor's save: one small row, written at once.
        """
        if answer is not None and note is not None:
            raise InvalidInput(_("give the answer or the note, not both: a question's answer is its note"))
        values: dict[str, Any] = {}
        if note is not None:
            values["note"] = note
        if evidence is not None:
            values["evidence"] = evidence
        if confidence is not None:
            values["confidence"] = validation.confidence(confidence)
        if status is None and answer is None and not values:
            raise InvalidInput(_("nothing to record: give a status, a note, evidence or a confidence"))
        with self.db.write() as session:
            assessment = writable(session, assessment_id)
            item, resolved = item_of(session, assessment, item_id)
            kind = item.kind if item else None
            if answer is not None:
                if kind_of(kind) != QUESTION:
                    raise InvalidInput(
                        _("the item %(item)r is a %(kind)s, not a question: give a note")
                        % {"item": resolved, "kind": kind_of(kind)}
                    )
                values["note"] = answer
                if status is None:
                    status = "answered" if answer.strip() else NOT_ASSESSED
            if status is not None:
                # Each item is judged on its own kind's scale (scales.py).
                values["status"] = validation.status(status, kind)
            row = session.get(Response, response_id(assessment.id, resolved))
            if row is None:
                row = self.recorder.create(
                    session,
                    Response,
                    {"assessment_id": assessment.id, "item_id": resolved, **values},
                    row_id=response_id(assessment.id, resolved),
                )
            else:
                if row.deleted:
                    self.recorder.restore(session, row)
                self.recorder.update(session, row, values)
            guidance = (
                session.get(Section, item.guidance_section_id) if item and item.guidance_section_id else None
            )
            return response_view(item, row, resolved, guidance.title if guidance else None)
