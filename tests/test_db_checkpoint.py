"""A received bundle's commit leaves copying the WAL into the file to a thread of its own.

A first full sync commits gigabytes at 10 × a team's year; SQLite's automatic checkpoint
at that commit made the person wait for the disk after the work was committed and shown
(``Database.write(checkpoint_later=True)``). The copy still happens, just after, off the
applying thread; every connection checkpoints automatically again afterwards; and the
profile's lock or close waits for a copy under way before the key is wiped.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from fieldguide.db.engine import Database
from tests.test_sync_support import devices, exported


def test_a_received_bundle_is_copied_into_the_file_after_its_commit_off_the_applying_thread(
    _template_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with devices(_template_profile, tmp_path, 2) as (amina, newcomer):
        created = amina.assessments.create(["ssr-national-ownership-tips"], "Vetting commission")
        bundle = exported(amina, tmp_path / "all.fgsync", everything=True)
        copied_on: list[str] = []
        checkpoint = Database._checkpoint

        def spied(db: Database) -> None:
            checkpoint(db)
            copied_on.append(threading.current_thread().name)

        monkeypatch.setattr(Database, "_checkpoint", spied)
        result = newcomer.sync.apply_file(bundle)
        assert result.new and newcomer.assessments.get(created).title == "Vetting commission"
        newcomer.db.settle()
        assert copied_on and copied_on[0] != threading.current_thread().name
        with newcomer.db.raw() as conn:
            busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert (busy, frames) == (0, copied)  # nothing left in the WAL but what is in the file
        # Every pooled connection (four; the pool hands them in turn) checkpoints by itself again.
        settings: list[Any] = []
        for _ in range(6):
            with newcomer.db.write() as session:
                settings.append(session.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar())
        assert set(settings) == {1000}


def held_checkpoints(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, list[bool]]:
    """Checkpoints after commits (``Database._checkpoint``) that can end only once someone
    waits for them (``Database.settle``): whatever must wait for one sees it ended, and
    whatever does not wait sees it still running, whatever the threads' timing. Returns
    the event that lets them end (set it when the test is done) and one ``True`` per
    checkpoint ended."""
    from fieldguide.db import engine

    release = threading.Event()
    ended: list[bool] = []

    class Copier(threading.Thread):
        def join(self, timeout: float | None = None) -> None:
            release.set()
            super().join(timeout)

    def held(db: Database) -> None:
        release.wait()
        ended.append(True)

    monkeypatch.setattr(engine.threading, "Thread", Copier)
    monkeypatch.setattr(Database, "_checkpoint", held)
    return release, ended


def test_locking_the_profile_waits_for_a_copy_under_way(
    _template_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldguide.db import engine

    release, finished = held_checkpoints(monkeypatch)
    at_wipe: list[list[bool]] = []
    wipe = engine.wipe
    monkeypatch.setattr(engine, "wipe", lambda key: (at_wipe.append(list(finished)), wipe(key)))
    with devices(_template_profile, tmp_path, 1, key=False) as (amina,):
        with amina.db.write(checkpoint_later=True) as session:
            session.connection().exec_driver_sql("SELECT 1")
        try:
            amina.db.lock()
        finally:
            release.set()
        assert at_wipe == [[True]]  # the key was wiped after the copy ended, not during it
