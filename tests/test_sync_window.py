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
from tests.test_sync_support import new_profile, team_key_file

CHECKLIST = "ssr-national-ownership-tips"


@pytest.fixture
def laptops(_template_profile: Path, tmp_path: Path, qtbot: Any):  # type: ignore[no-untyped-def]
    from fieldguide.ui.main_window import MainWindow

    key = team_key_file(tmp_path)
    roots = [new_profile(_template_profile, tmp_path / name) for name in ("amina", "bruno")]
    for root, name in zip(roots, ("Amina's laptop", "Bruno's laptop"), strict=True):
        app = open_app(DataPaths(root), install_starter=False)
        app.sync.import_key(key)
        app.sync.set_device_name(name)
        app.close()
    window = MainWindow(DataPaths(roots[0]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.library_loaded, timeout=20000):
        window.open_profile()
    bruno = open_app(DataPaths(roots[1]), install_starter=False)
    yield window, bruno, tmp_path / "usb"
    bruno.close()


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


def test_the_sync_dialog_makes_the_wrong_team_key_its_headline_and_writes_nothing(
    laptops: tuple[Any, App, Path], qtbot: Any, tmp_path: Path
) -> None:
    from fieldguide.sync.teamkey import new_key_file
    from fieldguide.ui.sync_dialog import SyncDialog

    window, bruno, folder = laptops
    folder.mkdir()
    other = tmp_path / "mistyped.fgkey"
    new_key_file(other)
    bruno.sync.import_key(other, replace=True)  # as with a mistyped team passphrase
    bruno.assessments.create([CHECKLIST], "Bruno's review")
    bruno.sync.sync_folder(folder, first=True)
    window.runner.call(lambda app: app.assessments.create([CHECKLIST], "Amina's review"))
    dialog = SyncDialog(window.runner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(folder))
    with qtbot.waitSignal(dialog.synced, timeout=20000):
        dialog.start()
    assert dialog.headline.isVisible()
    assert dialog.headline.text() == "1 bundle made with a different team key — check the team passphrase."
    assert not dialog.first_button.isVisible()  # the key first: no "first here" offer
    assert sorted(p.name for p in (folder / "fieldguide-sync" / "v1").iterdir()) == [bruno.device_id]
    assert dialog.name_edit.text() == "Amina's laptop"


def test_the_sync_dialog_makes_a_team_key_file(
    laptops: tuple[Any, App, Path], qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from fieldguide.ui.sync_dialog import SyncDialog

    window, _bruno, _folder = laptops
    target = tmp_path / "keys" / "team.fgkey"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog = SyncDialog(window.runner, window)
    qtbot.addWidget(dialog)
    dialog.make_key()
    assert target.exists() and "team.fgkey" in dialog.summary.text()
    dialog.make_key()  # never overwritten
    assert "exists" in dialog.summary.text()
