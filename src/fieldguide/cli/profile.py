"""Protection, backups and checks: profile protect|unprotect|change-passphrase|status|remember|forget|set,
backup, restore, check.

Passphrases come from files (`--passphrase-file`, `--new-passphrase-file`) or from
a prompt on a terminal, never from the command line, where other users of the
computer and the shell history could read them.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.security.passfile import read_passphrase_file

if TYPE_CHECKING:
    from fieldguide.cli.main import Context


def register(commands: Any) -> None:
    profile = commands.add_parser("profile", help=_("passphrase protection of this profile"))
    actions = profile.add_subparsers(dest="profile_command", metavar="ACTION", required=True)

    protect = actions.add_parser("protect", help=_("encrypt the profile under a new passphrase"))
    protect.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        type=Path,
        help=_("read the new passphrase from FILE (else --passphrase-file, else a prompt)"),
    )
    protect.add_argument("--remember", action="store_true", help=_("keep the key in the system keyring"))
    protect.set_defaults(handler=protect_profile)

    unprotect = actions.add_parser(
        "unprotect", help=_("remove the passphrase (the files are no longer encrypted)")
    )
    unprotect.set_defaults(handler=unprotect_profile)

    change = actions.add_parser("change-passphrase", help=_("change the passphrase"))
    change.add_argument(
        "--new-passphrase-file", metavar="FILE", type=Path, help=_("read the new passphrase from FILE")
    )
    change.set_defaults(handler=change_passphrase)

    status = actions.add_parser("status", help=_("whether the profile is protected, and its settings"))
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=show_status)

    remember = actions.add_parser("remember", help=_("keep the key in the system keyring of this computer"))
    remember.set_defaults(handler=remember_key)
    forget = actions.add_parser("forget", help=_("remove the key from the system keyring"))
    forget.set_defaults(handler=forget_key)

    settings = actions.add_parser("set", help=_("lock delay and number of backups kept"))
    settings.add_argument(
        "--lock-after", metavar="MINUTES", type=float, help=_("lock after this long unused")
    )
    settings.add_argument("--keep-backups", metavar="N", type=int, help=_("automatic backups to keep"))
    settings.set_defaults(handler=change_settings)

    backup = commands.add_parser("backup", help=_("back up the profile now"))
    backup.add_argument("-o", "--output", metavar="FILE", type=Path, help=_("write the backup to FILE"))
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(handler=make_backup)

    restore = commands.add_parser(
        "restore", help=_("replace the profile by a backup (the current one is kept)")
    )
    restore.add_argument("file", type=Path)
    restore.add_argument(
        "--backup-passphrase-file",
        metavar="FILE",
        type=Path,
        help=_("the passphrase of the backup, when it differs from the profile's"),
    )
    restore.set_defaults(handler=restore_backup)

    check = commands.add_parser("check", help=_("check the database and the search index"))
    check.add_argument("--repair", action="store_true", help=_("rebuild the search index if it is damaged"))
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=check_profile)


# --- passphrases ---------------------------------------------------------------------


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise UserError(_("no terminal to ask for the passphrase: give it in a file"))
    return getpass.getpass(label)


def current_passphrase(args: argparse.Namespace) -> str:
    """The profile's passphrase: from --passphrase-file, or asked on the terminal."""
    if getattr(args, "passphrase_file", None):
        return read_passphrase_file(Path(args.passphrase_file))
    if sys.stdin.isatty():
        return getpass.getpass(_("Passphrase: "))
    raise UserError(_("this profile is protected: give --passphrase-file FILE"))


def _new_passphrase(file: Path | None) -> str:
    if file is not None:
        return read_passphrase_file(file)
    if not sys.stdin.isatty():
        raise UserError(_("give the new passphrase with --new-passphrase-file FILE"))
    first = getpass.getpass(_("New passphrase: "))
    if getpass.getpass(_("The same again: ")) != first:
        raise UserError(_("the two passphrases differ: nothing was changed"))
    return first


def open_key(ctx: Context) -> bytearray | None:
    """The key for Context.app: None when unprotected; else from the file, the keyring or a prompt."""
    from fieldguide.security.profile import ProfileKeys

    keys = ProfileKeys(ctx.paths)
    if not keys.is_protected():
        return None
    if not getattr(ctx.args, "passphrase_file", None):
        remembered = keys.remembered_key()
        if remembered is not None:
            return remembered
    # A script after repeated failures waits out the delay rather than failing at once.
    return keys.key_from_passphrase(current_passphrase(ctx.args), wait=True)


# --- profile -----------------------------------------------------------------------------


def protect_profile(ctx: Context, args: argparse.Namespace) -> int:
    file = args.new_passphrase_file or (Path(args.passphrase_file) if args.passphrase_file else None)
    app = ctx.app
    if app.profile.status().protected:
        from fieldguide.security.profile import AlreadyProtected

        raise AlreadyProtected()
    passphrase = _new_passphrase(file)
    app.profile.protect(passphrase, remember=args.remember)
    print(
        _("the profile is now encrypted; keep the passphrase safe: without it the notes cannot be recovered")
    )
    if args.remember and not app.profile.status().remembered:
        print(_("there is no system keyring on this computer: the passphrase will be asked each time"))
    return 0


def unprotect_profile(ctx: Context, args: argparse.Namespace) -> int:
    app = ctx.app
    if not app.profile.status().protected:
        from fieldguide.security.profile import NotProtected

        raise NotProtected()
    app.profile.unprotect(current_passphrase(args))
    print(_("the passphrase is removed: the profile and its backups are no longer encrypted"))
    return 0


def change_passphrase(ctx: Context, args: argparse.Namespace) -> int:
    app = ctx.app
    if not app.profile.status().protected:
        from fieldguide.security.profile import NotProtected

        raise NotProtected()
    current = current_passphrase(args)
    app.profile.change_passphrase(current, _new_passphrase(args.new_passphrase_file))
    print(_("the passphrase is changed; the backups are encrypted under the new one"))
    return 0


def show_status(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json
    from fieldguide.security.profile import ProfileKeys

    # Status never needs the passphrase: it reads only profile.json and the file's first bytes.
    status = ProfileKeys(ctx.paths).status()
    if args.json:
        print_json(status.as_json())
        return 0
    if status.protected and status.kdf is not None:
        kdf = status.kdf
        print(_("protected: yes (Argon2id, %d MiB, %d passes)") % (kdf.memory_kib // 1024, kdf.iterations))
        print(_("key remembered on this computer: %s") % (_("yes") if status.remembered else _("no")))
    else:
        print(_("protected: no (anyone with the files can read the notes)"))
    print(_("lock after: %g minutes unused") % status.lock_after_minutes)
    print(_("backups kept: %d") % status.backups_to_keep)
    return 0


def remember_key(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.security.profile import NotProtected, ProfileKeys

    keys = ProfileKeys(ctx.paths)
    if not keys.is_protected():
        raise NotProtected()
    key = keys.key_from_passphrase(current_passphrase(args), wait=True)
    if not keys.remember(key):
        raise UserError(
            _("there is no system keyring on this computer: the passphrase will be asked each time")
        )
    print(_("the key is kept in this computer's keyring: the profile opens without the passphrase here"))
    return 0


def forget_key(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.security.profile import ProfileKeys

    ProfileKeys(ctx.paths).forget()
    print(_("the key is no longer kept on this computer"))
    return 0


def change_settings(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.security.profile import ProfileKeys

    keys = ProfileKeys(ctx.paths)
    if args.lock_after is None and args.keep_backups is None:
        raise UserError(_("nothing to set: give --lock-after MINUTES or --keep-backups N"))
    if args.lock_after is not None:
        keys.set_lock_after(args.lock_after)
    if args.keep_backups is not None:
        keys.set_backups_to_keep(args.keep_backups)
    return show_status(ctx, argparse.Namespace(json=False))


# --- backups and checks -------------------------------------------------------------------


def make_backup(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json
    from fieldguide.security.descriptor import sidecar_of

    app = ctx.app
    backup = app.backups.export(args.output) if args.output else app.backups.create("manual")
    if args.json:
        print_json(backup.as_json())
        return 0
    print(_("backup written: %s") % backup.path)
    if args.output and backup.encrypted:
        print(
            _("it is encrypted; keep %s beside it: restoring needs that file and the passphrase")
            % sidecar_of(backup.path).name
        )
    return 0


def restore_backup(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.backups import BackupPassphraseRequired

    app = ctx.app
    passphrase = read_passphrase_file(args.backup_passphrase_file) if args.backup_passphrase_file else None
    try:
        kept = app.backups.restore(args.file, passphrase=passphrase)
    except BackupPassphraseRequired:
        if not sys.stdin.isatty():
            raise
        kept = app.backups.restore(args.file, passphrase=_prompt(_("Passphrase of the backup: ")))
    print(_("restored %s; the profile as it was is kept as %s") % (args.file, kept.path))
    return 0


def check_profile(ctx: Context, args: argparse.Namespace) -> int:
    from fieldguide.cli.main import print_json

    result = ctx.app.health.check(repair_found=args.repair)
    problems, repaired = result.problems, result.repaired
    if args.json:
        print_json({"ok": not problems, "repaired": repaired, "problems": [p.as_json() for p in problems]})
        return 0 if not problems else 1
    for name in repaired:
        print(_("repaired: %s") % name)
    if not problems:
        print(_("OK: the database and the search index are sound"))
        return 0
    for problem in problems:
        print(_("problem: %s") % problem.message)
    return 1
