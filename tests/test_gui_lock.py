"""The lock and the first-start offer, driven through real widgets (pytest-qt)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QLineEdit, QMainWindow, QTextEdit, QToolBar, QWidget

from fieldguide.app import open_app
from fieldguide.paths import DataPaths
from fieldguide.security.cipherfile import is_encrypted
from fieldguide.security.descriptor import load_descriptor
from fieldguide.ui.guarded_open import open_guarded
from fieldguide.ui.lock import install_lock
from fieldguide.ui.runner import Runner
from tests.test_security_profile import PASSPHRASE, SECRETS, cheap_kdf, note_bodies, write_notes

SECRET = SECRETS[0]


class ContentWindow(QMainWindow):
    """Any main window: content in the centre, a dock, a tool bar, a menu; a runner that owns the profile."""

    def __init__(self, paths: DataPaths) -> None:
        super().__init__()
        self.paths = paths
        self.runner = Runner(self)
        self.setWindowTitle("Field Guide — " + SECRET[:10])
        self.editor = QTextEdit(self)
        self.editor.setPlainText(SECRET)
        self.setCentralWidget(self.editor)
        self.dock = QDockWidget("Notes", self)
        self.dock.setWidget(QLabel(SECRETS[1], self.dock))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.toolbar = QToolBar("Tools", self)
        self.addToolBar(self.toolbar)
        self.menuBar().addMenu("Recent").addAction(SECRETS[2])
        self.statusBar().showMessage(SECRET)

    @property
    def app(self) -> Any:
        """The open profile once every queued operation (a lock, an unlock) has run; for the test's checks."""
        self.runner.flush()
        return self.runner.app

    def open_profile(self, opener: Callable[[], Any] | None = None) -> None:
        self.runner.open(opener if opener is not None else lambda: open_app(self.paths))

    def closeEvent(self, event: Any) -> None:
        self.runner.close()
        super().closeEvent(event)


def visible_text(window: QWidget) -> str:
    """All the text a person could read in the window now."""
    parts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QTextEdit):
            parts.append(widget.toPlainText())
    return "\n".join(parts)


@pytest.fixture
def protected_window(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    paths = DataPaths(data_dir)
    app = open_app(paths)
    write_notes(app)
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    window = ContentWindow(paths)
    window.open_profile(lambda: app)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def assert_content_hidden(window: ContentWindow) -> None:
    assert not window.editor.isVisible()
    assert not window.dock.isVisible()
    assert not window.toolbar.isVisible()
    assert not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    text = visible_text(window)
    assert all(secret[:12] not in text for secret in SECRETS), text
    assert "locked" in window.windowTitle()


def unlock_with(qtbot, controller, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    form = controller.page.form
    form.field.setText(passphrase)
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)


def test_ctrl_l_locks_and_hides_every_piece_of_content(qtbot, protected_window) -> None:  # type: ignore[no-untyped-def]
    window = protected_window
    controller = install_lock(window, window.paths, idle_ms=0)
    assert window.editor.isVisible() and window.dock.isVisible()
    qtbot.keyClick(window.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.is_locked
    assert controller.page.isVisible() and controller.page.form.field.isVisible()
    assert_content_hidden(window)
    # The key is gone: nothing can be read from the profile while locked.
    assert window.app.db.locked


def test_wrong_passphrase_is_refused_right_one_unlocks(qtbot, protected_window) -> None:  # type: ignore[no-untyped-def]
    window = protected_window
    controller = install_lock(window, window.paths, idle_ms=0)
    controller.lock()
    unlock_with(qtbot, controller, "certainly not the passphrase")
    qtbot.waitUntil(lambda: controller.page.form.message.text() == "Wrong passphrase.", timeout=10_000)
    assert controller.is_locked
    assert_content_hidden(window)
    assert window.app.db.locked

    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        unlock_with(qtbot, controller, PASSPHRASE)
    assert not controller.is_locked
    assert not controller.page.isVisible()
    assert window.editor.isVisible() and window.dock.isVisible() and window.toolbar.isVisible()
    assert window.menuBar().isVisible()
    assert window.windowTitle().startswith("Field Guide — ")
    assert note_bodies(window.app) == sorted(SECRETS)


def test_repeated_failures_make_the_user_wait(qtbot, protected_window) -> None:  # type: ignore[no-untyped-def]
    window = protected_window
    controller = install_lock(window, window.paths, idle_ms=0)
    controller.keys.attempts.schedule = lambda failures: 0.0 if failures < 2 else 60.0
    controller.lock()
    form = controller.page.form
    for expected in (1, 2):
        unlock_with(qtbot, controller, "wrong passphrase number")
        # The answer has reached the form (not only profile.json) before the next try.
        qtbot.waitUntil(
            lambda n=expected: controller.keys.attempts.failures() == n and form.field.isEnabled(),
            timeout=10_000,
        )
    qtbot.waitUntil(lambda: "Try again in" in form.message.text(), timeout=5_000)
    assert not form.button.isEnabled()
    # Even the right passphrase is not tried while the delay runs.
    unlock_with(qtbot, controller, PASSPHRASE)
    assert controller.is_locked and controller.keys.attempts.failures() == 2


def test_idle_timeout_locks(qtbot, protected_window) -> None:  # type: ignore[no-untyped-def]
    window = protected_window
    controller = install_lock(window, window.paths, idle_ms=150)
    qtbot.waitUntil(lambda: controller.is_locked, timeout=5_000)
    assert_content_hidden(window)


def test_idle_timeout_comes_from_the_profile_setting(qtbot, protected_window) -> None:  # type: ignore[no-untyped-def]
    window = protected_window
    assert install_lock(window, window.paths).idle_ms == 10 * 60 * 1000  # the default
    controller = install_lock(window, window.paths, idle_ms=None)
    controller.keys.set_lock_after(2)
    assert install_lock(window, window.paths).idle_ms == 2 * 60 * 1000
    assert not controller.is_locked


def test_content_shown_while_locked_is_hidden_again(qtbot, protected_window) -> None:  # type: ignore[no-untyped-def]
    window = protected_window
    controller = install_lock(window, window.paths, idle_ms=0)
    controller.lock()
    late = QDockWidget("Late", window)
    late.setWidget(QLabel(SECRET, late))
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, late)
    late.show()
    qtbot.waitUntil(lambda: not late.isVisible(), timeout=2_000)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        unlock_with(qtbot, controller, PASSPHRASE)
    assert late.isVisible()


def test_protected_profile_starts_on_the_lock_screen(qtbot, data_dir: Path) -> None:
    paths = DataPaths(data_dir)
    app = open_app(paths)
    write_notes(app)
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    app.close()
    window = ContentWindow(paths)
    qtbot.addWidget(window)
    window.show()
    controller = open_guarded(window, paths)
    assert controller.is_locked and window.app is None
    assert_content_hidden(window)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        unlock_with(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: window.app is not None, timeout=10_000)
    assert note_bodies(window.app) == sorted(SECRETS)


def test_first_start_offer_protects_the_new_profile(qtbot, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "new-profile")
    window = ContentWindow(paths)
    qtbot.addWidget(window)
    window.show()
    controller = open_guarded(window, paths)
    dialog = controller.first_start_dialog
    assert dialog is not None and dialog.isVisible()
    assert "recommended" in dialog.findChild(QLabel, "firstStartIntro").text()
    assert not dialog.protect_button.isEnabled()
    form = dialog.form
    form.passphrase_field.setText("short")
    assert form.hint().startswith("Too short")
    form.passphrase_field.setText("password")
    form.confirm_field.setText("password")
    assert form.hint().startswith("Weak")
    form.passphrase_field.setText(PASSPHRASE)
    assert "differ" in form.hint() and not dialog.protect_button.isEnabled()
    form.confirm_field.setText(PASSPHRASE)
    assert form.hint() == "Strong." and dialog.protect_button.isEnabled()
    assert not form.remember_box.isEnabled(), "no keyring on this machine: not offered"
    qtbot.mouseClick(dialog.protect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.app is not None, timeout=15_000)
    assert is_encrypted(paths.database)
    assert load_descriptor(paths.root).kdf is not None
    write_notes(window.app)
    window.runner.close()
    with pytest.raises(Exception, match="protected"):
        open_app(paths)


def test_first_start_offer_may_be_declined(qtbot, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "new-profile")
    window = ContentWindow(paths)
    qtbot.addWidget(window)
    window.show()
    controller = open_guarded(window, paths)
    dialog = controller.first_start_dialog
    qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.app is not None, timeout=15_000)
    assert not dialog.isVisible()
    assert paths.database.exists() and not is_encrypted(paths.database)
    # Ctrl+L still hides the content (a privacy screen), and one click shows it again.
    controller.lock()
    assert_content_hidden(window)
    assert controller.page.show_button.isVisible() and not controller.page.form.isVisible()
    qtbot.mouseClick(controller.page.show_button, Qt.MouseButton.LeftButton)
    assert window.editor.isVisible()


def test_the_real_main_window_locks_and_unlocks(qtbot, data_dir: Path) -> None:
    from fieldguide.ui.main_window import MainWindow

    paths = DataPaths(data_dir)
    app = open_app(paths)
    write_notes(app)
    app.profile.protect(PASSPHRASE, params=cheap_kdf())
    app.close()
    window = MainWindow(paths)
    qtbot.addWidget(window)
    window.show()
    controller = open_guarded(window, paths)
    assert controller.is_locked
    with qtbot.waitSignal(window.library_loaded, timeout=20_000):
        unlock_with(qtbot, controller, PASSPHRASE)
    central = window.centralWidget()
    assert central.isVisible()
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    controller.lock()
    assert not central.isVisible()
    assert not any(d.isVisible() for d in docks)
    window.runner.flush()  # the lock is queued behind whatever the runner was doing
    assert window.runner.app.db.locked
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        unlock_with(qtbot, controller, PASSPHRASE)
    assert central.isVisible() and all(d.isVisible() for d in docks)
    assert window.runner.call(lambda app: app.search.search("Okonkwo"))
