"""The lock delay and the number of backups kept: preferences in settings.json (fieldguide.settings)."""

from __future__ import annotations

from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.paths import DataPaths
from fieldguide.settings import Settings

LOCK_AFTER_KEY = "lock.after_minutes"
BACKUPS_KEEP_KEY = "backups.keep"

DEFAULT_LOCK_AFTER_MINUTES = 10.0
DEFAULT_BACKUPS_TO_KEEP = 7


def lock_after_minutes(paths: DataPaths) -> float:
    minutes = Settings.load(paths.settings).get(LOCK_AFTER_KEY, DEFAULT_LOCK_AFTER_MINUTES)
    # A hand-edited value out of range falls back to the default rather than never locking.
    return minutes if 0 < minutes <= 24 * 60 else DEFAULT_LOCK_AFTER_MINUTES


def backups_to_keep(paths: DataPaths) -> int:
    count = Settings.load(paths.settings).get(BACKUPS_KEEP_KEY, DEFAULT_BACKUPS_TO_KEEP)
    return count if 1 <= count <= 365 else DEFAULT_BACKUPS_TO_KEEP


def set_lock_after(paths: DataPaths, minutes: float) -> None:
    if not 0 < minutes <= 24 * 60:
        raise UserError(_("the lock delay must be between 1 and 1440 minutes"))
    settings = Settings.load(paths.settings)
    settings.set(LOCK_AFTER_KEY, float(minutes))
    settings.save()


def set_backups_to_keep(paths: DataPaths, count: int) -> None:
    if not 1 <= count <= 365:
        raise UserError(_("keep between 1 and 365 backups"))
    settings = Settings.load(paths.settings)
    settings.set(BACKUPS_KEEP_KEY, int(count))
    settings.save()
