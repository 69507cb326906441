"""Frozen start-up: the installed program's start to a shown window, against the same app run from the venv.

The issue's limit: the PyInstaller build starts to a shown window within 2 x the time of the
same app run from the virtual environment. Both run `--smoke-test` (open the main window, load
the library, render, exit) in fresh processes, alternately, in the same session; each prints the
wall-clock times at which its window was shown and its library loaded, and this script subtracts
the moment it started the process, so the frozen loader's own work is counted.

    make dist && .venv/bin/python bench/bench_frozen_startup.py [PATH/TO/FROZEN/fieldguide]
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "build" / "linux" / "pyinstaller" / "fieldguide" / "fieldguide"
RUNS = 7
LIMIT = 2.0
REPORT = re.compile(r"smoke-test: ok shown=(?P<shown>[\d.]+) loaded=(?P<loaded>[\d.]+)")


def _venv_command() -> list[str]:
    script = Path(sys.executable).with_name("fieldguide")
    return [str(script)] if script.exists() else [sys.executable, "-m", "fieldguide"]


def _start(command: list[str], profile: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("FIELDGUIDE_DATA_DIR", None)
    started = time.time()
    result = subprocess.run(
        [*command, "--data-dir", str(profile), "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    match = REPORT.search(result.stdout)
    if result.returncode != 0 or match is None:
        raise RuntimeError(f"{command[0]} --smoke-test exited {result.returncode}: {result.stderr[-400:]}")
    return {key: float(match[key]) - started for key in ("shown", "loaded")}


def main(frozen: Path = FROZEN) -> dict[str, float]:
    if not frozen.exists():
        print(f"no frozen build at {frozen}: run `make dist` first")
        return {}
    venv = _venv_command()
    with tempfile.TemporaryDirectory() as tmp:
        profiles = {"venv": Path(tmp) / "venv", "frozen": Path(tmp) / "frozen"}
        commands = {"venv": venv, "frozen": [str(frozen)]}
        # The first start creates the profile and installs the library; later starts are what users feel.
        for name in commands:
            _start(commands[name], profiles[name])
        runs: dict[str, list[dict[str, float]]] = {"venv": [], "frozen": []}
        for _ in range(RUNS):
            for name in commands:  # alternating, so a busy moment weighs on both alike
                runs[name].append(_start(commands[name], profiles[name]))
    median = {
        (name, key): statistics.median(r[key] for r in runs[name])
        for name in runs
        for key in ("shown", "loaded")
    }
    shown_ratio = median["frozen", "shown"] / median["venv", "shown"]
    loaded_ratio = median["frozen", "loaded"] / median["venv", "loaded"]
    print(f"frozen start-up (median of {RUNS}, alternating) of {frozen}:")
    print(
        f"  shown window    venv {median['venv', 'shown']:.3f} s, frozen {median['frozen', 'shown']:.3f} s"
        f" = {shown_ratio:4.2f} x (limit {LIMIT:.0f} x)"
    )
    print(
        f"  usable library  venv {median['venv', 'loaded']:.3f} s, frozen {median['frozen', 'loaded']:.3f} s"
        f" = {loaded_ratio:4.2f} x"
    )
    return {"frozen_startup_shown_ratio": shown_ratio, "frozen_startup_loaded_ratio": loaded_ratio}


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else FROZEN)
