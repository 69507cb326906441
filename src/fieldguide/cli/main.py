"""The command line's parser and dispatch: the same services as the GUI, scriptable, with `--json`.

Exit status: 0 on success, 1 on a user error (one line on stderr), 2 on a usage
error. Each area registers its commands from its own module; a command's
handler receives the parsed arguments and a `Context` that opens the profile
only when the command needs it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fieldguide import __version__
from fieldguide.cli.terminal import terminal_text as terminal_text
from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.paths import DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from fieldguide.app import App

Handler = Callable[["Context", argparse.Namespace], int]


@dataclass
class Context:
    args: argparse.Namespace
    _app: App | None = field(default=None, init=False)

    @property
    def paths(self) -> DataPaths:
        return resolve_data_dir(self.args.data_dir, portable=self.args.portable)

    @property
    def app(self) -> App:
        """The opened profile (created, migrated and stocked with the starter pack on first use)."""
        if self._app is None:
            from fieldguide.app import open_app
            from fieldguide.cli.profile import open_key

            self._app = open_app(self.paths, key=open_key(self))
        return self._app

    def finish(self) -> None:
        """Before the command ends: rows a sync received in bulk are indexed for search
        (`db/fts_owed.py`), so that the next search, here or in the window, finds them at
        once. Said on the terminal only while it runs (a percentage, cleared after): it is
        the end of the sync the person asked for, not news."""
        app = self._app
        if app is None or app.db.locked or not app.search.index_owed():
            return
        from fieldguide.cli.progress import TerminalProgress

        with TerminalProgress(_("Indexing what was received for search…")) as progress:
            app.search.catch_up_all(progress)

    def close(self) -> None:
        if self._app is not None:
            self._app.close()


class _SafeStream:
    """A text stream that writes ``terminal_text`` of whatever it is given."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        # The stream itself, for the one writer that must move the cursor (cli.progress).
        self.raw = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_text(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors as one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: {_('usage error')}: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    from fieldguide.cli import assessments as assessment_commands
    from fieldguide.cli import export as export_commands
    from fieldguide.cli import imports as import_commands
    from fieldguide.cli import library as library_commands
    from fieldguide.cli import profile as profile_commands
    from fieldguide.cli import purge as purge_commands
    from fieldguide.cli import share as share_commands
    from fieldguide.cli import sync as sync_commands

    parser = _Parser(prog="fieldguide", description=_("Field Guide: guidance, checklists and assessments."))
    parser.add_argument("--version", action="version", version=f"fieldguide {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help=_("where the profile lives (or FIELDGUIDE_DATA_DIR)")
    )
    parser.add_argument("--portable", action="store_true", help=_("keep data beside the program"))
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help=_("read the passphrase of a protected profile from FILE")
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in (
        library_commands,
        import_commands,
        export_commands,
        assessment_commands,
        sync_commands,
        profile_commands,
        purge_commands,
        share_commands,
    ):
        module.register(commands)
    return parser


def _apply_language(argv: list[str]) -> None:
    """The profile's language (else the system's) before any message is built, help included."""
    from fieldguide.language import apply_language, language_from_settings

    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--data-dir")
    early.add_argument("--portable", action="store_true")
    known = early.parse_known_args(argv)[0]
    try:
        paths = resolve_data_dir(known.data_dir, portable=known.portable)
        choice = language_from_settings(paths.settings)
    except (OSError, UserError):
        choice = ""
    apply_language(choice)


def run(argv: list[str]) -> int:
    _apply_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        parser.print_help()
        return 2
    context = Context(args)
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _SafeStream(out), _SafeStream(err)
    try:
        status = int(args.handler(context, args))
        context.finish()
        return status
    except UserError as error:
        sys.stderr.write(f"fieldguide: {error}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write(f"fieldguide: {_('interrupted')}\n")
        return 130
    except OSError as error:
        # A full disk, a read-only medium, a missing folder: say which, in one line.
        sys.stderr.write(
            f"fieldguide: {error.strerror or error}: {error.filename or ''}\n".replace(": \n", "\n")
        )
        return 1
    finally:
        context.close()
        sys.stdout, sys.stderr = out, err
