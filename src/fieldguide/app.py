"""The one `App` object: paths, database and services, shared by the GUI and the command line.

Nothing else reaches for globals: both faces receive an App and call its services.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from fieldguide.backups import BackupService
from fieldguide.db.engine import Database
from fieldguide.db.migrate import upgrade
from fieldguide.db.models import Pack
from fieldguide.hygiene import create_private
from fieldguide.paths import DataPaths
from fieldguide.security.profile import PassphraseRequired, ProfileKeys
from fieldguide.sync.changelog import Recorder
from fieldguide.sync.identity import settle_identity
from fieldguide.sync.purge import finish_pending

if TYPE_CHECKING:
    from fieldguide.assessments.service import AssessmentService
    from fieldguide.assessments.sharing import SharingService
    from fieldguide.db.health import HealthService
    from fieldguide.library.annotations import AnnotationService
    from fieldguide.library.catalog import CatalogService
    from fieldguide.library.imports import ImportService
    from fieldguide.library.packs import PackService
    from fieldguide.library.search import SearchService
    from fieldguide.reports.service import ReportService
    from fieldguide.security.profile import ProfileService
    from fieldguide.sync.hub import HubService
    from fieldguide.sync.purge import PurgeService
    from fieldguide.sync.service import SyncService

STARTER_PACK_ID = "starter"


class App:
    """The opened profile and its services.

    Each service is built, and its module imported, on first use: a start-up that
    only needs the catalog does not pay for importers, sync or reports.
    """

    def __init__(self, paths: DataPaths, db: Database, device_id: str, recorder: Recorder) -> None:
        self.paths = paths
        self.db = db
        self.device_id = device_id
        self.recorder = recorder
        self.backups = BackupService(paths, db)

    @cached_property
    def catalog(self) -> CatalogService:
        from fieldguide.library.catalog import CatalogService

        return CatalogService(self.db)

    @cached_property
    def packs(self) -> PackService:
        from fieldguide.library.packs import PackService
        from fieldguide.library.signing import TrustStore, bundled_publishers
        from fieldguide.resources import publisher_keys_dir
        from fieldguide.settings import Settings

        trust = TrustStore(bundled_publishers(publisher_keys_dir()), Settings.load(self.paths.settings))
        return PackService(self.db, trust)

    @cached_property
    def search(self) -> SearchService:
        from fieldguide.library.search import SearchService

        return SearchService(self.db)

    @cached_property
    def annotations(self) -> AnnotationService:
        from fieldguide.library.annotations import AnnotationService

        return AnnotationService(self.db, self.recorder)

    @cached_property
    def assessments(self) -> AssessmentService:
        from fieldguide.assessments.service import AssessmentService

        return AssessmentService(self.db, self.recorder)

    @cached_property
    def reports(self) -> ReportService:
        from fieldguide.reports.service import ReportService

        return ReportService(self.assessments)

    @cached_property
    def imports(self) -> ImportService:
        from fieldguide.library.imports import ImportService

        return ImportService(self.db, self.packs, self.catalog)

    @cached_property
    def sync(self) -> SyncService:
        from fieldguide.assessments.model import CLASSIFICATIONS, CONFIDENCES, DRAFT, FINAL, STATUSES
        from fieldguide.sync.service import SyncService
        from fieldguide.sync.validate import Vocabulary

        # Sync checks every incoming value against the words the assessments allow.
        words = Vocabulary(STATUSES, CLASSIFICATIONS, CONFIDENCES, (DRAFT, FINAL))
        return SyncService(self.db, self.recorder, self.device_id, self.paths, words)

    @cached_property
    def hub(self) -> HubService:
        """The hub transport's profile side (the network lives in ``sync.hub_run``)."""
        from fieldguide.sync.hub import HubService

        return HubService(self.sync)

    @cached_property
    def sharing(self) -> SharingService:
        from fieldguide.assessments.sharing import SharingService

        return SharingService(self.db, self.recorder, self.sync.device_keys, self.sync.rules)

    @cached_property
    def purge(self) -> PurgeService:
        from fieldguide.sync.purge import PurgeService

        return PurgeService(self.db, self.recorder, self.backups)

    @cached_property
    def health(self) -> HealthService:
        from fieldguide.db.health import HealthService

        return HealthService(self.db)

    @cached_property
    def profile(self) -> ProfileService:
        from fieldguide.security.profile import ProfileService

        return ProfileService(ProfileKeys(self.paths), self.db, self.backups)

    def close(self) -> None:
        self.db.dispose()


def _bundled_version(directory: Path) -> tuple[str, str] | None:
    """(pack id, version) of a bundled pack folder, or None when it cannot be read."""
    try:
        manifest = json.loads((directory / "pack.json").read_text("utf-8"))
        return str(manifest["id"]), str(manifest["version"])
    except (OSError, ValueError, KeyError):
        return None


def ensure_starter_pack(db: Database, packs: PackService, directory: Path | None = None) -> bool:
    """Install the bundled packs on first start, or when the app ships newer ones.

    The starter library comes first; its translations (the French edition) follow,
    since a translation needs the pack it translates. Returns whether anything changed.
    """
    from fieldguide.errors import UserError
    from fieldguide.library.pack_format import version_key
    from fieldguide.resources import bundled_pack_dirs

    changed = False
    folders = [directory] if directory is not None else bundled_pack_dirs()
    for position, folder in enumerate(folders):
        bundled = _bundled_version(folder)
        if bundled is None:
            continue
        pack_id, version = bundled
        with db.read() as session:
            installed = session.scalar(select(Pack.version).where(Pack.id == pack_id))
        if installed is not None and version_key(installed) >= version_key(version):
            continue
        try:
            packs.install(folder)
        except UserError:
            # A translation that no longer fits the library installed here (an older starter
            # pack kept its version) must not keep the adviser from their notes: the profile
            # opens with the library it has, in its own language.
            if position == 0:
                raise
            continue
        changed = True
    return changed


def _profile_key(paths: DataPaths, key: bytes | bytearray | None) -> bytes | bytearray | None:
    """The key to open the profile with: the one given, or the one remembered on this computer."""
    keys = ProfileKeys(paths)
    if keys.is_protected():
        key = key if key is not None else keys.remembered_key()
        if key is None:
            raise PassphraseRequired()
        return key
    if paths.database.exists() and paths.database.stat().st_size > 0:
        # The file is plain, whatever a crash left in profile.json.
        keys.settle_plain()
        return None
    # A new profile: created encrypted from its first page when a key was prepared for it.
    return key


def open_app(
    paths: DataPaths,
    *,
    key: bytes | bytearray | None = None,
    install_starter: bool = True,
    daily_backup: bool = True,
) -> App:
    """Open (or create) the profile; a protected one needs its key (PassphraseRequired otherwise).

    `daily_backup=False`: the caller makes the day's backup itself, later (the window does,
    once its library is usable: at ten years of a team's work the copy takes seconds).
    """
    paths.ensure()
    fresh = not paths.database.exists()
    key = _profile_key(paths, key)
    if fresh:
        # Owner-only from its first byte; SQLite gives the -wal and -shm files the same mode.
        create_private(paths.database)
    db = Database(paths.database, key)
    backups = BackupService(paths, db)
    # No migration without a backup of what it is about to change.
    upgrade(db, before=lambda _revision: backups.create("before-migration"))
    device_id = settle_identity(paths, db)
    app = App(paths, db, device_id, Recorder(device_id))
    if install_starter:
        ensure_starter_pack(db, app.packs)
    app.backups.remove_leftovers()
    # A purge whose database rewrite another process put off (sync.purge).
    finish_pending(db)
    app.backups.encrypt_plain_backups()
    if not fresh and daily_backup:
        app.backups.daily_or_note()
    return app
