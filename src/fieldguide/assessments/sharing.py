"""Share one assessment with one colleague: a file only their device can open.

The file (``*.fgshare``) is the assessment — its details, answers, notes and actions —
signed by this device's Ed25519 key and sealed to the colleague's X25519 public key
(``sync.devicekeys.seal``: ephemeral key agreement, HKDF, AES-256-GCM). The colleague's
key comes from their public-key file (``*.fgdevice``, which they hand over or send; it is
not secret) or from the team roster. The file names no recipient, so whoever finds it
learns nothing of whom it is for; anyone but the recipient who tries to open it is told,
in one line, that it was sent to another device, and nothing is imported.

Opening it adds the assessment as a new one (new ids, the same checklists) in the
recipient's profile, in one transaction: every value is checked as a synced value is
(``sync.validate``) before anything is written, and an assessment over checklists the
recipient's library does not have is refused whole.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldguide.assessments.errors import InvalidInput
from fieldguide.db.engine import Database
from fieldguide.db.models import Action, Assessment, Checklist, Note, Response
from fieldguide.errors import UserError
from fieldguide.i18n import _
from fieldguide.sync.changelog import Recorder, derived_id
from fieldguide.sync.devicekeys import DeviceKeyError, DeviceKeys, PublicKeys, seal
from fieldguide.sync.validate import Rules, check_value

if TYPE_CHECKING:
    from fieldguide.sync.service import SyncService

__all__ = ["SHARE_SUFFIX", "ShareError", "Shared", "SharingService", "team_member_key"]

SHARE_SUFFIX = ".fgshare"
_MAGIC = b"FGSHARE1\n"
_CONTEXT = b"fieldguide shared assessment v1"
_KIND = "fieldguide-shared-assessment"
_VERSION = 1
_MAX_FILE = 64 * 1024 * 1024
_MAX_PLAIN = 256 * 1024 * 1024

# The assessment's own synced fields: a new field travels in shared files too.
_ASSESSMENT_FIELDS = tuple(name for name in Assessment.SYNCED_FIELDS if name != "deleted")
_RESPONSE_FIELDS = ("item_id", "status", "note", "evidence", "confidence")
_NOTE_FIELDS = ("target_kind", "target_id", "body")
_ACTION_FIELDS = ("item_id", "text", "owner", "due_date", "done")


class ShareError(UserError):
    """A shared-assessment file that cannot be made or opened here; nothing was changed."""


@dataclass(frozen=True)
class Shared:
    assessment_id: str
    title: str
    sender: str  # the sending device's name, as it signed it
    sender_fingerprint: str

    def as_json(self) -> dict[str, str]:
        return {
            "assessment": self.assessment_id,
            "title": self.title,
            "from": self.sender,
            "from_fingerprint": self.sender_fingerprint,
        }


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def read_public_key(path: Path) -> PublicKeys:
    """A colleague's public-key file; ``ShareError`` with a one-line reason."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(64 * 1024 + 1)
    except OSError as error:
        raise ShareError(_("cannot read %s: %s") % (path.name, error.strerror or error)) from None
    try:
        return PublicKeys.from_file(data)
    except DeviceKeyError as error:
        raise ShareError(f"{path.name}: {error}") from None


def team_member_key(team: SyncService, text: str) -> PublicKeys:
    """A member of this device's team, by the name they chose or a fingerprint prefix."""
    fingerprint = team.find_member(text)
    roster = team.roster()
    for member in roster.members if roster is not None else ():
        if member.fingerprint == fingerprint:
            return member.keys
    raise ShareError(_("no member of the team is called %r") % text)


class SharingService:
    def __init__(
        self, db: Database, recorder: Recorder, keys: Callable[[], DeviceKeys], rules: Rules
    ) -> None:
        self.db = db
        self.recorder = recorder
        self._keys = keys  # this device's keys, named; loaded only when a file is made or opened
        self.rules = rules

    def my_public_key(self, path: Path) -> PublicKeys:
        """Write this device's public-key file for colleagues (it is not secret)."""
        from fieldguide.atomic import atomic_write

        public = self._keys().public
        with atomic_write(Path(path)) as temporary:
            temporary.write_bytes(public.to_file())
        return public

    # --- sending ---------------------------------------------------------------------

    def share(self, assessment_id: str, recipient: PublicKeys, path: Path) -> int:
        """Write ``assessment_id`` to ``path`` sealed to ``recipient``; returns the file's size."""
        from fieldguide.assessments.service import AssessmentService
        from fieldguide.atomic import atomic_write

        target = Path(path)
        if target.is_dir():
            raise ShareError(_("%s is a folder; give a file name") % target)
        resolved = AssessmentService(self.db, self.recorder).resolve(assessment_id)
        with self.db.read() as session:
            payload = _payload(session, resolved)
        keys = self._keys()
        body = {
            "kind": _KIND,
            "version": _VERSION,
            "from": keys.public.as_json(),
            "to": recipient.fingerprint,
            "made": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "assessment": payload,
        }
        signed = {"body": body, "signature": base64.b64encode(keys.sign(_canonical(body))).decode("ascii")}
        sealed = seal(recipient, zlib.compress(_canonical(signed), 6), context=_CONTEXT)
        data = _MAGIC + sealed
        with atomic_write(target) as temporary:
            temporary.write_bytes(data)
        return len(data)

    # --- receiving -------------------------------------------------------------------

    def open(self, path: Path) -> Shared:
        """Import a shared assessment sent to this device, as a new assessment."""
        source = Path(path)
        try:
            with open(source, "rb") as handle:
                data = handle.read(_MAX_FILE + 1)
        except OSError as error:
            raise ShareError(_("cannot read %s: %s") % (source.name, error.strerror or error)) from None
        if not data.startswith(_MAGIC) or len(data) > _MAX_FILE:
            raise ShareError(_("%s is not a shared assessment; nothing was imported") % source.name)
        keys = self._keys()
        try:
            compressed = keys.open(data[len(_MAGIC) :], context=_CONTEXT)
        except DeviceKeyError:
            raise ShareError(
                _("%s was shared with another device: it cannot be opened here; nothing was imported")
                % source.name
            ) from None
        body, sender = _verified(compressed, keys.public, source.name)
        with self.db.write() as session:
            new_id = self._import(session, body["assessment"], source.name)
        return Shared(new_id, str(body["assessment"]["fields"]["title"]), sender.name, sender.fingerprint)

    def _import(self, session: Session, payload: dict[str, Any], name: str) -> str:
        damaged = ShareError(_("%s is damaged or altered; nothing was imported") % name)
        fields = payload.get("fields")
        if not isinstance(fields, dict) or set(fields) != set(_ASSESSMENT_FIELDS):
            raise damaged
        parts: dict[str, list[dict[str, Any]]] = {}
        for table, allowed in (
            ("response", _RESPONSE_FIELDS),
            ("note", _NOTE_FIELDS),
            ("action", _ACTION_FIELDS),
        ):
            rows = payload.get(table + "s", [])
            if not isinstance(rows, list) or not all(
                isinstance(r, dict) and set(r) == set(allowed) for r in rows
            ):
                raise damaged
            parts[table] = rows
        for table, rows in (("assessment", [fields]), *parts.items()):
            for row in rows:
                for key, value in row.items():
                    if not check_value(self.rules, table, key, value):
                        raise damaged
        wanted = list(fields["checklist_ids"])
        have = set(session.scalars(select(Checklist.id).where(Checklist.id.in_(wanted))))
        missing = [c for c in wanted if c not in have]
        if missing:
            raise ShareError(
                _(
                    "%(file)s uses checklists this library does not have (%(ids)s): install them first; "
                    "nothing was imported"
                )
                % {"file": name, "ids": ", ".join(missing)}
            )
        if len({r["item_id"] for r in parts["response"]}) != len(parts["response"]):
            raise damaged
        assessment = self.recorder.create(session, Assessment, dict(fields))
        for row in parts["response"]:
            self.recorder.create(
                session,
                Response,
                {"assessment_id": assessment.id, **row},
                row_id=derived_id("response", assessment.id, row["item_id"]),
            )
        for row in parts["note"]:
            target = assessment.id if row["target_kind"] == "assessment" else row["target_id"]
            values = {**row, "target_id": target, "assessment_id": assessment.id, "author_device": ""}
            self.recorder.create(session, Note, values)
        for row in parts["action"]:
            self.recorder.create(session, Action, {"assessment_id": assessment.id, **row})
        return assessment.id


def _payload(session: Session, assessment_id: str) -> dict[str, Any]:
    assessment = session.get(Assessment, assessment_id)
    if assessment is None or assessment.deleted:
        raise InvalidInput(_("no assessment has the id %r") % assessment_id)

    def live(model: Any) -> list[Any]:
        query = select(model).where(model.assessment_id == assessment_id, model.deleted.is_(False))
        return list(session.scalars(query.order_by(model.created_at, model.id)))

    return {
        "fields": {name: getattr(assessment, name) for name in _ASSESSMENT_FIELDS},
        "responses": [{n: getattr(r, n) for n in _RESPONSE_FIELDS} for r in live(Response)],
        "notes": [
            {n: getattr(r, n) for n in _NOTE_FIELDS}
            for r in live(Note)
            if r.target_kind in ("assessment", "item")
        ],
        "actions": [{n: getattr(r, n) for n in _ACTION_FIELDS} for r in live(Action)],
    }


def _verified(compressed: bytes, me: PublicKeys, name: str) -> tuple[dict[str, Any], PublicKeys]:
    """The signed body, checked: made for this device and signed by the key it names."""
    damaged = ShareError(_("%s is damaged or altered; nothing was imported") % name)
    try:
        inflater = zlib.decompressobj()
        plain = inflater.decompress(compressed, _MAX_PLAIN)
        if inflater.unconsumed_tail:
            raise ValueError("too large")
        signed = json.loads(plain.decode("utf-8"))
        body = signed["body"]
        signature = base64.b64decode(signed["signature"], validate=True)
        sender = PublicKeys.from_json(body["from"])
    except (ValueError, KeyError, TypeError, zlib.error, DeviceKeyError, RecursionError):
        raise damaged from None
    if not isinstance(body, dict) or body.get("kind") != _KIND:
        raise damaged
    if not isinstance(body.get("version"), int) or body["version"] > _VERSION:
        raise ShareError(_("%s was made by a newer version of Field Guide; update to open it") % name)
    if body.get("to") != me.fingerprint or not sender.verify(signature, _canonical(body)):
        raise damaged
    if not isinstance(body.get("assessment"), dict):
        raise damaged
    return body, sender


def default_file_name(title: str) -> str:
    """A file name for the shared file, from the assessment's title."""
    safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "assessment"
    return f"{safe[:60]}{SHARE_SUFFIX}"
