"""`fieldguide sync team`: found a team, invite, join, admit, accept, show and remove members.

The files a joining device and a member pass between them (invitation, request,
answer) are read and written here; the service checks and signs what they hold.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldguide.i18n import _, n_

if TYPE_CHECKING:
    from fieldguide.cli.main import Context


def register(sub: Any) -> None:
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
