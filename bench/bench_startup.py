"""Start-up through the real entry point, in fresh processes, against baselines measured in the same run.

- The GUI: `fieldguide --smoke-test --data-dir DIR` (the installed command, as a user starts
  it) prints the wall-clock moment its main window was first painted and the moment its
  library could be clicked and searched; a bare PySide6 window (one QLabel) is the baseline.
  Budgets: painted <= 1.5 x, usable <= 3 x the bare window.
- The command line: `fieldguide --version` and `fieldguide search QUERY` against a bare
  `python -c pass` followed by `import fieldguide`. Budget: 2 x.

Each figure is the median of RUNS fresh processes, the kinds interleaved so that a busy
machine slows all of them alike, each kind started once before the timed runs.

Every process runs from compiled bytecode, as an installed or frozen program does (pip
compiles a package when it installs it; a bundle carries bytecode). A developer's shell
may set PYTHONDONTWRITEBYTECODE, and an editable checkout would then be compiled from
source at every start while PySide6 (compiled by pip) would not: the two sides would do
unequal work. The children write their bytecode under bench/.cache/pycache instead.
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

HERE = Path(__file__).resolve().parent
PROBE = HERE / "startup_probe.py"
RUNS = 7
SMOKE = re.compile(r"shown=(?P<painted>[\d.]+) loaded=(?P<usable>[\d.]+)")


def _fieldguide() -> list[str]:
    script = Path(sys.executable).parent / ("fieldguide.exe" if os.name == "nt" else "fieldguide")
    return [str(script)] if script.exists() else [sys.executable, "-m", "fieldguide"]


def _env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(HERE / ".cache" / "pycache")
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    return env


def _timed(command: list[str]) -> tuple[float, str]:
    start = time.time()
    done = subprocess.run(command, capture_output=True, text=True, env=_env(), timeout=120, check=True)
    return time.time() - start, done.stdout + done.stderr


def _gui(profile: str) -> tuple[float, float]:
    start = time.time()
    _elapsed, out = _timed([*_fieldguide(), "--smoke-test", "--data-dir", profile])
    found = SMOKE.search(out)
    if found is None:
        raise RuntimeError(f"no smoke-test report in: {out!r}")
    return float(found["painted"]) - start, float(found["usable"]) - start


def _bare_window() -> float:
    start = time.time()
    _elapsed, out = _timed([sys.executable, str(PROBE), "bare"])
    return float(out.split("painted=")[1].split()[0]) - start


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        profile = str(Path(tmp) / "profile")
        # The first start creates the profile and compiles; later starts are what users feel.
        _gui(profile)
        _bare_window()
        _timed([sys.executable, str(PROBE), "import"])
        _timed([*_fieldguide(), "--version"])
        _timed([*_fieldguide(), "--data-dir", profile, "search", "ownership"])
        bare, painted, usable, floor, version, search = [], [], [], [], [], []
        for _ in range(RUNS):
            bare.append(_bare_window())
            shown, ready = _gui(profile)
            painted.append(shown)
            usable.append(ready)
            floor.append(_timed([sys.executable, str(PROBE), "import"])[0])
            version.append(_timed([*_fieldguide(), "--version"])[0])
            search.append(_timed([*_fieldguide(), "--data-dir", profile, "search", "ownership"])[0])
    m = statistics.median
    b, f = m(bare), m(floor)
    print(f"start-up through `fieldguide` (median of {RUNS} fresh processes):")
    print(f"  bare PySide6 window painted   {b:.3f} s")
    print(f"  main window painted           {m(painted):.3f} s = {m(painted) / b:4.2f} x bare (budget 1.5 x)")
    print(f"  library usable                {m(usable):.3f} s = {m(usable) / b:4.2f} x bare (budget 3 x)")
    print(f"  python -c pass + import fieldguide  {f:.3f} s")
    print(f"  fieldguide --version          {m(version):.3f} s = {m(version) / f:4.2f} x (budget 2 x)")
    print(f"  fieldguide search             {m(search):.3f} s = {m(search) / f:4.2f} x (budget 2 x)")
    return {
        "startup_painted_ratio": m(painted) / b,
        "startup_usable_ratio": m(usable) / b,
        "cli_version_ratio": m(version) / f,
        "cli_search_ratio": m(search) / f,
    }


if __name__ == "__main__":
    main()
