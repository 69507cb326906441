"""Years of a team's work (issue 21): what the window reads must not cost more statements, or
read every answer, as the library and the assessments grow."""

from __future__ import annotations

import pytest

from fieldguide.library.pack_format import PackContent, fingerprint
from fieldguide.ui.snapshot import library_snapshot
from tests.sql_statements import statements_issued


def _import_documents(app, first: int, count: int) -> None:  # type: ignore[no-untyped-def]
    manifest = {"id": f"imp-test-{first}", "version": "1", "title": "Reports", "files": []}
    content = PackContent(manifest=manifest)
    for index in range(first, first + count):
        doc_id = f"imp-test-{index:03d}"
        content.documents.append(
            {"id": doc_id, "title": f"Mission report {index}", "practice_area": "ssr", "source": "test",
             "summary": "", "introduction": "", "position": index}
        )
        for s in range(3):
            body = f"Findings {s} of report {index}."
            content.sections.append(
                {"id": f"{doc_id}/s{s}", "document_id": doc_id, "parent_id": None, "position": s, "level": 1,
                 "number": str(s + 1), "title": f"Part {s + 1}", "body": body, "plain": body,
                 "citation": f"Report {index}", "fingerprint": fingerprint(f"Part {s + 1}", body)}
            )
    app.packs.install_content(content, kind="import")


def test_the_library_tree_is_read_in_the_same_statements_however_many_documents(app) -> None:  # type: ignore[no-untyped-def]
    _import_documents(app, 0, 2)
    with statements_issued(app) as few:
        small = library_snapshot(app)
    _import_documents(app, 2, 6)
    with statements_issued(app) as many:
        large = library_snapshot(app)
    assert len(large.documents) == len(small.documents) + 6
    # Every document's outline is there, in reading order.
    assert [e.title for e in large.outlines["imp-test-007"]] == ["Part 1", "Part 2", "Part 3"]
    assert set(large.outlines) >= {d.id for d in large.documents if d.sections}
    assert len(many) == len(few), many


def test_the_navigator_lists_assessments_without_reading_their_progress(app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The navigator shows titles, most recently changed first: it must not compute every
    assessment's progress, which reads every answer of every assessment."""
    checklist = "ssr-national-ownership-tips"
    item = app.catalog.checklist(checklist).items[0].id
    first = app.assessments.create([checklist], "Kivu baseline")
    second = app.assessments.create([checklist], "Ituri follow-up")
    app.assessments.answer(first, item, status="met", note="the older assessment, answered last")
    expected = [(s.id, s.title, s.status) for s in app.assessments.list()]
    assert expected[0][0] == first and {first, second} <= {row[0] for row in expected}

    def progress_read(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the navigator computed every assessment's progress")

    monkeypatch.setattr(app.assessments, "list", progress_read)
    with statements_issued(app) as issued:
        rows = library_snapshot(app).assessments
    assert rows == expected
    assert not any("response.status" in s for s in issued), issued


@pytest.mark.parametrize("answers", [1, 8])
def test_listing_assessments_costs_the_same_statements_however_many_answers(app, answers: int) -> None:  # type: ignore[no-untyped-def]
    checklist = "ssr-national-ownership-tips"
    items = [i.id for i in app.catalog.checklist(checklist).items][:answers]
    assessment = app.assessments.create([checklist], "Statements")
    for item in items:
        app.assessments.answer(assessment, item, status="met")
    with statements_issued(app) as issued:
        app.assessments.titles()
    assert len(issued) == 3, issued  # the assessments, when their answers and their actions last changed


def _notes(app, bodies: list[str]) -> None:  # type: ignore[no-untyped-def]
    from fieldguide.db.models import Note

    with app.db.write() as session:
        for body in bodies:
            app.recorder.create(session, Note, {"target_kind": "section", "target_id": "x", "body": body})


def test_a_broad_search_ranks_a_window_of_its_matches_not_every_one(app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A word in thousands of rows: bm25 over every match grew with the profile (a second at
    10 x). Beyond the window, titles that match come first, then the newest matches."""
    from fieldguide.library import query  # the ranking the service and the command line share

    monkeypatch.setattr(query, "WINDOW", 6)
    _notes(app, [f"Quartermaster visit number {n} to the depot." for n in range(20)])
    _import_documents(app, 0, 1)
    with app.db.write() as session:
        from fieldguide.db.models import Section

        session.get(Section, "imp-test-000/s1").title = "Quartermaster stores"
    with statements_issued(app) as issued:
        hits = app.search.search("quartermaster", limit=5)
    assert len(hits) == 5
    assert hits[0].id == "imp-test-000/s1"  # its title matches
    assert "Quartermaster visit number 19" in hits[1].snippet.replace("\x02", "").replace("\x03", "")
    assert hits == sorted(hits, key=lambda h: -h.score)
    assert not any("ORDER BY rank" in s for s in issued), issued


def test_a_narrow_search_is_ranked_exactly(app) -> None:  # type: ignore[no-untyped-def]
    _notes(app, ["Zanzibarian ferry", "zanzibarian zanzibarian zanzibarian", "A long note about many things, "
                 "the ferry, the port, the harbour master, and once the zanzibarian crossing."])
    hits = app.search.search("zanzibarian")
    assert len(hits) == 3
    assert "zanzibarian zanzibarian" in hits[0].snippet.replace("\x02", "").replace("\x03", "").lower()


def test_a_long_prefix_finds_every_word_it_begins_whatever_its_accents(app) -> None:  # type: ignore[no-untyped-def]
    """Prefixes longer than the prefix index covers are looked up as the words they begin."""
    _notes(app, ["Zéphyrination communautaire à Bria", "zephyrinated the two registers", "zephyr only"])
    found = {h.snippet.replace("\x02", "").replace("\x03", "") for h in app.search.search("Zéphyrin")}
    assert found == {"Zéphyrination communautaire à Bria", "zephyrinated the two registers"}
    assert app.search.search("zephyrinx") == []
    assert len(app.search.search("zephyr on")) == 1


def test_tidying_the_index_merges_it_into_one_piece_and_keeps_every_hit(app) -> None:  # type: ignore[no-untyped-def]
    """Each save adds a segment to the index; a large index settles at a dozen or more, and
    every look-up consults each. Tidying merges them, a bounded step at a time."""
    for n in range(30):  # one transaction each, as autosaves are
        _notes(app, [f"Ledger entry {n} for the quartermaster"])

    def segments() -> int:
        with app.db.raw() as conn:
            return int(conn.execute("SELECT count(DISTINCT segid) FROM search_fts_idx").fetchone()[0])

    before = [(h.id, h.snippet) for h in app.search.search("quartermaster ledger", limit=50)]
    assert segments() > 1
    steps = 0
    while app.search.tidy_index(pages=50):
        steps += 1
        assert steps < 500
    assert segments() == 1
    assert not app.search.tidy_index()  # nothing left to merge
    after = app.search.search("quartermaster ledger", limit=50)
    assert sorted(before) == sorted((h.id, h.snippet) for h in after)
    assert len(before) == 30
