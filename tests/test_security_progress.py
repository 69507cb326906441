"""Progress inside each whole-file step: protect, change of passphrase, removal, backup, restore.

The profile is made large with plain SQL (a table of random bytes: thousands of pages
for VACUUM INTO, sqlcipher_export and the integrity checks to walk), and the progress
handler is called every few virtual-machine steps and read every time
(`security.progress`: OPCODES, CADENCE_S), so these tests count reports, never time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldguide.app import App, open_app
from fieldguide.paths import DataPaths
from fieldguide.security import progress as progress_module
from fieldguide.security.cipherfile import TEMPORARY_MARK
from fieldguide.security.kdf import KdfParams
from fieldguide.security.profile import STEP_UNITS
from fieldguide.security.progress import Meter, Stopped

PASSPHRASE = "correct horse battery staple"
# ~12 MB, three thousand pages: more than SQLite's page cache (8 MB), so the copies reach the disk
# as they are written, not all at their commit.
BALLAST_ROWS = 12_000


def cheap_kdf() -> KdfParams:
    return KdfParams.new(iterations=1, memory_kib=8 * 1024)


def make_large(app: App) -> None:
    with app.db.raw() as conn:
        conn.execute("CREATE TABLE ballast (id INTEGER PRIMARY KEY, body BLOB)")
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
            " INSERT INTO ballast(body) SELECT randomblob(1000) FROM n",
            (BALLAST_ROWS,),
        )


def report_every_few_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """The progress handler called every 200 virtual-machine steps, reporting each time."""
    monkeypatch.setattr(progress_module, "CADENCE_S", 0.0)
    monkeypatch.setattr(progress_module, "OPCODES", 200)
    monkeypatch.setattr(progress_module, "CHECK_OPCODES", 200)
    monkeypatch.setattr(progress_module, "FLUSH_BYTES", 2**20)  # flushed as it is written, too


@pytest.fixture
def large(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    report_every_few_steps(monkeypatch)
    app = open_app(DataPaths(data_dir))
    make_large(app)
    yield app
    app.close()


def inside(reports: list[tuple[int, int]], step: int) -> list[int]:
    """The values shown strictly inside whole-file step `step` (0: the backup made first)."""
    low, high = step * STEP_UNITS, (step + 1) * STEP_UNITS
    return [done for done, _total in reports if low < done < high]


def assert_forward_to_the_end(reports: list[tuple[int, int]]) -> int:
    total = reports[0][1]
    assert reports[0] == (0, total) and reports[-1] == (total, total)
    assert {t for _d, t in reports} == {total}
    shown = [done for done, _total in reports]
    assert shown == sorted(set(shown))
    return total


def test_protect_moves_the_bar_inside_every_step_forward_to_the_end(large: App) -> None:
    large.backups.create("manual")
    plain = len(large.backups.list())
    reports: list[tuple[int, int]] = []
    large.profile.protect(PASSPHRASE, params=cheap_kdf(), progress=lambda d, t: reports.append((d, t)))
    total = assert_forward_to_the_end(reports)
    # The backup first, the profile, then every backup re-keyed (the new one too).
    assert total == (2 + plain + 1) * STEP_UNITS
    for step in range(total // STEP_UNITS):
        assert len(inside(reports, step)) >= 3, (step, reports)
    assert all(b.encrypted for b in large.backups.list())
    assert large.db.encrypted


def test_changing_and_removing_the_passphrase_move_inside_every_step(large: App) -> None:
    large.profile.protect(PASSPHRASE, params=cheap_kdf())
    reports: list[tuple[int, int]] = []
    large.profile.change_passphrase(
        PASSPHRASE, PASSPHRASE + " two", params=cheap_kdf(), progress=lambda d, t: reports.append((d, t))
    )
    total = assert_forward_to_the_end(reports)
    for step in range(total // STEP_UNITS):
        assert len(inside(reports, step)) >= 3, (step, reports)
    reports.clear()
    large.profile.unprotect(PASSPHRASE + " two", progress=lambda d, t: reports.append((d, t)))
    total = assert_forward_to_the_end(reports)
    for step in range(total // STEP_UNITS):
        assert len(inside(reports, step)) >= 3, (step, reports)
    assert not large.db.encrypted
    with large.db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM ballast").fetchone()[0] == BALLAST_ROWS


def test_a_backup_reports_as_it_is_written_and_ends_at_the_whole(large: App) -> None:
    fractions: list[float] = []
    backup = large.backups.create("manual", meter=Meter(fractions.append))
    assert len([f for f in fractions if 0 < f < 1]) >= 5, fractions
    assert fractions == sorted(set(fractions)) and fractions[-1] == 1.0
    assert backup.path.exists()


def test_a_restore_reports_through_each_of_its_parts(large: App) -> None:
    made = large.backups.create("manual")
    fractions: list[float] = []
    large.backups.restore(made.path, meter=Meter(fractions.append))
    assert fractions == sorted(set(fractions)) and fractions[-1] == 1.0
    # Checking the backup, backing up the profile, writing the copy, checking it: each moves.
    for low, high in ((0.0, 0.3), (0.3, 0.45), (0.45, 0.65), (0.65, 1.0)):
        assert len([f for f in fractions if low < f < high]) >= 2, (low, high, fractions)


def test_a_backup_stopped_midway_leaves_nothing_behind(large: App) -> None:
    before = [b.path for b in large.backups.list()]
    stop = threading.Event()
    fractions: list[float] = []

    def report(fraction: float) -> None:
        fractions.append(fraction)
        if len(fractions) == 2:
            stop.set()  # as the window does when it is closed during the backup

    with pytest.raises(Stopped):
        large.backups.create("daily", meter=Meter(report, stop=stop))
    assert 0 < fractions[-1] < 1
    assert [b.path for b in large.backups.list()] == before
    assert not [p for p in large.paths.backups.iterdir() if TEMPORARY_MARK in p.name]
    # The profile is untouched and usable; the day's backup is simply still due.
    with large.db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM ballast").fetchone()[0] == BALLAST_ROWS
    assert large.backups.daily_or_note(Meter(stop=stop)) is None
    assert large.backups.last_error is None
    assert large.backups.create("manual").path.exists()
