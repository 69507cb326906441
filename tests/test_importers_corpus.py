"""Real documents others made (../shared/corpus): the structure a reader sees comes back.

Headings are counted against hand-made lists (tests/data/un_headings/README.md says how)
and, for PDFs with bookmarks, against the bookmarks read with another library (pypdf).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldguide.library.importers import ImportFailed, ParsedDocument, parse_file

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"
EXPECTED = Path(__file__).resolve().parent / "data" / "un_headings"
UN_DOCUMENTS = sorted(p.stem for p in EXPECTED.glob("*.txt"))
BOOKMARKED = ["un-A80-10-ilc-212p", "irs-manual-400p", "freeculture-352p"]

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"{CORPUS} not found (../shared/corpus beside the repository)"
)


@cache
def parsed(stem: str) -> ParsedDocument:
    name = stem if stem.endswith(".en") or "-" in stem else f"{stem}.en"
    return parse_file(CORPUS / f"{name}.pdf")


def _norm(text: str) -> str:
    text = re.sub(r"^\s*(?:annex|anexo|annexe)\b", "annex", text, flags=re.IGNORECASE)
    text = re.sub(r"^\s*(?:[IVXLC]+|[A-Z]|\d+(?:\.\d+)*)[.)]?\s+", "", text)
    return re.sub(r"[\W_]+", "", text.lower())


def _same(a: str, b: str) -> bool:
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= 12 and long_.startswith(short)) or (
        short == "annex" and long_.startswith("annex")
    )


def _count(found: list[str], expected: list[str]) -> int:
    remaining = [_norm(e) for e in expected]
    hits = 0
    for heading in found:
        key = _norm(heading)
        for i, want in enumerate(remaining):
            if _same(key, want):
                hits += 1
                del remaining[i]
                break
    return hits


def _recovered(doc: ParsedDocument) -> list[str]:
    """Section titles as a reader sees them, without the document's own title section."""
    titles = []
    for section in doc.sections:
        if section.title == doc.title or re.search(r" \(\d+\)$", section.title):
            continue  # the whole-document section, or the second part of a long one
        number = section.number or ""
        titles.append(f"{number} {section.title}".strip() if number.startswith("Annex") else
                      section.title)
    return titles


def _expected(stem: str) -> list[str]:
    lines = (EXPECTED / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_un_documents_headings_match_what_a_reader_sees() -> None:
    rows = []
    found_total = expected_total = hits_total = 0
    for stem in UN_DOCUMENTS:
        doc = parsed(stem)
        found, expected = _recovered(doc), _expected(stem)
        hits = _count(found, expected)
        rows.append(f"{stem}: {hits}/{len(expected)} expected found, {hits}/{len(found)} correct")
        found_total += len(found)
        expected_total += len(expected)
        hits_total += hits
    recall = hits_total / expected_total
    precision = hits_total / found_total
    report = "\n".join(rows) + f"\nrecall {recall:.2f}, precision {precision:.2f}"
    assert recall >= 0.8, report
    assert precision >= 0.7, report


@pytest.mark.parametrize("stem", UN_DOCUMENTS)
def test_each_un_document_on_its_own(stem: str) -> None:
    """No document may hide behind the others: the compilation of statements included."""
    found, expected = _recovered(parsed(stem)), _expected(stem)
    if len(expected) < 5:
        return
    hits = _count(found, expected)
    assert hits / len(expected) >= 0.8, (hits, len(expected))
    assert hits / len(found) >= 0.8, (hits, len(found), found)


@pytest.mark.parametrize("stem", BOOKMARKED)
def test_pdfs_with_bookmarks_keep_every_bookmark_as_a_heading(stem: str) -> None:
    reader = PdfReader(CORPUS / f"{stem}.pdf")
    bookmarks: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                bookmarks.append(str(getattr(item, "title", "")).strip())

    walk(reader.outline)
    doc = parsed(stem)
    titles = [re.sub(r"\s+", " ", f"{s.number or ''} {s.title}").strip() for s in doc.sections]
    keys = {re.sub(r"[\W_]+", "", t.lower()) for t in titles}
    keys |= {re.sub(r"[\W_]+", "", s.title.lower()) for s in doc.sections}
    missing = [b for b in bookmarks if b and re.sub(r"[\W_]+", "", b.lower()) not in keys]
    recall = 1 - len(missing) / len(bookmarks)
    assert recall >= 0.95, f"{len(missing)} of {len(bookmarks)} bookmarks missing: {missing[:10]}"


@pytest.mark.parametrize("stem", [*UN_DOCUMENTS, *BOOKMARKED])
def test_no_section_of_a_real_document_is_unreadably_long(stem: str) -> None:
    doc = parsed(stem)
    assert max(len(s.body) for s in doc.sections) <= 50_000


def test_running_headers_tables_of_contents_and_captions_are_not_headings() -> None:
    titles = [s.title for stem in UN_DOCUMENTS for s in parsed(stem).sections]
    assert not [t for t in titles if re.match(r"^(?:S|A)/\d", t)], "a document symbol as heading"
    assert not [t for t in titles if re.match(r"^(?:Figure|Table|Box|Map)\b", t)]
    assert not [t for t in titles if re.search(r"(?:\.\s?){4,}\d+$", t)], "a contents line"
    assert not [t for t in titles if re.match(r"^\d{1,3}\.\s.{80,}", t)], "a numbered paragraph"


def test_titles_come_from_the_first_page_not_the_masthead() -> None:
    titles = {stem: parsed(stem).title for stem in UN_DOCUMENTS}
    for stem, title in titles.items():
        assert title not in {"United Nations", "Security Council", "General Assembly"}, stem
        assert not re.match(r"^(?:GE\.)?\d{2}-\d{5}", title), stem
    assert titles["S_2025_154"] == "United Nations Disengagement Observer Force"
    assert titles["S_2025_420"].startswith("Letter dated 26 June 2025 from the Secretary-General")
    # The organs over the session lines are not a title; the letter's own heading is.
    assert titles["A_79_716"].startswith("Identical letters dated 8 January 2025")


def test_titles_of_other_real_documents() -> None:
    # The paper repeats its title small as a running header; page 1 sets it large.
    assert parsed("fr-olap-french").title == "Résumés et interrogations de logs de requêtes OLAP"
    # Page 1 says only "MANUAL"; the metadata's title is a code, its subject the name.
    assert parsed("irs-manual-400p").title == "2.3.59 Command Codes BMFOL and BMFOR"
    assert parsed("freeculture-352p").title == "Free Culture"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
@pytest.mark.parametrize("stem", ["S_2025_420", "S_2025_200", "A_79_716"])
def test_words_come_out_whole_as_pdftotext_reads_them(stem: str) -> None:
    name = f"{stem}.en.pdf"
    reference = subprocess.run(
        ["pdftotext", str(CORPUS / name), "-"], capture_output=True, text=True, check=True
    ).stdout
    known = {w.lower() for w in re.findall(r"[^\W\d_]+", reference)}
    # Words broken by a line end are joined by both; pdftotext keeps the hyphen's halves.
    known |= {a.lower() + b.lower() for a, b in re.findall(r"([^\W\d_]+)-\n([^\W\d_]+)", reference)}
    doc = parsed(stem)
    text = " ".join([doc.introduction, *(s.title + " " + s.body for s in doc.sections)])
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1]
    unknown = sorted({w for w in words if w.lower() not in known})
    assert len(unknown) <= 0.003 * len(words), unknown[:30]


def test_a_pdf_whose_text_layer_is_garbage_is_refused_in_one_line() -> None:
    with pytest.raises(ImportFailed) as raised:
        parse_file(CORPUS / "arabic-egypt-rtl02.pdf")
    message = str(raised.value)
    assert "\n" not in message and "damaged text layer" in message


def test_a_latex_paper_keeps_its_numbered_headings_and_no_formula_becomes_one() -> None:
    doc = parsed("fr-olap-french")
    numbered = [(s.number, s.title) for s in doc.sections if s.number and s.number[0].isdigit()]
    assert numbered[:5] == [
        ("1", "Introduction"), ("2", "Motivation et présentation intuitive"),
        ("3", "Le langage QSL"), ("3.1", "Définitions préliminaires"),
        ("3.2", "Les opérateurs de QSL"),
    ]
    assert len(numbered) >= 14
    assert not [s.title for s in doc.sections if re.search(r"[{}<>=|∈∀]", s.title)]
