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


def _documents(count: int, rng: random.Random) -> Any:
    """`count` imported documents of 100 pages, in one content set (one transaction to install)."""
    from fieldguide.library.pack_format import PackContent, fingerprint, markdown_to_plain

    content = PackContent(
        manifest={"id": "imp-bench", "version": "1", "title": "Imported mission reports", "files": []}
    )
    for index in range(count):
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


def _copy_assessments(app: Any, template: str, copies: int, devices: list[str], rng: random.Random) -> None:
    """`copies` more assessments like the template, in bulk: rows and their change-log entries."""
    from fieldguide.sync.changelog import derived_id

    with app.db.raw() as conn:
        conn.execute("BEGIN")
        query = "SELECT item_id FROM response WHERE assessment_id = ?"
        items = [r[0] for r in conn.execute(query, (template,))]
        conn.execute("CREATE TEMP TABLE idmap (old TEXT, new TEXT, assessment TEXT, device TEXT)")
        for n in range(copies):
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
        _copy_assessments(app, template, ASSESSMENTS_PER_YEAR * scale - 1, devices, rng)
        writers = {mate.device_id: mate.sync.device_keys() for mate in mates}
        _sign_writes(app, {app.device_id: app.sync.device_keys(), **writers})
        # Installed as one import set: one transaction rather than one per document (which
        # took most of a 10 x build); the library shows them as imported documents alike.
        app.packs.install_content(_documents(DOCUMENTS_PER_YEAR * scale, rng), kind="import")
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


def _sign_writes(app: Any, keys: dict[str, Any]) -> None:
    """Each writer's signature on each version it wrote, as the application keeps them.

    The copies keep the template's clocks, so one write (device, clock) spans every copy
    of a field: the proofs signed while the template was typed are replaced by ones that
    cover all of them."""
    from sqlalchemy import delete

    from fieldguide.db.models import SyncSignature
    from fieldguide.sync.keyring import put_proofs
    from fieldguide.sync.signing import carried_leaves, sign_write

    entries, _first, _last = app.sync._collect(0)
    proofs = {
        dot: sign_write(keys[dot[0]], dot[0], dot[1], leaves)
        for dot, leaves in carried_leaves(entries).items()
        if dot[0] in keys
    }
    with app.db.write() as session:
        session.execute(delete(SyncSignature))
        put_proofs(session, proofs)


def largest_assessment(app: Any) -> str:
    """Every assessment has the same 100 items; the largest is the one with the most notes."""
    with app.db.raw() as conn:
        row = conn.execute(
            "SELECT assessment_id FROM response GROUP BY assessment_id "
            "ORDER BY sum(length(note)) DESC, assessment_id LIMIT 1"
        ).fetchone()
    return str(row[0])
