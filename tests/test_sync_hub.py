"""The hub transport, from the client's side, against a faithful stand-in of the hub.

What a user sees: three laptops converge through the hub (conflicts as with a folder);
a bundle already applied from a folder is neither downloaded nor counted again; a link
that drops mid-download resumes from where it stopped; a push whose answer was lost is
repeated and the hub holds it once; a hub that does not answer ends the run with one
line, and the next run continues. The same behaviour against the real hub and
PostgreSQL is in tests/test_hub_client_e2e.py.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldguide.app import App
from fieldguide.sync import hub_run
from fieldguide.sync.exchange import SyncError
from fieldguide.sync.hub_http import HubError, HubUnreachable, normalise_url
from tests.conftest import run_cli
from tests.hub_fake import FakeHub, running_fake_hub
from tests.test_sync_support import database_content, devices, user_data

CHECKLIST = "ssr-national-ownership-tips"


@pytest.fixture
def hub() -> Iterator[FakeHub]:
    with running_fake_hub() as fake:
        yield fake


@pytest.fixture
def three(_template_profile: Path, tmp_path: Path) -> Iterator[list[App]]:
    with devices(_template_profile, tmp_path, 3) as apps:
        for app, name in zip(apps, ("Amina's laptop", "Bruno's laptop", "Chloé's laptop"), strict=True):
            app.sync.set_device_name(name)
        yield apps


def access(app: App) -> Any:
    return lambda step: step(app.hub)


def enrol(app: App, hub: FakeHub) -> None:
    code = hub.issue_code(app.hub.team_id())
    hub_run.enrol(access(app), hub.url, code, backoff=0.01)


def sync(app: App, patience: float = 20.0) -> Any:
    return hub_run.sync_hub(access(app), patience=patience, backoff=0.01)


def item_of(app: App) -> str:
    return app.catalog.checklist(CHECKLIST).items[0].id


def note_on(app: App, assessment: str, item: str) -> str | None:
    return next(r for r in app.assessments.get(assessment).responses if r.item_id == item).note


def test_three_laptops_converge_through_the_hub_with_conflicts_as_with_a_folder(
    three: list[App], hub: FakeHub
) -> None:
    a, b, c = three
    for app in three:
        enrol(app, hub)
    assessment = a.assessments.create([CHECKLIST], "Security sector review, Province North")
    item = item_of(a)
    first = sync(a)
    assert first.sent > 0 and first.pushed == 1
    for app in (b, c):
        got = sync(app)
        assert got.bundles == 1 and got.received > 0 and got.devices == {a.device_id}
    # Each laptop changes something; B and C change the same note without seeing each other.
    a.assessments.answer(assessment, item, status="met")
    b.assessments.answer(assessment, item, note="Ministry met on Monday")
    c.assessments.answer(assessment, item, note="Ministry met on Tuesday")
    b.annotations.save_note(
        "section", "ssr-national-ownership/principles", "Bruno: follow up with the governor"
    )
    for _round in range(2):
        for app in three:
            sync(app)
    assert user_data(a) == user_data(b) == user_data(c)
    for app in three:
        conflicts = app.sync.conflicts()
        assert len(conflicts) == 1
        assert {v.value for v in conflicts[0].versions} == {
            "Ministry met on Monday",
            "Ministry met on Tuesday",
        }
    assert [n.body for n in c.annotations.notes_on("section", "ssr-national-ownership/principles")] == [
        "Bruno: follow up with the governor"
    ]
    # The resolution closes it everywhere, through the hub.
    b.sync.resolve(b.sync.conflicts()[0].id, "theirs")
    for app in (b, a, c):
        sync(app)
    for app in three:
        assert app.sync.conflicts() == []
        assert note_on(app, assessment, item) == "Ministry met on Tuesday"
    # Nothing new: a sync sends and receives nothing, and the hub got nothing more.
    count = len(hub.stored(a.hub.team_id()))
    quiet = sync(a)
    assert (quiet.sent, quiet.pushed, quiet.received, quiet.bundles) == (0, 0, 0, 0)
    assert len(hub.stored(a.hub.team_id())) == count
    assert hub.acks[a.device_id] == quiet.cursor == count


def test_a_bundle_received_by_folder_and_again_by_hub_changes_nothing_and_counts_once(
    three: list[App], hub: FakeHub, tmp_path: Path
) -> None:
    a, b, _c = three
    usb = tmp_path / "usb"
    usb.mkdir()
    enrol(a, hub)
    enrol(b, hub)
    assessment = a.assessments.create([CHECKLIST], "Review by A")
    # A syncs with both: its changes go to the stick (one bundle) and to the hub.
    a.sync.sync_folder(usb, first=True)
    sync(a)
    by_folder = b.sync.sync_folder(usb)
    assert by_folder.bundles == 1 and by_folder.received > 0
    before = database_content(b)
    by_hub = sync(b)
    # The hub's copy carries the same changes as another bundle: applied, but nothing new.
    assert by_hub.received == 0 and by_hub.conflicts == []
    after = database_content(b)
    assert {t: r for t, r in after.items() if t not in ("sync_received", "meta", "sync_sent")} == {
        t: r for t, r in before.items() if t not in ("sync_received", "meta", "sync_sent")
    }
    assert b.assessments.get(assessment).title == "Review by A"
    # And the very same bundle, carried both ways, is neither downloaded nor applied twice.
    a.assessments.answer(assessment, item_of(a), note="carried both ways")
    bundle = a.sync.export_file(tmp_path / "one.fgsync")
    assert bundle.bundle_id is not None
    b.sync.apply_file(tmp_path / "one.fgsync")
    hub.bundles.setdefault(a.hub.team_id(), [])
    from tests.hub_fake import Stored

    stored = hub.bundles[a.hub.team_id()]
    stored.append(
        Stored(stored[-1].cursor + 1, bundle.bundle_id, a.device_id, (tmp_path / "one.fgsync").read_bytes())
    )
    downloads = sum(1 for method, path, _r in hub.log if method == "GET" and bundle.bundle_id in path)
    before = database_content(b)
    again = sync(b)
    assert again.bundles == 0 and again.received == 0 and again.already >= 1
    assert sum(1 for method, path, _r in hub.log if method == "GET" and bundle.bundle_id in path) == downloads
    # (B may relay what it received by folder to the hub: that is a bundle of its own.)
    assert {t: r for t, r in database_content(b).items() if t not in ("meta", "sync_sent")} == {
        t: r for t, r in before.items() if t not in ("meta", "sync_sent")
    }


def long_review_on_the_hub(a: App, b: App, hub: FakeHub) -> tuple[str, int]:
    """A and B enrolled; A's long review (incompressible notes) on the hub as one bundle of ``size`` bytes."""
    enrol(a, hub)
    enrol(b, hub)
    assessment = a.assessments.create([CHECKLIST], "Long review")
    for index, item in enumerate(a.catalog.checklist(CHECKLIST).items):
        a.assessments.answer(assessment, item.id, note=f"Observation {index}: {os.urandom(600).hex()}")
    sync(a)
    size = len(hub.stored(a.hub.team_id())[0].data)
    assert size > 20_000
    return assessment, size


def test_a_download_cut_mid_way_resumes_where_it_stopped(three: list[App], hub: FakeHub) -> None:
    a, b, _c = three
    assessment, size = long_review_on_the_hub(a, b, hub)
    hub.cut_downloads_after = size // 3
    hub.cuts = 2  # the link drops twice
    result = sync(b)
    assert result.bundles == 1 and b.assessments.get(assessment).title == "Long review"
    ranges = [r for method, path, r in hub.log if method == "GET" and "/bundles/" in path]
    assert ranges == ["", f"bytes={size // 3}-", f"bytes={2 * (size // 3)}-"]
    assert user_data(a) == user_data(b)
    assert list(b.hub.incoming_dir(b.hub.current()).iterdir()) == []  # type: ignore[arg-type]


def test_a_download_cut_when_the_run_gives_up_continues_in_the_next_run(
    three: list[App], hub: FakeHub
) -> None:
    a, b, _c = three
    _assessment, size = long_review_on_the_hub(a, b, hub)
    hub.cut_downloads_after = size // 2
    hub.cuts = 1
    hub.down_after_cut = True  # the link is gone for the rest of this run
    with pytest.raises(HubUnreachable) as stopped:
        sync(b, patience=0.3)
    assert "did not answer" in str(stopped.value) and "\n" not in str(stopped.value)
    hub.down = False
    result = sync(b)
    assert result.bundles == 1
    ranges = [r for method, path, r in hub.log if method == "GET" and "/bundles/" in path]
    assert ranges[-1] == f"bytes={size // 2}-"
    assert user_data(a) == user_data(b)


def test_a_push_whose_answer_was_lost_is_repeated_and_stored_once(three: list[App], hub: FakeHub) -> None:
    a, b, _c = three
    enrol(a, hub)
    enrol(b, hub)
    a.assessments.create([CHECKLIST], "Pushed once")
    hub.lose_push_answers = 1  # the hub commits, then restarts before it answers
    hub.busy = 1  # and is busy once when the client comes back
    result = sync(a)
    team = a.hub.team_id()
    assert result.pushed == 1 and len(hub.stored(team)) == 1
    puts = [path for method, path, _r in hub.log if method == "PUT" and "/bundles/" in path]  # not the roster
    assert len(puts) == 3 and len(set(puts)) == 1  # the same bundle id each time
    assert list(a.hub.outbox_dir(a.hub.current()).iterdir()) == []  # type: ignore[arg-type]
    again = sync(a)
    assert again.pushed == 0 and len(hub.stored(team)) == 1
    assert sync(b).bundles == 1 and user_data(a) == user_data(b)


def test_a_hub_that_never_answers_ends_the_run_in_one_line_and_the_next_run_sends_the_same_bundle(
    three: list[App], hub: FakeHub
) -> None:
    a, b, _c = three
    enrol(a, hub)
    enrol(b, hub)
    a.assessments.create([CHECKLIST], "Written while the hub was down")
    hub.down = True
    with pytest.raises(HubUnreachable):
        sync(a, patience=0.3)
    waiting = list(a.hub.outbox_dir(a.hub.current()).iterdir())  # type: ignore[arg-type]
    assert len(waiting) == 1
    hub.down = False
    result = sync(a)
    assert result.pushed == 1 and len(hub.stored(a.hub.team_id())) == 1
    assert hub.stored(a.hub.team_id())[0].bundle_id in waiting[0].name
    assert sync(b).received > 0 and user_data(a) == user_data(b)


def test_a_revoked_device_is_told_in_one_line_and_nothing_changes(three: list[App], hub: FakeHub) -> None:
    a, _b, _c = three
    enrol(a, hub)
    a.assessments.create([CHECKLIST], "Kept here")
    hub.revoke(a.device_id)
    with pytest.raises(HubError) as refused:
        sync(a)
    assert refused.value.status == 401 and "new enrolment code" in str(refused.value)
    assert hub.stored(a.hub.team_id()) == []


def test_an_enrolment_code_works_once_and_the_token_never_shows(three: list[App], hub: FakeHub) -> None:
    a, b, _c = three
    code = hub.issue_code(a.hub.team_id())
    hub_run.enrol(access(a), hub.url, code, backoff=0.01)
    with pytest.raises(HubError) as used:
        hub_run.enrol(access(b), hub.url, code, backoff=0.01)
    assert used.value.status == 409 and "already used" in str(used.value)
    assert b.hub.current() is None
    config = a.hub.current()
    assert config is not None and config.token not in repr(config)
    # What the hub was shown: the team, this device and its public signing key, no secret.
    sent = hub.enrolled[0]
    assert (
        sent["device"] == a.device_id and sent["team"] == a.hub.team_id() and len(sent["signing_key"]) == 44
    )


def test_a_cursor_from_the_future_reads_the_hub_again_and_skips_what_is_known(
    three: list[App], hub: FakeHub
) -> None:
    a, b, _c = three
    enrol(a, hub)
    enrol(b, hub)
    a.assessments.create([CHECKLIST], "Before the hub was restored")
    sync(a)
    assert sync(b).bundles == 1
    b.hub.save_progress(b.hub.current(), 99)  # type: ignore[arg-type]
    again = sync(b)
    assert again.bundles == 0 and again.cursor == 1


def test_plain_http_is_refused_except_to_this_computer() -> None:
    assert normalise_url("HTTPS://Hub.Example.org/") == "https://hub.example.org"
    assert normalise_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    for bad in ("http://hub.example.org", "ftp://hub", "hub.example.org", "https://user:pw@hub.org"):
        with pytest.raises(HubError):
            normalise_url(bad)


def test_command_line_enrols_once_then_syncs_with_json_and_exit_statuses(
    three: list[App], hub: FakeHub
) -> None:
    a, b, _c = three
    team = a.hub.team_id()
    a.assessments.create([CHECKLIST], "From A's command line")
    root_a, root_b = a.paths.root, b.paths.root
    a.close()
    b.close()
    code = hub.issue_code(team)
    first = run_cli("sync", "hub", hub.url, "--enrol", code, "--json", data_dir=root_a)
    assert first.returncode == 0, first.stderr
    import json

    summary = json.loads(first.stdout)
    assert summary["hub"] == hub.url and summary["team"] == team and summary["bundles_pushed"] == 1
    token_hashes = set(hub.tokens)
    assert all(h not in first.stdout + first.stderr for h in token_hashes)
    used = run_cli("sync", "hub", hub.url, "--enrol", code, data_dir=root_b)
    assert used.returncode == 1 and used.stderr.count("\n") == 1 and "already used" in used.stderr
    usage = run_cli("sync", "hub", "--enrol", "ABCD", data_dir=root_b)
    assert usage.returncode == 2 and "usage error" in usage.stderr
    none = run_cli("sync", "hub", data_dir=root_b)
    assert none.returncode == 1 and "no hub is set up" in none.stderr
    second = run_cli(
        "sync", "hub", hub.url, "--enrol", "-", data_dir=root_b, input=hub.issue_code(team) + "\n"
    )
    assert second.returncode == 0, second.stderr
    assert "received" in second.stdout
    listing = run_cli("assessment", "list", "--json", data_dir=root_b)
    assert "From A's command line" in listing.stdout
    plain = run_cli("sync", "hub", data_dir=root_b)
    assert plain.returncode == 0 and plain.stdout.splitlines()[0] == "received 0 changes"
    status = json.loads(run_cli("sync", "status", "--json", data_dir=root_b).stdout)
    assert status["hub"]["url"] == hub.url and status["hub"]["team"] == team and status["hub"]["last_sync"]
    assert "token" not in json.dumps(status)


def test_a_copied_profile_does_not_use_the_original_laptop_s_access(
    three: list[App], hub: FakeHub, tmp_path: Path
) -> None:
    import shutil

    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    a, _b, _c = three
    enrol(a, hub)
    sync(a)
    copy = tmp_path / "copy"
    shutil.copytree(a.paths.root, copy)
    copied = open_app(DataPaths(copy))
    try:
        assert copied.device_id != a.device_id
        asked = len(hub.log)
        with pytest.raises(SyncError) as refused:
            sync(copied)
        assert "new device" in str(refused.value) and len(hub.log) == asked
        enrol(copied, hub)  # enrolled as itself, it syncs
        assert sync(copied).bundles == 0 and hub.enrolled[-1]["device"] == copied.device_id
    finally:
        copied.close()


def test_a_bundle_damaged_on_the_hub_is_skipped_in_one_line_and_tried_again_next_time(
    three: list[App], hub: FakeHub
) -> None:
    a, b, c = three
    for app in three:
        enrol(app, hub)
    a.assessments.create([CHECKLIST], "From A")
    sync(a)
    c.assessments.create([CHECKLIST], "From C")
    sync(c)
    damaged = hub.stored(a.hub.team_id())[0].bundle_id
    hub.corrupt.add(damaged)
    result = sync(b)
    titles = {x.title for x in b.assessments.list()}
    assert "From C" in titles and "From A" not in titles
    assert [s.retry for s in result.skipped] == [True] and "checksum" in result.skipped[0].reason
    hub.corrupt.clear()
    again = sync(b)
    assert again.bundles == 1 and "From A" in {x.title for x in b.assessments.list()}


def test_a_large_bundle_from_the_hub_moves_the_progress_bar_while_it_is_applied(
    three: list[App], hub: FakeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first full sync through the hub is one large bundle: the bar moves during it, as
    from a folder, not only between bundles."""
    from fieldguide.sync import merge

    monkeypatch.setattr(merge, "_REPORT_EVERY", 4)  # this test's bundle stands for a year's
    a, b, _c = three
    for app in (a, b):
        enrol(app, hub)
    for place in ("Bangui", "Bamako", "Goma"):
        a.assessments.create([CHECKLIST], place)
    sync(a)
    steps: list[tuple[int, int, str]] = []
    result = hub_run.sync_hub(
        access(b), lambda done, total, message: steps.append((done, total, message)), backoff=0.01
    )
    assert result.bundles == 1 and result.received > 30
    receiving = [(done, total) for done, total, message in steps if message == "receiving the team's changes"]
    assert {total for _done, total in receiving} == {100}  # one bundle: its 100 steps
    done = [d for d, _total in receiving]
    assert done == sorted(done)
    assert len({d for d in done if 0 < d < 100}) >= 5, steps
