"""Bring a profile's schema to the current version.

Alembic is imported only when the schema is behind: opening a current profile
must stay fast (start-up budget), and the head revision is known statically.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from fieldguide.db.engine import Database
from fieldguide.db.readonly import HEAD_REVISION as HEAD_REVISION

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(db: Database) -> str | None:
    with db.read() as session:
        has_table = session.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if not has_table:
            return None
        return session.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(db: Database, *, before: Callable[[str | None], object] | None = None) -> bool:
    """Run pending migrations; returns True when any ran.

    `before(revision)` is called first when there is something to do on an
    existing profile, so a backup is taken before the schema changes.
    """
    revision = current_revision(db)
    if revision == HEAD_REVISION:
        return False
    if revision is not None and before is not None:
        before(revision)

    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.connect() as conn:
        # A batch migration drops and re-creates tables; with foreign keys on, dropping a
        # parent would cascade into its children. The pragma only takes effect outside a
        # transaction, hence before begin().
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            conn = conn.execution_options(fieldguide_write=True)
            config.attributes["connection"] = conn
            with conn.begin():
                command.upgrade(config, "head")
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"migration left {len(problems)} broken references")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return True
