"""Write a file so that readers see either the old content or the new, never half of it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from fieldguide.hygiene import PRIVATE_FILE


def _fsync_dir(directory: Path) -> None:
    # Without this the rename itself may be lost on power failure (POSIX only;
    # Windows cannot open a directory and does not need it).
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_write(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it replaces `path`.

    The caller writes the whole file to the yielded path. If the block raises,
    the temporary file is removed and `path` is left exactly as it was. The
    temporary file lives in the same directory so that `os.replace` is a
    rename on one file system, which is atomic.
    """
    target = Path(path)
    directory = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        # mkstemp makes the file 0600: a new file stays owner-only (notes, keys, exported
        # reports); a file the user already had keeps the mode they gave it.
        try:
            mode = target.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = PRIVATE_FILE
        os.chmod(tmp, mode)
        # A renderer may have replaced the file rather than written into it, so
        # open it afresh to flush it to disk before it takes the target's place.
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(directory)
