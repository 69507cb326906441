"""Notes on sections and bookmarks: what is stored, what sync sees, what search finds."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from fieldguide.db.models import Bookmark, ChangeLog, Note
from fieldguide.errors import UserError
from fieldguide.library.annotations import AnnotationService, InvalidTarget, bookmark_id
from fieldguide.sync.changelog import Recorder
from fieldguide.sync.rows import state_of

SECTION = "ssr-national-ownership/what-it-means"
OTHER_SECTION = "ssr-national-ownership/capacity"
CHECKLIST = "ssr-national-ownership-tips"


def notes_in_db(app: Any) -> list[Note]:
    with app.db.read() as session:
        return list(session.scalars(select(Note)))


def changes_for(app: Any, row_id: str) -> list[tuple[str, Any]]:
    with app.db.read() as session:
        rows = session.scalars(select(ChangeLog).where(ChangeLog.row_id == row_id).order_by(ChangeLog.seq))
        return [(row.field, row.value) for row in rows]


def test_a_note_is_one_row_per_section_edited_in_place(app: Any) -> None:
    first = app.annotations.save_note("section", SECTION, "Ask who was consulted.")
    second = app.annotations.save_note("section", SECTION, "Ask who was consulted, and who was not.")
    assert first is not None and second is not None
    assert first.id == second.id
    rows = notes_in_db(app)
    assert len(rows) == 1
    assert rows[0].body == "Ask who was consulted, and who was not."
    assert rows[0].author_device == app.device_id
    assert rows[0].target_kind == "section" and rows[0].target_id == SECTION
    # The change is in the change log for sync, with its clock on the row; the earlier
    # version, never sent, was superseded rather than kept (sync/compaction.py).
    logged = changes_for(app, first.id)
    assert ("body", "Ask who was consulted.") not in logged
    assert logged[-1] == ("body", "Ask who was consulted, and who was not.")
    assert state_of(rows[0], "body").winner.device == app.device_id


def test_notes_are_found_by_search_as_my_notes(app: Any) -> None:
    app.annotations.save_note("section", SECTION, "Le ministère de la sécurité a refusé la réunion.")
    hits = app.search.search("securite reunion")
    note_hits = [h for h in hits if h.kind == "note"]
    assert note_hits, hits
    assert note_hits[0].target_kind == "section" and note_hits[0].target_id == SECTION
    assert note_hits[0].title == "What national ownership means"


def test_clearing_a_note_tombstones_it_and_writing_again_revives_it(app: Any) -> None:
    saved = app.annotations.save_note("section", SECTION, "Draft thought")
    assert saved is not None
    assert app.annotations.save_note("section", SECTION, "   \n ") is None
    (row,) = notes_in_db(app)
    assert row.deleted is True and row.body == ""
    assert app.annotations.my_note("section", SECTION) is None
    assert SECTION not in app.annotations.noted_targets()
    assert not [h for h in app.search.search("draft thought") if h.kind == "note"]
    assert ("deleted", True) in changes_for(app, saved.id)

    again = app.annotations.save_note("section", SECTION, "Second thought")
    assert again is not None and again.id == saved.id
    assert len(notes_in_db(app)) == 1
    assert SECTION in app.annotations.noted_targets()


def test_clearing_a_note_that_never_existed_writes_nothing(app: Any) -> None:
    assert app.annotations.save_note("section", SECTION, "") is None
    assert notes_in_db(app) == []


def test_other_devices_notes_are_listed_but_not_mine(app: Any) -> None:
    colleague = AnnotationService(app.db, Recorder("colleague-device"))
    colleague.save_note("section", SECTION, "Their view from the province.")
    app.annotations.save_note("section", SECTION, "My view from the capital.")
    notes = app.annotations.notes_on("section", SECTION)
    assert [(n.body, n.mine) for n in notes] == [
        ("My view from the capital.", True),
        ("Their view from the province.", False),
    ]
    assert app.annotations.my_note("section", SECTION).body == "My view from the capital."  # type: ignore[union-attr]
    # Editing mine leaves theirs alone.
    app.annotations.save_note("section", SECTION, "")
    assert [n.body for n in app.annotations.notes_on("section", SECTION)] == ["Their view from the province."]
    assert SECTION in app.annotations.noted_targets()


def test_a_note_on_unknown_content_is_refused_and_nothing_is_written(app: Any) -> None:
    with pytest.raises(UserError, match="no section"):
        app.annotations.save_note("section", "no-such/section", "text")
    with pytest.raises(InvalidTarget):
        app.annotations.save_note("pack", "starter", "text")
    assert notes_in_db(app) == []


def test_bookmarks_have_ids_every_device_derives_alike(app: Any) -> None:
    view = app.annotations.add_bookmark("section", SECTION)
    assert view.id == bookmark_id("section", SECTION)
    colleague = AnnotationService(app.db, Recorder("colleague-device"))
    assert colleague.add_bookmark("section", SECTION).id == view.id
    listed = app.annotations.bookmarks()
    assert [(b.target_kind, b.target_id, b.title, b.missing) for b in listed] == [
        ("section", SECTION, "What national ownership means", False)
    ]


def test_toggling_a_bookmark_removes_it_with_a_tombstone_and_restores_the_same_row(app: Any) -> None:
    assert app.annotations.toggle_bookmark("checklist", CHECKLIST) is True
    assert app.annotations.is_bookmarked("checklist", CHECKLIST)
    assert app.annotations.toggle_bookmark("checklist", CHECKLIST) is False
    assert not app.annotations.is_bookmarked("checklist", CHECKLIST)
    assert app.annotations.bookmarks() == []
    with app.db.read() as session:
        (row,) = session.scalars(select(Bookmark)).all()
        assert row.deleted is True and row.id == bookmark_id("checklist", CHECKLIST)
    assert app.annotations.toggle_bookmark("checklist", CHECKLIST) is True
    with app.db.read() as session:
        assert len(session.scalars(select(Bookmark)).all()) == 1
    assert app.annotations.remove_bookmark("section", OTHER_SECTION) is False


def test_bookmarks_keep_their_order_and_show_missing_targets(app: Any) -> None:
    app.annotations.add_bookmark("section", OTHER_SECTION)
    app.annotations.add_bookmark("checklist", CHECKLIST)
    with app.db.write() as session:
        # A bookmark synced from a device that has content this one has not installed.
        app.recorder.create(
            session,
            Bookmark,
            {"target_kind": "section", "target_id": "other-pack/intro", "label": "Introduction"},
            row_id=bookmark_id("section", "other-pack/intro"),
        )
    listed = app.annotations.bookmarks()
    assert [b.target_id for b in listed] == [OTHER_SECTION, CHECKLIST, "other-pack/intro"]
    assert listed[2].missing and listed[2].title == "Introduction"


def test_bookmarking_unknown_content_is_refused(app: Any) -> None:
    with pytest.raises(UserError, match="no checklist"):
        app.annotations.toggle_bookmark("checklist", "nothing-here")
    with pytest.raises(InvalidTarget):
        app.annotations.add_bookmark("assessment", "x")
    assert app.annotations.bookmarks() == []


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_unknown_content_is_said_in_the_users_language(app: Any, qapp: Any, language: str) -> None:
    """Whole sentences from the catalogue: the kind of content is not an English word pasted in."""
    from tests.i18n_support import speaking, translated

    with speaking(language):
        for kind, target, source in (
            ("section", "no-such/section", "no section has the id %r"),
            ("item", "no-such/item", "no checklist item has the id %r"),
        ):
            with pytest.raises(UserError) as refused:
                app.annotations.save_note(kind, target, "text")
            assert str(refused.value) == translated(language, source) % (target,)
        with pytest.raises(UserError) as refused:
            app.annotations.toggle_bookmark("checklist", "nothing-here")
        assert str(refused.value) == translated(language, "no checklist has the id %r") % ("nothing-here",)
    assert notes_in_db(app) == [] and app.annotations.bookmarks() == []
