"""Share one assessment with one colleague, from the window (``assessments.sharing``).

Three steps a person takes: give colleagues this laptop's public key (a small file, not
secret), send an assessment sealed to a colleague's key, and open one a colleague sent.
Each asks for its files with the system's dialogs (a test passes them in), runs on the
window's runner and says what happened in one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from fieldguide.changes import Changes

if TYPE_CHECKING:
    from fieldguide.app import App
    from fieldguide.assessments.sharing import Shared
    from fieldguide.sync.devicekeys import PublicKeys
    from fieldguide.ui.runner import Runner

IMPORTED = Changes(assessments=True, items=True, notes=True, actions=True, sync_state=True, received=True)


def tr(text: str) -> str:
    return QCoreApplication.translate("Sharing", text)


def _failed(error: BaseException, notify: Callable[[str], None], what: str) -> None:
    from fieldguide.ui.errors import error_line

    notify(error_line(error, what))


def save_device_key(
    runner: Runner, parent: QWidget, notify: Callable[[str], None], path: Path | None = None
) -> bool:
    if path is None:
        name, _chosen = QFileDialog.getSaveFileName(
            parent, tr("Save this laptop's public key"), "my-laptop.fgdevice", tr("Device keys (*.fgdevice)")
        )
        if not name:
            return False
        path = Path(name)
    target = path
    try:
        public = runner.call(lambda app: app.sharing.my_public_key(target))
    except Exception as error:
        _failed(error, notify, tr("The key could not be saved (%1)."))
        return False
    notify(
        tr("Saved this laptop's public key as %1 (fingerprint %2): give it to colleagues who share with you.")
        .replace("%1", str(target))
        .replace("%2", public.fingerprint)
    )
    return True


def share_assessment(
    runner: Runner,
    parent: QWidget,
    notify: Callable[[str], None],
    assessment: tuple[str, str],
    key_file: Path | None = None,
    target: Path | None = None,
) -> bool:
    """Seal the open assessment to a colleague's public key and save it."""
    from fieldguide.assessments.sharing import default_file_name, read_public_key

    assessment_id, title = assessment
    recipient: PublicKeys | None = None
    if key_file is None:
        cancelled, recipient = _choose_member(runner, parent)
        if cancelled:
            return False
        if recipient is None:
            name, _chosen = QFileDialog.getOpenFileName(
                parent, tr("The colleague's public key"), "", tr("Device keys (*.fgdevice)")
            )
            if not name:
                return False
            key_file = Path(name)
    if recipient is None:
        assert key_file is not None
        try:
            recipient = read_public_key(key_file)
        except Exception as error:
            _failed(error, notify, tr("The key could not be read (%1)."))
            return False
    if target is None:
        name, _chosen = QFileDialog.getSaveFileName(
            parent,
            tr("Save the shared assessment"),
            default_file_name(title),
            tr("Shared assessments (*.fgshare)"),
        )
        if not name:
            return False
        target = Path(name)
    destination = target
    try:
        runner.call(lambda app: app.sharing.share(assessment_id, recipient, destination))
    except Exception as error:
        _failed(error, notify, tr("The assessment could not be shared (%1)."))
        return False
    notify(
        tr("Saved %1: only %2 (fingerprint %3) can open it.")
        .replace("%1", str(destination))
        .replace("%2", recipient.name or tr("the colleague's laptop"))
        .replace("%3", recipient.fingerprint)
    )
    return True


def _choose_member(runner: Runner, parent: QWidget) -> tuple[bool, PublicKeys | None]:
    """(cancelled, a teammate from the roster); no teammate: "a public-key file…" or no team."""
    from PySide6.QtWidgets import QInputDialog

    def members(app: App) -> list[PublicKeys]:
        roster = app.sync.roster()
        mine = app.sync.device_keys().public.signing
        return [m.keys for m in roster.members if m.keys.signing != mine] if roster else []

    found = runner.call(members)
    if not found:
        return False, None
    labels = [f"{m.name or tr('A teammate')} ({m.fingerprint})" for m in found]
    other = tr("A colleague's public-key file…")
    choice, accepted = QInputDialog.getItem(
        parent,
        tr("Share with a colleague"),
        tr("Only this person's laptop will open it:"),
        [*labels, other],
        0,
        False,
    )
    if not accepted:
        return True, None
    if choice not in labels:
        return False, None
    return False, found[labels.index(choice)]


def open_shared(
    runner: Runner,
    parent: QWidget,
    notify: Callable[[str], None],
    opened: Callable[[str], object],
    path: Path | None = None,
) -> Shared | None:
    """Import an assessment a colleague shared with this laptop, then open it."""
    if path is None:
        name, _chosen = QFileDialog.getOpenFileName(
            parent, tr("Open a shared assessment"), "", tr("Shared assessments (*.fgshare)")
        )
        if not name:
            return None
        path = Path(name)
    source = path

    def run(app: App) -> Shared:
        return app.sharing.open(source)

    try:
        shared = runner.call(run, changes=IMPORTED)
    except Exception as error:
        _failed(error, notify, tr("The shared assessment could not be opened (%1)."))
        return None
    opened(shared.assessment_id)
    notify(
        tr("Imported %1 from %2 (fingerprint %3).")
        .replace("%1", shared.title)
        .replace("%2", shared.sender or tr("a colleague"))
        .replace("%3", shared.sender_fingerprint)
    )
    return shared
