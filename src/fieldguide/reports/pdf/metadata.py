"""The PDF's metadata: XMP and an Info dictionary Qt cannot write itself."""

from __future__ import annotations

import datetime as dt
import io
import re
from xml.sax.saxutils import escape

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from fieldguide import __version__
from fieldguide.reports.common import document_subject
from fieldguide.reports.model import Report


def _pdf_int(value: object) -> int:
    if not isinstance(value, int):
        raise ValueError("PDF from Qt has a malformed trailer")
    return int(value)


def xmp(report: Report, created: dt.datetime) -> bytes:
    """XMP metadata matching the Info dictionary (Qt's own lacks the subject)."""
    stamp = created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    authors = "".join(f"<rdf:li>{escape(name)}</rdf:li>" for name in (report.assessors or ["Field Guide"]))
    return (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(report.title)}</rdf:li>'
        "</rdf:Alt></dc:title>"
        f"<dc:creator><rdf:Seq>{authors}</rdf:Seq></dc:creator>"
        '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
        f"{escape(document_subject(report))}</rdf:li></rdf:Alt></dc:description>"
        f"<xmp:CreatorTool>Field Guide {escape(__version__)}</xmp:CreatorTool>"
        f"<xmp:CreateDate>{stamp}</xmp:CreateDate><xmp:ModifyDate>{stamp}</xmp:ModifyDate>"
        "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    ).encode()


def pdf_date(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("D:%Y%m%d%H%M%SZ")


def update_info(data: bytes, info: dict[str, str]) -> bytes:
    """Rewrite the Info dictionary as an incremental update.

    Qt cannot set a subject. Appending a new version of the Info object (PDF
    incremental update) leaves every byte Qt wrote untouched, so the embedded
    fonts and page content cannot be disturbed, and costs nothing on a long
    report.
    """
    reader = PdfReader(io.BytesIO(data))
    trailer = reader.trailer
    root = trailer.raw_get("/Root")
    info_ref = trailer.raw_get("/Info")
    if not isinstance(root, IndirectObject):
        raise ValueError("PDF from Qt has no document catalogue")
    matches = list(re.finditer(rb"startxref\s+(\d+)", data[-1024:]))
    if not matches:
        raise ValueError("PDF from Qt has no cross-reference table")
    previous = int(matches[-1].group(1))
    if isinstance(info_ref, IndirectObject):
        info_number, generation = info_ref.idnum, info_ref.generation
        size = _pdf_int(trailer["/Size"])
    else:
        info_number, generation = _pdf_int(trailer["/Size"]), 0
        size = info_number + 1

    out = io.BytesIO()
    out.write(data)
    if not data.endswith(b"\n"):
        out.write(b"\n")
    offset = out.tell()
    dictionary = DictionaryObject({NameObject(key): TextStringObject(value) for key, value in info.items()})
    out.write(f"{info_number} {generation} obj\n".encode())
    dictionary.write_to_stream(out)
    out.write(b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n{info_number} 1\n{offset:010d} {generation:05d} n \n".encode())
    new_trailer = DictionaryObject(
        {
            NameObject("/Size"): NumberObject(size),
            NameObject("/Root"): root,
            NameObject("/Info"): IndirectObject(info_number, generation, reader),
            NameObject("/Prev"): NumberObject(previous),
        }
    )
    identifier = trailer.get("/ID")
    if isinstance(identifier, ArrayObject):
        new_trailer[NameObject("/ID")] = identifier
    out.write(b"trailer\n")
    new_trailer.write_to_stream(out)
    out.write(f"\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()
