"""PDF → ParsedDocument: pypdf's text layer, one page at a time, into the text engine.

Pages are kept apart so that the engine can recognise what repeats at the top
and bottom of pages (running headers, footers, page numbers) and where footnotes
sit (at the end of a page).
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PyPdfError

from .model import ImportFailed, ParsedDocument
from .text import parse_pages

# A page of a scan may carry a page number or a stray mark in its text layer.
_MIN_LETTERS_PER_PAGE = 20


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs every repaired cross-reference; the user gets one clear line instead."""
    logger = logging.getLogger("pypdf")
    previous = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(previous)


def parse_pdf(data: bytes, name: str) -> ParsedDocument:
    with _quiet_pypdf():
        reader = _open(data, name)
        pages = _page_texts(reader, name)
        title = _metadata_title(reader)
    letters = sum(len(re.findall(r"[^\W\d_]", page)) for page in pages)
    if letters < _MIN_LETTERS_PER_PAGE * max(1, min(len(pages), 3)):
        raise ImportFailed(
            f"“{name}” has no text layer (it is probably a scan); run it through OCR first "
            "(text recognition in your scanner or PDF software) and import the result."
        )
    return parse_pages(pages, name=name, pages_known=True, metadata_title=title)


def _open(data: bytes, name: str) -> PdfReader:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ImportFailed(
            f"“{name}” is not a PDF file even though its name ends in .pdf; "
            "check that you picked the right file."
        )
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError, OSError) as exc:
        raise _damaged(name) from exc
    if encrypted:
        try:
            opened = reader.decrypt("")
        except (PyPdfError, NotImplementedError, ValueError, KeyError, TypeError) as exc:
            raise _protected(name) from exc
        if not opened:
            raise _protected(name)
    return reader


def _page_texts(reader: PdfReader, name: str) -> list[str]:
    try:
        pages = list(reader.pages)
    except FileNotDecryptedError as exc:
        raise _protected(name) from exc
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise _damaged(name) from exc
    if not pages:
        raise ImportFailed(f"“{name}” has no pages; it may be damaged or incomplete.")
    texts: list[str] = []
    for page in pages:
        try:
            texts.append(page.extract_text() or "")
        except FileNotDecryptedError as exc:
            raise _protected(name) from exc
        except Exception:  # one unreadable page must not sink the document
            texts.append("")
    return texts


def _metadata_title(reader: PdfReader) -> str | None:
    try:
        metadata = reader.metadata
        title = metadata.title if metadata else None
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return str(title).strip() if title else None


def _damaged(name: str) -> ImportFailed:
    return ImportFailed(
        f"“{name}” could not be read as a PDF; it may be damaged or incomplete. "
        "Open it in a PDF reader, save a new copy and import that."
    )


def _protected(name: str) -> ImportFailed:
    return ImportFailed(
        f"“{name}” is password-protected (encrypted); open it with its password, "
        "save a copy without protection and import that."
    )
