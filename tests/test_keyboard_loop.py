"""The daily loop with the keyboard alone: every step by keys sent to whatever has the focus.

No widget is clicked and no method called to get from one step to the next: if a step
cannot be reached by keys (or the focus gets lost on the way), the test fails there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from fieldguide.paths import DataPaths

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
CHECKLIST_WORDS = "Steps of a national security"  # typed into the checklist list to find it


def stored(window: Any, assessment_id: str) -> Any:
    """The assessment as stored: read through the window's runner, after the saves queued before it."""
    return window.runner.call(lambda app: app.assessments.get(assessment_id))


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is lost: keys go nowhere"
    assert widget.isVisible(), f"the focus is on a hidden {type(widget).__name__}"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    QTest.keyClick(focus(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focus(), text)


def tab_to(qtbot: Any, predicate: Any, limit: int = 40, backwards: bool = False) -> QWidget:
    """Press Tab until the focus is on a widget for which `predicate` holds."""
    for _ in range(limit):
        if predicate(focus()):
            return focus()
        press(Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab, SHIFT if backwards else NONE)
        qtbot.wait(5)
    raise AssertionError(f"Tab never reached the widget; the focus stays on {focus()!r}")


def dialog_closed(qtbot: Any, dialog: QWidget, window: QWidget) -> None:
    """Wait for `dialog` to close and the window to be active again.

    A desktop's window manager gives the activation back to the parent window when a dialog
    closes; the offscreen platform of the tests has no window manager, so stand in for it.
    """
    qtbot.waitUntil(lambda: not dialog.isVisible())
    if QApplication.activeWindow() is None:
        window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def focus_visibly_drawn(widget: QWidget) -> bool:
    """The focused widget looks different from the same widget unfocused (a visible focus)."""
    with_focus = widget.grab().toImage()
    widget.clearFocus()
    without = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    return with_focus != without


def test_the_daily_loop_with_the_keyboard_alone(
    qtbot: Any, open_window: Any, data_dir: Path, tmp_path: Path
) -> None:
    from fieldguide.ui.lock import LockController

    window = open_window()
    window.profile.attach_lock(LockController(window, DataPaths(data_dir), idle_ms=None))
    window.setFocus()

    # Search: Ctrl+K, type, Down, Enter opens the hit in the reader.
    press(Qt.Key.Key_K, CTRL)
    assert focus() is window.search_field
    with qtbot.waitSignal(window.search_popup.results_shown, timeout=10000):
        type_text("ownership means")
    qtbot.waitUntil(lambda: bool(window.search_popup.hits))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.current_id is not None, timeout=5000)
    read = window.reader.current_id

    # Read on: Alt+Down is the next section.
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.reader.current_id != read, timeout=5000)

    # Start an assessment: Ctrl+N, find the checklist by typing its name, Space ticks it,
    # Tab to the title, type it, Enter creates.
    press(Qt.Key.Key_N, CTRL)
    dialog = window.assessments.new_assessment_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isAncestorOf(QApplication.focusWidget()))
    tab_to(qtbot, lambda w: w is dialog.checklists)
    assert focus_visibly_drawn(dialog.checklists)
    type_text(CHECKLIST_WORDS)
    current = dialog.checklists.currentItem()
    assert current is not None and current.text(0).startswith(CHECKLIST_WORDS)
    press(Qt.Key.Key_Space)
    assert current.checkState(0) == Qt.CheckState.Checked
    tab_to(qtbot, lambda w: w is dialog.title)
    type_text("Keyboard review")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.assessments.workspace is not None
        and window.pages.currentWidget() is window.assessments.workspace
    )
    workspace = window.assessments.workspace
    assessment = workspace.assessment_id
    assert stored(window, assessment).title == "Keyboard review"

    # Answer items: the list has the focus; a digit sets the status, Down moves to the next item.
    qtbot.waitUntil(lambda: focus() is workspace.tree)
    first = workspace.current_item_id
    press(Qt.Key.Key_1)
    press(Qt.Key.Key_Down)
    second = workspace.current_item_id
    assert second != first
    press(Qt.Key.Key_3)
    answers = stored(window, assessment)
    assert answers.response(first).status != "not-assessed"
    assert answers.response(second).status != "not-assessed"

    # A note on the item: Tab to the note, type.
    note = tab_to(qtbot, lambda w: w is workspace.editor.note)
    assert focus_visibly_drawn(note)
    type_text("Draft law seen at the ministry")

    # A follow-up action: Tab to the action field, type, Enter adds it.
    tab_to(qtbot, lambda w: w is workspace.actions_panel.text)
    type_text("Send the draft to the working group")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(a.text == "Send the draft to the working group"
                    for a in stored(window, assessment).actions),
        timeout=5000,
    )

    # Export: Ctrl+E, Tab to the file name, replace it, Enter exports (the default button).
    press(Qt.Key.Key_E, CTRL)
    export = window.transfer.export_dialog
    qtbot.waitUntil(lambda: export.isVisible() and export.isAncestorOf(QApplication.focusWidget()))
    tab_to(qtbot, lambda w: w is export.destination)
    press(Qt.Key.Key_A, CTRL)
    target = tmp_path / "keyboard.pdf"
    type_text(str(target))
    with qtbot.waitSignal(export.exported, timeout=30000):
        press(Qt.Key.Key_Return)
    assert target.read_bytes().startswith(b"%PDF")
    press(Qt.Key.Key_Escape)
    dialog_closed(qtbot, export, window)
    assert stored(window, assessment).response(second).note == "Draft law seen at the ministry"

    # Sync: Ctrl+Shift+S opens the dialog with the focus in it; Esc closes it.
    press(Qt.Key.Key_S, CTRL | SHIFT)
    sync = window.sync.sync_dialog
    qtbot.waitUntil(lambda: sync.isVisible() and sync.isAncestorOf(QApplication.focusWidget()))
    press(Qt.Key.Key_Escape)
    dialog_closed(qtbot, sync, window)

    # Lock with Ctrl+L; the lock screen takes the focus; Enter (on "Show") unlocks.
    press(Qt.Key.Key_L, CTRL)
    page = window.profile.lock_controller.page
    qtbot.waitUntil(lambda: page.isVisible() and focus() is page.show_button)
    assert focus_visibly_drawn(page.show_button)
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.isVisible())
    assert focus().window() is window
