"""Print the requirements of the Windows build, derived from pyproject.toml, so it follows the project.

    python packaging/windows/requirements.py requirements OUT   # what the app and the build need
    python packaging/windows/requirements.py constraints OUT    # the versions the test suite ran with

The requirements are `[project].dependencies` plus the `dist` extra (PyInstaller): a dependency
added to pyproject.toml is in the next Windows build with nothing else to edit. Their environment
markers are evaluated for Windows by uv (`--python-platform x86_64-pc-windows-msvc`), not here,
so Windows-only packages (pywin32-ctypes for keyring, pefile for PyInstaller) come in and
Linux-only ones (SecretStorage, jeepney) stay out.

The constraints pin every package installed in the environment running this script (the
project's .venv, where `make test` ran) to its version there, so the Windows bundle carries the
versions the test suite passed with; packages only Windows needs are resolved freely.
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
BUILD_EXTRAS = ("dist",)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements() -> list[str]:
    with PYPROJECT.open("rb") as file:
        project = tomllib.load(file)["project"]
    found = list(project.get("dependencies", []))
    for extra in BUILD_EXTRAS:
        found.extend(project.get("optional-dependencies", {}).get(extra, []))
    return found


def constraints() -> list[str]:
    own = canonical("fieldguide")
    pins = {}
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"]
        if name and canonical(name) != own:
            pins[canonical(name)] = f"{canonical(name)}=={dist.version}"
    return [pins[key] for key in sorted(pins)]


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("requirements", "constraints"):
        sys.stderr.write(__doc__ or "")
        return 2
    lines = requirements() if argv[0] == "requirements" else constraints()
    Path(argv[1]).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
