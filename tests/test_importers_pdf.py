"""PDF import: a PDF written by the test itself comes back with the structure of its source."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from fieldguide.library.importers import ImportFailed, ParsedDocument, parse_file, parse_text

from .styled_pdf import serialise_pdf

HEADER = "Field Safety Handbook"
# The source: one list of lines per page. Every page repeats a running header and ends with
# a page number, as printed handbooks do.
SOURCE_PAGES = [
    [
        HEADER,
        "1. Introduction",
        "This handbook explains how advisers prepare for missions in fragile and post-",
        "conflict settings. It covers documents, communication and the first days in the",
        "country, and it should be read together with the security plan of the mission.",
        "2. Before departure",
        "2.1 Documents",
        "Carry copies of your travel documents and keep them apart from the originals.",
        "2.2 Checklist of tips",
        "\u2022 Register with the security focal point.",
        "\u2022 Share your itinerary with the team leader.",
        "\u2022 Test the satellite phone before you leave.",
        "Page 1",
    ],
    [
        HEADER,
        "3. On arrival",
        "Follow these steps in order:",
        "1. Report to the duty officer.",
        "2. Attend the security briefing.",
        "3. Confirm your emergency contacts.",
        "4. Key questions",
        "\u2022 Who is the security focal point?",
        "\u2022 Where is the nearest hospital?",
        "Page 2",
    ],
    [
        HEADER,
        "5. Reporting",
        "Write a short report within a week of your return and share it with the",
        "regional office so that the next mission can learn from it.",
        "Page 3",
    ],
]


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A minimal, valid PDF with one Helvetica text line per entry, top to bottom."""
    objects: list[bytes] = [b"", b""]  # catalog and page tree, filled in below
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects.append(font)
    kids: list[int] = []
    for lines in pages:
        operations = [b"BT", b"/F1 11 Tf", b"14 TL", b"72 770 Td"]
        for line in lines:
            escaped = (
                line.encode("cp1252")
                .replace(b"\\", b"\\\\")
                .replace(b"(", b"\\(")
                .replace(b")", b"\\)")
            )
            operations.append(b"(" + escaped + b") Tj T*")
        operations.append(b"ET")
        stream = b"\n".join(operations)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content
        )
        kids.append(len(objects))
    return serialise_pdf(objects, kids, title)


def _outline(doc: ParsedDocument) -> list[tuple[int, str | None, str]]:
    return [(s.level, s.number, s.title) for s in doc.sections]


@pytest.fixture
def handbook(tmp_path: Path) -> ParsedDocument:
    path = tmp_path / "handbook.pdf"
    path.write_bytes(make_pdf(SOURCE_PAGES, title="Field safety handbook"))
    return parse_file(path)


def test_helper_writes_a_pdf_with_a_text_layer() -> None:
    reader = PdfReader(io.BytesIO(make_pdf(SOURCE_PAGES)))
    assert len(reader.pages) == 3
    assert "1. Introduction" in reader.pages[0].extract_text()


def test_pdf_imports_with_the_structure_of_its_source(handbook: ParsedDocument) -> None:
    assert handbook.title == "Field safety handbook"
    assert _outline(handbook) == [
        (1, "1", "Introduction"),
        (1, "2", "Before departure"),
        (2, "2.1", "Documents"),
        (2, "2.2", "Checklist of tips"),
        (1, "3", "On arrival"),
        (1, "4", "Key questions"),
        (1, "5", "Reporting"),
    ]
    # The same text as plain text gives the same outline: the PDF path adds nothing odd.
    source = "\n".join(line for page in SOURCE_PAGES for line in page[1:-1])
    assert _outline(parse_text(source, name="handbook.txt")) == _outline(handbook)


def test_pdf_running_headers_and_page_numbers_are_dropped(handbook: ParsedDocument) -> None:
    text = "\n".join(s.body for s in handbook.sections) + handbook.introduction
    assert HEADER not in text
    assert "Page 1" not in text and "Page 3" not in text


def test_pdf_paragraphs_are_reflowed_and_hyphenation_kept_for_compounds(
    handbook: ParsedDocument,
) -> None:
    assert handbook.sections[0].body == (
        "This handbook explains how advisers prepare for missions in fragile and "
        "post-conflict settings. It covers documents, communication and the first days in "
        "the country, and it should be read together with the security plan of the mission."
    )


def test_pdf_numbered_list_and_checklists(handbook: ParsedDocument) -> None:
    arrival = handbook.sections[4]
    assert "1. Report to the duty officer.\n2. Attend the security briefing." in arrival.body
    by_title = {c.title: c for c in handbook.checklists}
    tips = by_title["Checklist of tips"]
    assert handbook.sections[tips.section_index].title == "Checklist of tips"
    assert [i.text for i in tips.items] == [
        "Register with the security focal point.",
        "Share your itinerary with the team leader.",
        "Test the satellite phone before you leave.",
    ]
    assert {i.kind for i in tips.items} == {"tip"}
    steps = next(c for c in handbook.checklists if c.section_index == 4)
    assert [i.kind for i in steps.items] == ["step", "step", "step"]
    questions = by_title["Key questions"]
    assert [i.kind for i in questions.items] == ["question", "question"]


def test_pdf_without_a_text_layer_asks_for_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[], []]))
    with pytest.raises(ImportFailed, match="no text layer") as failure:
        parse_file(path)
    assert "OCR" in str(failure.value)


def test_encrypted_pdf_is_refused_with_a_clear_reason(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(SOURCE_PAGES))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "locked.pdf"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ImportFailed, match="password-protected"):
        parse_file(path)


def test_pdf_protected_only_against_editing_still_imports(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(SOURCE_PAGES))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "readonly.pdf"
    path.write_bytes(buffer.getvalue())
    assert parse_file(path).sections[0].title == "Introduction"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\nthis is not really a PDF",
        make_pdf(SOURCE_PAGES)[:300],
        b"Just some text saved with the wrong extension.",
    ],
)
def test_damaged_pdf_fails_with_one_line(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(data)
    with pytest.raises(ImportFailed) as failure:
        parse_file(path)
    assert "\n" not in str(failure.value)
    assert "damaged.pdf" in str(failure.value)
