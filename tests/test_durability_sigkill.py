"""Notes survive SIGKILL: a real process saving a note as it is typed is killed at random moments.

After each kill the profile must pass `PRAGMA integrity_check` and hold at least
the last prefix the child reported as saved (it reports only after a commit).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from fieldguide.app import open_app
from fieldguide.paths import DataPaths
from tests.durability_typist import TEXT

TYPIST = Path(__file__).with_name("durability_typist.py")
KILLS = 3


def stored_note(app: Any, assessment_id: str, item_id: str) -> str:
    response = app.assessments.get(assessment_id).response(item_id)
    assert response is not None
    return response.note


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_note_typed_while_the_process_is_killed_is_kept(data_dir: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    chance = random.Random(seed)
    app = open_app(DataPaths(data_dir))
    assessment_id = app.assessments.create(["ssr-nsp-process-steps"], "Durability")
    items = [r.item_id for r in app.assessments.get(assessment_id).responses][:KILLS]
    app.close()

    for round_number, item_id in enumerate(items):
        child = subprocess.Popen(
            [sys.executable, str(TYPIST), str(data_dir), assessment_id, item_id],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert child.stdout is not None
        reported = 0
        try:
            for _ in range(chance.randint(3, 12)):
                line = child.stdout.readline()
                assert line, f"the typist stopped early: {child.stderr.read() if child.stderr else ''}"
                reported = int(line)
            time.sleep(chance.uniform(0.0, 0.1))  # somewhere between two saves, or inside one
            child.send_signal(signal.SIGKILL)
            remaining, _ = child.communicate(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        assert child.returncode == -signal.SIGKILL
        reported = max([reported, *(int(n) for n in remaining.split())])

        app = open_app(DataPaths(data_dir))
        try:
            with app.db.read() as session:
                assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            note = stored_note(app, assessment_id, item_id)
        finally:
            app.close()
        context = f"seed {seed}, round {round_number}: reported {reported}, stored {len(note)}"
        assert len(note) >= reported, context
        assert note == TEXT[: len(note)], context
