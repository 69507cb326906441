"""An assessment begun on the English library, shown and exported in French.

The answers point at items by stable id, so the French edition's words replace the
English ones wherever it holds them, and the report's own words (headings, scale
names, "Field Guide synthesis", dates, page numbers) follow the report's language.
Read back with pypdf: text only, no fonts or pixels.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from tests.gui_helpers import rows_of
from tests.i18n_support import speaking

CHECKLIST = "ssr-ten-principles"
SYNTHESIS_ITEM = "ssr-ten-principles/p2-documented"  # the project's own check, marked synthesis
MOIS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
ENGLISH_LABELS = (
    "Executive summary",
    "By checklist",
    "Follow-up actions",
    "Field Guide synthesis",
    "Not assessed",
    "Criterion",
    "Page 1 of",
    "Source:",
)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def _create(app: Any) -> str:
    """Begun in English: created and answered with the window and the library in English."""
    assessment_id = str(app.assessments.create([CHECKLIST], "Revue RSS — Bangui", country="Mali"))
    app.assessments.answer(assessment_id, SYNTHESIS_ITEM, status="met", note="Le décret est au dossier.")
    return assessment_id


def _assert_french_report(text: str) -> None:
    today = dt.datetime.now(dt.UTC).date()
    assert "RAPPORT D’ÉVALUATION" in text
    assert "Résumé analytique" in text and "Par liste de contrôle" in text and "Actions de suivi" in text
    assert re.search(r"Page 1 sur \d+", text), "page numbers in French"
    assert f"{today.day} {MOIS[today.month - 1]} {today.year}" in text, "dates in French"
    # The French edition's words, found by stable id.
    assert "Les dix principes de l'appui de l'ONU à la RSS" in text
    assert "Chacun de ces fondements est attesté par un document versé au dossier." in text
    assert "Synthèse de Field Guide, à partir de" in text
    assert "NOTI vol. 1, Vue d'ensemble, encadré des dix principes, principe 2" in text
    assert "SATISFAIT" in text and "Critère" in text and "Le décret est au dossier." in text
    for english in ENGLISH_LABELS:
        assert english not in text, english
    assert "Each element of that basis is documented on file." not in text


def test_an_english_assessment_is_shown_and_exported_in_french_from_the_window(
    qtbot: Any, open_window: Any, tmp_path: Path
) -> None:
    window = open_window()
    assessment_id = window.runner.call(_create)
    window.close()

    with speaking("fr"):  # the language switch: the window now speaks French
        window = open_window()
        library = [str(index.data()) for index in rows_of(window.navigator.model)]
        assert "Appuyer l'appropriation nationale de la réforme du secteur de la sécurité" in library
        assert "Les dix principes de l'appui de l'ONU à la RSS" in library
        assert assessment_id and window.assessments.open_assessment(assessment_id)
        workspace = window.assessments.workspace
        model = workspace.tree.model()
        shown = [str(index.data()) for index in rows_of(model)]
        assert any("Chacun de ces fondements est attesté" in text for text in shown), shown
        assert not any("documented on file" in text for text in shown)

        window.commands.export_report.trigger()
        export = window.transfer.export_dialog
        assert export.language_box.currentData() == "fr"
        target = tmp_path / "revue.pdf"
        export.destination.setText(str(target))
        with qtbot.waitSignal(export.exported, timeout=30000):
            export.export_button.click()
        export.reject()
        _assert_french_report(_pdf_text(target))
        # Writing the report in French changed nothing in the window's own language.
        assert window.menus["file"].title() == "&Fichier"


def test_a_report_in_french_from_a_window_in_english(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    """The report's language is chosen in the export dialog; the window keeps speaking English."""
    window = open_window()
    assessment_id = window.runner.call(_create)
    assert window.assessments.open_assessment(assessment_id)
    window.commands.export_report.trigger()
    export = window.transfer.export_dialog
    assert export.language_box.currentData() == "en"
    export.language_box.setCurrentIndex(export.language_box.findData("fr"))
    target = tmp_path / "revue.pdf"
    export.destination.setText(str(target))
    with qtbot.waitSignal(export.exported, timeout=30000):
        export.export_button.click()
    _assert_french_report(_pdf_text(target))
    assert window.menus["file"].title() == "&File"
    assert "Saved as" in export.message.text()
    export.reject()


@pytest.fixture
def answered(cli: Any) -> str:
    import json

    created = cli("assessment", "new", "--checklist", CHECKLIST, "--title", "Revue RSS — Bangui", "--json")
    assert created.returncode == 0, created.stderr
    assessment = str(json.loads(created.stdout)["id"])
    answered = cli("assessment", "answer", assessment, SYNTHESIS_ITEM, "--status", "met",
                   "--note", "Le décret est au dossier.")  # fmt: skip
    assert answered.returncode == 0, answered.stderr
    return assessment


def test_the_command_line_writes_the_whole_report_in_the_language_asked(
    cli: Any, answered: str, tmp_path: Path
) -> None:
    out = tmp_path / "revue.pdf"
    done = cli("export", answered, "--format", "pdf", "-o", out, "--language", "fr")
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stdout  # the command's own message stays in the user's language
    _assert_french_report(_pdf_text(out))


def test_the_csv_names_statuses_and_synthesis_in_the_report_language(
    cli: Any, answered: str, tmp_path: Path
) -> None:
    out = tmp_path / "revue.csv"
    assert cli("export", answered, "--format", "csv", "-o", out, "--language", "fr").returncode == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = {row["item_id"]: row for row in csv.DictReader(handle)}
    row = rows[SYNTHESIS_ITEM]
    assert (row["status"], row["status_label"]) == ("met", "Satisfait")  # the code stays for sorting
    assert row["citation"].startswith("Synthèse de Field Guide, à partir de\u00a0: NOTI vol. 1")
    assert rows["ssr-ten-principles/p1-goal"]["status_label"] == "Non évalué"
