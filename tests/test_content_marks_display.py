"""The project's own synthesis is shown as such: in the reader, the checklists, `read` and reports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from PySide6.QtGui import QTextFormat

SECTION = "constitutional-assistance/process"  # a source restatement followed by a synthesis block
WHOLE = "constitutional-assistance/technical-advice"  # a section that is synthesis throughout
CHECKLIST = "constitutional-process-substance"


def _block_of(window, words: str):  # type: ignore[no-untyped-def]
    block = window.reader.browser.document().begin()
    while block.isValid():
        if words in block.text():
            return block
        block = block.next()
    raise AssertionError(f"{words!r} is not in the page")


def _quoted(block) -> bool:  # type: ignore[no-untyped-def]
    return block.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel) > 0


def test_reader_sets_synthesis_apart_from_the_source(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    window.reading.open_content(SECTION)
    text = window.reader.text()
    assert "Field Guide synthesis" in text
    synthesis = _block_of(window, "Which body drafts, which adopts")
    restated = _block_of(window, "genuinely included in the reform")
    assert _quoted(synthesis) and synthesis.blockFormat().background().style().name != "NoBrush"
    assert not _quoted(restated)
    assert text.index("genuinely included") < text.index("Field Guide synthesis")


def test_a_whole_synthesis_section_says_so_and_names_what_it_draws_on(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    window.reading.open_content(WHOLE)
    text = window.reader.text()
    assert "This whole section is the project's own synthesis" in text
    assert "Drawing on" in text
    assert "UN MSU, Constitutional Assistance page, second form of assistance" in text


def test_checklist_shows_evidence_hints_synthesis_and_links(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    window.reading.open_content(CHECKLIST)
    text = window.reader.text()
    assert "Evidence: The legal act, decree or agreement that creates each body." in text
    assert "Field Guide synthesis · Question" in text
    assert "Source: ITGN vol. 1, Democratic Governance of the Security Sector, section 7.1" in text
    assert "See also: ssr-democratic-governance-review/legal-roles-clear" in text


def test_read_command_quotes_synthesis_with_its_label(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("read", SECTION)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    label = next(i for i, line in enumerate(lines) if "Field Guide synthesis" in line)
    assert lines[label].startswith("> **")
    mandate = next(line for line in lines if "Mandate and bodies" in line)
    assert mandate.startswith(">")
    assert not next(line for line in lines if "genuinely included" in line).startswith(">")
    item = cli("read", f"{CHECKLIST}/process-bodies").stdout
    assert "*(Field Guide synthesis)*" in item and "Evidence: The legal act" in item
    assert "Drawing on: UN MSU" in item


def test_reports_mark_synthesis_items(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    created = cli("assessment", "new", "--checklist", CHECKLIST, "--title", "Review", "--json")
    assert created.returncode == 0, created.stderr
    assessment = json.loads(created.stdout)["id"]
    out = tmp_path / "review.csv"
    exported = cli("export", assessment, "--format", "csv", "-o", out)
    assert exported.returncode == 0, exported.stderr
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = {row["item_id"]: row for row in csv.DictReader(handle)}
    synthesis = rows[f"{CHECKLIST}/process-bodies"]["citation"]
    restated = rows[f"{CHECKLIST}/form-of-assistance"]["citation"]
    assert synthesis.startswith("Field Guide synthesis, drawing on: UN MSU")
    assert restated.startswith("UN MSU, Constitutional Assistance page")


def test_pdf_report_says_which_items_are_synthesis(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil
    import subprocess

    import pytest

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    created = cli("assessment", "new", "--checklist", CHECKLIST, "--title", "Review", "--json")
    assessment = json.loads(created.stdout)["id"]
    out = tmp_path / "review.pdf"
    assert cli("export", assessment, "--format", "pdf", "-o", out).returncode == 0
    text = " ".join(subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout.split())
    assert "Field Guide synthesis, drawing on:" in text and "UN MSU, Constitutional Assistance page" in text
