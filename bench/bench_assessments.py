"""Assessment work on the GUI thread: a note save, a status change, opening a large assessment.

The workspace saves on the GUI thread, so a save must fit well inside one
frame (16 ms) even with a long note and a profile full of history; opening an
assessment of every starter checklist must feel instant.

    python bench/run.py bench_assessments
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

SAVE_BUDGET_MS = 16.0  # one frame at 60 Hz: typing never stutters
OPEN_BUDGET_MS = 100.0

NOTE = (
    "Réunion avec la société civile à Bambari : les associations de femmes demandent une place "
    "dans le comité de rédaction. اجتماع مع المجتمع المدني في بانغي حول إصلاح قطاع الأمن. "
) * 40  # about 7,000 characters: a long note


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    timings = []
    for n in range(repeat):
        start = time.perf_counter()
        fn(n)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def report(name: str, timings: list[float], budget: float) -> None:
    median, p95 = statistics.median(timings), percentile(timings, 0.95)
    print(
        f"  {name:30} median {median:6.2f} ms  p95 {p95:6.2f} ms"
        f"  = {p95 / budget:4.2f} x budget ({budget:.0f} ms)"
    )


def main() -> dict[str, float]:
    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    with tempfile.TemporaryDirectory() as directory:
        app = open_app(DataPaths(Path(directory) / "profile"))
        checklists = [c.id for c in app.catalog.checklists() if not c.retired]
        assessment = app.assessments.create(checklists, "Every starter checklist")
        responses = app.assessments.get(assessment).responses
        items = [r.item_id for r in responses]
        scales = [r.scale for r in responses]  # each item's own values (a question is not met/not met)
        step = max(1, len(NOTE) // 400)
        saves = timed(
            lambda n: app.assessments.answer(assessment, items[0], note=NOTE[: (n + 1) * step]), 400
        )
        def change(n: int) -> None:
            scale = scales[n % len(items)]
            app.assessments.answer(assessment, items[n % len(items)], status=scale[n % len(scale)])

        changes = timed(change, 400)
        opens = timed(lambda n: app.assessments.get(assessment), 30)
        app.close()
    print(
        f"assessments: {len(items)} items over {len(checklists)} checklists,"
        f" notes up to {len(NOTE)} characters"
    )
    report("note save (autosave)", saves, SAVE_BUDGET_MS)
    report("status change", changes, SAVE_BUDGET_MS)
    report("open the whole assessment", opens, OPEN_BUDGET_MS)
    return {
        "save_p95_ms": percentile(saves, 0.95),
        "status_p95_ms": percentile(changes, 0.95),
        "open_p95_ms": percentile(opens, 0.95),
    }


if __name__ == "__main__":
    main()
