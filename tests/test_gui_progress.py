"""The window's bars for whole-file work: protect moves inside its steps; the day's backup
shows in the status bar while it is made, and closing the window stops it, losing nothing.

A profile made large with plain SQL, and the progress handler read at every call
(tests/test_security_progress.py): these tests count what the bars showed, not time.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QProgressDialog

from fieldguide.app import open_app
from fieldguide.paths import DataPaths
from fieldguide.security.cipherfile import TEMPORARY_MARK
from fieldguide.security.profile import STEP_UNITS
from tests.test_security_progress import BALLAST_ROWS, make_large, report_every_few_steps

PASSPHRASE = "quiet river copper lantern"


@pytest.fixture
def large_dir(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    report_every_few_steps(monkeypatch)
    app = open_app(DataPaths(data_dir))
    make_large(app)
    app.close()
    shutil.rmtree(DataPaths(data_dir).backups, ignore_errors=True)  # today's backup is due
    return data_dir


class _Seen(QObject):
    """What the bar showed after each report, read on the GUI thread (a queued slot)."""

    def __init__(self, bar: QProgressDialog) -> None:
        super().__init__(bar)
        self.bar = bar
        self.values: list[tuple[int, int]] = []

    @Slot(int, int)
    def seen(self, _done: int, _total: int) -> None:
        self.values.append((self.bar.value(), self.bar.maximum()))


def test_the_protect_bar_moves_before_its_first_step_ends(
    qtbot: Any, open_window: Any, large_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldguide.security.kdf import KdfParams

    real_new = KdfParams.new
    monkeypatch.setattr(
        KdfParams, "new", classmethod(lambda cls, **_kw: real_new(iterations=1, memory_kib=8 * 1024))
    )
    window = opened_after_its_backup(qtbot, open_window)
    window.commands.protect_profile.trigger()
    dialog = window.profile.protection.dialog
    dialog.form.passphrase_field.setText(PASSPHRASE)
    dialog.form.confirm_field.setText(PASSPHRASE)
    dialog.accept()
    bar = window.findChild(QProgressDialog, "protectionProgress")
    assert bar is not None and bar.isVisible()
    seen = _Seen(bar)
    bar.findChild(QObject, "protectionSteps").advanced.connect(seen.seen)
    with qtbot.waitSignal(window.profile.protection.finished, timeout=60000) as done:
        pass
    assert done.args[0] is True, done.args[1]
    window.profile.protection.message_box.accept()
    values = [value for value, _maximum in seen.values]
    total = seen.values[-1][1]
    assert total % STEP_UNITS == 0 and total >= 3 * STEP_UNITS
    # Past 0 while the backup made first (the first step) was still being written.
    assert [v for v in values if 0 < v < STEP_UNITS], values
    assert values == sorted(values) and values[-1] == total
    assert window.runner.app.profile.keys.is_protected()


def opened_after_its_backup(qtbot: Any, open_window: Any) -> Any:
    """A window, once the day's backup it makes after opening has been made."""
    window = open_window()
    qtbot.waitUntil(lambda: not window.profile.daily_backup.running, timeout=20000)
    return window


def test_the_days_backup_shows_in_the_status_bar_while_it_is_made(
    qtbot: Any, open_window: Any, large_dir: Path
) -> None:
    window = opened_after_its_backup(qtbot, open_window)
    daily = window.profile.daily_backup
    assert daily.bar is not None, "no progress was shown"
    assert daily.bar.value() > 0 and "Today's backup" in daily.bar.text()
    assert daily.bar.isHidden()  # gone once the backup is made
    made = window.runner.call(lambda app: [b.reason for b in app.backups.list()])
    assert made == ["daily"]


def test_closing_the_window_during_the_days_backup_stops_it_and_loses_nothing(
    qtbot: Any, open_window: Any, large_dir: Path
) -> None:
    window = opened_after_its_backup(qtbot, open_window)
    daily = window.profile.daily_backup
    paths = DataPaths(large_dir)
    shutil.rmtree(paths.backups)  # due again
    # The worker is busy when the window is closed; the backup is queued behind.
    gate = threading.Event()
    window.runner.run(lambda _app: gate.wait(20))
    daily.start()
    threading.Timer(0.2, gate.set).start()
    window.close()
    assert window.closed
    left = list(paths.backups.iterdir()) if paths.backups.exists() else []
    assert not [p for p in left if p.name.endswith(".db") or TEMPORARY_MARK in p.name], left
    app = open_app(paths, daily_backup=False)
    try:
        with app.db.raw() as conn:
            assert conn.execute("SELECT count(*) FROM ballast").fetchone()[0] == BALLAST_ROWS
    finally:
        app.close()


def test_locking_a_protected_profile_stops_the_days_backup_and_unlocking_makes_it(
    qtbot: Any, large_dir: Path
) -> None:
    """The key is wiped once the work queued before the lock is done: a whole copy of the profile
    must not keep it in memory. The copy is abandoned, and made after the unlock."""
    from fieldguide.ui.guarded_open import open_guarded
    from fieldguide.ui.main_window import MainWindow
    from tests.test_gui_lock import unlock_with
    from tests.test_security_progress import cheap_kdf

    paths = DataPaths(large_dir)
    app = open_app(paths, daily_backup=False)
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    app.close()
    window = MainWindow(paths)
    qtbot.addWidget(window)
    window.show()
    lock = open_guarded(window, paths)
    window.profile.attach_lock(lock)  # as the launch does
    assert lock.is_locked
    with qtbot.waitSignal(window.profile_opened, timeout=20000):
        unlock_with(qtbot, lock, PASSPHRASE)
    daily = window.profile.daily_backup
    qtbot.waitUntil(lambda: not daily.running, timeout=20000)

    def daily_backups() -> list[Path]:
        return list(paths.backups.glob("*.db")) if paths.backups.exists() else []

    shutil.rmtree(paths.backups)  # due again
    gate = threading.Event()
    window.runner.run(lambda _app: gate.wait(20))  # the worker is busy: the copy waits behind
    daily.start()
    lock.lock()
    gate.set()
    window.runner.flush()
    assert window.runner.app.db.locked
    assert not daily_backups()
    left = list(paths.backups.iterdir()) if paths.backups.exists() else []
    assert not [p for p in left if TEMPORARY_MARK in p.name], left

    with qtbot.waitSignal(lock.unlocked, timeout=10000):
        unlock_with(qtbot, lock, PASSPHRASE)
    qtbot.waitUntil(lambda: not daily.running and bool(daily_backups()), timeout=20000)
    assert window.runner.call(lambda app: [b.reason for b in app.backups.list()]) == ["daily"]
