"""The Qt binding the app runs on must survive a long session of ordinary calls."""

from __future__ import annotations

import os
import subprocess
import sys


def test_many_void_qt_calls_do_not_abort_the_interpreter() -> None:
    # PySide6 6.12.0 on Python 3.11 lost a reference to None on each call of a method
    # returning nothing, and the interpreter aborted after a few thousand: a report of
    # 15 items or an hour of typing would have killed the app. pyproject pins it out.
    code = (
        "from PySide6.QtGui import QTextCharFormat\n"
        "f = QTextCharFormat()\n"
        "for _ in range(200_000):\n"
        "    f.setFontItalic(True)\n"
        "print('survived')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"
