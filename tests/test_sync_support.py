"""Helpers for the sync tests (no tests here): several devices, one team key, data snapshots.

Each device is a copy of the session's template profile (starter pack installed) with
its own device id: a copied profile would otherwise carry the template's id, and two
devices sharing an id would see each other's changes as their own.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select

from fieldguide.app import App, open_app
from fieldguide.db.models import SYNCED_MODELS
from fieldguide.paths import DataPaths
from fieldguide.sync.teamkey import new_key_file


def new_profile(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    db = sqlite3.connect(target / "fieldguide.db")
    try:
        db.execute("DELETE FROM meta WHERE key IN ('device_id', 'hlc')")
        db.commit()
    finally:
        db.close()
    return target


def team_key_file(directory: Path) -> Path:
    path = directory / "team.fgkey"
    if not path.exists():
        new_key_file(path, label="test team")
    return path


@contextmanager
def devices(template: Path, directory: Path, count: int, *, key: bool = True) -> Iterator[list[App]]:
    """``count`` opened devices sharing one team key, closed afterwards."""
    opened: list[App] = []
    try:
        for index in range(count):
            root = new_profile(template, directory / f"device-{index}")
            app = open_app(DataPaths(root))
            opened.append(app)
            if key:
                app.sync.import_key(team_key_file(directory))
        yield opened
    finally:
        for app in opened:
            app.close()


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
