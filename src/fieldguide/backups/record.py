"""One backup file and its record: the `<name>.json` sidecar beside it.

The sidecar says when and why the backup was made and the key derivation
parameters (salt, Argon2id costs; nothing secret) needed to open it with the
passphrase that was in force when it was made.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldguide import __version__
from fieldguide.atomic import atomic_write
from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.security.cipherfile import is_encrypted
from fieldguide.security.descriptor import sidecar_kdf, sidecar_of
from fieldguide.security.kdf import KdfParams

PREFIX = "fieldguide-"
SUFFIX = ".db"


class BackupError(UserError):
    """A backup that cannot be read, opened or restored; nothing was changed."""


class BackupPassphraseRequired(UserError):
    def __init__(self) -> None:
        super().__init__(
            _("this backup was made under another passphrase: give that passphrase to restore it")
        )


@dataclass(frozen=True)
class Backup:
    path: Path
    created: dt.datetime
    reason: str
    encrypted: bool
    revision: str | None
    kdf: KdfParams | None
    previous_kdf: KdfParams | None

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "created": self.created.isoformat(timespec="seconds"),
            "reason": self.reason,
            "encrypted": self.encrypted,
            "schema": self.revision,
            "size": self.path.stat().st_size if self.path.exists() else 0,
        }


def write_sidecar(
    path: Path,
    *,
    created: dt.datetime,
    reason: str,
    revision: str | None,
    kdf: KdfParams | None,
    previous_kdf: KdfParams | None = None,
) -> None:
    data = {
        "format": 1,
        "created": created.isoformat(),
        "reason": reason,
        "schema": revision,
        "app_version": __version__,
        "kdf": kdf.as_json() if kdf else None,
        "previous_kdf": previous_kdf.as_json() if previous_kdf else None,
    }
    with atomic_write(sidecar_of(path)) as temporary:
        temporary.write_text(json.dumps(data, indent=2) + "\n", "utf-8")


def read_backup(path: Path) -> Backup:
    """What is known about a backup file; a missing or damaged sidecar leaves only the file's own facts."""
    if not path.is_file():
        raise BackupError(_("no backup at %s") % path)
    data: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError):
        loaded = json.loads(sidecar_of(path).read_text("utf-8"))
        if isinstance(loaded, dict):
            data = loaded
    try:
        created = dt.datetime.fromisoformat(str(data["created"]))
    except (KeyError, ValueError):
        created = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    if created.tzinfo is None:
        created = created.replace(tzinfo=dt.UTC)

    return Backup(
        path=path,
        created=created,
        reason=str(data.get("reason", "")),
        encrypted=is_encrypted(path),
        revision=data.get("schema"),
        kdf=sidecar_kdf(path),
        previous_kdf=sidecar_kdf(path, "previous_kdf"),
    )


def schema_revision(conn: Any, schema: str = "main") -> str | None:
    """The Alembic revision of the database `schema` names on `conn`."""
    try:
        row = conn.execute(f"SELECT version_num FROM {schema}.alembic_version").fetchone()
    except Exception:  # no alembic_version table: not a Field Guide database, or a very early one
        return None
    return str(row[0]) if row else None
