"""`fieldguide sync hub`: connect to the organisation's hub once, then push and pull.

    fieldguide sync hub URL --enrol CODE   enrol this device (the code works once)
    fieldguide sync hub                    push this device's changes, apply the team's
    fieldguide sync hub --new-code         a one-time code for a teammate's device
    fieldguide sync hub --forget           stop using the hub (the token is deleted)

The enrolment code may be given on the command line: it is worthless once used
(the hub refuses it a second time), so a shell history or a process list showing
it gives nothing away. The token the hub issues in exchange is kept inside the
profile and never printed, passed on a command line or put in the environment.
`--enrol -` reads the code from standard input instead.

The `--json` output is a contract (README, "Sync through the organisation's hub").
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from fieldguide.cli.bundles import print_exchanged, print_problems
from fieldguide.i18n import _, n_

if TYPE_CHECKING:
    from fieldguide.cli.main import Context

#: How long a run waits for a hub that does not answer before it stops (seconds).
DEFAULT_PATIENCE = 180.0


def register(sub: Any) -> None:
    hub = sub.add_parser(
        "hub",
        help=_("sync through the organisation's hub (connect once with URL --enrol CODE)"),
    )
    hub.add_argument(
        "url", nargs="?", metavar="URL", help=_("the hub's address, e.g. https://hub.example.org")
    )
    hub.add_argument(
        "--enrol",
        metavar="CODE",
        help=_("the one-time enrolment code a teammate or IT gave you (- to read it from standard input)"),
    )
    hub.add_argument("--team", metavar="TEAM", help=_("the team's id on the hub, when IT gave you one"))
    hub.add_argument(
        "--new-code", action="store_true", help=_("make a one-time code for a teammate's device")
    )
    hub.add_argument("--forget", action="store_true", help=_("stop syncing with the hub on this device"))
    hub.add_argument(
        "--give-up-after",
        type=float,
        default=DEFAULT_PATIENCE,
        metavar="SECONDS",
        help=_("stop when the hub has not answered for this long (default: 180)"),
    )
    hub.add_argument("--json", action="store_true")
    hub.set_defaults(handler=sync_hub, hub_parser=hub)


def sync_hub(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json
    from fieldguide.sync import hub_run

    def _usage(message: str) -> int:
        args.hub_parser.error(message)  # one line, exit status 2
        return 2

    if args.give_up_after <= 0:
        return _usage(_("--give-up-after takes a number of seconds above 0"))
    if args.url and args.enrol is None:
        return _usage(_("a hub address is given with the enrolment code: URL --enrol CODE"))
    if args.enrol is not None and not args.url:
        return _usage(_("--enrol needs the hub's address: URL --enrol CODE"))
    if sum(bool(x) for x in (args.enrol is not None, args.new_code, args.forget)) > 1:
        return _usage(_("give one of --enrol, --new-code and --forget"))

    def access(step: Any) -> Any:
        return step(ctx.app.hub)

    if args.forget:
        forgotten = ctx.app.hub.forget()
        if args.json:
            print_json({"forgotten": forgotten})
        else:
            print(_("this device no longer syncs with the hub") if forgotten else _("no hub was set up"))
        return 0
    if args.new_code:
        code, expires = hub_run.new_code(access, patience=args.give_up_after)
        if args.json:
            print_json({"code": code, "expires": expires})
        else:
            print(
                _("enrolment code for a teammate's device: %(code)s (works once, until %(expires)s)")
                % {"code": code, "expires": expires}
            )
        return 0
    if args.enrol is not None:
        code = sys.stdin.readline().strip() if args.enrol == "-" else args.enrol
        config = hub_run.enrol(access, args.url, code, team=args.team, patience=args.give_up_after)
        if not args.json:
            print(_("this device is enrolled with the hub at %s; syncing now") % config.url)
    result = hub_run.sync_hub(access, patience=args.give_up_after)
    if args.json:
        print_json(result.as_json())
    else:
        _print_result(result)
    return 0


def _print_result(result: Any) -> None:
    if result.wrong_key:
        print(n_("%n bundle(s) made with a different team key — check the team passphrase", result.wrong_key))
    print_exchanged(result)
    print_problems(result)
