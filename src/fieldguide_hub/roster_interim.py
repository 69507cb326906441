"""A stand-in roster format until ``fieldguide.sync``'s signed roster (issue 14) lands.

JSON: ``{"team", "version", "members": [{"device", "signing_key"}], "signer", "signature"}``,
the signature an Ed25519 signature by ``signer``'s key over the canonical JSON of the
document without ``signature`` (sorted keys, no spaces).
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fieldguide_hub.roster import Roster, RosterError

__all__ = ["InterimVerifier", "sign_interim_roster"]


def _canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _public_key(text: str) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True))
    except (ValueError, binascii.Error):
        raise RosterError("a member's signing key is not an Ed25519 public key") from None


def sign_interim_roster(
    team: str, version: int, members: dict[str, str], signer: str, key: Ed25519PrivateKey
) -> bytes:
    document: dict[str, Any] = {
        "team": team,
        "version": version,
        "members": [{"device": d, "signing_key": k} for d, k in sorted(members.items())],
        "signer": signer,
    }
    document["signature"] = base64.b64encode(key.sign(_canonical(document))).decode("ascii")
    return _canonical(document)


class InterimVerifier:
    def verify(self, document: bytes, team: str, trusted: Roster | None) -> Roster:
        try:
            raw = json.loads(document.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise RosterError("the roster is not a roster document") from None
        if not isinstance(raw, dict):
            raise RosterError("the roster is not a roster document")
        signature = raw.pop("signature", None)
        version = raw.get("version")
        members_raw = raw.get("members")
        signer = raw.get("signer")
        if (
            not isinstance(signature, str)
            or type(version) is not int
            or version < 1
            or not isinstance(members_raw, list)
            or not isinstance(signer, str)
        ):
            raise RosterError("the roster is not a roster document")
        if raw.get("team") != team:
            raise RosterError("the roster belongs to another team")
        members: dict[str, str] = {}
        for entry in members_raw:
            if not isinstance(entry, dict):
                raise RosterError("the roster is not a roster document")
            device, key = entry.get("device"), entry.get("signing_key")
            if not isinstance(device, str) or not isinstance(key, str):
                raise RosterError("the roster is not a roster document")
            _public_key(key)
            members[device] = key
        vouching = trusted.members if trusted is not None else members
        signer_key = vouching.get(signer)
        if signer_key is None:
            raise RosterError("the roster is not signed by a member of the team")
        try:
            _public_key(signer_key).verify(base64.b64decode(signature), _canonical(raw))
        except (InvalidSignature, ValueError, binascii.Error):
            raise RosterError("the roster's signature does not verify") from None
        return Roster(team=team, version=version, members=members)
