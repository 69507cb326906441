"""Word import: headings from paragraph styles, lists and checklists from list styles."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from fieldguide.library.importers import ImportFailed, ParsedDocument, parse_file


def _write_guide(path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Core title that the Title paragraph overrides"
    document.add_paragraph("Mediation support guide", style="Title")
    document.add_heading("1. Purpose", level=1)
    document.add_paragraph("This guide helps advisers support mediation processes.")
    document.add_heading("2. Preparing a process", level=1)
    document.add_heading("2.1 Context analysis", level=2)
    document.add_paragraph("Map the actors before proposing any design.")
    document.add_paragraph("Interests", style="List Bullet")
    document.add_paragraph("Capacities", style="List Bullet 2")
    document.add_heading("2.2 Checklist of tips", level=2)
    document.add_paragraph("Meet each party separately first.", style="List Bullet")
    document.add_paragraph("Agree on ground rules for the talks.", style="List Bullet")
    document.add_paragraph("Is the mandate of the mediator clear?", style="List Bullet")
    document.add_heading("Annex I: Process steps", level=1)
    document.add_heading("Phase 1 Preparation", level=2)
    document.add_paragraph("Appoint the mediation team.", style="List Number")
    document.add_paragraph("Agree on the venue.", style="List Number")
    document.add_heading("Phase 2 Talks", level=2)
    document.add_paragraph("Open the first session.", style="List Number")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Actor"
    table.cell(0, 1).text = "Role"
    table.cell(1, 0).text = "Facilitator"
    table.cell(1, 1).text = "Chairs the sessions"
    document.save(str(path))


@pytest.fixture
def guide(tmp_path: Path) -> ParsedDocument:
    path = tmp_path / "guide.docx"
    _write_guide(path)
    return parse_file(path)


def test_docx_headings_follow_heading_styles(guide: ParsedDocument) -> None:
    assert guide.title == "Mediation support guide"
    assert [(s.level, s.number, s.title) for s in guide.sections] == [
        (1, "1", "Purpose"),
        (1, "2", "Preparing a process"),
        (2, "2.1", "Context analysis"),
        (2, "2.2", "Checklist of tips"),
        (1, "Annex I", "Process steps"),
        (2, None, "Phase 1 Preparation"),
        (2, None, "Phase 2 Talks"),
    ]


def test_docx_list_styles_become_markdown_lists(guide: ParsedDocument) -> None:
    body = guide.sections[2].body
    assert body == "Map the actors before proposing any design.\n\n- Interests\n  - Capacities"
    assert "Facilitator — Chairs the sessions" in guide.sections[-1].body


def test_docx_checklists_with_kinds_and_phase_groups(guide: ParsedDocument) -> None:
    tips = next(c for c in guide.checklists if c.title == "Checklist of tips")
    assert guide.sections[tips.section_index].title == "Checklist of tips"
    assert [(i.kind, i.text) for i in tips.items] == [
        ("tip", "Meet each party separately first."),
        ("tip", "Agree on ground rules for the talks."),
        ("question", "Is the mandate of the mediator clear?"),
    ]
    steps = next(c for c in guide.checklists if c.title == "Process steps")
    assert [(i.group, i.kind, i.text) for i in steps.items] == [
        ("Phase 1 Preparation", "step", "Appoint the mediation team."),
        ("Phase 1 Preparation", "step", "Agree on the venue."),
        ("Phase 2 Talks", "step", "Open the first session."),
    ]


def test_docx_single_top_heading_becomes_the_title(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Gender and security", level=1)
    document.add_paragraph("Why gender matters in security sector reform.")
    document.add_heading("Key questions", level=2)
    document.add_paragraph("Who is consulted?", style="List Bullet")
    document.add_paragraph("Who decides?", style="List Bullet")
    path = tmp_path / "gender.docx"
    document.save(str(path))
    doc = parse_file(path)
    assert doc.title == "Gender and security"
    assert [(s.level, s.title) for s in doc.sections] == [(1, "Key questions")]
    assert doc.introduction == "Why gender matters in security sector reform."
    assert doc.checklists[0].items[0].kind == "question"


def test_docx_bold_lines_in_normal_style_are_headings(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph().add_run("Background").bold = True
    document.add_paragraph("The programme started in 2019.")
    path = tmp_path / "bold.docx"
    document.save(str(path))
    assert [s.title for s in parse_file(path).sections] == ["Background"]


def test_not_a_word_file_fails_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04 this zip is cut short")
    with pytest.raises(ImportFailed, match="could not be read as a Word document") as failure:
        parse_file(path)
    assert "\n" not in str(failure.value)


def test_empty_word_file_fails(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(ImportFailed, match="contains no text"):
        parse_file(path)
