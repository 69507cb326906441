"""Import of the 400 KB SSR guidance text (seed 002), parsing and indexing included (budget 3 s)."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

BUDGET_S = 3.0
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "002_a500419053ae6104.txt"


def main() -> dict[str, float]:
    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    if not SEED.exists():
        print(f"skipped: {SEED} not found (../shared/seeds beside the repository)")
        return {}
    from fieldguide.library.importers import parse_file

    parses = []
    for _ in range(3):
        start = time.perf_counter()
        parse_file(SEED)
        parses.append(time.perf_counter() - start)
    timings, baselines = [], []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            app = open_app(DataPaths(Path(tmp)))
            # Baseline in the same process: reading and hashing the same file.
            start = time.perf_counter()
            __import__("hashlib").sha256(SEED.read_bytes()).hexdigest()
            baselines.append(time.perf_counter() - start)
            start = time.perf_counter()
            result = app.imports.import_file(SEED)
            timings.append(time.perf_counter() - start)
            app.close()
    took = statistics.median(timings)
    print(
        f"import of {SEED.name} ({SEED.stat().st_size / 1024:.0f} KB): {took:.2f} s = "
        f"{took / BUDGET_S:4.2f} x budget ({BUDGET_S:.0f} s); {len(result.outline)} sections, "
        f"{sum(c.items for c in result.checklists)} checklist items; "
        f"{took / statistics.median(baselines):.0f} x reading+hashing the file"
    )
    parse = statistics.median(parses)
    print(
        f"parse alone: {parse:.2f} s = {parse / statistics.median(baselines):.0f} x reading+hashing the file"
    )
    return {"import_s": took, "parse_s": parse, **bench_pdf()}


MANUAL = SEED.parents[1] / "corpus" / "pdf" / "irs-manual-400p.pdf"
PDF_BUDGET_X = 5.0  # import of a real PDF ≤ 5 × pdftotext on the same file
MAX_SECTION_CHARS = 50_000


def bench_pdf() -> dict[str, float]:
    """The 400-page manual: import (parse + store + index) against pdftotext, same run."""
    import shutil
    import subprocess

    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    if not MANUAL.exists() or shutil.which("pdftotext") is None:
        print(f"skipped: {MANUAL.name} or pdftotext not found")
        return {}
    baselines, timings = [], []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(["pdftotext", str(MANUAL), "-"], capture_output=True, check=True)
        baselines.append(time.perf_counter() - start)
        with tempfile.TemporaryDirectory() as tmp:
            app = open_app(DataPaths(Path(tmp)))
            start = time.perf_counter()
            result = app.imports.import_file(MANUAL)
            timings.append(time.perf_counter() - start)
            longest = max(len(app.catalog.section(s.id).body) for s in result.outline)
            app.close()
    ratio = statistics.median(timings) / statistics.median(baselines)
    print(
        f"import of {MANUAL.name}: {statistics.median(timings):.2f} s = {ratio:.1f} x pdftotext "
        f"({statistics.median(baselines):.2f} s; budget {PDF_BUDGET_X:.0f} x) "
        f"{'OK' if ratio <= PDF_BUDGET_X else 'OVER'}; {len(result.outline)} sections, longest body "
        f"{longest} characters (limit {MAX_SECTION_CHARS}) {'OK' if longest <= MAX_SECTION_CHARS else 'OVER'}"
    )
    return {"pdf_import_x_pdftotext": ratio, "longest_section": float(longest)}


if __name__ == "__main__":
    main()
