"""The window indexes the rows a sync received in bulk (``db/fts_owed.py``) without being
asked: right after a sync it ran, and at open when a sync left them owed; its search panel
finds them either way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldguide.app import App
from fieldguide.db.fts_owed import is_owed
from tests.test_gui_search_bin import panel_rows
from tests.test_search_owed import team as team  # a fixture
from tests.test_sync_bulk import _history

ANSWER = "Witness W-1 on vetting"


@pytest.fixture
def received(team: list[App], tmp_path: Path) -> Iterator[tuple[App, Path]]:
    amina, brian, new = team
    _early, full, _ids = _history(amina, brian, tmp_path)
    yield new, full


@pytest.fixture
def data_dir(received: tuple[App, Path]) -> Path:
    """The profile `open_window` opens: the new device of the team (its App closed first)."""
    return received[0].paths.root


def _owed(window: Any) -> bool:
    return bool(window.runner.call(lambda app: is_owed(app.db)))


def _answers_found(qtbot: Any, window: Any) -> list[str]:
    hits, _summary = panel_rows(qtbot, window, "witness vetting")
    return [hit.snippet.replace("\x02", "").replace("\x03", "") for hit in hits if hit.item_id]


def test_the_window_indexes_what_a_sync_it_ran_received(
    qtbot: Any, received: tuple[App, Path], open_window: Any
) -> None:
    from fieldguide.ui.sync_dialog import sync_changes

    new, full = received
    new.close()
    window = open_window()
    assert not _owed(window)
    # A sync run by the window, reporting what it changed as the Sync dialog does.
    done: list[Any] = []
    window.runner.run(lambda app: app.sync.apply_file(full), done.append, changes=sync_changes, long=True)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    # Nobody searches: the window's runner catches the index up by itself.
    qtbot.waitUntil(lambda: not _owed(window), timeout=20000)
    assert any("W-1" in text for text in _answers_found(qtbot, window))


def test_the_window_catches_up_at_open_an_index_a_sync_left_owed(
    qtbot: Any, received: tuple[App, Path], open_window: Any
) -> None:
    new, full = received
    new.sync.apply_file(full)  # a sync that ended before its catch-up (the app closed)
    assert is_owed(new.db)
    new.close()
    window = open_window()
    qtbot.waitUntil(lambda: not _owed(window), timeout=20000)
    assert any("W-1" in text for text in _answers_found(qtbot, window))


def test_a_catch_up_step_that_failed_is_tried_again_at_the_next_tick(
    qtbot: Any, received: tuple[App, Path], open_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A step refused (the profile locked or being rewritten when it ran) leaves the rows owed;
    the window tries again when it next tidies the index, without anyone searching."""
    from fieldguide.library.search import SearchService
    from fieldguide.ui.controllers import profile

    new, full = received
    new.sync.apply_file(full)
    new.close()
    refused: list[int] = []
    step = SearchService.catch_up_index

    def refusing(service: SearchService) -> bool:
        if not refused:
            refused.append(1)
            raise OSError("the profile is busy")
        return step(service)

    monkeypatch.setattr(SearchService, "catch_up_index", refusing)
    monkeypatch.setattr(profile, "TIDY_STEP_MS", 100)  # the tidying's tick, soon
    window = open_window()
    qtbot.waitUntil(lambda: bool(refused), timeout=20000)
    window.profile._tidy_timer.setInterval(100)
    qtbot.waitUntil(lambda: not _owed(window), timeout=20000)
    assert any("W-1" in text for text in _answers_found(qtbot, window))
