"""The navigator's and the workspace's item models, on their own: no view, no window.

They are built from the plain records the services return, so each case below
hands them records and reads back what a view would show.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QStandardItemModel

from fieldguide.assessments.model import AssessmentView, ChecklistRef, ResponseView
from fieldguide.library.annotations import BookmarkView
from fieldguide.library.views import ChecklistSummary, DocumentSummary, SectionEntry
from fieldguide.ui.library_model import (
    HAS_NOTE_ROLE,
    ID_ROLE,
    KIND_ROLE,
    LibraryModel,
    LibrarySnapshot,
)
from fieldguide.ui.workspace.item_model import (
    HAS_ACTIONS_ROLE,
    ITEM_ID_ROLE,
    ROW_KIND_ROLE,
    STATUS_ROLE,
    ItemFilter,
    build_item_model,
    find_item_row,
    update_item_row,
)

pytestmark = pytest.mark.usefixtures("qapp")  # icons and fonts need a GUI application, no widget


def _children(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    parent = parent or QModelIndex()
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def _tree(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[object]:
    """The rows as nested (text, [children]) pairs, as a tree view would lay them out."""
    out: list[object] = []
    for index in _children(model, parent):
        children = _tree(model, index)
        out.append((index.data(), children) if children else index.data())
    return out


def _walk(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    for index in _children(model, parent):
        yield index
        yield from _walk(model, index)


# --- the navigator -----------------------------------------------------------------------

DOCS = [
    DocumentSummary("ssr-guide", "SSR guide", "ssr", 3, imported=False, pack_id="starter"),
    DocumentSummary("my-report", "Mission report", "mediation", 1, imported=True, pack_id="imp"),
]
OUTLINES = {
    "ssr-guide": [
        SectionEntry("ssr-guide/1", "Ownership", 1, "1", None),
        SectionEntry("ssr-guide/1.1", "National actors", 2, "1.1", "ssr-guide/1"),
        SectionEntry("ssr-guide/2", "Oversight", 1, "2", None),
    ],
    "my-report": [SectionEntry("my-report/s", "Findings", 1, None, None)],
}
CHECKLISTS = [
    ChecklistSummary("ssr-checks", "SSR checks", "ssr", 12, "ssr-guide", retired=False),
    ChecklistSummary("old-checks", "Old checks", "ssr", 3, None, retired=True),
]


def _snapshot(**changes: object) -> LibrarySnapshot:
    values: dict[str, object] = {"documents": DOCS, "outlines": OUTLINES, "checklists": CHECKLISTS}
    values.update(changes)
    return LibrarySnapshot(**values)  # type: ignore[arg-type]


def test_the_library_is_area_then_document_then_sections_with_imports_apart() -> None:
    model = LibraryModel()
    model.set_library(_snapshot())
    tree = _tree(model)
    assert tree[:2] == [
        ("Bookmarks", ["Press Ctrl+D to bookmark a section"]),
        "Assessments",  # not listed yet (no rows): the window lists them just after the library
    ]
    # The retired checklist is not offered; the imported document has its own branch.
    assert tree[2:] == [
        (
            "Security sector reform",
            [("SSR guide", [("1 Ownership", ["1.1 National actors"]), "2 Oversight"]), "SSR checks"],
        ),
        ("Imported documents", [("Mission report", ["Findings"])]),
    ]
    index = model.index_of("ssr-guide/1.1")
    assert (index.data(KIND_ROLE), index.data(ID_ROLE)) == ("section", "ssr-guide/1.1")
    assert index.parent().data(ID_ROLE) == "ssr-guide/1"
    assert not model.index_of("old-checks").isValid()


def test_reloading_the_library_replaces_it_and_keeps_the_note_marks() -> None:
    model = LibraryModel()
    model.set_library(_snapshot(noted_sections={"ssr-guide/2"}))
    assert model.index_of("ssr-guide/2").data(HAS_NOTE_ROLE)
    model.set_library(_snapshot(documents=DOCS[:1]))  # the import was removed
    assert [root.text() for root in model.library_roots()] == ["Security sector reform"]
    assert not model.index_of("my-report/s").isValid()
    assert model.index_of("ssr-guide/2").data(HAS_NOTE_ROLE)  # still noted: nothing said otherwise
    model.mark_noted("ssr-guide/2", False)
    assert not model.index_of("ssr-guide/2").data(HAS_NOTE_ROLE)
    assert sum(1 for i in _walk(model) if i.data(ID_ROLE) == "ssr-guide/1") == 1


def test_bookmarks_and_assessments_branches() -> None:
    model = LibraryModel()
    model.set_library(
        _snapshot(
            bookmarks=[
                BookmarkView("b1", "section", "ssr-guide/2", "Oversight", missing=False),
                BookmarkView("b2", "checklist", "gone", "Removed checklist", missing=True),
            ],
            assessments=[("a1", "Mali 2026", "draft")],
        )
    )
    assert model.bookmark_targets() == [("section", "ssr-guide/2"), ("checklist", "gone")]
    gone = model.index(1, 0, model.bookmarks_root.index())
    assert "not in the library on this computer" in gone.data(Qt.ItemDataRole.ToolTipRole)
    [assessment] = _children(model, model.assessments_root.index())
    assert (assessment.data(), assessment.data(ID_ROLE)) == ("Mali 2026", "a1")
    model.set_assessments([])
    assert _tree(model)[1] == ("Assessments", ["No assessments yet"])



def test_a_large_library_builds_imported_sections_after_the_rest_and_on_demand() -> None:
    """Years of imports: the tree is usable before every imported section has a row; a
    section asked for (opened, marked noted, filtered) is built at once, the rest in steps."""
    from fieldguide.ui.library_model import FILL_AT_ONCE, build_library_model

    per_document = 100
    imported = [
        DocumentSummary(f"imp-{n}", f"Report {n}", "mediation", per_document, imported=True, pack_id="i")
        for n in range(FILL_AT_ONCE // per_document + 2)
    ]
    outlines = {
        **OUTLINES,
        **{
            d.id: [SectionEntry(f"{d.id}/{k}", f"Part {k}", 1, None, None) for k in range(per_document)]
            for d in imported
        },
    }
    last = imported[-1].id
    snapshot = LibrarySnapshot([*DOCS, *imported], outlines, CHECKLISTS, noted_sections={f"{last}/7"})
    model = LibraryModel()
    model.set_library(snapshot)
    assert not model.filled
    assert model.index_of("ssr-guide/1.1").isValid()  # the starter library is whole at once
    document = model.index_of("imp-0")
    assert document.isValid() and model.rowCount(document) == 0  # not yet built
    noted = model.index_of(f"{last}/7")  # asked for: its document is built now, marks and all
    assert noted.isValid() and noted.data(HAS_NOTE_ROLE) is True
    assert model.rowCount(noted.parent()) == per_document
    while model.fill_more():
        pass
    assert model.filled and model.rowCount(document) == per_document
    # Built in steps or in one call, the rows are the same.
    assert _tree(model) == _tree(build_library_model(snapshot))
    # The outlines of imports may also come after the rest (read apart at start-up).
    first = {key: value for key, value in outlines.items() if not key.startswith("imp-")}
    later = LibraryModel()
    later.set_library(LibrarySnapshot([*DOCS, *imported], first, CHECKLISTS, outlines_to_come=True))
    assert not later.filled and not later.index_of(f"{last}/7").isValid()
    later.add_outlines({key: value for key, value in outlines.items() if key.startswith("imp-")})
    later.set_noted({f"{last}/7"})
    later.fill_all()
    assert later.filled and _tree(later) == _tree(model)


# --- the workspace's items ---------------------------------------------------------------


def _response(
    item_id: str, checklist: str, group: str | None, status: str, *, retired: bool = False
) -> ResponseView:
    return ResponseView(
        item_id=item_id, item_text=f"Item {item_id}", checklist_id=checklist, group=group,
        kind="criterion", position=0, source="", guidance_section_id=None, guidance_title=None,
        retired=retired, status=status,
    )


VIEW = AssessmentView(
    id="a1", title="Mali", country="", mission="", assessors=[], start_date=None, end_date=None,
    classification="unclassified", status="draft", summary="", created_at="", updated_at="",
    checklists=[ChecklistRef("c1", "Oversight"), ChecklistRef("c2", "Ownership")],
    responses=[
        _response("c1/a", "c1", "Before", "partly-met"),
        _response("c1/b", "c1", "Before", "not-assessed"),
        _response("c1/c", "c1", "After", "not-met"),
        _response("c2/a", "c2", None, "not-met", retired=True),
    ],
)


def _items() -> QStandardItemModel:
    model = QStandardItemModel()
    build_item_model(VIEW, {"c1/b"}, model)
    return model


def test_items_are_grouped_under_their_checklist_and_numbered_within_it() -> None:
    assert _tree(_items()) == [
        ("Oversight", [("Before", ["1. Item c1/a", "2. Item c1/b"]), ("After", ["3. Item c1/c"])]),
        ("Ownership", ["1. Item c2/a (retired)"]),
    ]


def test_a_saved_answer_updates_its_row_in_place() -> None:
    model = _items()
    row = find_item_row(model, "c1/b")
    assert row is not None and row.data(STATUS_ROLE) == "not-assessed" and row.data(HAS_ACTIONS_ROLE)
    update_item_row(row, _response("c1/b", "c1", "Before", "partly-met"), has_actions=False)
    again = find_item_row(model, "c1/b")
    assert again is not None
    assert (again.text(), again.data(STATUS_ROLE), again.data(HAS_ACTIONS_ROLE)) == (
        "2. Item c1/b", "partly-met", False
    )
    assert find_item_row(model, "c1") is None  # a checklist row is not an item


def _visible_items(proxy: ItemFilter) -> list[str]:
    return [i.data(ITEM_ID_ROLE) for i in _walk(proxy) if i.data(ROW_KIND_ROLE) == "item"]


@pytest.mark.parametrize(
    ("mode", "shown"),
    [
        ("all", ["c1/a", "c1/b", "c1/c", "c2/a"]),
        ("not-assessed", ["c1/b"]),
        ("negative", ["c1/c", "c2/a"]),
        ("partial", ["c1/a"]),
        ("with-actions", ["c1/b"]),
    ],
)
def test_filters_show_their_items_with_the_headers_above_them(mode: str, shown: list[str]) -> None:
    proxy = ItemFilter()
    proxy.setSourceModel(_items())
    proxy.set_mode(mode)
    assert _visible_items(proxy) == shown
    if mode == "not-assessed":
        assert _tree(proxy) == [("Oversight", [("Before", ["2. Item c1/b"])])]


def test_the_item_being_edited_stays_visible_when_it_stops_matching() -> None:
    source = _items()
    proxy = ItemFilter()
    proxy.setSourceModel(source)
    proxy.set_mode("not-assessed")
    proxy.pin("c1/b")
    row = find_item_row(source, "c1/b")
    assert row is not None
    update_item_row(row, _response("c1/b", "c1", "Before", "met"), has_actions=True)
    proxy.refilter()
    assert _visible_items(proxy) == ["c1/b"]
    proxy.pin(None)
    assert _visible_items(proxy) == []
    with pytest.raises(ValueError):
        proxy.set_mode("everything")

