"""PDF → ParsedDocument: PDFium's lines with their styles, the outline, then the text engine.

The stages: open and check the file (here), read each page's printed lines with
their size, weight and position (pdf_lines.py), find the structure from the
bookmarks or the layout and drop page furniture (pdf_layout.py), then read
paragraphs, lists and footnotes with the text rules (text.py) and assemble the
sections and checklists (assemble.py).
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from fieldguide.courtesy import let_others_run
from fieldguide.i18n import _

from .model import ImportFailed, ParsedDocument
from .pdf_layout import Layout, OutlineEntry, lay_out
from .pdf_lines import PdfLine, new_styles, read_lines
from .text import _Line, parse_laid_out, parse_pages

# A page of a scan may carry a page number or a stray mark in its text layer.
_MIN_LETTERS_PER_PAGE = 20
# Broken glyph maps and OCR noise print words no language has: a letter three times
# in a row ("ووو"), private-use or replacement characters.
_GARBAGE_WORD = re.compile(r"([^\W\d_])\1\1|[\ue000-\uf8ff\ufffd]")
_GARBAGE_SHARE = 0.08
_MAX_OUTLINE = 5000


def parse_pdf(data: bytes, name: str) -> ParsedDocument:
    document = _open(data, name)
    try:
        pages = _read_pages(document, name)
        outline = _outline(document)
        metadata_title = _metadata_title(document)
    finally:
        document.close()
    _check_text_layer(pages, name)
    layout = lay_out(pages, outline)
    if not layout.has_structure:
        # Every line in one style: the text rules find the headings, as in plain text.
        chosen = _choose_title(layout, metadata_title)
        return parse_pages(layout.page_texts or [], name=name, pages_known=True,
                           metadata_title=chosen if _sensible_title(chosen) else None)
    return parse_laid_out(
        _engine_lines(layout),
        name=name,
        title=_choose_title(layout, metadata_title),
        metadata_title=metadata_title if _sensible_title(metadata_title) else None,
    )


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ImportFailed(
            _(
                "“%s” is not a PDF file even though its name ends in .pdf; check that you picked "
                "the right file."
            ) % (name,)
        )
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise _protected(name) from exc
        raise _damaged(name) from exc


def _read_pages(document: pdfium.PdfDocument, name: str) -> list[list[PdfLine]]:
    count = len(document)
    if count == 0:
        raise ImportFailed(_("“%s” has no pages; it may be damaged or incomplete.") % (name,))
    styles = new_styles()
    pages: list[list[PdfLine]] = []
    for index in range(count):
        let_others_run()  # a page at a time, the window's keystrokes get through
        try:
            pages.append(read_lines(document, index, styles))
        except pdfium.PdfiumError:
            pages.append([])  # one unreadable page must not sink the document
    return pages


def _check_text_layer(pages: list[list[PdfLine]], name: str) -> None:
    # Thirty pages spread over the document tell as much as all of them.
    step = max(1, len(pages) // 30)
    text = " ".join(line.text for page in pages[::step] for line in page)
    letters = len(re.findall(r"[^\W\d_]", text))
    if letters < _MIN_LETTERS_PER_PAGE * max(1, min(len(pages[::step]), 3)):
        raise ImportFailed(
            _(
                "“%s” has no text layer (it is probably a scan); run it through OCR first (text "
                "recognition in your scanner or PDF software) and import the result."
            ) % (name,)
        )
    words = [w for w in re.findall(r"[^\W\d_]{2,}", text) if not _is_numeral_or_code(w)]
    bad = sum(1 for w in words if _GARBAGE_WORD.search(w))
    if words and bad > _GARBAGE_SHARE * len(words):
        raise ImportFailed(
            _(
                "“%s” has a damaged text layer (its letters come out garbled); export it again "
                "from the application that made it, or run it through OCR, and import the result."
            ) % (name,)
        )


def _is_numeral_or_code(word: str) -> bool:
    """'III', 'xviii', 'www', 'RRR': capitals and numerals legitimately repeat letters."""
    return word.isupper() or bool(re.fullmatch(r"[ivxlcdm]+|w{3}", word))


def _outline(document: pdfium.PdfDocument) -> list[OutlineEntry]:
    entries: list[OutlineEntry] = []
    try:
        for bookmark in document.get_toc(max_depth=8):
            title = (bookmark.get_title() or "").strip()
            if not title:
                continue
            page: int | None = None
            top: float | None = None
            dest = bookmark.get_dest()
            if dest is not None:
                index = dest.get_index()
                page = index if index is not None and index >= 0 else None
                top = _dest_top(document, dest, page)
            entries.append(OutlineEntry(re.sub(r"\s+", " ", title), bookmark.level + 1, page, top))
            if len(entries) >= _MAX_OUTLINE:
                break
    except (pdfium.PdfiumError, ValueError, RecursionError):
        return []
    return entries


def _dest_top(document: pdfium.PdfDocument, dest: pdfium.PdfDest, page: int | None) -> float | None:
    if page is None:
        return None
    try:
        mode, values = dest.get_view()
    except (pdfium.PdfiumError, ValueError):
        return None
    # XYZ (1) and FitH/FitBH (2, 6) carry the top of the view in PDF units from the bottom.
    position = {1: 1, 2: 0, 6: 0}.get(mode)
    if position is None or len(values) <= position or not values[position]:
        return None
    height = document.get_page_size(page)[1]
    return float(height - values[position])


def _metadata_title(document: pdfium.PdfDocument) -> str | None:
    """The Title entry, or the Subject when the Title is a code ("2.3.59 (Rev 12/22)")."""
    try:
        title = (document.get_metadata_value("Title") or "").strip()
        subject = (document.get_metadata_value("Subject") or "").strip()
    except (pdfium.PdfiumError, KeyError, ValueError):
        return None
    if _sensible_title(title) or not _sensible_title(subject):
        return title or None
    code = re.match(r"^\d+(?:\.\d+)+\b", title)
    return f"{code.group(0)} {subject}" if code else subject


def _sensible_title(title: str | None) -> bool:
    """Metadata titles are often a file name, an application's default or a job number."""
    if not title:
        return False
    cleaned = title.strip()
    low = cleaned.lower()
    if re.search(r"\.(docx?|pdf|indd|txt|rtf|pptx?|xlsx?)$|^microsoft (word|powerpoint)|"
                 r"^untitled|^powerpoint presentation$|^slide \d+$|^document\d*$", low):
        return False
    words = re.findall(r"[^\W\d_]{2,}", cleaned)
    return len(words) >= 2 and len("".join(words)) >= 0.6 * len(re.sub(r"\s", "", cleaned))


def _choose_title(layout: Layout, metadata_title: str | None) -> str | None:
    # One word ("MANUAL", "REPORT") names a kind of document, not this one.
    if layout.title and len(re.findall(r"[^\W\d_]{2,}", layout.title)) >= 2:
        return layout.title[:300]
    if _sensible_title(metadata_title):
        return metadata_title
    return layout.title


def _engine_lines(layout: Layout) -> list[_Line]:
    return [
        _Line(
            line.text,
            indent=line.indent,
            blank_before=line.blank_before,
            raw=line.text,
            page_start=line.page_start,
            page_end=line.page_end,
            heading=line.heading,
        )
        for line in layout.lines
    ]


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
