"""Write small PDFs set the way real guidance is set: sizes, bold and italic, page furniture.

Tests describe each page as a list of `Line`s (text, size, style); the helper stacks them
top to bottom with a line gap that follows the size, as a word processor would.
"""

from __future__ import annotations

from dataclasses import dataclass

_FONTS = {
    "regular": b"Helvetica",
    "bold": b"Helvetica-Bold",
    "italic": b"Helvetica-Oblique",
}


@dataclass(frozen=True)
class Line:
    text: str
    size: float = 10.5
    style: str = "regular"  # regular | bold | italic
    indent: float = 0.0
    gap_before: float = 0.0


def body(text: str) -> Line:
    return Line(text)


def bold(text: str, size: float = 10.5, gap: float = 6.0) -> Line:
    return Line(text, size=size, style="bold", gap_before=gap)


def heading(text: str, size: float = 14.0) -> Line:
    return Line(text, size=size, style="bold", gap_before=10.0)


def italic(text: str, size: float = 10.5) -> Line:
    return Line(text, size=size, style="italic", gap_before=6.0)


def bullet(text: str) -> Line:
    return Line("\u2022 " + text, indent=12.0)


def _escape(text: str) -> bytes:
    return (
        text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    )


def make_styled_pdf(
    pages: list[list[Line]],
    *,
    title: str | None = None,
    header: str | None = None,
) -> bytes:
    """A valid PDF: each page's lines from the top; an optional running header and page number."""
    objects: list[bytes] = [b"", b""]
    font_ids: dict[str, int] = {}
    for style, base in _FONTS.items():
        objects.append(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base
        )
        font_ids[style] = len(objects)
    fonts = b" ".join(b"/F%d %d 0 R" % (n, n) for n in font_ids.values())
    kids: list[int] = []
    for number, lines in enumerate(pages, start=1):
        ops: list[bytes] = []
        if header:
            ops.append(b"BT /F%d 8 Tf 72 800 Td (%s) Tj ET" % (font_ids["regular"], _escape(header)))
        y = 760.0
        for line in lines:
            y -= line.gap_before + line.size * 1.3
            ops.append(
                b"BT /F%d %.1f Tf %.1f %.1f Td (%s) Tj ET"
                % (font_ids[line.style], line.size, 72 + line.indent, y, _escape(line.text))
            )
        ops.append(b"BT /F%d 8 Tf 300 40 Td (%d) Tj ET" % (font_ids["regular"], number))
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << %s >> >> /Contents %d 0 R >>" % (fonts, content)
        )
        kids.append(len(objects))
    return serialise_pdf(objects, kids, title)


def serialise_pdf(objects: list[bytes], kids: list[int], title: str | None) -> bytes:
    """Objects 3… (fonts, contents, pages) → a PDF file; objects 1 and 2 are made here."""
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )
    info = None
    if title:
        objects.append(b"<< /Title (%s) >>" % title.encode("latin-1"))
        info = len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n%s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)
