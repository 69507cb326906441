"""The reading desk driven as a user drives it: search, read, notes, bookmarks, history, zoom, find."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from fieldguide.db.models import Note
from fieldguide.library.text_match import fold
from fieldguide.ui.library_model import HAS_NOTE_ROLE, ID_ROLE, KIND_ROLE
from fieldguide.ui.main_window import MainWindow
from fieldguide.ui.search_hits import kind_label
from tests.gui_helpers import rows_of

SECTION = "ssr-national-ownership/what-it-means"
NEXT_SECTION = "ssr-national-ownership/capacity"
SECTION_TITLE = "What national ownership means"

Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier


def bookmark_rows(window: MainWindow) -> list[str]:
    root = window.navigator.model.bookmarks_root
    return [
        root.child(r).data(ID_ROLE)
        for r in range(root.rowCount())
        if root.child(r).data(KIND_ROLE) == "bookmark"
    ]


def search(qtbot: Any, window: MainWindow, text: str) -> list[Any]:
    qtbot.keyClick(window, Qt.Key.Key_K, Ctrl)
    assert window.search_field.hasFocus()
    with qtbot.waitSignal(window.search_popup.results_shown, timeout=10000):
        qtbot.keyClicks(window.search_field, text)
    qtbot.waitUntil(lambda: window.search_popup.hits and window.search_field.text() == text)
    return window.search_popup.hits


def test_search_as_you_type_lists_labelled_hits_with_the_words_marked(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    hits = search(qtbot, window, "vetting")
    popup = window.search_popup
    assert popup.isVisible()
    kinds = {hit.kind for hit in hits}
    assert {"section", "item"} <= kinds
    assert {kind_label(h) for h in hits} >= {"Section", "Checklist item"}
    assert all("\x02" in hit.snippet for hit in hits)
    assert "result" in popup.summary.text()
    # The panel lists exactly the hits, best first, with the first one chosen.
    assert popup.model.rowCount() == len(hits)
    assert popup.current_row == 0


def test_opening_a_hit_shows_the_section_with_the_words_highlighted(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    hits = search(qtbot, window, "vetting")
    target_row = next(i for i, h in enumerate(hits) if h.kind == "section")
    for _ in range(target_row):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.search_popup.current_row == target_row
    with qtbot.waitSignal(window.content_opened, timeout=5000):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    hit = hits[target_row]
    assert window.reader.current_id == hit.id
    assert not window.search_popup.isVisible()
    assert hit.title in window.reader.text()
    marked = window.reader.highlighted_texts()
    assert marked and all(fold(word) == "vetting" for word in marked)
    # What a user sees: every occurrence in the page carries a highlight.
    selections = window.reader.browser.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == marked
    assert len(marked) == fold(window.reader.text()).count("vetting")
    assert window.navigator.tree.currentIndex().data(ID_ROLE) == hit.id


def test_a_checklist_item_hit_opens_its_checklist(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    hits = search(qtbot, window, "vetting")
    item = next(h for h in hits if h.kind == "item")
    window.reading.open_hit(item, "vetting")
    assert window.reader.current_kind == "checklist"
    assert item.id.startswith(window.reader.current_id + "/")
    assert " ".join(item.title.split()) in " ".join(window.reader.text().split())
    assert window.reader.highlighted_texts()
    # The item itself is in view, wherever it sits in the checklist.
    browser = window.reader.browser
    found = browser.document().find(item.title[:40])
    assert not found.isNull()
    top = browser.cursorRect(found).top()
    assert 0 <= top < browser.viewport().height()


def test_escape_closes_the_search_panel(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    search(qtbot, window, "ceasefire")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert not window.search_popup.isVisible()


def test_a_note_is_saved_as_you_type_and_found_after_a_restart(
    qtbot: Any, open_window: Any, data_dir: Path
) -> None:
    window = open_window()
    window.reading.open_content(SECTION)
    assert window.notes.editor.isVisible() and window.notes.subject.text() == SECTION_TITLE
    window.notes.editor.setFocus()
    qtbot.keyClicks(window.notes.editor, "Ask the minister about the oversight committee. ")
    window.notes.editor.insertPlainText("Réunion prévue à Goma.")  # accents typed without keyClicks
    # Saved on its own within a second of the last keystroke, without closing anything.
    qtbot.waitUntil(lambda: window.notes.status.text() == "Saved", timeout=3000)
    with window.runner.app.db.read() as session:
        (note,) = session.scalars(select(Note)).all()
        assert note.body.endswith("Réunion prévue à Goma.")
    marker = window.navigator.model.index_of(SECTION)
    assert marker.data(HAS_NOTE_ROLE) is True
    window.close()

    again = open_window()
    again.reading.open_content(SECTION)
    assert again.notes.text == "Ask the minister about the oversight committee. Réunion prévue à Goma."
    assert again.navigator.model.index_of(SECTION).data(HAS_NOTE_ROLE) is True
    # Found by search as "My note"; opening it shows the section and marks the words in the note.
    again.reading.open_content(NEXT_SECTION)
    hits = search(qtbot, again, "reunion goma")
    note_hit = next(h for h in hits if h.kind == "note")
    assert kind_label(note_hit) == "My note"
    again.reading.open_hit(note_hit, "reunion goma")
    assert again.reader.current_id == SECTION
    marked = [s.cursor.selectedText() for s in again.notes.editor.extraSelections()]
    assert marked == ["Réunion", "Goma"]


def test_a_note_typed_just_before_closing_is_kept(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    window.reading.open_content(SECTION)
    window.notes.editor.setPlainText("Last words before the battery died")
    window.close()  # before the autosave delay has passed
    again = open_window()
    again.reading.open_content(SECTION)
    assert again.notes.text == "Last words before the battery died"


def test_a_note_is_saved_when_moving_to_another_section(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    window.reading.open_content(SECTION)
    window.notes.editor.setPlainText("Noted while reading")
    window.commands.next_section.trigger()
    assert window.reader.current_id == NEXT_SECTION
    assert window.notes.text == ""
    assert window.runner.app.annotations.my_note("section", SECTION).body == "Noted while reading"


def test_clearing_a_note_deletes_it_and_its_marker(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    window.reading.open_content(SECTION)
    window.notes.editor.setPlainText("Temporary")
    window.notes.flush()
    window.runner.flush()  # the save is queued on the runner: wait for it
    assert window.navigator.model.index_of(SECTION).data(HAS_NOTE_ROLE) is True
    window.notes.editor.clear()
    window.notes.flush()
    window.runner.flush()
    assert window.navigator.model.index_of(SECTION).data(HAS_NOTE_ROLE) is False
    with window.runner.app.db.read() as session:
        (note,) = session.scalars(select(Note)).all()
        assert note.deleted is True


def test_bookmark_with_ctrl_d_and_remove_it_again(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    window.reading.open_content(SECTION)
    window.reader.browser.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_D, Ctrl)
    window.runner.flush()
    assert bookmark_rows(window) == [SECTION]
    assert window.commands.toggle_bookmark.isChecked()
    visible = [i.data() for i in rows_of(window.navigator.proxy)]
    assert SECTION_TITLE in visible
    qtbot.keyClick(window, Qt.Key.Key_D, Ctrl)
    window.runner.flush()
    assert bookmark_rows(window) == []
    assert not window.commands.toggle_bookmark.isChecked()
    assert window.runner.app.annotations.bookmarks() == []


def test_a_bookmark_is_removed_with_the_delete_key_in_the_navigator(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    window.reading.open_content("ssr-national-ownership-tips", kind="checklist")
    window.commands.toggle_bookmark.trigger()
    window.reading.open_content(SECTION)
    window.commands.toggle_bookmark.trigger()
    window.runner.flush()
    assert bookmark_rows(window) == ["ssr-national-ownership-tips", SECTION]
    tree = window.navigator.tree
    row = next(i for i in rows_of(window.navigator.proxy) if i.data(KIND_ROLE) == "bookmark")
    tree.setCurrentIndex(row)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    window.runner.flush()
    assert bookmark_rows(window) == [SECTION]
    # Activating a bookmark opens what it points at.
    row = next(i for i in rows_of(window.navigator.proxy) if i.data(KIND_ROLE) == "bookmark")
    window.reading.open_content(NEXT_SECTION)
    tree.activated.emit(row)
    assert window.reader.current_id == SECTION


def test_back_and_forward_with_the_keyboard(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    window.reading.open_content(SECTION)
    qtbot.keyClick(window, Qt.Key.Key_Down, Alt)  # next section
    assert window.reader.current_id == NEXT_SECTION
    window.reading.open_content("ssr-national-ownership-tips")
    assert window.reader.current_kind == "checklist"
    qtbot.keyClick(window, Qt.Key.Key_Left, Alt)
    assert window.reader.current_id == NEXT_SECTION
    qtbot.keyClick(window, Qt.Key.Key_Left, Alt)
    assert window.reader.current_id == SECTION
    assert not window.commands.back.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right, Alt)
    assert window.reader.current_id == NEXT_SECTION
    qtbot.keyClick(window, Qt.Key.Key_Up, Alt)  # previous section: a new place, the forward trail goes
    assert window.reader.current_id == SECTION
    assert not window.commands.forward.isEnabled()


def test_links_between_sections_open_the_target(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    window.reading.open_content("ssr-national-ownership/principles")
    link = window.reader.browser.document().toHtml()
    assert 'href="section:' in link or window.reader.next_id
    window.reader.browser.anchorClicked.emit(__import__("PySide6.QtCore").QtCore.QUrl("section:" + SECTION))
    assert window.reader.current_id == SECTION


def test_zoom_is_remembered_with_the_window_and_last_section(
    qtbot: Any, open_window: Any, data_dir: Path
) -> None:
    window = open_window()
    window.reading.open_content(NEXT_SECTION)
    size = window.reader.browser.document().defaultFont().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Ctrl)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Ctrl)
    assert window.reader.zoom == 120
    assert window.reader.browser.document().defaultFont().pointSizeF() > size
    window.resize(780, 560)  # within the offscreen screen, so the window manager keeps it
    navigator, page = window.splitter.sizes()
    assert navigator < page  # the default: a narrow tree beside a wide page
    window.splitter.setSizes([500, 280])  # the user drags the tree wider than the page
    window.close()
    stored = json.loads((data_dir / "settings.json").read_text("utf-8"))
    assert stored["reader.zoom"] == 120 and stored["reader.last_open"] == NEXT_SECTION

    again = open_window()
    assert again.reader.zoom == 120
    assert again.reader.current_id == NEXT_SECTION
    # What the user sees, not pixel counts (restoring may round a pane by a pixel or two):
    # the smaller window they left, and the tree still wider than the page.
    assert again.width() < 1000 and again.height() < 700
    navigator, page = again.splitter.sizes()
    assert navigator > page
    qtbot.keyClick(again, Qt.Key.Key_0, Ctrl)
    assert again.reader.zoom == 100


def test_the_tree_filters_as_you_type(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    window.commands.filter_tree.trigger()
    assert window.navigator.filter_edit.hasFocus()
    qtbot.keyClicks(window.navigator.filter_edit, "Ownership MEANS")
    window.navigator.apply_filter()  # the filter also applies itself after a short pause
    visible = {i.data(ID_ROLE): i.data() for i in rows_of(window.navigator.proxy)}
    assert SECTION in visible
    assert "ssr-national-ownership" in visible  # its document stays, to show where it is
    assert "mediation" not in visible and NEXT_SECTION not in visible
    qtbot.keyClick(window.navigator.filter_edit, Qt.Key.Key_Return)  # opens the first match
    assert window.reader.current_id == SECTION
    window.navigator.filter_edit.clear()
    window.navigator.apply_filter()
    assert "mediation" in {i.data(ID_ROLE) for i in rows_of(window.navigator.proxy)}


def test_find_in_page_counts_and_steps_through_matches(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    window.reading.open_content(SECTION)
    qtbot.keyClick(window, Qt.Key.Key_F, Ctrl)
    bar = window.reader.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "OWNERSHIP")
    total = fold(window.reader.text()).count("ownership")
    assert total > 2
    assert window.reader.find_count == total
    assert bar.count.text() == f"1 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"1 of {total}"
    marked = [s.cursor.selectedText().lower() for s in window.reader.browser.extraSelections()]
    assert marked.count("ownership") == total + 1  # every match, and the current one on top
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.reader.browser.extraSelections() == []


def test_copy_with_citation(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    window.reading.open_content(SECTION)
    window.commands.copy_citation.trigger()
    copied = QGuiApplication.clipboard().text()
    view = window.runner.app.catalog.section(SECTION)
    assert copied.startswith(SECTION_TITLE)
    assert copied.endswith(f"— {SECTION_TITLE}, {view.citation}")
    assert "SOURCE" not in copied  # the source box is not pasted twice
    cursor = window.reader.browser.textCursor()
    start = window.reader.text().index("national ownership")
    cursor.setPosition(start)
    cursor.setPosition(start + len("national ownership"), cursor.MoveMode.KeepAnchor)
    window.reader.browser.setTextCursor(cursor)
    window.commands.copy_citation.trigger()
    assert QGuiApplication.clipboard().text() == f"national ownership\n\n— {SECTION_TITLE}, {view.citation}"


def test_the_reader_shows_breadcrumbs_source_and_section_steps(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    window.reading.open_content("ssr-national-ownership/people-basis")
    reader = window.reader
    trail = reader.breadcrumbs.toolTip()
    assert trail == (
        "Security sector reform › Supporting national ownership of security sector reform"
        " › Guiding principles for supporting national ownership"
    )
    # Each step links to its place (shortened to fit the line when need be).
    assert 'href="document:ssr-national-ownership"' in reader.breadcrumbs.text()
    assert 'href="section:ssr-national-ownership/principles"' in reader.breadcrumbs.text()
    assert "SOURCE" in reader.text().upper()
    assert reader.previous_button.isVisible() and reader.next_button.isVisible()
    qtbot.mouseClick(reader.previous_button, Qt.MouseButton.LeftButton)
    assert reader.current_id == "ssr-national-ownership/principles"


def test_ctrl_k_reaches_search_from_inside_the_note_editor(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    window.reading.open_content(SECTION)
    window.notes.editor.setFocus()
    qtbot.keyClick(window.notes.editor, Qt.Key.Key_K, Ctrl)
    assert window.search_field.hasFocus()
    assert window.notes.text == ""


def test_assessments_branch_lists_and_opens_assessments(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    window.navigator.set_assessments(
        [("a-1", "SSR review, Province X", "draft"), ("a-2", "Ceasefire round prep", "final")]
    )
    root = window.navigator.model.assessments_root
    assert [root.child(r).text() for r in range(root.rowCount())] == [
        "SSR review, Province X",
        "Ceasefire round prep",
    ]
    row = next(i for i in rows_of(window.navigator.proxy) if i.data(ID_ROLE) == "a-2")
    with qtbot.waitSignal(window.assessment_requested) as signal:
        window.navigator.tree.activated.emit(row)
    assert signal.args == ["a-2"]


def test_pages_can_be_added_beside_the_reader(qtbot: Any, open_window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    window = open_window()
    page = QLabel("workspace")
    window.add_page(page, "Assessment")
    window.show_page(page)
    assert window.pages.currentWidget() is page
    window.reading.open_content(SECTION)
    assert window.pages.currentWidget() is window.reading_page


def test_about_box_shows_version_data_folder_and_packs(qtbot: Any, open_window: Any, data_dir: Path) -> None:
    window = open_window()
    seen: dict[str, Any] = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen["data"] = dialog.data_label.text()  # type: ignore[attr-defined]
        packs = dialog.packs  # type: ignore[attr-defined]
        seen["packs"] = [
            (packs.topLevelItem(i).text(0), packs.topLevelItem(i).text(1))
            for i in range(packs.topLevelItemCount())
        ]
        dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, inspect)
    window.commands.about.trigger()
    assert str(data_dir) in seen["data"]
    import json

    from fieldguide.resources import starter_pack_dir

    shipped = json.loads((starter_pack_dir() / "pack.json").read_text("utf-8"))["version"]
    assert ("Field Guide starter library", shipped) in seen["packs"]


def test_every_command_is_in_a_menu(open_window: Any) -> None:
    window = open_window()
    in_menus = {a for menu in window.menus.values() for a in menu.actions()}
    for action in window.commands.all():
        assert action in in_menus, action.text()
    assert set(window.menus) == {"file", "edit", "view", "go", "assessment", "sync", "help"}
    # The shortcuts list (F1) names the keys the brief promises, and no keyboard-specific keys.
    table = dict(window.commands.shortcut_table())
    assert table["Search the library…"] == ["Ctrl+K"]
    assert table["Bookmark this section"] == ["Ctrl+D"]
    assert table["Back"] == ["Alt+Left"] and table["Forward"] == ["Alt+Right"]
    assert table["Find in section…"] == ["Ctrl+F"]
    assert "Ctrl++" in table["Zoom in"] and table["Zoom out"] == ["Ctrl+-"]


def test_a_note_that_cannot_be_saved_stays_in_the_editor_and_is_saved_later(
    qtbot: Any, open_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    window.reading.open_content(SECTION)
    service = window.runner.app.annotations
    real_save = service.save_note

    def disk_full(*_args: Any) -> None:
        raise OSError("database or disk is full")

    monkeypatch.setattr(service, "save_note", disk_full)
    window.notes.editor.setPlainText("Words typed while the disk was full")
    window.notes.flush()
    window.runner.flush()  # the save is queued on the runner: wait for its report
    assert window.notes.text == "Words typed while the disk was full"
    assert window.notes.dirty
    assert "Not saved" in window.notes.status.text() and "disk is full" in window.notes.status.text()
    monkeypatch.setattr(service, "save_note", real_save)
    window.notes.flush()  # the next keystroke, the retry timer or moving on does this
    window.runner.flush()
    assert not window.notes.dirty and window.notes.status.text() == "Saved"
    assert service.my_note("section", SECTION).body == "Words typed while the disk was full"


def test_other_devices_notes_are_shown_read_only_beside_mine(qtbot: Any, open_window: Any) -> None:
    from fieldguide.library.annotations import AnnotationService
    from fieldguide.sync.changelog import Recorder

    window = open_window()
    AnnotationService(window.runner.app.db, Recorder("a1b2c3d4-colleague")).save_note(
        "section", SECTION, "From the provincial office: the governor supports the dialogue."
    )
    window.profile.refresh_library()
    qtbot.waitUntil(lambda: window.navigator.model.index_of(SECTION).data(HAS_NOTE_ROLE) is True)
    window.reading.open_content(SECTION)
    assert window.notes.text == ""
    assert window.notes.others_view.isVisible()
    shown = window.notes.others_view.toPlainText()
    assert "the governor supports the dialogue" in shown and "a1b2c3d4" in shown
    assert window.notes.others_view.isReadOnly()


def test_the_look_follows_a_switch_to_a_dark_palette(qtbot: Any, open_window: Any) -> None:
    from PySide6.QtGui import QColor, QPalette, QTextTable

    from fieldguide.ui.icons import icon

    window = open_window()
    window.reading.open_content(SECTION)
    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    for role, color in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.Text, "#e8eaed"),
    ):
        dark.setColor(role, QColor(color))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: "#17181a" in window.styleSheet())
        # Icons are drawn in the new text colour, not the light palette's.
        image = icon("search").pixmap(24, 24).toImage()
        inked = [
            image.pixelColor(x, y)
            for x in range(24)
            for y in range(24)
            if image.pixelColor(x, y).alpha() > 200
        ]
        assert inked and all(c.lightness() > 150 for c in inked)
        # The page is laid out again in the new colours: the source box is not a light panel any more.
        assert window.reader.current_id == SECTION
        frames = window.reader.browser.document().rootFrame().childFrames()
        source_box = [f for f in frames if not isinstance(f, QTextTable)][-1]
        assert source_box.frameFormat().background().color().lightness() < 80
    finally:
        app.setPalette(light)
