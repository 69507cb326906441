"""The sync views on real profiles: the conflicts inbox, the Sync dialog and the status-bar indicator."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fieldguide.app import App
from fieldguide.db.models import Conflict, Response
from fieldguide.ui.conflicts import ConflictsInbox
from fieldguide.ui.sync_dialog import SyncDialog
from fieldguide.ui.sync_status import SyncStatusIndicator
from tests.test_sync_support import devices, enrol, user_data

CHECKLIST = "ssr-national-ownership-tips"


@pytest.fixture
def two(_template_profile: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    with devices(_template_profile, tmp_path, 2, key=False) as apps:
        apps[0].sync.set_device_name("Amina's laptop")
        apps[1].sync.set_device_name("Bruno's laptop")
        enrol(apps)
        yield apps


def conflicting_answers(a: App, b: App, tmp_path: Path) -> tuple[str, str]:
    assessment = a.assessments.create([CHECKLIST], "Revue du secteur de la sécurité")
    item = a.catalog.checklist(CHECKLIST).items[0].id
    a.assessments.answer(assessment, item, note="Brouillon")
    b.sync.apply_file(a.sync.export_file(tmp_path / "0.fgsync").path)
    a.assessments.answer(assessment, item, note="Le ministère a accepté le calendrier.")
    b.assessments.answer(assessment, item, note="قبلت الوزارة الجدول الزمني")
    from_a = a.sync.export_file(tmp_path / "a.fgsync").path
    from_b = b.sync.export_file(tmp_path / "b.fgsync").path
    a.sync.apply_file(from_b)
    b.sync.apply_file(from_a)
    return assessment, item


def test_the_inbox_shows_both_versions_and_resolves_with_one_click(
    qtbot, runner_for, two: list[App], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a, b = two
    assessment, item = conflicting_answers(a, b, tmp_path)
    inbox = ConflictsInbox(runner_for(a))
    qtbot.addWidget(inbox)
    inbox.show()
    assert inbox.list.count() == 1
    assert "Revue du secteur de la sécurité" in inbox.list.item(0).text()
    assert inbox.mine.text.toPlainText() == "Le ministère a accepté le calendrier."
    assert inbox.theirs.text.toPlainText() == "قبلت الوزارة الجدول الزمني"
    assert "Amina's laptop" in inbox.mine.heading.text()
    assert "Bruno's laptop" in inbox.theirs.heading.text()
    assert b.device_id[:8] not in inbox.theirs.heading.text()

    with qtbot.waitSignal(inbox.resolved, timeout=5000):
        qtbot.mouseClick(inbox.keep_theirs, Qt.MouseButton.LeftButton)
    assert inbox.list.count() == 0 and inbox.pages.currentWidget() is inbox.empty
    response = a.assessments.get(assessment).responses[0]
    assert response.item_id == item and response.note == "قبلت الوزارة الجدول الزمني"
    with a.db.read() as session:
        assert session.query(Conflict).count() == 0

    # The choice travels: B's inbox empties after the next exchange, with the same text.
    b.sync.apply_file(a.sync.export_file(tmp_path / "resolution.fgsync").path)
    other = ConflictsInbox(runner_for(b))
    qtbot.addWidget(other)
    assert other.list.count() == 0
    assert user_data(a) == user_data(b)


def test_keep_both_joins_the_two_texts(qtbot, runner_for, two: list[App], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = two
    conflicting_answers(a, b, tmp_path)
    inbox = ConflictsInbox(runner_for(b))
    qtbot.addWidget(inbox)
    assert inbox.mine.text.toPlainText() == "قبلت الوزارة الجدول الزمني"
    qtbot.mouseClick(inbox.keep_both, Qt.MouseButton.LeftButton)
    with b.db.read() as session:
        (response,) = session.query(Response).all()
    assert "قبلت الوزارة الجدول الزمني" in response.note
    assert "Le ministère a accepté le calendrier." in response.note
    assert "Amina's laptop, " in response.note and "Bruno's laptop, " in response.note


def test_the_sync_dialog_syncs_with_a_folder_and_remembers_it(  # type: ignore[no-untyped-def]
    qtbot, runner_for, two: list[App], tmp_path: Path
) -> None:
    a, b = two
    shared = tmp_path / "clé USB"
    shared.mkdir()
    a.assessments.create([CHECKLIST], "Province Est")

    indicator = SyncStatusIndicator()
    qtbot.addWidget(indicator)
    indicator.show_counts(*a.sync.counts())
    assert "to send" in indicator.text() and indicator.pending > 0

    dialog = SyncDialog(runner_for(a))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.team.status.text().startswith("Team Test team — 2 members")
    assert [name for name, _code in dialog.team.rows()] == ["Amina's laptop", "Bruno's laptop"]
    dialog.folder.setText(str(shared))
    with qtbot.waitSignal(dialog.synced, timeout=20000):
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    # An empty folder: nothing is written until this laptop is said to be the first.
    assert "Nothing was written to this folder" in dialog.summary.text()
    assert dialog.first_button.isVisible() and list(shared.iterdir()) == []
    with qtbot.waitSignal(dialog.synced, timeout=20000):
        qtbot.mouseClick(dialog.first_button, Qt.MouseButton.LeftButton)
    # The English catalogue gives the plural forms (tests run with it, as the app does).
    assert f"Sent {dialog.result.sent} changes." in dialog.summary.text()
    assert dialog.sync_button.isEnabled() and not dialog.progress.isVisible()
    indicator.show_counts(*a.sync.counts())
    assert indicator.text() == "All sent" and indicator.pending == 0

    other = SyncDialog(runner_for(b))
    qtbot.addWidget(other)
    other.folder.setText(str(shared))
    with qtbot.waitSignal(other.synced, timeout=20000):
        other.start()
    assert "Received" in other.summary.text() and "from 1 device." in other.summary.text()
    assert [s.title for s in b.assessments.list()] == ["Province Est"]

    again = SyncDialog(runner_for(b))  # the folder is remembered
    qtbot.addWidget(again)
    assert again.folder.text() == str(shared.resolve())


def test_the_sync_dialog_says_what_went_wrong_in_one_line(  # type: ignore[no-untyped-def]
    qtbot, runner_for, two: list[App], tmp_path: Path
) -> None:
    dialog = SyncDialog(runner_for(two[0]))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "unplugged"))
    dialog.start()
    qtbot.waitUntil(lambda: "Sync folder not found" in dialog.summary.text(), timeout=20000)
    assert "\n" not in dialog.summary.text() and dialog.sync_button.isEnabled()


def test_outside_a_team_the_dialog_offers_to_create_one(  # type: ignore[no-untyped-def]
    qtbot, runner_for, _template_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    with devices(_template_profile, tmp_path, 1, key=False) as (app,):
        app.sync.set_device_name("Amina's laptop")
        dialog = SyncDialog(runner_for(app))
        qtbot.addWidget(dialog)
        dialog.show()
        assert "not in a team yet" in dialog.team.status.text()
        assert not dialog.sync_button.isEnabled() and not dialog.team.roster.isVisible()
        assert dialog.team.create_button.isVisible() and dialog.team.join_button.isVisible()
        monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Mission Nord", True))
        asked: list[str] = []
        # The profile is not protected: the window asks first, and "no" changes nothing.
        monkeypatch.setattr(dialog.team, "confirm", lambda _title, text: asked.append(text) or False)
        dialog.team.create_button.click()
        assert "not protected by a passphrase" in asked[0] and not app.sync.in_team()
        monkeypatch.setattr(dialog.team, "confirm", lambda _title, _text: True)
        dialog.team.create_button.click()
        assert dialog.team.status.text().startswith("Team Mission Nord — 1 member,")
        assert dialog.team.rows() == [("Amina's laptop", "this laptop")]
        assert dialog.sync_button.isEnabled() and dialog.team.invite_button.isVisible()
