"""Shared fixtures: an opened profile on a temporary data directory, seeds, a CLI runner."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# PostgreSQL and a running fieldguide-hub for the hub tests (tests/hub_support.py).
pytest_plugins = ["tests.hub_support"]

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"


_catalogue_applied = False

# The least time any qtbot wait allows, whatever a test asks. A wait ends as soon as its
# condition holds, so this costs nothing on a quiet machine; on a shared two-core machine
# with both cores busy a worker can take seconds to get a turn, and a 1-5 s allowance
# turned a slow machine into a failed test. No test in the suite waits for something
# *not* to happen (no raising=False, no assertNotEmitted), which a longer wait would slow.
PATIENCE_MS = 60_000


def _patient(method: Any) -> Any:
    def wait(*args: Any, **kwargs: Any) -> Any:
        kwargs["timeout"] = max(int(kwargs.get("timeout", 0) or 0), PATIENCE_MS)
        return method(*args, **kwargs)

    return wait


for _name in ("waitUntil", "waitSignal", "waitSignals", "waitActive", "waitExposed", "waitCallback"):
    _patched = _patient(getattr(QtBot, _name))
    setattr(QtBot, _name, _patched)
    setattr(QtBot, re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), _name), _patched)


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp: object) -> object:
    """One QApplication for the whole session, made before any test runs.

    In the program a window's QApplication always exists before a report is drawn. Without
    this, a report test run first makes the bare QGuiApplication the command line uses, and
    a widget test after it aborts the interpreter (Qt cannot turn one into the other), so the
    suite's result would depend on the order tests run in. The headless path keeps its own
    tests, which run the real command in a subprocess.
    """
    return qapp


@pytest.fixture(autouse=True)
def _english_catalogue(request: pytest.FixtureRequest) -> None:
    """Qt tests see what a user sees: the English catalogue (plural forms) loaded, as at start-up."""
    global _catalogue_applied
    if _catalogue_applied or not {"qapp", "qtbot"} & set(request.fixturenames):
        return
    request.getfixturevalue("qapp")
    from fieldguide.language import apply_language
    from tests.i18n_support import ensure_compiled

    ensure_compiled()
    apply_language("en")
    _catalogue_applied = True


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not (SEEDS / "INDEX.md").exists():
        pytest.skip(f"seed documents not found at {SEEDS} (../shared/seeds beside the repository)")
    return SEEDS


@pytest.fixture(scope="session")
def _template_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A profile with the starter library installed, made once and copied for each test."""
    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    root = tmp_path_factory.mktemp("template") / "profile"
    app = open_app(DataPaths(root))
    app.close()
    return root


@pytest.fixture
def data_dir(_template_profile: Path, tmp_path: Path) -> Path:
    target = tmp_path / "profile"
    shutil.copytree(_template_profile, target)
    return target


@pytest.fixture
def app(data_dir: Path) -> Iterator[object]:
    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    opened = open_app(DataPaths(data_dir))
    yield opened
    opened.close()


@pytest.fixture
def runner_for(qtbot):  # type: ignore[no-untyped-def]
    """A function that puts an open App behind a Runner, as the window does; closed after the test."""
    from fieldguide.ui.runner import Runner

    made: list[Runner] = []

    def make(app: object) -> Runner:
        runner = Runner()
        runner.open(lambda: app)  # type: ignore[arg-type, return-value]
        runner.flush()
        made.append(runner)
        return runner

    yield make
    for runner in made:
        runner.close()


@pytest.fixture
def runner(app: object, runner_for):  # type: ignore[no-untyped-def]
    """The test profile (`app`) behind a Runner: what widgets built outside a window are given."""
    return runner_for(app)


def run_cli(
    *args: str | Path,
    data_dir: Path | None = None,
    input: str | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """The real command line in a subprocess, as a user or a script would run it."""
    command = [sys.executable, "-m", "fieldguide"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    command += [str(a) for a in args]
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(command, capture_output=True, text=True, input=input, env=full_env, timeout=120)


@pytest.fixture
def cli(data_dir: Path):  # type: ignore[no-untyped-def]
    def call(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, data_dir=data_dir, **kwargs)  # type: ignore[arg-type]

    return call


@pytest.fixture
def open_window(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    """A function that opens a main window on the test profile and waits until it is open.

    The library shows before the profile's full open when it can be read plainly
    (`library_loaded`); the tests here drive the whole window, so they wait for the open
    (`profile_opened`), which follows it."""
    from fieldguide.paths import DataPaths
    from fieldguide.ui.main_window import MainWindow

    def make() -> MainWindow:
        window = MainWindow(DataPaths(data_dir))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.profile_opened, timeout=20000):
            window.open_profile()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make
