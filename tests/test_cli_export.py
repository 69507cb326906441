"""`fieldguide export`: what leaves the laptop, checked the way a recipient would read it."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

NOTES = {
    "en": "Met the vetting board chair; archives of the 2019 screening are incomplete.",
    "fr": "Réunion avec la société civile à Bambari : sécurité des élections à venir.",
    "ar": "اجتماع مع المجتمع المدني حول الأمن الوطني",
}


def words(text: str) -> set[str]:
    text = unicodedata.normalize("NFKC", text)
    return {w.strip(".,;:()") for w in text.split() if w.strip(".,;:()")}


def needs(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (make test installs poppler-utils and qpdf)")


@pytest.fixture
def assessment(cli) -> str:  # type: ignore[no-untyped-def]
    created = cli(
        "assessment",
        "new",
        "--checklist",
        "ssr-national-ownership-tips",
        "--checklist",
        "ssr-ten-principles",
        "--title",
        "SSR readiness, Bangui",
        "--country",
        "Central African Republic",
        "--classification",
        "confidential",
        "--json",
    )
    assert created.returncode == 0, created.stderr
    assessment_id = json.loads(created.stdout)["id"]
    shown = json.loads(cli("assessment", "show", assessment_id, "--json").stdout)
    items = [(r["item_id"], r["scale"]) for r in shown["responses"]]
    for (item, scale), (choice, note) in zip(
        items, [(0, NOTES["en"]), (1, NOTES["fr"]), (0, NOTES["ar"])], strict=False
    ):
        status = scale[min(choice, len(scale) - 2)]
        answered = cli("assessment", "answer", assessment_id, item, "--status", status, "--note", note)
        assert answered.returncode == 0, answered.stderr
    assert (
        cli(
            "action",
            "add",
            assessment_id,
            "Ask for the screening archive",
            "--owner",
            "Amina",
            "--due",
            "2026-12-01",
        ).returncode
        == 0
    )
    return assessment_id


def test_pdf_carries_every_note_embedded_fonts_and_metadata(cli, assessment: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    needs("pdftotext")
    out = tmp_path / "report.pdf"
    result = cli("export", assessment[:8], "--format", "pdf", "-o", out)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", text)
    for note in NOTES.values():
        # Each word findable, as a reader searching the PDF would look for it.
        assert [w for w in words(note) if w not in text] == [], note
    assert "CONFIDENTIAL" in text and "Page 1 of" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "SSR readiness, Bangui" in info
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("yes" in row[-5:-2] for row in rows), fonts
    if shutil.which("qpdf"):
        assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0


def test_no_notes_leaves_out_every_note(cli, assessment: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    needs("pdftotext")
    out = tmp_path / "summary.pdf"
    assert cli("export", assessment, "--format", "pdf", "--no-notes", "-o", out).returncode == 0
    text = unicodedata.normalize(
        "NFKC", subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    )
    for marker in ("vetting board chair", "Bambari", "المجتمع"):
        assert marker not in text


def test_csv_and_json_round_trip(cli, assessment: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown = json.loads(cli("assessment", "show", assessment, "--json").stdout)
    expected = {r["item_id"]: (r["status"], r["note"]) for r in shown["responses"]}
    assert cli("export", assessment, "--format", "csv", "-o", tmp_path / "r.csv").returncode == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text("utf-8-sig"))))
    assert {r["item id"] if "item id" in r else r["item_id"]: r["status"] for r in rows} == {
        k: v[0] for k, v in expected.items()
    }
    assert cli("export", assessment, "--format", "json", "-o", tmp_path / "r.json").returncode == 0
    data = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert data["schema_version"] == 2
    exported = {i["item_id"]: (i["status"], i["note"]) for c in data["checklists"] for i in c["items"]}
    assert exported == expected


def test_bad_id_and_unwritable_path_leave_no_file(cli, assessment: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = cli("export", "no-such-assessment", "--format", "pdf", "-o", tmp_path / "x.pdf")
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()
    missing_dir = tmp_path / "nowhere" / "x.pdf"
    unwritable = cli("export", assessment, "--format", "pdf", "-o", missing_dir)
    assert unwritable.returncode == 1 and len(unwritable.stderr.strip().splitlines()) == 1
    assert "Traceback" not in unwritable.stderr
    assert list(tmp_path.iterdir()) == [tmp_path / "profile"] or not missing_dir.exists()


def test_existing_file_replaced_only_on_success(cli, assessment: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"previous report")
    assert cli("export", "deadbeef-missing", "--format", "pdf", "-o", out).returncode == 1
    assert out.read_bytes() == b"previous report"
    assert cli("export", assessment, "--format", "pdf", "-o", out).returncode == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".keep.pdf")] == []


def test_export_needs_no_display(assessment: str, data_dir: Path, tmp_path: Path) -> None:
    """On a machine with no screen (SSH, a server) the command line still renders PDFs."""
    import os
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "headless.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "fieldguide",
            "--data-dir",
            str(data_dir),
            "export",
            assessment,
            "--format",
            "pdf",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-400:]
    assert out.read_bytes().startswith(b"%PDF")
