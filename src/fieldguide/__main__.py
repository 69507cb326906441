"""Entry point: `fieldguide` with no command opens the GUI, otherwise runs the command line."""

from __future__ import annotations

import gc
import io
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


def _write_utf8() -> None:
    """Make piped and redirected output UTF-8 on every platform.

    Windows gives a pipe or a file the ANSI code page (cp1252 in Western Europe), which cannot
    encode an Arabic title: `library --json | ...` would die with UnicodeEncodeError, and a
    script reading the output could not know its encoding. A console keeps its own encoding
    (Python writes UTF-16 to it), so it is left alone; each stream keeps its error handler.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8", errors=stream.errors)


def main(argv: list[str] | None = None) -> int:
    # Before anything holds a key or a note: no core dump may copy them (hygiene.py).
    from fieldguide.hygiene import no_core_dumps, private_umask

    no_core_dumps()
    private_umask()
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--version"]:
        # Scripts ask this often: answered before the command line (and Qt's translations) load.
        from fieldguide import __version__

        print(f"fieldguide {__version__}")
        return 0
    _write_utf8()
    if _wants_gui(argv):
        # No cyclic collection while PySide6 loads either: launch() turns it on again once the
        # library is usable (why there).
        gc.disable()
        # Imported here so the command line never loads Qt widgets.
        from fieldguide.ui.launch import launch

        return launch(argv)
    from fieldguide.cli.quick import run_quick

    answered = run_quick(argv)
    if answered is not None:
        return answered
    from fieldguide.cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
