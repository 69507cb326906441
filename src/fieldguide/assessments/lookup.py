"""Rows found by the ids people type, and the guards a write passes first.

An assessment or action id prefix of at least eight characters is accepted when
it matches exactly one row; an item may be named by its part after the checklist
id when that is unique. A final assessment refuses every change until reopened.
"""

from __future__ import annotations

import re
from typing import Literal, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldguide.assessments.errors import AssessmentFinal, AssessmentNotFound, InvalidInput
from fieldguide.assessments.model import FINAL
from fieldguide.db.models import Action, Assessment, ChecklistItem, Response
from fieldguide.i18n import _
from fieldguide.sync.changelog import derived_id

MIN_PREFIX = 8

_ID_TEXT = re.compile(r"[0-9a-f-]+")

R = TypeVar("R", Assessment, Action)
# What `find` looks for, as its messages name it.
Kind = Literal["assessment", "deleted assessment", "action", "deleted action"]


def response_id(assessment_id: str, item_id: str) -> str:
    return derived_id("response", assessment_id, item_id)


def writable(session: Session, assessment_id: str) -> Assessment:
    assessment = find(session, Assessment, assessment_id, "assessment")
    if assessment.status == FINAL:
        raise AssessmentFinal(_("the assessment %r is final; reopen it to change it") % (assessment.title,))
    return assessment


def writable_action(session: Session, action_id: str, *, deleted: bool = False) -> Action:
    what: Kind = "deleted action" if deleted else "action"
    action = find(session, Action, action_id, what, deleted=deleted)
    owner = session.get(Assessment, action.assessment_id)
    if owner is None or owner.deleted:
        raise AssessmentNotFound(_("the assessment of the action %r has been deleted") % (action_id,))
    writable(session, owner.id)
    return action


def _missing(what: str, text: str) -> str:
    """ "No … has the id …" in the user's language: a whole sentence for each kind of row
    (translators see each one; a kind's name dropped into a sentence would stay English)."""
    if what == "deleted assessment":
        return _("no deleted assessment has the id %r") % (text,)
    if what == "action":
        return _("no action has the id %r") % (text,)
    if what == "deleted action":
        return _("no deleted action has the id %r") % (text,)
    return _("no assessment has the id %r") % (text,)


def _too_short(what: str, text: str) -> str:
    if what == "deleted assessment":
        sentence = _("no deleted assessment has the id %r (give at least %s characters)")
    elif what == "action":
        sentence = _("no action has the id %r (give at least %s characters)")
    elif what == "deleted action":
        sentence = _("no deleted action has the id %r (give at least %s characters)")
    else:
        sentence = _("no assessment has the id %r (give at least %s characters)")
    return sentence % (text, MIN_PREFIX)


def _ambiguous(what: str, text: str) -> str:
    if what == "deleted assessment":
        sentence = _("more than one deleted assessment id starts with %r; give more characters")
    elif what == "action":
        sentence = _("more than one action id starts with %r; give more characters")
    elif what == "deleted action":
        sentence = _("more than one deleted action id starts with %r; give more characters")
    else:
        sentence = _("more than one assessment id starts with %r; give more characters")
    return sentence % (text,)


def find(session: Session, model: type[R], text: str, what: Kind, *, deleted: bool = False) -> R:
    wanted = text.strip().lower()
    missing = AssessmentNotFound(_missing(what, text))
    if not _ID_TEXT.fullmatch(wanted):
        raise missing
    if len(wanted) == 36:
        row = session.get(model, wanted)
        if row is None or row.deleted != deleted:
            raise missing
        return row
    if len(wanted) < MIN_PREFIX:
        raise AssessmentNotFound(_too_short(what, text))
    # Only hex digits and dashes reach here, so the prefix holds no LIKE wildcard.
    matches = list(
        session.scalars(select(model).where(model.id.like(wanted + "%"), model.deleted.is_(deleted)).limit(2))
    )
    if not matches:
        raise missing
    if len(matches) > 1:
        raise InvalidInput(_ambiguous(what, text))
    return matches[0]


def item_of(session: Session, assessment: Assessment, item_id: str) -> tuple[ChecklistItem | None, str]:
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
