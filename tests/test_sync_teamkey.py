"""Team key files and passphrase-derived keys."""

from __future__ import annotations

import base64
import os
import stat
import sys
from pathlib import Path

import pytest

from fieldguide.sync.teamkey import (
    TeamKey,
    TeamKeyError,
    key_from_passphrase,
    load_key_file,
    new_key_file,
    salt_for_team,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@posix_only
def test_new_key_file_is_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "team.fgkey"
    new_key_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@posix_only
def test_new_key_file_is_owner_only_even_with_a_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        path = tmp_path / "team.fgkey"
        new_key_file(path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_key_file_round_trip_with_label(tmp_path: Path) -> None:
    path = tmp_path / "team.fgkey"
    written = new_key_file(path, label="Équipe RSS — فريق")
    loaded = load_key_file(path)
    assert loaded == written
    assert loaded.secret == written.secret
    assert loaded.key_id == written.key_id
    assert loaded.label == "Équipe RSS — فريق"
    assert path.read_text("utf-8").startswith("fieldguide-team-key v1\n")


def test_each_new_key_is_different(tmp_path: Path) -> None:
    a = new_key_file(tmp_path / "a.fgkey")
    b = new_key_file(tmp_path / "b.fgkey")
    assert a.secret != b.secret
    assert a.key_id != b.key_id


def test_new_key_file_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "team.fgkey"
    original = new_key_file(path)
    before = path.read_bytes()
    with pytest.raises(TeamKeyError, match="already exists"):
        new_key_file(path)
    assert path.read_bytes() == before
    assert load_key_file(path) == original


@posix_only
def test_new_key_file_does_not_follow_a_planted_symlink(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    link = tmp_path / "team.fgkey"
    link.symlink_to(target)
    with pytest.raises(TeamKeyError):
        new_key_file(link)
    assert not target.exists()


def test_windows_line_ends_and_bom_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "team.fgkey"
    key = new_key_file(path, label="mission")
    edited = tmp_path / "edited.fgkey"
    edited.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert load_key_file(edited) == key


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(TeamKeyError, match="not found") as caught:
        load_key_file(tmp_path / "nope.fgkey")
    assert "\n" not in str(caught.value)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(TeamKeyError, match="folder"):
        load_key_file(tmp_path)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"hello\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"fieldguide-team-keys v1\nkey: AAAA\n",
        b"fieldguide-team-key\n",
        b"fieldguide-team-key v1" + b"x" * (100 * 1024),
    ],
)
def test_file_that_is_not_a_key(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.txt"
    path.write_bytes(content)
    with pytest.raises(TeamKeyError, match="not a Field Guide team key file") as caught:
        load_key_file(path)
    assert "\n" not in str(caught.value)


def _damage(path: Path, old: bytes, new: bytes) -> Path:
    data = path.read_bytes()
    assert old in data
    damaged = path.with_name("damaged.fgkey")
    damaged.write_bytes(data.replace(old, new, 1))
    return damaged


def test_damaged_keys_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "team.fgkey"
    key = new_key_file(path)
    encoded = base64.b64encode(key.secret)
    # One character changed in transit: still valid base64, but the key id no longer matches.
    swapped = (b"A" if encoded[:1] != b"A" else b"B") + encoded[1:]
    cases = [
        _damage(path, encoded, swapped),
        _damage(path, encoded, encoded[:-8]),  # a short key
        _damage(path, encoded, b"not*base64!"),
        _damage(path, b"key: " + encoded, b""),  # no key line
        _damage(path, b"key-id: ", b"key-id\x00"),  # a line that is not "name: value"
        _damage(path, b"# Keep", b"\xff\xfe Keep"),  # not text
    ]
    for damaged in cases:
        with pytest.raises(TeamKeyError, match="damaged") as caught:
            load_key_file(damaged)
        assert "\n" not in str(caught.value)


def test_newer_key_file_version_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "team.fgkey"
    new_key_file(path)
    newer = _damage(path, b"fieldguide-team-key v1", b"fieldguide-team-key v2")
    with pytest.raises(TeamKeyError, match="newer version"):
        load_key_file(newer)


def test_key_id_is_short_stable_and_reveals_nothing() -> None:
    key = TeamKey(bytes(range(32)))
    assert len(key.key_id) == 16
    int(key.key_id, 16)
    assert TeamKey(bytes(range(32))).key_id == key.key_id
    assert key.key_id not in key.secret.hex()
    assert key.secret.hex() not in repr(key)
    assert TeamKey(bytes(32)).key_id != key.key_id


def test_team_key_must_be_32_bytes() -> None:
    with pytest.raises(ValueError):
        TeamKey(bytes(31))
    with pytest.raises(ValueError):
        TeamKey(bytes(32), label="two\nlines")


# scrypt is deliberately slow (about 0.13 s), so each derivation is done once per test run.
@pytest.fixture(scope="module")
def derived() -> dict[str, TeamKey]:
    salt_a, salt_b = salt_for_team("Mission Alpha"), salt_for_team("Mission Beta")
    return {
        "a": key_from_passphrase("correct horse battery staple", salt_a),
        "a again": key_from_passphrase("correct horse battery staple", salt_a),
        "other phrase": key_from_passphrase("correct horse battery stapler", salt_a),
        "other salt": key_from_passphrase("correct horse battery staple", salt_b),
    }


def test_passphrase_derivation_is_deterministic(derived: dict[str, TeamKey]) -> None:
    assert derived["a"].secret == derived["a again"].secret
    assert derived["a"].key_id == derived["a again"].key_id


def test_passphrase_derivation_differs_for_phrase_and_salt(derived: dict[str, TeamKey]) -> None:
    secrets = {name: key.secret for name, key in derived.items() if name != "a again"}
    assert len(set(secrets.values())) == 3
    assert len({derived[name].key_id for name in secrets}) == 3


def test_passphrase_is_unicode_normalised() -> None:
    salt = salt_for_team("équipe")
    composed = key_from_passphrase("sécurité", salt)  # é as one code point
    decomposed = key_from_passphrase("se\u0301curite\u0301", salt)  # e + combining accent
    assert composed.secret == decomposed.secret


def test_salt_for_team_ignores_case_and_spacing_but_not_the_name() -> None:
    assert salt_for_team("Mission Alpha") == salt_for_team("  mission   ALPHA ")
    assert salt_for_team("Mission Alpha") != salt_for_team("Mission Beta")
    assert len(salt_for_team("فريق الوساطة")) == 16
    with pytest.raises(ValueError):
        salt_for_team("   ")


def test_passphrase_input_is_checked() -> None:
    with pytest.raises(ValueError):
        key_from_passphrase("", salt_for_team("team"))
    with pytest.raises(ValueError):
        key_from_passphrase("a phrase", b"short")
