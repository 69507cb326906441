"""The assessment list's progress, counted in SQL, is exactly what it was answer by answer.

`assessments.list` used to read every answer of every assessment into Python (10 s at 100 ×
a team's year); it now groups them in SQLite (`assessments/progress.py`). The reference
below is the former computation, kept verbatim, run on a profile with every item kind,
"not applicable" answers, values from another scale (an older version, a bundle), retired
items answered and not, an answer to an item the library no longer has, an answer cleared
by another device, a checklist named twice, a checklist the library lost, and assessments
in the bin.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from fieldguide.app import App
from fieldguide.assessments.model import progress_of
from fieldguide.assessments.scales import KINDS, SCALES, kind_of, place


def _progress_as_before(app: App, deleted: bool) -> dict[str, dict[str, int]]:
    """The list's progress as computed before the aggregate (reading.py before migration 0007)."""
    with app.db.raw() as conn:
        rows = conn.execute(
            "SELECT id, checklist_ids FROM assessment WHERE deleted = ?", (int(deleted),)
        ).fetchall()
        items: dict[str, list[tuple[str, bool, str]]] = defaultdict(list)
        for checklist_id, item_id, retired, kind in conn.execute(
            "SELECT checklist_id, id, retired, kind FROM checklist_item"
        ):
            items[checklist_id].append((item_id, bool(retired), kind))
        answers: dict[str, dict[str, str]] = defaultdict(dict)
        for assessment_id, item_id, status in conn.execute(
            "SELECT assessment_id, item_id, status FROM response WHERE deleted = 0"
        ):
            answers[assessment_id][item_id] = status
    found = {}
    for assessment_id, checklist_json in rows:
        answered = answers[assessment_id]
        found[assessment_id] = progress_of(
            place(kind, answered.get(item_id)).status
            for checklist_id in json.loads(checklist_json)
            for item_id, retired, kind in items[checklist_id]
            if not retired or item_id in answered
        )
    return found


def _sql(app: App, statement: str, *params: Any) -> None:
    """A change no service makes on purpose, as an older version or another device left it."""
    with app.db.raw() as conn:  # the profile's own driver: a second SQLite in one process breaks locks
        conn.execute(statement, params)


def _every_case(app: App) -> dict[str, str]:
    checklists = [c.id for c in app.catalog.checklists()]
    first, second = checklists[0], checklists[1]
    items = {cid: [i.id for i in app.catalog.checklist(cid).items] for cid in (first, second)}
    # Every kind in the first checklist, whatever the library gives it.
    for index, item_id in enumerate(items[first]):
        _sql(app, "UPDATE checklist_item SET kind = ? WHERE id = ?", KINDS[index % len(KINDS)], item_id)
    made = {
        "every kind": app.assessments.create([first], "Every kind"),
        "two checklists": app.assessments.create([first, second], "Two checklists"),
        "untouched": app.assessments.create([second], "Untouched"),
        "binned": app.assessments.create([first], "Binned"),
        "binned untouched": app.assessments.create([second], "Binned untouched"),
    }
    view = app.assessments.get(made["every kind"])
    for index, response in enumerate(view.responses):
        if index % 5 == 4:
            continue  # left unanswered
        scale = SCALES[kind_of(response.kind)]  # "not applicable" and "not relevant" among them
        status = scale[index // len(KINDS) % len(scale)]
        app.assessments.answer(made["every kind"], response.item_id, status=status, note=f"n {index}")
    for key, answered in (
        ("two checklists", items[first][:6] + items[second][:3]),
        ("binned", items[first][:6]),
    ):
        for item_id in answered:
            app.assessments.answer(made[key], item_id, note="seen")  # no value: not assessed
        app.assessments.answer(made[key], items[first][0], status="met")
    every, two = made["every kind"], made["two checklists"]
    # Values from another scale: an older version's "met" on a question, "not-met" on a
    # question (no place on its scale: not assessed), "under-way" on a tip.
    question, tip, step = (items[first][KINDS.index(k)] for k in ("question", "tip", "step"))
    _sql(
        app, "UPDATE response SET status = 'not-met' WHERE assessment_id = ? AND item_id = ?", every, question
    )
    _sql(app, "UPDATE response SET status = 'under-way' WHERE assessment_id = ? AND item_id = ?", every, tip)
    _sql(
        app,
        "UPDATE response SET status = 'partly-met' WHERE assessment_id = ? AND item_id = ?",
        two,
        question,
    )
    # A retired item answered (it counts) and one nobody answered (it does not).
    _sql(app, "UPDATE checklist_item SET retired = 1 WHERE id IN (?, ?)", step, items[second][-1])
    # An answer cleared on another device, and one to an item the library dropped entirely.
    _sql(app, "UPDATE response SET deleted = 1 WHERE assessment_id = ? AND item_id = ?", two, items[first][1])
    _sql(
        app,
        "UPDATE response SET item_id = 'gone/item' WHERE assessment_id = ? AND item_id = ?",
        two,
        items[first][2],
    )
    # A checklist named twice, and one the library no longer has.
    _sql(
        app,
        "UPDATE assessment SET checklist_ids = ? WHERE id = ?",
        json.dumps([first, first, "lost-list"]),
        two,
    )
    app.assessments.delete(made["binned"])
    app.assessments.delete(made["binned untouched"])
    return made


def test_the_list_counts_progress_exactly_as_before(app: App) -> None:
    made = _every_case(app)
    listed = {s.id: s for s in app.assessments.list()}
    binned = {s.id: s for s in app.assessments.list(deleted=True)}
    assert set(listed) >= {made[k] for k in ("every kind", "two checklists", "untouched")}
    assert set(binned) == {made["binned"], made["binned untouched"]}
    assert {i: s.progress for i, s in listed.items()} == _progress_as_before(app, deleted=False)
    assert {i: s.progress for i, s in binned.items()} == _progress_as_before(app, deleted=True)
    # The cases are real: answers of each kind were counted, and the gaps too.
    every = listed[made["every kind"]].progress
    assert every["met"] and every["answered"] and every["done"] and every["applied"]
    assert every["not-applicable"] and every["not-relevant"] and every["not-assessed"]
    assert listed[made["untouched"]].assessed == 0 and listed[made["untouched"]].total > 0
    # What the workspace shows for an assessment the list counts alike.
    assert every == app.assessments.get(made["every kind"]).progress
