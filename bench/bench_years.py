"""Years of a team's work: how each cost grows from 1 × to 10 × and 100 × one year.

Run with `make bench` (sizes from FIELDGUIDE_BENCH_SIZES, default "1,10") or
`python bench/bench_years.py 1 10 100`. The full growth table, with the 100 × column
and the ratios 10 ×/1 × and 100 ×/10 ×:

    FIELDGUIDE_BENCH_SIZES=1,10,100 make bench        # every benchmark
    FIELDGUIDE_BENCH_SIZES=1,10,100 python bench/run.py bench_years   # the table alone

Profiles come from bench/years.py, built once and cached under ~/.cache/fieldguide-bench
(`python bench/years.py 100` builds one ahead: ~19 GB and most of an hour on a loaded
2-core machine). Each size is measured in the same run as the others, so the growth
ratios compare like with like; start-up and memory are also measured against a bare
PySide6 window started in the same run. Each column carries the load average it was
measured under; search also gives its p95 in CPU time, and protect the worker's CPU
time, which a shared machine inflates far less. Budgets (ARCHITECTURE.md, issue 21)
are checked at the sizes they name.

1 × and 10 × are measured on a scratch copy of the cached profile, since backups,
protection and sync change it. The first full sync of a new device runs up to 10 ×
(its budget's size) in every run, above that only with FIELDGUIDE_BENCH_SLOW=1.
Backup and protect run at every size, with the reports their bar received (it moves
inside each whole-file step: security/progress.py), the longest wait between two of them
and the longest pause of the window; the change of passphrase (it re-keys every
encrypted backup too: a quarter of an hour at 10 ×) above 1 × only with
FIELDGUIDE_BENCH_SLOW=1.

100 × (~19 GB) is measured where it is cached, copying nothing: what reads the profile
(start to a usable window, memory, the largest assessment, the assessment list, the
library tree, search as generated and after the idle tidying has merged the index,
the report). A stand-in for today's backup keeps each start from copying 19 GB after
its library is usable (the window makes the day's backup after that point, so the
figure is unchanged). What rewrites or reads the whole file (backup, check, protect,
sync) prints "—", its reason under the table.

Figures at landing (one run of 1, 10, 100 ×, load average 1.8–2.6 on 2 cores; the whole
table is in docs/decisions.md, issue 21): start to a usable window 0.23 / 0.32 / 0.77 s;
opening the largest assessment 5 / 6 / 6 ms; memory 166 / 204 / 427 MB; library tree
0.03 / 0.28 / 3.7 s; search p95 with the index tidied 6 / 7 / 62 ms (CPU 6 / 7 / 47 ms),
and at 100 × as generated 151 ms (CPU 53 ms, the run before); since the fourth pass on
search (bm25 no longer counts a common word's rows, nor does a long prefix read its
lists) 22 / 25 ms at 1 / 10 × (CPU 10 / 10, load 5–6) and 22 ms at 100 × (CPU 8 ms, p50
6 ms, load 1.8–2.9); report 0.57 / 0.44 / 0.46 s; backup 0.4 / 3.8 s; check 0.8 / 9.4 s;
first full sync 9.5 / 113 s; protect 13.5 / 190 s, 6 steps of the bar, the longest wait
for it 3.6 / 56 s, the longest pause of the window 7 / 32 ms (784 ms at 10 × before
sqlcipher3's slow closes were taken out of it).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import years  # noqa: E402

DEFAULT_SIZES = (1, 10)
TYPED = ("reconciliation", "vetting commission", "gouvernance", "الحوار", "checkpoint training")
PASSPHRASE = "correct horse battery staple 1"


def sizes_from_env(
    name: str = "FIELDGUIDE_BENCH_SIZES", default: tuple[int, ...] = DEFAULT_SIZES
) -> list[int]:
    raw = os.environ.get(name, "")
    return [int(s) for s in raw.replace(" ", "").split(",") if s] or list(default)


def _timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _median(fn: Callable[[], Any], runs: int = 5) -> float:
    return statistics.median(_timed(fn) for _ in range(runs))


def _gui_start(profile: Path) -> tuple[float, float, float]:
    """(painted, usable) medians of three starts, and usable at the first start of the day
    (the one that makes the day's backup)."""
    import bench_startup

    _painted, first = bench_startup._gui(str(profile))
    painted, usable = zip(*(bench_startup._gui(str(profile)) for _ in range(3)), strict=True)
    return statistics.median(painted), statistics.median(usable), first


def _window_pauses(fn: Callable[[], Any]) -> tuple[float, float]:
    """Run `fn` on a worker thread, as the window's runner does, while this thread keeps an
    event loop turning: (how long `fn` took, the longest the loop was held up). A long
    pause is a frozen window: the worker holding the interpreter, not releasing it."""
    import threading

    from PySide6.QtCore import QCoreApplication

    failure: list[BaseException] = []

    def work() -> None:
        try:
            fn()
        except BaseException as error:  # reported below, on this thread
            failure.append(error)

    worker = threading.Thread(target=work)
    start = last = time.perf_counter()
    longest = 0.0
    worker.start()
    while worker.is_alive():
        QCoreApplication.processEvents()
        time.sleep(0.005)
        now = time.perf_counter()
        longest = max(longest, now - last - 0.005)
        last = now
    worker.join()
    if failure:
        raise failure[0]
    return time.perf_counter() - start, longest


_RSS_PROBE = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True, check=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _peak_rss_mb(command: list[str]) -> float:
    """Peak resident memory of `command` (KB from getrusage on Linux)."""
    import bench_startup

    out = subprocess.run(
        [sys.executable, "-c", _RSS_PROBE, *command],
        capture_output=True, text=True, env=bench_startup._env(), check=True, timeout=300,
    ).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def _search_as_you_type(app: Any) -> tuple[float, float, float]:
    """p50 and p95 of each prefix of each phrase, as typed; and p95 in CPU time of this thread
    (SQLite runs on it), which a machine shared with other work inflates far less."""
    from fieldguide.ui.search_popup import LIMIT

    times: list[float] = []
    cpu: list[float] = []
    for phrase in TYPED:
        for end in range(2, len(phrase) + 1):
            typed = phrase[:end]
            start, start_cpu = time.perf_counter(), time.thread_time()
            app.search.search(typed, limit=LIMIT)
            times.append(time.perf_counter() - start)
            cpu.append(time.thread_time() - start_cpu)
    times.sort()
    cpu.sort()
    p95 = int(0.95 * (len(times) - 1))
    return statistics.median(times), times[p95], cpu[p95]


def _tidy(app: Any) -> None:
    while app.search.tidy_index(pages=10_000):
        pass


def _search_figures(app: Any) -> dict[str, float]:
    """Search as generated (the index in as many segments as writing left), then after the
    window's idle tidying has merged it (what a profile in use settles at)."""
    p50, p95, cpu95 = _search_as_you_type(app)
    tidy = _timed(lambda: _tidy(app))
    return {
        "search as you type p50 (s)": p50,
        "search as you type p95 (s)": p95,
        "search as you type p95, CPU (s)": cpu95,
        "search index tidied, all steps (s)": tidy,
        **_tidied_search(app),
    }


def _tidied_search(app: Any) -> dict[str, float]:
    p50, p95, cpu95 = _search_as_you_type(app)
    return {
        "search p50, index tidied (s)": p50,
        "search p95, index tidied (s)": p95,
        "search p95, index tidied, CPU (s)": cpu95,
    }


def _log_entries(app: Any) -> int:
    with app.db.raw() as conn:
        return int(conn.execute("SELECT count(*) FROM change_log").fetchone()[0])


def _autosave_growth(app: Any, assessment_id: str) -> int:
    """Entries the change log gains while one note is typed and autosaved 20 times."""
    item = app.assessments.get(assessment_id).responses[0].item_id
    before = _log_entries(app)
    note = ""
    for n in range(20):
        note += f" word{n}"
        app.assessments.answer(assessment_id, item, note=note.strip())
    return _log_entries(app) - before


def _library_tree(app: Any) -> None:
    from fieldguide.ui.library_model import LibraryModel
    from fieldguide.ui.snapshot import library_snapshot

    LibraryModel().set_library(library_snapshot(app))


def _open_assessment(app: Any, assessment_id: str) -> None:
    from PySide6.QtGui import QStandardItemModel

    from fieldguide.ui.workspace.item_model import build_item_model

    view = app.assessments.get(assessment_id)
    with_actions = {a.item_id for a in view.actions if a.item_id}
    build_item_model(view, with_actions, QStandardItemModel())


def _first_full_sync(app: Any, device: Any, bundle: Path) -> dict[str, float]:
    """Export everything from ``app`` and apply it on ``device`` (new, enrolled), its progress counted."""
    exported: list[float] = []
    export_all = _timed(lambda: app.sync.export_file(bundle, everything=True, progress=exported.append))
    shares: list[float] = []
    held = _reset_peak_rss()
    apply_all = _timed(lambda: device.sync.apply_bytes(bundle.read_bytes(), bundle.name, shares.append))
    peak = _status_mb("VmHWM:") if held is not None else None
    # The received answers and notes are indexed for search after the apply's commit
    # (db/fts_owed.py): the window or the command line does it just after, in steps.
    owed = device.search.index_owed()
    caught_up = _timed(device.search.catch_up_all)
    assert owed and not device.search.index_owed()
    return {
        "sync: first full sync, new device (s)": export_all + apply_all,
        "sync: first full sync, export (s)": export_all,
        "sync: first full sync, apply (s)": apply_all,
        "sync: first full sync, search index caught up (s)": caught_up,
        "sync: first full sync, progress steps shown": float(len(shares)),
        "sync: first full sync, export progress steps": float(len(exported)),
        **({"sync: first full sync, apply peak memory (MB)": peak - held} if peak and held else {}),
    }


def _status_mb(key: str) -> float | None:
    """A line of Linux's /proc/self/status in MB (``VmRSS:`` resident now, ``VmHWM:`` its peak)."""
    with contextlib.suppress(OSError), open("/proc/self/status") as status:
        for line in status:
            if line.startswith(key):
                return int(line.split()[1]) / 1024
    return None


def _reset_peak_rss() -> float | None:
    """Reset this process's peak resident memory to what it holds now and return that (MB),
    so the peak read after a step is the step's own: ``None`` where it cannot be (not Linux)."""
    import gc

    gc.collect()
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
    except OSError:
        return None
    return _status_mb("VmRSS:")


#: First full syncs measured (each on a new device): the figures are the run of median
#: total. On this 2-core virtual machine the same sync varies by a fifth from run to run.
SYNC_RUNS = 3


def _sync(app: Any, work: Path, scale: int) -> dict[str, float]:
    """First full sync of a new device (export everything, apply it on a new enrolled device,
    with its progress reports counted; ``SYNC_RUNS`` times), then export and apply of the
    last month of changes."""
    from bench_sync import enrol
    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    runs: list[dict[str, float]] = []
    for run in range(SYNC_RUNS):
        device = open_app(DataPaths(work / f"new-device-{run}"), install_starter=False)
        try:
            enrol(app, device)
            runs.append(_first_full_sync(app, device, work / f"everything-{run}.fgsync"))
        finally:
            device.close()
        if run < SYNC_RUNS - 1:
            shutil.rmtree(work / f"new-device-{run}")
    runs.sort(key=lambda figures: figures["sync: first full sync, new device (s)"])
    NOTES[f"first full sync at {scale} ×"] = "runs of " + ", ".join(
        f"{figures['sync: first full sync, new device (s)']:.1f}" for figures in runs
    ) + " s (export + apply); the table shows the median"
    if "sync: first full sync, apply peak memory (MB)" in runs[0]:
        NOTES["sync: first full sync, apply peak memory (MB)"] = (
            "the apply's peak resident memory above what the bench process held just before "
            "it (Linux's high-water mark, reset then); the process also holds the sending "
            "profile, so this is the apply's own share"
        )
    NOTES["sync: first full sync, search index caught up (s)"] = (
        "the received answers and notes indexed for search after the apply's commit, off the "
        "sync's bar (db/fts_owed.py: the window or the command line runs it just after; a "
        "search meanwhile finishes it first); measured just after the apply, whose WAL is "
        "still being copied into the file"
    )
    device = open_app(DataPaths(work / f"new-device-{SYNC_RUNS - 1}"), install_starter=False)
    try:
        # A month: the new device has acknowledged all but the newest twelfth of the log;
        # export what it has not (what `sync export --for` it sends). The device received
        # those versions in the full sync already: applying measures opening, verifying and
        # merging a month through the ordinary path, which finds nothing new to write.
        from fieldguide.sync.exchange import ACK_META

        with app.db.raw() as conn:
            (last,) = conn.execute("SELECT max(seq) FROM change_log").fetchone()
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                (ACK_META + device.device_id, str(last * 11 // 12)),
            )
        month = work / "month.fgsync"
        sent: list[int] = []
        export_month = _timed(
            lambda: sent.append(app.sync.export_file(month, for_device=device.device_id).changes)
        )
        apply_month = _timed(lambda: device.sync.apply_file(month))
    finally:
        device.close()
    return {
        **runs[len(runs) // 2],
        "sync: a month's changes": float(sent[0]),
        "sync: export a month (s)": export_month,
        "sync: apply a month (s)": apply_month,
    }


def measure(scale: int, log: Callable[[str], None] = print) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    cached = years.build(scale, log=log)  # before the load is read: building is not measuring
    load = os.getloadavg()[0]
    figures = measure_in_place(scale, log) if scale >= IN_PLACE_FROM else _measure_copy(scale, cached, log)
    # Each size's own load: the figures of a column were taken under it.
    end = os.getloadavg()[0]
    return {**figures, "load average, 1 min, at the start": load, "load average, 1 min, at the end": end}


def _measure_copy(scale: int, cached: Path, log: Callable[[str], None]) -> dict[str, float]:
    """Every figure, on a scratch copy of the cached profile."""
    import bench_startup
    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(dir=years.CACHE) as tmp:
        work = Path(tmp)
        profile = work / "profile"
        shutil.copytree(cached, profile)
        _up_to_date(DataPaths(profile))  # its backups are removed just below
        shutil.rmtree(profile / "backups", ignore_errors=True)  # as generated: none yet
        figures["profile size (MB)"] = (profile / "fieldguide.db").stat().st_size / 2**20
        painted, usable, first = _gui_start(profile)
        figures["start: window painted (s)"] = painted
        figures["start: usable window (s)"] = usable
        figures["start: usable, first start of a day (s)"] = first
        figures["resident memory, window open (MB)"] = _peak_rss_mb(
            [*bench_startup._fieldguide(), "--smoke-test", "--data-dir", str(profile)]
        )
        app = open_app(DataPaths(profile))
        try:
            largest = years.largest_assessment(app)
            figures["open the largest assessment (s)"] = _median(lambda: _open_assessment(app, largest))
            figures["assessment list (s)"] = _median(app.assessments.list)
            figures["library tree (s)"] = _median(lambda: _library_tree(app), runs=3)
            figures.update(_search_figures(app))
            figures["report PDF of the largest (s)"] = _timed(
                lambda: app.reports.export(largest, "pdf", work / "largest.pdf")
            )
            figures.update(_with_progress(
                "backup", lambda progress: app.backups.create("manual", meter=_bar_of(progress))
            ))
            figures["check (s)"] = _timed(app.health.check)
            # The first full sync runs up to 10 x (its budget's size) in every run; above, with
            # FIELDGUIDE_BENCH_SLOW=1 (100 x re-sends ~18 GB of a team's work).
            slow = bool(os.environ.get("FIELDGUIDE_BENCH_SLOW"))
            if scale <= 10 or slow:
                figures.update(_sync(app, work, scale))
            if not (scale == 1 or slow):
                log(f"  {scale} ×: change of passphrase not run "
                    "(a quarter of an hour here; FIELDGUIDE_BENCH_SLOW=1 runs it)")
            figures.update(_protection(app, change=scale == 1 or slow))
            figures["change log entries"] = float(_log_entries(app))
            figures["change log growth, 20 autosaves of a note"] = float(_autosave_growth(app, largest))
        finally:
            app.close()
    return figures


def _with_progress(name: str, fn: Callable[[Any], Any]) -> dict[str, float]:
    """`fn(progress)` on a worker as the window runs it: how long, the CPU time of the worker,
    the steps the bar showed, the longest wait between two steps, the longest pause of the
    window (a turning event loop)."""
    steps: list[float] = []
    cpu: list[float] = []
    start = time.perf_counter()

    def work() -> None:
        before = time.thread_time()
        fn(lambda _done, _total: steps.append(time.perf_counter() - start))
        cpu.append(time.thread_time() - before)

    took, pause = _window_pauses(work)
    marks = [0.0, *steps, took]
    return {
        f"{name} (s)": took,
        f"{name}: worker CPU (s)": cpu[0],
        f"{name}: progress steps shown": float(len(steps)),
        f"{name}: longest wait for the bar (s)": max(b - a for a, b in itertools.pairwise(marks)),
        f"{name}: longest pause of the window (s)": pause,
    }


def _bar_of(progress: Callable[[int, int], None]) -> Any:
    """A backup's meter (a fraction) shown as the window's bars are, in thousandths."""
    from fieldguide.security.progress import Meter

    return Meter(lambda fraction: progress(round(fraction * 1000), 1000))


def _protection(app: Any, *, change: bool) -> dict[str, float]:
    """Protect (every size: its budget is "with progress, never freezing the window" at 10 ×,
    about five minutes there), then the change of passphrase (re-keys every encrypted backup
    too: a quarter of an hour at 10 ×, so only where slow measures are asked for)."""
    figures = _with_progress("protect", lambda progress: app.profile.protect(PASSPHRASE, progress=progress))
    if change:
        figures.update(_with_progress(
            "change passphrase",
            lambda progress: app.profile.change_passphrase(PASSPHRASE, PASSPHRASE + "!", progress=progress),
        ))
    return figures


#: From this size the profile (~18 GB at 100 ×) is measured where it is cached: a scratch
#: copy would need as much disk again, and each whole-file measure rewrites it all.
IN_PLACE_FROM = 100

#: What went wrong while measuring, printed under the table.
NOTES: dict[str, str] = {}

#: Why a figure is "—" at the sizes measured in place (printed under the table).
NOT_IN_PLACE = {
    "start: usable, first start of a day (s)": "the day's backup is a full copy of the profile",
    "backup (s)": "a full copy of the profile (VACUUM INTO): as much disk again",
    "backup: its progress, the window's pauses": "see backup",
    "check (s)": "reads all of it (integrity_check): tens of minutes, not run",
    "sync: first full sync, new device (s)": "sends the whole profile to a new device: as much disk again",
    "sync: export a month (s)": "needs a device that had the first full sync",
    "sync: apply a month (s)": "needs a device that had the first full sync",
    "protect (s) and its figures": "rewrites the whole file and backs it up first: as much disk again",
    "change passphrase (s)": "see protect",
    "change log growth, 20 autosaves of a note": "would change the cached profile; a count, "
    "independent of size (measured at 1 × and 10 ×)",
}


def _standin_backup(paths: Any) -> Path:
    """A stand-in for today's backup, so that a start does not copy the whole profile.

    The window makes the day's backup after its library is usable, so the figures of a
    start are the same with it or without it; only the process would then spend minutes
    writing 18 GB before it exits. Removed by the caller."""
    import datetime as dt

    from fieldguide.backups.record import PREFIX, SUFFIX, write_sidecar

    now = dt.datetime.now(dt.UTC)
    standin = paths.backups / f"{PREFIX}{now.strftime('%Y%m%dT%H%M%S%fZ')}-bench{SUFFIX}"
    standin.parent.mkdir(parents=True, exist_ok=True)
    standin.write_bytes(b"")
    write_sidecar(standin, created=now, reason="daily", revision=None, kdf=None)
    return standin


def _up_to_date(paths: Any) -> list[Path]:
    """Open the profile once before anything is timed: a cached profile older than the code is
    migrated, after a backup (a full copy), which no start should be timed with. The backups
    that made are returned."""
    from fieldguide.app import open_app

    def backups() -> set[Path]:
        return set(paths.backups.glob("*.db")) if paths.backups.is_dir() else set()

    before = backups()
    open_app(paths, daily_backup=False).close()
    return sorted(backups() - before)


def measure_in_place(scale: int, log: Callable[[str], None] = print) -> dict[str, float]:
    """What does not rewrite the whole file, measured on the cached profile itself.

    Nothing big is copied: starts find a stand-in for today's backup; searching tidies
    the index in place (as the window does while idle; a later run finds it tidied and
    measures search as generated no more); the report goes to a temporary folder."""
    import bench_startup
    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    cached = years.build(scale, log=log)
    paths = DataPaths(cached)
    for made in _up_to_date(paths):
        log(f"  {scale} ×: migrated to this code; its backup from before is {made} "
            f"({made.stat().st_size / 2**30:.1f} GB, kept: remove it if the disk needs the room)")
    figures: dict[str, float] = {"profile size (MB)": (cached / "fieldguide.db").stat().st_size / 2**20}
    standin = _standin_backup(paths)
    try:
        _painted, _first = bench_startup._gui(str(cached))  # pages the file in, as a second start finds it
        painted, usable = zip(*(bench_startup._gui(str(cached)) for _ in range(3)), strict=True)
        figures["start: window painted (s)"] = statistics.median(painted)
        figures["start: usable window (s)"] = statistics.median(usable)
        figures["resident memory, window open (MB)"] = _peak_rss_mb(
            [*bench_startup._fieldguide(), "--smoke-test", "--data-dir", str(cached)]
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        # The smoke test gives the library 60 s; the rest is still worth measuring.
        NOTES[f"start and memory at {scale} ×"] = f"the window's smoke test failed ({error})"
    finally:
        for leftover in (standin, standin.with_name(standin.name + ".json")):
            leftover.unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # the folder, if the stand-in was all it held
            standin.parent.rmdir()
    log(f"  {scale} ×: started ({os.getloadavg()[0]:.1f} load)")
    app = open_app(paths, daily_backup=False)
    try:
        largest = years.largest_assessment(app)
        figures["open the largest assessment (s)"] = _median(lambda: _open_assessment(app, largest))
        figures["assessment list (s)"] = _timed(app.assessments.list)  # every answer into Python
        figures["library tree (s)"] = _median(lambda: _library_tree(app), runs=3)
        marker = cached / "index-tidied"
        if marker.exists():
            log(f"  {scale} ×: the index was tidied by an earlier run; search as generated not measured")
            NOTES[f"search as you type at {scale} ×"] = (
                "the cached profile's index was tidied by an earlier run, as the window tidies it while "
                "idle (building it again as generated takes most of an hour): searched as tidied"
            )
            figures.update(_tidied_search(app))
        else:
            figures.update(_search_figures(app))
            marker.write_text("the search index was merged by bench_years")
        log(f"  {scale} ×: searched ({os.getloadavg()[0]:.1f} load)")
        with tempfile.TemporaryDirectory() as tmp:
            figures["report PDF of the largest (s)"] = _timed(
                lambda: app.reports.export(largest, "pdf", Path(tmp) / "largest.pdf")
            )
        figures["change log entries"] = float(_log_entries(app))
    finally:
        app.close()
    return figures


# Budgets: (figure, size it applies to, limit, how the limit reads).
BUDGETS = [
    ("start: usable window (s)", 10, 1.0, "≤ 1 s at 10 ×"),
    ("open the largest assessment (s)", 10, 0.1, "≤ 100 ms at 10 ×"),
    ("search as you type p95 (s)", 100, 0.04, "≤ 40 ms at 100 ×"),
    ("search p95, index tidied (s)", 100, 0.04, "≤ 40 ms at 100 ×"),
    ("search p95, index tidied, CPU (s)", 100, 0.04, "≤ 40 ms at 100 ×"),
    ("sync: first full sync, new device (s)", 10, 30.0, "≤ 30 s at 10 ×"),
    ("resident memory, window open (MB)", 10, 300.0, "≤ 300 MB at 10 ×"),
    # "With progress": the bar moves at least every few seconds (on a quiet machine).
    ("backup: longest wait for the bar (s)", 10, 3.0, "≤ 3 s at 10 ×"),
    ("protect: longest wait for the bar (s)", 10, 3.0, "≤ 3 s at 10 ×"),
]


def _bare_figures() -> dict[str, float]:
    import bench_startup

    bare = statistics.median(bench_startup._bare_window() for _ in range(3))
    rss = _peak_rss_mb([sys.executable, str(bench_startup.PROBE), "bare"])
    return {"bare PySide6 window painted (s)": bare, "bare PySide6 window memory (MB)": rss}


def _cell(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def table(results: dict[int, dict[str, float]]) -> list[str]:
    sizes = sorted(results)
    names = list(dict.fromkeys(name for s in sizes for name in results[s]))
    head = f"{'':40}" + "".join(f"{f'{s} ×':>11}" for s in sizes)
    pairs = list(itertools.pairwise(sizes))
    head += "".join(f"{f'{b}×/{a}×':>10}" for a, b in pairs)
    lines = [head]
    for name in names:
        row = f"{name:40}" + "".join(f"{_cell(results[s].get(name)):>11}" for s in sizes)
        for a, b in pairs:
            x, y = results[a].get(name), results[b].get(name)
            row += f"{y / x:>10.1f}" if x and y is not None else f"{'—':>10}"
        lines.append(row)
    return lines


def main(sizes: list[int] | None = None) -> dict[int, dict[str, float]]:
    sizes = sizes or sizes_from_env()
    load_before = os.getloadavg()[0]
    baseline = _bare_figures()
    results = {scale: measure(scale) for scale in sizes}
    print("Years of a team's work (issue 21): each figure at each size, measured in this run")
    for line in table(results):
        print("  " + line)
    in_place = [s for s in results if s >= IN_PLACE_FROM]
    if in_place:
        print(f"  — at {', '.join(f'{s} ×' for s in in_place)} (measured on the cached profile, in place):")
        for name, why in NOT_IN_PLACE.items():
            print(f"    {name}: {why}")
    for name, why in NOTES.items():
        print(f"  {name}: {why}")
    print(f"  load average (1 min): {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, "
          f"on {os.cpu_count()} cores (wall-clock figures grow with it; CPU figures far less)")
    bare = baseline["bare PySide6 window painted (s)"]
    print(f"  baseline in this run: bare PySide6 window painted {bare:.3f} s, "
          f"{baseline['bare PySide6 window memory (MB)']:.0f} MB resident")
    for scale in sizes:
        usable = results[scale]["start: usable window (s)"]
        print(f"  {scale} ×: usable window = {usable / bare:.1f} × the bare window")
    for name, size, limit, words in BUDGETS:
        at = size if size in results else max(results)
        value = results[at].get(name)
        if value is None:
            why = " (see above)" if any(key.endswith(f"at {at} ×") for key in NOTES) else ""
            print(f"  budget {name} {words}: not measured at {at} ×{why}")
            continue
        verdict = "holds" if value <= limit else "BROKEN"
        note = "" if at == size else f" (measured at {at} ×: {size} × not run)"
        print(f"  budget {name} {words}: {_cell(value)} {verdict}{note}")
    return results


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or None)
