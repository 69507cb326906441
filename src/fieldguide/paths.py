"""Where Field Guide keeps its data.

Precedence: `--data-dir`, then `FIELDGUIDE_DATA_DIR`, then a portable install
(a `portable` marker beside the frozen program, or `--portable`), then the
platform's user data directory. Nothing is written outside this directory
except files the user exports.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "fieldguide"
ENV_DATA_DIR = "FIELDGUIDE_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "fieldguide.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def sync(self) -> Path:
        return self.root / "sync"

    def ensure(self) -> DataPaths:
        """Create the data folder; it and everything in it end owner-only (POSIX)."""
        from fieldguide.hygiene import make_private_dir, secure_data_dir

        make_private_dir(self.root)
        secure_data_dir(self.root)
        return self


def program_dir() -> Path:
    """The folder of the running program (the frozen executable's folder when bundled)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None, *, portable: bool = False) -> DataPaths:
    if explicit:
        return DataPaths(Path(explicit).expanduser().resolve())
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return DataPaths(Path(from_env).expanduser().resolve())
    if portable or (getattr(sys, "frozen", False) and (program_dir() / "portable").exists()):
        return DataPaths(program_dir() / "fieldguide-data")
    # Imported here: platformdirs is only needed on this path.
    from platformdirs import user_data_dir

    return DataPaths(Path(user_data_dir(APP_NAME, appauthor=False)))
