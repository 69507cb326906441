"""The command line on a protected profile: --passphrase-file for every command, one-line refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldguide.app import open_app
from fieldguide.cli import build_parser
from fieldguide.paths import DataPaths
from fieldguide.security.cipherfile import is_encrypted
from tests.conftest import run_cli
from tests.test_security_profile import PASSPHRASE, SECRETS, cheap_kdf, leaks, write_notes


@pytest.fixture
def protected(data_dir: Path, tmp_path: Path) -> tuple[Path, Path]:
    app = open_app(DataPaths(data_dir))
    write_notes(app)
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    app.close()
    file = tmp_path / "passphrase.txt"
    file.write_text(PASSPHRASE + "\n", "utf-8")
    return data_dir, file


def test_the_passphrase_file_is_a_global_option_before_any_command() -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"library", "search", "profile", "backup", "restore", "check"} <= set(commands)
    # Given before the command, like --data-dir, so every command (all open the profile
    # through Context.app) receives it.
    assert "--passphrase-file" in parser._option_string_actions


@pytest.mark.parametrize(
    "command",
    [
        ("search", "Zebrafinch"),
        ("assessment", "list", "--json"),
        ("check",),
        ("backup", "--json"),
    ],
)
def test_commands_open_a_protected_profile_with_the_file(protected, command: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    data_dir, file = protected
    result = run_cli("--passphrase-file", file, *command, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    if command[0] == "search":
        assert "Zebrafinch" in result.stdout
    # And without it, no terminal to ask on: one line, exit 1, nothing opened.
    refused = run_cli(*command, data_dir=data_dir)
    assert refused.returncode == 1
    assert refused.stderr == "fieldguide: this profile is protected: give --passphrase-file FILE\n"
    assert refused.stdout == ""


def test_wrong_passphrase_is_one_line_then_the_right_one_opens(protected, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir, file = protected
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("this is not it at all\n", "utf-8")
    before = (data_dir / "fieldguide.db").read_bytes()
    result = run_cli("--passphrase-file", wrong, "library", data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr == "fieldguide: wrong passphrase: it does not open this profile\n"
    assert (data_dir / "fieldguide.db").read_bytes() == before
    missing = run_cli("--passphrase-file", tmp_path / "nope.txt", "library", data_dir=data_dir)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    assert "cannot read the passphrase file" in missing.stderr
    ok = run_cli("--passphrase-file", file, "library", "--json", data_dir=data_dir)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["documents"]


def test_profile_commands_end_to_end(data_dir: Path, tmp_path: Path) -> None:
    app = open_app(DataPaths(data_dir))
    write_notes(app)
    app.close()
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(PASSPHRASE + "\n", "utf-8")
    second.write_text("a completely different phrase\n", "utf-8")
    short = tmp_path / "short.txt"
    short.write_text("abc\n", "utf-8")

    refused = run_cli("profile", "protect", "--new-passphrase-file", short, data_dir=data_dir)
    assert refused.returncode == 1 and "too short" in refused.stderr
    assert not is_encrypted(data_dir / "fieldguide.db")
    no_tty = run_cli("profile", "protect", data_dir=data_dir)
    assert no_tty.returncode == 1
    assert no_tty.stderr == "fieldguide: give the new passphrase with --new-passphrase-file FILE\n"

    assert run_cli("profile", "protect", "--new-passphrase-file", first, data_dir=data_dir).returncode == 0
    status = json.loads(run_cli("profile", "status", "--json", data_dir=data_dir).stdout)
    assert status["protected"] is True and status["kdf"]["name"] == "argon2id"
    assert "salt" not in status["kdf"]
    assert leaks(data_dir) == []

    changed = run_cli(
        "--passphrase-file",
        first,
        "profile",
        "change-passphrase",
        "--new-passphrase-file",
        second,
        data_dir=data_dir,
    )
    assert changed.returncode == 0, changed.stderr
    assert run_cli("--passphrase-file", first, "library", data_dir=data_dir).returncode == 1
    assert run_cli("--passphrase-file", second, "library", data_dir=data_dir).returncode == 0

    settings = run_cli("profile", "set", "--lock-after", "3", "--keep-backups", "4", data_dir=data_dir)
    assert settings.returncode == 0 and "3 minutes" in settings.stdout
    unprotected = run_cli("--passphrase-file", second, "profile", "unprotect", data_dir=data_dir)
    assert unprotected.returncode == 0, unprotected.stderr
    assert not is_encrypted(data_dir / "fieldguide.db")
    search = run_cli("search", "Kidal", data_dir=data_dir)
    assert search.returncode == 0 and "Kidal" in search.stdout
    assert (
        json.loads(run_cli("profile", "status", "--json", data_dir=data_dir).stdout)["backups_to_keep"] == 4
    )
    assert len(SECRETS) == 3
