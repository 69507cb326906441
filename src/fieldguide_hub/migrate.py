"""Bring a hub database to the newest schema (``fieldguide-hub migrate``)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

__all__ = ["alembic_url", "upgrade"]

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_url(database_url: str) -> str:
    """The libpq-style URL the hub is given, as SQLAlchemy's asyncpg dialect wants it."""
    for prefix in ("postgresql://", "postgres://"):
        if database_url.startswith(prefix):
            return "postgresql+asyncpg://" + database_url[len(prefix) :]
    return database_url


def upgrade(database_url: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # ConfigParser interpolation: a % in a password must be doubled.
    config.set_main_option("sqlalchemy.url", alembic_url(database_url).replace("%", "%%"))
    command.upgrade(config, "head")
