"""Where the app's bundled resources (fonts, icons, starter packs) live.

The same files are laid out differently in each way the app runs, so every
module asks `resources_dir()` instead of building paths from `__file__`.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources` folder, whichever way the app was installed.

    Order matters: a wheel carries the folder inside the package (hatch's
    force-include puts it at `fieldguide/resources`), a PyInstaller bundle
    unpacks data files under `sys._MEIPASS`, and a source checkout keeps it at
    the top of the repository.
    """
    package_dir = Path(__file__).resolve().parent
    beside_package = package_dir / "resources"
    if beside_package.is_dir():
        return beside_package
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        frozen = Path(bundle) / "resources"
        if frozen.is_dir():
            return frozen
    # src/fieldguide/resources.py -> parents[2] is the repository root.
    return Path(__file__).resolve().parents[2] / "resources"


def starter_pack_dir() -> Path:
    """The bundled starter library, installed on first start."""
    return resources_dir() / "packs" / "starter"


def bundled_pack_dirs() -> list[Path]:
    """Every pack that ships with the app: the starter library first, then its translations."""
    packs = resources_dir() / "packs"
    if not packs.is_dir():
        return [starter_pack_dir()]
    return [starter_pack_dir(), *sorted(p for p in packs.iterdir() if p.is_dir() and p != starter_pack_dir())]


def publisher_keys_dir() -> Path:
    """Public keys of the publishers every installation trusts (the starter pack's own)."""
    return resources_dir() / "keys"
