"""Where the app's bundled resources (fonts, icons, starter packs) live.

The same files are laid out differently in each way the app runs, so every
module asks `resources_dir()` instead of building paths from `__file__`.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path


def resources_root() -> str:
    """The `resources` folder, whichever way the app was installed (a string: no pathlib).

    Order matters: a wheel carries the folder inside the package (hatch's
    force-include puts it at `fieldguide/resources`), a PyInstaller bundle
    unpacks data files under `sys._MEIPASS`, and a source checkout keeps it at
    the top of the repository.
    """
    package_dir = os.path.dirname(os.path.realpath(__file__))
    beside_package = os.path.join(package_dir, "resources")
    if os.path.isdir(beside_package):
        return beside_package
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        frozen = os.path.join(bundle, "resources")
        if os.path.isdir(frozen):
            return frozen
    # src/fieldguide/resources.py -> two folders up is the repository root.
    return os.path.join(os.path.dirname(os.path.dirname(package_dir)), "resources")


def resources_dir() -> Path:
    """`resources_root()` as a Path."""
    from pathlib import Path

    return Path(resources_root())


def bundled_manifests() -> list[str]:
    """The `pack.json` of every pack that ships with the app, the starter library first."""
    packs = os.path.join(resources_root(), "packs")
    starter = os.path.join(packs, "starter")
    try:
        others = sorted(
            os.path.join(packs, name)
            for name in os.listdir(packs)
            if name != "starter" and os.path.isdir(os.path.join(packs, name))
        )
    except OSError:
        others = []
    return [os.path.join(folder, "pack.json") for folder in (starter, *others)]


def starter_pack_dir() -> Path:
    """The bundled starter library, installed on first start."""
    return resources_dir() / "packs" / "starter"


def bundled_pack_dirs() -> list[Path]:
    """Every pack that ships with the app: the starter library first, then its translations."""
    from pathlib import Path

    return [Path(manifest).parent for manifest in bundled_manifests()]


def publisher_keys_dir() -> Path:
    """Public keys of the publishers every installation trusts (the starter pack's own)."""
    return resources_dir() / "keys"
