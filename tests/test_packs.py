"""Content packs: a bad pack is refused with one line and changes nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from fieldguide.library.pack_build import write_manifest

DOC = """---
id: field-notes
title: Field notes on listening
practice_area: community-engagement
source: "Test source, 2024"
---

Intro text.

## Listening first {#listening}

Source: Test source, section 1.

Sécurité des communautés and الأمن المجتمعي come first.

### Who speaks {#who}

Women, youth and displaced people.
"""

CHECKLIST = """id: listening-checklist
title: Listening checklist
practice_area: community-engagement
document: field-notes
items:
  - id: ask
    kind: question
    text: Who has not been heard yet?
    guidance: field-notes/listening
    source: "Test source, annex, question 1"
  - id: note
    kind: tip
    group: "After the meeting"
    text: Write down what was promised.
    guidance: field-notes/who
    source: "Test source, annex, tip 2"
"""


def make_pack(
    root: Path,
    *,
    version: str = "1.0.0",
    doc: str = DOC,
    checklist: str = CHECKLIST,
    pack_id: str = "test-pack",
) -> Path:
    (root / "documents").mkdir(parents=True, exist_ok=True)
    (root / "checklists").mkdir(parents=True, exist_ok=True)
    (root / "documents" / "field-notes.md").write_text(doc, "utf-8")
    (root / "checklists" / "listening.yaml").write_text(checklist, "utf-8")
    (root / "pack.json").write_text(
        json.dumps({"id": pack_id, "version": version, "title": "Test pack", "files": []}), "utf-8"
    )
    write_manifest(root)
    return root


def tamper_checklist(built: Path) -> Path:
    """A copy of a built pack whose checklist was edited inside the zip."""
    tampered = built.with_name("tampered.fgpack")
    with zipfile.ZipFile(built) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith(".yaml"):
                data = data.replace(b"promised", b"forgotten")
            target.writestr(info, data)
    return tampered


def library_json(cli) -> dict:  # type: ignore[no-untyped-def]
    result = cli("library", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_refused(cli, path: Path, fragment: str, flags: tuple[str, ...] = ("--allow-unsigned",)) -> None:  # type: ignore[no-untyped-def]
    before = library_json(cli)
    result = cli("pack", "install", path, *flags)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr
    assert library_json(cli) == before


def test_install_build_and_verify_round_trip(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pack = make_pack(tmp_path / "pack")
    built = tmp_path / "test.fgpack"
    assert cli("pack", "build", pack, "-o", built).returncode == 0
    verified = cli("pack", "verify", built)
    assert verified.returncode == 0, verified.stderr
    assert "test-pack 1.0.0 is valid" in verified.stdout
    assert cli("pack", "install", built, "--allow-unsigned").returncode == 0
    data = library_json(cli)
    assert {
        "id": "listening-checklist",
        "title": "Listening checklist",
        "practice_area": "community-engagement",
        "items": 2,
    } in data["checklists"]
    read = cli("read", "field-notes/listening")
    assert "Sécurité des communautés" in read.stdout
    assert "Test source, section 1." in read.stdout


def test_tampered_file_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pack = make_pack(tmp_path / "pack")
    doc = pack / "documents" / "field-notes.md"
    doc.write_text(doc.read_text("utf-8").replace("Women", "Men"), "utf-8")
    assert_refused(cli, pack, "does not match its sha256")


def test_tampered_zip_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pack = make_pack(tmp_path / "pack")
    built = tmp_path / "test.fgpack"
    cli("pack", "build", pack, "-o", built)
    assert_refused(cli, tamper_checklist(built), "does not match its sha256")


def test_truncated_zip_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pack = make_pack(tmp_path / "pack")
    built = tmp_path / "test.fgpack"
    cli("pack", "build", pack, "-o", built)
    built.write_bytes(built.read_bytes()[:200])
    assert_refused(cli, built, "not a readable pack")


def test_missing_file_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pack = make_pack(tmp_path / "pack")
    (pack / "checklists" / "listening.yaml").unlink()
    assert_refused(cli, pack, "missing from the pack")


def test_invalid_json_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pack = make_pack(tmp_path / "pack")
    (pack / "pack.json").write_text("{ not json", "utf-8")
    assert_refused(cli, pack, "pack.json is not valid JSON")


@pytest.mark.parametrize(
    ("checklist", "fragment"),
    [
        (CHECKLIST.replace("items:", "items: [\n"), "not valid YAML"),
        (CHECKLIST.replace("id: note", "id: ask"), "duplicate item id"),
        (CHECKLIST.replace("field-notes/who", "field-notes/nowhere"), "does not exist"),
        (CHECKLIST.replace("kind: tip", "kind: wish"), "kind 'wish'"),
    ],
)
def test_bad_checklists_are_refused(cli, tmp_path: Path, checklist: str, fragment: str) -> None:  # type: ignore[no-untyped-def]
    assert_refused(cli, make_pack(tmp_path / "pack", checklist=checklist), fragment)


def test_duplicate_section_id_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = DOC.replace("{#who}", "{#listening}")
    assert_refused(cli, make_pack(tmp_path / "pack", doc=doc), "duplicate section id")


def test_older_pack_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert (
        cli("pack", "install", make_pack(tmp_path / "new", version="1.10.0"), "--allow-unsigned").returncode
        == 0
    )
    assert_refused(cli, make_pack(tmp_path / "old", version="1.9.0"), "older than the installed")


def test_id_already_used_by_another_pack_is_refused(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("pack", "install", make_pack(tmp_path / "a"), "--allow-unsigned").returncode == 0
    assert_refused(cli, make_pack(tmp_path / "b", pack_id="other"), "already used by the installed pack")


def test_upgrade_keeps_answered_items_as_retired(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.db.models import Response

    app.packs.install(make_pack(tmp_path / "v1"), allow_unsigned=True)
    with app.db.write() as session:
        app.recorder.create(
            session,
            Response,
            {
                "assessment_id": "a1",
                "item_id": "listening-checklist/note",
                "status": "met",
                "note": "Promises noted.",
            },
        )
    reduced = CHECKLIST.split("  - id: note")[0]
    result = app.packs.install(
        make_pack(tmp_path / "v2", version="1.1.0", checklist=reduced), allow_unsigned=True
    )
    assert result.retired_items == 1
    view = app.catalog.checklist("listening-checklist")
    assert [(i.id, i.retired) for i in view.items] == [
        ("listening-checklist/ask", False),
        ("listening-checklist/note", True),
    ]
    assert app.catalog.item("listening-checklist/note").text == "Write down what was promised."


def test_installed_packs_are_plain_records_that_outlive_the_session(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The window lists packs after the read has ended: it must get values, not database rows."""
    from fieldguide.library.packs import InstalledPack

    app.packs.install(make_pack(tmp_path / "pack"), allow_unsigned=True)
    installed = app.packs.installed()
    assert all(type(pack) is InstalledPack for pack in installed)
    test_pack = next(pack for pack in installed if pack.id == "test-pack")
    app.close()  # nothing left to lazy-load from
    assert (test_pack.title, test_pack.version, test_pack.kind) == ("Test pack", "1.0.0", "pack")


DOC_FR = """---
id: field-notes
title: Notes de terrain sur l'écoute
practice_area: community-engagement
source: "Source de test, 2024"
---

## Écouter d'abord {#listening}

Source: Source de test, section 1.

La sécurité des communautés passe d'abord par l'écoute.
"""

CHECKLIST_FR = """id: listening-checklist
title: Liste d'écoute
practice_area: community-engagement
items:
  - id: ask
    kind: question
    text: Qui n'a pas encore été entendu ?
    hint: La liste des personnes rencontrées.
    source: "Source de test, annexe, question 1"
"""


def make_translation(root: Path, *, checklist: str = CHECKLIST_FR, of: str = "test-pack") -> Path:
    make_pack(root, doc=DOC_FR, checklist=checklist, pack_id="test-pack-fr")
    manifest = json.loads((root / "pack.json").read_text("utf-8"))
    manifest.update({"language": "fr", "translation_of": of, "title": "Paquet de test"})
    (root / "pack.json").write_text(json.dumps(manifest), "utf-8")
    write_manifest(root)
    return root


def test_translation_installs_beside_the_original_under_the_same_ids(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app.packs.install(make_pack(tmp_path / "en"), allow_unsigned=True)
    before = [d.id for d in app.catalog.documents()]
    result = app.packs.install(make_translation(tmp_path / "fr"), allow_unsigned=True)
    assert result.changed
    assert [d.id for d in app.catalog.documents()] == before  # nothing new in the library tree
    assert {p.id: p.kind for p in app.packs.installed()}["test-pack-fr"] == "translation"
    english = app.catalog.section("field-notes/listening")
    french = app.catalog.section("field-notes/listening", "fr")
    assert english.languages == ["en", "fr"] and english.language == "en"
    assert french.title == "Écouter d'abord" and french.language == "fr"
    assert "passe d'abord par l'écoute" in french.body
    assert french.document_title == "Notes de terrain sur l'écoute"
    # A section the translation does not hold stays in its own language.
    assert app.catalog.section("field-notes/who", "fr").language == "en"
    checklist = app.catalog.checklist("listening-checklist", "fr")
    assert checklist.title == "Liste d'écoute"
    texts = [i.text for i in checklist.items]
    assert texts == ["Qui n'a pas encore été entendu ?", "Write down what was promised."]
    assert checklist.items[0].hint == "La liste des personnes rencontrées."
    app.packs.remove("test-pack-fr")
    assert app.catalog.section("field-notes/listening", "fr").language == "en"


def test_translation_needs_its_original_and_names_nothing_new(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.library.pack_format import PackError

    with pytest.raises(PackError, match="not installed"):
        app.packs.install(make_translation(tmp_path / "early"), allow_unsigned=True)
    app.packs.install(make_pack(tmp_path / "en"), allow_unsigned=True)
    stray = CHECKLIST_FR.replace("id: ask", "id: invented")
    with pytest.raises(PackError, match="'listening-checklist/invented', which 'test-pack' does not hold"):
        app.packs.install(make_translation(tmp_path / "stray", checklist=stray), allow_unsigned=True)
    assert "test-pack-fr" not in {p.id for p in app.packs.installed()}
