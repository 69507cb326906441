"""Sharing from the window: save this laptop's key, open what a colleague shared, share back."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from fieldguide.app import open_app
from fieldguide.assessments.sharing import read_public_key
from fieldguide.paths import DataPaths
from tests.test_sync_support import new_profile

CHECKLIST = "ssr-national-ownership-tips"


def test_a_colleague_shares_an_assessment_and_the_window_opens_it(
    open_window: Any, _template_profile: Path, tmp_path: Path
) -> None:
    window = open_window()
    key = tmp_path / "mine.fgdevice"
    assert window.commands.save_device_key.isEnabled()
    assert window.transfer.save_device_key(key)
    assert "fingerprint" in window.statusBar().currentMessage()

    colleague = open_app(DataPaths(new_profile(_template_profile, tmp_path / "colleague")))
    try:
        colleague.sync.set_device_name("Karim's laptop")
        assessment = colleague.assessments.create([CHECKLIST], "Bria review")
        item = colleague.assessments.get(assessment).responses[0].item_id
        colleague.assessments.answer(assessment, item, note="The committee met twice")
        shared = tmp_path / "bria.fgshare"
        colleague.sharing.share(assessment, read_public_key(key), shared)
        colleague_key = tmp_path / "karim.fgdevice"
        colleague.sharing.my_public_key(colleague_key)
    finally:
        colleague.close()

    result = window.transfer.open_shared(shared)
    assert result is not None
    assert "Karim's laptop" in window.statusBar().currentMessage()
    assert window.assessments.current_assessment() == (result.assessment_id, "Bria review")
    workspace = window.assessments.workspace
    assert workspace.response(item).note == "The committee met twice"

    # And back: the open assessment, sealed to Karim's key.
    window.update_commands()
    assert window.commands.share_assessment.isEnabled()
    back = tmp_path / "back.fgshare"
    assert window.transfer.share_assessment(colleague_key, back)
    assert back.exists() and "Karim's laptop" in window.statusBar().currentMessage()
    shutil.rmtree(tmp_path / "colleague")


def test_the_window_offers_the_team_members(
    qtbot: Any, runner_for: Any, _template_profile: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QInputDialog, QWidget

    from fieldguide.ui.share_flow import share_assessment
    from tests.test_sync_support import devices

    with devices(_template_profile, tmp_path, 2) as (a, b):
        assessment = a.assessments.create([CHECKLIST], "Bria review")
        b_keys = b.sync.device_keys().public
        runner = runner_for(a)
        offered: list[list[str]] = []

        def pick(_parent: Any, _title: str, _label: str, items: list[str], *_args: Any) -> tuple[str, bool]:
            offered.append(items)
            return next(i for i in items if b_keys.fingerprint in i), True

        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
        parent = QWidget()
        qtbot.addWidget(parent)
        messages: list[str] = []
        target = tmp_path / "to-b.fgshare"
        assert share_assessment(runner, parent, messages.append, (assessment, "Bria review"), target=target)
        assert len(offered[0]) == 2  # the teammate, and "a public-key file…"; never this laptop
        assert b.sharing.open(target).title == "Bria review"
