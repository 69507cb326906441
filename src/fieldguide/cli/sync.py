"""Sync commands: sync team create|invite|join|admit|accept|show|remove, export, apply, folder,
status, conflicts, resolve.

The `--json` outputs of `sync status`, `sync folder` and `sync conflicts` are a
contract (README, "Sync"): keys are only ever added, never renamed or removed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldguide.i18n import _, n_

if TYPE_CHECKING:
    from fieldguide.cli.main import Context


def register(commands: Any) -> None:
    sync = commands.add_parser("sync", help=_("share notes and assessments with the team, without a network"))
    sub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    team = sub.add_parser("team", help=_("the team: its members, joining and removing"))
    team_sub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    create = team_sub.add_parser("create", help=_("found a team whose first member is this device"))
    create.add_argument("name", help=_("the team's name, e.g. the mission's"))
    create.add_argument(
        "--unprotected", action="store_true", help=_("allow team keys in an unprotected profile")
    )
    create.set_defaults(handler=team_create)
    invite = team_sub.add_parser("invite", help=_("write an invitation file for a new member"))
    invite.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    invite.set_defaults(handler=team_invite)
    join = team_sub.add_parser("join", help=_("answer a member's invitation with a join request"))
    join.add_argument("invitation", type=Path, metavar="INVITATION")
    join.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    join.add_argument(
        "--unprotected", action="store_true", help=_("allow team keys in an unprotected profile")
    )
    join.set_defaults(handler=team_join)
    admit = team_sub.add_parser(
        "admit", help=_("add the device that wrote a join request, once its code matches")
    )
    admit.add_argument("request", type=Path, metavar="REQUEST")
    admit.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    admit.add_argument("--code", help=_("the code the new device shows (asked for when not given)"))
    admit.set_defaults(handler=team_admit)
    accept = team_sub.add_parser("accept", help=_("open a member's answer: this device joins the team"))
    accept.add_argument("answer", type=Path, metavar="ANSWER")
    accept.add_argument(
        "--unprotected", action="store_true", help=_("allow team keys in an unprotected profile")
    )
    accept.set_defaults(handler=team_accept)
    show = team_sub.add_parser("show", help=_("the members of the team and their verification codes"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=team_show)
    remove = team_sub.add_parser("remove", help=_("remove a member: later bundles are sealed with a new key"))
    remove.add_argument("member", help=_("the member's name or key fingerprint"))
    remove.add_argument("--lost", action="store_true", help=_("the laptop was lost or stolen"))
    remove.set_defaults(handler=team_remove)

    export = sub.add_parser("export", help=_("write the changes not yet sent as one bundle file"))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--all", action="store_true", help=_("every change this device holds"))
    export.add_argument(
        "--for",
        dest="for_device",
        metavar="DEVICE",
        help=_("what that device (its name or id) has not confirmed receiving"),
    )
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=export_bundle)

    apply = sub.add_parser("apply", help=_("apply a bundle received from a teammate"))
    apply.add_argument("file", type=Path)
    apply.add_argument("--json", action="store_true")
    apply.set_defaults(handler=apply_bundle)

    folder = sub.add_parser("folder", help=_("sync with a shared folder or USB stick"))
    folder.add_argument("directory", type=Path, nargs="?", help=_("default: the last folder used"))
    folder.add_argument(
        "--first", action="store_true", help=_("this device is the first of the team in this folder")
    )
    folder.add_argument("--json", action="store_true")
    folder.set_defaults(handler=sync_folder)

    from fieldguide.cli import hub as hub_commands

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


def _device(ctx: Context, device: str) -> str:
    return _("this device") if device == ctx.app.device_id else str(ctx.app.sync.device_label(device))


# --- team ------------------------------------------------------------------------


def _allow_unprotected(ctx: Context, given: bool) -> bool:
    """Team keys in an unprotected profile only when the person says so: the flag, or yes
    to the question (asked only at a terminal)."""
    if given or ctx.app.sync.team_keys_allowed():
        return given
    if not sys.stdin.isatty():
        return False
    sys.stderr.write(
        _(
            "This profile is not protected by a passphrase: the team's keys would be stored "
            "unencrypted on this computer. Protect it first with `fieldguide profile protect`."
        )
        + "\n"
    )
    answer = input(_("Keep the team keys in this unprotected profile anyway? [y/N] "))
    return answer.strip().casefold() in {"y", "yes", _("y"), _("yes")}


def _read_file(path: Path) -> bytes:
    from fieldguide.sync.service import SyncError

    try:
        if path.stat().st_size > 4 * 1024 * 1024:
            raise SyncError(_("%s is too large to be a team file") % path.name)
        return path.read_bytes()
    except FileNotFoundError:
        raise SyncError(_("file not found: %s") % path.name) from None
    except OSError as error:
        raise SyncError(f"{path.name}: {error.strerror or error}") from None


def _write_file(path: Path, data: bytes) -> None:
    from fieldguide.atomic import atomic_write
    from fieldguide.sync.service import SyncError

    if path.is_dir():
        raise SyncError(_("%s is a folder; give a file name") % path)
    try:
        with atomic_write(path) as temporary:
            temporary.write_bytes(data)
    except OSError as error:
        raise SyncError(f"{path.name}: {error.strerror or error}") from None


def team_create(ctx: Context, args: argparse.Namespace) -> int:
    roster = ctx.app.sync.create_team(args.name, unprotected=_allow_unprotected(ctx, args.unprotected))
    print(_("created team %s; this device is its first member") % roster.name)
    print(_("to add a member: `fieldguide sync team invite -o FILE` and give them the file"))
    return 0


def team_invite(ctx: Context, args: argparse.Namespace) -> int:
    _write_file(args.output, ctx.app.sync.invitation())
    print(
        _("wrote an invitation to %s; the new device answers it with `fieldguide sync team join`")
        % args.output
    )
    return 0


def team_join(ctx: Context, args: argparse.Namespace) -> int:
    allowed = _allow_unprotected(ctx, args.unprotected)
    request, code, team = ctx.app.sync.join_request(_read_file(args.invitation), unprotected=allowed)
    _write_file(args.output, request)
    print(
        _("wrote a request to join %(team)s to %(file)s; give it to the member who invited you")
        % {"team": team, "file": args.output}
    )
    print(_("verification code: %s — the member's device must show the same code") % code)
    return 0


def team_admit(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.sync.service import SyncError

    data = _read_file(args.request)
    asked = ctx.app.sync.read_request(data)
    code = args.code
    if code is None:
        if not sys.stdin.isatty():
            raise SyncError(_("give the code the new device shows with --code; nothing was signed"))
        print(
            _("%(name)s asks to join. Verification code: %(code)s")
            % {"name": asked.keys.name, "code": asked.code}
        )
        if input(_("Does the new device show exactly this code? [y/N] ")).strip().casefold() not in {
            "y",
            "yes",
            _("y"),
            _("yes"),
        }:
            raise SyncError(_("the codes differ or were not confirmed; nothing was signed"))
        code = asked.code
    _write_file(args.output, ctx.app.sync.admit(data, code))
    print(
        _("%(name)s is now a member; give them %(file)s for `fieldguide sync team accept`")
        % {"name": asked.keys.name, "file": args.output}
    )
    return 0


def team_accept(ctx: Context, args: argparse.Namespace) -> int:
    allowed = _allow_unprotected(ctx, args.unprotected)
    roster = ctx.app.sync.accept(_read_file(args.answer), unprotected=allowed)
    members = len(roster.members)
    print(n_("this device is now a member of {team} (%n member(s))", members).format(team=roster.name))
    return 0


def team_show(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    roster = ctx.app.sync.roster()
    members = ctx.app.sync.members()
    if args.json:
        print_json(
            {
                "team": roster.name if roster else None,
                "id": roster.team if roster else None,
                "epoch": roster.epoch if roster else None,
                "members": [
                    {
                        "name": m.name,
                        "fingerprint": m.fingerprint,
                        "code": m.code,
                        "this_device": m.this_device,
                    }
                    for m in members
                ],
            }
        )
        return 0
    if roster is None:
        print(_("this profile is not in a team yet"))
        return 0
    print(_("team %(team)s, key epoch %(epoch)d") % {"team": roster.name, "epoch": roster.epoch})
    for member in members:
        code = _("this device") if member.this_device else member.code
        print(f"  {member.name}  {member.fingerprint}  {code}")
    return 0


def team_remove(ctx: Context, args: argparse.Namespace) -> int:
    fingerprint = ctx.app.sync.find_member(args.member)
    roster = ctx.app.sync.remove_member(fingerprint, lost=args.lost)
    print(
        _("removed %(member)s; bundles are now sealed with the key of epoch %(epoch)d, which it cannot read")
        % {"member": args.member, "epoch": roster.epoch}
    )
    return 0


# --- bundles -----------------------------------------------------------------------


def export_bundle(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    target = ctx.app.sync.find_device(args.for_device) if args.for_device else None
    result = ctx.app.sync.export_file(args.output, everything=args.all, for_device=target)
    if args.json:
        path = str(result.path) if result.path else None
        print_json({"file": path, "bundle_id": result.bundle_id, "changes": result.changes})
    elif result.path is None:
        print(_("no changes to send; nothing written (--all exports every change)"))
    else:
        print(n_("wrote %n change(s) to {file}", result.changes).format(file=result.path))
    return 0


def apply_bundle(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    result = ctx.app.sync.apply_file(args.file)
    if args.json:
        print_json(
            {
                "bundle_id": result.bundle_id,
                "device": result.device,
                "changes": result.changes,
                "new": result.new,
                "conflicts": len(result.conflicts),
                "already_applied": result.already,
                "warnings": list(result.warnings),
            }
        )
    elif result.already:
        print(_("%s was applied before; nothing changed") % args.file.name)
    else:
        print(
            n_("applied a bundle from {device}: %n new change(s)", result.new).format(
                device=_device(ctx, result.device)
            )
        )
        _print_conflicts(len(result.conflicts))
        _print_purged(result.purged)
    for warning in result.warnings:
        sys.stderr.write(f"fieldguide: {warning}\n")
    return 0


def _print_conflicts(count: int) -> None:
    if count:
        print(n_("%n new conflict(s): see `fieldguide sync conflicts`", count))


def _print_purged(count: int) -> None:
    if count:
        message = n_(
            "%n text(s) a teammate removed for good were removed here too; older backups may "
            "still hold them: see `fieldguide purge backups`",
            count,
        )
        print(message)


def sync_folder(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json
    from fieldguide.sync.service import SyncError

    directory = args.directory or ctx.app.sync.last_folder()
    if directory is None:
        raise SyncError(_("which folder? give it once: `fieldguide sync folder DIR`"))
    result = ctx.app.sync.sync_folder(directory, first=args.first)
    if args.json:
        print_json(result.as_json())
    else:
        if result.wrong_key:
            print(
                n_(
                    "%n bundle(s) made with another team's key — this device is not in that team, "
                    "or was removed from it",
                    result.wrong_key,
                )
            )
        print_exchanged(result)
        _print_purged(result.purged)
        if result.waiting:
            print(
                _(
                    "nothing written to this folder yet: no teammate's bundle was opened here. "
                    "If this device is the first of the team to use it, run again with --first"
                )
            )
    print_problems(result)
    return 0


def print_exchanged(result: Any) -> None:
    """What a sync with a folder or the hub received and sent, and the conflicts it found."""
    print(n_("received %n change(s)", result.received))
    print(n_("sent %n change(s) of yours", result.sent))
    _print_conflicts(len(result.conflicts))


def print_problems(result: Any) -> None:
    """A sync's warnings and the bundles it skipped (those of another team's key are counted apart)."""
    for warning in result.warnings:
        sys.stderr.write(f"fieldguide: {warning}\n")
    for skipped in result.skipped:
        if skipped.kind == "wrong-key":
            continue
        note = _("will retry next time") if skipped.retry else _("skipped")
        sys.stderr.write(f"fieldguide: {skipped.file}: {skipped.reason} ({note})\n")


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
