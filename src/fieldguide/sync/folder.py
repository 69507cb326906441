"""The folder transport's layout: a USB stick, a network share or a Syncthing/OneDrive folder.

::

    <folder>/fieldguide-sync/v1/<device folder>/<bundle-id>.fgsync

A device's folder name is 16 hex digits derived from the team's id and its device id
(``folder_tag``), and a bundle's name is its random id: whoever looks at the stick sees
how many devices write and how many bundles, but no device id and no edit time (the
file system's own dates remain, which no name can hide).

Each device writes only into its own subfolder, and only whole files: a bundle is
written under a temporary name starting with "." and renamed when complete. So two
devices may sync with the same folder at once without locks, and a reader never
mistakes a half-written file for a bundle. A file still being copied in by a sync tool
under its final name is caught by the bundle's own length check (``BundleError``
"truncated") and simply tried again next time.

A shared folder is written by other people's computers, so nothing in it is trusted:

- links are never followed (a link could lead outside the folder, or round in a loop),
  and anything that is not a regular file (a FIFO would block a read forever) is skipped;
- a file larger than ``MAX_BUNDLE_BYTES`` is refused before it is read, and a file is
  read in pieces up to that limit, never whole;
- names are read as bytes, so a name that is not valid text is reported, not a crash.

Each such problem is reported once per sync, in words, and the sync goes on.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from fieldguide.atomic import atomic_write
from fieldguide.i18n import _

__all__ = [
    "BUNDLE_SUFFIX",
    "MAX_BUNDLE_BYTES",
    "FolderBundle",
    "FolderProblem",
    "bundle_name",
    "device_dir",
    "display_name",
    "folder_tag",
    "list_bundles",
    "read_bundle",
    "sync_root",
]

BUNDLE_SUFFIX = ".fgsync"
LAYOUT = ("fieldguide-sync", "v1")

#: Largest bundle file read. The writer splits its bundles far below this (see
#: ``folder_sync.FOLDER_BUNDLE_CHANGES``); anything larger is not one of ours.
MAX_BUNDLE_BYTES = 256 * 1024 * 1024

_NAME = re.compile(r"(?P<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.fgsync")
_READ_CHUNK = 1024 * 1024
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


@dataclass(frozen=True, slots=True)
class FolderBundle:
    path: Path
    device: str  # the subfolder it lies in: a device's ``folder_tag``
    bundle_id: str
    written: int = 0  # the file's modification time (ns)


@dataclass(frozen=True, slots=True)
class FolderProblem:
    file: str  # printable
    reason: str


class BundleReadError(Exception):
    def __init__(self, reason: str, *, retry: bool = False, full: bool = False) -> None:
        super().__init__(reason)
        self.retry = retry
        self.full = full


def display_name(name: str | bytes | os.PathLike[str]) -> str:
    """A file name as printable text: undecodable bytes and control characters escaped."""
    raw = os.fsencode(name) if not isinstance(name, bytes) else name
    text = raw.decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


def sync_root(folder: Path) -> Path:
    return folder.joinpath(*LAYOUT)


def device_dir(folder: Path, device_id: str) -> Path:
    return sync_root(folder) / device_id


def bundle_name(bundle_id: str) -> str:
    return f"{bundle_id}{BUNDLE_SUFFIX}"


def folder_tag(team: str, device_id: str) -> str:
    """The name of a device's own folder: stable, but no device id in plain sight."""
    return hashlib.sha256(f"fieldguide folder v1\x00{team}\x00{device_id}".encode()).hexdigest()[:16]


def _is_real_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def list_bundles(folder: Path) -> tuple[list[FolderBundle], list[FolderProblem]]:
    """Every bundle-named regular file in every device's subfolder, oldest first (by the
    file's modification time), and the
    problems met on the way (links, special files, unreadable subfolders).

    Temporary files, the sync tools' own files (``.stfolder``, ``desktop.ini``, ...) and
    anything else not named like a bundle are ignored without a word.
    """
    found: list[FolderBundle] = []
    problems: list[FolderProblem] = []
    root = sync_root(folder)
    for part in (folder / LAYOUT[0], root):
        if os.path.lexists(part) and not _is_real_dir(part):
            problems.append(
                FolderProblem(display_name(part.name), _("a link or a file, not a folder: ignored"))
            )
            return found, problems
    try:
        devices = sorted(os.scandir(os.fsencode(root)), key=lambda e: e.name)
    except FileNotFoundError:
        return found, problems
    except OSError as error:
        problems.append(FolderProblem(display_name(root), error.strerror or str(error)))
        return found, problems
    for entry in devices:
        name = entry.name
        if name.startswith(b"."):
            continue
        if entry.is_symlink():
            problems.append(FolderProblem(display_name(name), _("a link: links are never followed")))
            continue
        if not entry.is_dir(follow_symlinks=False):
            continue
        try:
            files = sorted(os.scandir(entry.path), key=lambda e: e.name)
        except OSError as error:
            problems.append(FolderProblem(display_name(name), error.strerror or str(error)))
            continue
        device = name.decode("utf-8", "replace")
        for item in files:
            try:
                text = item.name.decode("ascii")
            except UnicodeDecodeError:
                if item.name.endswith(BUNDLE_SUFFIX.encode()):
                    problems.append(FolderProblem(display_name(item.name), _("not a bundle name: ignored")))
                continue
            match = _NAME.fullmatch(text)
            if match is None:
                continue
            label = display_name(os.path.join(name, item.name))
            if item.is_symlink():
                problems.append(FolderProblem(label, _("a link: links are never followed")))
                continue
            if not item.is_file(follow_symlinks=False):
                problems.append(FolderProblem(label, _("not a regular file: skipped")))
                continue
            try:
                written = item.stat(follow_symlinks=False).st_mtime_ns
            except OSError:
                written = 0
            found.append(FolderBundle(Path(os.fsdecode(item.path)), device, match["id"], written))
    # Oldest first, as written: names carry no time, and applying a device's bundles in
    # the order they were made reports each change as coming from its first sender.
    found.sort(key=lambda b: (b.written, b.bundle_id))
    return found, problems


def read_bundle(path: Path | str, limit: int = MAX_BUNDLE_BYTES) -> bytes:
    """A bundle file's bytes: never through a link, only from a regular file, at most ``limit``.

    Raises ``BundleReadError`` with a one-line reason.
    """
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _BINARY)
    except FileNotFoundError:
        raise BundleReadError(_("the file is gone")) from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise BundleReadError(_("a link: links are never followed")) from None
        raise BundleReadError(error.strerror or str(error), retry=True) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BundleReadError(_("not a regular file: skipped"))
        if info.st_size > limit:
            raise BundleReadError(
                _("%(size)d MB, larger than a bundle can be (%(limit)d MB): not read")
                % {"size": info.st_size // (1024 * 1024), "limit": limit // (1024 * 1024)}
            )
        pieces: list[bytes] = []
        total = 0
        while True:
            piece = os.read(fd, _READ_CHUNK)
            if not piece:
                break
            total += len(piece)
            if total > limit:  # it grew while we read
                raise BundleReadError(_("larger than a bundle can be: not read"))
            pieces.append(piece)
        return b"".join(pieces)
    except OSError as error:
        raise BundleReadError(error.strerror or str(error), retry=True) from None
    finally:
        os.close(fd)


def write_bundle(folder: Path, device_id: str, name: str, data: bytes) -> Path:
    """Write ``data`` as ``name`` in this device's subfolder, all or nothing.

    The layout's folders are created as real folders; if one of them is a link (planted
    by someone else), nothing is written.
    """
    target_dir = device_dir(folder, device_id)
    for part in (folder / LAYOUT[0], sync_root(folder), target_dir):
        if os.path.lexists(part) and not _is_real_dir(part):
            raise OSError(errno.ENOTDIR, _("%s is a link or a file, not a folder") % display_name(part))
        if not os.path.lexists(part):
            part.mkdir(exist_ok=True)
    target = target_dir / name
    with atomic_write(target) as temporary:
        temporary.write_bytes(data)
    return target
