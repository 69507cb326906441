"""Start the GUI: paint the window first, open the profile behind it.

Importing SQLAlchemy and opening the database take longer than showing a
window, so the window appears at once with a "loading" state and fills in
when the profile is open (start-up budgets in the design).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fieldguide.ui.painted import after_first_paint

if TYPE_CHECKING:
    from fieldguide.ui.main_window import MainWindow


# How long the built window waits for the plain read before its first paint (PlainReadAhead.settle):
# a large library read on a busy machine is shown when it arrives instead.
SETTLE_READ_S = 0.5


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fieldguide", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--portable", action="store_true")
    parser.add_argument("--passphrase-file")
    parser.add_argument("--smoke-test", action="store_true")
    return parser.parse_known_args(argv)[0]


def launch(argv: list[str]) -> int:
    # No cyclic collection until the library is usable (`open_profile`): start-up creates the
    # window's modules, PySide6's enum classes and the library tree, and frees almost nothing,
    # so the collector would walk them again and again (≈ 5 ms of a start of ≈ 0.2 s) to
    # find no garbage. Nothing waits for it: freed objects still go at once by reference count.
    gc.disable()
    try:
        return _launch(argv)
    finally:
        gc.enable()


def _launch(argv: list[str]) -> int:
    options = _parse(argv)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("Field Guide")
    app.setOrganizationName("fieldguide")

    from fieldguide.language import apply_language, language_from_settings
    from fieldguide.paths import resolve_data_dir

    paths = resolve_data_dir(options.data_dir, portable=options.portable)
    # Before any widget exists: every text, the layout direction and the locale follow it.
    apply_language(language_from_settings(paths.settings))
    from fieldguide.ui.main_window import MainWindow

    # The frame is painted first; the rest of the window, then the lock and the profile, after it.
    window = MainWindow(paths, frame_only=True)
    window.show()

    def build() -> None:
        if window.closed:
            return
        from fieldguide.ui.controllers.profile import PlainReadAhead

        # Read plainly while the window is built, so the library fills it before its first paint.
        ahead = PlainReadAhead(str(paths.root))
        window.build()
        ahead.settle(SETTLE_READ_S)
        # The lock and the full open (SQLAlchemy) after the first paint that follows the read:
        # the library's, when it could be read plainly. Waiting for the built window's paint
        # alone raced the read: when the build finished first, the open started beside the
        # tree being filled and painted, and the library became usable later. Taken before
        # the window takes the read, so that the smoke test's hook, installed as the library
        # is shown, is called first (Qt calls the filter installed last first).
        ahead.then(lambda _read: _after_next_paint(window, open_profile))
        window.profile.read_ahead(ahead)

    def open_profile() -> None:
        from fieldguide.ui.guarded_open import open_guarded

        gc.enable()  # the library is shown: collect as usual from here on
        if window.closed:
            return
        # Opens the profile: after the first-start offer, or the passphrase, as its protection asks.
        window.profile.attach_lock(
            open_guarded(
                window,
                paths,
                passphrase_file=options.passphrase_file,
                offer_protection=not options.smoke_test,
            )
        )

    # The built window is painted before the lock and the profile (SQLAlchemy) load.
    after_first_paint(window, build)
    if options.smoke_test:
        # After build's hook: Qt calls the filter installed last first, so the smoke test notes
        # the first paint before build() runs (noted after it, the frame's paint looked late).
        _smoke_test(app, window)
    return int(app.exec())


def _after_next_paint(window: MainWindow, callback: Callable[[], None]) -> None:
    after_first_paint(window, callback)
    window.update()  # a paint is coming even when the read changed nothing on screen


def _smoke_test(app: QApplication, window: MainWindow) -> None:
    """Installers' check: show the window, load the library, render the window, quit with 0.

    Prints the wall-clock times at which the window was first painted ("shown") and the
    library loaded: a benchmark that noted when it started the process measures start-up
    from outside it, which for a frozen program includes the loader's work before Python runs.
    """
    times: dict[str, float] = {}

    def painted() -> None:
        times.setdefault("shown", time.time())

    after_first_paint(window, painted)

    def fail(status: int, message: str) -> None:
        _report(f"smoke-test: {message}")
        app.exit(status)

    def loaded() -> None:
        # Usable means the tree is shown and a section can be read: the one open, else the first.
        if not _reads_a_section(window):
            fail(5, "no section of the library could be read")
            return
        # ...and seen: noted once the window has painted them, as the first paint is.
        after_first_paint(window, seen)

    def seen() -> None:
        times["loaded"] = time.time()
        image = window.grab().toImage()
        # A window that painted nothing is one colour; the real one has text, lines and icons.
        step = max(1, min(image.width(), image.height()) // 24)
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)
        }
        if image.isNull() or len(colours) < 2:
            fail(4, "the main window did not render")
            return
        _report(
            f"smoke-test: ok shown={times.get('shown', times['loaded']):.4f} loaded={times['loaded']:.4f} "
            f"rendered={image.width()}x{image.height()}"
        )
        # The library may be usable before the profile's full open has run: wait for it, so the
        # check still proves that the whole program (SQLAlchemy, the services) starts.
        if window.profile.app_open:
            opened()
        else:
            window.profile_opened.connect(opened)

    def opened() -> None:
        # Closing (rather than quitting) runs the window's close handling, as a user's quit would.
        QTimer.singleShot(0, window.close)

    window.library_loaded.connect(loaded)
    window.load_failed.connect(lambda message: fail(1, message))
    QTimer.singleShot(60_000, lambda: fail(3, "the library did not load within 60 s"))


def _reads_a_section(window: MainWindow) -> bool:
    """Open a section as a click in the tree does (unless one is open), and check its text shows."""
    reader = window.reader
    if reader.current_kind != "section" or not reader.current_id:
        first = window.navigator.model.first_section()
        if first is None or not window.reading.open_content(first, kind="section"):
            return False
    return reader.current_kind == "section" and bool(reader.browser.toPlainText().strip())


def _report(line: str) -> None:
    # A windowed Windows program has no standard streams at all.
    stream = sys.stdout or sys.stderr
    if stream is not None:
        stream.write(line + "\n")
        stream.flush()
