"""A child process for the SIGKILL test: "types" a note by saving longer and longer prefixes.

It saves through the service, as the workspace's debounced editor does, and
prints each saved length (flushed) only after the save has committed.

    python tests/durability_typist.py DATA_DIR ASSESSMENT_ID ITEM_ID
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

TEXT = (
    "Réunion avec la société civile à Bambari : les associations de femmes demandent une place "
    "dans le comité de rédaction. اجتماع مع المجتمع المدني في بانغي حول إصلاح قطاع الأمن. "
) * 20
STEP = 7  # characters typed between two saves
INTERVAL = 0.1  # seconds between saves


def main() -> int:
    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    data_dir, assessment_id, item_id = sys.argv[1:4]
    app = open_app(DataPaths(Path(data_dir)), install_starter=False)
    for length in range(STEP, len(TEXT) + 1, STEP):
        app.assessments.answer(assessment_id, item_id, note=TEXT[:length])
        sys.stdout.write(f"{length}\n")
        sys.stdout.flush()
        time.sleep(INTERVAL)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
