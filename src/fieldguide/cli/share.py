"""Share one assessment with one colleague: share key|send|open.

The colleague gives their public-key file (`share key -o FILE` on their laptop; it is not
secret); `share send` seals the assessment to it; only their device can `share open` it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldguide.i18n import _

if TYPE_CHECKING:
    from fieldguide.cli.main import Context


def register(commands: Any) -> None:
    share = commands.add_parser(
        "share", help=_("share one assessment with one colleague, encrypted to their device")
    )
    actions = share.add_subparsers(dest="share_command", metavar="ACTION", required=True)

    key = actions.add_parser(
        "key", help=_("write this device's public key, for colleagues to share with you")
    )
    key.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    key.add_argument("--json", action="store_true")
    key.set_defaults(handler=write_key)

    send = actions.add_parser("send", help=_("write an assessment that only one colleague's device can open"))
    send.add_argument("id", help=_("the assessment"))
    recipient = send.add_mutually_exclusive_group(required=True)
    recipient.add_argument("--to", type=Path, metavar="KEYFILE", help=_("the colleague's public-key file"))
    recipient.add_argument(
        "--to-member", metavar="NAME", help=_("a member of your team, by name or key fingerprint")
    )
    send.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    send.add_argument("--json", action="store_true")
    send.set_defaults(handler=send_assessment)

    receive = actions.add_parser("open", help=_("import an assessment a colleague shared with this device"))
    receive.add_argument("file", type=Path)
    receive.add_argument("--json", action="store_true")
    receive.set_defaults(handler=open_shared)


def write_key(ctx: Context, args: argparse.Namespace) -> int:
    public = ctx.app.sharing.my_public_key(args.output)
    if args.json:
        from fieldguide.cli.main import print_json

        print_json({"file": str(args.output), "fingerprint": public.fingerprint, "name": public.name})
    else:
        print(
            _("wrote this device's public key to %(file)s (fingerprint %(fp)s)")
            % {"file": args.output, "fp": public.fingerprint}
        )
    return 0


def send_assessment(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.assessments.sharing import read_public_key

    if args.to_member is not None:
        from fieldguide.assessments.sharing import team_member_key

        recipient = team_member_key(ctx.app.sync, args.to_member)
    else:
        recipient = read_public_key(args.to)
    size = ctx.app.sharing.share(args.id, recipient, args.output)
    if args.json:
        from fieldguide.cli.main import print_json

        print_json(
            {
                "file": str(args.output),
                "to": recipient.name,
                "to_fingerprint": recipient.fingerprint,
                "size": size,
            }
        )
    else:
        print(
            _("wrote %(file)s: only %(name)s (fingerprint %(fp)s) can open it")
            % {
                "file": args.output,
                "name": recipient.name or _("the colleague's device"),
                "fp": recipient.fingerprint,
            }
        )
    return 0


def open_shared(ctx: Context, args: argparse.Namespace) -> int:
    shared = ctx.app.sharing.open(args.file)
    if args.json:
        from fieldguide.cli.main import print_json

        print_json(shared.as_json())
    else:
        print(
            _("imported %(title)s from %(name)s (fingerprint %(fp)s) as assessment %(id)s")
            % {
                "title": shared.title,
                "name": shared.sender or _("a colleague"),
                "fp": shared.sender_fingerprint,
                "id": shared.assessment_id,
            }
        )
    return 0
