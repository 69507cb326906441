"""Signed packs: a pack installs silently only when a publisher the user trusts signed it.

A bad signature is refused with one line whatever the user chooses; an unsigned
pack or an unknown publisher installs only after an explicit choice, with the
publisher shown.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from fieldguide.library.pack_build import write_manifest
from fieldguide.library.pack_format import load_pack
from fieldguide.library.signing import SIGNATURE, bundled_publishers, load_private_key
from fieldguide.resources import publisher_keys_dir, starter_pack_dir
from tests.test_packs import assert_refused, library_json, make_pack, tamper_checklist

BOTH = ("--allow-unsigned", "--trust-publisher")


def make_key(cli, tmp_path: Path, name: str = "Peace Lab") -> Path:  # type: ignore[no-untyped-def]
    key = tmp_path / f"{name.replace(' ', '-')}.pem"
    result = cli("pack", "keygen", key, "--publisher", name)
    assert result.returncode == 0, result.stderr
    assert '"public_key"' in result.stdout
    assert "BEGIN PRIVATE KEY" in key.read_text("ascii")
    return key


def signed_pack(cli, tmp_path: Path, key: Path, publisher: str = "Peace Lab") -> Path:  # type: ignore[no-untyped-def]
    root = make_pack(tmp_path / "pack")
    manifest = json.loads((root / "pack.json").read_text("utf-8"))
    manifest["publisher"] = publisher
    (root / "pack.json").write_text(json.dumps(manifest), "utf-8")
    result = cli("pack", "sign", root, "--key", key)
    assert result.returncode == 0, result.stderr
    return root


def test_unknown_publisher_installs_only_after_choosing_to_trust_it(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = make_key(cli, tmp_path)
    built = tmp_path / "lab.fgpack"
    result = cli("pack", "build", make_pack(tmp_path / "pack"), "-o", built, "--sign", key)
    assert result.returncode == 0, result.stderr
    verified = cli("pack", "verify", built)
    assert "a publisher you have not trusted" in verified.stdout
    # Unsigned permission does not stand in for trusting a publisher.
    assert_refused(cli, built, "a publisher you have not trusted", flags=("--allow-unsigned",))
    installed = cli("pack", "install", built, "--trust-publisher")
    assert installed.returncode == 0, installed.stderr
    assert "listening-checklist" in {c["id"] for c in library_json(cli)["checklists"]}
    # The choice is remembered: the next pack from that key installs without asking.
    publishers = json.loads(cli("pack", "publishers", "--json").stdout)["publishers"]
    assert [p["name"] for p in publishers] == ["Field Guide project", "?"]
    newer = make_pack(tmp_path / "newer", version="1.1.0")
    cli("pack", "sign", newer, "--key", key)
    assert cli("pack", "install", newer).returncode == 0


def test_unknown_publisher_is_named_in_the_refusal(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = make_key(cli, tmp_path, "Peace Lab")
    pack = signed_pack(cli, tmp_path, key, publisher="Peace Lab")
    assert_refused(cli, pack, "signed by 'Peace Lab' (key ", flags=())


def test_unsigned_pack_installs_only_when_allowed(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pack = make_pack(tmp_path / "pack")
    manifest = json.loads((pack / "pack.json").read_text("utf-8"))
    manifest["publisher"] = "Somebody"
    (pack / "pack.json").write_text(json.dumps(manifest), "utf-8")
    assert_refused(cli, pack, "from 'Somebody' is not signed", flags=())
    assert "not signed (publisher given: Somebody)" in cli("pack", "verify", pack).stdout
    assert cli("pack", "install", pack, "--allow-unsigned").returncode == 0
    assert "listening-checklist" in {c["id"] for c in library_json(cli)["checklists"]}


def test_tampered_manifest_is_refused_whatever_the_user_chooses(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = make_key(cli, tmp_path)
    pack = signed_pack(cli, tmp_path, key)
    # A consistent forgery: the document is changed and its hash rewritten in pack.json.
    doc = pack / "documents" / "field-notes.md"
    doc.write_text(doc.read_text("utf-8").replace("Women", "Men"), "utf-8")
    manifest = json.loads((pack / "pack.json").read_text("utf-8"))
    for entry in manifest["files"]:
        if entry["path"] == "documents/field-notes.md":
            entry["sha256"] = hashlib.sha256(doc.read_bytes()).hexdigest()
    (pack / "pack.json").write_text(json.dumps(manifest, indent=2), "utf-8")
    assert_refused(cli, pack, "altered after it was signed", flags=BOTH)
    assert "altered after it was signed" in cli("pack", "verify", pack).stderr


def test_file_changed_after_signing_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = make_key(cli, tmp_path)
    built = tmp_path / "lab.fgpack"
    cli("pack", "build", make_pack(tmp_path / "pack"), "-o", built, "--sign", key)
    assert_refused(cli, tamper_checklist(built), "does not match its sha256", flags=BOTH)


def test_damaged_signature_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = make_key(cli, tmp_path)
    pack = signed_pack(cli, tmp_path, key)
    (pack / SIGNATURE).write_text('{"algorithm": "ed25519", "public_key": "x", "signature": "y"}', "utf-8")
    assert_refused(cli, pack, "pack.sig is damaged", flags=BOTH)


def test_signature_of_another_key_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A real signature copied from another pack does not sign this one."""
    first = make_key(cli, tmp_path, "First")
    pack = signed_pack(cli, tmp_path, first)
    other = make_pack(tmp_path / "other", version="2.0.0")
    write_manifest(other, key=load_private_key(first))
    (pack / SIGNATURE).write_bytes((other / SIGNATURE).read_bytes())
    assert_refused(cli, pack, "altered after it was signed", flags=BOTH)


def test_the_starter_pack_ships_signed_by_the_bundled_publisher_key() -> None:
    """Fails when starter files changed without `make sign-pack` (docs/pack-format.md, Signing)."""
    content = load_pack(starter_pack_dir())
    assert content.signed_by is not None
    bundled = {p.public_key for p in bundled_publishers(publisher_keys_dir())}
    assert content.signed_by.public_key in bundled
    assert not list(Path(starter_pack_dir()).rglob("*.pem")), "a private key must never ship"


def test_the_starter_pack_installs_on_first_start(app) -> None:  # type: ignore[no-untyped-def]
    assert "starter" in {p.id for p in app.packs.installed()}
