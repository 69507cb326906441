"""A PDF's title: the largest text on its first page, or metadata that makes sense."""

from __future__ import annotations

from pathlib import Path

from fieldguide.library.importers import parse_file

from .styled_pdf import Line, body, heading, make_styled_pdf

TEXT = [body("The guidance covers the planning, conduct and follow-up of community dialogues"),
        body("held by field offices, with the people and authorities they concern.")]


def _pdf(tmp_path: Path, pages: list[list[Line]], **kwargs: str) -> Path:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_styled_pdf(pages, **kwargs))
    return path


def test_title_is_the_largest_text_even_when_repeated_as_running_header(tmp_path: Path) -> None:
    title = "Community Dialogue in Practice"
    first = [Line(title, size=20, style="bold"), heading("1. Purpose"), *TEXT]
    topics = ["Preparing", "Inviting", "Holding", "Following up"]
    later = [[heading(f"{n}. {topic}"),
              body(f"{topic} a dialogue is explained here: who takes part, where and when."),
              body("Field offices adapt this to the place, the season and the security plan."),
              body("Notes of each meeting go to the regional office within the week.")]
             for n, topic in enumerate(topics, start=2)]
    doc = parse_file(_pdf(tmp_path, [first, *later], header=title))
    assert doc.title == title
    assert [s.title for s in doc.sections][:2] == ["Purpose", "Preparing"]


def test_organ_names_and_one_word_labels_are_not_titles(tmp_path: Path) -> None:
    first = [Line("United Nations", size=14), Line("Security Council", size=20, style="bold"),
             Line("REPORT", size=24, style="bold"), heading("1. Purpose"), *TEXT]
    doc = parse_file(_pdf(tmp_path, [first, [heading("2. Method"), *TEXT]],
                          title="Review of community dialogue in field offices"))
    assert doc.title == "Review of community dialogue in field offices"


def test_a_metadata_title_that_is_a_file_name_gives_way(tmp_path: Path) -> None:
    first = [Line("Protection of Civilians Handbook", size=20, style="bold"),
             heading("1. Purpose"), *TEXT]
    doc = parse_file(_pdf(tmp_path, [first, [heading("2. Method"), *TEXT]],
                          title="Microsoft Word - final_v3.docx"))
    assert doc.title == "Protection of Civilians Handbook"
