"""Run in a fresh process by bench_startup: the baselines, printed as wall-clock times.

`bare` shows one QLabel (a bare PySide6 window) and prints when it is first painted;
`import` imports `fieldguide` and exits (the floor of any `fieldguide` command).
"""

from __future__ import annotations

import sys
import time


def bare() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel("Field Guide")
    label.resize(800, 600)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is label:
                print(f"painted={time.time():.4f}", flush=True)
                label.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    spy = FirstPaint()
    label.installEventFilter(spy)
    label.show()
    app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        import fieldguide  # noqa: F401
