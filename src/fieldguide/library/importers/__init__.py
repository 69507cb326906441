"""Document import, parsing half: a file on disk → `ParsedDocument`.

`parse_file` picks the reader from the file's suffix (.pdf, .docx, .md/.markdown,
.txt) and turns every way a file can be unusable into `ImportFailed` with one
line that tells the user what is wrong and what to do. `parse_text` parses text
that is already in memory (e.g. pasted) with the plain-text engine.

Storing the result is `library.imports`' job, not this package's.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import Path

from fieldguide.i18n import _

from .model import (
    ImportFailed,
    ParsedChecklist,
    ParsedChecklistItem,
    ParsedDocument,
    ParsedSection,
)
from .text import parse_text

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ImportFailed",
    "ParsedChecklist",
    "ParsedChecklistItem",
    "ParsedDocument",
    "ParsedSection",
    "parse_file",
    "parse_text",
]

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".md", ".markdown", ".txt")
# Text files larger than this are almost certainly not a guidance document.
_MAX_BYTES = 200 * 1024 * 1024
_BINARY_SHARE = 0.02


def parse_file(path: Path) -> ParsedDocument:
    """Parse a PDF, Word, Markdown or plain-text file into sections and checklists."""
    path = Path(path)
    name = path.name or str(path)
    reader = _reader_for(path.suffix.lower(), name)
    data = _read_bytes(path, name)
    if not data.strip():
        raise ImportFailed(_("“%s” is empty; check that you picked the right file.") % (name,))
    try:
        return reader(data, name)
    except ImportFailed:
        raise
    except RecursionError as exc:
        raise ImportFailed(
            _("“%s” is too deeply nested to read; save a simpler copy and import that.") % (name,)
        ) from exc
    except MemoryError as exc:
        raise ImportFailed(_("“%s” is too large to import on this computer.") % (name,)) from exc
    except Exception as exc:  # the user gets one line, never a traceback
        raise ImportFailed(
            _(
                "“%s” could not be imported (%s); it may be damaged. Save a new copy from the "
                "application that made it and try again."
            ) % (name, type(exc).__name__)
        ) from exc


def _reader_for(suffix: str, name: str) -> Callable[[bytes, str], ParsedDocument]:
    if suffix == ".pdf":
        from .pdf import parse_pdf

        return parse_pdf
    if suffix == ".docx":
        from .docx import parse_docx

        return parse_docx
    if suffix in (".md", ".markdown"):
        from .markdown import parse_markdown

        return lambda data, name: parse_markdown(decode_text(data, name), name)
    if suffix == ".txt":
        return lambda data, name: parse_text(decode_text(data, name), name=name)
    kind = f"a {suffix} file" if suffix else "a file without an extension"
    hint = " (save it as .docx first)" if suffix in (".doc", ".rtf", ".odt", ".pages") else ""
    raise ImportFailed(
        _(
            "“%s” is %s, which cannot be imported%s; use a PDF, Word (.docx), Markdown (.md) "
            "or plain-text (.txt) file."
        ) % (name, kind, hint)
    )


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise ImportFailed(_("“%s” is too large to import (over 200 MB).") % (name,))
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportFailed(_("“%s” was not found; check that the file still exists.") % (name,)) from exc
    except IsADirectoryError as exc:
        raise ImportFailed(_("“%s” is a folder; pick a file inside it instead.") % (name,)) from exc
    except PermissionError as exc:
        raise ImportFailed(
            _(
                "“%s” cannot be opened: permission denied. Copy it somewhere you can read and "
                "try again."
            ) % (name,)
        ) from exc
    except OSError as exc:
        raise ImportFailed(_("“%s” cannot be read (%s).") % (name, exc.strerror or exc)) from exc


def decode_text(data: bytes, name: str) -> str:
    """Bytes of a text file → str, refusing files that are not text at all."""
    text = _decode(data)
    if text is None or _looks_binary(text):
        raise ImportFailed(
            _(
                "“%s” does not contain readable text (it looks like a binary file); import the "
                "original PDF or Word file instead."
            ) % (name,)
        )
    return text


def _decode(data: bytes) -> str | None:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                return None
    if b"\x00" in data:
        return None  # text files without a byte-order mark never contain NUL
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _looks_binary(text: str) -> bool:
    if not text.strip():
        return False
    control = len(re.findall(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]", text))
    return control > _BINARY_SHARE * len(text)
