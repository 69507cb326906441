"""The bundled starter library: complete, cited, and in the project's own words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from fieldguide.library.pack_format import load_pack
from fieldguide.resources import starter_pack_dir

AREAS = {"mediation", "constitutional", "ssr", "community-engagement", "gender"}


@pytest.fixture(scope="module")
def starter():  # type: ignore[no-untyped-def]
    return load_pack(starter_pack_dir())


def test_starter_pack_is_valid_and_large_enough(starter) -> None:  # type: ignore[no-untyped-def]
    assert len(starter.sections) >= 60
    assert len(starter.items) >= 150
    assert {d["practice_area"] for d in starter.documents} == AREAS
    assert {c["practice_area"] for c in starter.checklists} == AREAS


def test_every_item_cites_its_source_and_links_to_guidance(starter) -> None:  # type: ignore[no-untyped-def]
    sections = {s["id"] for s in starter.sections}
    for item in starter.items:
        assert item["source"].strip(), item["id"]
        assert item["guidance_section_id"] in sections, item["id"]
    for section in starter.sections:
        assert section["citation"].strip(), section["id"]


@pytest.mark.parametrize(
    "words",
    [
        ("national ownership",),
        ("key questions",),
        ("hints",),
        ("national security policy",),
        ("monitoring",),
        ("principles",),
        ("mediation support",),
        ("civil society",),
        ("constituenc",),
        ("recommendations",),
    ],
)
def test_required_checklists_exist(starter, words: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    titles = [f"{c['title']} {c['id']}".lower().replace("-", " ") for c in starter.checklists]
    assert any(all(w in t for w in words) for t in titles), (words, titles)


RUN = 12  # words: a run this long found in a seed is pasted text, not a restatement


def _words(text: str) -> list[str]:
    # Words split the same way on both sides; a word hyphenated across a PDF line is joined.
    return re.findall(r"[a-z0-9]+", re.sub(r"-\s*\n\s*", "", text.lower()))


def _pack_files() -> list[Path]:
    packs = starter_pack_dir().parent
    return sorted(p for p in packs.rglob("*") if p.suffix in (".md", ".yaml", ".yml"))


def test_no_run_of_twelve_words_is_pasted_from_the_seeds(seeds_dir: Path) -> None:
    """No run of 12 consecutive words of any pack file (every language) appears in a seed."""
    seen: set[int] = set()
    for seed in seeds_dir.glob("0*.txt"):
        words = _words(seed.read_text("utf-8", errors="replace"))
        seen.update(hash(" ".join(words[i : i + RUN])) for i in range(len(words) - RUN + 1))
    copied = []
    for path in _pack_files():
        words = _words(path.read_text("utf-8"))
        for i in range(len(words) - RUN + 1):
            run = " ".join(words[i : i + RUN])
            if hash(run) in seen:
                copied.append(f"{path.name}: {run}")
    assert not copied, "\n".join(copied)


def _itgn_notes(seeds_dir: Path) -> dict[str, tuple[int, int]]:
    """Line ranges of the notes in seed 002, from the seeds' INDEX.md."""
    notes: dict[str, tuple[int, int]] = {}
    for line in (seeds_dir / "INDEX.md").read_text("utf-8").splitlines():
        found = re.match(r"\|\s*(\d+)[–-](\d+)\s*\|\s*([^|(]+)", line)
        if found:
            notes[found.group(3).strip().lower()] = (int(found.group(1)), int(found.group(2)))
    return notes


NOTE_NAMES = {
    "Glossary": "glossary",
    "Overview": "overview of the guidance notes",
    "National Ownership of SSR": "national ownership of ssr",
    "Gender-Responsive SSR": "gender-responsive ssr",
    "Peace Processes and SSR": "peace processes and ssr",
    "Democratic Governance of the Security Sector": "democratic governance of the security sector",
    "National Security Policy- and Strategy-Making": "national security policy- and strategy-making",
}


# Headings the PDF extraction of seed 002 lost at a page break: (note, number) -> the seed
# line where that section's text begins, checked below so the exception cannot go stale.
LOST_HEADINGS = {
    ("National Ownership of SSR", "6"): (2753, "number of challenges can undermine"),
    ("National Security Policy- and Strategy-Making", "8.1.5"): (11371, "culture of secrecy"),
}
LOCATION = re.compile(
    r"\b(sections?|§|box(?:es)?|annex(?:es)?)\b|\b(\d+(?:\.\d+)*|[IVX]+)\b|([A-Za-z]{3,})"
)


def _locations(where: str) -> list[tuple[str, str]]:
    """('section', '4.2.2'), ('box', '3'), ('annex', 'II') named in a citation's location text."""
    found: list[tuple[str, str]] = []
    kind = None
    for match in LOCATION.finditer(re.sub(r"\([^)]*\)", "", where)):  # parentheses only describe
        if match.group(3):
            if match.group(3) not in ("and", "to"):
                kind = None  # another word (principle, point, tip): what follows is no location
            continue
        if match.group(1):
            word = match.group(1).lower()
            kind = "box" if word.startswith("box") else "annex" if word.startswith("annex") else "section"
            continue
        value = match.group(2)
        if kind == "section" and value[0].isdigit():
            found.append(("section", value))
        elif kind == "box" and value.isdigit():
            found.append(("box", value))
        elif kind == "annex" and not value.isdigit():
            found.append(("annex", value))
    return found


def _itgn_problems(part: str, lines: list[str], notes: dict[str, tuple[int, int]]) -> list[str]:
    """What in one 'ITGN vol. 1, <note>, ...' citation cannot be found in that note of seed 002."""
    rest = part.removeprefix("ITGN vol. 1").lstrip(", ")
    note = next((n for n in NOTE_NAMES if rest.startswith(n)), None)
    if note is None:
        return [f"names no note of ITGN vol. 1: {part!r}"]
    start, end = next(r for name, r in notes.items() if name.startswith(NOTE_NAMES[note]))
    text = lines[start - 1 : end]
    problems = []
    for kind, value in _locations(rest[len(note) :]):
        if kind == "section":
            pattern = re.compile(rf"^\s*S?{re.escape(value)}\.?\s+\S")
            present = any(pattern.match(line) for line in text) or (note, value) in LOST_HEADINGS
        elif kind == "box":
            present = any(re.match(rf"^\s*Box {value}\.", line) for line in text)
        else:
            present = any(re.match(rf"^\s*Annex {value}\b", line, re.IGNORECASE) for line in text)
        if not present:
            problems.append(f"no {kind} {value} in {note}: {part!r}")
    return problems


def test_lost_headings_are_where_they_are_said_to_be(seeds_dir: Path) -> None:
    lines = (seeds_dir / "002_a500419053ae6104.txt").read_text("utf-8").splitlines()
    for (_note, _number), (line, words) in LOST_HEADINGS.items():
        assert words in " ".join(lines[line - 3 : line + 3]), (line, words)


def test_every_citation_names_a_source_that_exists(starter, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Each cited work is a seed we hold; each ITGN section, box and annex cited is in that note."""
    from fieldguide.library.pack_format import citation_parts, unknown_citation

    assert starter.sources, "the starter pack lists its sources in sources.yaml"
    for source in starter.sources:
        assert (seeds_dir / source["seed"]).exists(), source
    lines = (seeds_dir / "002_a500419053ae6104.txt").read_text("utf-8").splitlines()
    notes = _itgn_notes(seeds_dir)
    citations = [s["citation"] for s in starter.sections] + [i["source"] for i in starter.items]
    problems = []
    for citation in citations:
        assert unknown_citation(citation, starter.sources) is None, citation
        for part in citation_parts(citation):
            if part.startswith("ITGN vol. 1"):
                problems += _itgn_problems(part, lines, notes)
    assert not problems, "\n".join(sorted(set(problems)))


def test_manifest_lists_every_file_with_its_hash() -> None:
    manifest = json.loads((starter_pack_dir() / "pack.json").read_text("utf-8"))
    listed = {f["path"] for f in manifest["files"]}
    on_disk = {
        p.relative_to(starter_pack_dir()).as_posix()
        for p in starter_pack_dir().rglob("*")
        if p.is_file() and p.name not in ("pack.json", "pack.sig")
    }
    assert listed == on_disk


def test_every_item_has_a_kind_and_names_its_evidence(starter) -> None:  # type: ignore[no-untyped-def]
    for item in starter.items:
        assert item["kind"] in ("criterion", "question", "step", "tip"), item["id"]
        assert item["hint"] and len(item["hint"].split()) >= 2, item["id"]
        assert item["text"].count("?") <= 1, f"{item['id']} asks more than one question"


def test_each_practice_area_opens_with_key_points(starter) -> None:  # type: ignore[no-untyped-def]
    first = {}
    for section in starter.sections:
        first.setdefault(section["document_id"], section["id"])
    areas = {d["practice_area"] for d in starter.documents if first[d["id"]].endswith("/key-points")}
    assert areas == AREAS


def test_the_glossary_is_a_document_linked_from_the_sections_using_its_terms(starter) -> None:  # type: ignore[no-untyped-def]
    terms = [s["id"] for s in starter.sections if s["document_id"] == "glossary"]
    assert len(terms) == 27
    bodies = " ".join(s["body"] for s in starter.sections if s["document_id"] != "glossary")
    linked = {t for t in terms if f"(section:{t})" in bodies}
    assert len(linked) >= 20, sorted(set(terms) - linked)


# Places the content audit (../shared/notes/content-audit.md) found unsupported by their
# citation: each must now be marked as the project's synthesis, whole or in part.
AUDITED_SECTIONS = [
    "constitutional-assistance/process",
    "constitutional-assistance/substance",
    "constitutional-assistance/implementation",
    "constitutional-assistance/inclusion",
    "constitutional-assistance/technical-advice",
    "constitutional-assistance/capacity-institutions",
    "constitutional-assistance/related-priorities",
    "mediation-support/capacities",
    "mediation-support/scoping",
]
AUDITED_ITEMS = [
    "mediation-support-request-scoping/practicalities",
    "mediation-support-request-scoping/parties-consent",
    "mediation-support-request-scoping/political-lead",
    "mediation-support-request-scoping/internal-record",
    "constitutional-inclusion-ownership/feedback-loop",
    "constitutional-inclusion-ownership/crsv-links",
    "constitutional-process-substance/process-bodies",
    "constitutional-process-substance/process-rules",
    "constitutional-process-substance/implementation-plan",
    "constitutional-process-substance/implementation-funding",
    "constitutional-process-substance/implementation-awareness",
    "constitutional-process-substance/political-support-first",
    "constitutional-process-substance/capacity-targets",
    "community-engagement-civil-society/purpose-defined",
    "community-engagement-civil-society/meaningful-not-token",
    "community-engagement-civil-society/report-back",
    "gender-conference-recommendations/r1-measure-link",
]


def test_what_the_audit_found_unsupported_is_marked_as_synthesis(starter) -> None:  # type: ignore[no-untyped-def]
    sections = {s["id"]: s for s in starter.sections}
    for section_id in AUDITED_SECTIONS:
        section = sections[section_id]
        assert section["synthesis"] or "::: synthesis" in section["body"], section_id
    items = {i["id"]: i for i in starter.items}
    for item_id in AUDITED_ITEMS:
        assert items[item_id]["synthesis"], item_id
    # "options, not a single model" now cites the note that says it (audit finding 30).
    assert "section 6, point d" in items["constitutional-process-substance/substance-options"]["source"]


def test_shall_passages_keep_their_verb(starter) -> None:  # type: ignore[no-untyped-def]
    """The audit found six 'shall' passages shown as 'should', and one 'should' shown as 'must'."""
    sections = {s["id"]: s["body"] for s in starter.sections}
    for section_id in (
        "ssr-national-ownership/financing",
        "ssr-national-ownership/language-knowledge",
        "ssr-gender-responsive/opportunities",
        "ssr-national-security-policy/linkages",
        "ssr-national-security-policy/process",
        "ssr-national-security-policy/policy-elements",
    ):
        assert "*shall*" in sections[section_id], section_id
    governance = sections["ssr-democratic-governance/foundations"]
    assert "*should* apply the principles of the **Human Rights Due" in governance
    assert "must apply" not in governance


def test_time_bound_material_carries_its_dates(starter) -> None:  # type: ignore[no-untyped-def]
    dated = {s["id"] for s in starter.sections if s["dated"]}
    for section_id in (
        "mediation-support/operational-support",
        "mediation-support/expertise",
        "mediation-support/inclusion",
        "gender-inclusive-peace-processes/context",
    ):
        assert section_id in dated, section_id


def test_duplicates_are_links_both_ways(starter) -> None:  # type: ignore[no-untyped-def]
    items = {i["id"]: i for i in starter.items}
    linked = [(i["id"], other) for i in starter.items for other in i["see_also"]]
    earmarked = "gender-conference-recommendations/r5-earmarked-funding"
    assert (earmarked, "gender-constituency-building/funding-liaison") in linked
    for source, target in linked:
        assert target in items, (source, target)
