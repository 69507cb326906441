"""Exporting an assessment as a report: the one use case both faces call."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fieldguide.reports import export_report
from fieldguide.reports.build import build_report
from fieldguide.reports.model import ReportOptions

if TYPE_CHECKING:
    from fieldguide.assessments.service import AssessmentService


class ReportService:
    def __init__(self, assessments: AssessmentService) -> None:
        self.assessments = assessments

    def export(
        self,
        assessment_id: str,
        fmt: str,
        path: Path | str,
        options: ReportOptions | None = None,
        *,
        language: str | None = None,
    ) -> Path:
        """Write the assessment (its id or a unique prefix) as `fmt` to `path`, whole or not at all.

        The report is built from the same read model the workspace shows
        (`AssessmentService.get`). An unknown id is a UserError; a folder that
        cannot be written to, a ReportError. `language`: the guidance text in that language
        where a translation pack holds it (the answers are the same in every language).
        """
        view = self.assessments.get(self.assessments.resolve(assessment_id), language=language)
        return export_report(build_report(view, options or ReportOptions()), fmt, path)
