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
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldguide.assessments import validation
from fieldguide.assessments.errors import AssessmentFinal, AssessmentNotFound, InvalidInput
from fieldguide.assessments.model import (
    DRAFT,
    FINAL,
    ActionView,
    AssessmentSummary,
    AssessmentView,
    ChecklistRef,
    ResponseView,
    progress_of,
)
from fieldguide.assessments.scales import NOT_ASSESSED, QUESTION, kind_of, place
from fieldguide.db.engine import Database
from fieldguide.db.models import Action, Assessment, Checklist, ChecklistItem, Pack, Response, Section
from fieldguide.i18n import _
from fieldguide.sync.changelog import Recorder, derived_id

MIN_PREFIX = 8
_ID_TEXT = re.compile(r"[0-9a-f-]+")

R = TypeVar("R", Assessment, Action)


def response_id(assessment_id: str, item_id: str) -> str:
    return derived_id("response", assessment_id, item_id)


class AssessmentService:
    def __init__(self, db: Database, recorder: Recorder) -> None:
        self.db = db
        self.recorder = recorder

    # --- reading -------------------------------------------------------------------

    def resolve(self, assessment_id: str, *, deleted: bool = False) -> str:
        """The full id of an assessment given its id or an unambiguous prefix."""
        with self.db.read() as session:
            return _find(session, Assessment, assessment_id, "assessment", deleted=deleted).id

    def titles(self) -> list[tuple[str, str, str]]:
        """(id, title, status) of each assessment, in the order of `list`, without the progress:
        what the navigator shows, read without loading every answer of every assessment."""
        with self.db.read() as session:
            rows = session.execute(
                select(Assessment.id, Assessment.title, Assessment.status, Assessment.updated_at).where(
                    Assessment.deleted.is_(False)
                )
            ).all()
            last_change = _last_changed(session, rows)
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
            last_change = _last_changed(session, rows)
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
            assessment = _find(session, Assessment, assessment_id, "assessment")
            view = _view(session, assessment)
            if language:
                from fieldguide.assessments.translated import in_language

                view = in_language(session, view, language)
            return view

    def action(self, action_id: str) -> ActionView:
        with self.db.read() as session:
            return _action_view(_find(session, Action, action_id, "action"))

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
            assessment = self._writable(session, assessment_id)
            validation.period(
                values.get("start_date", assessment.start_date), values.get("end_date", assessment.end_date)
            )
            self.recorder.update(session, assessment, values)
            return _view(session, assessment)

    def finalise(self, assessment_id: str) -> None:
        """Make the assessment read-only until it is reopened."""
        with self.db.write() as session:
            assessment = self._writable(session, assessment_id)
            self.recorder.update(session, assessment, {"status": FINAL})

    def reopen(self, assessment_id: str) -> None:
        with self.db.write() as session:
            assessment = _find(session, Assessment, assessment_id, "assessment")
            self.recorder.update(session, assessment, {"status": DRAFT})

    def duplicate(self, assessment_id: str, *, title: str | None = None) -> str:
        """A new draft with the same details, answers and actions; returns its id."""
        new_title = validation.title(title) if title is not None else None
        with self.db.write() as session:
            source = _find(session, Assessment, assessment_id, "assessment")
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
            assessment = self._writable(session, assessment_id)
            self.recorder.delete(session, assessment)
            return assessment.id

    def undelete(self, assessment_id: str) -> str:
        with self.db.write() as session:
            assessment = _find(session, Assessment, assessment_id, "deleted assessment", deleted=True)
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
            assessment = self._writable(session, assessment_id)
            item, resolved = _item(session, assessment, item_id)
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
            return _response_view(item, row, resolved, guidance.title if guidance else None)

    # --- actions ---------------------------------------------------------------------

    def add_action(
        self,
        assessment_id: str,
        text: str,
        *,
        item_id: str | None = None,
        owner: str = "",
        due: str = "",
    ) -> ActionView:
        values = {
            "text": validation.action_text(text),
            "owner": owner.strip(),
            "due_date": validation.date(due, "due date"),
            "done": False,
        }
        with self.db.write() as session:
            assessment = self._writable(session, assessment_id)
            resolved = _item(session, assessment, item_id)[1] if item_id else None
            row = self.recorder.create(
                session, Action, {**values, "assessment_id": assessment.id, "item_id": resolved}
            )
            return _action_view(row)

    def update_action(
        self,
        action_id: str,
        *,
        text: str | None = None,
        owner: str | None = None,
        due: str | None = None,
        done: bool | None = None,
    ) -> ActionView:
        """Change an action; None leaves a field as it is, "" clears the due date."""
        values: dict[str, Any] = {}
        if text is not None:
            values["text"] = validation.action_text(text)
        if owner is not None:
            values["owner"] = owner.strip()
        if due is not None:
            values["due_date"] = validation.date(due, "due date")
        if done is not None:
            values["done"] = bool(done)
        with self.db.write() as session:
            action = self._writable_action(session, action_id)
            self.recorder.update(session, action, values)
            return _action_view(action)

    def set_action_done(self, action_id: str, done: bool = True) -> ActionView:
        return self.update_action(action_id, done=done)

    def delete_action(self, action_id: str) -> str:
        with self.db.write() as session:
            action = self._writable_action(session, action_id)
            self.recorder.delete(session, action)
            return action.id

    def restore_action(self, action_id: str) -> ActionView:
        with self.db.write() as session:
            action = self._writable_action(session, action_id, deleted=True)
            self.recorder.restore(session, action)
            return _action_view(action)

    # --- guards ----------------------------------------------------------------------

    @staticmethod
    def _writable(session: Session, assessment_id: str) -> Assessment:
        assessment = _find(session, Assessment, assessment_id, "assessment")
        if assessment.status == FINAL:
            raise AssessmentFinal(
                _("the assessment %r is final; reopen it to change it") % (assessment.title,)
            )
        return assessment

    def _writable_action(self, session: Session, action_id: str, *, deleted: bool = False) -> Action:
        what = "deleted action" if deleted else "action"
        action = _find(session, Action, action_id, what, deleted=deleted)
        owner = session.get(Assessment, action.assessment_id)
        if owner is None or owner.deleted:
            raise AssessmentNotFound(_("the assessment of the action %r has been deleted") % (action_id,))
        self._writable(session, owner.id)
        return action


# --- helpers (run inside the caller's session) ---------------------------------------


def _find(session: Session, model: type[R], text: str, what: str, *, deleted: bool = False) -> R:
    wanted = text.strip().lower()
    missing = AssessmentNotFound(f"no {what} has the id {text!r}")
    if not _ID_TEXT.fullmatch(wanted):
        raise missing
    if len(wanted) == 36:
        row = session.get(model, wanted)
        if row is None or row.deleted != deleted:
            raise missing
        return row
    if len(wanted) < MIN_PREFIX:
        raise AssessmentNotFound(
            _("no %s has the id %r (give at least %s characters)") % (what, text, MIN_PREFIX)
        )
    # Only hex digits and dashes reach here, so the prefix holds no LIKE wildcard.
    matches = list(
        session.scalars(select(model).where(model.id.like(wanted + "%"), model.deleted.is_(deleted)).limit(2))
    )
    if not matches:
        raise missing
    if len(matches) > 1:
        raise InvalidInput(_("more than one %s id starts with %r; give more characters") % (what, text))
    return matches[0]


def _item(session: Session, assessment: Assessment, item_id: str) -> tuple[ChecklistItem | None, str]:
    """The assessment's item for an id (or its part after the checklist id, when unique).

    Returns (None, id) for an item the library no longer holds but this
    assessment answered: its answer stays editable.
    """
    wanted = item_id.strip()
    item = session.get(ChecklistItem, wanted)
    if item is not None and item.checklist_id in assessment.checklist_ids:
        return item, item.id
    if "/" not in wanted and wanted:
        candidates = [
            found
            for found in (session.get(ChecklistItem, f"{c}/{wanted}") for c in assessment.checklist_ids)
            if found is not None
        ]
        if len(candidates) == 1:
            return candidates[0], candidates[0].id
        if len(candidates) > 1:
            raise InvalidInput(
                _(
                    "more than one checklist of this assessment has an item %r; give the full id "
                    "(checklist/item)"
                )
                % (wanted,)
            )
    if item is None:
        orphan = session.get(Response, response_id(assessment.id, wanted))
        if orphan is not None and not orphan.deleted:
            return None, wanted
    raise AssessmentNotFound(_("the assessment has no checklist item %r") % (item_id,))


def _response_view(
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


def _action_view(row: Action) -> ActionView:
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


def _view(session: Session, assessment: Assessment) -> AssessmentView:
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
        view = _response_view(item, answers.pop(item.id, None), item.id, guidance_title)
        if item.checklist_id in imported:
            view = replace(view, kind_editable=True)
        by_checklist[item.checklist_id].append(view)
    for item_id, row in answers.items():  # answers to items the library no longer has at all
        orphan = _response_view(None, row, item_id, None)
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
        actions=[_action_view(a) for a in actions],
    )


def _last_changed(session: Session, assessments: Sequence[Any]) -> dict[str, str]:
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
