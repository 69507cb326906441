"""Passphrases given in a file (scripts, --passphrase-file): never on the command line itself."""

from __future__ import annotations

from pathlib import Path

from fieldguide.errors import UserError
from fieldguide.i18n import _

# A passphrase file is a line; the cap stops a wrongly chosen large file from being read whole.
_MAX_PASSPHRASE_FILE = 64 * 1024


def read_passphrase_file(path: Path) -> str:
    """The first line of `path` (a trailing newline is not part of the passphrase).

    `-` reads standard input, so a script can pipe it in (or give `/dev/fd/N`): a
    passphrase never needs a file on disk, nor a place on the command line."""
    try:
        if str(path) == "-":
            import sys

            data = sys.stdin.buffer.read(_MAX_PASSPHRASE_FILE + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(_MAX_PASSPHRASE_FILE + 1)
    except OSError as exc:
        raise UserError(_("cannot read the passphrase file %s: %s") % (path, exc.strerror or exc)) from exc
    if len(data) > _MAX_PASSPHRASE_FILE:
        raise UserError(_("%s is too large to be a passphrase file") % path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(_("the passphrase file %s is not UTF-8 text") % path) from exc
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise UserError(_("the passphrase file %s is empty") % path)
    return passphrase
