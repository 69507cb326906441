"""Assessment report as a Word document (python-docx), for advisers who edit
the report further in Word before it goes to the mission.

Same structure as the PDF, with real Word headings so the navigation pane and
a table of contents work. Markdown notes are parsed by Qt (QTextDocument,
QtGui only) so that bold, italics and lists mean the same as in the PDF.

The stages live in `reports/word/`: `sections` writes each part of the report
with `blocks`' primitives, `style`'s look and `ooxml`'s XML that python-docx
has no call for. This module runs them.
"""

from __future__ import annotations

from pathlib import Path

from fieldguide.reports.common import apply_options
from fieldguide.reports.fonts import ensure_gui_application, register_fonts
from fieldguide.reports.model import Report
from fieldguide.reports.word.sections import ReportBuilder


def render_docx(report: Report, path: Path) -> None:
    """Write the report as a .docx file to `path`."""
    ensure_gui_application()
    register_fonts()
    document = ReportBuilder(apply_options(report)).build()
    document.save(str(path))
