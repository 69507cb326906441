"""The window's search panel does not list what is in the bin: an assessment deleted from the
window takes its answers and notes out of the panel, and restoring it from the bin brings
them back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from fieldguide.ui.search_hits import HIT_ROLE
from tests.gui_helpers import answer_modal
from tests.test_gui_assessment_window import TIPS, in_dialog
from tests.test_search_bin import ANSWER, ASSESSMENT_NOTE, _note

Ctrl = Qt.KeyboardModifier.ControlModifier


def panel_rows(qtbot: Any, window: Any, text: str) -> tuple[list[Any], str]:
    """The hits the panel lists for `text`, and the line above them."""
    qtbot.keyClick(window, Qt.Key.Key_K, Ctrl)
    popup = window.search_popup
    with qtbot.waitSignal(popup.results_shown, timeout=10000):
        window.search_field.setText(text)
    qtbot.waitUntil(lambda: text in popup.summary.text() or popup.model.rowCount() > 0)
    hits = [popup.model.item(row).data(HIT_ROLE) for row in range(popup.model.rowCount())]
    summary = popup.summary.text()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    return hits, summary


def test_the_search_panel_does_not_list_an_assessment_in_the_bin(qtbot: Any, open_window: Any) -> None:
    from fieldguide.ui.workspace.bin_dialog import BinDialog

    window = open_window()

    def write(app: Any) -> str:
        assessment = app.assessments.create([TIPS], "Bangui review")
        item = app.assessments.get(assessment).responses[0].item_id
        app.assessments.answer(assessment, item, note=ANSWER)
        _note(app, assessment, "assessment", assessment, ASSESSMENT_NOTE)
        return str(assessment)

    assessment_id = window.runner.call(write)
    assert window.assessments.open_assessment(assessment_id)
    for word in ("Wanjiru", "Ndereba"):
        hits, _summary = panel_rows(qtbot, window, word)
        assert [hit.target_id for hit in hits] == [assessment_id]

    answer_modal("Yes")
    window.commands.delete_assessment.trigger()
    for word in ("Wanjiru", "Ndereba"):
        hits, summary = panel_rows(qtbot, window, word)
        assert hits == [] and summary == f"Nothing found for “{word}”"

    in_dialog(BinDialog, lambda dialog: dialog.restore_button.click())
    window.commands.show_bin.trigger()
    for word in ("Wanjiru", "Ndereba"):
        hits, summary = panel_rows(qtbot, window, word)
        assert [hit.target_id for hit in hits] == [assessment_id] and summary == "1 result"


def test_a_deleted_assessment_leaves_no_title_on_screen(qtbot: Any, open_window: Any) -> None:
    """Deleting an assessment (often because of what it names) takes its title off the page tab,
    the tab's tooltip and the window's title, not only out of the lists."""
    window = open_window()
    assessment_id = window.runner.call(lambda app: str(app.assessments.create([TIPS], "Bangui review")))
    assert window.assessments.open_assessment(assessment_id)
    pages = window.pages
    assert "Bangui review" in [pages.tabText(i) for i in range(pages.count())]

    answer_modal("Yes")
    window.commands.delete_assessment.trigger()
    qtbot.waitUntil(lambda: window.assessments.current_assessment() is None)
    shown = [text for i in range(pages.count()) for text in (pages.tabText(i), pages.tabToolTip(i))]
    shown.append(window.windowTitle())
    assert not any("Bangui" in text for text in shown), shown
    # Nothing tried to open it again: no "could not open" banner waits on the Assessment tab.
    banner = window.assessments.workspace.error_banner
    assert not banner.isVisible() and banner.text() == "" and banner.label.text() == ""


def test_an_open_assessment_binned_by_a_sync_closes_without_an_error(qtbot: Any, open_window: Any) -> None:
    """A sync brings the deletion of the assessment on screen (another device binned it): the
    workspace closes it quietly, as a delete here does, rather than failing to reopen it."""
    from fieldguide.changes import USER_DATA

    window = open_window()
    assessment_id = window.runner.call(lambda app: str(app.assessments.create([TIPS], "Bangui review")))
    assert window.assessments.open_assessment(assessment_id)
    # What a received bundle does to this profile, and the change notice the sync sends after.
    window.runner.call(lambda app: app.assessments.delete(assessment_id), changes=USER_DATA)
    qtbot.waitUntil(lambda: window.assessments.current_assessment() is None)
    workspace = window.assessments.workspace
    assert workspace.error_banner.text() == "" and workspace.error_banner.label.text() == ""
    assert workspace.title_label.text() == "No assessment open"
    pages = window.pages
    assert pages.tabText(pages.indexOf(workspace)) == "Assessment"
