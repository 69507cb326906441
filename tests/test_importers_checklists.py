"""Checklists from the lists real guidance prints: key-question and tip boxes, numbered
question lists in a booklet's annex, UN "Recommendation 1…n"; never one-item lists, table
lines or grammar. Each item gets a kind from its wording."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from fieldguide.library.importers import ParsedChecklist, ParsedDocument, parse_file, parse_text

from .styled_pdf import Line, body, bold, bullet, heading, make_styled_pdf

KEY_QUESTIONS = [
    "Who are the main security providers in the community, formal and informal?",
    "Which groups feel least safe, and why?",
    "How do women and young people take part in local security decisions?",
    "What has the mission already learned from earlier consultations?",
    "Which national authorities must agree before work can start?",
    "How will the community hear about results and raise complaints?",
]
TIPS = [
    "Engage local leaders early and keep them informed.",
    "Hold meetings where people already gather, at times that suit them.",
    "Use interpreters the community trusts.",
    "Separate meetings for women if mixed meetings silence them.",
    "Record what was agreed and read it back before closing.",
    "Avoid promising what the mission cannot deliver.",
    "Protect the identity of those who speak about abuses.",
    "Return to report on what changed since the last visit.",
]


def _guidance_note_pages() -> list[list[Line]]:
    questions = [bullet(q) for q in KEY_QUESTIONS]
    # The longest question wraps onto a second line, as it does in a narrow box.
    questions[2] = bullet("How do women and young people take part in local security")
    questions.insert(3, Line("decisions?", indent=20.0))
    return [
        [
            Line("Community Security Guidance Note", size=20, style="bold"),
            heading("1. Purpose"),
            body("This note helps advisers plan community security work with national"),
            body("authorities and the people they serve. It should be read with the"),
            body("mission's security plan and its protection strategy."),
            heading("2. Assessing the context"),
            body("An assessment looks at who provides security and who is left out. The"),
            body("following table summarises the sources used in earlier assessments."),
            bold("Source            Year       Coverage", gap=4),
            body("Household survey  2019       National"),
            body("Focus groups      2021       Three provinces"),
            bold("Box 1. Key questions for the assessment"),
            *questions,
            heading("3. Working with communities"),
            body("Meetings with communities should be planned with local partners. Note:"),
            body("the mission's rules on contact with armed groups apply throughout."),
            bold("Tips:"),
            bullet("Bring the meeting's notes to the next visit."),
            body("The following section describes how results are reported."),
        ],
        [
            bold("Box 2. Tips for practitioners"),
            *[bullet(t) for t in TIPS],
            heading("4. Reporting"),
            body("Results are shared with the community and with the national authorities"),
            body("within a month of each visit, in the languages the community uses."),
        ],
    ]


@pytest.fixture(scope="module")
def guidance_note(tmp_path_factory: pytest.TempPathFactory) -> ParsedDocument:
    path = tmp_path_factory.mktemp("note") / "note.pdf"
    path.write_bytes(make_styled_pdf(_guidance_note_pages(), header="Community security"))
    return parse_file(path)


def _by_size(doc: ParsedDocument) -> dict[int, ParsedChecklist]:
    return {len(c.items): c for c in doc.checklists}


def test_guidance_note_key_questions_and_tips_become_two_checklists(
    guidance_note: ParsedDocument,
) -> None:
    found = {c.title: [i.text for i in c.items] for c in guidance_note.checklists}
    assert found == {"Key questions for the assessment": KEY_QUESTIONS,
                     "Tips for practitioners": TIPS}


def test_items_get_their_kind_from_their_wording(guidance_note: ParsedDocument) -> None:
    by_size = _by_size(guidance_note)
    assert {i.kind for i in by_size[6].items} == {"question"}
    assert {i.kind for i in by_size[8].items} == {"tip"}


def test_a_one_item_tips_list_is_no_checklist(guidance_note: ParsedDocument) -> None:
    assert all(len(c.items) >= 2 for c in guidance_note.checklists)
    # "Tips:" in bold introduces its list; it is not a section of its own.
    assert [s.title for s in guidance_note.sections if s.level == 1] == [
        "Purpose", "Assessing the context", "Working with communities", "Reporting"]
    assert "Tips:" not in [s.title for s in guidance_note.sections]
    assert not any("meeting's notes" in i.text for c in guidance_note.checklists for i in c.items)


def test_a_table_is_no_checklist(guidance_note: ParsedDocument) -> None:
    texts = [i.text for c in guidance_note.checklists for i in c.items]
    assert not any("survey" in t or "Focus groups" in t for t in texts)


BOOKLET_QUESTIONS = [
    "Have women's organisations been invited to every round of talks?",
    "Are the venues accessible to people with disabilities?",
    "Has the agenda been shared in the local languages?",
    "Do the delegations include young people?",
    "Is childcare offered during the sessions?",
    "Are travel costs covered for participants from rural areas?",
    "Has a gender adviser reviewed the draft agreement?",
    "Are victims' associations consulted before provisions on justice are drafted?",
    "Is there a channel for confidential complaints?",
    "Have the facilitators been trained on inclusive facilitation?",
    "Are minority languages interpreted?",
    "Do the minutes record who spoke?",
    "Has the security of participants been assessed?",
    "Are civil society observers allowed in plenary sessions?",
    "Is progress on inclusion reported to the parties?",
    "Will the implementation body include women and young people?",
]


def _write_booklet(path: Path, numbered_by_hand: bool) -> None:
    document = docx.Document()
    document.add_heading("Inclusive Peace Processes", 0)
    document.add_heading("1. Why inclusion matters", 1)
    document.add_paragraph(
        "Processes that include those affected by conflict last longer. This booklet offers "
        "practical questions for mediation teams preparing a round of talks."
    )
    document.add_heading("Annex. Checklist for an inclusive process", 1)
    document.add_paragraph("Use the questions below before each round of talks.")
    for n, question in enumerate(BOOKLET_QUESTIONS, start=1):
        if numbered_by_hand:
            document.add_paragraph(f"{n}. {question}")
        else:
            document.add_paragraph(question, style="List Number")
    document.save(str(path))


@pytest.mark.parametrize("numbered_by_hand", [False, True])
def test_booklet_annex_checklist_has_all_sixteen_questions(
    tmp_path: Path, numbered_by_hand: bool
) -> None:
    path = tmp_path / "booklet.docx"
    _write_booklet(path, numbered_by_hand)
    doc = parse_file(path)
    assert [c.title for c in doc.checklists] == ["Checklist for an inclusive process"]
    items = doc.checklists[0].items
    assert [i.text for i in items] == BOOKLET_QUESTIONS
    assert {i.kind for i in items} == {"question"}


def test_booklet_checklist_in_a_pdf_runs_over_a_page_break(tmp_path: Path) -> None:
    lines = [Line("Inclusive Peace Processes", size=20, style="bold"),
             heading("Self-assessment checklist"),
             body("Answer each question before the talks open.")]
    numbered = [Line(f"{n}. {q}") for n, q in enumerate(BOOKLET_QUESTIONS, start=1)]
    path = tmp_path / "booklet.pdf"
    path.write_bytes(make_styled_pdf([lines + numbered[:11], numbered[11:]]))
    doc = parse_file(path)
    assert [c.title for c in doc.checklists] == ["Self-assessment checklist"]
    assert [i.text for i in doc.checklists[0].items] == BOOKLET_QUESTIONS
    assert {i.kind for i in doc.checklists[0].items} == {"question"}


def test_tick_boxes_in_plain_text_are_checklist_items() -> None:
    text = "Field visit\n\nChecklist before leaving\n\n" + "\n".join(
        "\u2610 " + q for q in BOOKLET_QUESTIONS[:5]
    )
    doc = parse_text(text, name="visit.txt")
    assert [i.text for c in doc.checklists for i in c.items] == BOOKLET_QUESTIONS[:5]


RECOMMENDATIONS = [
    "The Secretary-General should ensure that every mission has a gender adviser by 2027.",
    "Heads of mission should consult women's organisations before each mandate renewal.",
    "The Department of Peace Operations should publish an annual report on inclusion.",
    "Legislative bodies should review progress on these recommendations every two years.",
]


def _jiu_pages(bold_labels: bool) -> list[list[Line]]:
    def recommendation(n: int, text: str) -> list[Line]:
        if bold_labels:
            return [bold(f"Recommendation {n}"), body(text)]
        return [Line(f"Recommendation {n}: {text}", gap_before=6)]

    first = [
        Line("Review of inclusion in peace operations", size=18, style="bold"),
        heading("I. Introduction"),
        body("1. This review looks at how peace operations include women and young"),
        body("people in their work. It follows a request of the General Assembly."),
        heading("II. Findings"),
        body("2. Missions consult civil society unevenly; few keep records of who took part."),
        body("3. The following recommendation is expected to improve accountability."),
    ]
    rest = [heading("III. Recommendations")]
    for n, text in enumerate(RECOMMENDATIONS, start=1):
        rest += recommendation(n, text)
    rest += [heading("IV. Follow-up"),
             body("4. The Unit will report on implementation in its next annual report.")]
    return [first, rest]


@pytest.mark.parametrize("bold_labels", [True, False])
def test_un_recommendations_become_one_checklist(tmp_path: Path, bold_labels: bool) -> None:
    path = tmp_path / "review.pdf"
    path.write_bytes(make_styled_pdf(_jiu_pages(bold_labels)))
    doc = parse_file(path)
    assert [c.title for c in doc.checklists] == ["Recommendations"]
    assert [i.text for i in doc.checklists[0].items] == RECOMMENDATIONS
    assert {i.kind for i in doc.checklists[0].items} == {"tip"}
    # Each recommendation stays readable in the section, and none became a heading.
    titles = [s.title for s in doc.sections]
    assert not any(t.startswith("Recommendation ") for t in titles)
    body_text = next(s.body for s in doc.sections if s.title == "Recommendations")
    assert "Recommendation 3" in body_text and RECOMMENDATIONS[2] in body_text


def test_recommendations_in_plain_text() -> None:
    text = "Review\n\nRecommendations\n\n" + "\n\n".join(
        f"Recommendation {n}. {t}" for n, t in enumerate(RECOMMENDATIONS, start=1)
    )
    doc = parse_text(text, name="review.txt")
    assert [[i.text for i in c.items] for c in doc.checklists] == [RECOMMENDATIONS]


def test_a_single_recommendation_is_no_checklist(tmp_path: Path) -> None:
    text = ("Review\n\nFindings\n\nRecommendation 1: The Secretary-General should act.\n\n"
            "The rest of the report explains the findings in detail.")
    assert parse_text(text, name="one.txt").checklists == []


def test_criteria_lists_hold_criteria_and_recommendation_lists_tips() -> None:
    text = (
        "Selecting partners\n\nSelection criteria\n\n"
        "- The organisation is registered in the country.\n"
        "- Its board includes women.\n"
        "- Does it work in the provinces concerned?\n\n"
        "Recommendations\n\n"
        "- Publish the criteria before the call opens.\n"
        "- Explain each decision to the applicants.\n"
    )
    doc = parse_text(text, name="partners.txt")
    kinds = {c.title: [i.kind for i in c.items] for c in doc.checklists}
    assert kinds == {"Selection criteria": ["criterion", "criterion", "question"],
                     "Recommendations": ["tip", "tip"]}


def test_prose_about_criteria_is_no_checklist() -> None:
    text = (
        "Report of the Commission\n\n"
        "The proposed topic fulfils the criteria for the selection of new topics\n\n"
        "The topic meets all of the above criteria as set out below:\n\n"
        "- Half a century has passed since the concept first appeared in the case law of the "
        "Court, and practice has grown steadily since then.\n"
        "- The practice of States is abundant and allows the Commission to proceed.\n"
    )
    assert parse_text(text, name="report.txt").checklists == []


def test_a_checklist_printed_as_a_form_in_word(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Inclusive Peace Processes", 0)
    document.add_heading("Annex 2. Self-assessment checklist", 1)
    form = document.add_table(rows=1, cols=3)
    for cell, text in zip(form.rows[0].cells, ("Question", "Yes", "No"), strict=True):
        cell.text = text
    for question in BOOKLET_QUESTIONS:
        row = form.add_row()
        row.cells[0].text = question
        row.cells[1].text = row.cells[2].text = "\u2610"
    # A table of data with Yes/No filled in stays a table.
    document.add_heading("Participation so far", 1)
    data = document.add_table(rows=2, cols=2)
    data.rows[0].cells[0].text, data.rows[0].cells[1].text = "Women's groups invited", "Yes"
    data.rows[1].cells[0].text, data.rows[1].cells[1].text = "Youth groups invited", "No"
    path = tmp_path / "form.docx"
    document.save(str(path))
    doc = parse_file(path)
    assert [(c.title, [i.text for i in c.items]) for c in doc.checklists] == [
        ("Self-assessment checklist", BOOKLET_QUESTIONS)]
    participation = next(s.body for s in doc.sections if s.title == "Participation so far")
    assert "Women's groups invited — Yes" in participation
