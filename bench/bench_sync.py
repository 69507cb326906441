"""Sync: export and apply 10,000 changes, each against the 3 s budget; applying twice changes nothing.

Run with `python bench/bench_sync.py`. Device A records at least 10,000 changed fields
(assessments, answers with notes, actions, notes) through the Recorder, exports them
as one bundle; device B, a fresh profile, applies it. Then B applies the same bundle
again and a second bundle holding the same changes, and the benchmark checks that
neither changed B's data. The baseline, in the same process, is encoding and decoding
the very same changes without any database: the cost of the bundle format alone.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

CHANGES = 10_000
BUDGET_SECONDS = 3.0
SEED = 20261124

NOTE = (
    "Met the provincial police commander and two members of the oversight committee. "
    "La réforme avance lentement ; le budget n'est pas voté. تم الاتفاق على خطة التدقيق. "
)


def _fresh_app(root: Path):  # type: ignore[no-untyped-def]
    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    # Content is never synced: a profile without the starter library is enough here.
    return open_app(DataPaths(root), install_starter=False)


def _record_changes(app, count: int) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from fieldguide.db.models import Action, Assessment, ChangeLog, Note, Response
    from fieldguide.sync.changelog import derived_id

    rng = random.Random(SEED)

    def logged() -> int:
        # A bundle carries each changed field once (its latest state): count fields.
        fields = select(ChangeLog.table_name, ChangeLog.row_id, ChangeLog.field).distinct().subquery()
        with app.db.read() as session:
            return session.scalar(select(func.count()).select_from(fields)) or 0

    assessment_no = 0
    while logged() < count:
        with app.db.write() as session:
            assessment_no += 1
            assessment = app.recorder.create(
                session,
                Assessment,
                {"title": f"Assessment {assessment_no}", "country": "Freedonia", "checklist_ids": ["bench"]},
            )
            for item in range(60):
                item_id = f"bench/item-{item}"
                app.recorder.create(
                    session,
                    Response,
                    {
                        "assessment_id": assessment.id,
                        "item_id": item_id,
                        "status": rng.choice(["met", "partly-met", "not-met"]),
                        "note": f"{item}: {NOTE * rng.randint(1, 4)}",
                        "evidence": "Interview notes, annex B",
                        "confidence": "medium",
                    },
                    row_id=derived_id("response", assessment.id, item_id),
                )
            for action in range(5):
                app.recorder.create(
                    session,
                    Action,
                    {"assessment_id": assessment.id, "text": f"Follow up {action}", "owner": "A"},
                )
            app.recorder.create(
                session,
                Note,
                {
                    "target_kind": "assessment",
                    "target_id": assessment.id,
                    "assessment_id": assessment.id,
                    "body": NOTE,
                },
            )
    return logged()


def _user_data(path: Path) -> list[tuple[object, ...]]:
    db = sqlite3.connect(path)
    try:
        rows: list[tuple[object, ...]] = []
        for table in ("assessment", "response", "note", "action", "bookmark", "conflict", "change_log"):
            # created_at/updated_at are local bookkeeping; everything else must stay as it was.
            rows += sorted((table, *row) for row in db.execute(f"SELECT * FROM {table}"))
        return rows
    finally:
        db.close()


def _best_of(runs: int, fn) -> float:  # type: ignore[no-untyped-def]
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> dict[str, float]:
    from fieldguide.sync.bundle import decode_bundle, encode_bundle

    with tempfile.TemporaryDirectory(prefix="fg-bench-sync-") as tmp:
        root = Path(tmp)
        a = _fresh_app(root / "a")
        logged = _record_changes(a, CHANGES)
        a.sync.new_key_file(root / "team.fgkey")
        key = a.sync.team_key()

        # Export: this device's pending changes into one bundle file.
        start = time.perf_counter()
        exported = a.sync.export_file(root / "a.fgsync")
        export_s = time.perf_counter() - start
        full = a.sync.export_file(root / "a-again.fgsync", everything=True)  # same changes, new bundle

        # Apply on a fresh device.
        b = _fresh_app(root / "b")
        b.sync.import_key(root / "team.fgkey")
        start = time.perf_counter()
        applied = b.sync.apply_file(root / "a.fgsync")
        apply_s = time.perf_counter() - start
        assert applied.new == exported.changes == logged >= CHANGES, (applied, exported, logged)

        # Applying twice changes nothing: the same file, and the same changes in another bundle.
        before = _user_data(b.paths.database)
        start = time.perf_counter()
        again = b.sync.apply_file(root / "a.fgsync")
        same_file_s = time.perf_counter() - start
        start = time.perf_counter()
        again_full = b.sync.apply_file(root / "a-again.fgsync")
        same_changes_s = time.perf_counter() - start
        unchanged = _user_data(b.paths.database) == before and again.already and again_full.new == 0

        # Baseline: the bundle format alone, same changes, no database.
        changes = a.sync._collect(0)[0]
        encode_s = _best_of(3, lambda: encode_bundle(changes, device=a.device_id, key=key))
        data = encode_bundle(changes, device=a.device_id, key=key)
        decode_s = _best_of(3, lambda: decode_bundle(data, key=key))
        size = (root / "a.fgsync").stat().st_size
        a.close()
        b.close()

    print(
        f"sync, {exported.changes:,} changes"
        f" ({size / 1024:.0f} KiB bundle, {full.changes:,} in the full export):"
    )
    for label, seconds, baseline in (("export", export_s, encode_s), ("apply ", apply_s, decode_s)):
        print(
            f"  {label} {seconds:6.3f} s  = {seconds / BUDGET_SECONDS:4.2f} x budget ({BUDGET_SECONDS:.0f} s)"
            f"  = {seconds / baseline:5.1f} x baseline ({baseline * 1000:.0f} ms, bundle format alone)"
        )
    print(
        f"  apply again: same file {same_file_s * 1000:.0f} ms, same changes in another bundle "
        f"{same_changes_s:.3f} s; data unchanged: {'yes' if unchanged else 'NO'}"
    )
    if not unchanged:
        sys.exit("applying the same changes twice changed the data")
    return {"sync_export_s": export_s, "sync_apply_s": apply_s, "sync_reapply_s": same_changes_s}


if __name__ == "__main__":
    main()
