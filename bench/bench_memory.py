"""Resident memory with the starter library open in the main window (budget 300 MB)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap

BUDGET_MB = 300.0

PROBE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    def rss_mb():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    app = QApplication([])
    if sys.argv[1] == "bare":
        label = QLabel("Field Guide")
        label.show()
        QTimer.singleShot(300, lambda: (print(f"{rss_mb():.1f}"), app.quit()))
    else:
        from fieldguide.paths import DataPaths
        from fieldguide.ui.main_window import MainWindow

        window = MainWindow(DataPaths(Path(sys.argv[2])))
        window.show()

        def loaded():
            first = window.runner.call(lambda a: a.catalog.documents()[0])
            outline = window.runner.call(lambda a: a.catalog.outline(first.id))
            if outline:
                window.reading.open_content(outline[0].id)
            QTimer.singleShot(300, lambda: (print(f"{rss_mb():.1f}"), app.quit()))

        window.profile_opened.connect(loaded)  # the whole program, not only the library read plainly
        window.open_profile()
    app.exec()
    """
)


def _rss(*args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=120, check=True
    ).stdout
    return float(out.strip().splitlines()[-1])


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        _rss("app", tmp)  # first start creates the profile
        bare = _rss("bare")
        used = _rss("app", tmp)
    print(
        f"resident memory, starter library open: {used:.0f} MB = {used / BUDGET_MB:4.2f} x budget "
        f"({BUDGET_MB:.0f} MB); bare PySide6 window {bare:.0f} MB (ratio {used / bare:.2f})"
    )
    return {"memory_mb": used}


if __name__ == "__main__":
    main()
