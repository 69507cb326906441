"""Checking an opened bundle against the team: its roster, its sender, and every write it carries.

Run before anything is applied: one failure refuses the whole bundle (``Refused``, naming
the claim) and nothing changes. What passes is kept with the merge, in its transaction
(``Checked.keep``): the newer roster, the device bindings and the proofs of the writes,
so this device can relay them with their signatures.

Who may write what:

- the sender must be a member of the team (after the bundle's own roster versions are
  taken into account), and its signature must cover the bundle;
- each write must be signed by the device it names, that device's id bound to its key,
  and that key a member — or a removed member, for writes dated up to its removal
  (``until``): its earlier work, relayed by teammates, stays valid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from fieldguide.sync.signing import Binding, Proof, carried_leaves, check_writes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fieldguide.sync.bundle import DecodedBundle
    from fieldguide.sync.devicekeys import DeviceKeys
    from fieldguide.sync.roster import Roster
    from fieldguide.sync.teamkey import TeamKey

__all__ = ["Checked", "Refused", "verify_bundle"]


class Refused(Exception):
    """The bundle is refused; ``device`` is the device a bad claim names ("" for the roster)."""

    def __init__(self, device: str, reason: str, signing: bytes | None = None) -> None:
        super().__init__(reason)
        self.device = device
        self.reason = reason
        self.signing = signing


@dataclass
class Checked:
    documents: list[bytes] | None = None  # the roster chain to keep, when it changed
    roster: Roster | None = None
    new_epochs: list[int] = field(default_factory=list)  # made here, re-making a lost removal
    heard: int = 0  # the roster version the team has announced (this device's own come after)
    bindings: list[Binding] = field(default_factory=list)
    proofs: dict[tuple[str, str], Proof] = field(default_factory=dict)

    def keep(self, session: Session, learnt: tuple[int, TeamKey] | None, clock: str) -> None:
        from fieldguide.sync.keyring import put_bindings, put_epoch_key, put_proofs, set_roster_documents

        if self.documents is not None:
            from fieldguide.sync.exchange import ROSTER_SENT_META, set_meta

            set_roster_documents(session, self.documents)
            # Teammates learn a roster change from its author; what this device re-made
            # (``replay``) it announces itself in its next bundle.
            set_meta(session, ROSTER_SENT_META, str(self.heard))
        if learnt is not None:
            put_epoch_key(session, learnt[0], learnt[1], clock)
        for epoch in self.new_epochs:
            from fieldguide.sync.teamkey import TeamKey

            put_epoch_key(session, epoch, TeamKey.generate(), clock)
        put_bindings(session, self.bindings)
        put_proofs(session, self.proofs)


def _verify(signing: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(signing).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def verify_bundle(
    bundle: DecodedBundle,
    mine: Sequence[bytes],
    known: Mapping[str, Binding],
    keys: DeviceKeys | None = None,
    clock: str = "",
) -> Checked:
    """Check ``bundle`` against this device's roster chain ``mine`` and known bindings.

    When the bundle's roster wins over a change this device (``keys``) made at the same
    time, the change is made again on top of it (``roster.replay``)."""
    from fieldguide.sync.roster import RosterError, newest, replay

    checked = Checked()
    try:
        documents, roster = newest(mine, bundle.signed.roster)
    except RosterError as error:
        raise Refused("", str(error)) from None
    if not documents:
        raise Refused("", "this device is not in a team")
    checked.heard = roster.seq
    if keys is not None and not set(mine) <= set(documents):
        again = replay(mine, documents, keys, until=clock)
        documents = [*documents, *(r.document for r in again)]
        checked.new_epochs = sorted({r.epoch for r in again if r.epoch > roster.epoch})
        roster = again[-1] if again else roster
    if list(documents) != list(mine):
        checked.documents = list(documents)
    checked.roster = roster

    bindings = dict(known)
    for device, (signing, nonce) in bundle.signed.ids.items():
        candidate = Binding(device, signing, nonce)
        if device not in bindings and candidate.holds():
            bindings[device] = candidate
            checked.bindings.append(candidate)

    sender = bundle.header.device
    binding = bindings.get(sender)
    if binding is None:
        raise Refused(sender, "unknown signer")
    member = roster.member(binding.signing)
    removal = roster.removal(binding.signing)
    if member is None and removal is None:
        raise Refused(sender, "not a member", binding.signing)
    if not _verify(binding.signing, bundle.signed.signature, bundle.signed.message):
        raise Refused(sender, "bad signature", binding.signing)

    # Computed while the bundle was decoded, when it was (``sync.intake``).
    carried = bundle.carried
    if carried is None:
        carried = {dot: bytearray(b"".join(leaves)) for dot, leaves in carried_leaves(bundle.changes).items()}
    keys_of: dict[str, bytes] = {}
    for device, hlc in carried:
        found = bindings.get(device)
        if found is None:
            raise Refused(device, "unknown signer")
        if roster.member(found.signing) is None:
            gone = roster.removal(found.signing)
            if gone is None:
                raise Refused(device, "not a member", found.signing)
            if hlc > gone.until:
                raise Refused(device, "removed", found.signing)
        keys_of[device] = found.signing
    from fieldguide.sync.signing import SignatureRefused

    try:
        checked.proofs = check_writes(carried, bundle.signed.writes, keys_of, _verify)
    except SignatureRefused as error:
        raise Refused(error.device, error.reason, keys_of.get(error.device)) from None
    return checked
