"""Where Field Guide keeps its data.

Precedence: `--data-dir`, then `FIELDGUIDE_DATA_DIR`, then a portable install
(a `portable` marker beside the frozen program, or `--portable`), then the
platform's user data directory. Nothing is written outside this directory
except files the user exports.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from fieldguide.data_root import APP_NAME as APP_NAME
from fieldguide.data_root import DATABASE_NAME, data_root, program_root
from fieldguide.data_root import ENV_DATA_DIR as ENV_DATA_DIR


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

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
    return Path(program_root())


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None, *, portable: bool = False) -> DataPaths:
    return DataPaths(Path(data_root(explicit, portable=portable)))
