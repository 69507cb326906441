"""One line for the user about a failed operation, worded for what was being done."""

from __future__ import annotations

from fieldguide.errors import UserError


def error_line(error: BaseException, unexpected: str) -> str:
    """A UserError's message, an OSError's reason and file, else `unexpected` with %1 the kind of failure.

    `unexpected` is the caller's own translated sentence ("The report could not be
    written (%1).", "The profile could not be changed (%1)."): a failure is described
    by what the user was doing, never borrowed from another dialog.
    """
    if isinstance(error, UserError):
        text = str(error)
        return text[:1].upper() + text[1:]  # the services' messages are written for a command line
    if isinstance(error, OSError):
        return f"{error.strerror or error}: {error.filename or ''}".rstrip(": ")
    return unexpected.replace("%1", type(error).__name__)
