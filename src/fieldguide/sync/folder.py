"""The folder transport's layout: a USB stick, a network share or a Syncthing/OneDrive folder.

::

    <folder>/fieldguide-sync/v1/<device-id>/<hlc>-<bundle-id>.fgsync

Each device writes only into its own subfolder, and only whole files: a bundle is
written under a temporary name starting with "." and renamed when complete. So two
devices may sync with the same folder at once without locks, and a reader never
mistakes a half-written file for a bundle. A file still being copied in by a sync tool
under its final name is caught by the bundle's own length check (``BundleError``
"truncated") and simply tried again next time.

``<hlc>`` is a clock reading of the writing device taken when the bundle was written,
later than every change the device had seen, so sorting the names of all subfolders
applies bundles roughly in the order they were made.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from fieldguide.atomic import atomic_write

__all__ = ["BUNDLE_SUFFIX", "FolderBundle", "bundle_name", "device_dir", "list_bundles", "sync_root"]

BUNDLE_SUFFIX = ".fgsync"
LAYOUT = ("fieldguide-sync", "v1")

_NAME = re.compile(
    r"(?P<hlc>[0-9]{13}-[0-9]{6})-"
    r"(?P<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.fgsync"
)


@dataclass(frozen=True, slots=True)
class FolderBundle:
    path: Path
    device: str  # the subfolder it lies in
    hlc: str
    bundle_id: str


def sync_root(folder: Path) -> Path:
    return folder.joinpath(*LAYOUT)


def device_dir(folder: Path, device_id: str) -> Path:
    return sync_root(folder) / device_id


def bundle_name(hlc: str, bundle_id: str) -> str:
    return f"{hlc}-{bundle_id}{BUNDLE_SUFFIX}"


def list_bundles(folder: Path) -> list[FolderBundle]:
    """Every complete-looking bundle in every device's subfolder, oldest first.

    Temporary files, the sync tools' own files (``.stfolder``, ``desktop.ini``, ...) and
    anything else not named like a bundle are ignored.
    """
    root = sync_root(folder)
    found: list[FolderBundle] = []
    try:
        devices = list(os.scandir(root))
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in devices:
        if entry.name.startswith(".") or not entry.is_dir():
            continue
        try:
            files = list(os.scandir(entry.path))
        except OSError:
            continue  # a subfolder vanishing or unreadable must not stop the others
        for item in files:
            match = _NAME.fullmatch(item.name)
            if match is None or not item.is_file():
                continue
            found.append(FolderBundle(Path(item.path), entry.name, match["hlc"], match["id"]))
    found.sort(key=lambda b: (b.hlc, b.bundle_id))
    return found


def write_bundle(folder: Path, device_id: str, name: str, data: bytes) -> Path:
    """Write ``data`` as ``name`` in this device's subfolder, all or nothing."""
    target_dir = device_dir(folder, device_id)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / name
    with atomic_write(target) as temporary:
        temporary.write_bytes(data)
    return target
