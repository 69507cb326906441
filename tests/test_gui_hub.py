"""The hub in the window: connect once in the Sync dialog, then syncs in the background.

Laptop A is the real main window; laptop B a profile driven through its services, as
a teammate's computer would be. The hub is the client's stand-in (tests/hub_fake.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldguide.app import App
from fieldguide.sync import hub_run
from tests.hub_fake import FakeHub, running_fake_hub
from tests.test_sync_support import amina_window_and_bruno

CHECKLIST = "ssr-national-ownership-tips"


@pytest.fixture
def hub() -> Iterator[FakeHub]:
    with running_fake_hub() as fake:
        yield fake


@pytest.fixture
def laptops(_template_profile: Path, tmp_path: Path, qtbot: Any) -> Iterator[tuple[Any, App]]:
    with amina_window_and_bruno(_template_profile, tmp_path, qtbot) as (window, bruno):
        yield window, bruno


def open_dialog(window: Any) -> Any:
    window.sync.open_sync()
    dialog = window.sync.sync_dialog
    assert dialog is not None
    return dialog


def connect_in_dialog(window: Any, hub: FakeHub, qtbot: Any) -> Any:
    dialog = open_dialog(window)
    panel = dialog.hub_panel
    team = window.runner.call(lambda app: app.hub.team_id())
    panel.url.setText(hub.url)
    panel.code.setText(hub.issue_code(team))
    with qtbot.waitSignal(window.sync.hub.finished, timeout=30000):
        qtbot.mouseClick(panel.connect_button, Qt.MouseButton.LeftButton)
    window.runner.flush()
    return panel


def bruno_joins(bruno: App, hub: FakeHub) -> None:
    code = hub.issue_code(bruno.hub.team_id())
    hub_run.enrol(lambda step: step(bruno.hub), hub.url, code, backoff=0.01)


def test_without_a_hub_the_window_never_touches_the_network(
    laptops: tuple[Any, App], hub: FakeHub, qtbot: Any
) -> None:
    window, _bruno = laptops
    background = window.sync._background
    assert background is not None and background.timer.isActive()  # started with the profile
    background.tick()
    window.runner.flush()
    assert not window.sync.hub.running and hub.log == []
    panel = open_dialog(window).hub_panel
    assert panel.enrol_row.isVisibleTo(panel) and not panel.sync_button.isVisibleTo(panel)
    assert "one-time code" in panel.state.text()
    # Connect without a code: one line, nothing sent.
    panel.url.setText(hub.url)
    qtbot.mouseClick(panel.connect_button, Qt.MouseButton.LeftButton)
    assert panel.summary.text() == "Enter the hub's address and the one-time code first."
    assert hub.log == []


def test_connect_once_in_the_dialog_then_the_team_s_work_arrives_in_the_background(
    laptops: tuple[Any, App], hub: FakeHub, qtbot: Any
) -> None:
    window, bruno = laptops
    window.runner.call(lambda app: app.assessments.create([CHECKLIST], "Written in Amina's window"))
    panel = connect_in_dialog(window, hub, qtbot)
    assert panel.summary.text().startswith("Sent ")
    assert hub.url in panel.state.text() and not panel.enrol_row.isVisibleTo(panel)
    assert panel.code.text() == ""
    team = window.runner.call(lambda app: app.hub.team_id())
    assert len(hub.stored(team)) == 1
    # Bruno's laptop joins and sends its own work; Amina's window picks it up by itself.
    bruno_joins(bruno, hub)
    hub_run.sync_hub(lambda step: step(bruno.hub), backoff=0.01)
    titles = {a.title for a in bruno.assessments.list()}
    assert "Written in Amina's window" in titles
    bruno.assessments.create([CHECKLIST], "Written on Bruno's laptop")
    hub_run.sync_hub(lambda step: step(bruno.hub), backoff=0.01)
    with qtbot.waitSignal(window.sync.hub.finished, timeout=30000):
        window.sync._background.tick()
    window.runner.flush()
    titles = {a.title for a in window.runner.call(lambda app: app.assessments.list())}
    assert "Written on Bruno's laptop" in titles
    assert "from the hub" in window.statusBar().currentMessage()
    assert panel.summary.text().startswith("Nothing new to send. Received ")


def test_the_profile_stays_free_while_the_hub_does_not_answer_and_closing_stops_the_wait(
    laptops: tuple[Any, App], hub: FakeHub, qtbot: Any
) -> None:
    window, _bruno = laptops
    connect_in_dialog(window, hub, qtbot)
    hub.down = True
    syncer = window.sync.hub
    asked = len(hub.log)
    assert syncer.sync()
    qtbot.waitUntil(lambda: len(hub.log) > asked, timeout=10000)  # the hub was tried and did not answer
    # A save made meanwhile goes through at once: the sync waits on the network, not on the profile.
    made = window.runner.call(
        lambda app: app.assessments.create([CHECKLIST], "Typed while the hub was silent")
    )
    assert made and syncer.running
    window.close()
    assert not syncer.running
