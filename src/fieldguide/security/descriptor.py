"""profile.json: how the profile's key is derived, and the protection settings.

It holds no secret: the salt and Argon2id parameters, whether the key is kept
in the keyring, and the count of recent wrong passphrases. (The lock delay and
the number of backups kept are preferences, in settings.json: see
security/preferences.py.) Whether the profile
is protected is read from the database file itself (`cipherfile.is_encrypted`);
`protected` here only mirrors it for people reading the file.

While the key is being changed, `previous_kdf` keeps the parameters of the key
the database file may still be under, so a crash between writing this file and
swapping the database leaves a profile that opens (see security/profile.py).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from fieldguide.atomic import atomic_write
from fieldguide.db.driver import storage_error
from fieldguide.i18n import _
from fieldguide.security.kdf import BadDescriptor, KdfParams

DESCRIPTOR_NAME = "profile.json"
FORMAT = 1


@dataclass(frozen=True)
class Descriptor:
    profile_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    protected: bool = False
    kdf: KdfParams | None = None
    previous_kdf: KdfParams | None = None
    remember: bool = False  # the user asked to keep the key in the system keyring
    failed_attempts: int = 0
    last_failure: float = 0.0
    # Fields written by a later version, kept as they are.
    extra: dict[str, Any] = field(default_factory=dict)

    def with_(self, **changes: Any) -> Descriptor:
        return replace(self, **changes)

    def as_json(self) -> dict[str, Any]:
        return {
            **self.extra,
            "format": FORMAT,
            "profile_id": self.profile_id,
            "protected": self.protected,
            "kdf": self.kdf.as_json() if self.kdf else None,
            "previous_kdf": self.previous_kdf.as_json() if self.previous_kdf else None,
            "remember": self.remember,
            "failed_attempts": {"count": self.failed_attempts, "last": self.last_failure},
        }

    @classmethod
    def from_json(cls, data: Any) -> Descriptor:
        if not isinstance(data, dict):
            raise BadDescriptor(_("profile.json is not a JSON object"))
        if int(data.get("format", FORMAT)) > FORMAT:
            raise BadDescriptor(_("this profile was protected by a newer version of Field Guide"))
        known = {
            "format",
            "profile_id",
            "protected",
            "kdf",
            "previous_kdf",
            "remember",
            "failed_attempts",
        }
        attempts = data.get("failed_attempts") or {}
        try:
            return cls(
                profile_id=str(data.get("profile_id") or uuid.uuid4()),
                protected=bool(data.get("protected", False)),
                kdf=KdfParams.from_json(data["kdf"]) if data.get("kdf") else None,
                previous_kdf=KdfParams.from_json(data["previous_kdf"]) if data.get("previous_kdf") else None,
                remember=bool(data.get("remember", False)),
                failed_attempts=max(0, int(attempts.get("count", 0))),
                last_failure=float(attempts.get("last", 0.0)),
                extra={k: v for k, v in data.items() if k not in known},
            )
        except (TypeError, ValueError, AttributeError) as exc:
            raise BadDescriptor(_("profile.json cannot be read (%s)") % exc) from exc


def descriptor_path(root: Path) -> Path:
    return root / DESCRIPTOR_NAME


def load_descriptor(root: Path) -> Descriptor:
    """The profile's descriptor; a missing file is an unprotected profile's defaults."""
    path = descriptor_path(root)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return Descriptor()
    except OSError as exc:
        raise storage_error(exc, path) or BadDescriptor(str(exc)) from exc
    try:
        return Descriptor.from_json(json.loads(text))
    except json.JSONDecodeError as exc:
        raise BadDescriptor(_("profile.json is damaged (%s)") % exc) from exc


def save_descriptor(root: Path, descriptor: Descriptor) -> None:
    """Write the whole file atomically: readers see the old version or the new, never half."""
    text = json.dumps(descriptor.as_json(), indent=2, ensure_ascii=False) + "\n"
    try:
        with atomic_write(descriptor_path(root)) as temporary:
            temporary.write_text(text, "utf-8")
    except OSError as exc:
        mapped = storage_error(exc, root)
        if mapped is None:
            raise
        raise mapped from exc


# --- the key parameters recorded beside each backup --------------------------------------
# Each backup `<name>.db` has a sidecar `<name>.db.json` (written by fieldguide.backups) that
# records, among when and why it was made, the parameters of the key it was made under. They
# are read here too: when profile.json is lost, they are how the passphrase opens the profile.

SIDECAR = ".json"


def sidecar_of(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR)


def sidecar_kdf(path: Path, field_name: str = "kdf") -> KdfParams | None:
    """The key parameters the sidecar of backup `path` records; None if absent or damaged."""
    try:
        loaded = json.loads(sidecar_of(path).read_text("utf-8"))
        value = loaded.get(field_name) if isinstance(loaded, dict) else None
        return KdfParams.from_json(value) if value else None
    except (OSError, ValueError, BadDescriptor):
        return None
