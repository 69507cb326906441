"""A look-alike file: the window asks "Is this a new edition of X?", the CLI needs --edition-of."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

FIRST = "# Annual report\n\n## 1. Water\n\nWells were dug in the east.\n"
SECOND = "# Annual report\n\n## 1. Water\n\nWells were dug in the east and west.\n"


def _two_reports(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "report.md", tmp_path / "b" / "report.md"
    first.write_text(FIRST, "utf-8")
    second.write_text(SECOND, "utf-8")
    return first, second


@pytest.mark.parametrize("answer", [True, False])
def test_window_asks_before_replacing_a_look_alike(
    qtbot: Any, app: Any, runner: Any, tmp_path: Path, answer: bool
) -> None:
    from fieldguide.ui.import_dialog import ImportDialog

    first, second = _two_reports(tmp_path)
    original = app.imports.import_file(first)
    asked: list[str] = []
    dialog = ImportDialog(runner, [second])
    qtbot.addWidget(dialog)

    def ask(path: Path, title: str) -> bool:
        asked.append(title)
        return answer

    dialog.ask_new_edition = ask  # type: ignore[method-assign]
    dialog.start()
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled(), timeout=20000)
    assert asked == ["Annual report"]
    imported = [d for d in app.catalog.documents() if d.imported]
    if answer:
        assert [d.id for d in imported] == [original.id]
        assert "new edition" in dialog.log.item(0).text()
    else:
        assert len(imported) == 2
        assert "imported" in dialog.log.item(0).text()


def test_cli_adds_a_look_alike_as_a_new_document_and_replaces_only_with_edition_of(
    cli: Any, tmp_path: Path
) -> None:
    first, second = _two_reports(tmp_path)
    one = json.loads(cli("import", first, "--json").stdout)["documents"][0]
    plain = cli("import", second)
    assert plain.returncode == 0 and f"--edition-of {one['id']}" in plain.stdout
    listed = cli("import", second, "--edition-of", one["id"], "--json")
    assert listed.returncode == 0, listed.stderr
    result = json.loads(listed.stdout)["documents"][0]
    assert result["status"] == "new-edition" and result["id"] == one["id"]
    unknown = cli("import", second, "--edition-of", "imp-no-such-document")
    assert unknown.returncode != 0 and "no imported document" in unknown.stderr
    assert "Traceback" not in unknown.stderr
