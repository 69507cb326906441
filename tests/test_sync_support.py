"""Helpers for the sync tests (no tests here): several devices enrolled in one team, data snapshots.

Each device is a copy of the session's template profile (starter pack installed) with
its own device id and keys: a copied profile would otherwise carry the template's, and
two devices sharing an id would see each other's changes as their own.

``enrol(apps)`` makes the first device found a team and admits each other one the way
people do (invitation, join request, the code confirmed, answer), in unprotected test
profiles (``unprotected=True``, as the CLI's ``--unprotected``).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fieldguide.app import App, open_app
from fieldguide.db.models import SYNCED_MODELS
from fieldguide.paths import DataPaths
from fieldguide.sync.devicekeys import DeviceKeys
from fieldguide.sync.merge import Entry


def new_profile(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    db = sqlite3.connect(target / "fieldguide.db")
    try:
        db.execute("DELETE FROM meta WHERE key IN ('device_id', 'hlc') OR key LIKE 'sync.%'")
        db.execute("DELETE FROM sync_signature")
        db.commit()
    finally:
        db.close()
    return target


def tag(app: App) -> str:
    """The name of ``app``'s own subfolder in a sync folder."""
    from fieldguide.sync.folder import folder_tag

    roster = app.sync.roster()
    assert roster is not None
    return folder_tag(roster.team, app.device_id)


def admit(member: App, newcomer: App) -> None:
    """``newcomer`` joins ``member``'s team: invitation, request, code confirmed, answer."""
    request, code, _team = newcomer.sync.join_request(member.sync.invitation(), unprotected=True)
    newcomer.sync.accept(member.sync.admit(request, code), unprotected=True)


def enrol(apps: list[App], team: str = "Test team") -> None:
    """The first device founds a team and admits every other one."""
    apps[0].sync.create_team(team, unprotected=True)
    for app in apps[1:]:
        admit(apps[0], app)


@contextmanager
def amina_window_and_bruno(template: Path, directory: Path, qtbot: Any) -> Iterator[tuple[Any, App]]:
    """Two enrolled laptops: Amina's in the window (library loaded), Bruno's as an open profile."""
    from fieldguide.ui.main_window import MainWindow

    roots = [new_profile(template, directory / name) for name in ("amina", "bruno")]
    apps = [open_app(DataPaths(root), install_starter=False) for root in roots]
    for app, name in zip(apps, ("Amina's laptop", "Bruno's laptop"), strict=True):
        app.sync.set_device_name(name)
    enrol(apps)
    for app in apps:
        app.close()
    window = MainWindow(DataPaths(roots[0]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.profile_opened, timeout=20000):
        window.open_profile()
    bruno = open_app(DataPaths(roots[1]), install_starter=False)
    try:
        yield window, bruno
    finally:
        window.close()
        bruno.close()


@contextmanager
def devices(template: Path, directory: Path, count: int, *, key: bool = True) -> Iterator[list[App]]:
    """``count`` opened devices, enrolled in one team unless ``key`` is False, closed afterwards."""
    opened: list[App] = []
    try:
        for index in range(count):
            root = new_profile(template, directory / f"device-{index}")
            opened.append(open_app(DataPaths(root)))
        if key:
            enrol(opened)
        yield opened
    finally:
        for app in opened:
            app.close()


def exported(app: App, path: Path, **options: Any) -> Path:
    """`app.sync.export_file(path, **options)`, which must have written a bundle: its path."""
    made = app.sync.export_file(path, **options)
    assert made.path is not None
    return made.path


def crafted_bundle(
    app: App, entries: Sequence[Entry], *, signer: DeviceKeys | None = None, device: str | None = None
) -> bytes:
    """A bundle sent by ``app`` holding exactly ``entries``, each write signed by ``signer``
    (``app``'s own keys by default): what a teammate holding the epoch key could make."""
    from fieldguide.sync.bundle_writing import encode_bundle
    from fieldguide.sync.keyring import bindings, roster_documents
    from fieldguide.sync.signing import carried_leaves, sign_write

    keys = signer or app.sync.device_keys()
    carried = carried_leaves(entries)
    writes = {
        dot: (sign_write(keys, dot[0], dot[1], leaves).signature, []) for dot, leaves in carried.items()
    }
    with app.db.read() as session:
        known = bindings(session)
        documents = roster_documents(session)
    key = app.sync.writing_key()
    assert key is not None
    return encode_bundle(
        entries,
        device=device or app.device_id,
        key=key,
        signer=app.sync.device_keys(),
        writes=writes,
        ids={d: (b.signing, b.nonce) for d, b in known.items()},
        roster=documents,
    )


def user_data(app: App) -> dict[str, dict[str, Any]]:
    """Every synced row: its synced fields and field clocks (not the local bookkeeping)."""
    snapshot: dict[str, dict[str, Any]] = {}
    with app.db.read() as session:
        for table, model in SYNCED_MODELS.items():
            rows = {}
            for row in session.scalars(select(model)):
                fields = {name: getattr(row, name) for name in model.SYNCED_FIELDS}
                rows[row.id] = {**fields, "clocks": dict(row.clocks or {})}
            snapshot[table] = rows
    return snapshot


def database_content(app: App) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every user-data and sync table, for "nothing changed" checks."""
    tables = [*SYNCED_MODELS, "change_log", "sync_received", "sync_sent", "meta"]
    content = {}
    with app.db.read() as session:
        connection = session.connection()
        for table in tables:
            rows = connection.exec_driver_sql(f"SELECT * FROM {table}").fetchall()
            content[table] = sorted(tuple(row) for row in rows)
    return content
