"""The state of one synced field: its live versions and what it has seen (a multi-value register).

Each write of a field is a *dot*: the writing device and the hybrid-logical-clock time
it wrote at. A field's state holds

- ``siblings``: the versions still live, each a dot with its value (one normally; two or
  more while people disagree), and
- ``ctx``: a version vector ``{device: hlc}`` saying which writes this state has seen
  (every dot of that device up to that time, replaced or not).

Merging two states keeps a version when both hold it, or when the other side never saw
it; a version one side saw and no longer holds was replaced by someone who saw it, so it
goes. That rule is commutative, associative and idempotent, so any delivery order and
any number of repeats end in the same state, and *concurrency comes from what was seen,
never from clocks*: a clock running 400 days fast decides only which of two live
versions is shown first (both stay, as a conflict), never which write replaces which.

Two live versions with different values are a conflict: one per field, showing the
state each side ended with, whatever autosaves came in between. A local edit replaces
the version the person was looking at (the one shown) and leaves the others live; a
resolution replaces them all, so it closes the conflict wherever it arrives and, having
seen every version, can raise no new one.

A purge ("remove this text for good", ``sync.purge``) is a write that replaces every
version and records in ``knows`` the versions it erased; every later version of the field
carries that vector on, so the purge travels with the field whatever route it takes and
each device, seeing it, erases what it still stores of the older versions.

A delete (``deleted`` = True) also records ``knows``: the version vector of everything
the deleting device had seen of the record (and, for an assessment, of its answers,
notes and actions). An edit it had not seen was made concurrently: the record stays
visible with a delete conflict (see ``sync.rows``).

Version vectors compare the times of one device only, which is sound only while a
device's writes form one line: a restored backup or a copied profile would write as the
same device from two histories, so it takes a new device id (``sync.identity``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

__all__ = ["FieldState", "Sibling", "Vector", "join", "new_sibling", "new_state", "seen", "slot_setters"]

Vector = dict[str, str]


def join(*vectors: Vector | None) -> Vector:
    """The version vector that has seen everything any of ``vectors`` saw."""
    out: Vector = {}
    for vector in vectors:
        for device, hlc in (vector or {}).items():
            if hlc > out.get(device, ""):
                out[device] = hlc
    return out


def seen(vector: Vector | None, hlc: str, device: str) -> bool:
    return (vector or {}).get(device, "") >= hlc


# One encoder for every call: ``json.dumps`` with options builds a new one each time, and
# a first full sync compares a few hundred thousand values.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _canonical(value: Any) -> str:
    return _CANONICAL.encode(value)


@dataclass(frozen=True, slots=True)
class Sibling:
    hlc: str
    device: str
    value: Any
    knows: Vector | None = None  # only on a delete: what the deleting device had seen

    @property
    def dot(self) -> tuple[str, str]:
        return (self.hlc, self.device)

    @property
    def stamp(self) -> str:
        return f"{self.hlc}@{self.device}"

    def as_json(self) -> list[Any]:
        out: list[Any] = [self.hlc, self.device, self.value]
        if self.knows is not None:
            out.append(dict(sorted(self.knows.items())))
        return out


@dataclass(frozen=True, slots=True)
class FieldState:
    ctx: Vector = field(default_factory=dict)
    siblings: tuple[Sibling, ...] = ()

    # --- reading ---------------------------------------------------------------

    @property
    def winner(self) -> Sibling | None:
        """The version shown: the latest dot (hlc, then device id), the same on every device."""
        siblings = self.siblings
        if len(siblings) == 1:  # nearly every field
            return siblings[0]
        return max(siblings, key=lambda s: s.dot) if siblings else None

    @property
    def in_conflict(self) -> bool:
        return len(self.siblings) > 1 and len({_canonical(s.value) for s in self.siblings}) > 1

    def purged_through(self) -> Vector:
        """For a text field: every version a purge erased (``sync.purge``); empty when none did.

        A purge is a version whose ``knows`` names what it replaced; later writes carry that
        vector on, so a device that never saw the purge itself still learns of it."""
        return join(*(s.knows for s in self.siblings))

    def others(self) -> list[Sibling]:
        """The live versions other than the one shown, newest first."""
        winner = self.winner
        rest = [s for s in self.siblings if s is not winner]
        return sorted(rest, key=lambda s: s.dot, reverse=True)

    # --- writing ---------------------------------------------------------------

    def write(
        self, hlc: str, device: str, value: Any, *, replace_all: bool, knows: Vector | None = None
    ) -> FieldState:
        """A local write. An edit replaces the shown version; ``replace_all`` (a resolution,
        or any write when there is no disagreement) replaces every live version."""
        new = Sibling(hlc, device, value, knows)
        winner = self.winner
        keep = () if replace_all else tuple(s for s in self.siblings if s is not winner)
        return FieldState(join(self.ctx, {device: hlc}), _sorted((*keep, new)))

    def merge(self, other: FieldState) -> FieldState:
        mine = {s.dot: s for s in self.siblings}
        theirs = {s.dot: s for s in other.siblings}
        kept = [s for dot, s in mine.items() if dot in theirs or not seen(other.ctx, *dot)]
        kept += [s for dot, s in theirs.items() if dot not in mine and not seen(self.ctx, *dot)]
        return FieldState(join(self.ctx, other.ctx), _sorted(tuple(kept)))

    # --- storage and wire --------------------------------------------------------

    def as_json(self) -> dict[str, Any]:
        return {"c": dict(sorted(self.ctx.items())), "s": [s.as_json() for s in self.siblings]}

    @classmethod
    def from_json(cls, raw: Any, current: Any = None) -> FieldState:
        """Read a stored state; a bare ``"hlc@device"`` stamp (profiles from before this
        design) becomes one version holding the row's current value."""
        if isinstance(raw, str):
            hlc, _, device = raw.partition("@")
            return cls({device: hlc}, (Sibling(hlc, device, current),))
        if not isinstance(raw, dict):
            return cls()
        siblings = tuple(
            Sibling(item[0], item[1], item[2], item[3] if len(item) > 3 else None)
            for item in raw.get("s", ())
        )
        return cls(dict(raw.get("c", {})), _sorted(siblings))


def _sorted(siblings: tuple[Sibling, ...]) -> tuple[Sibling, ...]:
    if len(siblings) < 2:  # nearly every field: nothing to order
        return tuple(siblings)
    return tuple(sorted(siblings, key=lambda s: s.dot))


# --- built many at a time -----------------------------------------------------------------
#
# A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``: about
# 0.6 µs for a Sibling, and a received bundle builds a Sibling, a FieldState and an Entry
# per field (a million at 10 × a team's year). These set the slots directly, at about a
# third of the cost; what they build is the same object the constructor builds (equal,
# hashed alike, frozen).

_new = object.__new__


def slot_setters(cls: type, *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of the slots of ``cls``, a frozen dataclass whose fields are ``names``
    in order (checked, so a field added later cannot be left unset)."""
    if tuple(f.name for f in fields(cls)) != names:
        raise RuntimeError(f"{cls.__name__}: fields are not {names}")
    return tuple(cls.__dict__[name].__set__ for name in names)


_set_hlc, _set_device, _set_value, _set_knows = slot_setters(Sibling, "hlc", "device", "value", "knows")
_set_ctx, _set_siblings = slot_setters(FieldState, "ctx", "siblings")


def new_sibling(hlc: str, device: str, value: Any, knows: Vector | None) -> Sibling:
    """``Sibling(hlc, device, value, knows)``, built faster."""
    sibling = _new(Sibling)
    _set_hlc(sibling, hlc)
    _set_device(sibling, device)
    _set_value(sibling, value)
    _set_knows(sibling, knows)
    return sibling


def new_state(ctx: Vector, siblings: tuple[Sibling, ...]) -> FieldState:
    """``FieldState(ctx, siblings)``, built faster."""
    state = _new(FieldState)
    _set_ctx(state, ctx)
    _set_siblings(state, siblings)
    return state
