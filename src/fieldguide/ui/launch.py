"""Start the GUI: paint the window first, open the profile behind it.

Importing SQLAlchemy and opening the database take longer than showing a
window, so the window appears at once with a "loading" state and fills in
when the profile is open (start-up budgets in the design).
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fieldguide", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--portable", action="store_true")
    parser.add_argument("--passphrase-file")
    parser.add_argument("--smoke-test", action="store_true")
    return parser.parse_known_args(argv)[0]


def launch(argv: list[str]) -> int:
    options = _parse(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Field Guide")
    app.setOrganizationName("fieldguide")

    from fieldguide.paths import resolve_data_dir
    from fieldguide.ui.main_window import MainWindow

    paths = resolve_data_dir(options.data_dir, portable=options.portable)
    window = MainWindow(paths)
    window.show()
    if options.smoke_test:
        # Used by installers' checks: open, load the library, render, quit with 0.
        window.library_loaded.connect(lambda: QTimer.singleShot(200, app.quit))
        window.load_failed.connect(lambda _message: app.exit(1))
        QTimer.singleShot(60_000, lambda: app.exit(3))
    window.open_profile()
    return int(app.exec())
