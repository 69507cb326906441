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


def test_text_is_not_pasted_from_the_seeds(starter, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """No run of 12 words in the pack appears word for word in a seed document."""

    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9]+", text.lower())

    seed_words = " ".join(
        " ".join(words(p.read_text("utf-8", errors="replace"))) for p in seeds_dir.glob("0*.txt")
    )
    ours = [s["body"] for s in starter.sections] + [i["text"] for i in starter.items]
    copied = []
    for text in ours:
        w = words(text)
        for start in range(0, max(0, len(w) - 12), 6):
            run = " ".join(w[start : start + 12])
            if run in seed_words:
                copied.append(run)
    assert copied == []


def test_manifest_lists_every_file_with_its_hash() -> None:
    manifest = json.loads((starter_pack_dir() / "pack.json").read_text("utf-8"))
    listed = {f["path"] for f in manifest["files"]}
    on_disk = {
        p.relative_to(starter_pack_dir()).as_posix()
        for p in starter_pack_dir().rglob("*")
        if p.is_file() and p.name not in ("pack.json", "pack.sig")
    }
    assert listed == on_disk
