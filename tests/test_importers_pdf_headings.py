"""Headings a reader sees in a PDF: italic sub-headings, long bold headings, and not the
display lines of the statements in a compilation."""

from __future__ import annotations

from pathlib import Path

from fieldguide.library.importers import ParsedDocument, parse_file

from .styled_pdf import Line, body, bold, heading, italic, make_styled_pdf

PARAGRAPH = [
    body("The mission worked with the authorities on the return of displaced families to"),
    body("their villages, and supported local committees in settling disputes over land."),
]


def _parse(tmp_path: Path, pages: list[list[Line]]) -> ParsedDocument:
    path = tmp_path / "doc.pdf"
    path.write_bytes(make_styled_pdf(pages))
    return parse_file(path)


_PLACES = ["Bambari", "Bria", "Kaga-Bandoro", "Bangassou", "Obo", "Birao", "Ndele", "Bouar",
           "Berberati", "Sibut", "Mobaye", "Zemio", "Paoua", "Bozoum", "Kabo", "Batangafo"]


def _paragraph(n: int) -> list[Line]:
    place = _PLACES[n % len(_PLACES)]
    subject = _SUBJECTS[n % len(_SUBJECTS)]
    return [body(f"In {place} the team reports on {subject} and on the work of the"),
            body(f"committees of {place} that met {n + 2} times during the period under review."),
            body(f"Their members asked in {place} for more frequent visits by the team and"),
            body(f"for written answers on {subject} within a month of each of those visits.")]


_SUBJECTS = ["water points", "land disputes", "school fees", "market taxes", "road repairs",
             "grazing routes", "police patrols", "court hearings", "health posts", "radio news",
             "youth groups", "women's associations", "mine clearance", "returnee housing"]


def _spaced(lines: list[Line]) -> list[Line]:
    """A paragraph set apart from the heading above it, as word processors do."""
    first = lines[0]
    return [Line(first.text, first.size, first.style, first.indent, 6.0), *lines[1:]]


def test_an_italic_line_alone_is_a_sub_heading(tmp_path: Path) -> None:
    page = [
        Line("Report on the Peace Process", size=18, style="bold"),
        italic("Summary"),
        *_spaced(PARAGRAPH),
        heading("I. Introduction"),
        *_paragraph(1),
        italic("Return of displaced families"),
        *_spaced(_paragraph(2)),
        # Italic words inside a paragraph are emphasis, not a heading.
        Line("Emphasis", style="italic"),
        *_paragraph(3),
    ]
    doc = _parse(tmp_path, [page])
    assert [s.title for s in doc.sections] == [
        "Summary", "Introduction", "Return of displaced families"]


def test_a_bold_heading_over_five_lines_stays_one_heading(tmp_path: Path) -> None:
    long_heading = [
        "Order Declaring the Conclusions of the National Assembly adopted at",
        "its Special Session held on 24 and 25 December violate the obligations",
        "and commitments of the entity under the annexes to the General",
        "Framework Agreement for Peace and prohibiting their implementation",
        "within the territory of the entity",
    ]
    page = [
        Line("Report of the High Representative", size=18, style="bold"),
        heading("A. Decisions"),
        *_paragraph(1),
        *[bold(text, gap=0.0 if i else 6.0) for i, text in enumerate(long_heading)],
        *_paragraph(2),
    ]
    doc = _parse(tmp_path, [page])
    assert [s.title for s in doc.sections] == ["Decisions", " ".join(long_heading)]


SPEAKERS = ["Slovenia", "Algeria", "Panama", "Sierra Leone", "Pakistan", "Denmark"]


def _compilation() -> list[list[Line]]:
    pages = [[
        Line("Compilation of statements at the open debate", size=18, style="bold"),
        bold("Introduction", size=12),
        *PARAGRAPH,
    ]]
    for n, speaker in enumerate(SPEAKERS, start=1):
        pages.append([
            bold(f"{n}. {speaker}", size=12),
            # Each statement keeps the cover its delegation printed.
            Line(f"PERMANENT MISSION OF {speaker.upper()}", size=14, style="bold"),
            italic("Check against delivery"),
            bold("Open debate on the protection of civilians", size=12),
            *_paragraph(n),
        ])
    return pages


def test_statement_covers_in_a_compilation_are_not_headings(tmp_path: Path) -> None:
    doc = _parse(tmp_path, _compilation())
    assert [(s.number, s.title) for s in doc.sections] == [
        (None, "Introduction"), *[(str(n), s) for n, s in enumerate(SPEAKERS, start=1)]]
    # The cover lines stay readable at the start of each statement.
    assert "Check against delivery" in doc.sections[1].body
    assert "PERMANENT MISSION OF SLOVENIA" in doc.sections[1].body


def test_sub_headings_of_a_numbered_report_survive(tmp_path: Path) -> None:
    pages: list[list[Line]] = []
    for n in range(1, 7):
        pages.append([
            *([Line("Annual Report", size=18, style="bold")] if n == 1 else []),
            heading(f"{n}. Chapter {n}"),
            *_paragraph(n),
            bold(f"Findings of chapter {n}", size=10.5),
            *_paragraph(n + 10),
        ])
    doc = _parse(tmp_path, pages)
    titles = [s.title for s in doc.sections]
    assert titles[:4] == ["Chapter 1", "Findings of chapter 1", "Chapter 2", "Findings of chapter 2"]


def test_notices_set_apart_are_not_headings(tmp_path: Path) -> None:
    page = [
        Line("Report on the Peace Process", size=18, style="bold"),
        italic("Advance unedited version"),
        heading("I. Introduction"),
        *_paragraph(1),
        italic("(Check against delivery)"),
        *_paragraph(2),
    ]
    doc = _parse(tmp_path, [page])
    assert [s.title for s in doc.sections] == ["Introduction"]
    assert "Check against delivery" in doc.sections[0].body
