"""The one `App` object: paths, database and services, shared by the GUI and the command line.

Nothing else reaches for globals: both faces receive an App and call its services.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from fieldguide.db.engine import Database
from fieldguide.db.migrate import upgrade
from fieldguide.db.models import Meta, Pack
from fieldguide.library.catalog import CatalogService
from fieldguide.library.pack_format import version_key
from fieldguide.library.packs import PackService
from fieldguide.library.search import SearchService
from fieldguide.paths import DataPaths
from fieldguide.resources import starter_pack_dir
from fieldguide.sync.changelog import DEVICE_META_KEY, Recorder

STARTER_PACK_ID = "starter"


@dataclass
class App:
    paths: DataPaths
    db: Database
    device_id: str
    recorder: Recorder
    catalog: CatalogService = field(init=False)
    packs: PackService = field(init=False)
    search: SearchService = field(init=False)

    def __post_init__(self) -> None:
        self.catalog = CatalogService(self.db)
        self.packs = PackService(self.db)
        self.search = SearchService(self.db)

    def close(self) -> None:
        self.db.dispose()


def _device_id(db: Database) -> str:
    with db.write() as session:
        meta = session.get(Meta, DEVICE_META_KEY)
        if meta is None:
            meta = Meta(key=DEVICE_META_KEY, value=str(uuid.uuid4()))
            session.add(meta)
        return meta.value


def _bundled_starter_version(directory: Path) -> str | None:
    try:
        return str(json.loads((directory / "pack.json").read_text("utf-8"))["version"])
    except (OSError, ValueError, KeyError):
        return None


def ensure_starter_pack(db: Database, packs: PackService, directory: Path | None = None) -> bool:
    """Install the bundled pack on first start, or when the app ships a newer one."""
    directory = directory or starter_pack_dir()
    bundled = _bundled_starter_version(directory)
    if bundled is None:
        return False
    with db.read() as session:
        installed = session.scalar(select(Pack.version).where(Pack.id == STARTER_PACK_ID))
    if installed is not None and version_key(installed) >= version_key(bundled):
        return False
    packs.install(directory)
    return True


def open_app(paths: DataPaths, *, key: bytes | None = None, install_starter: bool = True) -> App:
    paths.ensure()
    db = Database(paths.database, key)
    upgrade(db)
    device_id = _device_id(db)
    app = App(paths=paths, db=db, device_id=device_id, recorder=Recorder(device_id))
    if install_starter:
        ensure_starter_pack(db, app.packs)
    return app
