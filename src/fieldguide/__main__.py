"""Entry point: `fieldguide` with no command opens the GUI, otherwise runs the command line."""

from __future__ import annotations

import sys

# Options that the GUI understands too; anything else means a command-line run.
GUI_OPTIONS = {"--data-dir", "--portable", "--passphrase-file", "--smoke-test"}


def _wants_gui(argv: list[str]) -> bool:
    skip_value = False
    for arg in argv:
        if skip_value:
            skip_value = False
            continue
        name = arg.split("=", 1)[0]
        if name in GUI_OPTIONS:
            skip_value = "=" not in arg and name in {"--data-dir", "--passphrase-file"}
            continue
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if _wants_gui(argv):
        # Imported here so the command line never loads Qt widgets.
        from fieldguide.ui.launch import launch

        return launch(argv)
    from fieldguide.cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
