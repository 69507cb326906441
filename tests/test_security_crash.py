"""A profile killed (SIGKILL) at any step of protect, change-passphrase or unprotect still opens,
with every note, under the old passphrase or the new one: never neither."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from fieldguide.app import open_app
from fieldguide.db.engine import DatabaseLocked
from fieldguide.paths import DataPaths
from fieldguide.security.cipherfile import CRASH_ENV, is_encrypted
from fieldguide.security.profile import ProfileKeys
from tests.conftest import run_cli
from tests.test_security_profile import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    SECRETS,
    cheap_kdf,
    leaks,
    note_bodies,
    write_notes,
)

pytestmark = pytest.mark.slow


def _files(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(PASSPHRASE + "\n", "utf-8")
    new.write_text(NEW_PASSPHRASE + "\n", "utf-8")
    return old, new


def _opens_with(paths: DataPaths, passphrase: str | None) -> bool:
    try:
        if passphrase is None:
            app = open_app(paths)
        else:
            app = open_app(paths, key=ProfileKeys(paths).key_from_passphrase(passphrase))
    except DatabaseLocked:
        return False
    try:
        assert note_bodies(app) == sorted(SECRETS), "every note survives the crash"
    finally:
        app.close()
    return True


def _killed(result) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode == -signal.SIGKILL, (result.returncode, result.stderr)


@pytest.mark.parametrize(
    "step",
    [
        "protect:backup",
        "protect:exclusive",
        "protect:exported",
        "protect:verified",
        "protect:descriptor",
        "protect:swapped",
        "protect:backups:1",
    ],
)
def test_protect_killed_midway(data_dir: Path, tmp_path: Path, step: str) -> None:
    paths = DataPaths(data_dir)
    app = open_app(paths)
    write_notes(app)
    app.close()
    old, _new = _files(tmp_path)
    _killed(
        run_cli("profile", "protect", "--new-passphrase-file", old, data_dir=data_dir, env={CRASH_ENV: step})
    )

    if is_encrypted(paths.database):
        assert _opens_with(paths, PASSPHRASE)
        # Opening finished the job: no plain copy of a note is left anywhere.
        assert leaks(paths.root) == []
    else:
        assert _opens_with(paths, None)
        # And protecting again, to the end, works from whatever the crash left.
        result = run_cli("profile", "protect", "--new-passphrase-file", old, data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        assert _opens_with(paths, PASSPHRASE)
        assert leaks(paths.root) == []
    assert not [p for p in paths.root.rglob("*fieldguide-tmp*")], "leftovers are removed on the next open"


@pytest.mark.parametrize("step", ["change:descriptor", "change:swapped", "change:backups:1"])
def test_change_passphrase_killed_midway(data_dir: Path, tmp_path: Path, step: str) -> None:
    paths = DataPaths(data_dir)
    app = open_app(paths)
    write_notes(app)
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    app.close()
    old, new = _files(tmp_path)
    _killed(
        run_cli(
            "--passphrase-file",
            old,
            "profile",
            "change-passphrase",
            "--new-passphrase-file",
            new,
            data_dir=data_dir,
            env={CRASH_ENV: step},
        )
    )
    opened = [_opens_with(paths, PASSPHRASE), _opens_with(paths, NEW_PASSPHRASE)]
    assert opened.count(True) == 1, opened
    assert leaks(paths.root) == []


@pytest.mark.parametrize("step", ["unprotect:backups:1", "unprotect:swapped"])
def test_unprotect_killed_midway(data_dir: Path, tmp_path: Path, step: str) -> None:
    paths = DataPaths(data_dir)
    app = open_app(paths)
    write_notes(app)
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    app.close()
    old, _new = _files(tmp_path)
    _killed(
        run_cli("--passphrase-file", old, "profile", "unprotect", data_dir=data_dir, env={CRASH_ENV: step})
    )
    if is_encrypted(paths.database):
        assert _opens_with(paths, PASSPHRASE)
        # Backups decrypted before the crash are encrypted again by that open.
        assert leaks(paths.root) == []
    else:
        assert _opens_with(paths, None)
