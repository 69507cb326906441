"""Screenshots of sync for the README: a conflict marked in the workspace, the wrong-key headline,
the team roster with its verification codes (English, and French at 1024 x 600).

Run under Xvfb (`Xvfb :43 &; DISPLAY=:43 python scripts/shoot_sync.py OUTDIR`). Builds three
throwaway profiles (two in one team, one in another), makes one real conflict and one
folder holding bundles made with another team's key, and grabs the window and the Sync
dialog.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication


def main(out: Path) -> None:
    from fieldguide.app import open_app
    from fieldguide.language import apply_language
    from fieldguide.paths import DataPaths
    from fieldguide.ui.main_window import MainWindow
    from fieldguide.ui.sync_dialog import SyncDialog

    qt = QApplication.instance() or QApplication(sys.argv)
    apply_language("en")  # as at start-up: the catalogue gives the plural forms
    work = Path(tempfile.mkdtemp(prefix="fg-shots-"))
    folder = work / "usb"
    folder.mkdir()
    amina_root, bruno_root, chloe_root = work / "amina", work / "bruno", work / "chloe"
    apps = {}
    for root, name in (
        (amina_root, "Amina's laptop"),
        (bruno_root, "Bruno's laptop"),
        (chloe_root, "Chloé's laptop"),
    ):
        app = open_app(DataPaths(root))
        app.sync.set_device_name(name)
        apps[name] = app
    amina, bruno, chloe = apps.values()
    # Amina founds the team and admits Bruno (codes compared); Chloé is in another team.
    amina.sync.create_team("Mission Nord", unprotected=True)
    request, code, _team = bruno.sync.join_request(amina.sync.invitation(), unprotected=True)
    bruno.sync.accept(amina.sync.admit(request, code), unprotected=True)
    chloe.sync.create_team("Another team", unprotected=True)
    checklist = "ssr-national-ownership-tips"
    assessment = amina.assessments.create([checklist], "Security sector review — Bangui", country="CAR")
    items = [i.id for i in amina.catalog.checklist(checklist).items]
    amina.assessments.answer(assessment, items[0], status="met", note="Agreed with the ministry.")
    amina.sync.sync_folder(folder, first=True)
    bruno.sync.sync_folder(folder)
    amina.assessments.answer(
        assessment, items[1], note="Vetting of the police leadership: agreed in principle"
    )
    bruno.assessments.answer(assessment, items[1], note="Vetting postponed until the budget is voted")
    bruno.sync.sync_folder(folder)
    amina.sync.sync_folder(folder)
    chloe.assessments.create([checklist], "Chloé's review")
    for _ in range(3):
        chloe.sync.sync_folder(folder, first=True)
        chloe.assessments.answer(chloe.assessments.list()[0].id, items[2], note=f"draft {_}")
    for app in apps.values():
        app.close()

    window = MainWindow(DataPaths(amina_root))
    window.resize(1200, 760)
    window.show()
    window.open_profile()
    for _ in range(200):
        qt.processEvents()
        if window.runner is not None and getattr(window, "opened", True):
            break
    window.runner.flush()
    window.assessments.open_assessment(assessment)
    window.assessments.workspace.select_item(items[1])
    for _ in range(50):
        qt.processEvents()
    window.grab().save(str(out / "sync-conflict-marked.png"))

    dialog = SyncDialog(window.runner, window)
    dialog.folder.setText(str(folder))
    dialog.show()
    dialog.start()
    window.runner.flush()
    for _ in range(100):
        qt.processEvents()
    dialog.grab().save(str(out / "sync-wrong-key.png"))
    dialog.close()

    team = SyncDialog(window.runner, window)
    team.folder.setText(str(folder))
    team.show()
    team.team.roster.setCurrentItem(team.team.roster.topLevelItem(1))
    for _ in range(50):
        qt.processEvents()
    team.grab().save(str(out / "sync-team.png"))
    team.close()
    window.close()

    apply_language("fr")
    french = MainWindow(DataPaths(amina_root))
    french.showMaximized()
    french.open_profile()
    for _ in range(200):
        qt.processEvents()
    french.runner.flush()
    dialog = SyncDialog(french.runner, french)
    dialog.folder.setText(str(folder))
    dialog.show()
    dialog.team.roster.setCurrentItem(dialog.team.roster.topLevelItem(1))
    for _ in range(50):
        qt.processEvents()
    # The whole screen (run Xvfb at 1024x600): the dialog as it opens over the window.
    screen = qt.primaryScreen()
    screen.grabWindow(0).save(str(out / "sync-team-fr-1024x600.png"))
    dialog.close()
    french.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
