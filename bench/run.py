"""`make bench`: every benchmark, each reported against the design's budgets."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

BENCHMARKS = [
    "bench_startup",
    "bench_search",
    "bench_gui_search",
    "bench_import",
    "bench_import_text",
    "bench_report",
    "bench_assessments",
    "bench_sync",
    "bench_typing",
    "bench_memory",
    "bench_frozen_startup",
    "bench_years",
    "bench_hub",
]


def main() -> int:
    selected = sys.argv[1:] or BENCHMARKS
    for name in selected:
        if not (Path(__file__).resolve().parent / f"{name}.py").exists():
            continue
        print(f"== {name}")
        importlib.import_module(name).main()
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
