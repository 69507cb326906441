"""Reports of a stored assessment, read the way a recipient reads them (pdftotext, python-docx).

The report is built from the assessment's read model, the one the window shows:
every answer the workspace holds reaches the report, numbered as the window
numbers it, on its item's own scale, and no internal id leaks into the text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from fieldguide.assessments.scales import KINDS, choices, label
from fieldguide.db.models import ChecklistItem

TIPS = "ssr-national-ownership-tips"
PROCESS = "ssr-nsp-process-steps"

# A QApplication first: a bare QGuiApplication made by the renderer would stop
# widget tests later in the same process.
pytestmark = pytest.mark.usefixtures("qapp")

needs_poppler = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo")),
    reason="poppler-utils (pdftotext, pdfinfo) not installed; `make system-deps`",
)


def _ids(app: Any, checklist_id: str) -> list[str]:
    return [item.id for item in app.catalog.checklist(checklist_id).items if not item.retired]


@pytest.fixture
def stored(app: Any) -> tuple[Any, str, list[str]]:
    """An assessment over two starter checklists whose items cover every kind and value.

    Kinds are set on the stored items (as a pack declares them), so the test does
    not depend on how the starter pack happens to classify its items today.
    """
    items = _ids(app, TIPS) + _ids(app, PROCESS)
    with app.db.write() as session:
        for index, item_id in enumerate(items):
            session.execute(
                update(ChecklistItem)
                .where(ChecklistItem.id == item_id)
                .values(kind=KINDS[index % len(KINDS)])
            )
    assessment = app.assessments.create([TIPS, PROCESS], "Scales review", country="Mali")
    view = app.assessments.get(assessment)
    turns: dict[str, int] = {}
    for response in view.responses:
        scale = response.scale
        value = scale[turns.get(response.kind, 0) % len(scale)]
        turns[response.kind] = turns.get(response.kind, 0) + 1
        app.assessments.answer(assessment, response.item_id, status=value, note=f"Said of {value}")
    app.assessments.add_action(assessment, "Brief the committee", item_id=view.responses[1].item_id)
    # A pack upgrade that removed an answered item altogether: the window keeps
    # the answer, so the report must too.
    gone = view.responses[2].item_id
    with app.db.write() as session:
        session.execute(delete(ChecklistItem).where(ChecklistItem.id == gone))
    return app, assessment, items


def _export(app: Any, assessment: str, fmt: str, path: Path) -> Path:
    from fieldguide.reports import export_report
    from fieldguide.reports.build import build_report

    return export_report(build_report(app.assessments.get(assessment)), fmt, path)


def _pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    # NFKC: pdftotext gives ligatures ("ﬁrst") as single characters.
    pages = unicodedata.normalize("NFKC", text.stdout).split("\f")
    count = int(
        re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout,
        ).group(1)
    )
    return pages[:count]


FURNITURE = re.compile(
    r"UNCLASSIFIED|Page \d+ of \d+|Exported \d|^\s*Scales review\s+Draft\s*$|^\s*Draft\s*$"
)


@needs_poppler
def test_pdf_has_no_internal_id_and_no_empty_page(stored: tuple[Any, str, list[str]], tmp_path: Path) -> None:
    app, assessment, items = stored
    pages = _pages(_export(app, assessment, "pdf", tmp_path / "r.pdf"))
    text = "\n".join(pages)
    view = app.assessments.get(assessment)
    leaks = [i for i in [*items, TIPS, PROCESS, assessment, *(a.id for a in view.actions)] if i in text]
    assert not leaks, f"internal ids in the PDF text: {leaks}"
    for number, page in enumerate(pages, start=1):
        body = [line for line in page.splitlines() if line.strip() and not FURNITURE.search(line)]
        assert body, f"page {number} of {len(pages)} is empty"


@needs_poppler
def test_pdf_numbers_items_as_the_window_and_keeps_every_answer(
    stored: tuple[Any, str, list[str]], tmp_path: Path
) -> None:
    app, assessment, _ = stored
    view = app.assessments.get(assessment)
    flat = " ".join(" ".join(_pages(_export(app, assessment, "pdf", tmp_path / "r.pdf"))).split())
    numbers = view.numbers()
    for response in view.responses:
        if response.item_text:
            assert f"{numbers[response.item_id]}. {' '.join(response.item_text.split())[:40]}" in flat
        assert f"Said of {response.status}" in flat or response.earlier_status
    assert "An item no longer in the library" in flat  # the answer the window keeps
    # Each answer is printed on its own scale: "NOT YET" for a question, never "NOT ASSESSED".
    for response in view.responses:
        assert label(response.status, response.kind).upper() in flat


def test_pdf_and_word_word_the_summary_the_same(stored: tuple[Any, str, list[str]], tmp_path: Path) -> None:
    import docx

    from fieldguide.reports.build import build_report
    from fieldguide.reports.common import kind_summaries, summary_lead

    app, assessment, _ = stored
    report = build_report(app.assessments.get(assessment))
    lines = [summary_lead(report), *kind_summaries(report)]
    assert lines[0].startswith("This report covers") and len(lines) == 1 + len(KINDS)
    # "Label: count" pairs, a wording every language can use without agreeing the label with the number.
    assert any("Not yet: " in line for line in lines) and any("Not started: " in line for line in lines)
    word = docx.Document(str(_export(app, assessment, "docx", tmp_path / "r.docx")))
    paragraphs = [p.text for p in word.paragraphs]
    for line in lines:
        assert line in paragraphs
    word_text = "\n".join(paragraphs) + "\n".join(
        c.text for t in word.tables for r in t.rows for c in r.cells
    )
    assert not [i for i in (TIPS, PROCESS, assessment) if i in word_text]
    if shutil.which("pdftotext"):
        flat = " ".join(" ".join(_pages(_export(app, assessment, "pdf", tmp_path / "r.pdf"))).split())
        for line in lines:
            assert " ".join(line.split()) in flat


def test_occupied_pages_leaves_out_a_page_with_nothing_on_it() -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

    from fieldguide.reports.fonts import ensure_gui_application
    from fieldguide.reports.pdf.paginate import occupied_pages

    ensure_gui_application()
    document = QTextDocument()
    document.setPageSize(QSizeF(400, 300))
    cursor = QTextCursor(document)
    cursor.insertText("First page")
    breaking = QTextBlockFormat()
    breaking.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.insertBlock(breaking)  # an empty paragraph forced onto its own page
    cursor.insertBlock(breaking)
    cursor.insertText("Third page")
    assert document.pageCount() == 3
    assert occupied_pages(document, 300, set()) == [0, 2]


def test_earlier_values_are_kept_and_shown(app: Any) -> None:
    """A value from another scale (an older version, a pack that changed an item's kind)."""
    from fieldguide.reports.build import build_report
    from fieldguide.reports.common import item_details

    item = _ids(app, TIPS)[0]
    assessment = app.assessments.create([TIPS], "Earlier values")
    with app.db.write() as session:
        session.execute(update(ChecklistItem).where(ChecklistItem.id == item).values(kind="criterion"))
    app.assessments.answer(assessment, item, status="partly-met")
    with app.db.write() as session:  # the next pack version calls it a tip
        session.execute(update(ChecklistItem).where(ChecklistItem.id == item).values(kind="tip"))
        assert session.scalar(select(ChecklistItem.kind).where(ChecklistItem.id == item)) == "tip"
    response = app.assessments.get(assessment).response(item)
    assert response is not None
    assert (response.status, response.earlier_status, response.scale) == (
        "applied",
        "partly-met",
        choices("tip"),
    )
    shown = build_report(app.assessments.get(assessment)).checklists[0].items[0]
    assert "Recorded earlier as “Partly met”" in item_details(shown)
