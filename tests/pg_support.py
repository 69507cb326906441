"""A throwaway PostgreSQL cluster for the hub's tests, started from Debian's binaries.

``initdb`` refuses to run as root (we are root in CI), so as root the cluster belongs to
the ``postgres`` system user that Debian's packages create (``scripts/system-deps.sh``
installs them), or to a ``fieldguide-pg`` system user made on the spot where that one is
missing. It listens on 127.0.0.1 only, on a free port, with its socket in its own folder,
and is removed when the test session ends. ``fsync`` is off: the fault tests stop and
kill PostgreSQL, never the machine, and crash recovery replays the WAL in the OS cache.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

__all__ = ["PostgresCluster", "find_bindir", "free_port"]

SUPERUSER = "fieldguide"


def find_bindir() -> Path | None:
    """PostgreSQL's server binaries: $FIELDGUIDE_PG_BINDIR, else Debian's newest version."""
    override = os.environ.get("FIELDGUIDE_PG_BINDIR")
    candidates = [Path(override)] if override else []
    root = Path("/usr/lib/postgresql")
    if root.is_dir():
        versions = sorted(
            (p for p in root.iterdir() if re.fullmatch(r"\d+", p.name)),
            key=lambda p: int(p.name),
            reverse=True,
        )
        candidates += [v / "bin" for v in versions]
    for found in (shutil.which("initdb"),):
        if found:
            candidates.append(Path(found).resolve().parent)
    for candidate in candidates:
        if (candidate / "initdb").is_file() and (candidate / "pg_ctl").is_file():
            return candidate
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _service_user() -> str | None:
    """The unprivileged user to run PostgreSQL as, when we are root (None: run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "fieldguide-pg"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "fieldguide-pg"],
        check=True,
        capture_output=True,
    )
    return "fieldguide-pg"


PREFIX = "fieldguide-pg-"
OWNER_FILE = "owner.pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_orphans(bindir: Path) -> None:
    """Stop and remove clusters whose test run was killed before it could clean up.

    A cluster's folder names the process that made it; while that process lives (another
    test run, perhaps another developer's), the cluster is left alone.
    """
    for root in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
        try:
            owner = int((root / OWNER_FILE).read_text().strip())
        except (OSError, ValueError):
            continue
        if _alive(owner):
            continue
        user = None if os.geteuid() != 0 else root.owner()
        subprocess.run(
            [str(bindir / "pg_ctl"), "stop", "-D", str(root / "data"), "-m", "immediate"],
            user=user,
            cwd=tempfile.gettempdir(),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(root, ignore_errors=True)


class PostgresCluster:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.user = _service_user()
        sweep_orphans(bindir)
        self.root = Path(tempfile.mkdtemp(prefix=PREFIX))
        (self.root / OWNER_FILE).write_text(str(os.getpid()))
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"
        self.port = free_port()
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-locale"
        )

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
        result = subprocess.run(
            [str(self.bindir / tool), *args],
            user=self.user,
            group=None if self.user is None else pwd.getpwnam(self.user).pw_gid,
            extra_groups=None if self.user is None else [],
            cwd=self.root,
            capture_output=True,
            timeout=120,
            env={**os.environ, "LC_ALL": "C", "PGTZ": "UTC"},
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"{tool} failed: {result.stderr.decode(errors='replace')[-2000:]}")
        return result

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c full_page_writes=off -c max_connections=120 -c shared_buffers=64MB"
        )
        self._run(
            "pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-l", str(self.log), "-o", options
        )

    def stop(self, mode: str = "fast") -> None:
        """``fast`` ends sessions cleanly; ``immediate`` is a crash (recovery on next start)."""
        self._run("pg_ctl", "stop", "-w", "-t", "60", "-D", str(self.data), "-m", mode, check=False)

    def restart(self, mode: str = "immediate") -> None:
        self.stop(mode)
        self.start()

    def ensure_running(self) -> None:
        if self._run("pg_ctl", "status", "-D", str(self.data), check=False).returncode != 0:
            self.start()

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def psql(self, database: str, sql: str) -> str:
        result = self._run(
            "psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(self.port),
            "-U", SUPERUSER, "-d", database, "-c", sql,
        )  # fmt: skip
        return result.stdout.decode()

    def background_sql(self, database: str, sql: str) -> subprocess.Popen[bytes]:
        """``sql`` run by psql in the background (to hold a lock while a test acts)."""
        return subprocess.Popen(
            [str(self.bindir / "psql"), "-X", "-q", "-h", "127.0.0.1", "-p", str(self.port), "-U", SUPERUSER,
             "-d", database, "-c", sql],
            user=self.user,
            group=None if self.user is None else pwd.getpwnam(self.user).pw_gid,
            extra_groups=None if self.user is None else [],
            cwd=self.root,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def pg_dump(self, database: str) -> bytes:
        return self._run(
            "pg_dump", "-h", "127.0.0.1", "-p", str(self.port), "-U", SUPERUSER, "-d", database
        ).stdout

    def checkpoint(self) -> None:
        self.psql("postgres", "CHECKPOINT")

    def data_files(self) -> list[Path]:
        """Every file of the data directory (read as root: the test greps them)."""
        return [p for p in self.data.rglob("*") if p.is_file()]

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def require_bindir() -> Path:
    bindir = find_bindir()
    if bindir is None:
        message = "PostgreSQL's server binaries are missing: run `make system-deps` (scripts/system-deps.sh)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return bindir
