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
    return {"import_s": took, "parse_s": parse}


if __name__ == "__main__":
    main()
