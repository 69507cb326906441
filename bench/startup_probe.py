"""Run in a fresh process by bench_startup: prints seconds since `--t0` to a shown window.

`bare` shows one QLabel; `app` starts Field Guide's real GUI entry point.
"""

from __future__ import annotations

import sys
import time

T0 = float(sys.argv[2])


def report(label: str) -> None:
    print(f"{label} {time.time() - T0:.4f}", flush=True)


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel("Field Guide")
    label.resize(800, 600)
    label.show()
    QTimer.singleShot(0, lambda: (report("shown"), app.quit()))
    app.exec()


def fieldguide_app(data_dir: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from fieldguide.paths import DataPaths
    from fieldguide.ui.main_window import MainWindow

    window = MainWindow(DataPaths(__import__("pathlib").Path(data_dir)))
    window.show()
    QTimer.singleShot(0, lambda: report("shown"))
    window.library_loaded.connect(lambda: (report("usable"), QTimer.singleShot(0, app.quit)))
    window.open_profile()
    app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        fieldguide_app(sys.argv[3])
