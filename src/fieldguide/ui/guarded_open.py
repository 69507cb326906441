"""Opening the profile at start the way its protection asks: with a passphrase file, the key
remembered in the keyring, the lock screen, or (a new profile) after offering protection."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMainWindow

from fieldguide.paths import DataPaths
from fieldguide.ui.lock import LockController, install_lock
from fieldguide.ui.tasks import run_task


def opener_with_key(window: QMainWindow, paths: DataPaths) -> Callable[[bytearray], None]:
    """`open(key)`: the window opens the profile with `key` (MainWindow.open_profile's opener)."""

    def open_with(key: bytearray) -> None:
        def opener() -> Any:
            from fieldguide.app import open_app
            from fieldguide.memory import wipe

            try:
                return open_app(paths, key=key, daily_backup=False)  # made once the library is usable
            finally:
                wipe(key)  # the Database holds its own copy now

        window.open_profile(opener)  # type: ignore[attr-defined]

    return open_with


def open_guarded(
    window: QMainWindow,
    paths: DataPaths,
    *,
    passphrase_file: str | None = None,
    offer_protection: bool = True,
) -> LockController:
    """Open the profile in `window` the way its protection asks, and install the lock.

    A protected profile opens with the key from `passphrase_file`, or the one
    remembered in the keyring, or else starts on the lock screen. A profile that does
    not exist yet is first offered protection (FirstStartDialog). `window` must have
    `open_profile(opener=None)` (MainWindow), which runs `opener` on its runner.
    """
    from fieldguide.security import keystore

    controller = install_lock(window, paths)
    keys = controller.keys
    open_with = opener_with_key(window, paths)
    if keys.is_protected():
        if passphrase_file:
            _open_with_file(controller, open_with, passphrase_file)
        elif keys.remembered_key() is not None:
            window.open_profile()  # type: ignore[attr-defined]  # open_app finds the remembered key
        else:
            controller.open_profile = open_with
            controller.lock()
        return controller
    if offer_protection and not paths.database.exists():
        _offer_protection(controller, window, open_with, keyring_available=keystore.available())
        return controller
    window.open_profile()  # type: ignore[attr-defined]
    return controller


def _open_with_file(controller: LockController, open_with: Callable[[bytearray], None], file: str) -> None:
    from pathlib import Path

    from fieldguide.security.passfile import read_passphrase_file

    keys = controller.keys

    def derive() -> bytearray:
        return keys.key_from_passphrase(read_passphrase_file(Path(file)), wait=True)

    def failed(error: BaseException) -> None:
        # A wrong or unreadable file: the lock screen, with the reason.
        controller.open_profile = open_with
        controller.lock()
        controller.page.form.show_error(str(error))

    run_task(derive, open_with, failed)


def _offer_protection(
    controller: LockController,
    window: QMainWindow,
    open_with: Callable[[bytearray], None],
    *,
    keyring_available: bool,
) -> None:
    from fieldguide.ui.first_start import FirstStartDialog

    dialog = FirstStartDialog(window, keyring_available=keyring_available)
    controller.first_start_dialog = dialog  # for tests and for whoever wants to watch it

    def finished(_result: int) -> None:
        passphrase = dialog.passphrase()
        if passphrase is None:
            window.open_profile()  # type: ignore[attr-defined]
            return
        remember = dialog.remember()
        keys = controller.keys

        def prepare() -> bytearray:
            key = keys.prepare_new_profile(passphrase)
            if remember:
                keys.remember(key)
            return key

        def failed(error: BaseException) -> None:
            # Never block the start on the offer: open unprotected and say why.
            window.open_profile()  # type: ignore[attr-defined]
            window.statusBar().showMessage(
                controller.tr("The profile could not be protected: %1").replace("%1", str(error)), 15000
            )

        run_task(prepare, open_with, failed)

    dialog.finished.connect(finished)
    dialog.open()
