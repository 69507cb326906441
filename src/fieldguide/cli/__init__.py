"""The command line: the same services as the GUI, scriptable, with stable `--json` output.

Exit status: 0 on success, 1 on a user error (one line on stderr), 2 on a usage
error. Each area registers its commands from its own module; `cli/main.py` holds
the parser and the `Context` that opens the profile only when a command needs it.

This package's own module imports nothing, so that `fieldguide search`
(`cli/quick.py`), which scripts run in loops, pays only for what it uses.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from fieldguide.cli.main import Context as Context
    from fieldguide.cli.main import print_json as print_json
    from fieldguide.cli.terminal import terminal_text as terminal_text

# The names this package held before its parser moved to cli/main.py, loaded on first use.
_MOVED = {"Context": "main", "print_json": "main", "terminal_text": "terminal"}


def __getattr__(name: str) -> object:
    if name in _MOVED:
        import importlib

        return getattr(importlib.import_module(f"fieldguide.cli.{_MOVED[name]}"), name)
    raise AttributeError(f"module 'fieldguide.cli' has no attribute {name!r}")


def run(argv: list[str]) -> int:
    from fieldguide.cli.main import run as run_command

    return run_command(argv)


def build_parser() -> argparse.ArgumentParser:
    from fieldguide.cli.main import build_parser as build

    return build()
