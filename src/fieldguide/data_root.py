"""Where the profile lives, worked out with `os` alone.

`paths.resolve_data_dir` wraps this in `DataPaths`; the command line's quick
reads (`fieldguide search`) call it directly, since pathlib, dataclasses and
platformdirs together cost more than their whole start-up budget.

Precedence: `--data-dir`, then `FIELDGUIDE_DATA_DIR`, then a portable install
(a `portable` marker beside the frozen program, or `--portable`), then the
platform's user data directory.
"""

from __future__ import annotations

import os
import sys

APP_NAME = "fieldguide"
ENV_DATA_DIR = "FIELDGUIDE_DATA_DIR"
DATABASE_NAME = "fieldguide.db"


def program_root() -> str:
    """The folder of the running program (the frozen executable's folder when bundled)."""
    if getattr(sys, "frozen", False):
        return os.path.dirname(os.path.realpath(sys.executable))
    return os.path.dirname(os.path.realpath(sys.argv[0]))


def _resolved(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(os.path.expanduser(os.fspath(path)))


def _user_data_root() -> str:
    if sys.platform.startswith("linux"):
        # The XDG base directory rule, which is all platformdirs does here (tested equal).
        base = os.environ.get("XDG_DATA_HOME", "").strip() or os.path.expanduser("~/.local/share")
        return os.path.join(base, APP_NAME)
    # Windows' known folders and macOS's conventions: platformdirs knows them.
    from platformdirs import user_data_dir

    return user_data_dir(APP_NAME, appauthor=False)


def data_root(explicit: str | os.PathLike[str] | None = None, *, portable: bool = False) -> str:
    """The profile's folder, absolute."""
    if explicit:
        return _resolved(explicit)
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return _resolved(from_env)
    marker = os.path.join(program_root(), "portable")
    frozen_portable = getattr(sys, "frozen", False) and os.path.exists(marker)
    if portable or frozen_portable:
        return os.path.join(program_root(), "fieldguide-data")
    return _user_data_root()
