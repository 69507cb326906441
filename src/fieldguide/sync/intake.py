"""A received bundle's changes, read in one pass: structure, checks, leaves and rows.

The pass (``ChangeReader``) is fed the changes a batch at a time as the bundle
decompresses (``sync.bundle``), or all at once (``read_changes``) for a bundle read whole.

Before this pass a first full sync walked a million field versions four times in Python:
decoding them into changes, hashing each version for its writer's signature
(``signing.carried_leaves``), checking each change (``merge.check_entry``), and grouping
them by row. Here one walk over the decoded JSON does all of it, with the same results:

- *structure*: everything ``bundle.decode_bundle`` refuses as damaged (a malformed
  change, a clock out of the bundle's range, a bad device id or vector) raises
  ``ValueError``, which the caller turns into ``BundleError("damaged")``;
- *leaves*: each version's leaf, by write (device, clock), in the order
  ``carried_leaves`` gives them (the first claim refused is the same), held as one
  string of 32-byte leaves a write (``Carried``);
- *checks*: the conditions of ``check_entry`` with the service's ``Rules``. The first
  change refused is not raised here but kept (``CheckedBatch.refusal``, the very
  ``MergeError`` ``check_entry`` raises for it) and raised where the merge raised it:
  a damaged bundle is refused as damaged, then a bad signature as such, then a newer or
  invalid change;
- *rows*: the changes grouped by row, in ``merge.in_row_order``.

What ``decode_bundle`` already established about every change (each clock well-formed,
each vector's devices and clocks) is what ``check_entry`` checks first, so here only
the rest is checked per change: the table and field known, the row id (once a row), each
version seen by its own state, ``knows`` only on a delete or a purge, and the value's
rule. When a change fails any of them, ``check_entry`` itself is asked, so the refusal
and its message are exactly its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fieldguide.courtesy import let_others_run
from fieldguide.db.models import SYNCED_MODELS
from fieldguide.sync.hlc import validate_hlc
from fieldguide.sync.merge import (
    CheckedBatch,
    Entry,
    MergeError,
    Share,
    check_entry,
    checking_stage,
    in_row_order,
    new_entry,
)
from fieldguide.sync.signing import leaf_after, leaf_part, leaf_prefix
from fieldguide.sync.state import Sibling, new_sibling
from fieldguide.sync.validate import PURGEABLE, Rule, Rules, is_row_id

__all__ = ["MAX_DEVICE_ID", "ChangeReader", "Intake", "read_changes", "vector"]

#: Longest device id a bundle may name.
MAX_DEVICE_ID = 200

#: The leaves of a bundle's versions, by write (device, clock): ``signing.carried_leaves``
#: as ``signing.check_writes`` takes them, each write's leaves one after another (a leaf
#: sent twice is there twice). A million 32-byte objects in sets took three times the
#: memory at 10 × a team's year.
Carried = dict[tuple[str, str], bytearray]


@dataclass(frozen=True, slots=True)
class Intake:
    """What one pass over a bundle's changes found."""

    changes: tuple[Entry, ...]  # in the bundle's order
    carried: Carried
    batch: CheckedBatch | None  # ``None`` when no rules were given: nothing checked


@dataclass(frozen=True, slots=True)
class _Field:
    """What the checks need to know of one (table, field): its value rule, and whether a
    version may carry ``knows`` (a delete's, when its value is True; a purgeable text's)."""

    rule: Rule
    deleted: bool
    purgeable: bool
    table: str  # the names, held once for every change naming them
    name: str


def _fields(rules: Rules) -> dict[tuple[str, str], _Field]:
    """Every (table, field) ``check_entry`` accepts with ``rules``: known to this version
    of Field Guide and given a rule (a field without one refuses every value)."""
    out: dict[tuple[str, str], _Field] = {}
    for table, model in SYNCED_MODELS.items():
        for name in model.SYNCED_FIELDS:
            rule = rules.get(table, {}).get(name)
            if rule is not None:
                out[(table, name)] = _Field(rule, name == "deleted", (table, name) in PURGEABLE, table, name)
    return out


def vector(raw: Any, valid: set[tuple[str, str]]) -> dict[str, str]:
    """A version vector as decoded (``json.loads`` made it: no one else holds it), checked;
    ``valid`` holds the (device, clock) pairs already found well-formed, which a write's
    hundreds of fields repeat."""
    if type(raw) is not dict:
        raise ValueError
    for pair in raw.items():
        if pair not in valid:
            device, hlc = pair
            if not device or len(device) > MAX_DEVICE_ID:
                raise ValueError
            validate_hlc(hlc)
            valid.add(pair)
    return raw


class _Pass:
    """The rare cases of one pass (a clock, a device, a field name met for the first time;
    a change refused), and what has been found well-formed so far."""

    def __init__(self, low: str, high: str, rules: Rules | None, *, ranged: bool) -> None:
        # Without the range yet (``ranged`` false), the lowest and highest clock met.
        self.low, self.high, self.ranged = low, high, ranged
        self.lowest: str | None = None
        self.highest: str | None = None
        self.fields = _fields(rules) if rules is not None else None
        self.rules = rules
        # The (device, clock) pairs of vectors found well-formed, and each field name's part
        # of a leaf: one write's clock stamps all the fields it set, so a first full sync
        # checks each once, not once per field.
        self.pairs: set[tuple[str, str]] = set()
        self.field_parts: dict[str, str] = {}
        self.refusal: MergeError | None = None

    def write(self, dot: tuple[str, str]) -> None:
        """A version's (device, clock), met for the first time: a well-formed device id, a
        well-formed clock within the bundle's range (or, before it is known, kept if it is
        the lowest or highest so far)."""
        device, hlc = dot
        if type(device) is not str or not device or len(device) > MAX_DEVICE_ID:
            raise ValueError
        if type(hlc) is not str:
            raise ValueError
        validate_hlc(hlc)
        if self.ranged:
            if not self.low <= hlc <= self.high:
                raise ValueError
        elif self.lowest is None or self.highest is None:
            self.lowest = self.highest = hlc
        elif hlc < self.lowest:
            self.lowest = hlc
        elif hlc > self.highest:
            self.highest = hlc

    def field_part(self, name: str) -> str:
        part = self.field_parts[name] = leaf_part(name)
        return part

    def row(self, table: Any, row_id: Any, name: Any) -> None:
        """The strings naming a change, when its (table, field) is not one the rules know."""
        if not all(type(text) is str and text for text in (table, row_id, name)):
            raise ValueError

    def refuse(self, entry: Entry) -> None:
        """Keep ``check_entry``'s refusal of ``entry``, the first change a check failed."""
        assert self.rules is not None
        try:
            check_entry(entry, self.rules)
        except MergeError as error:
            self.refusal = error


class ChangeReader:
    """One pass over a bundle's changes, fed a batch at a time (``add``), then ``finish``.

    A bundle read as it decompresses (``sync.bundle``) gives its changes in batches before
    its other members, so the range its clocks must lie in (``hlc_min``..``hlc_max``) and
    their count are not known yet: the reader keeps the lowest and highest clock met and
    ``finish`` compares them (the same as checking each clock, which ``low``/``high``
    given up front do as the clocks come).

    The strings and version vectors a first full sync repeats hundreds of thousands of
    times are held once: the table and field names (the rules' own), a row's id (its
    fields come one after another), a write's device id and clock, and the vector of a
    field seen by its one version's write, which nearly every field received holds. JSON
    makes a new object for each occurrence, and at 10 × a team's year these copies were
    more than half of the memory the decoded changes held. States are never changed in
    place (``sync.state``), so sharing one vector between them is safe.
    """

    def __init__(
        self,
        rules: Rules | None,
        step: Callable[[int], None] | None = None,
        low: str | None = None,
        high: str | None = None,
    ) -> None:
        self._walk = _Pass(low or "", high or "", rules, ranged=low is not None and high is not None)
        self._step = step
        self._changes: list[Entry] = []
        self._carried: Carried = {}
        # Each write met: its canonical (device, clock) and its leaves (``carried``'s).
        self._writes: dict[tuple[str, str], tuple[str, str, bytearray]] = {}
        # The vector {device: clock} of each write, for the fields seen by it alone.
        self._vectors: dict[tuple[str, str], dict[str, str]] = {}
        self._grouped: dict[tuple[str, str], list[Entry]] = {}
        self._key: tuple[str, str] | None = None
        self._group: list[Entry] = []
        self._row_prefix = ""

    @property
    def count(self) -> int:
        return len(self._changes)

    def add(self, rows: list[Any]) -> None:
        """Read the next changes (``[table, row id, field, ctx, versions]`` each);
        ``ValueError`` (or ``TypeError``) if any is malformed. Each row of ``rows`` is
        dropped as its change is made: a lower peak of memory. The loop is written out in
        one piece, the rare cases in ``_Pass``: it runs once per field received."""
        walk = self._walk
        step = self._step
        fields = walk.fields or {}
        checking = walk.rules is not None
        pairs, field_parts = walk.pairs, walk.field_parts
        changes, carried, grouped = self._changes, self._carried, self._grouped
        writes, vectors = self._writes, self._vectors
        key, group, row_prefix = self._key, self._group, self._row_prefix
        start = len(changes)
        try:
            for index, row in enumerate(rows, start):
                if type(row) is not list or len(row) != 5:
                    raise ValueError
                table, row_id, name, ctx, siblings = row
                checks = fields.get((table, name))
                if checks is None or type(row_id) is not str or not row_id:
                    # A known (table, field) is two non-empty strings: only the others are looked at.
                    walk.row(table, row_id, name)
                else:
                    table, name = checks.table, checks.name
                if type(siblings) is not list or type(ctx) is not dict:
                    raise ValueError
                if not index & 63:
                    let_others_run()  # thousands of entries: the window's keystrokes get through
                    if step is not None:
                        step(index)
                if not ctx.items() <= pairs:  # a (device, clock) not met yet: check them all
                    vector(ctx, pairs)
                fine = checks is not None or not checking
                if key != (table, row_id):
                    # A row's fields come one after another: its part of each leaf is written once.
                    key = (table, row_id)
                    row_prefix = leaf_prefix(table, row_id)
                    found = grouped.get(key)
                    if found is None:
                        group = grouped[key] = []
                        if checking and not is_row_id(row_id):  # checked with the row's first change
                            fine = False
                    else:
                        group = found
                else:
                    row_id = key[1]
                prefix = row_prefix + (field_parts.get(name) or walk.field_part(name))
                parsed: list[Sibling] = []
                for item in siblings:
                    if type(item) is not list:
                        raise ValueError
                    size = len(item)
                    if size == 3:
                        hlc, device, value = item
                        knows = None
                    elif size == 4:
                        hlc, device, value, knows = item
                        knows = vector(knows, pairs)
                    else:
                        raise ValueError
                    dot = (device, hlc)
                    write = writes.get(dot)
                    if write is None:
                        walk.write(dot)  # the device and clock of a write are checked once
                        leaves = bytearray()
                        write = writes[dot] = (device, hlc, leaves)
                        carried[dot] = leaves
                    device, hlc, leaves = write
                    leaves += leaf_after(prefix, value, knows)
                    parsed.append(new_sibling(hlc, device, value, knows))
                    if fine and checks is not None:
                        fine = (
                            ctx.get(device, "") >= hlc
                            and (
                                knows is None
                                or (
                                    value is True
                                    if checks.deleted
                                    else value is not True and checks.purgeable
                                )
                            )
                            and checks.rule(value)
                        )
                if len(parsed) == 1 and len(ctx) == 1 and ctx.get(device) == hlc:
                    # Seen by its one version's write alone: that write's one vector.
                    shared = vectors.get(dot)
                    if shared is None:
                        shared = vectors[dot] = {device: hlc}
                    ctx = shared
                entry = new_entry(table, row_id, name, ctx, tuple(parsed))
                changes.append(entry)
                group.append(entry)
                if not fine and walk.refusal is None:
                    walk.refuse(entry)
                rows[index - start] = None  # its lists go as its change is made: a lower peak of memory
        finally:
            self._key, self._group, self._row_prefix = key, group, row_prefix

    def finish(self, low: str, high: str) -> Intake:
        """What the pass found, once every change is read; ``ValueError`` if a clock met
        lies outside ``low``..``high`` (the bundle's range, known at its end)."""
        walk = self._walk
        lowest, highest = walk.lowest, walk.highest
        if lowest is not None and highest is not None and not (low <= lowest and highest <= high):
            raise ValueError
        batch = None
        if walk.rules is not None:
            batch = CheckedBatch(in_row_order(self._grouped), len(self._changes), walk.refusal)
        return Intake(tuple(self._changes), self._carried, batch)


def read_changes(
    rows: list[Any], low: str, high: str, rules: Rules | None, progress: Share | None = None
) -> Intake:
    """Read a bundle's decoded change list (``[table, row id, field, ctx, versions]`` each)
    whose clocks lie within ``low``..``high``; ``ValueError`` (or ``TypeError``) if any
    change is malformed.

    With ``rules``, every change is checked as ``check_entry`` checks it; ``progress``
    hears the checking share of the merge (``merge.checking_stage``) as changes are read,
    so a bar moves while a year's bundle is decoded. Each row of ``rows`` is dropped as
    its change is made: a lower peak of memory."""
    reader = ChangeReader(rules, checking_stage(progress, len(rows)), low, high)
    reader.add(rows)
    return reader.finish(low, high)
