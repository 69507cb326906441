"""Sync commands: sync team create|invite|join|admit|accept|show|remove, export, apply, folder,
status, conflicts, resolve.

Where each lives: `sync team …` in team.py; `sync export`, `apply` and `folder` (the
bundles) in bundles.py; `sync hub` in hub.py; the device's name, the status and the
conflicts here.

The `--json` outputs of `sync status`, `sync folder` and `sync conflicts` are a
contract (README, "Sync"): keys are only ever added, never renamed or removed.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from fieldguide.cli import bundles, team
from fieldguide.cli import hub as hub_commands
from fieldguide.i18n import _, n_

if TYPE_CHECKING:
    from fieldguide.cli.main import Context


def register(commands: Any) -> None:
    sync = commands.add_parser("sync", help=_("share notes and assessments with the team, without a network"))
    sub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    team.register(sub)
    bundles.register(sub)
    hub_commands.register(sub)

    name = sub.add_parser("name", help=_("the name teammates see for this device"))
    name.add_argument("name", nargs="?", help=_('e.g. "Amina\'s laptop"; without it, show the name'))
    name.set_defaults(handler=device_name)

    status = sub.add_parser("status", help=_("changes to send, teammates heard from, open conflicts"))
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=show_status)

    conflicts = sub.add_parser("conflicts", help=_("texts that two people changed at the same time"))
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=list_conflicts)

    resolve = sub.add_parser("resolve", help=_("close a conflict, keeping mine, theirs or both"))
    resolve.add_argument("conflict_id", metavar="CONFLICT_ID")
    resolve.add_argument("--keep", required=True, choices=("mine", "theirs", "both"))
    resolve.set_defaults(handler=resolve_conflict)


def device_name(ctx: Context, args: argparse.Namespace) -> int:
    if args.name is None:
        name = ctx.app.sync.device_name()
        print(name or _('this device has no name yet: `fieldguide sync name "Amina\'s laptop"`'))
        return 0
    print(_("this device is now called %s") % ctx.app.sync.set_device_name(args.name))
    return 0


# --- status and conflicts ----------------------------------------------------------


def show_status(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    status = ctx.app.sync.status()
    hub = ctx.app.hub.configured()
    hub_last = ctx.app.hub.last_sync() if hub else None
    if args.json:
        hub_json = {"url": hub[0], "team": hub[1], "last_sync": hub_last} if hub else None
        print_json({**status.as_json(), "hub": hub_json})
        return 0
    print(_("this device: %s") % ctx.app.sync.device_label(status.device))
    if status.team is None:
        print(_("sync is not set up: `fieldguide sync team create NAME` or `fieldguide sync team join FILE`"))
        return 0
    print(n_("team {team}: %n member(s)", status.members).format(team=status.team))
    print(n_("%n change(s) to send", status.pending_changes))
    print(n_("%n open conflict(s)", status.conflicts))
    if status.folder:
        print(_("last folder: %s") % status.folder)
    if hub:
        print(_("hub: %(url)s (last sync: %(when)s)") % {"url": hub[0], "when": hub_last or _("never")})
    if status.peers:
        print(_("teammates' devices heard from:"))
        for peer in status.peers:
            print(f"  {ctx.app.sync.device_label(peer.device)}  {_('last applied')} {peer.last_applied}")
    if status.clock_warning:
        sys.stderr.write(f"fieldguide: {status.clock_warning}\n")
    return 0


def _one_line(value: Any, limit: int = 100) -> str:
    text = " ".join(str(value).split()) if value is not None else ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def list_conflicts(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    conflicts = ctx.app.sync.conflicts()
    if args.json:
        print_json({"conflicts": [c.as_json() for c in conflicts]})
        return 0
    if not conflicts:
        print(_("no open conflicts"))
    for conflict in conflicts:
        print(f"{conflict.id}  {conflict.table}.{conflict.field}  {conflict.record}")
        for label, side in ((_("mine"), conflict.mine), (_("theirs"), conflict.theirs)):
            if conflict.kind == "delete":
                text = _("deleted") if side.value else _("kept and edited")
            else:
                text = _one_line(side.value)
            print(f"  {label:7} {side.device_name}, {side.time}: {text}")
    return 0


def resolve_conflict(ctx: Context, args: argparse.Namespace) -> int:
    view, _kept = ctx.app.sync.resolve(args.conflict_id, args.keep)
    choice = {"mine": _("mine"), "theirs": _("theirs"), "both": _("both versions")}[args.keep]
    print(_("kept %s in %s.%s; the conflict is closed") % (choice, view.table, view.field))
    return 0
