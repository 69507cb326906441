"""Which device this profile is: a restored backup or a copy becomes a new device by itself.

Version vectors (``sync.state``) assume that one device id writes one line of history.
Two copies writing as one device would each issue versions the other never saw under
the same name, and teammates would take one for having seen the other: text would
vanish without a conflict. So the profile keeps, beside the database (not in it, so a
restored or copied database cannot carry it along consistently), ``device.json``:

    {"device": id, "place": <this computer and folder>, "hlc": <last clock sent out>}

On opening, the profile takes a new device id when

- ``place`` differs: the data folder was copied (or moved) to another folder or another
  computer (a portable copy opened elsewhere), or
- the database's clock is behind ``hlc``: the database is older than what this device
  already sent to its team, i.e. a backup was restored (or an older copy put back).

A new id costs nothing but a new entry in the team's list of devices (the name people
chose is kept); a missed one would lose text, so doubt always takes a new id.

A device id is made from the profile's signing key and a random nonce (``sync.signing``),
so a new id needs no one's permission and stays bound to the same key: a restored laptop
keeps working in its team, and no one else can write under its id. A stored id that is
not bound to this profile's key (a profile from before signed changes) is replaced too.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldguide.atomic import atomic_write
from fieldguide.db.engine import Database
from fieldguide.db.models import Meta
from fieldguide.paths import DataPaths

__all__ = ["IDENTITY_FILE", "note_sent", "settle_identity"]

IDENTITY_FILE = "device.json"
DEVICE_META_KEY = "device_id"
HLC_META_KEY = "hlc"
PREVIOUS_META_KEY = "sync.previous_device"


def _machine() -> str:
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            text = Path(candidate).read_text("ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if text:
            return text
    if sys.platform == "win32":
        try:
            import winreg

            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography") as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0])
        except OSError:
            pass
    return platform.node()


def place(paths: DataPaths) -> str:
    return f"{_machine()}|{os.path.normcase(str(paths.root.resolve()))}"


def _read(paths: DataPaths) -> dict[str, str]:
    try:
        raw = json.loads((paths.root / IDENTITY_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in raw.items() if isinstance(v, str)} if isinstance(raw, dict) else {}


def _write(paths: DataPaths, record: dict[str, str]) -> None:
    with atomic_write(paths.root / IDENTITY_FILE) as temporary:
        temporary.write_text(json.dumps(record, indent=1, sort_keys=True), "utf-8")


def _meta(session: Session, key: str) -> str | None:
    return session.scalar(select(Meta.value).where(Meta.key == key))


def _set(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


def settle_identity(paths: DataPaths, db: Database) -> str:
    """This profile's device id, a new one if the profile is a copy or a restored backup."""
    record = _read(paths)
    here = place(paths)
    from fieldguide.sync.devicekeys import load_or_create
    from fieldguide.sync.keyring import bindings, put_bindings
    from fieldguide.sync.signing import bound, new_binding

    with db.write() as session:
        stored = _meta(session, DEVICE_META_KEY)
        clock = _meta(session, HLC_META_KEY) or ""
        signing = load_or_create(session).public.signing
        binding = bindings(session).get(stored or "")
        fresh = stored is None or not bound(stored, binding) or binding is None or binding.signing != signing
        current = stored or ""
        moved = record.get("device") == current and record.get("place") not in (None, here)
        foreign = record.get("device") not in (None, current)  # a database put in another's folder
        restored = record.get("device") == current and clock < record.get("hlc", "")
        if fresh or moved or foreign or restored:
            if stored is not None:
                _set(session, PREVIOUS_META_KEY, stored)
            made = new_binding(signing)
            put_bindings(session, [made])
            current = made.device
            _set(session, DEVICE_META_KEY, current)
            record = {"device": current, "place": here, "hlc": clock}
        elif not record:
            record = {"device": current, "place": here, "hlc": clock}
        else:
            return current
    _write(paths, record)
    return current


def note_sent(paths: DataPaths, device_id: str, hlc: str) -> None:
    """Remember the newest clock this device has sent out (before the bundle leaves)."""
    record = _read(paths)
    if record.get("device") != device_id or record.get("hlc", "") >= hlc:
        return
    _write(paths, {**record, "hlc": hlc})
