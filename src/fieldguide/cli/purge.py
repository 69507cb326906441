"""Remove a text for good: purge note|answer-note|evidence|action, and purge backups.

A purge cannot be undone, so it is confirmed: on a terminal the person types "yes" after
reading what it does; a script says ``--yes``.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from fieldguide.errors import UserError
from fieldguide.i18n import _, n_

if TYPE_CHECKING:
    from fieldguide.cli.main import Context


def register(commands: Any) -> None:
    purge = commands.add_parser(
        "purge", help=_("remove a text for good, here and on every teammate's device")
    )
    kinds = purge.add_subparsers(dest="purge_kind", metavar="WHAT", required=True)
    helps = {
        "note": _("a note on a section, an item or an assessment (its id)"),
        "answer-note": _("the note of an item's answer (assessment id, then item id)"),
        "evidence": _("the evidence of an item's answer (assessment id, then item id)"),
        "action": _("a follow-up action's text (its id)"),
    }
    for kind, text in helps.items():
        command = kinds.add_parser(kind, help=text)
        command.add_argument("id")
        if kind in ("answer-note", "evidence"):
            command.add_argument("item_id", metavar="ITEM_ID")
        command.add_argument(
            "--replace-with", default="", metavar="TEXT", help=_("what to leave in its place (else nothing)")
        )
        command.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
        command.add_argument("--json", action="store_true")
        command.set_defaults(handler=purge_text)
    backups = kinds.add_parser("backups", help=_("older backups that may still hold removed text"))
    backups.add_argument(
        "--delete", action="store_true", help=_("delete them (a fresh backup is made first)")
    )
    backups.add_argument("--json", action="store_true")
    backups.set_defaults(handler=purge_backups)


def _confirm(question: str) -> None:
    if not sys.stdin.isatty():
        raise UserError(_("a purge cannot be undone: add --yes to confirm it"))
    sys.stderr.write(question + "\n")
    sys.stderr.write(_('Type "yes" to remove it for good: '))
    sys.stderr.flush()
    if sys.stdin.readline().strip().lower() not in {"yes", _("yes").lower()}:
        raise UserError(_("nothing was removed"))


def purge_text(ctx: Context, args: argparse.Namespace) -> int:
    kind, item = args.purge_kind, getattr(args, "item_id", None)
    service = ctx.app.purge
    current = service.current(kind, args.id, item)
    if not args.yes:
        _confirm(
            _(
                "This removes every stored version of this text on this computer (its history, "
                "the search index, freed space in the database) and, at the next sync, on every "
                "teammate's device. Backups made before now still hold it until you delete them.\n"
                "Text: %s"
            )
            % current
        )
    result = service.purge(kind, args.id, item, replacement=args.replace_with)
    if args.json:
        from fieldguide.cli.main import print_json

        print_json(result.as_json())
        return 0
    print(_("Removed for good on this computer; teammates' devices remove it at their next sync."))
    if not result.compacted:
        print(_("The database file is rewritten once Field Guide is closed everywhere on this computer."))
    _print_backups(len(result.older_backups))
    return 0


def _print_backups(count: int) -> None:
    if count:
        message = n_(
            "%n older backup(s) may still hold removed text: `fieldguide purge backups --delete` "
            "deletes them after making a fresh backup.",
            count,
        )
        print(message)


def purge_backups(ctx: Context, args: argparse.Namespace) -> int:
    service = ctx.app.purge
    older = service.delete_older_backups() if args.delete else service.older_backups()
    if args.json:
        from fieldguide.cli.main import print_json

        print_json({"deleted": bool(args.delete), "backups": [b.as_json() for b in older]})
        return 0
    for backup in older:
        print(f"{backup.created.astimezone().strftime('%Y-%m-%d %H:%M')}  {backup.path}")
    if args.delete:
        print(n_("Deleted %n older backup(s); a fresh backup was made first.", len(older)))
    elif older:
        _print_backups(len(older))
    else:
        print(_("No backup here holds removed text."))
    return 0
