"""The shared folder, hardened: whatever else lies in it, each problem is said once, in
words, and the sync goes on; a device writes nothing until it knows it is with its team.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from fieldguide.app import App
from fieldguide.sync import folder as layout
from fieldguide.sync.service import SyncError
from tests.conftest import run_cli
from tests.test_sync_support import devices, tag, user_data

CHECKLIST = "ssr-national-ownership-tips"
posix_only = pytest.mark.skipif(os.name != "posix", reason="links and FIFOs as POSIX makes them")


@pytest.fixture
def two(_template_profile: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    with devices(_template_profile, tmp_path, 2) as apps:
        yield apps


@pytest.fixture
def shared(two: list[App], tmp_path: Path) -> Path:
    """A folder where A has written its bundle."""
    a, _b = two
    folder = tmp_path / "usb"
    folder.mkdir()
    a.assessments.create([CHECKLIST], "Bangui")
    a.sync.sync_folder(folder, first=True)
    return folder


def a_bundle_name(number: int = 0) -> str:
    return layout.bundle_name(f"0f8fad5b-d9cb-469f-a165-7086772895{number:02d}")


def test_a_device_writes_nothing_until_it_opened_a_teammates_bundle_or_is_told_it_is_first(
    two: list[App], tmp_path: Path
) -> None:
    a, b = two
    folder = tmp_path / "usb"
    folder.mkdir()
    b.assessments.create([CHECKLIST], "Written by B")
    waiting = b.sync.sync_folder(folder)
    assert waiting.waiting and waiting.written == [] and list(folder.iterdir()) == []
    a.assessments.create([CHECKLIST], "Written by A")
    first = a.sync.sync_folder(folder, first=True)
    assert not first.waiting and len(first.written) == 1
    assert a.sync.sync_folder(folder).waiting is False  # remembered
    second = b.sync.sync_folder(folder)
    assert not second.waiting and len(second.written) == 1 and second.received > 0


def test_bundles_made_with_another_team_key_are_the_headline_and_nothing_is_written(
    _template_profile: Path, shared: Path, tmp_path: Path
) -> None:
    with devices(_template_profile, tmp_path / "other-team", 1) as (outsider,):
        outsider.assessments.create([CHECKLIST], "Another team's work")
        result = outsider.sync.sync_folder(shared)
        assert result.wrong_key == 1 and result.waiting and result.written == []
        out = run_cli("sync", "folder", shared, data_dir=outsider.paths.root)
    assert out.returncode == 0
    assert out.stdout.splitlines()[0] == (
        "1 bundle made with another team's key — this device is not in that team, or was removed from it"
    )


@posix_only
def test_links_loops_fifos_and_huge_files_are_skipped_with_one_line_each(
    two: list[App], shared: Path
) -> None:
    a, b = two
    root = layout.sync_root(shared)
    mine = layout.device_dir(shared, tag(a))
    outside = shared.parent / "outside"
    outside.mkdir()
    (outside / a_bundle_name()).write_bytes(next(mine.iterdir()).read_bytes())
    # A link loop, a device folder that is a link out of the share, a link to a bundle
    # outside it, a FIFO and a 3 GB sparse file, each named like what we read.
    os.symlink("loop", root / "loop")
    os.symlink(outside, root / "linked-device")
    os.symlink(outside / a_bundle_name(), mine / a_bundle_name(1))
    os.mkfifo(mine / a_bundle_name(2))
    with open(mine / a_bundle_name(3), "wb") as huge:
        huge.truncate(3 * 1024**3)
    result = b.sync.sync_folder(shared)
    assert result.bundles == 1 and result.received > 0  # the real bundle went through
    reasons = [f"{s.file}: {s.reason}" for s in result.skipped]
    assert len(reasons) == 5, reasons
    assert sum("a link: links are never followed" in r for r in reasons) == 3
    assert any("not a regular file" in r for r in reasons)
    assert any("3072 MB" in r for r in reasons)
    # Nothing was written through a link: B's own folder is a real one inside the share.
    assert list(outside.iterdir()) == [outside / a_bundle_name()]
    assert layout.device_dir(shared, tag(b)).is_dir()
    assert not layout.device_dir(shared, tag(b)).is_symlink()
    out = run_cli("sync", "folder", shared, data_dir=b.paths.root)
    assert out.returncode == 0 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 5


@posix_only
def test_a_sync_folder_whose_layout_is_a_link_is_neither_read_nor_written(
    two: list[App], tmp_path: Path
) -> None:
    a, _b = two
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    folder = tmp_path / "usb"
    folder.mkdir()
    os.symlink(elsewhere, folder / "fieldguide-sync")
    a.assessments.create([CHECKLIST], "Bangui")
    with pytest.raises(SyncError, match="link"):
        a.sync.sync_folder(folder, first=True)
    assert list(elsewhere.iterdir()) == []


@posix_only
def test_bundle_file_names_that_are_not_utf8_are_read_or_reported_never_a_crash(
    two: list[App], shared: Path, tmp_path: Path
) -> None:
    a, b = two
    (bundle,) = layout.list_bundles(shared)[0]
    strange = os.fsencode(tmp_path) + b"/caf\xe9-\xff.fgsync"
    with open(strange, "wb") as out:
        out.write(bundle.path.read_bytes())
    result = run_cli("sync", "apply", os.fsdecode(strange), data_dir=b.paths.root)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert user_data(b)["assessment"] == user_data(a)["assessment"]
    device = os.fsencode(layout.device_dir(shared, tag(a)))
    with open(device + b"/\xff\xfe.fgsync", "wb") as out:
        out.write(b"junk")
    again = b.sync.sync_folder(shared)
    assert [s.reason for s in again.skipped] == ["not a bundle name: ignored"]


def test_a_full_disk_is_reported_as_a_full_disk(
    two: list[App], shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldguide.sync import merge

    _a, b = two

    from sqlalchemy.exc import OperationalError

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(merge, "merge_checked", full_disk)
    before = user_data(b)
    with pytest.raises(SyncError, match="the disk is full") as caught:
        b.sync.sync_folder(shared)
    assert caught.value.kind == "full"
    assert user_data(b) == before


def test_a_large_bundle_moves_the_progress_bar_while_it_is_applied(
    two: list[App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first full sync is one large bundle: the bar must move during it, not only between bundles."""
    from fieldguide.sync import merge

    monkeypatch.setattr(merge, "_REPORT_EVERY", 4)  # this test's bundle stands for a year's
    a, b = two
    folder = tmp_path / "usb"
    folder.mkdir()
    for place in ("Bangui", "Bamako", "Goma"):
        a.assessments.create([CHECKLIST], place)
    a.sync.sync_folder(folder, first=True)
    steps: list[tuple[int, int]] = []
    result = b.sync.sync_folder(folder, lambda done, total, message: steps.append((done, total)))
    assert result.bundles == 1 and result.received > 30
    totals = {total for _done, total in steps}
    done = [d for d, _total in steps]
    assert len(totals) == 1 and done == sorted(done) and done[-1] == totals.pop()
    writing = done[-2]  # the last step before "done": writing this device's changes
    assert len({d for d in done if 0 < d < writing}) >= 5, steps
