"""`fieldguide export`: an assessment as a PDF, DOCX, CSV or JSON report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldguide.i18n import _

FORMATS = ("pdf", "docx", "csv", "json")


def register(commands: Any) -> None:
    command = commands.add_parser("export", help=_("export an assessment as a report"))
    command.add_argument("id", help=_("the assessment's id (or its first 8 characters)"))
    command.add_argument("--format", choices=FORMATS, required=True)
    command.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    command.add_argument("--no-notes", action="store_true", help=_("leave out notes and evidence"))
    command.add_argument("--skip-unassessed", action="store_true", help=_("leave out items not assessed"))
    command.add_argument("--paper", choices=("a4", "letter"), default="a4")
    command.add_argument(
        "--language",
        metavar="LANG",
        help=_(
            "the report's language: its headings and labels, and the guidance text where a translation"
            " is installed (default: yours)"
        ),
    )
    command.set_defaults(handler=export_assessment)


def export_assessment(ctx: Any, args: argparse.Namespace) -> int:
    from fieldguide.language import active_language, report_language
    from fieldguide.reports.model import ReportOptions

    options = ReportOptions(
        include_notes=not args.no_notes, skip_unassessed=args.skip_unassessed, paper=args.paper
    )
    # The report speaks one language throughout: its fixed words, and the guidance text where a
    # translation pack holds it. The messages around it stay in the user's language.
    language = args.language or active_language()
    with report_language(language):
        path = ctx.app.reports.export(args.id, args.format, args.output, options, language=language)
    print(_("wrote %s") % path)
    return 0
