"""The base of every error a user can cause and fix: shown as one line, never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a state the user can change; `str(error)` is the one-line message."""
