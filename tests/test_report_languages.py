"""Reports in French and in Arabic: translated headings, labels, status words and dates; Arabic
laid out right to left (tables, page furniture, captions), read back with pdftotext."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.i18n_support import speaking

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


def _export(language: str, fmt: str, target: Path) -> Path:
    from fieldguide.reports import export_report
    from fieldguide.reports.sample import sample_report

    with speaking(language):
        return export_report(sample_report(), fmt, target)


def _plain(text: str) -> str:
    """Arabic read out of a PDF comes as presentation forms with bidi marks: back to letters."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Mn"))


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", _plain(text))


@dataclass
class Line:
    page: int
    x_min: float
    x_max: float
    text: str  # letters in logical order, spaces removed


def _lines(pdf: Path) -> tuple[float, list[Line]]:
    """Every line of text with its horizontal extent (pdftotext -bbox-layout)."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', out).group(1))  # type: ignore[union-attr]
    lines: list[Line] = []
    for page_number, page in enumerate(re.split(r"<page ", out)[1:], start=1):
        for match in re.finditer(r'<line xMin="([\d.]+)" [^>]*xMax="([\d.]+)"[^>]*>(.*?)</line>', page, re.S):
            words = [html.unescape(w) for w in re.findall(r">([^<]*)</word>", match.group(3))]
            text = _squeezed("".join(words))
            # Arabic glyphs come out in visual order (right to left on the page): reverse them.
            if any("\u0600" <= c <= "\u06ff" for c in text):
                text = text[::-1]
            lines.append(Line(page_number, float(match.group(1)), float(match.group(2)), text))
    return width, lines


def _find(lines: list[Line], words: str, page: int | None = None) -> Line:
    target = _squeezed(words)
    for line in lines:
        if target in line.text and (page is None or line.page == page):
            return line
    raise AssertionError(f"{words!r} not found on {'page ' + str(page) if page else 'any page'}")


def test_a_french_report_speaks_french(tmp_path: Path, qapp: Any) -> None:
    pdf = _export("fr", "pdf", tmp_path / "rapport.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for words in (
        "RAPPORT D’ÉVALUATION",
        "Résumé analytique",
        "Par liste de contrôle",
        "Actions de suivi",
        "Le présent rapport porte sur 15 points répartis dans 3 listes de contrôle.",
        "Satisfait",
        "Partiellement satisfait",
        "STRICTEMENT CONFIDENTIEL",
        "Page 1 sur",
        "Exporté le 26 mai 2025",
        "12 mai 2025 – 23 mai 2025",
        "ÉLÉMENTS PROBANTS",
    ):
        assert words in text, words
    for english in ("Executive summary", "Follow-up actions", "Page 1 of", "May 2025", "Partly met"):
        assert english not in text, english


def test_an_arabic_report_reads_right_to_left(tmp_path: Path, qapp: Any) -> None:
    pdf = _export("ar", "pdf", tmp_path / "report.pdf")
    text = _squeezed(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout)
    for words in ("تقرير التقييم", "موجز تنفيذي", "إجراءات المتابعة", "حسب القائمة المرجعية", "سري للغاية"):
        assert _squeezed(words) in text, words

    width, lines = _lines(pdf)
    middle = width / 2
    # Headings start at the right margin (on the page that holds the summary's table).
    table_page = _find(lines, "حسب القائمة المرجعية").page
    summary = _find(lines, "موجز تنفيذي", page=table_page)
    assert summary.x_min > middle and summary.x_max > width * 0.85
    # The page number ends the footer line: at the left, mirrored from the English report.
    page_number = _find(lines, "الصفحة 2 من")
    assert page_number.x_max < middle
    # Tables run from the right: the checklist column, first, is right of the share column.
    checklist_header = _find(lines, "القائمة المرجعية", page=summary.page)
    share_header = _find(lines, "النسبة", page=summary.page)
    assert checklist_header.x_min > share_header.x_max
    # Cover captions sit right of their values.
    caption = _find(lines, "البلد", page=1)
    value = _find(lines, "Côted'Ivoire", page=1)
    assert caption.x_min > value.x_max
    # The user's English text keeps its own direction: it starts at the left margin.
    note = _find(lines, "Nationalownershipisstrong")
    assert note.x_min < width * 0.2


def test_english_report_keeps_its_left_to_right_layout(tmp_path: Path, qapp: Any) -> None:
    pdf = _export("en", "pdf", tmp_path / "report.pdf")
    width, lines = _lines(pdf)
    summary = _find(lines, "Executive summary")
    assert summary.x_min < width * 0.2
    assert _find(lines, "Page 2 of").x_min > width / 2


def test_word_reports_are_translated_and_arabic_tables_mirrored(tmp_path: Path, qapp: Any) -> None:
    from docx import Document
    from docx.oxml.ns import qn

    french = Document(str(_export("fr", "docx", tmp_path / "rapport.docx")))
    headings = [p.text for p in french.paragraphs if p.style.name.startswith("Heading")]
    assert "Résumé analytique" in headings and "Actions de suivi" in headings

    arabic = Document(str(_export("ar", "docx", tmp_path / "report.docx")))
    summary = next(p for p in arabic.paragraphs if p.text == "موجز تنفيذي")
    assert summary._p.pPr.find(qn("w:bidi")) is not None
    assert arabic.tables and all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in arabic.tables)


def test_json_export_is_the_same_in_every_language(tmp_path: Path, qapp: Any) -> None:
    languages = ("en", "fr", "ar")
    outputs = {lang: _export(lang, "json", tmp_path / f"{lang}.json").read_bytes() for lang in languages}
    assert outputs["en"] == outputs["fr"] == outputs["ar"]
