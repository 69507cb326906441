"""Process hygiene: a crash leaves no core file, the data folder and its files are owner-only."""

from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from fieldguide.app import open_app
from fieldguide.paths import DataPaths
from tests.conftest import run_cli

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and core dumps as POSIX has them")
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="prctl and core_pattern are Linux's"
)

CHECKLIST = "ssr-national-ownership-tips"

# The real entry point, run as `fieldguide` runs it, on a real profile; then the process
# reports its own core-dump settings and aborts, as a crash would.
ABORTING = textwrap.dedent(
    """
    import ctypes, os, resource, sys
    {call}
    libc = ctypes.CDLL(None)
    print(resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0), flush=True)  # PR_GET_DUMPABLE
    os.abort()
    """
)


def _allow_core_dumps() -> None:
    # What a developer's shell with `ulimit -c unlimited` gives every program it starts.
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def _run_and_abort(call: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", ABORTING.format(call=call)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=_allow_core_dumps,
        timeout=120,
    )


def _cores(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("core"))


@linux_only
def test_a_process_that_aborts_leaves_no_core_file(data_dir: Path, tmp_path: Path) -> None:
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    # A plain pattern ("core", "core.%p") writes the core into the crashing process's
    # folder: then a process without Field Guide's settings must leave one there, which
    # proves the check below can see a core when there is one.
    plain = not pattern.startswith("|") and "/" not in pattern
    control = tmp_path / "control"
    control.mkdir()
    without = _run_and_abort("pass", control)
    assert without.returncode == -signal.SIGABRT
    if plain:
        assert _cores(control), f"core_pattern {pattern!r}: an ordinary abort should leave a core here"

    crashing = tmp_path / "crash"
    crashing.mkdir()
    call = (
        "from fieldguide.__main__ import main; "
        f"assert main(['--data-dir', {str(data_dir)!r}, 'assessment', 'list', '--json']) == 0"
    )
    result = _run_and_abort(call, crashing)
    assert result.returncode == -signal.SIGABRT, result.stderr
    limits, dumpable = result.stdout.strip().splitlines()[-1].rsplit(" ", 1)
    assert limits == "(0, 0)" and dumpable == "0"
    assert _cores(crashing) == []


@posix_only
def test_a_new_profile_is_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        root = tmp_path / "profile"
        app = open_app(DataPaths(root))
        try:
            assessment = app.assessments.create([CHECKLIST], "Bangui")
            backup = app.backups.create("manual")
            exported = app.backups.export(tmp_path / "exported.db")
            report = tmp_path / "report.csv"
            app.reports.export(assessment, "csv", report)
            modes = {p.relative_to(root).as_posix(): stat.S_IMODE(p.stat().st_mode) for p in root.rglob("*")}
        finally:
            app.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert modes["fieldguide.db"] == 0o600 and modes["backups"] == 0o700
    assert modes[f"backups/{backup.path.name}"] == 0o600
    assert {name: mode for name, mode in modes.items() if mode not in (0o600, 0o700)} == {}
    assert stat.S_IMODE(exported.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(report.stat().st_mode) == 0o600


@posix_only
def test_an_older_profile_is_made_owner_only_when_it_opens(data_dir: Path) -> None:
    for path in [data_dir, *data_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    open_app(DataPaths(data_dir)).close()
    loose = [
        str(p)
        for p in [data_dir, *data_dir.rglob("*")]
        if stat.S_IMODE(p.stat().st_mode) not in (0o600, 0o700)
    ]
    assert loose == []


@posix_only
def test_a_report_the_user_opened_up_keeps_its_mode(data_dir: Path, tmp_path: Path) -> None:
    """'Unless the user picks otherwise': a file they made readable stays so when replaced."""
    app = open_app(DataPaths(data_dir))
    try:
        assessment = app.assessments.create([CHECKLIST], "Bangui")
        report = tmp_path / "shared-report.csv"
        app.reports.export(assessment, "csv", report)
        report.chmod(0o644)
        app.reports.export(assessment, "csv", report)
    finally:
        app.close()
    assert stat.S_IMODE(report.stat().st_mode) == 0o644


def test_no_command_takes_a_secret_on_its_command_line() -> None:
    """Passphrases and keys come from a prompt or a file (or stdin, `-`), never from argv."""
    from fieldguide.cli import build_parser

    def options(parser: Any) -> list[tuple[str, Any]]:
        found: list[tuple[str, Any]] = []
        for action in parser._actions:
            found += [(o, action) for o in action.option_strings if o.startswith("--")]
            choices = getattr(action, "choices", None)
            if isinstance(choices, dict):
                for sub in choices.values():
                    found += options(sub)
        return found

    secretive = [
        (name, action)
        for name, action in options(build_parser())
        if any(word in name for word in ("pass", "phrase", "key", "secret"))
    ]
    assert secretive
    # A file's name (a flag, or a Path), never the secret itself.
    given_inline = [name for name, action in secretive if not (name.endswith("-file") or action.type is Path)]
    assert given_inline == []


def test_a_passphrase_can_come_from_stdin(data_dir: Path, tmp_path: Path) -> None:
    phrase = tmp_path / "phrase"
    phrase.write_text("correct horse battery staple\n")
    assert run_cli("profile", "protect", "--new-passphrase-file", phrase, data_dir=data_dir).returncode == 0
    out = run_cli(
        "--passphrase-file",
        "-",
        "assessment",
        "list",
        data_dir=data_dir,
        input="correct horse battery staple\n",
    )
    assert out.returncode == 0, out.stderr
