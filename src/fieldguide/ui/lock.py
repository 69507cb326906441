"""The lock: Ctrl+L or a spell unused hides everything behind a passphrase prompt.

Works on any QMainWindow from outside it: the window needs only a `runner`
attribute (its `Runner`, which owns the profile once open). Locking hides the
central widget, the docks, the tool bars, the menu bar, the status bar and every
other window of the program, swallows their shortcuts, and, for a protected
profile, queues `ProfileService.lock` (connections closed, key wiped) behind the
saves already queued. Unlocking is `ProfileService.unlock(passphrase)` on the
runner: the key is derived again off the GUI thread.

Views that hold unsaved text should connect to `about_to_lock` and save it:
after that signal, the database refuses reads and writes until unlocked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldguide.paths import DataPaths
from fieldguide.ui.passphrase_dialog import UnlockForm
from fieldguide.ui.tasks import run_task

if TYPE_CHECKING:
    from fieldguide.ui.runner import Runner

DEFAULT_IDLE_MS = 10 * 60 * 1000

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class LockPage(QWidget):
    """What the window shows while locked: nothing of the profile, only the way back in."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("lockPage")
        self.setAutoFillBackground(True)
        self.title = QLabel(self.tr("Field Guide is locked"), self)
        self.title.setObjectName("lockTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.form = UnlockForm(self)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setObjectName("showButton")
        box = QWidget(self)
        box.setMinimumWidth(340)
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.explanation)
        inner.addWidget(self.form)
        inner.addWidget(self.show_button)
        # Centred by stretches, not by an alignment flag: an aligned widget gets its size hint's
        # height, which cuts a wrapped explanation short; between stretches it gets the height
        # its text needs at the width it has.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def set_protected(self, protected: bool) -> None:
        self.form.setVisible(protected)
        self.show_button.setVisible(not protected)
        self.explanation.setText(
            self.tr("Enter your passphrase to continue.")
            if protected
            else self.tr(
                "This profile has no passphrase: anyone at this computer can show it again. "
                "Protect it with a passphrase to make the lock hold."
            )
        )


class LockController(QObject):
    locked = Signal()
    unlocked = Signal()
    about_to_lock = Signal()

    def __init__(
        self,
        window: QMainWindow,
        paths: DataPaths,
        *,
        idle_ms: int | None = DEFAULT_IDLE_MS,
        open_profile: Callable[[bytearray], None] | None = None,
        keys: Any = None,
    ) -> None:
        super().__init__(window)
        from fieldguide.security.profile import ProfileKeys

        self.window = window
        self.paths = paths
        self.keys = keys or ProfileKeys(paths)
        self.idle_ms = idle_ms
        # Called with the key after the first unlock when the profile was not open yet (start-up).
        self.open_profile = open_profile
        self.is_locked = False
        self.first_start_dialog: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._focus_before: QWidget | None = None
        self._disabled_title = ""
        self._last_activity = time.monotonic()

        self.page = LockPage(window)
        self.page.hide()
        self.page.form.submitted.connect(self._try_unlock)
        self.page.show_button.clicked.connect(self._finish_unlock)

        self.action = QAction(self.tr("&Lock"), window)
        self.action.setObjectName("lockAction")
        self.action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)

        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self._idle_check)
        application = QApplication.instance()
        assert application is not None  # a controller only exists inside the running application
        application.installEventFilter(self)
        window.installEventFilter(self)
        self._arm_idle()

    # --- idle --------------------------------------------------------------------------

    def set_idle_ms(self, idle_ms: int | None) -> None:
        self.idle_ms = idle_ms
        self._arm_idle()

    def _arm_idle(self, remaining_ms: int | None = None) -> None:
        self._idle_timer.stop()
        if self.idle_ms and not self.is_locked:
            self._idle_timer.start(max(10, remaining_ms if remaining_ms is not None else self.idle_ms))

    def _idle_check(self) -> None:
        if self.is_locked or not self.idle_ms:
            return
        idle_for = (time.monotonic() - self._last_activity) * 1000
        if idle_for < self.idle_ms:
            self._arm_idle(int(self.idle_ms - idle_for))
        elif self.keys.is_protected():
            # The idle lock is for protected profiles; without a passphrase it would only annoy.
            self.lock()
        else:
            self._arm_idle()

    # --- events ------------------------------------------------------------------------

    def _belongs_to_page(self, widget: QObject) -> bool:
        obj: QObject | None = widget
        while obj is not None:
            if obj is self.page:
                return True
            obj = obj.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self._last_activity = time.monotonic()
        if watched is self.window and kind == QEvent.Type.Resize:
            self.page.setGeometry(self.window.rect())
        if watched is self.window and kind == QEvent.Type.Close:
            # The close may still be refused by the window; look once it has been handled.
            QTimer.singleShot(0, self._stop_if_closed)
        if not self.is_locked:
            return False
        if kind == QEvent.Type.Shortcut and watched is not self.action and not self._belongs_to_page(watched):
            return True  # no action of the hidden content runs while locked
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and self._is_content(watched):
            # Something shown while locked (a finished load, a dialog): hide it until unlock.
            self._hidden.append(watched)
            QTimer.singleShot(0, watched.hide)
        return False

    def _stop_if_closed(self) -> None:
        if shiboken6.isValid(self.window) and self.window.isVisible():
            return
        self.stop()

    def stop(self) -> None:
        """Stop watching (the window is gone): no more idle lock, no more hiding."""
        self._idle_timer.stop()
        instance = QApplication.instance()
        if instance is not None:
            instance.removeEventFilter(self)

    def _is_content(self, widget: QWidget) -> bool:
        if widget is self.window or self._belongs_to_page(widget):
            return False
        if widget.isWindow():
            return True
        return widget.parentWidget() is self.window

    # --- lock and unlock ---------------------------------------------------------------

    def lock(self) -> None:
        if self.is_locked:
            return
        self.about_to_lock.emit()
        self.is_locked = True
        # Where the keyboard was, to give it back on unlock (the lock screen takes the focus).
        focused = QApplication.focusWidget()
        self._focus_before = focused if focused is not None and focused.window() is self.window else None
        self._idle_timer.stop()
        protected = self.keys.is_protected()
        self.page.set_protected(protected)
        self.page.form.reset()
        self._hide_content()
        self.page.setGeometry(self.window.rect())
        self.page.show()
        self.page.raise_()
        if protected:
            self.page.form.field.setFocus()
            runner = self._runner()
            if runner is not None:
                # Behind the saves `about_to_lock` queued: they are written before the key goes.
                runner.run(lambda app: app.profile.lock(), on_failed=lambda _error: None)
            wait = self.keys.attempts.wait_needed()
            if wait > 0:
                self.page.form.wait(wait)
        else:
            self.page.show_button.setFocus()
        self.locked.emit()

    def _hide_content(self) -> None:
        self._hidden = []
        self._disabled_title = self.window.windowTitle()
        self.window.setWindowTitle(self.tr("Field Guide (locked)"))
        candidates: list[QWidget] = [w for w in QApplication.topLevelWidgets() if w is not self.window]
        candidates += [w for w in self.window.children() if isinstance(w, QWidget)]
        for widget in candidates:
            if widget.isVisible() and self._is_content(widget):
                self._hidden.append(widget)
                widget.hide()

    def _runner(self) -> Runner | None:
        """The window's runner while a profile is open in it, else None."""
        runner: Runner | None = getattr(self.window, "runner", None)
        return runner if runner is not None and runner.is_open else None

    def _try_unlock(self, passphrase: str) -> None:
        wait = self.keys.attempts.wait_needed()
        if wait > 0:
            self.page.form.wait(wait)
            return
        self.page.form.set_busy(True)
        runner = self._runner()
        if runner is not None:
            # Argon2id takes a noticeable fraction of a second: on the runner's worker, like every
            # other use of the profile.
            runner.run(
                lambda app: app.profile.unlock(passphrase),
                lambda _result: self._finish_unlock(),
                self._key_failed,
            )
            return
        keys = self.keys
        run_task(lambda: keys.key_from_passphrase(passphrase), self._key_ready, self._key_failed)

    def _key_ready(self, key: bytearray) -> None:
        """The profile is not open yet (start-up on the lock screen): open it with the key."""
        from fieldguide.memory import wipe

        first_open, self.open_profile = self.open_profile, None
        if first_open is None:
            wipe(key)
            self._finish_unlock()
            return
        self._finish_unlock()
        first_open(key)  # the opener wipes the key once the profile is open

    def _key_failed(self, error: BaseException) -> None:
        from fieldguide.errors import DatabaseLocked
        from fieldguide.security.attempts import TryAgainLater

        self.page.form.set_busy(False)
        if isinstance(error, TryAgainLater):
            self.page.form.wait(error.seconds)
            return
        if isinstance(error, DatabaseLocked):
            self.page.form.show_error(self.tr("Wrong passphrase."))
            wait = self.keys.attempts.wait_needed()
            if wait > 0:
                self.page.form.wait(wait)
            return
        self.page.form.show_error(str(error) or type(error).__name__)

    def _finish_unlock(self) -> None:
        self.is_locked = False
        self.page.hide()
        self.page.form.reset()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.window.setWindowTitle(self._disabled_title)
        # Keys must not go on to the hidden lock screen: back to where the user was.
        before = self._focus_before
        if before is not None and before.isVisible():
            before.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.window.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_before = None
        self._last_activity = time.monotonic()
        self._arm_idle()
        self.unlocked.emit()


def install_lock(
    window: QMainWindow,
    paths: DataPaths,
    *,
    idle_ms: int | None = None,
    start_locked: bool = False,
    open_profile: Callable[[bytearray], None] | None = None,
) -> LockController:
    """Install the lock on `window`; `idle_ms` None takes the profile's setting (10 minutes by default).

    With `start_locked`, the window opens on the passphrase prompt and `open_profile(key)`
    is called once the passphrase is right.
    """
    controller = LockController(window, paths, idle_ms=idle_ms, open_profile=open_profile)
    if idle_ms is None:
        from fieldguide.security.preferences import lock_after_minutes

        controller.set_idle_ms(int(lock_after_minutes(paths) * 60 * 1000))
    if start_locked:
        controller.lock()
    return controller
