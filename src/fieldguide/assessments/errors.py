"""Errors a user can cause while working on an assessment; each is one line, nothing is written."""

from __future__ import annotations

from fieldguide.errors import UserError


class AssessmentNotFound(UserError):
    """No assessment, checklist, item or action answers to the id given."""


class InvalidInput(UserError):
    """A status, confidence, classification, date or title that is not acceptable."""


class AssessmentFinal(UserError):
    """A change to a finalised assessment: it must be reopened first."""
