"""Sync: export and apply 10,000 signed changes, against the 3 s budget and against unsigned ones.

Run with `python bench/bench_sync.py`. Device A records at least 10,000 changed fields
(assessments, answers with notes, actions, notes) through the Recorder (each write
signed as it is made), exports them as one bundle; device B, a fresh member of the
team, applies it (every signature checked). Then B applies the same bundle again and a
second bundle holding the same changes, and the benchmark checks that neither changed
B's data.

Two baselines, measured in the same run on the same changes:

- **unsigned** (issue 14's budget: signed within 2 x): the same export path without
  proofs — collect the fields from the database, seal them in a bundle with no writer
  signatures, device bindings, roster or sealed keys, write the file — and the same
  apply path without verification, on fresh devices whose check of the signatures is
  bypassed for this one measurement; each apply measured on three new members, the best
  of three, as each export. Bundle size too: signed against unsigned bytes.
- **bundle format alone**: encoding and decoding the changes without any database.
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


def _apply_on_new_member(member, root: Path, bundle: Path, *, verified: bool = True) -> float:  # type: ignore[no-untyped-def]
    """Seconds a new member of ``member``'s team takes to apply ``bundle``; with
    ``verified=False``, the unsigned baseline: the same apply path, its check of the
    signatures bypassed."""
    from fieldguide.sync.verify import Checked

    device = _fresh_app(root)
    try:
        enrol(member, device)
        if not verified:
            device.sync._verify = lambda bundle, source, labels: Checked()
        start = time.perf_counter()
        result = device.sync.apply_file(bundle)
        took = time.perf_counter() - start
        assert result.new >= CHANGES, result
        return took
    finally:
        device.close()


def enrol(member, *newcomers) -> None:  # type: ignore[no-untyped-def]
    """``member`` founds a team (unless it is in one) and admits each newcomer, codes confirmed."""
    if member.sync.roster() is None:
        member.sync.create_team("Bench team", unprotected=True)
    for device in newcomers:
        request, code, _team = device.sync.join_request(member.sync.invitation(), unprotected=True)
        device.sync.accept(member.sync.admit(request, code), unprotected=True)


def _unsigned_export(app, path: Path) -> bytes:  # type: ignore[no-untyped-def]
    """Export as before signed changes: collect, seal without proofs, write."""
    from fieldguide.atomic import atomic_write

    collected, seq_from, seq_to = app.sync._collect(0)
    data = collected.writer.finish(
        device=app.device_id, key=app.sync.writing_key(), seq_range=(seq_from, seq_to)
    )
    with atomic_write(path) as temporary:
        temporary.write_bytes(data)
    return data


def main() -> dict[str, float]:
    from fieldguide.sync.bundle import decode_bundle
    from fieldguide.sync.bundle_writing import encode_bundle
    from fieldguide.sync.signing import carried_leaves, sign_write

    with tempfile.TemporaryDirectory(prefix="fg-bench-sync-") as tmp:
        root = Path(tmp)
        a = _fresh_app(root / "a")
        b = _fresh_app(root / "b")
        enrol(a, b)
        logged = _record_changes(a, CHANGES)
        key = a.sync.writing_key()

        # Export: this device's pending changes into one bundle file (signed when written).
        start = time.perf_counter()
        exported = a.sync.export_file(root / "a.fgsync")
        export_s = time.perf_counter() - start
        full = a.sync.export_file(root / "a-again.fgsync", everything=True)  # same changes, new bundle
        # Against the unsigned path, both measured alike: best of three full exports each.
        signed_export_s = _best_of(3, lambda: a.sync.export_file(root / "signed.fgsync", everything=True))
        unsigned_export_s = _best_of(3, lambda: _unsigned_export(a, root / "unsigned.fgsync"))

        # Apply on a fresh member: every writer's signature checked.
        start = time.perf_counter()
        applied = b.sync.apply_file(root / "a.fgsync")
        apply_s = time.perf_counter() - start
        assert applied.new == exported.changes == logged >= CHANGES, (applied, exported, logged)
        # Against the unsigned path, both measured alike: the best of three fresh members
        # each (one apply varies by a third from run to run on a shared machine).
        apply_s = min(apply_s, *(_apply_on_new_member(a, root / f"b{n}", root / "a.fgsync") for n in (2, 3)))
        unsigned = root / "unsigned.fgsync"
        unsigned_apply_s = min(
            _apply_on_new_member(a, root / f"c{n}", unsigned, verified=False) for n in (1, 2, 3)
        )

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
        changes = list(decode_bundle((root / "a-again.fgsync").read_bytes(), key=key).changes)
        encode_s = _best_of(3, lambda: encode_bundle(changes, device=a.device_id, key=key))
        data = encode_bundle(changes, device=a.device_id, key=key)
        decode_s = _best_of(3, lambda: decode_bundle(data, key=key))
        # What signing at write time costs, spread over the writes (not part of export).
        writes = carried_leaves(changes)
        keys = a.sync.device_keys()
        signing_s = _best_of(1, lambda: [sign_write(keys, d, h, leaves) for (d, h), leaves in writes.items()])
        size = (root / "a.fgsync").stat().st_size
        unsigned_size = (root / "unsigned.fgsync").stat().st_size
        for app in (a, b):
            app.close()

    print(
        f"sync, {exported.changes:,} signed changes in {len(writes):,} writes"
        f" ({size / 1024:.0f} KiB bundle, {full.changes:,} in the full export):"
    )
    for label, seconds, baseline in (("export", export_s, encode_s), ("apply ", apply_s, decode_s)):
        print(
            f"  {label} {seconds:6.3f} s  = {seconds / BUDGET_SECONDS:4.2f} x budget ({BUDGET_SECONDS:.0f} s)"
            f"  = {seconds / baseline:5.1f} x baseline ({baseline * 1000:.0f} ms, bundle format alone)"
        )
    ratios = {
        "size": size / unsigned_size,
        "export": signed_export_s / unsigned_export_s,
        "apply": apply_s / unsigned_apply_s,
    }
    print(
        f"  signed / unsigned (budget 2.00 x): size {ratios['size']:4.2f} x ({unsigned_size / 1024:.0f} KiB"
        f" unsigned), export {ratios['export']:4.2f} x ({signed_export_s:.3f} s / {unsigned_export_s:.3f} s),"
        f" apply {ratios['apply']:4.2f} x ({apply_s:.3f} s / {unsigned_apply_s:.3f} s)"
    )
    print(
        f"  signing at write time: {signing_s * 1000:.0f} ms for {len(writes):,} writes"
        f" ({signing_s / max(len(writes), 1) * 1e6:.0f} us each, spread over the edits)"
    )
    print(
        f"  apply again: same file {same_file_s * 1000:.0f} ms, same changes in another bundle "
        f"{same_changes_s:.3f} s; data unchanged: {'yes' if unchanged else 'NO'}"
    )
    if not unchanged:
        sys.exit("applying the same changes twice changed the data")
    return {
        "sync_export_s": export_s,
        "sync_apply_s": apply_s,
        "sync_reapply_s": same_changes_s,
        "sync_signed_size_ratio": ratios["size"],
        "sync_signed_export_ratio": ratios["export"],
        "sync_signed_apply_ratio": ratios["apply"],
    }


if __name__ == "__main__":
    main()
