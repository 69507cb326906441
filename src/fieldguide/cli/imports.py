"""`fieldguide import FILE...`: add an adviser's own documents to the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldguide.errors import UserError
from fieldguide.i18n import _

if TYPE_CHECKING:
    from fieldguide.cli.main import Context


def register(commands: Any) -> None:
    command = commands.add_parser("import", help=_("add guidance documents (PDF, DOCX, Markdown, text)"))
    command.add_argument("files", nargs="+", type=Path, metavar="FILE")
    command.add_argument("--title", help=_("the document's title (one file only)"))
    command.add_argument("--practice-area", help=_("file the document under this practice area"))
    command.add_argument(
        "--edition-of",
        metavar="ID",
        help=_("the file is a new edition of this imported document: it replaces it, notes stay attached"),
    )
    command.add_argument("--json", action="store_true")
    command.set_defaults(handler=import_documents)


def import_documents(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    if args.title and len(args.files) > 1:
        raise UserError(_("--title applies to one file; import the files one at a time"))
    if args.edition_of and len(args.files) > 1:
        raise UserError(_("--edition-of applies to one file; import the files one at a time"))
    # Parse every file before adding any, so one unreadable file adds nothing at all.
    prepared = [ctx.app.imports.prepare(path) for path in args.files]
    results = [
        ctx.app.imports.commit(
            item, title=args.title, practice_area=args.practice_area, edition_of=args.edition_of
        )
        for item in prepared
    ]
    if args.json:
        print_json({"documents": [result.as_json() for result in results]})
        return 0
    for item, result in zip(prepared, results, strict=True):
        label = {
            "imported": _("imported"),
            "unchanged": _("already in the library, unchanged"),
            "new-edition": _("replaced by its new edition"),
        }[result.status]
        items = sum(c.items for c in result.checklists)
        sys.stdout.write(
            f"{result.file_name}: {label}: {result.id} “{result.title}” — "
            + _("%d sections, %d checklists (%d items)")
            % (len(result.outline), len(result.checklists), items)
            + "\n"
        )
        alike = item.look_alike
        if alike is not None and result.status == "imported" and alike.id != result.id:
            sys.stdout.write(
                _("  it looks like %s “%s”; it was added as a separate document. If it is a new "
                  "edition, import it again with --edition-of %s")
                % (alike.id, alike.title, alike.id)
                + "\n"
            )
        if result.detached_notes:
            sys.stdout.write(
                _("  %d notes no longer match a section; they are kept as detached notes")
                % result.detached_notes
                + "\n"
            )
    return 0
