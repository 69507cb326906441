"""Before an assessment becomes read-only: say what is still unassessed, and ask."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldguide.assessments.model import AssessmentView

SHOWN = 8
# items named in the message; the rest are counted


def confirm_finalise(parent: QWidget | None, view: AssessmentView) -> str:
    """'finalise', 'show' (go to the first unassessed item) or '' (cancel).

    Nothing to ask when every item has an answer: finalising is then the whole
    point, and it can be undone with Reopen.
    """
    missing = view.unassessed
    if not missing:
        return "finalise"
    numbers = view.numbers()
    titles = {c.id: c.title for c in view.checklists}
    box = QMessageBox(parent)
    box.setObjectName("finaliseConfirmation")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Assessment", "Finalise the assessment?"))
    box.setText(
        QCoreApplication.translate(
            "Assessment", "%n of %1 items are not assessed yet.", "", len(missing)
        ).replace("%1", str(len(view.responses)))
    )
    lines = [
        QCoreApplication.translate("Assessment", "%1 › %2. %3")
        .replace("%1", titles.get(r.checklist_id, ""))
        .replace("%2", str(numbers[r.item_id]))
        .replace(
            "%3", r.item_text or QCoreApplication.translate("Assessment", "An item no longer in the library")
        )
        for r in missing[:SHOWN]
    ]
    if len(missing) > SHOWN:
        lines.append(QCoreApplication.translate("Assessment", "and %n more", "", len(missing) - SHOWN))
    box.setInformativeText(
        QCoreApplication.translate("Assessment", "A final assessment is read-only until it is reopened.")
        + "\n\n"
        + "\n".join(lines)
    )
    finalise = box.addButton(
        QCoreApplication.translate("Assessment", "&Finalise anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    show = box.addButton(
        QCoreApplication.translate("Assessment", "&Show the first one"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(show)
    box.exec()
    clicked = box.clickedButton()
    if clicked is finalise:
        return "finalise"
    if clicked is show:
        return "show"
    return ""
