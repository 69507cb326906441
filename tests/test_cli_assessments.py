"""The assessment command line as a script uses it: output, exit status, nothing written on error."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from fieldguide.cli import run

PROCESS = "ssr-nsp-process-steps"
TIPS = "ssr-national-ownership-tips"


def snapshot(data_dir: Path) -> list[Any]:
    """Every user-data row and the change log: equal snapshots mean nothing was written."""
    db = sqlite3.connect(data_dir / "fieldguide.db")
    try:
        return [
            db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("assessment", "response", "action", "change_log")
        ]
    finally:
        db.close()


def fg(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The command line in this process (fast); the subprocess test below covers the real entry point."""
    code = run(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_new_answer_action_show_through_the_real_command(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    created = cli(
        "assessment",
        "new",
        "--checklist",
        PROCESS,
        "--checklist",
        TIPS,
        "--title",
        "SSR readiness review",
        "--country",
        "République centrafricaine",
        "--classification",
        "confidential",
        "--json",
    )
    assert created.returncode == 0, created.stderr
    assessment_id = json.loads(created.stdout)["id"]
    note = tmp_path / "note.md"
    note.write_text("Réunion avec la société civile à Bambari\n\n- اجتماع مع المجتمع المدني\n", "utf-8")
    before = json.loads(cli("assessment", "show", assessment_id, "--json").stdout)
    scale = next(r for r in before["responses"] if r["item_id"] == f"{PROCESS}/build-trust")["scale"]
    value = scale[0]
    answered = cli(
        "assessment",
        "answer",
        assessment_id[:8],
        f"{PROCESS}/build-trust",
        "--status",
        value,
        "--note-file",
        note,
        "--confidence",
        "medium",
    )
    assert answered.returncode == 0, answered.stderr
    added = cli(
        "action",
        "add",
        assessment_id,
        "Invite women's associations",
        "--item",
        f"{PROCESS}/build-trust",
        "--owner",
        "Amina",
        "--due",
        "2025-04-01",
    )
    assert added.returncode == 0, added.stderr
    shown = cli("assessment", "show", assessment_id, "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert {
        "id",
        "title",
        "country",
        "classification",
        "status",
        "checklists",
        "responses",
        "actions",
    } <= set(data)
    assert data["id"] == assessment_id and data["country"] == "République centrafricaine"
    assert (data["classification"], data["status"]) == ("confidential", "draft")
    assert [c["id"] for c in data["checklists"]] == [PROCESS, TIPS]
    response = next(r for r in data["responses"] if r["item_id"] == f"{PROCESS}/build-trust")
    assert response["status"] == value and response["confidence"] == "medium"
    assert response["kind"] in data["scales"] and response["scale"] == data["scales"][response["kind"]]
    assert response["scale"][-1] == "not-assessed" and response["number"] >= 1
    assert response["note"] == note.read_text("utf-8")
    assert response["item_text"] and response["group"] == "Initiation" and response["retired"] is False
    assert {"item_id", "item_text", "status", "note", "confidence", "evidence"} <= set(response)
    assert data["actions"] == [
        {
            "id": added.stdout.strip(),
            "text": "Invite women's associations",
            "owner": "Amina",
            "due": "2025-04-01",
            "done": False,
            "item_id": f"{PROCESS}/build-trust",
        }
    ]
    assert data["progress"][value] == 1
    assert data["progress_by_kind"][response["kind"]][value] == 1
    assert sum(data["progress"].values()) == len(data["responses"])

    unknown = cli("assessment", "answer", assessment_id, f"{PROCESS}/build-trust", "--status", "great")
    assert unknown.returncode == 1
    assert unknown.stderr.count("\n") == 1 and "great" in unknown.stderr and "Traceback" not in unknown.stderr


def test_list_and_text_show(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = fg(data_dir, capsys, "assessment", "list")
    assert code == 0 and "No assessments yet" in out
    code, out, _ = fg(data_dir, capsys, "assessment", "new", "--checklist", TIPS, "--title", "Tips review")
    assessment_id = out.strip()
    code, out, _ = fg(data_dir, capsys, "assessment", "show", assessment_id, "--json")
    scale = next(r for r in json.loads(out)["responses"] if r["item_id"] == f"{TIPS}/engage-early-stay")[
        "scale"
    ]
    answer = ("assessment", "answer", assessment_id, f"{TIPS}/engage-early-stay", "--status", scale[0])
    assert fg(data_dir, capsys, *answer)[0] == 0
    code, out, _ = fg(data_dir, capsys, "assessment", "list", "--json")
    listed = json.loads(out)["assessments"]
    assert [(a["id"], a["title"], a["progress"][scale[0]]) for a in listed] == [
        (assessment_id, "Tips review", 1)
    ]
    code, out, _ = fg(data_dir, capsys, "assessment", "show", assessment_id[:10])
    assert code == 0
    assert "Tips review" in out and f"[{scale[0]}] {TIPS}/engage-early-stay" in out and "1 of" in out


def test_finalise_reopen_duplicate_delete_undelete_and_action_done(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = fg(data_dir, capsys, "assessment", "new", "--checklist", PROCESS, "--title", "Review")
    assessment_id = out.strip()
    _, out, _ = fg(data_dir, capsys, "action", "add", assessment_id, "Call the ministry", "--json")
    action_id = json.loads(out)["id"]
    assert fg(data_dir, capsys, "action", "done", action_id[:8])[0] == 0
    assert fg(data_dir, capsys, "assessment", "finalise", assessment_id)[0] == 0
    before = snapshot(data_dir)
    code, out, err = fg(data_dir, capsys, "assessment", "answer", assessment_id, "build-trust", "--note", "x")
    assert code == 1 and "reopen" in err and out == ""
    assert snapshot(data_dir) == before
    code, out, _ = fg(data_dir, capsys, "assessment", "duplicate", assessment_id, "--json")
    copy_id = json.loads(out)["id"]
    _, out, _ = fg(data_dir, capsys, "assessment", "show", copy_id, "--json")
    assert json.loads(out)["actions"][0]["done"] is True and json.loads(out)["status"] == "draft"
    assert fg(data_dir, capsys, "assessment", "reopen", assessment_id)[0] == 0
    assert fg(data_dir, capsys, "assessment", "delete", assessment_id)[0] == 0
    _, out, _ = fg(data_dir, capsys, "assessment", "list", "--json")
    assert [a["id"] for a in json.loads(out)["assessments"]] == [copy_id]
    _, out, _ = fg(data_dir, capsys, "assessment", "list", "--deleted")
    assert assessment_id in out
    assert fg(data_dir, capsys, "assessment", "undelete", assessment_id[:8])[0] == 0
    _, out, _ = fg(data_dir, capsys, "assessment", "list", "--json")
    assert {a["id"] for a in json.loads(out)["assessments"]} == {assessment_id, copy_id}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("assessment", "new", "--checklist", "no-such-checklist", "--title", "T"), "no-such-checklist"),
        (("assessment", "new", "--checklist", PROCESS, "--title", "T", "--classification", "top"), "top"),
        (
            ("assessment", "new", "--checklist", PROCESS, "--title", "T", "--start", "2025-13-01"),
            "2025-13-01",
        ),
        (("assessment", "show", "ffffffff-0000-0000-0000-000000000000"), "ffffffff"),
        (("assessment", "show", "abc"), "abc"),
        (("assessment", "answer", "{id}", "no-such-item", "--status", "met"), "no-such-item"),
        (("assessment", "answer", "{id}", f"{PROCESS}/build-trust", "--status", "finished"), "finished"),
        (("assessment", "answer", "{id}", f"{PROCESS}/build-trust", "--confidence", "sure"), "sure"),
        (("assessment", "answer", "{id}", f"{PROCESS}/build-trust"), "nothing to record"),
        (("assessment", "answer", "00000000", f"{PROCESS}/build-trust", "--status", "met"), "00000000"),
        (("action", "add", "{id}", "Follow up", "--item", "no-such-item"), "no-such-item"),
        (("action", "add", "{id}", "Follow up", "--due", "next week"), "next week"),
        (("action", "done", "12345678"), "12345678"),
    ],
)
def test_user_errors_are_one_line_exit_1_and_write_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str
) -> None:
    _, out, _ = fg(data_dir, capsys, "assessment", "new", "--checklist", PROCESS, "--title", "Review")
    assessment_id = out.strip()
    before = snapshot(data_dir)
    code, out, err = fg(data_dir, capsys, *(a.replace("{id}", assessment_id) for a in args))
    assert code == 1
    assert out == ""
    assert err.startswith("fieldguide: ") and err.count("\n") == 1 and words in err
    assert snapshot(data_dir) == before


def test_note_file_that_is_not_utf8_is_a_user_error(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, out, _ = fg(data_dir, capsys, "assessment", "new", "--checklist", PROCESS, "--title", "Review")
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Réunion".encode("latin-1"))
    before = snapshot(data_dir)
    code, _, err = fg(
        data_dir, capsys, "assessment", "answer", out.strip(), "build-trust", "--note-file", str(bad)
    )
    assert code == 1 and "UTF-8" in err and err.count("\n") == 1
    code, _, err = fg(
        data_dir,
        capsys,
        "assessment",
        "answer",
        out.strip(),
        "build-trust",
        "--note-file",
        str(tmp_path / "nope"),
    )
    assert code == 1 and err.count("\n") == 1
    assert snapshot(data_dir) == before


def test_a_questions_answer_and_each_items_scale_from_the_command_line(cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from fieldguide.app import open_app
    from fieldguide.db.models import ChecklistItem
    from fieldguide.paths import DataPaths

    question, step = f"{TIPS}/engage-early-stay", f"{PROCESS}/build-trust"
    app = open_app(DataPaths(data_dir))
    try:  # kinds as a pack declares them, whatever the starter pack says today
        with app.db.write() as session:
            session.execute(update(ChecklistItem).where(ChecklistItem.id == question).values(kind="question"))
            session.execute(update(ChecklistItem).where(ChecklistItem.id == step).values(kind="step"))
        assessment_id = app.assessments.create([PROCESS, TIPS], "Scales")
    finally:
        app.close()
    answered = cli("assessment", "answer", assessment_id, question, "--answer", "The displaced families")
    assert answered.returncode == 0, answered.stderr
    assert answered.stdout.strip() == f"{question}: answered"
    synonym = cli("assessment", "answer", assessment_id, step, "--status", "met")  # a 0.1 script
    assert synonym.returncode == 0 and synonym.stdout.strip() == f"{step}: done"
    refused = cli("assessment", "answer", assessment_id, question, "--status", "partly-met")
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    assert "use one of answered, not-assessed" in refused.stderr
    not_a_question = cli("assessment", "answer", assessment_id, step, "--answer", "x")
    assert not_a_question.returncode == 1 and "not a question" in not_a_question.stderr
    shown = json.loads(cli("assessment", "show", assessment_id, "--json").stdout)
    by_id = {r["item_id"]: r for r in shown["responses"]}
    assert (by_id[question]["kind"], by_id[question]["status"], by_id[question]["note"]) == (
        "question",
        "answered",
        "The displaced families",
    )
    assert by_id[question]["scale"] == ["answered", "not-assessed"] == shown["scales"]["question"]
    assert (by_id[step]["kind"], by_id[step]["status"], by_id[step]["earlier_status"]) == (
        "step",
        "done",
        None,
    )
    assert shown["progress_by_kind"]["step"]["done"] == 1
