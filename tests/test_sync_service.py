"""Sync service: damaged, partial and foreign bundles refused whole; the folder transport."""

from __future__ import annotations

import base64
import json
import struct
import threading
import zlib
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldguide.app import App
from fieldguide.db.models import Meta
from fieldguide.sync.folder import device_dir, folder_tag, list_bundles, sync_root
from fieldguide.sync.service import SyncError
from tests.test_sync_support import database_content, devices, tag, user_data

CHECKLIST = "ssr-national-ownership-tips"


@pytest.fixture
def three(_template_profile: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    with devices(_template_profile, tmp_path, 3) as apps:
        yield apps


def some_work(app: App, title: str = "Mediation round, Lake District") -> str:
    assessment = app.assessments.create([CHECKLIST], title)
    item = app.catalog.checklist(CHECKLIST).items[0].id
    app.assessments.answer(assessment, item, status="met", note=f"Noted on {app.device_id[:8]}")
    app.assessments.add_action(assessment, "Share the minutes")
    return assessment


# --- a bundle is applied whole or not at all ------------------------------------------


def _reframe_newer(data: bytes) -> bytes:
    (size,) = struct.unpack_from(">I", data, 6)
    header = json.loads(data[14 : 14 + size])
    header["format"] += 1
    new = json.dumps(header).encode()
    prefix = data[:6] + struct.pack(">I", len(new))
    return (
        prefix
        + struct.pack(">I", zlib.crc32(prefix))
        + new
        + struct.pack(">I", zlib.crc32(new))
        + data[18 + size :]
    )


def test_flipped_truncated_wrong_key_and_newer_bundles_change_nothing(
    three: list[App], tmp_path: Path, _template_profile: Path
) -> None:
    a, b, _c = three
    some_work(b)  # B has data of its own that must stay exactly as it is
    some_work(a)
    good = a.sync.export_file(tmp_path / "good.fgsync").path
    assert good is not None
    data = good.read_bytes()

    variants: list[tuple[str, bytes, str]] = []
    for position in (3, 20, len(data) // 2, len(data) - 1):
        flipped = bytearray(data)
        flipped[position] ^= 0x01
        # A flip in the magic bytes makes it no bundle at all; anywhere else, a damaged one.
        message = "not a Field Guide sync bundle" if position < 6 else "damaged or altered"
        variants.append((f"flipped-{position}", bytes(flipped), message))
    for length in (0, 10, len(data) // 2, len(data) - 1):
        variants.append((f"truncated-{length}", data[:length], "incomplete: it may still be copying"))
    variants.append(("newer", _reframe_newer(data), "newer version of Field Guide; update"))
    variants.append(("foreign", b"%PDF-1.7\n" + data, "not a Field Guide sync bundle"))

    before = database_content(b)
    for name, content, message in variants:
        path = tmp_path / f"{name}.fgsync"
        path.write_bytes(content)
        with pytest.raises(SyncError) as caught:
            b.sync.apply_file(path)
        text = str(caught.value)
        assert message in text and text.startswith(path.name) and "\n" not in text, name
        assert database_content(b) == before, name

    # A device of another team: refused, nothing changed.
    with devices(_template_profile, tmp_path / "other-team", 1) as (outsider,):
        before_outsider = database_content(outsider)
        with pytest.raises(SyncError, match="made with another team key"):
            outsider.sync.apply_file(good)
        assert database_content(outsider) == before_outsider

    # The intact bundle still applies.
    assert b.sync.apply_file(good).new > 0


def test_without_a_team_key_nothing_is_sent_or_applied(_template_profile: Path, tmp_path: Path) -> None:
    with devices(_template_profile, tmp_path, 1, key=False) as (app,):
        some_work(app)
        with pytest.raises(SyncError, match="not in a team yet"):
            app.sync.export_file(tmp_path / "x.fgsync")
        assert not (tmp_path / "x.fgsync").exists()
        with pytest.raises(SyncError, match="not in a team yet"):
            app.sync.sync_folder(tmp_path)


def test_the_team_keys_are_kept_inside_the_profile_database(three: list[App], tmp_path: Path) -> None:
    a = three[0]
    key = a.sync.writing_key()
    assert key is not None and key.key_id == a.sync.status().team_key
    with a.db.read() as session:
        stored = session.scalars(select(Meta.value).where(Meta.key.startswith("sync.epoch."))).all()
    assert len(stored) == 1 and json.loads(stored[0])[1] == base64.b64encode(key.secret).decode()
    # No file beside the database holds it (a protected profile encrypts the database).
    others = [p for p in a.paths.root.rglob("*") if p.is_file() and not p.name.startswith("fieldguide.db")]
    assert all(key.secret not in p.read_bytes() and stored[0].encode() not in p.read_bytes() for p in others)


def test_team_keys_only_enter_an_unprotected_profile_when_the_person_says_so(
    _template_profile: Path, tmp_path: Path
) -> None:
    with devices(_template_profile, tmp_path, 2, key=False) as (a, b):
        before = database_content(a)
        with pytest.raises(SyncError, match="not protected by a passphrase") as caught:
            a.sync.create_team("Mission Alpha")
        assert "\n" not in str(caught.value) and "--unprotected" in str(caught.value)
        assert database_content(a) == before and not a.sync.in_team()
        a.sync.create_team("Mission Alpha", unprotected=True)
        invitation = a.sync.invitation()
        with pytest.raises(SyncError, match="not protected by a passphrase"):
            b.sync.join_request(invitation)
        request, code, team = b.sync.join_request(invitation, unprotected=True)
        answer = a.sync.admit(request, code)
        assert team == "Mission Alpha" and b.sync.roster() is None
        b.sync.accept(answer, unprotected=True)
        assert b.sync.writing_key() == a.sync.writing_key()


def test_export_sends_what_the_team_has_not_acknowledged(three: list[App], tmp_path: Path) -> None:
    a, b, c = three
    some_work(a)
    pending = a.sync.status().pending_changes
    assert pending > 0
    first = a.sync.export_file(tmp_path / "1.fgsync")
    assert first.changes == pending and a.sync.status().pending_changes == 0
    # Nobody has confirmed anything yet: the next bundle carries everything again.
    assert a.sync.export_file(tmp_path / "2.fgsync").changes == first.changes
    b.sync.apply_file(tmp_path / "1.fgsync")
    a.sync.apply_file(b.sync.export_file(tmp_path / "b.fgsync", everything=True).path)  # B's acknowledgement
    assert a.sync.acknowledged_by(b.device_id) > 0
    assert a.sync.export_file(tmp_path / "3.fgsync").path is None
    assert not (tmp_path / "3.fgsync").exists()
    a.assessments.create([CHECKLIST], "Second assessment")
    second = a.sync.export_file(tmp_path / "4.fgsync")
    assert 0 < second.changes < first.changes
    # Hand-carried to C, who was never heard from: --for C sends everything C lacks.
    for_c = a.sync.export_file(tmp_path / "5.fgsync", for_device=c.device_id)
    assert for_c.changes == first.changes + second.changes
    c.sync.apply_file(tmp_path / "5.fgsync")
    assert user_data(c)["assessment"] == user_data(a)["assessment"]


# --- the folder transport ----------------------------------------------------------------


def test_three_devices_meet_in_one_folder(three: list[App], tmp_path: Path) -> None:
    a, b, c = three
    shared = tmp_path / "usb"
    shared.mkdir()
    for app in three:
        some_work(app, f"Assessment by {app.device_id[:8]}")

    waiting = b.sync.sync_folder(shared)  # no teammate's bundle here yet: B writes nothing
    assert waiting.waiting and waiting.written == [] and not sync_root(shared).exists()
    first = a.sync.sync_folder(shared, first=True)
    assert first.received == 0 and first.sent > 0 and len(first.written) == 1
    second = b.sync.sync_folder(shared)
    assert second.devices == {a.device_id} and second.received == first.sent
    third = c.sync.sync_folder(shared)
    assert third.devices == {a.device_id, b.device_id}
    a.sync.sync_folder(shared)
    b.sync.sync_folder(shared)
    assert user_data(a) == user_data(b) == user_data(c)
    assert len(a.assessments.list()) == 3

    # Each device wrote only into its own subfolder, whole files only.
    for bundle in list_bundles(shared)[0]:
        assert bundle.path.parent == device_dir(shared, bundle.device)
    # Its folder is named for the team and the device, with no device id in plain sight.
    team = a.sync.roster().team  # type: ignore[union-attr]
    tags = sorted(folder_tag(team, app.device_id) for app in three)
    assert sorted(p.name for p in sync_root(shared).iterdir()) == tags
    assert not any(app.device_id in str(p) for app in three for p in sync_root(shared).rglob("*"))
    assert not [p for p in shared.rglob(".*")]
    # Nothing new: the relayed bundles bring nothing C lacks, and C has nothing to send.
    quiet = c.sync.sync_folder(shared)
    assert quiet.written == [] and quiet.received == 0 and quiet.devices == set()
    assert a.sync.status().folder == str(shared.resolve())


def test_a_partly_copied_bundle_is_retried_and_a_damaged_one_is_reported(
    three: list[App], tmp_path: Path
) -> None:
    a, b, c = three
    shared = tmp_path / "share"
    shared.mkdir()
    some_work(a)
    some_work(c)
    a.sync.sync_folder(shared, first=True)
    (bundle,) = list_bundles(shared)[0]
    whole = bundle.path.read_bytes()
    bundle.path.write_bytes(whole[: len(whole) // 3])  # a sync tool still copying it in

    # C's bundle arrives flipped; and the usual clutter of shared folders lies around.
    c.sync.sync_folder(shared, first=True)
    (c_bundle,) = [x for x in list_bundles(shared)[0] if x.device == tag(c)]
    damaged = bytearray(c_bundle.path.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    c_bundle.path.write_bytes(bytes(damaged))
    (sync_root(shared) / "desktop.ini").write_text("[.ShellClassInfo]")
    (device_dir(shared, tag(a)) / f".{bundle.path.name}.abc.tmp").write_bytes(whole[:10])
    (device_dir(shared, tag(a)) / "notes.txt").write_text("not a bundle")

    before = user_data(b)
    result = b.sync.sync_folder(shared)
    assert result.bundles == 0 and result.received == 0
    reasons = {s.file: (s.retry, s.reason) for s in result.skipped}
    assert reasons[bundle.path.name][0] is True and "still be copying" in reasons[bundle.path.name][1]
    assert reasons[c_bundle.path.name][0] is False and "damaged" in reasons[c_bundle.path.name][1]
    assert len(reasons) == 2
    assert {k: v for k, v in user_data(b).items() if k != "conflict"} == {
        k: v for k, v in before.items() if k != "conflict"
    }

    bundle.path.write_bytes(whole)  # the copy finished
    again = b.sync.sync_folder(shared)
    assert again.bundles == 1 and again.devices == {a.device_id}
    assert [s.file for s in again.skipped] == [c_bundle.path.name]


def test_two_devices_syncing_the_same_folder_at_once(three: list[App], tmp_path: Path) -> None:
    a, b, _ = three
    shared = tmp_path / "share"
    shared.mkdir()
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def work(app: App) -> None:
        try:
            start.wait()
            for round_number in range(4):
                some_work(app, f"Round {round_number} on {app.device_id[:8]}")
                app.sync.sync_folder(shared, first=app is a)
        except BaseException as error:  # reported to the test thread below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(app,)) for app in (a, b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    for _ in range(2):
        a.sync.sync_folder(shared)
        b.sync.sync_folder(shared)
    assert user_data(a) == user_data(b)
    assert len(a.assessments.list()) == 8
    for bundle in list_bundles(shared)[0]:
        assert bundle.device in (tag(a), tag(b))
    assert not [p for p in shared.rglob("*") if p.name.startswith(".")]


def test_a_bundle_removed_from_the_folder_is_written_again(three: list[App], tmp_path: Path) -> None:
    a, _, c = three
    shared = tmp_path / "share"
    shared.mkdir()
    some_work(a)
    a.sync.sync_folder(shared, first=True)
    for bundle in list_bundles(shared)[0]:
        bundle.path.unlink()  # someone tidied the stick
    assert a.sync.status().pending_changes == 0
    again = a.sync.sync_folder(shared)
    assert again.sent > 0
    c.sync.sync_folder(shared)
    assert user_data(c) == user_data(a)


def test_a_missing_folder_is_one_clear_error(three: list[App], tmp_path: Path) -> None:
    with pytest.raises(SyncError, match="sync folder not found"):
        three[0].sync.sync_folder(tmp_path / "unplugged")


def test_a_large_backlog_is_written_as_several_bundles(
    three: list[App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldguide.sync import folder_sync

    a, b, _ = three
    monkeypatch.setattr(folder_sync, "FOLDER_BUNDLE_CHANGES", 7)
    shared = tmp_path / "share"
    shared.mkdir()
    some_work(a)
    result = a.sync.sync_folder(shared, first=True)
    assert len(result.written) > 1
    assert b.sync.sync_folder(shared).bundles == len(result.written)
    assert user_data(b) == user_data(a)
