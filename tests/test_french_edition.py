"""The French edition: beside the English one, same ids; an English assessment reads and reports in French."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from fieldguide.library.pack_format import load_pack
from fieldguide.library.signing import bundled_publishers
from fieldguide.resources import publisher_keys_dir, resources_dir, starter_pack_dir

FRENCH = resources_dir() / "packs" / "starter-fr"


def test_french_edition_ships_signed_and_translates_only_starter_ids() -> None:
    english = load_pack(starter_pack_dir())
    french = load_pack(FRENCH, known_sections={s["id"] for s in english.sections})
    assert french.manifest["translation_of"] == "starter" and french.manifest["language"] == "fr"
    assert french.signed_by is not None
    assert french.signed_by.public_key in {p.public_key for p in bundled_publishers(publisher_keys_dir())}
    ids = {
        row["id"]
        for rows in (english.documents, english.sections, english.checklists, english.items)
        for row in rows
    }
    for rows in (french.documents, french.sections, french.checklists, french.items):
        assert {row["id"] for row in rows} <= ids
    assert french.sources, "the French edition lists its sources"


def _by_id(rows: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {str(row["id"]): row for row in rows}


@pytest.mark.parametrize("kind", ["documents", "sections", "checklists", "items"])
def test_the_french_edition_has_every_id_of_the_english_one_and_no_other(kind: str) -> None:
    english = load_pack(starter_pack_dir())
    french = load_pack(FRENCH, known_sections={s["id"] for s in english.sections})
    ours, theirs = set(_by_id(getattr(english, kind))), set(_by_id(getattr(french, kind)))
    assert sorted(ours - theirs) == [], f"English {kind} the French edition lacks"
    assert sorted(theirs - ours) == [], f"French {kind} the English pack does not hold"


def test_french_items_keep_the_kind_and_synthesis_mark_of_the_english_ones() -> None:
    """A translation never makes the project's own advice the source's, nor a question a criterion."""
    english = load_pack(starter_pack_dir())
    french = load_pack(FRENCH, known_sections={s["id"] for s in english.sections})
    originals = _by_id(english.items)
    for item_id, item in _by_id(french.items).items():
        original = originals[item_id]
        assert (item["kind"], item["synthesis"]) == (original["kind"], original["synthesis"]), item_id
    sections = _by_id(english.sections)
    for section_id, section in _by_id(french.sections).items():
        assert section["synthesis"] == sections[section_id]["synthesis"], section_id
        blocks = [str(row["body"]).count("::: synthesis") for row in (section, sections[section_id])]
        assert blocks[0] == blocks[1], (
            f"{section_id}: {blocks[0]} synthesis blocks in French, {blocks[1]} in English"
        )


def test_the_french_manifest_lists_every_file_with_its_hash() -> None:
    manifest = json.loads((FRENCH / "pack.json").read_text("utf-8"))
    listed = {entry["path"] for entry in manifest["files"]}
    present = {
        p.relative_to(FRENCH).as_posix()
        for p in FRENCH.rglob("*")
        if p.is_file() and p.name not in ("pack.json", "pack.sig")
    }
    assert listed == present


def test_french_edition_is_installed_beside_the_english_one(app) -> None:  # type: ignore[no-untyped-def]
    packs = {p.id: (p.kind, p.language) for p in app.packs.installed()}
    assert packs["starter"] == ("pack", "en")
    assert packs["starter-fr"] == ("translation", "fr")
    titles = [d.title for d in app.catalog.documents()]
    assert len(titles) == len(set(titles)), "the French edition adds no second copy to the library"
    section = app.catalog.section("constitutional-assistance/process")
    assert section.languages == ["en", "fr"]
    assert app.catalog.section("constitutional-assistance/process", "fr").title.startswith("Le processus")


def test_every_section_offers_its_other_language(app) -> None:  # type: ignore[no-untyped-def]
    """The reader's "Also in" link exists for every section of the library, and leads to French text."""
    english = load_pack(starter_pack_dir())
    french = _by_id(load_pack(FRENCH, known_sections={s["id"] for s in english.sections}).sections)
    for section in english.sections:
        assert app.catalog.section(section["id"]).languages == ["en", "fr"], section["id"]
        shown = app.catalog.section(section["id"], "fr")
        assert shown.title == french[section["id"]]["title"], section["id"]
        assert shown.title != section["title"], section["id"]


def test_a_time_bound_section_gives_its_period_in_the_language_it_is_read_in(app) -> None:  # type: ignore[no-untyped-def]
    """The French edition's "Dated:" line is what the French reader shows, not the English period."""
    english = _by_id(load_pack(starter_pack_dir()).sections)
    french = load_pack(FRENCH, known_sections=set(english))
    dated = [s for s in french.sections if s["dated"] and s["dated"] != english[s["id"]]["dated"]]
    assert dated, "the French edition words some periods of its own"
    for section in dated:
        assert app.catalog.section(section["id"], "fr").dated == section["dated"], section["id"]
        assert app.catalog.section(section["id"]).dated == english[section["id"]]["dated"], section["id"]


def _answered_assessment(cli) -> str:  # type: ignore[no-untyped-def]
    created = cli("assessment", "new", "--checklist", "ssr-ten-principles", "--title", "SSR review", "--json")
    assert created.returncode == 0, created.stderr
    assessment = json.loads(created.stdout)["id"]
    answered = cli("assessment", "answer", assessment, "ssr-ten-principles/p1-goal", "--status", "met",
                   "--note", "Stated in the project document.")  # fmt: skip
    assert answered.returncode == 0, answered.stderr
    return assessment


def test_an_assessment_begun_in_english_is_exported_in_french(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assessment = _answered_assessment(cli)
    out = tmp_path / "revue.csv"
    assert cli("export", assessment, "--format", "csv", "-o", out, "--language", "fr").returncode == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = {row["item_id"]: row for row in csv.DictReader(handle)}
    goal = rows["ssr-ten-principles/p1-goal"]
    assert goal["item_text"].startswith("L'objectif déclaré du programme")
    assert goal["checklist"] == "Les dix principes de l'appui de l'ONU à la RSS"
    assert goal["status"] == "met" and goal["note"] == "Stated in the project document."
    assert goal["citation"].startswith("NOTI vol. 1, Vue d'ensemble")
    english = tmp_path / "review.csv"
    assert cli("export", assessment, "--format", "csv", "-o", english).returncode == 0
    assert "The programme's stated aim" in english.read_text("utf-8-sig")


def test_the_french_pdf_carries_the_french_guidance(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    assessment = _answered_assessment(cli)
    out = tmp_path / "revue.pdf"
    assert cli("export", assessment, "--format", "pdf", "-o", out, "--language", "fr").returncode == 0
    text = " ".join(subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout.split())
    assert "Les dix principes de l'appui de l'ONU à la RSS" in text
    assert "L'objectif déclaré du programme est d'aider à bâtir" in text


def test_the_reader_offers_the_other_language_of_the_open_section(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    window.reading.open_content("constitutional-assistance/process")
    assert "Also in: Français" in window.reader.text()
    window.reader._on_link_text("language:fr")
    qtbot.waitUntil(lambda: window.reader.current_title.startswith("Le processus"), timeout=5000)
    text = window.reader.text()
    assert "Le processus d'élaboration ou de révision" in text
    assert "English" in text  # and back again
    # What opens next follows the chosen language where a translation exists.
    window.reading.open_content("ssr-ten-principles")
    assert "Les dix principes de l'appui de l'ONU à la RSS" in window.reader.text()
    window.reader._on_link_text("language:en")
    qtbot.waitUntil(
        lambda: window.reader.current_title == "The ten principles of UN support to SSR", timeout=5000
    )


def test_every_french_citation_names_a_source_of_the_edition(seeds_dir: Path) -> None:
    from fieldguide.library.pack_format import unknown_citation

    english = load_pack(starter_pack_dir())
    french = load_pack(FRENCH, known_sections={s["id"] for s in english.sections})
    for source in french.sources:
        assert (seeds_dir / source["seed"]).exists(), source
    for row in french.sections:
        assert unknown_citation(row["citation"], french.sources) is None, row["id"]
    for row in french.items:
        assert unknown_citation(row["source"], french.sources) is None, row["id"]


def test_the_library_lists_french_titles_in_french(app) -> None:  # type: ignore[no-untyped-def]
    """The navigator and the new-assessment dialog list the French edition's titles for a French reader."""
    documents = {d.id: d.title for d in app.catalog.documents("fr")}
    checklists = {c.id: c.title for c in app.catalog.checklists("fr")}
    outlines = app.catalog.outlines("fr")
    assert (
        documents["ssr-national-ownership"]
        == "Appuyer l'appropriation nationale de la réforme du secteur de la sécurité"
    )
    assert checklists["ssr-ten-principles"] == "Les dix principes de l'appui de l'ONU à la RSS"
    titles = {entry.id: entry.title for entry in outlines["ssr-national-ownership"]}
    assert (
        titles["ssr-national-ownership/beyond-state"]
        == "L'appropriation nationale dépasse l'appropriation par l'État"
    )
    # English readers still see the English library.
    assert {d.id: d.title for d in app.catalog.documents()}["ssr-national-ownership"].startswith("Supporting")


def test_the_command_line_reads_the_french_edition(cli) -> None:  # type: ignore[no-untyped-def]
    section = cli("read", "ssr-national-ownership/beyond-state", "--language", "fr")
    assert section.returncode == 0, section.stderr
    assert section.stdout.startswith("# L'appropriation nationale dépasse l'appropriation par l'État")
    document = cli("read", "glossary", "--language", "fr")
    assert "# Glossaire de la réforme du secteur de la sécurité" in document.stdout
    assert "## Justice transitionnelle" in document.stdout
    checklist = cli("read", "ssr-ten-principles", "--language", "fr")
    assert "# Les dix principes de l'appui de l'ONU à la RSS" in checklist.stdout
    assert "# The ten principles" in cli("read", "ssr-ten-principles").stdout
