"""Start-up: process start to a painted main window, and to a usable library.

Both are compared with a bare PySide6 window shown by a fresh process in the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = Path(__file__).resolve().parent / "startup_probe.py"
RUNS = 5


def _run(*args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, str(PROBE), args[0], repr(t0), *args[1:]],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    return {k: float(v) for k, v in (line.split() for line in out.splitlines() if line.strip())}


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        profile = str(Path(tmp) / "profile")
        _run("app", profile)  # first start creates the profile; later starts are what users feel
        bare = statistics.median(_run("bare")["shown"] for _ in range(RUNS))
        runs = [_run("app", profile) for _ in range(RUNS)]
    shown = statistics.median(r["shown"] for r in runs)
    usable = statistics.median(r["usable"] for r in runs)
    print(f"start-up (median of {RUNS}), bare PySide6 window {bare:.3f} s:")
    print(f"  painted main window  {shown:.3f} s = {shown / bare:4.2f} x bare (budget 1.5 x)")
    print(f"  usable library       {usable:.3f} s = {usable / bare:4.2f} x bare (budget 3 x)")
    return {"startup_shown_ratio": shown / bare, "startup_usable_ratio": usable / bare}


if __name__ == "__main__":
    main()
