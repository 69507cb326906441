"""Sync commands: sync key new|import|passphrase|show, export, apply, folder, status, conflicts, resolve.

The `--json` outputs of `sync status`, `sync folder` and `sync conflicts` are a
contract (README, "Sync"): keys are only ever added, never renamed or removed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldguide.i18n import _, n_

if TYPE_CHECKING:
    from fieldguide.cli.main import Context


def register(commands: Any) -> None:
    sync = commands.add_parser("sync", help=_("share notes and assessments with the team, without a network"))
    sub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    key = sub.add_parser("key", help=_("the team key that encrypts bundles"))
    key_sub = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    new = key_sub.add_parser("new", help=_("make a new team key file (readable by you only)"))
    new.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    new.add_argument("--label", help=_("a name for the key, e.g. the team's"))
    new.set_defaults(handler=key_new)
    imported = key_sub.add_parser("import", help=_("use a team key file in this profile"))
    imported.add_argument("file", type=Path)
    imported.add_argument("--replace", action="store_true", help=_("replace the key this profile has"))
    imported.set_defaults(handler=key_import)
    phrase = key_sub.add_parser("passphrase", help=_("derive the team key from a shared passphrase"))
    phrase.add_argument("--team", required=True, help=_("the team's name, the same on every device"))
    phrase.add_argument(
        "--phrase-file", type=Path, metavar="FILE", help=_("read the passphrase from a file (- for stdin)")
    )
    phrase.add_argument("--replace", action="store_true", help=_("replace the key this profile has"))
    phrase.set_defaults(handler=key_passphrase)
    show = key_sub.add_parser("show", help=_("which team key this profile uses (never the key itself)"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=key_show)

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


# --- key ---------------------------------------------------------------------------


def key_new(ctx: Context, args: argparse.Namespace) -> int:
    key, adopted = ctx.app.sync.new_key_file(args.output, label=args.label)
    print(_("wrote team key %s to %s (readable by you only)") % (key.key_id, args.output))
    if adopted:
        print(_("this profile now uses it; give the file to each teammate for `fieldguide sync key import`"))
    else:
        print(_("this profile keeps its current key; `fieldguide sync key import --replace` to switch"))
    return 0


def key_import(ctx: Context, args: argparse.Namespace) -> int:
    key = ctx.app.sync.import_key(args.file, replace=args.replace)
    print(_("this profile now uses team key %s") % key.key_id)
    return 0


def _read_passphrase(path: Path | None) -> str:
    from fieldguide.sync.service import SyncError

    if path is not None:
        try:
            text = sys.stdin.read() if str(path) == "-" else path.read_text("utf-8-sig")
        except OSError as error:
            raise SyncError(f"{path}: {error.strerror or error}") from None
        except UnicodeDecodeError:
            raise SyncError(_("%s is not UTF-8 text") % path) from None
        lines = text.splitlines()
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(_("Team passphrase: "))
    second = getpass.getpass(_("Same passphrase again: "))
    if first != second:
        raise SyncError(_("the two passphrases differ; nothing changed"))
    return first


def key_passphrase(ctx: Context, args: argparse.Namespace) -> int:
    phrase = _read_passphrase(args.phrase_file)
    key = ctx.app.sync.use_passphrase(args.team, phrase, replace=args.replace)
    print(_("this profile now uses team key %s, from the passphrase of team %r") % (key.key_id, args.team))
    return 0


def key_show(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    info = ctx.app.sync.key_info()
    if args.json:
        print_json(
            {"key_id": info.key_id, "label": info.label, "source": info.source} if info else {"key_id": None}
        )
        return 0
    if info is None:
        print(_("no team key yet"))
    else:
        label = f" ({info.label})" if info.label else ""
        print(_("team key %s%s, from %s") % (info.key_id, label, info.source))
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
                    "%n bundle(s) made with a different team key — check the team passphrase",
                    result.wrong_key,
                )
            )
        print(n_("received %n change(s)", result.received))
        print(n_("sent %n change(s) of yours", result.sent))
        _print_conflicts(len(result.conflicts))
        _print_purged(result.purged)
        if result.waiting:
            print(
                _(
                    "nothing written to this folder yet: no teammate's bundle was opened here. "
                    "If this device is the first of the team to use it, run again with --first"
                )
            )
    for warning in result.warnings:
        sys.stderr.write(f"fieldguide: {warning}\n")
    for skipped in result.skipped:
        if skipped.kind == "wrong-key":
            continue
        note = _("will retry next time") if skipped.retry else _("skipped")
        sys.stderr.write(f"fieldguide: {skipped.file}: {skipped.reason} ({note})\n")
    return 0


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
    if status.team_key is None:
        print(_("sync is not set up: `fieldguide sync key import FILE` or `fieldguide sync key passphrase`"))
        return 0
    print(_("team key: %s") % status.team_key)
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
