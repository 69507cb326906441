"""Assessment reports: PDF, Word, CSV and JSON exports of a `Report`.

`export_report` is the one entry point the app needs. Renderers are imported
only when used, so importing the report model does not load Qt.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldguide.atomic import atomic_write
from fieldguide.errors import UserError

if TYPE_CHECKING:
    # Not at run time: start-up imports `reports.fonts` (the reader's type), and with it this
    # package, before the library is usable; the model is only needed to export.
    from fieldguide.reports.model import Report

FORMATS = ("pdf", "docx", "csv", "json")


class ReportError(UserError):
    """A report could not be saved; the message is one line, fit for the user.

    A UserError, so the CLI and the UI show it as a message, not a traceback.
    """


def _renderer(fmt: str) -> Callable[[Report, Path], Any]:
    if fmt == "pdf":
        from fieldguide.reports.render_pdf import render_pdf

        return render_pdf
    if fmt == "docx":
        from fieldguide.reports.render_docx import render_docx

        return render_docx
    if fmt == "csv":
        from fieldguide.reports.render_csv import render_csv

        return render_csv
    if fmt == "json":
        from fieldguide.reports.render_json import render_json

        return render_json
    raise ValueError(f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _explain(error: OSError, path: Path) -> str:
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is exhausted",
        errno.EACCES: f"permission denied in {path.parent}",
        errno.EPERM: f"permission denied in {path.parent}",
        errno.EROFS: f"{path.parent} is on a read-only disk",
        # ENOENT while the folder exists: a system folder (/proc, a device) that takes no new files.
        errno.ENOENT: (
            f"files cannot be created in {path.parent}"
            if path.parent.is_dir()
            else f"the folder {path.parent} does not exist"
        ),
        errno.ENOTDIR: f"{path.parent} is not a folder",
        errno.EISDIR: f"{path} is a folder",
        errno.ENAMETOOLONG: "the file name is too long",
    }
    reason = reasons.get(error.errno or 0) or (error.strerror or str(error) or "input/output error")
    return " ".join(f"Could not save the report to {path.name}: {reason}.".split())


def export_report(report: Report, fmt: str, path: Path | str) -> Path:
    """Render `report` as `fmt` ("pdf", "docx", "csv" or "json") to `path`.

    The file appears whole or not at all: rendering goes to a temporary file
    beside the target, which replaces it only once complete. An existing file
    at `path` survives any failure. OS errors (missing or read-only folder,
    full disk) become a `ReportError` with a one-line message.
    """
    fmt = fmt.lower().lstrip(".")
    render = _renderer(fmt)
    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise ReportError(
            _explain(OSError(errno.ENOENT, "No such file or directory", str(target.parent)), target)
        )
    if target.is_dir():
        raise ReportError(_explain(OSError(errno.EISDIR, "Is a directory", str(target)), target))
    try:
        with atomic_write(target) as temporary:
            render(report, temporary)
    except OSError as error:
        raise ReportError(_explain(error, target)) from error
    return target


__all__ = ["FORMATS", "ReportError", "export_report"]
