"""The real command line on three data directories and one shared folder, as a team would use it."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_sync_support import new_profile

CHECKLIST = "ssr-national-ownership-tips"


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def refused(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def user_rows(profile: Path) -> list[tuple[object, ...]]:
    db = sqlite3.connect(profile / "fieldguide.db")
    try:
        rows: list[tuple[object, ...]] = []
        for table in ("assessment", "response", "note", "action", "bookmark", "conflict", "change_log"):
            rows += sorted((table, *row) for row in db.execute(f"SELECT * FROM {table}"))
        return rows
    finally:
        db.close()


def enrol_by_cli(directory: Path, founder: Path, members: list[Path], team: str = "Mission Nord") -> None:
    """The team made the way people do it with the command line: files by hand, codes compared."""
    refused(run_cli("sync", "team", "create", team, data_dir=founder), "not protected by a passphrase")
    assert "created team" in ok(run_cli("sync", "team", "create", team, "--unprotected", data_dir=founder))
    for number, profile in enumerate(members):
        invitation, request, answer = (
            directory / f"{number}.{ext}" for ext in ("fginvite", "fgjoin", "fganswer")
        )
        ok(run_cli("sync", "team", "invite", "-o", invitation, data_dir=founder))
        out = ok(
            run_cli("sync", "team", "join", invitation, "-o", request, "--unprotected", data_dir=profile)
        )
        found = re.search(r"verification code: ([0-9]{4} [0-9]{4} [0-9]{4})", out)
        assert found is not None, out
        # The member's device shows the same code; a wrong one signs nothing.
        listed = ok(run_cli("sync", "team", "show", data_dir=founder))
        refused(
            run_cli(
                "sync", "team", "admit", request, "-o", answer, "--code", "0000 0000 0000", data_dir=founder
            ),
            "the code does not match",
        )
        assert ok(run_cli("sync", "team", "show", data_dir=founder)) == listed and not answer.exists()
        refused(run_cli("sync", "team", "admit", request, "-o", answer, data_dir=founder), "--code")
        ok(
            run_cli(
                "sync", "team", "admit", request, "-o", answer, "--code", found.group(1), data_dir=founder
            )
        )
        assert "now a member" in ok(
            run_cli("sync", "team", "accept", answer, "--unprotected", data_dir=profile)
        )
    shown = json.loads(ok(run_cli("sync", "team", "show", "--json", data_dir=founder)))
    assert len(shown["members"]) == len(members) + 1


@pytest.fixture
def team(_template_profile: Path, tmp_path: Path) -> list[Path]:
    return [new_profile(_template_profile, tmp_path / name) for name in ("amina", "brian", "chloe")]


@pytest.mark.slow
def test_a_team_of_three_syncs_through_one_folder(team: list[Path], tmp_path: Path) -> None:
    amina, brian, chloe = team
    shared = tmp_path / "usb-stick"
    shared.mkdir()

    # Each laptop named, then the team made: Amina founds it and admits the others.
    for profile, name in ((amina, "Amina's laptop"), (brian, "Brian's laptop"), (chloe, "Chloé's PC")):
        assert name in ok(run_cli("sync", "name", name, data_dir=profile))
    enrol_by_cli(tmp_path, amina, [brian, chloe])
    shown = ok(run_cli("sync", "team", "show", data_dir=chloe))
    assert "Amina's laptop" in shown and "Brian's laptop" in shown and "Chloé's PC  " in shown

    # A creates the assessment, B answers, C adds a note to another item.
    created = json.loads(
        ok(
            run_cli(
                "assessment",
                "new",
                "--checklist",
                CHECKLIST,
                "--title",
                "Revue SSR — Nord",
                "--json",
                data_dir=amina,
            )
        )
    )
    assessment = created["id"]
    listing = json.loads(ok(run_cli("assessment", "show", assessment, "--json", data_dir=amina)))
    first, second = (r["item_id"] for r in listing["responses"][:2])
    waiting = json.loads(ok(run_cli("sync", "folder", shared, "--json", data_dir=brian)))
    assert waiting["waiting"] and waiting["bundles_written"] == [] and not list(shared.iterdir())
    sent = json.loads(ok(run_cli("sync", "folder", shared, "--first", "--json", data_dir=amina)))
    assert sent["sent"] > 0 and sent["received"] == 0 and len(sent["bundles_written"]) == 1

    received = json.loads(ok(run_cli("sync", "folder", shared, "--json", data_dir=brian)))
    assert received["received"] == sent["sent"] and received["devices"] == 1
    ok(
        run_cli(
            "assessment",
            "answer",
            assessment,
            first,
            "--status",
            "met",
            "--note",
            "Agreed by the ministry",
            data_dir=brian,
        )
    )
    ok(run_cli("sync", "folder", shared, data_dir=brian))
    ok(run_cli("sync", "folder", shared, data_dir=chloe))
    ok(run_cli("assessment", "answer", assessment, second, "--note", "الأمن أولاً", data_dir=chloe))
    ok(run_cli("sync", "folder", data_dir=chloe))  # the folder is remembered

    # A and B sync at the same moment, then A and B edit the same note without seeing each other.
    both = [
        subprocess.Popen(
            [sys.executable, "-m", "fieldguide", "--data-dir", str(p), "sync", "folder", str(shared)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for p in (amina, brian)
    ]
    for process in both:
        _out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    ok(
        run_cli(
            "assessment",
            "answer",
            assessment,
            first,
            "--note",
            "Agreed, with conditions (Amina)",
            data_dir=amina,
        )
    )
    ok(
        run_cli(
            "assessment",
            "answer",
            assessment,
            first,
            "--note",
            "Agreed, budget pending (Brian)",
            data_dir=brian,
        )
    )
    for profile in (amina, brian, amina):
        ok(run_cli("sync", "folder", data_dir=profile))

    conflicts = json.loads(ok(run_cli("sync", "conflicts", "--json", data_dir=amina)))["conflicts"]
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert (conflict["table"], conflict["field"]) == ("response", "note")
    assert conflict["mine"] == "Agreed, with conditions (Amina)"
    assert conflict["theirs"] == "Agreed, budget pending (Brian)"
    assert conflict["devices"] == {"mine": "Amina's laptop", "theirs": "Brian's laptop"}
    assert conflict["times"]["mine"].endswith("Z")
    listed = ok(run_cli("sync", "conflicts", data_dir=amina))
    assert "Brian's laptop" in listed and brian.name not in listed
    status = json.loads(ok(run_cli("sync", "status", "--json", data_dir=amina)))
    assert {"device", "pending_changes", "peers", "conflicts"} <= set(status)
    brian_device = json.loads(ok(run_cli("sync", "status", "--json", data_dir=brian)))["device"]
    assert status["conflicts"] == 1 and brian_device in {p["device"] for p in status["peers"]}

    ok(run_cli("sync", "resolve", conflict["id"][:13], "--keep", "both", data_dir=amina))
    for profile in (amina, brian, chloe, amina, brian):
        ok(run_cli("sync", "folder", data_dir=profile))

    shown = json.loads(ok(run_cli("assessment", "show", assessment, "--json", data_dir=chloe)))
    notes = {r["item_id"]: r["note"] for r in shown["responses"]}
    assert notes[second] == "الأمن أولاً"
    kept = notes[first]
    assert "Agreed, with conditions (Amina)" in kept and "Agreed, budget pending (Brian)" in kept
    assert "Amina's laptop, " in kept and "Brian's laptop, " in kept and "device " not in kept
    assert json.loads(ok(run_cli("sync", "conflicts", "--json", data_dir=brian))) == {"conflicts": []}
    # Every profile holds the same answers, clocks included, and no open conflict.
    states = [_synced_state(profile) for profile in team]
    assert states[0] == states[1] == states[2]
    assert states[0]["open_conflicts"] == [(0,)]


def _synced_state(profile: Path) -> dict[str, list[tuple[object, ...]]]:
    db = sqlite3.connect(profile / "fieldguide.db")

    def rows(query: str) -> list[tuple[object, ...]]:
        # The last column is the JSON of the field clocks: compared as data, not as text.
        return sorted((*row[:-1], sorted(json.loads(row[-1]).items())) for row in db.execute(query))

    try:
        return {
            "assessment": rows("SELECT id, title, status, deleted, clocks FROM assessment"),
            "response": rows("SELECT id, item_id, status, note, deleted, clocks FROM response"),
            "conflict": rows("SELECT id, losing_value, resolution, clocks FROM conflict"),
            "open_conflicts": list(db.execute("SELECT count(*) FROM conflict WHERE resolution IS NULL")),
        }
    finally:
        db.close()


@pytest.mark.slow
def test_bad_bundles_are_refused_in_one_line_and_change_nothing(team: list[Path], tmp_path: Path) -> None:
    amina, brian, chloe = team
    enrol_by_cli(tmp_path, amina, [brian])
    ok(run_cli("sync", "team", "create", "Other team", "--unprotected", data_dir=chloe))

    ok(
        run_cli(
            "assessment", "new", "--checklist", CHECKLIST, "--title", "Ceasefire monitoring", data_dir=amina
        )
    )
    good = tmp_path / "good.fgsync"
    assert "wrote" in ok(run_cli("sync", "export", "-o", good, data_dir=amina))
    data = good.read_bytes()
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x10
    (tmp_path / "flipped.fgsync").write_bytes(bytes(flipped))
    (tmp_path / "truncated.fgsync").write_bytes(data[: len(data) - 7])

    before = user_rows(brian)
    refused(
        run_cli("sync", "apply", tmp_path / "flipped.fgsync", data_dir=brian),
        "flipped.fgsync: the bundle is damaged",
    )
    refused(run_cli("sync", "apply", tmp_path / "truncated.fgsync", data_dir=brian), "incomplete")
    refused(run_cli("sync", "apply", tmp_path / "missing.fgsync", data_dir=brian), "bundle not found")
    assert user_rows(brian) == before
    before_c = user_rows(chloe)
    refused(run_cli("sync", "apply", good, data_dir=chloe), "made with another team key")
    assert user_rows(chloe) == before_c

    assert "applied" in ok(run_cli("sync", "apply", good, data_dir=brian))
    assert "applied before" in ok(run_cli("sync", "apply", good, data_dir=brian))
    assert json.loads(ok(run_cli("assessment", "list", "--json", data_dir=brian)))
    # The old symmetric team key commands are gone: a usage error, not a silent success.
    assert run_cli("sync", "key", "import", good, data_dir=chloe).returncode == 2


def _on_a_terminal(*args: str | Path, data_dir: Path) -> tuple[str, str]:
    """The command line with stderr on a terminal (a pty), as a user at a prompt runs it:
    (stdout, what the terminal showed)."""
    import os
    import pty

    master, slave = pty.openpty()
    try:
        command = [sys.executable, "-m", "fieldguide", "--data-dir", str(data_dir), *map(str, args)]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=slave, text=True, env=env, timeout=120)
        os.close(slave)
        shown = b""
        try:
            while chunk := os.read(master, 65536):
                shown += chunk
        except OSError:  # EIO: the terminal's writer has gone and everything was read
            pass
    finally:
        os.close(master)
    assert done.returncode == 0, shown
    return done.stdout, shown.decode("utf-8", "replace")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal (pty) is POSIX")
def test_long_bundle_work_shows_a_percentage_on_a_terminal_and_nothing_in_a_pipe(
    team: list[Path], tmp_path: Path
) -> None:
    amina, brian, _chloe = team
    enrol_by_cli(tmp_path, amina, [brian])
    ok(
        run_cli(
            "assessment", "new", "--checklist", CHECKLIST, "--title", "Ceasefire monitoring", data_dir=amina
        )
    )
    bundle = tmp_path / "all.fgsync"
    out, shown = _on_a_terminal("sync", "export", "--all", "-o", bundle, data_dir=amina)
    assert "wrote" in out and "\r" not in out  # the answer stays clean for whoever reads it
    assert "Writing the bundle… 100 %" in shown
    assert shown.endswith("\r")  # the line is cleared once done: the prompt comes back clean
    out, shown = _on_a_terminal("sync", "apply", bundle, data_dir=brian)
    assert "Applying the bundle… 100 %" in shown and "\r" not in out
    piped = run_cli("sync", "export", "--all", "-o", tmp_path / "again.fgsync", data_dir=amina)
    assert ok(piped) and piped.stderr == ""  # a script or a log gets no progress
