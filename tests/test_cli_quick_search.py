"""`fieldguide search` answers from a bare connection when the profile is ready, exactly as the full path."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fieldguide.cli import run
from fieldguide.cli.quick import run_quick


def _note(app: object, body: str) -> None:
    from fieldguide.db.models import Note

    with app.db.write() as session:  # type: ignore[attr-defined]
        app.recorder.create(  # type: ignore[attr-defined]
            session,
            Note,
            {"target_kind": "section", "target_id": "ssr-national-ownership/principles", "body": body},
        )


@pytest.fixture
def noted_dir(app: object, data_dir: Path) -> Path:
    # A note with an escape sequence and Arabic: the quick path must print both as the full one does.
    _note(app, "Vetting commission in Bangui \x1b[31mred\x1b[0m الأمن ownership")
    app.close()  # type: ignore[attr-defined]
    return data_dir


FORMS = [
    ["search", "ownership"],
    ["search", "national ownership", "--json"],
    ["search", "--json", "ownership", "--limit", "3"],
    ["search", "ownership", "--limit=2"],
    ["search", '"national ownership"'],
    ["search", "الأمن"],
    ["search", "Bangui", "--json"],
    ["search", "no-such-word-anywhere"],
    ["search", "AND NEAR( :"],
    ["search", "national ownersh"],  # a long prefix: expanded through the index's vocabulary
]


@pytest.mark.parametrize("form", FORMS, ids=[" ".join(f) for f in FORMS])
def test_quick_search_prints_what_the_full_command_prints(
    noted_dir: Path, form: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(noted_dir), *form]
    assert run_quick(argv) == 0
    quick = capsys.readouterr().out
    assert run(argv) == 0
    full = capsys.readouterr().out
    assert quick == full
    assert "\x1b" not in quick


def test_the_data_dir_may_be_given_with_an_equals_sign(
    noted_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_quick([f"--data-dir={noted_dir}", "search", "Bangui", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert [hit["kind"] for hit in hits] == ["note"]


@pytest.mark.parametrize(
    "form",
    [
        ["search"],
        ["search", "--help"],
        ["search", "ownership", "--lim", "3"],  # argparse's abbreviations: the full parser reads them
        ["search", "ownership", "--limit", "many"],
        ["search", "one", "two"],
        ["--passphrase-file", "x", "search", "ownership"],
        ["library"],
        ["search", "-x"],
    ],
)
def test_anything_but_a_plain_search_goes_to_the_full_command_line(noted_dir: Path, form: list[str]) -> None:
    assert run_quick(["--data-dir", str(noted_dir), *form]) is None


def test_a_profile_that_needs_the_full_open_is_not_read_quickly(data_dir: Path, tmp_path: Path) -> None:
    argv = ["search", "ownership"]
    # Not created yet: the full open creates it and installs the starter library.
    assert run_quick(["--data-dir", str(tmp_path / "new"), *argv]) is None
    database = data_dir / "fieldguide.db"
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE pack SET version = '0.9.0' WHERE id = 'starter'")
    # A starter library older than the one bundled: the full open upgrades it first.
    assert run_quick(["--data-dir", str(data_dir), *argv]) is None
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE pack SET version = (SELECT version FROM pack WHERE id = 'starter')")
        conn.execute("UPDATE alembic_version SET version_num = '0003'")
    # A schema behind the program's: the full open migrates it (after a backup).
    assert run_quick(["--data-dir", str(data_dir), *argv]) is None


def test_a_protected_profile_is_left_to_the_full_command_line(app: object, data_dir: Path) -> None:
    app.profile.protect("correct horse battery staple")  # type: ignore[attr-defined]
    app.close()  # type: ignore[attr-defined]
    assert run_quick(["--data-dir", str(data_dir), "search", "ownership"]) is None


def test_a_quick_search_loads_neither_sqlalchemy_nor_qt(noted_dir: Path) -> None:
    probe = (
        "import sys\n"
        "from fieldguide.__main__ import main\n"
        f"status = main(['--data-dir', {str(noted_dir)!r}, 'search', 'ownership'])\n"
        "heavy = {'sqlalchemy', 'PySide6', 'argparse', 'alembic'}\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & heavy)\n"
        "print('LOADED', status, heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "LOADED 0 []" in done.stdout
    assert "ownership" in done.stdout


def test_its_one_message_speaks_the_profiles_language(noted_dir: Path) -> None:
    from tests.conftest import run_cli

    (noted_dir / "settings.json").write_text(json.dumps({"ui.language": "fr"}), "utf-8")
    done = run_cli("search", "no-such-word-anywhere", data_dir=noted_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Aucun résultat pour 'no-such-word-anywhere'.\n"
