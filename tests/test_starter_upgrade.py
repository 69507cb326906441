"""A profile made by the previous release receives this release's starter library and its French edition."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text


def _bundled_versions() -> dict[str, str]:
    from fieldguide.resources import bundled_pack_dirs

    manifests = [json.loads((d / "pack.json").read_text("utf-8")) for d in bundled_pack_dirs()]
    return {m["id"]: m["version"] for m in manifests}


def test_the_released_starter_is_upgraded_and_its_translation_installed(data_dir: Path) -> None:
    from fieldguide.app import open_app
    from fieldguide.library.pack_format import version_key
    from fieldguide.paths import DataPaths

    bundled = _bundled_versions()
    # 1.0.0 is the starter library the previous release installed; its content has changed
    # since (kinds, synthesis marks, the glossary), so this release must ship a newer version
    # or profiles made by 1.0.0 would never receive it (nor the French edition that fits it).
    assert version_key(bundled["starter"]) > version_key("1.0.0")

    app = open_app(DataPaths(data_dir))
    with app.db.write() as session:
        session.execute(text("UPDATE pack SET version = '1.0.0' WHERE id = 'starter'"))
        session.execute(text("UPDATE pack SET version = '0.0.1' WHERE id <> 'starter'"))
    app.close()

    app = open_app(DataPaths(data_dir))
    try:
        installed = {pack.id: pack.version for pack in app.packs.installed()}
        assert installed == bundled
        assert app.catalog.documents(), "the library is there after the upgrade"
    finally:
        app.close()
