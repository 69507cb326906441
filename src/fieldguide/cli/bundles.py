"""`fieldguide sync export`, `apply` and `folder`: bundles written, applied and exchanged.

`print_exchanged` and `print_problems` also report a sync through the hub (hub.py).
The `--json` output of `sync folder` is a contract (README, "Sync").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldguide.cli.progress import TerminalProgress
from fieldguide.i18n import _, n_

if TYPE_CHECKING:
    from fieldguide.cli.main import Context


def register(sub: Any) -> None:
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


def _device(ctx: Context, device: str) -> str:
    return _("this device") if device == ctx.app.device_id else str(ctx.app.sync.device_label(device))


def export_bundle(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    target = ctx.app.sync.find_device(args.for_device) if args.for_device else None
    with TerminalProgress(_("Writing the bundle…")) as progress:
        result = ctx.app.sync.export_file(
            args.output, everything=args.all, for_device=target, progress=progress
        )
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

    with TerminalProgress(_("Applying the bundle…")) as progress:
        result = ctx.app.sync.apply_file(args.file, progress=progress)
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
