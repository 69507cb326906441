"""The proofs of writes a device keeps (``sync.keyring``): each write's first proof stays."""

from __future__ import annotations

from typing import Any

from fieldguide.sync.keyring import proofs_for, put_proofs
from fieldguide.sync.signing import Proof

DEVICE = "7d0c1a6e-2b1f-4c55-9d0e-6f2a1b3c4d5e"
OTHER = "0b5e2c1d-9a8f-4e7d-b6c5-a4f3e2d1c0b9"


def _bytes(n: int, size: int) -> bytes:
    return n.to_bytes(2, "big") * (size // 2)


def _clock(n: int) -> str:
    return f"{1_700_000_000_000 + n:013d}-{0:04d}"


def test_proofs_are_kept_once_and_a_later_copy_of_one_does_not_replace_it(app: Any) -> None:
    first = {(DEVICE, _clock(n)): Proof(_bytes(n, 64), _bytes(n, 32)) for n in range(1, 1200)}
    with app.db.write() as session:
        put_proofs(session, first)
    # A relayed bundle carries some of the same writes again (with other bytes, as a forger
    # would), and new ones: the new ones are kept, the ones here stay as they were.
    again = {dot: Proof(b"\xff" * 64, b"\xff" * 32) for dot in list(first)[:10]}
    new = {(OTHER, _clock(n)): Proof(b"\x07" * 64, b"\x07" * 64) for n in range(3)}
    with app.db.write() as session:
        put_proofs(session, {**again, **new})
        put_proofs(session, {})
    with app.db.read() as session:
        kept = proofs_for(session, [*first, *new, (OTHER, _clock(99))])
    assert kept == {**first, **new}
