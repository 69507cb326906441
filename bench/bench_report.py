"""Time the PDF report: a 200-item report with multi-paragraph notes, against a 3 s budget.

Run with `python bench/bench_report.py` (headless: QT_QPA_PLATFORM=offscreen is
set if unset). A one-page trivial PDF is timed in the same process as a
baseline, so a slow machine shows up as a slow baseline rather than as a
regression in the report.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fieldguide.reports.model import Report, ReportChecklist, ReportItem
from fieldguide.reports.render_pdf import render_pdf
from fieldguide.reports.sample import ENGLISH_NOTE, sample_report

BUDGET_SECONDS = 3.0


def _one_page_pdf(path: Path) -> int:
    """The floor: one page, one line of text, straight through QPdfWriter."""
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from fieldguide.reports.fonts import report_font

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.setFont(report_font(11))
    painter.drawText(600, 600, "Field Guide baseline page")
    painter.end()
    return 1


def _trivial_report() -> Report:
    item = ReportItem(item_id="T-1", text="Is there a plan?", kind="question", status="met")
    return Report(
        assessment_id="bench-trivial",
        title="Baseline",
        classification="unclassified",
        checklists=[ReportChecklist(id="t", title="Trivial", items=[item])],
    )


def _big_report(items: int) -> Report:
    report = sample_report(items=items)
    # Every assessed item gets a long, multi-paragraph note, the worst case.
    for checklist in report.checklists:
        for index, item in enumerate(checklist.items):
            if item.status != "not-assessed":
                item.note = f"{item.note}\n\n{ENGLISH_NOTE}\n\nObservation {index}: " + (
                    "Interlocutors described the situation consistently. " * 6
                )
    return report


def _median_seconds(render: Callable[[], int], runs: int) -> tuple[float, int]:
    timings = []
    pages = 0
    for _ in range(runs):
        started = time.perf_counter()
        pages = render()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    big = _big_report(args.items)
    trivial = _trivial_report()
    with tempfile.TemporaryDirectory() as directory:
        out = Path(directory)
        # The first render in a process loads fonts and Qt plugins: not what we measure.
        render_pdf(trivial, out / "warm.pdf")
        baseline, _ = _median_seconds(lambda: _one_page_pdf(out / "one-page.pdf"), args.runs)
        minimal, minimal_pages = _median_seconds(lambda: render_pdf(trivial, out / "trivial.pdf"), args.runs)
        report_time, pages = _median_seconds(lambda: render_pdf(big, out / "big.pdf"), args.runs)
        size = (out / "big.pdf").stat().st_size

    items = sum(len(checklist.items) for checklist in big.checklists)
    print(f"baseline: one-page trivial PDF (QPdfWriter): median {baseline * 1000:.1f} ms")
    print(f"minimal:  1-item report, {minimal_pages} pages: median {minimal * 1000:.0f} ms")
    print(
        f"report:   {items} items, {pages} pages, {size / 1024:.0f} KiB: "
        f"median {report_time:.3f} s over {args.runs} runs"
    )
    print(
        f"budget:   {report_time / BUDGET_SECONDS:.1%} of the {BUDGET_SECONDS:.0f} s budget; "
        f"{report_time / baseline:.0f}x the baseline"
    )


if __name__ == "__main__":
    main()
