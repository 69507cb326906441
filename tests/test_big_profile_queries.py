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
