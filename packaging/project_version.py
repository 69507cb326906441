"""Print the package version from pyproject.toml, the one source of truth for every artefact's name.

Used by the build scripts of every platform (bash, PowerShell) and by the PyInstaller spec, so
the version is never typed twice.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def project_version() -> str:
    with PYPROJECT.open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


if __name__ == "__main__":
    sys.stdout.write(project_version() + "\n")
