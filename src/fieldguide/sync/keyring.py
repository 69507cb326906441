"""What a profile keeps about its team, inside its database: roster, epoch keys, bindings, proofs.

All of it lives in the profile's database (``meta`` and ``sync_signature``), so a
protected profile encrypts it with the notes:

- ``sync.roster``: the roster versions this device has verified (JSON list of documents,
  oldest first), so it can hand the chain to a device that is behind;
- ``sync.epoch.<key id>``: ``[n, key]``, the key of epoch ``n`` — a *team key*: only in
  protected profiles unless the person said otherwise (``sync.unprotected_ok``);
- ``sync.bindings``: ``{device id: [signing key, nonce]}`` for every device id met, this
  device's own included (``sync.signing``);
- ``sync_signature`` rows: each write's signature and leaves, this device's and those
  received, so the writes can be relayed with their proof.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from fieldguide.db.models import Meta, SyncSignature
from fieldguide.sync.signing import Binding, Proof
from fieldguide.sync.teamkey import TeamKey

__all__ = [
    "bindings",
    "epoch_keys",
    "key_for_epoch",
    "proofs_for",
    "put_bindings",
    "put_epoch_key",
    "put_proofs",
    "roster_documents",
    "set_roster_documents",
]

ROSTER_META = "sync.roster"
EPOCH_META = "sync.epoch."
BINDINGS_META = "sync.bindings"
UNPROTECTED_META = "sync.unprotected_ok"
_CHUNK = 400


def _get(session: Session, key: str) -> str | None:
    return session.execute(select(Meta.value).where(Meta.key == key)).scalar()


def _put(session: Session, key: str, value: str) -> None:
    statement = sqlite_insert(Meta).values(key=key, value=value)
    session.execute(statement.on_conflict_do_update(index_elements=[Meta.key], set_={"value": value}))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# --- roster ----------------------------------------------------------------------------


def roster_documents(session: Session) -> list[bytes]:
    raw = _get(session, ROSTER_META)
    if not raw:
        return []
    return [base64.b64decode(item) for item in json.loads(raw)]


def set_roster_documents(session: Session, documents: Iterable[bytes]) -> None:
    _put(session, ROSTER_META, json.dumps([_b64(d) for d in documents]))


# --- epoch keys ------------------------------------------------------------------------


def _epoch_rows(session: Session) -> list[tuple[int, str, TeamKey]]:
    rows: list[tuple[int, str, TeamKey]] = []
    for (value,) in session.execute(select(Meta.value).where(Meta.key.startswith(EPOCH_META))):
        epoch, secret, learnt = json.loads(value)
        rows.append((int(epoch), str(learnt), TeamKey(base64.b64decode(secret), f"epoch {epoch}")))
    return rows


def epoch_keys(session: Session) -> dict[str, tuple[int, TeamKey]]:
    """Every epoch key this device holds, by key id: ``{key id: (epoch, key)}``."""
    return {key.key_id: (epoch, key) for epoch, _learnt, key in _epoch_rows(session)}


def key_for_epoch(session: Session, epoch: int) -> TeamKey | None:
    """The key this device writes with in ``epoch`` (the first it learnt, if several)."""
    found = sorted(
        (learnt, key.key_id, key) for number, learnt, key in _epoch_rows(session) if number == epoch
    )
    return found[0][2] if found else None


def put_epoch_key(session: Session, epoch: int, key: TeamKey, learnt: str) -> None:
    """Keep an epoch key; ``learnt`` (a clock) orders two keys claimed for one epoch."""
    if _get(session, EPOCH_META + key.key_id) is None:
        _put(session, EPOCH_META + key.key_id, json.dumps([epoch, _b64(key.secret), learnt]))


# --- bindings --------------------------------------------------------------------------


def bindings(session: Session) -> dict[str, Binding]:
    raw = _get(session, BINDINGS_META)
    out: dict[str, Binding] = {}
    for device, pair in (json.loads(raw) if raw else {}).items():
        out[device] = Binding(device, base64.b64decode(pair[0]), base64.b64decode(pair[1]))
    return out


def put_bindings(session: Session, new: Iterable[Binding]) -> None:
    known = bindings(session)
    added = False
    for binding in new:
        if binding.device not in known and binding.holds():
            known[binding.device] = binding
            added = True
    if added:
        data = {d: [_b64(b.signing), _b64(b.nonce)] for d, b in sorted(known.items())}
        _put(session, BINDINGS_META, json.dumps(data))


# --- proofs of writes ------------------------------------------------------------------


# One statement run for every proof: a multi-row INSERT built through SQLAlchemy compiled a
# bind parameter per value, a fifth of a 10,000-change apply (bench_sync).
_PUT_PROOF = (
    "INSERT INTO sync_signature (device, hlc, signature, leaves) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (device, hlc) DO NOTHING"
)


def put_proofs(session: Session, proofs: Mapping[tuple[str, str], Proof]) -> None:
    """Keep the proof of each write not kept yet (one already here is left as it is)."""
    if not proofs:
        return
    rows = [(device, hlc, proof.signature, proof.leaves) for (device, hlc), proof in proofs.items()]
    session.connection().exec_driver_sql(_PUT_PROOF, rows)


def proofs_for(session: Session, dots: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Proof]:
    wanted = sorted(set(dots))
    out: dict[tuple[str, str], Proof] = {}
    by_device: dict[str, list[str]] = {}
    for device, hlc in wanted:
        by_device.setdefault(device, []).append(hlc)
    for device, hlcs in by_device.items():
        for start in range(0, len(hlcs), _CHUNK):
            query = select(SyncSignature).where(
                SyncSignature.device == device, SyncSignature.hlc.in_(hlcs[start : start + _CHUNK])
            )
            for row in session.scalars(query):
                out[(row.device, row.hlc)] = Proof(row.signature, row.leaves)
    return out
