"""Share one assessment with one colleague: it opens in their profile, and nowhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldguide.app import App
from fieldguide.assessments.sharing import ShareError, read_public_key
from tests.conftest import run_cli
from tests.test_sync_support import database_content, devices

CHECKLIST = "ssr-national-ownership-tips"


@pytest.fixture
def three(_template_profile: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    with devices(_template_profile, tmp_path, 3, key=False) as apps:
        yield apps


def _assessment(app: App) -> tuple[str, str]:
    assessment = app.assessments.create([CHECKLIST], "Bangui review", country="CAR")
    item = app.assessments.get(assessment).responses[0].item_id
    app.assessments.answer(
        assessment, item, status="applied", note="Met the mayor", evidence="Minutes of 3 May"
    )
    app.assessments.add_action(assessment, "Send the minutes", item_id=item, owner="Awa")
    return assessment, item


def test_a_shared_assessment_opens_only_in_the_intended_recipients_profile(
    three: list[App], tmp_path: Path
) -> None:
    a, b, c = three
    a.sync.set_device_name("Amina's laptop")
    assessment, item = _assessment(a)
    b_key = tmp_path / "b.fgdevice"
    b.sharing.my_public_key(b_key)
    shared = tmp_path / "review.fgshare"
    a.sharing.share(assessment, read_public_key(b_key), shared)
    assert b"Met the mayor" not in shared.read_bytes()

    # C (a device with its own keys) holds the file but is not the recipient: one line,
    # nothing changed.
    c.sync.device_keys()
    before = database_content(c)
    with pytest.raises(ShareError, match="shared with another device"):
        c.sharing.open(shared)
    assert database_content(c) == before
    # Nor does the sender open it: it is sealed to B alone.
    with pytest.raises(ShareError):
        a.sharing.open(shared)

    opened = b.sharing.open(shared)
    assert opened.sender == "Amina's laptop" and opened.title == "Bangui review"
    view = b.assessments.get(opened.assessment_id)
    assert view.country == "CAR" and opened.assessment_id != assessment
    answer = view.response(item)
    assert answer is not None and (answer.status, answer.note, answer.evidence) == (
        "applied",
        "Met the mayor",
        "Minutes of 3 May",
    )
    assert [(x.text, x.owner, x.item_id) for x in view.actions] == [("Send the minutes", "Awa", item)]


def test_an_altered_file_is_refused_whole(three: list[App], tmp_path: Path) -> None:
    a, b, _c = three
    assessment, _item = _assessment(a)
    b_key = tmp_path / "b.fgdevice"
    b.sharing.my_public_key(b_key)
    shared = tmp_path / "review.fgshare"
    a.sharing.share(assessment, read_public_key(b_key), shared)
    data = bytearray(shared.read_bytes())
    data[-5] ^= 0x01
    shared.write_bytes(bytes(data))
    b.sync.device_keys()
    before = database_content(b)
    with pytest.raises(ShareError):
        b.sharing.open(shared)
    assert database_content(b) == before


def test_the_command_line_sends_and_opens_and_refuses_in_one_line(three: list[App], tmp_path: Path) -> None:
    a, b, c = three
    assessment, _item = _assessment(a)
    roots = [app.paths.root for app in (a, b, c)]
    for app in three:
        app.close()
    b_key = tmp_path / "b.fgdevice"
    assert run_cli("share", "key", "-o", b_key, data_dir=roots[1]).returncode == 0
    shared = tmp_path / "review.fgshare"
    sent = run_cli("share", "send", assessment, "--to", b_key, "-o", shared, data_dir=roots[0])
    assert sent.returncode == 0, sent.stderr
    refused = run_cli("share", "open", shared, data_dir=roots[2])
    assert refused.returncode == 1
    assert refused.stderr.strip().count("\n") == 0 and "another device" in refused.stderr
    listed = run_cli("assessment", "list", "--json", data_dir=roots[2])
    assert "Bangui review" not in listed.stdout
    opened = run_cli("share", "open", shared, "--json", data_dir=roots[1])
    assert opened.returncode == 0, opened.stderr
    assert "Bangui review" in run_cli("assessment", "list", "--json", data_dir=roots[1]).stdout
    not_a_key = run_cli(
        "share", "send", assessment, "--to", shared, "-o", tmp_path / "x.fgshare", data_dir=roots[0]
    )
    assert not_a_key.returncode == 1 and len(not_a_key.stderr.strip().splitlines()) == 1


def test_a_team_member_is_chosen_from_the_roster(_template_profile: Path, tmp_path: Path) -> None:
    with devices(_template_profile, tmp_path, 3) as (a, b, c):
        assessment, _item = _assessment(a)
        fingerprint = b.sync.device_keys().public.fingerprint
        roots = [app.paths.root for app in (a, b, c)]
        for app in (a, b, c):
            app.close()
        shared = tmp_path / "review.fgshare"
        sent = run_cli(
            "share", "send", assessment, "--to-member", fingerprint[:8], "-o", shared, data_dir=roots[0]
        )
        assert sent.returncode == 0, sent.stderr
        refused = run_cli("share", "open", shared, data_dir=roots[2])  # a teammate, not the recipient
        assert refused.returncode == 1 and "another device" in refused.stderr
        assert run_cli("share", "open", shared, data_dir=roots[1]).returncode == 0
        unknown = run_cli(
            "share", "send", assessment, "--to-member", "Nobody", "-o", shared, data_dir=roots[0]
        )
        assert unknown.returncode == 1 and len(unknown.stderr.strip().splitlines()) == 1
