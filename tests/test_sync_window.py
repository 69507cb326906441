"""The two-laptop scenario of issue 13 through the window: one conflict, marked where it lives.

Laptop A is the real main window (pytest-qt); laptop B is a profile driven through its
services, as a teammate's computer would be. A types "alpha", syncs, types " beta"; B
types "gamma"; both sync through one folder. A sees exactly one conflict, marked on the
item in the tree and above the editor ("another version exists — compare"), which opens
the Conflicts view on it. Resolving it on either laptop leaves none on both after they
sync.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fieldguide.app import App, open_app
from fieldguide.paths import DataPaths
from fieldguide.ui.conflict_marks import CONFLICT_ROLE
from tests.test_sync_support import amina_window_and_bruno, enrol, new_profile

CHECKLIST = "ssr-national-ownership-tips"


@pytest.fixture
def laptops(_template_profile: Path, tmp_path: Path, qtbot: Any):  # type: ignore[no-untyped-def]
    with amina_window_and_bruno(_template_profile, tmp_path, qtbot) as (window, bruno):
        yield window, bruno, tmp_path / "usb"


def sync_window(window: Any, folder: Path, *, first: bool = False) -> Any:
    from fieldguide.ui.sync_dialog import sync_changes

    result = window.runner.call(lambda app: app.sync.sync_folder(folder, first=first), changes=sync_changes)
    window.runner.flush()
    return result


def type_note(window: Any, text: str) -> None:
    workspace = window.assessments.workspace
    workspace.editor.note.setPlainText(text)
    assert workspace.flush()
    window.runner.flush()


def test_two_laptops_one_conflict_marked_in_the_workspace_and_resolved_in_the_window(
    laptops: tuple[Any, App, Path], qtbot: Any
) -> None:
    window, bruno, folder = laptops
    folder.mkdir()
    assessment = window.runner.call(lambda app: app.assessments.create([CHECKLIST], "Bangui, second visit"))
    window.assessments.open_assessment(assessment)
    workspace = window.assessments.workspace
    item = workspace.current_item_id
    sync_window(window, folder, first=True)
    bruno.sync.sync_folder(folder)

    type_note(window, "alpha")
    sync_window(window, folder)  # an autosave travels on its own
    type_note(window, "alpha beta")
    bruno.assessments.answer(assessment, item, note="gamma")
    bruno.sync.sync_folder(folder)
    sync_window(window, folder)
    bruno.sync.sync_folder(folder)

    conflicts = window.runner.call(lambda app: app.sync.conflicts())
    assert len(conflicts) == 1 and len(bruno.sync.conflicts()) == 1
    # Marked where it lives: the item's row in the tree, and a banner above the editor.
    workspace.select_item(item)
    row = next(
        workspace.model.itemFromIndex(index)
        for index in workspace.model.match(
            workspace.model.index(0, 0), CONFLICT_ROLE, conflicts[0].id, 1, qtbot_flags()
        )
    )
    assert row.text().startswith("⚠ ") and "Another version exists" in row.toolTip()
    banner = workspace.conflict_banner
    assert banner.isVisible() and "another version exists" in banner.label.text()
    banner.compare.click()
    inbox = window.sync.conflicts_page
    assert window.pages.currentWidget() is inbox and inbox.current_id() == conflicts[0].id
    assert "Amina's laptop" in inbox.mine.heading.text() and "Bruno's laptop" in inbox.theirs.heading.text()
    with qtbot.waitSignal(inbox.resolved, timeout=5000):
        inbox.keep_both.click()
    sync_window(window, folder)
    bruno.sync.sync_folder(folder)
    assert bruno.sync.conflicts() == []
    assert window.runner.call(lambda app: app.sync.conflicts()) == []
    note = next(r.note for r in bruno.assessments.get(assessment).responses if r.item_id == item)
    assert "alpha beta" in note and "gamma" in note and "Amina's laptop" in note and "Bruno's laptop" in note
    window.assessments.open_assessment(assessment)
    assert not window.assessments.workspace.conflict_banner.isVisible()


def test_resolved_on_the_other_laptop_the_mark_goes_away_after_a_sync(
    laptops: tuple[Any, App, Path], qtbot: Any
) -> None:
    window, bruno, folder = laptops
    folder.mkdir()
    assessment = window.runner.call(lambda app: app.assessments.create([CHECKLIST], "Bangui"))
    window.assessments.open_assessment(assessment)
    item = window.assessments.workspace.current_item_id
    sync_window(window, folder, first=True)
    bruno.sync.sync_folder(folder)
    type_note(window, "alpha beta")
    bruno.assessments.answer(assessment, item, note="gamma")
    bruno.sync.sync_folder(folder)
    sync_window(window, folder)
    bruno.sync.sync_folder(folder)
    window.assessments.open_assessment(assessment)
    assert window.assessments.workspace.conflict_banner.isVisible()
    bruno.sync.resolve(bruno.sync.conflicts()[0].id, "mine")
    bruno.sync.sync_folder(folder)
    sync_window(window, folder)
    qtbot.waitUntil(lambda: not window.assessments.workspace.conflict_banner.isVisible(), timeout=5000)
    assert window.runner.call(lambda app: app.sync.conflicts()) == []
    assert bruno.sync.conflicts() == []


def qtbot_flags() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly


def test_the_sync_dialog_makes_another_teams_key_its_headline_and_writes_nothing(
    laptops: tuple[Any, App, Path], qtbot: Any, tmp_path: Path, _template_profile: Path
) -> None:
    from fieldguide.ui.sync_dialog import SyncDialog

    window, _bruno, folder = laptops
    folder.mkdir()
    # A laptop of another team left its bundle in the folder Amina uses.
    stranger = open_app(
        DataPaths(new_profile(_template_profile, tmp_path / "stranger")), install_starter=False
    )
    enrol([stranger], "Another team")
    stranger.assessments.create([CHECKLIST], "Another team's review")
    stranger.sync.sync_folder(folder, first=True)
    stranger.close()
    window.runner.call(lambda app: app.assessments.create([CHECKLIST], "Amina's review"))
    dialog = SyncDialog(window.runner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(folder))
    with qtbot.waitSignal(dialog.synced, timeout=20000):
        dialog.start()
    assert dialog.headline.isVisible()
    assert dialog.headline.text() == (
        "1 bundle made with another team's key — this laptop is not in that team, or was removed from it."
    )
    assert not dialog.first_button.isVisible()  # the key first: no "first here" offer
    assert len(list((folder / "fieldguide-sync" / "v1").iterdir())) == 1  # Amina wrote nothing
    assert dialog.name_edit.text() == "Amina's laptop"
