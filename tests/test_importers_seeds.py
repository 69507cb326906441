"""Importing the real source documents in ../shared/seeds gives what an adviser expects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fieldguide.library.importers import ParsedDocument, parse_file

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
NOTE_KEYWORDS = [
    "national ownership",
    "gender",
    "peace processes",
    "democratic governance",
    "national security policy",
]


def _seed(prefix: str) -> Path:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not matches:
        pytest.skip("seed documents not found at ../shared/seeds", allow_module_level=False)
    return matches[0]


@pytest.fixture(scope="module")
def itgn() -> ParsedDocument:
    return parse_file(_seed("002"))


def _children(doc: ParsedDocument, index: int) -> list[int]:
    """Indexes of the direct children of section `index`."""
    level = doc.sections[index].level
    out = []
    for i in range(index + 1, len(doc.sections)):
        section = doc.sections[i]
        if section.level <= level:
            break
        if section.level == level + 1:
            out.append(i)
    return out


def _top_level(doc: ParsedDocument) -> list[int]:
    return [i for i, s in enumerate(doc.sections) if s.level == 1]


def _note_index(doc: ParsedDocument, keyword: str) -> int:
    for i in _top_level(doc):
        if keyword in doc.sections[i].title.lower():
            return i
    raise AssertionError(f"no top-level section about {keyword!r}")


# --- 002: the SSR Integrated Technical Guidance Notes ----------------------------------------


def test_itgn_top_level_holds_the_five_guidance_notes_in_order(itgn: ParsedDocument) -> None:
    positions = [_note_index(itgn, keyword) for keyword in NOTE_KEYWORDS]
    assert positions == sorted(positions)
    # Besides the notes only front matter (preface, glossary, overview) is top level.
    assert len(_top_level(itgn)) <= len(NOTE_KEYWORDS) + 3


def test_itgn_document_title_comes_from_the_margin_text(itgn: ParsedDocument) -> None:
    assert "integrated technical guidance notes" in itgn.title.lower()


@pytest.mark.parametrize("keyword", NOTE_KEYWORDS)
def test_each_note_has_its_numbered_sections_in_order(
    itgn: ParsedDocument, keyword: str
) -> None:
    note = _note_index(itgn, keyword)
    numbers = [
        int(itgn.sections[i].number)
        for i in _children(itgn, note)
        if itgn.sections[i].number and itgn.sections[i].number.isdigit()
    ]
    assert len(numbers) >= 4
    assert numbers == sorted(numbers)
    assert len(set(numbers)) == len(numbers)
    titles = [itgn.sections[i].title.lower() for i in _children(itgn, note)]
    assert any(t.startswith(("scope", "objective", "summary")) for t in titles)


def test_subsections_nest_under_their_numbered_parent(itgn: ParsedDocument) -> None:
    note = _note_index(itgn, "national ownership")
    by_number = {itgn.sections[i].number: i for i in range(note, len(itgn.sections))}
    principles = by_number["4.2"]
    children = [itgn.sections[i].number for i in _children(itgn, principles)]
    assert children[:3] == ["4.2.1", "4.2.2", "4.2.3"]
    assert itgn.sections[by_number["4.2.1"]].title == "The people comprise the basis for reform"


def test_damaged_heading_capitals_are_repaired(itgn: ParsedDocument) -> None:
    titles = [s.title for s in itgn.sections]
    assert "Scope" in titles
    assert any(t.startswith("Conceptual framework and guiding principles") for t in titles)
    assert "National ownership of SSR" in titles
    assert not any(re.search(r"[a-z][A-Z]{2}", t) for t in titles), "small-caps noise left"


def test_process_steps_annex_is_a_checklist_grouped_by_phase(itgn: ParsedDocument) -> None:
    note = _note_index(itgn, "national security policy")
    steps = [
        c for c in itgn.checklists if c.section_index > note and "steps" in c.title.lower()
    ]
    assert steps, "the annex with the process steps was not recognised"
    checklist = steps[-1]
    assert "annex iii" in (itgn.sections[checklist.section_index].number or "").lower()
    texts = [item.text for item in checklist.items]
    assert len(texts) >= 18
    assert texts[0].startswith("Conduct a feasibility")
    assert "Raise awareness" in texts
    assert all(item.kind == "step" for item in checklist.items)
    groups = list(dict.fromkeys(item.group for item in checklist.items))
    assert groups[0] == "Initiation"
    assert {"Approval", "Dissemination", "Implementation"} <= set(groups)
    assert len(groups) >= 5


def test_tips_hints_and_key_questions_become_checklists(itgn: ParsedDocument) -> None:
    titles = [c.title.lower() for c in itgn.checklists]
    assert any("tips for supporting and facilitating national ownership" in t for t in titles)
    hints = next(c for c in itgn.checklists if "practical hints" in c.title.lower())
    assert len(hints.items) >= 10
    assert hints.items[0].text.startswith("Consider your role")
    questions = next(c for c in itgn.checklists if "key questions" in c.title.lower())
    assert len(questions.items) >= 15
    assert all(item.kind == "question" for item in questions.items[:5])
    assert questions.items[0].group == "A conflict analysis"


def test_no_line_of_one_or_two_characters_anywhere(itgn: ParsedDocument) -> None:
    for section in itgn.sections:
        assert len(section.title.strip()) > 2, section.title
        for line in section.body.split("\n"):
            assert not (0 < len(line.strip()) <= 2), (section.title, line)


def test_no_word_broken_by_a_hyphen_and_a_line_break(itgn: ParsedDocument) -> None:
    text = "\n".join(s.body for s in itgn.sections)
    assert not re.search(r"[^\W\d_]-\n", text)
    for broken in ("impor- tant", "impor-tant", "recog- nized", "Secu- rity", "compre- hensive"):
        assert broken not in text
    # Words the source breaks across lines come out whole, real compounds keep their hyphen.
    assert "important" in text and "comprehensive" in text
    assert "post-conflict" in text
    assert re.search(r"policy- and strategy-making", text)


def test_footnote_markers_leave_the_words_and_the_notes_are_kept(itgn: ParsedDocument) -> None:
    text = "\n".join(s.body for s in itgn.sections)
    assert not re.search(r"\b(ownership|law|evaluation|SSR|2008,)\d\b", text)
    notes = [note for s in itgn.sections for note in s.footnotes]
    assert len(notes) >= 10
    assert any(note.startswith("Report of the Secretary-General on SSR") for note in notes)


def test_repeated_passage_of_the_governance_note_appears_once(itgn: ParsedDocument) -> None:
    titles = [s.title for s in itgn.sections]
    assert titles.count("Support information management") == 1
    text = "\n".join(s.body for s in itgn.sections)
    assert text.count("Facilitate awareness raising on privacy law") == 1


def test_double_spaced_text_is_reflowed_into_paragraphs(itgn: ParsedDocument) -> None:
    scope = next(
        s for s in itgn.sections if s.title == "Scope" and "peacekeeping operations" in s.body
    )
    paragraphs = scope.body.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("This guidance applies to staff of all United Nations")


# --- the small seeds ----------------------------------------------------------------------------


def _titles(doc: ParsedDocument) -> list[str]:
    return [s.title for s in doc.sections]


def test_constitutional_assistance_page() -> None:
    doc = parse_file(_seed("000"))
    assert doc.title == "Constitutional Assistance"
    assert len(doc.sections) >= 2
    body = "\n".join(s.body for s in doc.sections)
    assert "- Political and Strategic Support" in body
    assert "Back to Mediation Support Unit" not in body + doc.introduction


def test_mediation_support_page_rendered_twice_is_imported_once() -> None:
    doc = parse_file(_seed("001"))
    assert doc.title == "Mediation Support Activities & Services"
    titles = _titles(doc)
    assert len(titles) >= 5
    assert titles.count("Mediation Support Service") == 1
    assert len(titles) == len({t.lower() for t in titles}), "a repeated section survived"
    assert {"Map Disclaimer", "Burkina Faso", "Georgia"} <= set(titles)
    text = doc.introduction + "\n".join(s.body for s in doc.sections)
    assert text.count("Established in 2006, MSU is a central hub") == 1


def test_community_engagement_note() -> None:
    doc = parse_file(_seed("003"))
    assert doc.title.startswith("Global Consultation to inform the development")
    assert len(doc.sections) >= 2
    assert "Civil society actors and organizations" in doc.sections[0].body


def test_gender_inclusive_conference_summary() -> None:
    doc = parse_file(_seed("004"))
    assert "Gender-Inclusive Peace Processes" in doc.title
    top = [s.title for s in doc.sections if s.level == 1]
    assert top == [
        "Context",
        "Discussion room 1",
        "Discussion room 2",
        "Key takeaways & recommendations",
    ]
    second = [s.title for s in doc.sections if s.level == 2]
    assert second.count("Main discussion points") == 2
    assert "Themes" in second
