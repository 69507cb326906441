"""Device identity: a restored backup, a copied data folder or a portable copy opened on
another computer becomes a new device by itself, so two copies never write as one.

Each case makes the copy the way a person would (a file copy, the backup command, a USB
stick carried to another computer), lets both copies edit the same note, syncs, and
checks that the team sees a conflict instead of two copies silently disagreeing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fieldguide.app import App, open_app
from fieldguide.paths import DataPaths
from fieldguide.sync import identity
from tests.test_sync_support import devices

CHECKLIST = "ssr-national-ownership-tips"


def exchange(directory: Path, source: App, target: App, name: str) -> None:
    path = directory / f"{name}.fgsync"
    if source.sync.export_file(path, everything=True).path is not None:
        target.sync.apply_file(path)


def note(app: App, assessment: str, item: str) -> str:
    return next(r.note for r in app.assessments.get(assessment).responses if r.item_id == item)


def test_reopening_the_same_profile_keeps_its_device_id(_template_profile: Path, tmp_path: Path) -> None:
    with devices(_template_profile, tmp_path, 1) as (a,):
        first = a.device_id
        root = a.paths.root
    again = open_app(DataPaths(root), install_starter=False)
    try:
        assert again.device_id == first
    finally:
        again.close()


def test_a_copied_data_folder_becomes_a_new_device_and_both_copies_keep_their_words(
    _template_profile: Path, tmp_path: Path
) -> None:
    with devices(_template_profile, tmp_path, 2) as (a, b):
        a.sync.set_device_name("Amina's laptop")
        assessment = a.assessments.create([CHECKLIST], "Bangui")
        item = a.catalog.checklist(CHECKLIST).items[0].id
        exchange(tmp_path, a, b, "start")
        a.close()
        copy_root = tmp_path / "copied-profile"
        shutil.copytree(a.paths.root, copy_root)
        original = open_app(DataPaths(a.paths.root), install_starter=False)
        copy = open_app(DataPaths(copy_root), install_starter=False)
        try:
            assert original.device_id == a.device_id
            assert copy.device_id != original.device_id
            original.assessments.answer(assessment, item, note="written on the original")
            copy.assessments.answer(assessment, item, note="written on the copy")
            exchange(tmp_path, original, b, "original")
            exchange(tmp_path, copy, b, "copy")
            conflicts = b.sync.conflicts()
            assert len(conflicts) == 1
            assert {v.value for v in conflicts[0].versions} == {
                "written on the original",
                "written on the copy",
            }
            assert {v.device_name for v in conflicts[0].versions} == {"Amina's laptop"}  # the name it had
        finally:
            original.close()
            copy.close()


@pytest.mark.parametrize("how", ["backup command", "file copy"])
def test_a_restored_backup_becomes_a_new_device_and_nothing_it_forgot_is_lost(
    _template_profile: Path, tmp_path: Path, how: str
) -> None:
    with devices(_template_profile, tmp_path, 2) as (a, b):
        assessment = a.assessments.create([CHECKLIST], "Bangui")
        item = a.catalog.checklist(CHECKLIST).items[0].id
        exchange(tmp_path, a, b, "start")
        backup = a.backups.create("manual")
        old_id = a.device_id
        a.assessments.answer(assessment, item, note="sent, then forgotten by the restore")
        exchange(tmp_path, a, b, "before-restore")  # the teammate has it
        root = a.paths.root
        if how == "backup command":
            a.backups.restore(backup.path)
            a.close()
        else:
            a.close()
            for suffix in ("-wal", "-shm"):
                Path(f"{root / 'fieldguide.db'}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(backup.path, root / "fieldguide.db")
        restored = open_app(DataPaths(root), install_starter=False)
        try:
            assert restored.device_id != old_id
            assert note(restored, assessment, item) == ""
            restored.assessments.answer(assessment, item, note="written after the restore")
            exchange(tmp_path, restored, b, "after-restore")
            conflicts = b.sync.conflicts()
            assert len(conflicts) == 1
            assert {v.value for v in conflicts[0].versions} == {
                "sent, then forgotten by the restore",
                "written after the restore",
            }
            exchange(tmp_path, b, restored, "back")
            assert len(restored.sync.conflicts()) == 1
        finally:
            restored.close()


def test_a_portable_copy_opened_on_a_second_computer_becomes_a_new_device(
    _template_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with devices(_template_profile, tmp_path, 1) as (a,):
        first = a.device_id
        root = a.paths.root
    monkeypatch.setattr(identity, "_machine", lambda: "another-computer")
    elsewhere = open_app(DataPaths(root), install_starter=False)
    try:
        assert elsewhere.device_id != first
    finally:
        elsewhere.close()
    again = open_app(DataPaths(root), install_starter=False)  # still on the second computer
    try:
        assert again.device_id == elsewhere.device_id
    finally:
        again.close()
