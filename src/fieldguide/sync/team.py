"""Team use cases: create a team, invite, ask to join, admit, accept, remove; mixed into ``SyncService``.

Joining, by USB stick or side by side (three small files, none of them secret):

1. a member writes an **invitation** (``*.fginvite``): the team's id and name and the
   member's public keys;
2. the new device opens it and writes a **join request** (``*.fgjoin``): its own public
   keys and name. It shows the verification code made from both devices' keys;
3. the member opens the request; its device shows the same code, and only once the
   person confirms that the two codes match does it sign the new roster version and
   write the **answer** (``*.fganswer``): the roster versions and the team's epoch keys,
   each sealed to the new device's X25519 key;
4. the new device opens the answer: the roster must be signed by the member whose keys
   were in the invitation and list this device; the epoch keys open with its own key.

A forged invitation (someone else's keys) gives a different code, so the person admitting
sees the mismatch before anything is signed.

Team keys live only in protected profiles: creating or joining a team in an unprotected
profile is refused unless the person says so (``unprotected=True``, the CLI's
``--unprotected`` after it asked).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fieldguide.i18n import _
from fieldguide.sync.exchange import ROSTER_SENT_META, SyncError, get_meta, set_meta

if TYPE_CHECKING:
    from fieldguide.db.engine import Database
    from fieldguide.paths import DataPaths
    from fieldguide.sync.changelog import Recorder
    from fieldguide.sync.devicekeys import DeviceKeys, PublicKeys
    from fieldguide.sync.roster import Roster
    from fieldguide.sync.teamkey import TeamKey

__all__ = ["JoinRequest", "Team", "TeamMember"]

INVITE_KIND = "fieldguide-invitation"
REQUEST_KIND = "fieldguide-join-request"
ANSWER_KIND = "fieldguide-join-answer"
JOINING_META = "sync.joining"  # the invitation this device answered: whose answer to trust
_EPOCH_CONTEXT = b"fieldguide epoch key v1\x00"
_MAX_FILE = 4 * 1024 * 1024


def epoch_context(team: str) -> bytes:
    return _EPOCH_CONTEXT + team.encode("ascii")


@dataclass(frozen=True)
class TeamMember:
    """A roster entry as the window and the CLI show it."""

    name: str
    fingerprint: str
    code: str  # the verification code between this device and that one ("" for this device)
    this_device: bool
    added_by: str  # name of the member who admitted it ("" for the founder)


@dataclass(frozen=True)
class JoinRequest:
    keys: PublicKeys
    team: str
    code: str  # what both devices show


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _read_json(data: bytes, kind: str, refusal: str) -> dict[str, Any]:
    """The JSON object of a team file of ``kind``; ``refusal`` (one line) when it is not one."""
    if len(data) > _MAX_FILE:
        raise SyncError(refusal, "team")
    try:
        raw = json.loads(bytes(data).removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SyncError(refusal, "team") from None
    if not isinstance(raw, dict) or raw.get("kind") != kind:
        raise SyncError(refusal, "team")
    return raw


def _dump(raw: dict[str, Any]) -> bytes:
    return (json.dumps(raw, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


class Team:
    """Team membership; mixed into ``SyncService`` (which provides the names and the db)."""

    db: Database
    recorder: Recorder
    device_id: str
    paths: DataPaths

    if TYPE_CHECKING:  # provided by SyncService and Exchange

        def device_keys(self) -> DeviceKeys: ...

        def _name_by_default(self) -> None: ...

    # --- reading ---------------------------------------------------------------------

    def roster(self) -> Roster | None:
        """The newest roster version this device has verified (``None``: not in a team)."""
        from fieldguide.sync.keyring import roster_documents
        from fieldguide.sync.roster import RosterError, verify_chain

        with self.db.read() as session:
            documents = roster_documents(session)
        if not documents:
            return None
        try:
            return verify_chain(documents)
        except RosterError:
            raise SyncError(_("the team roster stored in this profile is damaged"), "team") from None

    def members(self) -> list[TeamMember]:
        from fieldguide.sync.devicekeys import verification_code

        roster = self.roster()
        if roster is None:
            return []
        mine = self.device_keys().public
        names = {m.fingerprint: m.name for m in roster.members}
        names.update({r.fingerprint: r.keys.name for r in roster.removed})
        return [
            TeamMember(
                member.name,
                member.fingerprint,
                "" if member.keys.signing == mine.signing else verification_code(mine, member.keys),
                member.keys.signing == mine.signing,
                names.get(member.added_by, ""),
            )
            for member in roster.members
        ]

    def in_team(self) -> bool:
        from fieldguide.sync.keyring import ROSTER_META

        with self.db.read() as session:
            return bool(get_meta(session, ROSTER_META))

    def _protected(self) -> bool:
        from fieldguide.security.cipherfile import is_encrypted

        return is_encrypted(self.paths.database)

    def team_keys_allowed(self) -> bool:
        """Whether this profile may hold team keys: protected, or the person said so."""
        from fieldguide.sync.keyring import UNPROTECTED_META

        if self._protected():
            return True
        with self.db.read() as session:
            return bool(get_meta(session, UNPROTECTED_META))

    def _require_protection(self, unprotected: bool) -> None:
        """Refuse team keys in an unprotected profile unless the person said so (now or before)."""
        from fieldguide.sync.keyring import UNPROTECTED_META

        if self.team_keys_allowed():
            return
        if not unprotected:
            raise SyncError(
                _(
                    "this profile is not protected by a passphrase, so team keys would be stored "
                    "unencrypted: protect it first (`fieldguide profile protect`), or give --unprotected"
                ),
                "unprotected",
            )
        with self.db.write() as session:
            set_meta(session, UNPROTECTED_META, "1")

    def _member_name(self) -> str:
        """The name this device joins under: the one people chose, else the computer's."""
        self._name_by_default()
        name = self.device_keys().public.name
        if not name:
            raise SyncError(_('name this device first: `fieldguide sync name "Amina\'s laptop"`'), "team")
        return name

    # --- founding and admitting ------------------------------------------------------

    def create_team(self, name: str, *, unprotected: bool = False) -> Roster:
        """Found a team whose first member is this device, with its first epoch key."""
        from fieldguide.sync.keyring import put_epoch_key, set_roster_documents
        from fieldguide.sync.roster import RosterError, new_team
        from fieldguide.sync.teamkey import TeamKey

        if self.in_team():
            raise SyncError(_("this profile is already in a team"), "team")
        self._require_protection(unprotected)
        self._member_name()
        try:
            roster = new_team(self.device_keys(), name)
        except RosterError as error:
            raise SyncError(str(error), "team") from None
        with self.db.write() as session:
            set_roster_documents(session, [roster.document])
            put_epoch_key(session, roster.epoch, TeamKey.generate(), self.recorder.tick(session))
            set_meta(session, ROSTER_SENT_META, str(roster.seq))
        return roster

    def invitation(self) -> bytes:
        """This member's invitation file: the team and this device's public keys."""
        roster = self._require_roster()
        keys = self.device_keys()
        if roster.member(keys.public.signing) is None:
            raise SyncError(_("this device is no longer a member of the team"), "team")
        return _dump(
            {
                "kind": INVITE_KIND,
                "version": 1,
                "team": roster.team,
                "name": roster.name,
                "member": keys.public.as_json(),
            }
        )

    def _require_roster(self) -> Roster:
        roster = self.roster()
        if roster is None:
            raise SyncError(
                _("this profile is not in a team yet: create one, or ask a member for an invitation"), "team"
            )
        return roster

    def join_request(self, invitation: bytes, *, unprotected: bool = False) -> tuple[bytes, str, str]:
        """Answer an invitation: the request file, the code to compare, the team's name."""
        from fieldguide.sync.devicekeys import DeviceKeyError, PublicKeys, verification_code

        raw = _read_json(invitation, INVITE_KIND, _("this is not a Field Guide team invitation"))
        if self.in_team():
            raise SyncError(_("this profile is already in a team"), "team")
        self._require_protection(unprotected)
        self._member_name()
        try:
            inviter = PublicKeys.from_json(raw.get("member"))
            team, team_name = str(raw["team"]), str(raw.get("name", ""))
        except (DeviceKeyError, KeyError):
            raise SyncError(_("the team invitation is damaged"), "team") from None
        mine = self.device_keys().public
        with self.db.write() as session:
            set_meta(session, JOINING_META, json.dumps({"team": team, "member": inviter.as_json()}))
        request = _dump({"kind": REQUEST_KIND, "version": 1, "team": team, "device": mine.as_json()})
        return request, verification_code(mine, inviter), team_name

    def read_request(self, request: bytes) -> JoinRequest:
        """What a member's device shows before admitting: who asks, and the code."""
        from fieldguide.sync.devicekeys import DeviceKeyError, PublicKeys, verification_code

        raw = _read_json(request, REQUEST_KIND, _("this is not a Field Guide join request"))
        roster = self._require_roster()
        try:
            keys = PublicKeys.from_json(raw.get("device"))
        except DeviceKeyError:
            raise SyncError(_("the join request is damaged"), "team") from None
        if raw.get("team") != roster.team:
            raise SyncError(_("the join request is for another team"), "team")
        if not keys.name:
            raise SyncError(_("the join request does not say the device's name"), "team")
        return JoinRequest(keys, roster.team, verification_code(self.device_keys().public, keys))

    def admit(self, request: bytes, code: str) -> bytes:
        """Add the device asking to the roster, once the person confirmed the code; the answer file."""
        from fieldguide.sync.devicekeys import seal
        from fieldguide.sync.keyring import bindings, epoch_keys, roster_documents, set_roster_documents
        from fieldguide.sync.roster import RosterError, add_member

        asked = self.read_request(request)
        if "".join(code.split()) != "".join(asked.code.split()):
            raise SyncError(
                _("the code does not match: the request may not come from that device; nothing was signed"),
                "team",
            )
        roster = self._require_roster()
        keys = self.device_keys()
        if roster.member(asked.keys.signing) is not None:
            raise SyncError(_("%s is already a member of the team") % asked.keys.name, "team")
        try:
            updated = add_member(roster, keys, asked.keys)
        except RosterError as error:
            raise SyncError(str(error), "team") from None
        with self.db.write() as session:
            documents = [*roster_documents(session), updated.document]
            set_roster_documents(session, documents)
            context = epoch_context(roster.team)
            sealed = [
                _b64(seal(asked.keys, epoch.to_bytes(4, "big") + key.secret, context=context))
                for epoch, key in epoch_keys(session).values()
            ]
            known = bindings(session)
        return _dump(
            {
                "kind": ANSWER_KIND,
                "version": 1,
                "team": roster.team,
                "roster": [_b64(d) for d in documents],
                "keys": sealed,
                "ids": {d: [_b64(b.signing), _b64(b.nonce)] for d, b in sorted(known.items())},
            }
        )

    def accept(self, answer: bytes, *, unprotected: bool = False) -> Roster:
        """Open a member's answer: this device is now in the team and holds its keys."""
        from fieldguide.db.models import Meta
        from fieldguide.sync.devicekeys import DeviceKeyError, PublicKeys
        from fieldguide.sync.keyring import put_bindings, put_epoch_key, set_roster_documents
        from fieldguide.sync.roster import RosterError, verify_chain
        from fieldguide.sync.signing import Binding
        from fieldguide.sync.teamkey import TeamKey

        raw = _read_json(answer, ANSWER_KIND, _("this is not a Field Guide answer to a join request"))
        with self.db.read() as session:
            joining = json.loads(get_meta(session, JOINING_META) or "null")
        if not joining:
            raise SyncError(_("this device has not asked to join a team: open an invitation first"), "team")
        if raw.get("team") != joining["team"]:
            raise SyncError(_("the answer is for another team than the invitation"), "team")
        self._require_protection(unprotected)
        inviter = PublicKeys.from_json(joining["member"])
        keys = self.device_keys()
        try:
            documents = [base64.b64decode(d, validate=True) for d in raw["roster"]]
            roster = verify_chain(documents)
        except (RosterError, KeyError, TypeError, binascii.Error) as error:
            raise SyncError(_("the answer is damaged (%s)") % error, "team") from None
        if roster is None or roster.team != joining["team"] or roster.signer != inviter.signing:
            raise SyncError(_("the answer was not signed by the member who invited this device"), "team")
        if roster.member(keys.public.signing) is None:
            raise SyncError(_("the answer does not admit this device"), "team")
        opened: list[tuple[int, TeamKey]] = []
        for item in raw.get("keys", []):
            try:
                plain = keys.open(base64.b64decode(item, validate=True), context=epoch_context(roster.team))
            except (DeviceKeyError, binascii.Error, ValueError):
                raise SyncError(_("the answer's team keys are not for this device"), "team") from None
            opened.append((int.from_bytes(plain[:4], "big"), TeamKey(plain[4:])))
        if not any(epoch == roster.epoch for epoch, _key in opened):
            raise SyncError(_("the answer does not hold the team's current key"), "team")
        try:
            found = [
                Binding(d, base64.b64decode(p[0], validate=True), base64.b64decode(p[1], validate=True))
                for d, p in dict(raw.get("ids", {})).items()
            ]
        except (binascii.Error, TypeError, IndexError, ValueError):
            raise SyncError(_("the answer is damaged (device ids)"), "team") from None
        with self.db.write() as session:
            set_roster_documents(session, documents)
            set_meta(session, ROSTER_SENT_META, str(roster.seq))
            learnt = self.recorder.tick(session)
            for epoch, key in opened:
                put_epoch_key(session, epoch, key, learnt)
            put_bindings(session, found)
            joined = session.get(Meta, JOINING_META)
            if joined is not None:
                session.delete(joined)
        return roster

    def remove_member(self, fingerprint: str, *, lost: bool = False) -> Roster:
        """Remove a member (or a lost laptop): a new roster version and a new epoch key."""
        from fieldguide.sync.keyring import put_epoch_key, roster_documents, set_roster_documents
        from fieldguide.sync.roster import RosterError, remove_member
        from fieldguide.sync.teamkey import TeamKey

        roster = self._require_roster()
        keys = self.device_keys()
        target = roster.find(fingerprint)
        if target is None:
            raise SyncError(_("no member of the team has the key %s") % fingerprint, "team")
        if target.keys.signing == keys.public.signing:
            raise SyncError(_("this device cannot remove itself; ask another member"), "team")
        with self.db.write() as session:
            until = self.recorder.tick(session)
            try:
                updated = remove_member(roster, keys, fingerprint, until=until, lost=lost)
            except RosterError as error:
                raise SyncError(str(error), "team") from None
            set_roster_documents(session, [*roster_documents(session), updated.document])
            put_epoch_key(session, updated.epoch, TeamKey.generate(), until)
        return updated

    def find_member(self, text: str) -> str:
        """A member's fingerprint from its name or a fingerprint prefix."""
        roster = self._require_roster()
        wanted = " ".join(text.split()).casefold()
        matches = [m.fingerprint for m in roster.members if m.name.casefold() == wanted]
        if not matches and len(wanted) >= 4:
            matches = [m.fingerprint for m in roster.members if m.fingerprint.startswith(wanted)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise SyncError(_("no member of the team is called %r (see `fieldguide sync team show`)") % text)
        raise SyncError(_("several members match %r; give the key's fingerprint") % text)

    # --- keys for bundles ------------------------------------------------------------

    def writing_key(self) -> TeamKey | None:
        from fieldguide.sync.keyring import key_for_epoch

        roster = self.roster()
        if roster is None:
            return None
        with self.db.read() as session:
            return key_for_epoch(session, roster.epoch)
