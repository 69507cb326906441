"""Each checklist item kind has its own answer scale.

A criterion is met or not; a question is answered or not yet; a step is done,
under way or not started; a tip is applied or not. Marking an open question
"partly met" means nothing, so every face (window, command line, reports)
offers, counts and prints the scale of the item's own kind, from this module.

Storage keeps one value per response. `not-assessed` is the gap on every
scale ("not yet" for a question). Values from another scale can still reach a
response: answers recorded before scales existed, a pack upgrade that changes
an item's kind, or a bundle from a device on an older version. They are never
rewritten behind the user's back: `place` shows them at the nearest value of
the item's scale and keeps the value recorded (`earlier`) for display, until
the user answers again.
"""

from __future__ import annotations

from dataclasses import dataclass

CRITERION = "criterion"
QUESTION = "question"
STEP = "step"
TIP = "tip"
KINDS = (CRITERION, QUESTION, STEP, TIP)
DEFAULT_KIND = CRITERION

NOT_ASSESSED = "not-assessed"

# The answers of each scale, in the order people read them (and keys 1–n
# choose them); the gap, NOT_ASSESSED, comes last on every scale.
SCALES: dict[str, tuple[str, ...]] = {
    CRITERION: ("met", "partly-met", "not-met", "not-applicable"),
    QUESTION: ("answered",),
    STEP: ("done", "under-way", "not-started", "not-applicable"),
    TIP: ("applied", "not-applied", "not-relevant"),
}

# Every stored value belongs to one class; a class means the same on every
# scale that has it, which is what makes moving between scales exact.
_POSITIVE, _PARTIAL, _NEGATIVE, _NOT_RELEVANT = "positive", "partial", "negative", "not-relevant"
_CLASS_OF = {
    "met": _POSITIVE,
    "answered": _POSITIVE,
    "done": _POSITIVE,
    "applied": _POSITIVE,
    "partly-met": _PARTIAL,
    "under-way": _PARTIAL,
    "not-met": _NEGATIVE,
    "not-started": _NEGATIVE,
    "not-applied": _NEGATIVE,
    "not-applicable": _NOT_RELEVANT,
    "not-relevant": _NOT_RELEVANT,
}
# Where a scale lacks a class: the nearest value it has (None: the gap).
_NEAREST: dict[tuple[str, str], str | None] = {
    (TIP, _PARTIAL): "applied",
    (QUESTION, _PARTIAL): "answered",
    (QUESTION, _NEGATIVE): None,
    (QUESTION, _NOT_RELEVANT): "answered",
}

ALL_VALUES = (*dict.fromkeys(v for values in SCALES.values() for v in values), NOT_ASSESSED)

LABELS = {
    "met": "Met",
    "partly-met": "Partly met",
    "not-met": "Not met",
    "not-applicable": "Not applicable",
    "answered": "Answered",
    "done": "Done",
    "under-way": "Under way",
    "not-started": "Not started",
    "applied": "Applied",
    "not-applied": "Not applied",
    "not-relevant": "Not relevant",
    NOT_ASSESSED: "Not assessed",
}
KIND_LABELS = {CRITERION: "Criterion", QUESTION: "Question", STEP: "Step", TIP: "Tip"}
KIND_PLURALS = {CRITERION: "criteria", QUESTION: "questions", STEP: "steps", TIP: "tips"}


def kind_of(kind: str | None) -> str:
    """A known kind; anything else (an empty or future kind) is judged as a criterion."""
    return kind if kind in SCALES else DEFAULT_KIND


def choices(kind: str | None) -> tuple[str, ...]:
    """The values a person can give an item of this kind, the gap last."""
    return (*SCALES[kind_of(kind)], NOT_ASSESSED)


def label(status: str, kind: str | None = None) -> str:
    """English words for a value (the CLI and reports; the window translates its own)."""
    if status == NOT_ASSESSED and kind_of(kind) == QUESTION:
        return "Not yet"
    return LABELS.get(status, status.replace("-", " ").capitalize())


@dataclass(frozen=True)
class Placed:
    """A stored value as the item's scale shows it."""

    status: str  # a value of the item's scale, or NOT_ASSESSED
    earlier: str | None = None  # the value recorded, when the scale has no exact match


def exact(kind: str | None, stored: str) -> str | None:
    """The value of this kind's scale that means exactly `stored`, if there is one."""
    scale = SCALES[kind_of(kind)]
    if stored == NOT_ASSESSED or stored in scale:
        return stored
    wanted = _CLASS_OF.get(stored)
    return next((value for value in scale if _CLASS_OF[value] == wanted), None) if wanted else None


def place(kind: str | None, stored: str | None) -> Placed:
    """Where a stored value sits on the item's scale; nothing recorded is dropped."""
    stored = stored or NOT_ASSESSED
    found = exact(kind, stored)
    if found is not None:
        return Placed(found)
    wanted = _CLASS_OF.get(stored)
    nearest = _NEAREST.get((kind_of(kind), wanted or ""))
    return Placed(nearest or NOT_ASSESSED, earlier=stored)


def tone(status: str) -> str:
    """What a value says, whatever its scale: positive, partial, negative, not-relevant or
    not-assessed; faces colour values by it."""
    return _CLASS_OF.get(status, NOT_ASSESSED)


def counts_by_kind(pairs: list[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """(kind, placed status) pairs counted per kind, every value of a present kind listed."""
    counts: dict[str, dict[str, int]] = {}
    for kind, status in pairs:
        scale = counts.setdefault(kind_of(kind), dict.fromkeys(choices(kind), 0))
        scale[status] = scale.get(status, 0) + 1
    return {kind: counts[kind] for kind in KINDS if kind in counts}
