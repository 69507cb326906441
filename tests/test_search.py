"""Search: ranked, accent-insensitive, Arabic, and no query ever raises."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldguide.library.search import MATCH_END, MATCH_START, to_match_expression
from tests.sql_statements import statements_issued
from tests.test_packs import make_pack


def test_national_ownership_puts_ssr_ownership_material_first(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("search", "national ownership", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)["hits"]
    assert hits[0]["practice_area"] == "ssr"
    assert "ownership" in (hits[0]["title"] + hits[0]["document"]).lower()
    assert "**" in hits[0]["snippet"]
    assert hits == sorted(hits, key=lambda h: -h["score"])
    assert set(hits[0]) == {
        "id",
        "kind",
        "title",
        "document",
        "practice_area",
        "snippet",
        "score",
        "target_kind",
        "target_id",
        "item_id",
    }


def test_unaccented_query_finds_accented_text(cli) -> None:  # type: ignore[no-untyped-def]
    hits = json.loads(cli("search", "securite", "--json").stdout)["hits"]
    assert any("sécurité" in h["snippet"].lower() for h in hits)


def test_arabic_is_searchable(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app.packs.install(make_pack(tmp_path / "pack"), allow_unsigned=True)
    hits = app.search.search("الأمن")
    assert [h.id for h in hits] == ["field-notes/listening"]
    assert f"{MATCH_START}الأمن{MATCH_END}" in hits[0].snippet


def test_items_and_notes_are_found(app) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.db.models import Note

    with app.db.write() as session:
        app.recorder.create(
            session,
            Note,
            {
                "target_kind": "section",
                "target_id": "ssr-national-ownership/principles",
                "body": "Met the vetting commission chair in Bangui.",
            },
        )
    kinds = {h.kind for h in app.search.search("vetting commission Bangui")}
    assert kinds == {"note"}
    assert any(h.kind == "item" for h in app.search.search("ownership", limit=200))


def test_deleted_note_is_no_longer_found(app) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.db.models import Note

    with app.db.write() as session:
        note = app.recorder.create(
            session, Note, {"target_kind": "section", "target_id": "x", "body": "zanzibarian checkpoint"}
        )
    assert len(app.search.search("zanzibarian")) == 1
    with app.db.write() as session:
        app.recorder.delete(session, session.get(Note, note.id))
    assert app.search.search("zanzibarian") == []


def test_prefix_matches_while_typing(app) -> None:  # type: ignore[no-untyped-def]
    assert app.search.search("ownersh")
    assert to_match_expression("national owner") == '"national" "owner"*'
    assert to_match_expression('"national ownership" ') == '"national ownership"'
    # A one-letter last word waits for its second letter instead of matching half the index.
    assert to_match_expression("civil s") == '"civil"'
    assert to_match_expression("s") == '"s"'


HOSTILE = ['"', "AND", "OR NOT", "*", "NEAR(", "a:b", " - ", "-", "(", ")", "^", "title:x", "\x00", "' --"]


def test_operators_and_punctuation_never_raise(app) -> None:  # type: ignore[no-untyped-def]
    for query in HOSTILE:
        app.search.search(query)
        app.search.search(f"ownership {query}")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=40))
def test_any_text_is_a_valid_query(app, query: str) -> None:  # type: ignore[no-untyped-def]
    hits = app.search.search(query, limit=5)
    assert len(hits) <= 5


def test_a_hit_on_an_answer_names_the_item_it_answers(app) -> None:  # type: ignore[no-untyped-def]
    """Hits on two answers of one assessment open two different items, not the one last open."""
    checklist = "ssr-national-ownership-tips"
    items = [item.id for item in app.catalog.checklist(checklist).items][:9]
    assessment = app.assessments.create([checklist], "Search review")
    app.assessments.answer(assessment, items[5], note="zanzibarian vetting board")
    app.assessments.answer(assessment, items[8], note="zanzibarian police station")
    hits = [hit for hit in app.search.search("zanzibarian") if hit.target_kind == "assessment"]
    assert {(hit.target_id, hit.item_id) for hit in hits} == {(assessment, items[5]), (assessment, items[8])}


def test_every_hit_comes_with_its_context_from_one_query(app) -> None:  # type: ignore[no-untyped-def]
    """Search as you type fetches many hits: their titles must not cost one query each."""
    from fieldguide.db.models import Note

    checklist = "ssr-national-ownership-tips"
    item = app.catalog.checklist(checklist).items[0].id
    assessment = app.assessments.create([checklist], "Ownership review")
    app.assessments.answer(assessment, item, note="ownership of the plan by the ministry")
    with app.db.write() as session:
        app.recorder.create(
            session,
            Note,
            {"target_kind": "section", "target_id": "ssr-national-ownership/principles", "body": "ownership"},
        )
    with statements_issued(app) as queries:
        hits = app.search.search("ownership", limit=200)
    assert len(hits) > 20
    assert {"section", "item", "note"} <= {hit.kind for hit in hits}
    assert any(hit.target_id == assessment for hit in hits)  # the answer, named by its assessment
    # Whether the index owes rows received in bulk (db/fts_owed.py: one look-up), the vocabulary
    # (for the prefix "ownership*"), a probe, the ranks, snippets, context: never one per hit.
    assert len(queries) <= 8, queries
