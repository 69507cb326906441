"""Word's XML where python-docx has no word for it: right-to-left paragraphs and
runs, cell and run shading, PAGE/NUMPAGES fields, mirrored tables, header rows
repeated on each page."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from fieldguide.reports.common import right_to_left


def hex_colour(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def set_rtl(paragraph: Paragraph) -> None:
    """Mark a paragraph and its runs right-to-left, as Word does for Arabic."""
    properties = paragraph._p.get_or_add_pPr()
    if properties.find(qn("w:bidi")) is None:
        bidi = OxmlElement("w:bidi")
        # w:bidi must come early in pPr; after pStyle/keepNext is accepted by Word.
        properties.insert(_ppr_index(properties), bidi)
    for run in paragraph.runs:
        _set_run_rtl(run)


def _ppr_index(properties: BaseOxmlElement) -> int:
    # Schema order puts bidi after these; inserting there keeps Word strict-valid.
    before = {
        qn(tag)
        for tag in (
            "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
            "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd",
            "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
            "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
        )
    }  # fmt: skip
    index = 0
    child: BaseOxmlElement
    for position, child in enumerate(properties):
        if child.tag in before:
            index = position + 1
    return index


def _set_run_rtl(run: Run) -> None:
    properties = run._r.get_or_add_rPr()
    if properties.find(qn("w:rtl")) is None:
        properties.append(OxmlElement("w:rtl"))


def shade(element: BaseOxmlElement, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    element.append(shading)


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> Run:
    """A Word field (PAGE, NUMPAGES); Word fills in the value when it lays out."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(separate)
    value = paragraph.add_run(placeholder)
    end_run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    end_run._r.append(end)
    return value


def mirror_in_rtl(table: Table) -> None:
    """In an Arabic report, Word lays the table out from the right: the first column at the right."""
    if right_to_left():
        table._tbl.tblPr.append(OxmlElement("w:bidiVisual"))


def repeat_header_row(table: Table) -> None:
    properties = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
