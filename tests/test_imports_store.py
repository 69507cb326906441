"""Imported documents in the store: ids, editions, notes and answers that stay attached."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldguide.db.models import Note, Response
from fieldguide.library.importers.model import (
    ParsedChecklist,
    ParsedChecklistItem,
    ParsedDocument,
    ParsedSection,
)


def edition(*, extra_step: bool = False, rename_second: bool = False) -> ParsedDocument:
    sections = [
        ParsedSection("Process design", 1, "1", "How the process is designed."),
        ParsedSection("Consultations", 2, "1.1", "Who is consulted, and when." * 3),
        ParsedSection(
            "Oversight bodies" if not rename_second else "Oversight institutions",
            2,
            "1.2",
            "Parliament and independent bodies.",
        ),
        ParsedSection("Annex I: Steps", 1, "Annex I", "The steps."),
    ]
    steps = [
        ParsedChecklistItem("Map the actors.", "step", "Phase 1"),
        ParsedChecklistItem("Hold the first workshop.", "step", "Phase 2"),
    ]
    if extra_step:
        steps.append(ParsedChecklistItem("Publish the policy.", "step", "Phase 3"))
    else:
        steps.append(ParsedChecklistItem("Retire the old policy.", "step", "Phase 3"))
    return ParsedDocument(
        title="Policy process handbook",
        sections=sections,
        checklists=[ParsedChecklist("Process steps", 3, steps)],
    )


def note_on(app, section_id: str, body: str) -> str:  # type: ignore[no-untyped-def]
    with app.db.write() as session:
        return app.recorder.create(
            session, Note, {"target_kind": "section", "target_id": section_id, "body": body}
        ).id


def test_import_gives_a_tree_and_a_checklist_usable_like_the_library(app) -> None:  # type: ignore[no-untyped-def]
    result = app.imports.import_parsed(edition(), file_name="handbook.pdf", sha256="a" * 64)
    assert result.status == "imported"
    assert [(s.number, s.title, s.level) for s in result.outline] == [
        ("1", "Process design", 1),
        ("1.1", "Consultations", 2),
        ("1.2", "Oversight bodies", 2),
        ("Annex I", "Annex I: Steps", 1),
    ]
    assert result.outline[1].parent_id == result.outline[0].id
    [checklist] = result.checklists
    assert checklist.items == 3 and checklist.groups == ["Phase 1", "Phase 2", "Phase 3"]
    view = app.catalog.checklist(checklist.id)
    assert all(i.guidance_section_id == result.outline[3].id for i in view.items)
    docs = {d.id: d for d in app.catalog.documents()}
    assert docs[result.id].imported
    assert app.search.search("Parliament independent")[0].id == result.outline[2].id


def test_new_edition_keeps_notes_and_answers_attached(app) -> None:  # type: ignore[no-untyped-def]
    first = app.imports.import_parsed(edition(), file_name="handbook.pdf", sha256="a" * 64)
    consultations, oversight = first.outline[1].id, first.outline[2].id
    note_on(app, consultations, "Consultations ran late in the north.")
    note_on(app, oversight, "The ombudsperson post is vacant.")
    checklist = app.catalog.checklist(first.checklists[0].id)
    answered = {i.text: i.id for i in checklist.items}
    with app.db.write() as session:
        for text in ("Map the actors.", "Retire the old policy."):
            app.recorder.create(
                session,
                Response,
                {"assessment_id": "a", "item_id": answered[text], "status": "met", "note": text},
            )

    second = app.imports.import_parsed(
        edition(extra_step=True), file_name="handbook-2025.pdf", sha256="b" * 64, edition_of=first.id
    )
    assert second.status == "new-edition" and second.id == first.id
    assert [s.id for s in second.outline] == [s.id for s in first.outline]
    new_items = {i.text: (i.id, i.retired) for i in app.catalog.checklist(first.checklists[0].id).items}
    assert new_items["Map the actors."] == (answered["Map the actors."], False)
    assert new_items["Retire the old policy."] == (answered["Retire the old policy."], True)
    assert "Publish the policy." in new_items
    assert second.detached_notes == 0

    third = app.imports.import_parsed(
        edition(extra_step=True, rename_second=True),
        file_name="handbook-2026.pdf",
        sha256="c" * 64,
        edition_of=first.id,
    )
    # "Oversight bodies" became "Oversight institutions": same number, new title,
    # but the same text, so the fingerprint keeps the note attached.
    assert [s.id for s in third.outline] == [s.id for s in first.outline]
    with app.db.read() as session:
        assert session.query(Note).filter_by(deleted=False).count() == 2


def test_note_on_a_vanished_section_is_kept_as_detached(app) -> None:  # type: ignore[no-untyped-def]
    first = app.imports.import_parsed(edition(), file_name="handbook.pdf", sha256="a" * 64)
    note_on(app, first.outline[2].id, "Keep me.")
    shorter = edition()
    shorter.sections = shorter.sections[:2] + shorter.sections[3:]
    shorter.checklists[0].section_index = 2
    second = app.imports.import_parsed(
        shorter, file_name="handbook.pdf", sha256="d" * 64, edition_of=first.id
    )
    assert second.detached_notes == 1
    with app.db.read() as session:
        assert session.query(Note).filter_by(body="Keep me.", deleted=False).count() == 1


def test_same_title_different_document_keeps_both(app) -> None:  # type: ignore[no-untyped-def]
    app.imports.import_parsed(edition(), file_name="handbook.pdf", sha256="a" * 64)
    other = ParsedDocument(
        title="Policy process handbook",
        sections=[ParsedSection("Something else entirely", 1, "1", "Unrelated words about fisheries.")],
    )
    second = app.imports.import_parsed(other, file_name="fisheries.pdf", sha256="e" * 64)
    assert second.status == "imported"
    assert len([d for d in app.catalog.documents() if d.imported]) == 2


def test_same_file_twice_changes_nothing(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "guide.md"
    source.write_text("# A guide\n\n## 1. First part\n\nSome words.\n", "utf-8")
    first = app.imports.import_file(source)
    assert first.status == "imported"
    with app.db.read() as session:
        before = session.execute(
            __import__("sqlalchemy").text("SELECT installed_at FROM pack WHERE id=:i"), {"i": first.id}
        ).scalar()
    again = app.imports.import_file(source)
    assert again.status == "unchanged" and again.id == first.id
    with app.db.read() as session:
        after = session.execute(
            __import__("sqlalchemy").text("SELECT installed_at FROM pack WHERE id=:i"), {"i": first.id}
        ).scalar()
    assert after == before


def test_look_alikes_are_new_documents_unless_the_user_says_edition(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Two different reports both named report.md, and two with one title, stay two documents."""
    first_dir, second_dir = tmp_path / "a", tmp_path / "b"
    first_dir.mkdir()
    second_dir.mkdir()
    (first_dir / "report.md").write_text("# Annual report\n\n## 1. Water\n\nWells were dug.\n", "utf-8")
    (second_dir / "report.md").write_text("# Annual report\n\n## 1. Roads\n\nRoads were built.\n", "utf-8")
    first = app.imports.import_file(first_dir / "report.md")
    note_on(app, first.outline[0].id, "Check the wells in the east.")
    prepared = app.imports.prepare(second_dir / "report.md")
    assert prepared.look_alike is not None and prepared.look_alike.id == first.id
    second = app.imports.commit(prepared)
    assert second.status == "imported" and second.id != first.id
    titles = {d.id: d.title for d in app.catalog.documents() if d.imported}
    assert set(titles) == {first.id, second.id}
    assert [s.title for s in app.catalog.outline(first.id)][-1] == "Water"  # untouched
    with app.db.read() as session:
        assert session.query(Note).filter_by(body="Check the wells in the east.").count() == 1


def test_edition_of_an_unknown_id_is_refused_and_changes_nothing(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.errors import UserError

    source = tmp_path / "guide.md"
    source.write_text("# A guide\n\n## 1. First part\n\nSome words.\n", "utf-8")
    with pytest.raises(UserError):
        app.imports.import_file(source, edition_of="imp-nothing-like-this")
    assert not [d for d in app.catalog.documents() if d.imported]


def test_an_imported_items_kind_can_be_changed_and_a_packs_cannot(app) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.errors import UserError

    result = app.imports.import_parsed(edition(), file_name="handbook.pdf", sha256="c" * 64)
    [checklist] = result.checklists
    item = app.catalog.checklist(checklist.id).items[0]
    assessment = app.assessments.create([checklist.id], "Process review")
    app.assessments.answer(assessment, item.id, status="done", note="Mapped in March")
    view = app.assessments.get(assessment).response(item.id)
    assert view is not None and view.kind_editable and (view.kind, view.status) == ("step", "done")
    assert app.imports.set_item_kind(item.id, "criterion") == item.id
    changed = app.assessments.get(assessment).response(item.id)
    # The answer is kept, on the new kind's scale: done means met.
    assert changed is not None and (changed.kind, changed.status, changed.note) == (
        "criterion",
        "met",
        "Mapped in March",
    )
    with pytest.raises(UserError, match="unknown kind"):
        app.imports.set_item_kind(item.id, "poem")
    pack_item = app.catalog.checklist("ssr-national-ownership-tips").items[0]
    with pytest.raises(UserError, match="content pack"):
        app.imports.set_item_kind(pack_item.id, "question")
    pack_view = app.assessments.get(app.assessments.create(["ssr-national-ownership-tips"], "T")).responses[0]
    assert not pack_view.kind_editable
