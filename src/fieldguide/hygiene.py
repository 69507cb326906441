"""What the process and its files give away: no core dumps, owner-only files and folders.

A core dump of the running application holds whatever was in memory: the passphrase,
the database key, open notes. ``no_core_dumps`` is the first thing the entry point does
(a few system calls, nothing imported that start-up does not already pay for but
``ctypes`` on Linux and Windows):

- POSIX: ``RLIMIT_CORE`` 0, soft and hard, so the kernel writes no core file and a
  core handler that honours the limit (systemd-coredump, apport) keeps nothing;
- Linux: ``prctl(PR_SET_DUMPABLE, 0)``, so no core is made even through a piped
  ``core_pattern`` that ignores the limit, and other processes of the same user cannot
  attach a debugger or read ``/proc/<pid>/mem``;
- Windows: ``SetErrorMode`` so a crash shows no error-reporting dialog and is not
  handed to Windows Error Reporting's dialog, and, for the installed program only,
  ``WerAddExcludedApplication`` so WER collects no report (with its memory) for it.

Every step is guarded: a platform that refuses one still starts.

Files: the data folder and its subfolders are 0700, every file in them 0600 on POSIX
(``secure_data_dir`` also upgrades a profile made before this rule), new files are
created owner-only from the start (``create_private``), never made public and narrowed
afterwards, and the entry point sets the umask to 077 so whatever SQLite creates beside
the database (journals) is owner-only too.
"""

from __future__ import annotations

import os
import stat
import sys

# Every command runs this module first: typing and contextlib would cost a quick command
# (`fieldguide search`, `--version`) a third of its start-up budget.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700

_PR_SET_DUMPABLE = 4
_SEM_FAILCRITICALERRORS = 0x0001
_SEM_NOGPFAULTERRORBOX = 0x0002


def no_core_dumps() -> None:
    """Switch core dumps off for this process (and its children's limit); never raises."""
    if os.name == "posix":
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except Exception:  # hygiene never stops the program
            pass
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                libc = ctypes.CDLL(None, use_errno=True)
                libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
            except Exception:  # as above
                pass
    elif sys.platform == "win32":
        _windows_error_reporting_off()


def _windows_error_reporting_off() -> None:
    import contextlib

    with contextlib.suppress(Exception):
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        mode = kernel32.GetErrorMode()
        kernel32.SetErrorMode(mode | _SEM_FAILCRITICALERRORS | _SEM_NOGPFAULTERRORBOX)
    if getattr(sys, "frozen", False):
        # Only the installed program: excluding python.exe would silence every Python
        # program of the user. The exclusion is a per-user setting WER keeps for that path.
        with contextlib.suppress(Exception):
            import ctypes

            wer = ctypes.WinDLL("wer.dll")  # type: ignore[attr-defined,unused-ignore]
            wer.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False)


def private_umask() -> None:
    """New files and folders of this process are owner-only unless made otherwise."""
    if os.name == "posix":
        os.umask(0o077)


def _join(folder: str, name: str) -> Path:
    from pathlib import Path

    return Path(folder, name)


def make_private(path: Path, *, directory: bool | None = None) -> None:
    """Narrow ``path`` to its owner (0700 for a folder, 0600 for a file); POSIX only, quiet."""
    if os.name != "posix":
        return
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            return
        is_dir = stat.S_ISDIR(info.st_mode) if directory is None else directory
        wanted = PRIVATE_DIR if is_dir else PRIVATE_FILE
        if stat.S_IMODE(info.st_mode) != wanted:
            os.chmod(path, wanted)
    except OSError:
        return


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and its parents) if needed; ``path`` itself ends owner-only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    make_private(path, directory=True)


def create_private(path: Path) -> None:
    """Create ``path`` as an empty owner-only file, so that what is written into it
    (a database, a backup) is never readable by others even for a moment. An existing
    file is narrowed instead."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        make_private(path)
        return
    os.close(descriptor)


def secure_data_dir(root: Path) -> None:
    """The data folder owner-only, and everything in it (an older profile is upgraded)."""
    if os.name != "posix":
        return
    make_private(root, directory=True)
    try:
        for folder, folders, files in os.walk(root):
            for name in (*folders, *files):
                make_private(_join(folder, name))
    except OSError:
        return
