"""Installing a pack from the window: asked first, publisher shown, before an unsigned pack goes in."""

from __future__ import annotations

import json
from pathlib import Path

from fieldguide.library.signing import SIGNATURE, load_private_key
from tests.test_packs import make_pack


def _publisher(pack: Path, name: str) -> Path:
    manifest = json.loads((pack / "pack.json").read_text("utf-8"))
    manifest["publisher"] = name
    (pack / "pack.json").write_text(json.dumps(manifest), "utf-8")
    return pack


def _checklists(window) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.id for c in window.runner.app.catalog.checklists()}


def test_unsigned_pack_is_installed_after_the_user_agrees(open_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    pack = _publisher(make_pack(tmp_path / "pack"), "Peace Lab")
    installer = window.transfer.install_pack(pack)
    qtbot.waitUntil(lambda: installer.question is not None and installer.question.isVisible(), timeout=10000)
    assert "Peace Lab" in installer.question.text()
    assert "not signed" in installer.question.text()
    assert "listening-checklist" not in _checklists(window)
    with qtbot.waitSignal(installer.installed, timeout=10000) as shown:
        installer.question.findChild(type(installer.question.defaultButton()), "packTrustAccept").click()
    assert "Installed test-pack 1.0.0" in shown.args[0]
    assert "listening-checklist" in _checklists(window)


def test_cancelling_installs_nothing(open_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    installer = window.transfer.install_pack(_publisher(make_pack(tmp_path / "pack"), "Peace Lab"))
    qtbot.waitUntil(lambda: installer.question is not None and installer.question.isVisible(), timeout=10000)
    with qtbot.waitSignal(installer.refused, timeout=10000):
        installer.question.defaultButton().click()
    assert "listening-checklist" not in _checklists(window)


def test_bad_signature_is_refused_without_a_question(open_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.library.pack_build import write_manifest
    from fieldguide.library.signing import generate_key

    window = open_window()
    key = tmp_path / "k.pem"
    generate_key(key)
    pack = make_pack(tmp_path / "pack")
    write_manifest(pack, key=load_private_key(key))
    signature = json.loads((pack / SIGNATURE).read_text("utf-8"))
    signature["signature"] = signature["signature"][:-4] + "AAA="
    (pack / SIGNATURE).write_text(json.dumps(signature), "utf-8")
    installer = window.transfer.install_pack(pack)
    with qtbot.waitSignal(installer.refused, timeout=10000) as refused:
        pass
    assert "altered after it was signed" in refused.args[0]
    assert "\n" not in refused.args[0]
    assert installer.question is None
    assert "listening-checklist" not in _checklists(window)
