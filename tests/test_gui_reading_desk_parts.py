"""Parts of the reading desk tested on their own: settings file, word matching, history, the
navigator model, the search panel's handling of slow and stale queries, and the start-up imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow

from fieldguide.library.annotations import BookmarkView
from fieldguide.library.catalog import ChecklistSummary, DocumentSummary, SectionEntry
from fieldguide.library.search import SearchHit
from fieldguide.library.text_match import find_substring, find_terms, query_terms
from fieldguide.settings import Settings
from fieldguide.ui.history import History
from fieldguide.ui.library_model import (
    FILTER_ROLE,
    HAS_NOTE_ROLE,
    KIND_ROLE,
    LibraryModel,
    LibrarySnapshot,
)
from fieldguide.ui.search_hits import snippet_html
from fieldguide.ui.search_popup import SearchPopup

# --- settings -------------------------------------------------------------------------------------


def test_settings_round_trip_and_survive_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    assert settings.get("reader.zoom", 100) == 100
    settings.set("reader.zoom", 130)
    settings.set("window.splitter", [300, 900])
    settings.save()
    again = Settings.load(path)
    assert again.get("reader.zoom", 100) == 130
    assert again.get("window.splitter", []) == [300, 900]
    # A value of the wrong type (a hand-edited file) falls back to the default.
    path.write_text(json.dumps({"reader.zoom": "huge", "window.notes_visible": 1}), "utf-8")
    edited = Settings.load(path)
    assert edited.get("reader.zoom", 100) == 100
    assert edited.get("window.notes_visible", True) is True
    path.write_text("{not json", "utf-8")
    assert Settings.load(path).get("reader.zoom", 100) == 100


def test_saving_settings_keeps_keys_another_process_wrote(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    gui = Settings.load(path)
    other = Settings.load(path)
    other.set("sync.folder", "/media/usb")
    other.save()
    gui.set("reader.zoom", 110)
    gui.save()
    stored = json.loads(path.read_text("utf-8"))
    assert stored == {"reader.zoom": 110, "sync.folder": "/media/usb"}
    assert not [p for p in tmp_path.iterdir() if p.name != "settings.json"]  # no temporary file left


# --- matching words as the index does ---------------------------------------------------------------


def test_terms_match_whole_words_ignoring_case_and_accents() -> None:
    text = "La réforme du secteur de la SÉCURITÉ; insecurity is not security."
    spans = find_terms(text, query_terms("securite"))
    assert [text[a:b] for a, b in spans] == ["SÉCURITÉ"]
    spans = find_terms(text, query_terms("secu"))  # the word being typed matches as a prefix
    assert [text[a:b] for a, b in spans] == ["SÉCURITÉ", "security"]
    spans = find_terms(text, query_terms("secu "))  # a finished word does not
    assert spans == []


def test_terms_match_arabic_without_harakat() -> None:
    text = "إصلاح قطاع الأَمن والمجتمع"
    spans = find_terms(text, query_terms("الامن"))
    assert [text[a:b] for a, b in spans] == ["الأَمن"]


def test_a_one_letter_word_being_typed_is_not_a_prefix_as_in_the_index() -> None:
    text = "national ownership of oversight"
    assert [text[a:b] for a, b in find_terms(text, query_terms("national o"))] == ["national"]
    assert [text[a:b] for a, b in find_terms(text, query_terms("national ow"))] == ["national", "ownership"]
    assert find_terms(text, query_terms("o")) == []  # the only word: the letter itself, not every o-word


def test_find_in_page_matches_anywhere_in_a_word() -> None:
    text = "Ownership, national OWNERSHIP and co-ownership"
    assert [text[a:b] for a, b in find_substring(text, "ownérship")] == [
        "Ownership",
        "OWNERSHIP",
        "ownership",
    ]
    assert find_substring(text, "") == []


def test_snippet_marks_are_the_search_services_own() -> None:
    from fieldguide.library import search as service
    from fieldguide.ui import search_hits

    assert (search_hits.MATCH_START, search_hits.MATCH_END) == (service.MATCH_START, service.MATCH_END)


def test_snippets_are_escaped_and_marked() -> None:
    html_text = snippet_html("<script> \x02vetting\x03 & due process", "#ffee00")
    assert html_text == '&lt;script&gt; <b style="background-color:#ffee00">vetting</b> &amp; due process'


# --- history ----------------------------------------------------------------------------------------


def test_history_is_a_browser_trail() -> None:
    history = History()
    for place in ("a", "b", "c"):
        history.visit(place)
    history.remember_scroll(120)
    assert history.back().content_id == "b"  # type: ignore[union-attr]
    assert history.back().content_id == "a"  # type: ignore[union-attr]
    assert history.back() is None
    forward = history.forward()
    assert forward is not None and forward.content_id == "b"
    history.visit("d")  # a new place drops the forward trail
    assert not history.can_go_forward()
    assert history.back().content_id == "b"  # type: ignore[union-attr]
    history.forward()
    history.visit("d")  # the same place again is not a new step
    assert history.back().content_id == "b"  # type: ignore[union-attr]


# --- the navigator model ---------------------------------------------------------------------------------


def snapshot() -> LibrarySnapshot:
    return LibrarySnapshot(
        documents=[
            DocumentSummary("guide", "Guide to mediation", "mediation", 3, False, "starter"),
            DocumentSummary("mine", "My imported report", "ssr", 1, True, "import-1"),
        ],
        outlines={
            "guide": [
                SectionEntry("guide/a", "Préparation", 1, "1", None),
                SectionEntry("guide/a1", "Ceasefire talks", 2, "1.1", "guide/a"),
                SectionEntry("guide/b", "Follow-up", 1, "2", None),
            ],
            "mine": [SectionEntry("mine/x", "Findings", 1, None, None)],
        },
        checklists=[ChecklistSummary("guide-list", "Scoping questions", "mediation", 4, "guide", False)],
        bookmarks=[BookmarkView("b1", "section", "guide/b", "Follow-up", False)],
        assessments=[("a1", "Round two", "draft")],
        noted_sections={"guide/a1"},
    )


def tree(model: Any, parent: QModelIndex | None = None, depth: int = 0) -> list[tuple[int, str, str]]:
    rows = []
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        rows.append((depth, index.data(KIND_ROLE), index.data()))
        rows.extend(tree(model, index, depth + 1))
    return rows


def test_navigator_model_layout(qapp: Any) -> None:
    model = LibraryModel()
    model.set_library(snapshot())
    assert tree(model) == [
        (0, "bookmarks", "Bookmarks"),
        (1, "bookmark", "Follow-up"),
        (0, "assessments", "Assessments"),
        (1, "assessment", "Round two"),
        (0, "area", "Mediation"),
        (1, "document", "Guide to mediation"),
        (2, "section", "1 Préparation"),
        (3, "section", "1.1 Ceasefire talks"),
        (2, "section", "2 Follow-up"),
        (1, "checklist", "Scoping questions"),
        (0, "imported", "Imported documents"),
        (1, "document", "My imported report"),
        (2, "section", "Findings"),
    ]
    assert model.index_of("guide/a1").data(HAS_NOTE_ROLE) is True
    assert model.index_of("guide/a").data(FILTER_ROLE) == "1 preparation"
    model.mark_noted("guide/a1", False)
    assert model.index_of("guide/a1").data(HAS_NOTE_ROLE) is False
    # Rebuilding the library keeps the user's branches and their order.
    model.set_library(LibrarySnapshot(documents=[], outlines={}, checklists=[]))
    assert [row[2] for row in tree(model) if row[0] == 0] == ["Bookmarks", "Assessments"]
    model.set_bookmarks([])
    assert [row[1] for row in tree(model)][:2] == ["bookmarks", "hint"]


# --- the search panel: slow and stale answers -----------------------------------------------


def test_search_runs_one_query_at_a_time_and_never_shows_a_stale_answer(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    field = QLineEdit(window)
    window.setCentralWidget(field)
    window.resize(900, 600)
    window.show()
    popup = SearchPopup(field, window)
    gate = threading.Event()
    asked: list[str] = []
    running = threading.Semaphore(1)

    def slow_search(query: str, limit: int = 20) -> list[SearchHit]:
        assert running.acquire(blocking=False), "two queries ran at once"
        try:
            asked.append(query)
            if query == "vet":
                gate.wait(10)  # the first query is slow
            return [
                SearchHit(f"id-{query}", "section", f"Title {query}", "Doc", "ssr", f"\x02{query}\x03", 1.0)
            ]
        finally:
            running.release()

    popup.set_search(slow_search)
    field.setFocus()
    field.setText("vet")
    qtbot.waitUntil(lambda: asked == ["vet"])
    field.setText("vetting")  # typed on while the first query runs
    qtbot.wait(400)  # longer than the debounce: the new text waits for the running query
    assert asked == ["vet"]
    with qtbot.waitSignal(popup.results_shown, timeout=5000):
        gate.set()
    assert asked == ["vet", "vetting"]
    assert [hit.id for hit in popup.hits] == ["id-vetting"]  # the answer to "vet" was dropped


def test_main_window_module_does_not_load_sqlalchemy() -> None:
    """The window must paint before SQLAlchemy is imported (start-up budget)."""
    code = (
        "import sys; import fieldguide.ui.main_window, fieldguide.ui.launch; "
        "print('sqlalchemy' in sys.modules, 'fieldguide.ui.navigator' in sys.modules, "
        "'fieldguide.ui.controllers.profile' in sys.modules)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    # Nor the views and controllers: start-up paints the window's frame before importing them.
    assert result.stdout.strip() == "False False False"


def test_the_window_frame_says_the_library_is_opening_then_becomes_the_whole_window(
    qtbot: Any, tmp_path: Path
) -> None:
    from fieldguide.paths import DataPaths
    from fieldguide.ui.main_window import MainWindow

    window = MainWindow(DataPaths(tmp_path), frame_only=True)
    qtbot.addWidget(window)
    window.show()
    frame = window.centralWidget()
    texts = [label.text() for label in frame.findChildren(QLabel)]
    assert texts == ["Opening your library…"]
    assert window.windowTitle() == "Field Guide"
    assert window.menuBar().actions() == []
    window.build()
    assert window.centralWidget() is window.splitter
    assert window.splitter.widget(0) is window.navigator
    assert [action.text() for action in window.menuBar().actions()][:1] == ["&File"]
    assert window.status_label.text() == "Opening your library…"
    window.build()  # a second call changes nothing
    assert window.centralWidget() is window.splitter


def test_a_window_closed_while_still_a_frame_closes(qtbot: Any, tmp_path: Path) -> None:
    from fieldguide.paths import DataPaths
    from fieldguide.ui.main_window import MainWindow

    window = MainWindow(DataPaths(tmp_path), frame_only=True)
    qtbot.addWidget(window)
    window.show()
    assert window.close()
    assert window.closed and not window.built


def test_smoke_test_option_opens_the_library_and_exits_cleanly(data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "fieldguide", "--data-dir", str(data_dir), "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads((data_dir / "settings.json").read_text("utf-8"))["reader.zoom"] == 100
