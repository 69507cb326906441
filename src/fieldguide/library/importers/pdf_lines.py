"""PDF pages → printed lines with their type size, weight and position (PDFium).

PDFium (through pypdfium2, Apache-2.0/BSD) was chosen over pypdf's visitor functions
and pdfminer.six on measured results (docs/decisions.md, "Importer"): it reads the
400-page manual in a tenth of a second, keeps words whole where pypdf splits them,
and reports each character's font size, weight and box, which is what headings are
recognised by.

Only the first, middle and last character of a line are asked for their style:
a heading is set in one style from end to end, and three lookups a line keep the
cost linear in the text and small.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# PDFium marks a hyphen it found at a line break with U+FFFE (or U+0002) and then
# joins the two lines; splitting there again lets the text engine decide, from the
# document's own vocabulary, whether the hyphen was a real one.
_BREAK_HYPHENS = ("\ufffe", "\x02")
_BOLD_WEIGHT = 600
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
_ITALIC_NAMES = ("italic", "oblique")


@dataclass
class PdfLine:
    text: str
    page: int  # 0-based
    x: float  # left edge, points from the page's left
    top: float  # points from the page's top (grows downwards)
    size: float  # font size in points
    bold: bool  # the whole line is bold
    italic: bool  # the whole line is italic
    right: float = 0.0  # right edge
    page_height: float = 792.0
    page_width: float = 612.0
    hyphen_after: bool = False  # PDFium found a line-break hyphen at the end of this line


class _Styles:
    """Font name, weight and size of a character, with the name buffer reused."""

    def __init__(self) -> None:
        self._buffer = ctypes.create_string_buffer(256)
        self._flags = ctypes.c_int()

    def of(self, textpage: pdfium_c.FPDF_TEXTPAGE, index: int) -> tuple[float, bool, bool]:
        size = float(pdfium_c.FPDFText_GetFontSize(textpage, index))
        length = pdfium_c.FPDFText_GetFontInfo(textpage, index, self._buffer, 256, self._flags)
        name = self._buffer.value.decode("latin-1", "replace").lower() if length else ""
        weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
        bold = weight >= _BOLD_WEIGHT or any(word in name for word in _BOLD_NAMES)
        italic = any(word in name for word in _ITALIC_NAMES) or bool(self._flags.value & 0x40)
        return size, bold, italic


def read_lines(document: pdfium.PdfDocument, page_index: int, styles: _Styles) -> list[PdfLine]:
    """The text lines of one page, in PDFium's reading order."""
    page = document[page_index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            return _lines_of(textpage, page_index, width, height, styles)
        finally:
            textpage.close()
    finally:
        page.close()


def _lines_of(
    textpage: pdfium.PdfTextPage, page_index: int, width: float, height: float, styles: _Styles
) -> list[PdfLine]:
    raw = textpage.raw
    text = textpage.get_text_range()
    count = pdfium_c.FPDFText_CountChars(raw)
    # get_text_range maps one character to one index, except where PDFium drops a
    # character; then positions are only approximate and the style is read per line.
    aligned = len(text) == count
    out: list[PdfLine] = []
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    position = 0
    for physical in text.split("\r\n"):
        start = position
        position += len(physical) + 2
        pieces = _split_at_hyphens(physical)
        offset = start
        for piece, hyphen in pieces:
            piece_start = offset
            offset += len(piece) + 1
            stripped = piece.strip()
            if not stripped:
                continue
            first = piece_start + (len(piece) - len(piece.lstrip()))
            last = first + len(stripped) - 1
            if not aligned:
                first = min(first, count - 1)
                last = min(last, count - 1)
            if first < 0:
                continue
            size, bold, italic = styles.of(raw, first)
            if last != first and (bold or italic):  # a line that starts plain is not a heading
                _, bold_end, italic_end = styles.of(raw, last)
                middle = (first + last) // 2
                _, bold_mid, italic_mid = styles.of(raw, middle)
                bold = bold and bold_end and bold_mid
                italic = italic and italic_end and italic_mid
            pdfium_c.FPDFText_GetCharBox(raw, first, left, right, bottom, top)
            x, y_top = left.value, top.value
            pdfium_c.FPDFText_GetCharBox(raw, last, left, right, bottom, top)
            out.append(
                PdfLine(
                    text=stripped,
                    page=page_index,
                    x=x,
                    top=height - y_top,
                    size=round(size, 1),
                    bold=bold,
                    italic=italic,
                    right=right.value,
                    page_height=height,
                    page_width=width,
                    hyphen_after=hyphen,
                )
            )
    return out


def _split_at_hyphens(line: str) -> list[tuple[str, bool]]:
    """'ex\ufffeploitation' → [('ex', True), ('ploitation', False)]: the break PDFium joined."""
    if not any(mark in line for mark in _BREAK_HYPHENS):
        return [(line, False)]
    for mark in _BREAK_HYPHENS[1:]:
        line = line.replace(mark, _BREAK_HYPHENS[0])
    parts = line.split(_BREAK_HYPHENS[0])
    return [(part, i < len(parts) - 1) for i, part in enumerate(parts)]


def new_styles() -> _Styles:
    return _Styles()
