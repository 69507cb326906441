"""The team in the Sync window: add a member after comparing codes, join from the other side, remove.

Amina's laptop is the Sync dialog on her profile (pytest-qt); Bruno's and Chloé's are
profiles driven through their services, as their own laptops would be. The files go
by hand (a USB stick): invitation, join request, answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fieldguide.app import App
from fieldguide.sync.devicekeys import verification_code
from fieldguide.ui.sync_dialog import SyncDialog
from tests.test_sync_support import devices

CHECKLIST = "ssr-national-ownership-tips"


@pytest.fixture
def three(_template_profile: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    with devices(_template_profile, tmp_path, 3, key=False) as apps:
        for app, name in zip(apps, ("Amina's laptop", "Bruno's laptop", "Chloé's laptop"), strict=True):
            app.sync.set_device_name(name)
        apps[0].sync.create_team("Mission Nord", unprotected=True)
        yield apps


def answer_files(
    panel: Any, monkeypatch: pytest.MonkeyPatch, opened: Path | None, saved: Path | None
) -> None:
    monkeypatch.setattr(panel, "ask_open", lambda *_a: opened)
    monkeypatch.setattr(panel, "ask_save", lambda *_a: saved)


def test_a_member_is_added_only_once_the_codes_match_and_can_be_removed(
    qtbot: Any, runner_for: Any, three: list[App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amina, bruno, _chloe = three
    dialog = SyncDialog(runner_for(amina))
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.team
    assert panel.rows() == [("Amina's laptop", "this laptop")] and panel.invite_button.isVisible()

    invitation, request, answer = tmp_path / "i.fginvite", tmp_path / "r.fgjoin", tmp_path / "a.fganswer"
    answer_files(panel, monkeypatch, None, invitation)
    panel.invite_button.click()
    assert invitation.exists() and "i.fginvite" in dialog.summary.text()
    data, bruno_code, team = bruno.sync.join_request(invitation.read_bytes(), unprotected=True)
    request.write_bytes(data)
    assert team == "Mission Nord"

    # The codes differ (the person says so): nothing is signed, no answer written.
    shown: list[str] = []
    answer_files(panel, monkeypatch, request, answer)
    monkeypatch.setattr(panel, "confirm", lambda _title, text: shown.append(text) or False)
    panel.add_button.click()
    assert "Bruno's laptop asks to join" in shown[0] and bruno_code in shown[0]
    assert not answer.exists() and "nothing was signed" in dialog.summary.text()
    assert [name for name, _code in panel.rows()] == ["Amina's laptop"]

    # The same code on both laptops: Bruno is added, his answer written.
    monkeypatch.setattr(panel, "confirm", lambda _title, _text: True)
    panel.add_button.click()
    assert answer.exists() and "Bruno's laptop is now a member" in dialog.summary.text()
    expected = verification_code(amina.sync.device_keys().public, bruno.sync.device_keys().public)
    assert expected == bruno_code
    assert panel.rows() == [("Amina's laptop", "this laptop"), ("Bruno's laptop", bruno_code)]
    assert panel.status.text().startswith("Team Mission Nord — 2 members, key epoch 1")
    bruno.sync.accept(answer.read_bytes(), unprotected=True)
    assert [m.name for m in bruno.sync.members()] == ["Amina's laptop", "Bruno's laptop"]

    # Remove Bruno: a new key epoch, shown in the window.
    panel.roster.setCurrentItem(panel.roster.topLevelItem(1))
    assert panel.remove_button.isEnabled()
    panel.remove_member(lost=True)
    assert panel.rows() == [("Amina's laptop", "this laptop")]
    assert "key epoch 2" in panel.status.text() and "Bruno's laptop was removed" in dialog.summary.text()
    panel.roster.setCurrentItem(panel.roster.topLevelItem(0))
    assert not panel.remove_button.isEnabled()  # a laptop does not remove itself


def test_a_new_laptop_joins_through_the_window(
    qtbot: Any, runner_for: Any, three: list[App], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amina, _bruno, chloe = three
    invitation, request, answer = tmp_path / "i.fginvite", tmp_path / "r.fgjoin", tmp_path / "a.fganswer"
    invitation.write_bytes(amina.sync.invitation())
    dialog = SyncDialog(runner_for(chloe))
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.team
    answer_files(panel, monkeypatch, invitation, request)
    monkeypatch.setattr(panel, "confirm", lambda _title, _text: True)  # yes, unprotected
    panel.join_button.click()
    code = verification_code(amina.sync.device_keys().public, chloe.sync.device_keys().public)
    assert panel.code.isVisible() and code in panel.code.text() and "Mission Nord" in panel.code.text()
    assert panel.accept_button.isVisible() and not dialog.sync_button.isEnabled()

    asked = amina.sync.read_request(request.read_bytes())
    assert asked.code == code and asked.keys.name == "Chloé's laptop"
    answer.write_bytes(amina.sync.admit(request.read_bytes(), asked.code))
    answer_files(panel, monkeypatch, answer, None)
    panel.accept_button.click()
    assert "now a member" in dialog.summary.text() and dialog.sync_button.isEnabled()
    assert panel.rows() == [("Amina's laptop", code), ("Chloé's laptop", "this laptop")]
    assert not panel.code.isVisible() and not panel.join_button.isVisible()
