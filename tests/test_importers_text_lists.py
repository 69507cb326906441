"""Plain text and Word: lists stay lists, numbered headings stay headings, at any number."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from fieldguide.library.importers import parse_file, parse_text


def test_consecutive_dash_and_star_bullets_stay_separate_items() -> None:
    text = (
        "Field notes\n\nBefore the visit\n\n"
        "- Confirm the meeting place\n- Share the agenda\n- Book an interpreter\n\n"
        "After the visit\n\n"
        "* Write the report\n* Thank the hosts\n"
    )
    doc = parse_text(text, name="notes.txt")
    bodies = {s.title: s.body for s in doc.sections}
    assert bodies["Before the visit"] == (
        "- Confirm the meeting place\n- Share the agenda\n- Book an interpreter"
    )
    assert bodies["After the visit"] == "- Write the report\n- Thank the hosts"


def test_numbered_heading_followed_by_a_numbered_list_stays_a_heading() -> None:
    text = (
        "Mediation handbook\n\n"
        "1. Preparing the talks\n\n"
        "The team agrees the following before any round of talks.\n\n"
        "2. Choosing the venue\n\n"
        "1. The venue is neutral for all parties.\n"
        "2. Delegations can reach it safely.\n"
        "3. Interpreters have a booth.\n\n"
        "3. Opening the talks\n\n"
        "The chair opens with the agreed agenda and the rules of procedure.\n"
    )
    doc = parse_text(text, name="handbook.txt")
    assert [(s.number, s.title) for s in doc.sections] == [
        ("1", "Preparing the talks"),
        ("2", "Choosing the venue"),
        ("3", "Opening the talks"),
    ]
    venue = doc.sections[1].body
    assert venue.splitlines() == [
        "1. The venue is neutral for all parties.",
        "2. Delegations can reach it safely.",
        "3. Interpreters have a booth.",
    ]


def test_heading_numbers_of_a_hundred_and_more() -> None:
    parts = []
    for n in range(1, 104):
        parts.append(f"{n}. Provision on topic {n}\n\nThe text of provision {n} is short and plain.")
    doc = parse_text("Regulations\n\n" + "\n\n".join(parts), name="rules.txt")
    assert [s.number for s in doc.sections] == [str(n) for n in range(1, 104)]
    assert doc.sections[-1].title == "Provision on topic 103"


def test_dotted_heading_numbers_over_a_hundred() -> None:
    text = (
        "Manual\n\n"
        "120.4 Vehicle movements\n\nConvoys leave before noon and report on arrival.\n\n"
        "120.5 Radio checks\n\nThe radio room calls every convoy each hour.\n"
    )
    doc = parse_text(text, name="manual.txt")
    assert [(s.number, s.title) for s in doc.sections] == [
        ("120.4", "Vehicle movements"), ("120.5", "Radio checks")]


@pytest.mark.parametrize("style", ["Heading 2", "Normal bold"])
def test_word_section_headings_keep_their_dotted_number(tmp_path: Path, style: str) -> None:
    document = docx.Document()
    document.add_heading("Operations manual", 0)
    document.add_heading("Section 1 Scope", 1)
    document.add_paragraph("This manual covers field operations.")
    for number, title in (("1.1", "Purpose"), ("1.2", "Audience")):
        if style == "Heading 2":
            document.add_heading(f"Section {number} {title}", 2)
        else:
            document.add_paragraph().add_run(f"Section {number} {title}").bold = True
        document.add_paragraph(f"Text of section {number}.")
    path = tmp_path / "manual.docx"
    document.save(str(path))
    doc = parse_file(path)
    assert [(s.number, s.title) for s in doc.sections] == [
        ("Section 1", "Scope"), ("1.1", "Purpose"), ("1.2", "Audience")]


DOCX_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docx"


@pytest.mark.skipif(not DOCX_CORPUS.is_dir(), reason=f"{DOCX_CORPUS} not found")
def test_word_sample_with_section_numbers_keeps_them() -> None:
    doc = parse_file(DOCX_CORPUS / "docx-headers-numbered.docx")
    assert [(s.level, s.number) for s in doc.sections] == [
        (1, "Section 1"), (2, "1.1"), (2, "1.2"), (3, "1.2.3"),
        (1, "Section 2"), (2, "2.1.1"), (2, "2.1"),
    ]
    assert "1.1" not in [s.title for s in doc.sections]
