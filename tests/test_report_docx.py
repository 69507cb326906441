"""The Word report: real headings, notes, RTL Arabic, markings on every section."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from fieldguide.reports.model import ReportOptions
from fieldguide.reports.sample import ARABIC_NOTE, FRENCH_NOTE, sample_report


def _render(tmp_path: Path, options: ReportOptions | None = None) -> Path:
    from fieldguide.reports.render_docx import render_docx

    path = tmp_path / "report.docx"
    render_docx(sample_report(options=options), path)
    return path


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> docx.document.Document:
    return docx.Document(str(_render(tmp_path_factory.mktemp("docx"))))


def _all_text(document: docx.document.Document) -> str:
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_headings_use_word_heading_styles(document: docx.document.Document) -> None:
    by_style: dict[str, list[str]] = {}
    for paragraph in document.paragraphs:
        by_style.setdefault(paragraph.style.name, []).append(paragraph.text)
    assert "Executive summary" in by_style["Heading 1"]
    assert "Follow-up actions" in by_style["Heading 1"]
    assert "National ownership of security sector reform" in by_style["Heading 1"]
    assert "Leadership" in by_style["Heading 2"]
    assert "1. Do national authorities lead the design of the SSR process?" in by_style["Heading 3"]


def test_notes_and_statuses_are_in_the_document(document: docx.document.Document) -> None:
    text = _all_text(document)
    for paragraph in FRENCH_NOTE.split("\n\n"):
        assert paragraph in text
    for paragraph in ARABIC_NOTE.split("\n\n"):
        assert paragraph in text
    assert "international consultant" in text
    assert "**" not in text
    assert "PARTLY MET" in text
    assert "Source: ITGN vol. 1, National Ownership, p. 12" in text


def test_arabic_paragraphs_are_right_to_left(document: docx.document.Document) -> None:
    arabic = [p for p in document.paragraphs if p.text.startswith("الأمن الوطني")]
    assert arabic
    for paragraph in arabic:
        assert paragraph._p.pPr.find(qn("w:bidi")) is not None
    english = next(p for p in document.paragraphs if p.text.startswith("Follow up with"))
    assert english._p.pPr is None or english._p.pPr.find(qn("w:bidi")) is None


def test_markdown_lists_become_word_lists(document: docx.document.Document) -> None:
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert any(p.text == "The defence committee has asked for a briefing" for p in bullets)
    bold = [run.text for p in document.paragraphs for run in p.runs if run.bold]
    assert "international consultant" in bold


def test_actions_table_and_chart(document: docx.document.Document) -> None:
    headers = [[cell.text for cell in table.rows[0].cells] for table in document.tables]
    actions = next(table for table, row in zip(document.tables, headers, strict=True) if "ACTION" in row)
    texts = [row.cells[1].text for row in actions.rows[1:]]
    assert "Brief the parliamentary defence committee on the draft strategy" in texts
    assert len(document.inline_shapes) >= 1  # the status chart


def test_classification_in_every_header_and_footer(document: docx.document.Document) -> None:
    for section in document.sections:
        assert "STRICTLY CONFIDENTIAL" in "\n".join(p.text for p in section.header.paragraphs)
        footer = "\n".join(p.text for p in section.footer.paragraphs)
        assert "STRICTLY CONFIDENTIAL" in footer
        assert "Page" in footer
    assert any(
        "NUMPAGES" in node.text for node in document.sections[0].footer._element.iter(qn("w:instrText"))
    )


def test_core_properties(document: docx.document.Document) -> None:
    core = document.core_properties
    assert core.title == "Security sector reform readiness assessment"
    assert core.author == "Amina Diallo, Jean-Baptiste Kouassi, Sarah Whitfield"
    assert core.subject == "Assessment report — Côte d'Ivoire"


def test_without_notes_nothing_of_them_is_in_the_file(tmp_path: Path) -> None:
    path = _render(tmp_path, ReportOptions(include_notes=False))
    with zipfile.ZipFile(path) as archive:
        xml = "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    for secret in ("international consultant", "préfecture", "المصالحة", "deputy minister"):
        assert secret not in xml
    assert "Do national authorities lead the design of the SSR process?" in xml


def test_letter_paper(tmp_path: Path) -> None:
    document = docx.Document(str(_render(tmp_path, ReportOptions(paper="letter"))))
    section = document.sections[0]
    assert round(section.page_width.inches, 2) == 8.5
    assert round(section.page_height.inches, 2) == 11.0
