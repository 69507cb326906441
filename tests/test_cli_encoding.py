"""The command line writes UTF-8 whatever encoding the platform gives its pipes.

Windows gives a piped or redirected stdout the ANSI code page (cp1252 in Western Europe), which
has no Arabic letters: `library --json` crashed with UnicodeEncodeError once a document had an
Arabic title. PYTHONIOENCODING=cp1252 gives this Linux process the same pipe encoding.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ARABIC_TITLE = "تقرير بعثة الوساطة في الفاشر"

pytestmark = pytest.mark.slow


def run_bytes(*args: str | Path, encoding: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONUTF8", None)
    return subprocess.run(
        [sys.executable, "-m", "fieldguide", *map(str, args)], capture_output=True, env=env, timeout=120
    )


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_json_with_an_arabic_title_is_utf8_through_a_pipe(
    data_dir: Path, tmp_path: Path, encoding: str
) -> None:
    note = tmp_path / "mission-report.md"
    note.write_text(f"# {ARABIC_TITLE}\n\nاجتمع المجلس الإقليمي مع الشرطة.\n", encoding="utf-8")

    imported = run_bytes("--data-dir", data_dir, "import", note, "--json", encoding=encoding)
    assert imported.returncode == 0, imported.stderr.decode("utf-8", "replace")
    assert ARABIC_TITLE in json.loads(imported.stdout.decode("utf-8"))["documents"][0]["title"]

    listed = run_bytes("--data-dir", data_dir, "library", "--json", encoding=encoding)
    assert listed.returncode == 0, listed.stderr.decode("utf-8", "replace")
    titles = [document["title"] for document in json.loads(listed.stdout.decode("utf-8"))["documents"]]
    assert ARABIC_TITLE in titles


def test_an_error_naming_an_arabic_file_is_one_utf8_line(data_dir: Path, tmp_path: Path) -> None:
    missing = tmp_path / "ملاحظات.md"
    result = run_bytes("--data-dir", data_dir, "import", missing, encoding="cp1252")
    assert result.returncode == 1
    message = result.stderr.decode("utf-8")
    assert "ملاحظات.md" in message
    assert len(message.strip().splitlines()) == 1
    assert "Traceback" not in message
