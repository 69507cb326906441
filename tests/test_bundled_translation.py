"""An upgrade whose bundled translation does not fit the library already installed still opens the profile."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest


def test_a_translation_that_does_not_fit_leaves_the_profile_usable(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldguide import resources
    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    bundled = resources.bundled_pack_dirs()
    translation = next((p for p in bundled[1:] if (p / "pack.json").exists()), None)
    if translation is None:
        pytest.skip("no bundled translation pack in this build")
    broken = tmp_path / "packs" / translation.name
    shutil.copytree(translation, broken)
    manifest = json.loads((broken / "pack.json").read_text("utf-8"))
    manifest["version"] = "99.0.0"  # newer than installed: the upgrade tries it and fails
    (broken / "pack.json").write_text(json.dumps(manifest), "utf-8")
    monkeypatch.setattr(resources, "bundled_pack_dirs", lambda: [bundled[0], broken])

    app = open_app(DataPaths(data_dir))
    try:
        assert app.catalog.documents(), "the library the profile had is still there"
    finally:
        app.close()
