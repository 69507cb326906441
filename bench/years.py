"""Profiles of a team's years: 1 ×, 10 × and 100 × one year of a five-person team.

One year (1 ×) is 200 assessments of 100 items (20,000 answers with notes, each note
autosaved a few times), 2,000 follow-up actions, notes and bookmarks on the library,
and 50 imported documents of 100 pages each; of the change log, four fifths were made
on the four other devices of the team and received.

Built once per size and kept outside the repository, under ~/.cache/fieldguide-bench/
years-<n>x-v<version>/ (a data directory; FIELDGUIDE_BENCH_CACHE moves it), so reruns
are fast and no worktree carries gigabytes.

How it stays fast: one *template* assessment is written through the real services
(`AssessmentService`, with the change log the `Recorder` keeps), so every row, clock
and log entry has exactly the form the application writes. The other assessments
are copies of it made in bulk SQL (`INSERT … SELECT` over an id map), with new ids;
four fifths of the copies are marked as written by, and received from, the other
devices. Imported documents are installed through `PackService.install_content`, as
one set of kind "import" (one transaction; one per document made 10 × take most of an hour).

The other four devices are real members of the profile's team (each a throw-away data
directory, admitted through the ordinary enrolment), and every version they wrote carries
its writer's signature, as received versions do since changes are signed: otherwise an
export leaves them out as unprovable and "the first full sync of a new device" would
carry only this device's fifth.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from bench_sync import enrol
from synthetic import CACHE  # one place says where generated profiles live

GENERATOR_VERSION = 4  # bump when the profile's shape changes: cached profiles are rebuilt
SEED = 20261201

ASSESSMENTS_PER_YEAR = 200
ITEMS_PER_ASSESSMENT = 100
ACTIONS_PER_ASSESSMENT = 10
AUTOSAVES_PER_NOTE = 3
DOCUMENTS_PER_YEAR = 50
PAGES_PER_DOCUMENT = 100
PAGES_PER_SECTION = 4
WORDS_PER_PAGE = 250
TEAM = 5  # this device and four others

WORDS = (
    "security sector reform national ownership governance oversight parliament police justice "
    "corrections vetting disarmament demobilization reintegration ceasefire mediation dialogue "
    "constitution transition elections gender women participation youth community engagement "
    "civil society accountability budget defence intelligence border customs human rights "
    "protection displacement reconciliation peacebuilding inclusion consultation mission "
    "sécurité société réforme gouvernance الأمن المجتمع المشاركة الحوار province district "
    "commander committee ministry village council returnees militia checkpoint training"
).split()


def profile_dir(scale: int) -> Path:
    return CACHE / f"years-{scale}x-v{GENERATOR_VERSION}"


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _checklists_pack() -> Any:
    """The team's own checklists: 4 × 25 items, the 100 items of every assessment."""
    from fieldguide.library.pack_format import PackContent

    rng = random.Random(SEED)
    content = PackContent(
        manifest={"id": "team-checklists", "version": "1.0.0", "title": "Team checklists", "files": []}
    )
    for c in range(4):
        checklist_id = f"team-checklist-{c}"
        content.checklists.append(
            {"id": checklist_id, "document_id": None, "title": f"Team checklist {c + 1}",
             "practice_area": "ssr", "description": "", "source": "bench", "position": c, "retired": False}
        )
        for i in range(ITEMS_PER_ASSESSMENT // 4):
            content.items.append(
                {"id": f"{checklist_id}/item-{i:02d}", "checklist_id": checklist_id, "position": i,
                 "kind": ("criterion", "question", "step", "tip")[i % 4], "group": f"Phase {i // 8 + 1}",
                 "text": _text(rng, 12), "guidance_section_id": None, "source": "bench", "retired": False}
            )
    return content


def _documents(count: int, rng: random.Random, *, first: int = 0) -> Any:
    """`count` imported documents of 100 pages from number `first`, in one content set.

    The first set is "imp-bench"; the next ones (100 × only) "imp-bench-2", "imp-bench-3"…"""
    from fieldguide.library.pack_format import PackContent, fingerprint, markdown_to_plain

    part = first // DOCUMENTS_PER_SET
    manifest = {"id": "imp-bench", "version": "1", "title": "Imported mission reports", "files": []}
    if part:
        manifest.update(id=f"imp-bench-{part + 1}", title=f"Imported mission reports {part + 1}")
    content = PackContent(manifest=manifest)
    for index in range(first, first + count):
        doc_id = f"imp-bench-{index:05d}"
        content.documents.append(
            {"id": doc_id, "title": f"Mission report {index}", "practice_area": "ssr", "source": "bench",
             "summary": "", "introduction": "", "position": index}
        )
        for s in range(PAGES_PER_DOCUMENT // PAGES_PER_SECTION):
            body = "\n\n".join(_text(rng, WORDS_PER_PAGE) for _ in range(PAGES_PER_SECTION))
            title = _text(rng, 5)
            content.sections.append(
                {"id": f"{doc_id}/s{s:03d}", "document_id": doc_id, "parent_id": None, "position": s,
                 "level": 1, "number": str(s + 1), "title": title, "body": body,
                 "plain": markdown_to_plain(body), "citation": f"Mission report {index}, p. {s * 4 + 1}",
                 "fingerprint": fingerprint(title, body)}
            )
    return content


def _template(app: Any, rng: random.Random) -> str:
    """One assessment written as advisers write it: answers, autosaved notes, actions."""
    checklists = [f"team-checklist-{c}" for c in range(4)]
    assessment = app.assessments.create(
        checklists, "Template assessment", country="Freedonia", assessors=["Amina Diallo", "Jonas Weber"]
    )
    view = app.assessments.get(assessment)
    for response in view.responses:
        from fieldguide.assessments.scales import choices

        status = rng.choice([c for c in choices(response.kind) if c != "not-assessed"])
        note = ""
        for _ in range(AUTOSAVES_PER_NOTE):  # the note grows as it is typed and autosaved
            note = (note + " " + _text(rng, 15)).strip()
            app.assessments.answer(assessment, response.item_id, status=status, note=note)
    for a in range(ACTIONS_PER_ASSESSMENT):
        app.assessments.add_action(
            assessment, _text(rng, 8), item_id=view.responses[a * 7].item_id, owner="Amina Diallo"
        )
    return assessment


_SYNCED = ("assessment", "response", "action")


def _columns(conn: Any, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


#: Copies made per transaction. 10 × (1,999 copies) is one transaction, as it always was;
#: 100 × commits every 2,000 copies and checkpoints, so the WAL never holds more than
#: a tenth of the profile (one transaction needed the whole 18 GB twice: WAL, then file).
COPIES_PER_TRANSACTION = 2000
#: Imported documents per import set (one transaction each): 10 × is the one set it was.
DOCUMENTS_PER_SET = 500


def _checkpoint(app: Any) -> None:
    """Write the WAL back into the file and empty it, so the next chunk reuses the space."""
    with app.db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _copy_assessments(
    app: Any, template: str, copies: int, devices: list[str], rng: random.Random, *, log: Any = print
) -> None:
    """`copies` more assessments like the template, in bulk: rows and their change-log entries.

    In transactions of `COPIES_PER_TRANSACTION` copies, each followed by a checkpoint."""
    done = 0
    while done < copies:
        count = min(COPIES_PER_TRANSACTION, copies - done)
        _copy_chunk(app, template, done, count, devices)
        done += count
        if done < copies:
            _checkpoint(app)
            log(f"  copied {done:,} of {copies:,} assessments")


def _copy_chunk(app: Any, template: str, first: int, count: int, devices: list[str]) -> None:
    from fieldguide.sync.changelog import derived_id

    with app.db.raw() as conn:
        conn.execute("BEGIN")
        query = "SELECT item_id FROM response WHERE assessment_id = ?"
        items = [r[0] for r in conn.execute(query, (template,))]
        conn.execute("CREATE TEMP TABLE idmap (old TEXT, new TEXT, assessment TEXT, device TEXT)")
        for n in range(first, first + count):
            new = str(uuid.uuid4())
            device = devices[n % len(devices)]
            rows = [(template, new, new, device)]
            rows += [
                (derived_id("response", template, item), derived_id("response", new, item), new, device)
                for item in items
            ]
            rows += [
                (old, str(uuid.uuid4()), new, device)
                for (old,) in conn.execute("SELECT id FROM action WHERE assessment_id = ?", (template,))
            ]
            conn.executemany("INSERT INTO idmap VALUES (?, ?, ?, ?)", rows)
        conn.execute("CREATE INDEX temp.idmap_old ON idmap(old)")
        for table in _SYNCED:
            columns = _columns(conn, table)
            renamed = {"id": "m.new", "assessment_id": "m.assessment"}
            if table == "assessment":
                renamed["title"] = "t.title || ' ' || substr(m.new, 1, 8)"
            select = ", ".join(renamed.get(c, f"t.{c}") for c in columns)
            conn.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select} FROM {table} t "
                "JOIN idmap m ON m.old = t.id"
            )
        log = [c for c in _columns(conn, "change_log") if c != "seq"]
        # The copy's entries name the copy's rows; an assessment_id value names the copy too.
        mapped = {
            "row_id": "m.new",
            "device": "m.device",
            "local": "m.device = :me",
            "value": "CASE WHEN l.field = 'assessment_id' THEN json_quote(m.assessment) ELSE l.value END",
        }
        select = ", ".join(mapped.get(c, f"l.{c}") for c in log)
        conn.execute(
            f"INSERT INTO change_log ({', '.join(log)}) SELECT {select} FROM change_log l "
            "JOIN idmap m ON m.old = l.row_id ORDER BY m.rowid, l.seq",
            {"me": app.device_id},
        )
        conn.execute("DROP TABLE idmap")
        conn.execute("COMMIT")


def _install_documents(app: Any, count: int, rng: random.Random, *, log: Any = print) -> None:
    """`count` imported documents, `DOCUMENTS_PER_SET` per import set (one transaction each).

    Up to 10 × this is the single set "imp-bench" it always was; at 100 × one set held
    every page in memory and its whole index in one WAL."""
    for first in range(0, count, DOCUMENTS_PER_SET):
        content = _documents(min(DOCUMENTS_PER_SET, count - first), rng, first=first)
        app.packs.install_content(content, kind="import")
        del content
        if first + DOCUMENTS_PER_SET < count:
            _checkpoint(app)
            log(f"  installed {first + DOCUMENTS_PER_SET:,} of {count:,} imported documents")


def build(scale: int, *, log: Any = print) -> Path:
    """The data directory of a profile at `scale` × one year, built if not cached."""
    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths

    root = profile_dir(scale)
    if (root / "ready").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    started = time.perf_counter()
    rng = random.Random(SEED + scale)
    app = open_app(DataPaths(root))
    mates_dir = Path(tempfile.mkdtemp(dir=CACHE))
    mates = [open_app(DataPaths(mates_dir / f"mate-{n}"), install_starter=False) for n in range(TEAM - 1)]
    try:
        enrol(app, *mates)
        app.packs.install_content(_checklists_pack())
        template = _template(app, rng)
        devices = [app.device_id] + [mate.device_id for mate in mates]
        _copy_assessments(app, template, ASSESSMENTS_PER_YEAR * scale - 1, devices, rng, log=log)
        _checkpoint(app)
        log(f"  {ASSESSMENTS_PER_YEAR * scale:,} assessments ({time.perf_counter() - started:.0f} s)")
        writers = {mate.device_id: mate.sync.device_keys() for mate in mates}
        _sign_writes(app, {app.device_id: app.sync.device_keys(), **writers}, log=log)
        _checkpoint(app)
        log(f"  writes signed ({time.perf_counter() - started:.0f} s)")
        # Installed as import sets of 500 documents: one transaction per set rather than one
        # per document (which took most of a 10 x build); the library shows them alike.
        _install_documents(app, DOCUMENTS_PER_YEAR * scale, rng, log=log)
        log(f"  documents installed ({time.perf_counter() - started:.0f} s)")
        sections = [f"imp-bench-{i:05d}/s000" for i in range(0, DOCUMENTS_PER_YEAR * scale, 5)]
        for section in sections[:50]:
            app.annotations.save_note("section", section, _text(rng, 30))
            app.annotations.toggle_bookmark("section", section)
        with app.db.raw() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("ANALYZE")
    finally:
        app.close()
        for mate in mates:
            mate.close()
        shutil.rmtree(mates_dir, ignore_errors=True)
    (root / "ready").write_text("ok")
    log(f"  built the {scale} x profile in {time.perf_counter() - started:.0f} s")
    return root


#: Rows read per step while signing: memory holds the leaves, not the rows or their states.
SIGN_ROWS_PER_STEP = 2000
#: Writes signed and stored per step.
PROOFS_PER_STEP = 50


def _sign_writes(app: Any, keys: dict[str, Any], *, log: Any = print) -> None:
    """Each writer's signature on each version it wrote, as the application keeps them.

    The copies keep the template's clocks, so one write (device, clock) spans every copy
    of a field: the proofs signed while the template was typed are replaced by ones that
    cover all of them. The same proofs as `carried_leaves(app.sync._collect(0))` would
    give (every logged field's state, by write), read a few thousand rows at a time: at
    100 × the whole log as entries (11.6 M field states) does not fit in memory. What is
    held is each write's leaves, 32 bytes a version, as the stored proofs hold them."""
    from sqlalchemy import delete

    from fieldguide.db.models import SYNCED_MODELS, SyncSignature
    from fieldguide.sync.keyring import put_proofs
    from fieldguide.sync.signing import leaf, sign_write, split_leaves

    leaves = _leaves_by_write(app, SYNCED_MODELS, leaf, log=log)
    dots = sorted(dot for dot in leaves if dot[0] in keys)
    with app.db.write() as session:
        session.execute(delete(SyncSignature))
        for start in range(0, len(dots), PROOFS_PER_STEP):
            proofs = {}
            for dot in dots[start : start + PROOFS_PER_STEP]:
                unique = set(split_leaves(bytes(leaves.pop(dot))))
                proofs[dot] = sign_write(keys[dot[0]], dot[0], dot[1], unique)
            put_proofs(session, proofs)


def _leaves_by_write(
    app: Any, models: dict[str, Any], leaf: Any, *, log: Any
) -> dict[tuple[str, str], bytearray]:
    """(device, hlc) -> the packed leaves of every logged field version that write made."""
    from sqlalchemy import select

    from fieldguide.sync.rows import state_of

    out: dict[tuple[str, str], bytearray] = {}
    read = 0
    for table, model in models.items():
        last = ""
        while True:
            with app.db.read() as session:
                query = select(model).where(model.id > last).order_by(model.id)
                rows = list(session.scalars(query.limit(SIGN_ROWS_PER_STEP)))
                if not rows:
                    break
                last = rows[-1].id
                ids = [row.id for row in rows]
                marks = ",".join("?" * len(ids))
                logged: dict[str, list[str]] = {}
                logged_fields = (
                    "SELECT DISTINCT row_id, field FROM change_log "
                    f"WHERE table_name = ? AND row_id IN ({marks})"
                )
                for row_id, field in session.connection().exec_driver_sql(logged_fields, (table, *ids)):
                    logged.setdefault(row_id, []).append(field)
                for row in rows:
                    for name in logged.get(row.id, ()):
                        state = state_of(row, name)
                        if not state.ctx:
                            continue
                        for sibling in state.siblings:
                            out.setdefault((sibling.device, sibling.hlc), bytearray()).extend(
                                leaf(table, row.id, name, sibling)
                            )
            read += len(rows)
            if read // 500_000 > (read - len(rows)) // 500_000:
                log(f"  signing: {read:,} rows read")
    return out


def largest_assessment(app: Any) -> str:
    """Every assessment has the same 100 items; the largest is the one with the most notes."""
    with app.db.raw() as conn:
        row = conn.execute(
            "SELECT assessment_id FROM response GROUP BY assessment_id "
            "ORDER BY sum(length(note)) DESC, assessment_id LIMIT 1"
        ).fetchone()
    return str(row[0])


if __name__ == "__main__":  # build one size ahead of a run: python bench/years.py 100
    import sys

    def _log(line: str) -> None:
        print(time.strftime("%H:%M:%S"), line, flush=True)

    for arg in sys.argv[1:]:
        _log(f"{build(int(arg), log=_log)}")
