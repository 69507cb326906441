"""The main window on real data: the library tree and the reader."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from fieldguide.paths import DataPaths
from fieldguide.ui.library_model import ID_ROLE, KIND_ROLE
from fieldguide.ui.main_window import MainWindow


def find_rows(model, kind: str) -> list:  # type: ignore[no-untyped-def]
    found = []

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(KIND_ROLE) == kind:
                found.append(index)
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return found


def test_window_shows_library_tree_and_reads_a_section(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(DataPaths(data_dir))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.library_loaded, timeout=20000):
        window.open_profile()
    model = window.navigator.tree.model()
    top = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Security sector reform" in top and "Mediation" in top
    sections = find_rows(model, "section")
    assert len(sections) >= 60
    assert len(find_rows(model, "checklist")) >= 10
    target = next(i for i in sections if i.data(ID_ROLE) == "ssr-national-ownership/principles")
    window.navigator.tree.scrollTo(target)
    rect = window.navigator.tree.visualRect(target)
    qtbot.mouseClick(window.navigator.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.current_id == "ssr-national-ownership/principles"
    text = window.reader.text()
    assert target.data() in text
    assert "\nSource\n" in text  # the citation, set apart under its own label
    window.close()
