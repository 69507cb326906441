"""The plain-text engine's rules, each on a small text written for it."""

from __future__ import annotations

import pytest

from fieldguide.library.importers import ImportFailed, ParsedDocument, parse_text


def _titles(doc: ParsedDocument) -> list[tuple[int, str | None, str]]:
    return [(s.level, s.number, s.title) for s in doc.sections]


def _body(doc: ParsedDocument) -> str:
    return "\n\n".join(s.body for s in doc.sections)


def test_numbered_headings_build_a_tree_in_reading_order() -> None:
    doc = parse_text(
        "Handbook on field security\n\n"
        "1. Introduction\nThis handbook is for advisers.\n\n"
        "2. Planning\nPlanning starts early.\n\n"
        "2.1 Documents\nCarry copies of documents.\n\n"
        "2.1.1 Passports\nKeep the passport in a safe place.\n\n"
        "2.2 Money\nCarry some cash.\n\n"
        "3. Travel\nTravel in daylight.\n",
        name="handbook.txt",
    )
    assert doc.title == "Handbook on field security"
    assert _titles(doc) == [
        (1, "1", "Introduction"),
        (1, "2", "Planning"),
        (2, "2.1", "Documents"),
        (3, "2.1.1", "Passports"),
        (2, "2.2", "Money"),
        (1, "3", "Travel"),
    ]
    assert doc.sections[3].body == "Keep the passport in a safe place."


def test_annex_headings_and_lettered_sub_points() -> None:
    doc = parse_text(
        "Guidance note\n\n"
        "1. Purpose\nThe note explains the approach.\n\n"
        "a. Know the context\nRead the political analysis first.\n\n"
        "b. Listen to partners\nAsk before you advise.\n\n"
        "2. Scope\nIt covers all missions.\n\n"
        "Annex III: Useful contacts\nThe security focal point of each mission.\n",
        name="note.txt",
    )
    assert _titles(doc) == [
        (1, "1", "Purpose"),
        (2, "a", "Know the context"),
        (2, "b", "Listen to partners"),
        (1, "2", "Scope"),
        (1, "Annex III", "Useful contacts"),
    ]


def test_headings_in_damaged_capitals_are_repaired_keeping_acronyms() -> None:
    doc = parse_text(
        "4. nAtionAl ownership of SSR\n"
        "National ownership of reform is what makes SSR last. The UN supports it.\n\n"
        "5. SUPPORT TO THE UN COUNTRY TEAM\n"
        "The country team coordinates support with national authorities.\n",
        name="x.txt",
    )
    titles = [s.title for s in doc.sections]
    assert titles == ["National ownership of SSR", "Support to the UN country team"]


def test_words_hyphenated_at_line_ends_are_joined_but_compounds_keep_the_hyphen() -> None:
    text = (
        "Truth commissions support reconciliation in many places and the\n"
        "process of reconcili-\n"
        "ation takes years. Post-conflict societies need time. Many post-\n"
        "conflict states rebuild their police. Self-\n"
        "reliance matters, and so does the policy-\n"
        "making process for national security policy-\n"
        "and strategy-making.\n"
    )
    body = _body(parse_text(text, name="x.txt"))
    assert "reconciliation takes years" in body
    assert "post-conflict states" in body
    assert "Self-reliance" in body
    assert "policy-making process" in body
    assert "policy- and strategy-making" in body


def test_double_spaced_lines_are_reflowed_into_paragraphs() -> None:
    wrapped = [
        "The first paragraph of this note is printed with a blank line after",
        "every single line of text, as many PDF extractions do, and yet it",
        "is one paragraph that ends here.",
        "A second paragraph starts after a short last line and it is also",
        "printed double spaced until it ends.",
    ]
    doc = parse_text("Title of the note\n\n" + "\n\n".join(wrapped) + "\n", name="x.txt")
    paragraphs = _body(doc).split("\n\n")
    assert paragraphs == [
        " ".join(wrapped[:3]),
        " ".join(wrapped[3:]),
    ]


def test_footnote_markers_are_removed_and_footnote_text_kept_apart() -> None:
    # As extracted from a PDF: the notes open a new page (a leading space after a text line).
    doc = parse_text(
        "1. Ownership\n"
        "National ownership12 of the process matters, as the Secretary-General said in\n"
        "his 2008 report.3 The report is widely cited.\n"
        " 12 Report of the Secretary-General, 2008.\n"
        "\n"
        "3 See paragraph 46 of the report.\n",
        name="x.txt",
    )
    section = doc.sections[0]
    assert "National ownership of the process" in section.body
    assert "2008 report. The report" in section.body
    assert section.footnotes == [
        "Report of the Secretary-General, 2008.",
        "See paragraph 46 of the report.",
    ]


def test_a_notes_list_goes_to_the_top_level_section_it_closes() -> None:
    doc = parse_text(
        "1. Purpose\nThe note sets out the approach.2\n\n"
        "1.1 Background\nThe approach builds on earlier work.\n\n"
        "ENDNOTES\n\n"
        "1 First source.\n\n"
        "2 Second source.\n",
        name="x.txt",
    )
    assert [s.title for s in doc.sections] == ["Purpose", "Background"]
    assert doc.sections[0].footnotes == ["First source.", "Second source."]
    assert "ENDNOTES" not in _body(doc)


def test_codes_that_end_in_digits_are_not_mistaken_for_footnote_markers() -> None:
    doc = parse_text(
        "Resolutions\n\nThe Council acted under OP8 of resolution 1325 and the G20 met in 2010.\n",
        name="x.txt",
    )
    assert "OP8 of resolution 1325 and the G20" in _body(doc)


def test_vertical_margin_text_and_page_numbers_are_removed() -> None:
    margin = "\n".join(["21", "N", "AT", "IO", "N", "A", "L "])
    doc = parse_text(
        "1. Scope\n"
        "The guidance applies to all staff working on\n"
        f"{margin}\n"
        "security sector reform in the field.\n"
        "\n"
        "17\n"
        "\n"
        "2. Rationale\nPractitioners need a common framework.\n",
        name="x.txt",
    )
    assert doc.sections[0].body == (
        "The guidance applies to all staff working on security sector reform in the field."
    )
    for section in doc.sections:
        for line in section.body.splitlines():
            assert len(line.strip()) > 2


def test_a_passage_repeated_many_times_is_kept_once() -> None:
    passage = (
        "Support information management\n"
        "Ensure that information is collected lawfully.\n"
        "Protect personal data held by security institutions.\n"
        "Publish statistics on complaints every year.\n"
    )
    text = "Information\n\n" + "\n".join([passage] * 5) + "\nFinal remarks close the note.\n"
    body = _body(parse_text(text, name="x.txt"))
    assert body.count("Protect personal data") == 1
    assert "Final remarks close the note." in body


def test_bullets_whose_glyph_was_lost_and_a_tips_checklist() -> None:
    doc = parse_text(
        "Annex. Practical hints for mediators\n"
        "\n"
        " Consider your role in a given context. Are the parties aware of\n"
        "\n"
        "it?\n"
        "\n"
        " Know where to find expertise on security sector reform.\n"
        "\n"
        " What is the timeline of the talks?\n",
        name="x.txt",
    )
    assert len(doc.checklists) == 1
    checklist = doc.checklists[0]
    assert checklist.title == "Practical hints for mediators"
    assert doc.sections[checklist.section_index].title == "Practical hints for mediators"
    assert [(i.kind, i.text) for i in checklist.items] == [
        ("tip", "Consider your role in a given context. Are the parties aware of it?"),
        ("tip", "Know where to find expertise on security sector reform."),
        ("question", "What is the timeline of the talks?"),
    ]


def test_steps_grouped_by_phase_subheadings() -> None:
    doc = parse_text(
        "Field guide\n\n"
        "3. Process steps\n\n"
        "Phase 1 Preparation\n\n"
        "1. Map the stakeholders.\n"
        "2. Agree on the scope.\n\n"
        "Phase 2 Drafting\n\n"
        "1. Draft the policy.\n"
        "2. Consult civil society.\n",
        name="x.txt",
    )
    checklist = doc.checklists[0]
    assert [(i.group, i.kind, i.text) for i in checklist.items] == [
        ("Phase 1 Preparation", "step", "Map the stakeholders."),
        ("Phase 1 Preparation", "step", "Agree on the scope."),
        ("Phase 2 Drafting", "step", "Draft the policy."),
        ("Phase 2 Drafting", "step", "Consult civil society."),
    ]


def test_key_questions_after_a_lead_in_sentence() -> None:
    doc = parse_text(
        "Conflict analysis\n\n"
        "The assessment should answer the following key questions:\n"
        "• What are the root causes of the conflict?\n"
        "• Who are the main actors?\n",
        name="x.txt",
    )
    checklist = doc.checklists[0]
    assert checklist.section_index == 0
    assert [i.kind for i in checklist.items] == ["question", "question"]


def test_numbered_and_lettered_lists_render_as_markdown_lists() -> None:
    doc = parse_text(
        "Components\n\n"
        "The components are:\n\n"
        "1. A common vision.\n"
        "2. Implementation.\n\n"
        "Support includes:\n\n"
        "a) funding;\n"
        "b) training.\n",
        name="x.txt",
    )
    body = doc.sections[0].body
    assert "1. A common vision.\n2. Implementation." in body
    assert "- (a) funding;\n- (b) training." in body


def test_text_without_headings_is_one_section() -> None:
    doc = parse_text("Just a short note.\nIt has two lines.\n", name="note.txt")
    assert [s.title for s in doc.sections] == ["Note"]
    assert doc.sections[0].body == "Just a short note. It has two lines."


@pytest.mark.parametrize("text", ["", "   \n\n  ", "\x00\x01\x02", "12\n\n13\n"])
def test_text_with_nothing_to_import_fails_with_one_line(text: str) -> None:
    with pytest.raises(ImportFailed) as failure:
        parse_text(text, name="blank.txt")
    message = str(failure.value)
    assert "\n" not in message and "blank.txt" in message


def test_a_lone_marker_at_a_page_end_keeps_its_place_on_the_page() -> None:
    """A bullet alone on its line is joined to its text; the joined line is where they were.

    It once took the text's "page end" as its "page start", and a flag as its printed text.
    """
    from fieldguide.library.importers.text_clean import _clean_lines

    first = (
        "Travel security\n\nKeep copies of documents.\n\nBefore leaving\n•\nCarry some cash for the driver."
    )
    lines = _clean_lines([first, "On the road\n\nReport each hour."], pages_known=True)
    merged = next(line for line in lines if line.text.startswith("•"))
    assert merged.text == "• Carry some cash for the driver."
    assert (merged.page_start, merged.page_end) == (False, True)
    assert isinstance(merged.raw, str)
    assert next(line for line in lines if line.text == "On the road").page_start
