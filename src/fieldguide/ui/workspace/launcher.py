"""The workspace on its own, for screenshots and trying it out before the main window embeds it.

    python -m fieldguide.ui.workspace.launcher --data-dir DIR [--assessment ID | --demo]
        [--screenshot FILE.png] [--size 1400x900] [--dark]

`--demo` adds a realistic sample assessment to the profile (use a scratch data
directory) and opens it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from fieldguide.resources import resources_dir

if TYPE_CHECKING:
    from fieldguide.app import App

DEMO_CHECKLISTS = ("ssr-nsp-process-steps", "ssr-national-ownership-tips")


def register_fonts() -> None:
    """The bundled Noto fonts, so text (French, Arabic) renders the same on every machine."""
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    font = QFont("Noto Sans", 10)
    font.setFamilies(["Noto Sans", "Noto Naskh Arabic"])
    QApplication.setFont(font)


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#24272B",
        QPalette.ColorRole.WindowText: "#E6E8EB",
        QPalette.ColorRole.Base: "#1B1D20",
        QPalette.ColorRole.AlternateBase: "#2A2D31",
        QPalette.ColorRole.Text: "#E6E8EB",
        QPalette.ColorRole.Button: "#2F3338",
        QPalette.ColorRole.ButtonText: "#E6E8EB",
        QPalette.ColorRole.Highlight: "#3B6EA5",
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.PlaceholderText: "#9AA3AD",
        QPalette.ColorRole.Mid: "#4A4F55",
        QPalette.ColorRole.Link: "#8AB4F8",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6B7380"))
    return palette


def demo_assessment(app: App, today: dt.date | None = None) -> str:
    """A review part-way through: judgements, notes in English, French and Arabic, and actions."""
    today = today or dt.date.today()
    available = {c.id for c in app.catalog.checklists() if not c.retired}
    checklists = [c for c in DEMO_CHECKLISTS if c in available] or sorted(available)[:2]
    service = app.assessments
    assessment_id = service.create(
        checklists,
        "National security policy process: readiness review",
        country="Central African Republic",
        mission="MINUSCA, SSR Unit",
        assessors=["Amina Diallo", "Jonas Weber"],
        start_date=(today - dt.timedelta(days=12)).isoformat(),
        end_date=(today + dt.timedelta(days=9)).isoformat(),
        classification="confidential",
    )
    items = [r.item_id for r in service.get(assessment_id).responses]
    answers = [
        (
            "met",
            "high",
            "Feasibility study completed in January by the national coordinator's office; it maps "
            "existing sector policies and estimates costs.\n\n- Ministry of Defence and Interior "
            "both cite it\n- Donor round-table endorsed its budget",
            "Feasibility report (v2, 14 Jan); meeting with the national coordinator",
        ),
        (
            "partly-met",
            "medium",
            "Réunion avec la société civile à Bambari : confiance en hausse, mais les associations "
            "de femmes n'ont pas encore été invitées aux ateliers de la capitale.\n\n"
            "- Le maire propose une consultation à Bria en avril\n"
            "- Les chefs de quartier demandent un retour écrit après chaque atelier",
            "Notes de réunion, Bambari",
        ),
        (
            "not-met",
            "high",
            "No agreement yet on the division of labour between the UN, the EU training mission "
            "and bilateral partners. Steering committee terms of reference still in draft.",
            "",
        ),
        ("met", "medium", "Steering committee set up by decree; technical secretariat staffed.", ""),
        (
            "partly-met",
            "low",
            "اجتماع مع المجتمع المدني: إطلاق العملية أُعلن في الإذاعة الوطنية فقط، "
            "ولم يصل إلى المناطق الريفية بعد.",
            "",
        ),
        ("not-applicable", None, "Handled under the separate DDR process.", ""),
    ]
    for item_id, (status, confidence, note, evidence) in zip(items, answers, strict=False):
        service.answer(
            assessment_id, item_id, status=status, confidence=confidence or "", note=note, evidence=evidence
        )
    service.add_action(
        assessment_id,
        "Invite women's associations from Bambari and Bria to the next drafting workshop",
        item_id=items[1],
        owner="Amina Diallo",
        due=(today - dt.timedelta(days=5)).isoformat(),
    )
    service.add_action(
        assessment_id,
        "Share draft steering-committee terms of reference with the EU mission",
        item_id=items[2],
        owner="Jonas Weber",
        due=(today + dt.timedelta(days=10)).isoformat(),
    )
    done = service.add_action(
        assessment_id, "Obtain a copy of the feasibility report", item_id=items[0], owner="Jonas Weber"
    )
    service.set_action_done(done.id)
    return assessment_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fieldguide-workspace")
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--assessment")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--size", default="1400x900")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--rtl", action="store_true", help="right-to-left layout, as for Arabic")
    options = parser.parse_args(argv)

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    register_fonts()
    if options.dark:
        QApplication.setPalette(dark_palette())
    if options.rtl:
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

    from fieldguide.app import open_app
    from fieldguide.paths import DataPaths
    from fieldguide.ui.runner import Runner
    from fieldguide.ui.workspace import AssessmentWorkspace

    runner = Runner()
    runner.open(lambda: open_app(DataPaths(options.data_dir)))
    assessment_id = options.assessment
    if options.demo or not assessment_id:
        assessment_id = runner.call(demo_assessment)
    workspace = AssessmentWorkspace(runner)
    workspace.setWindowTitle(workspace.tr("Field Guide — assessment"))
    width, height = (int(v) for v in options.size.split("x"))
    workspace.resize(width, height)
    workspace.show()
    workspace.open_assessment(assessment_id)
    if options.screenshot:
        workspace.select_item(workspace.visible_item_ids()[1])

        def shoot() -> None:
            workspace.grab().save(str(options.screenshot))
            workspace.close()
            qt_app.quit()

        QTimer.singleShot(300, shoot)
    code = int(qt_app.exec())
    runner.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
