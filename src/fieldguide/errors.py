"""The base of every error a user can cause and fix: shown as one line, never a traceback."""

from __future__ import annotations

from fieldguide.i18n import _


class UserError(Exception):
    """Bad input or a state the user can change; `str(error)` is the one-line message."""


class DatabaseLocked(UserError):
    """The profile is encrypted and the key given does not open it."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or _("wrong passphrase: it does not open this profile"))
