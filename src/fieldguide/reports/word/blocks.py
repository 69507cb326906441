"""Writing a report into a Word document: paragraphs, headings, captions, tables and
Markdown notes, each marked right to left where its text is.

`DocxWriter` holds the primitives; what each part of the report says is in
`sections.py`.
"""

from __future__ import annotations

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from PySide6.QtGui import QFont, QTextDocument

from fieldguide.reports.common import is_rtl, right_to_left
from fieldguide.reports.model import Report
from fieldguide.reports.word.ooxml import mirror_in_rtl, repeat_header_row, set_rtl, shade
from fieldguide.reports.word.style import (
    MARKDOWN_FEATURES,
    MUTED,
    NUMBERED_LISTS,
    TABLE_HEAD_FILL,
    apply_style,
)


class DocxWriter:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.doc: DocxDocument = Document()
        apply_style(self.doc, self.report.options.paper)

    def paragraph(
        self,
        text: str = "",
        *,
        size: float | None = None,
        bold: bool = False,
        italic: bool = False,
        colour: RGBColor | None = None,
        style: str | None = None,
    ) -> Paragraph:
        paragraph = self.doc.add_paragraph(style=style)
        if not text.strip() and right_to_left():
            set_rtl(paragraph)
        if text:
            run = paragraph.add_run(text)
            run.bold = bold or None
            run.italic = italic or None
            if size:
                run.font.size = Pt(size)
            if colour is not None:
                run.font.color.rgb = colour
        if is_rtl(text):
            set_rtl(paragraph)
        return paragraph

    def heading(self, text: str, level: int, *, page_break: bool = False) -> Paragraph:
        heading: Paragraph = self.doc.add_heading(text, level=level)
        heading.paragraph_format.page_break_before = page_break or None
        if is_rtl(text):
            set_rtl(heading)
        return heading

    def caption(self, text: str) -> None:
        paragraph = self.paragraph(text.upper(), size=7, bold=True, colour=MUTED)
        paragraph.paragraph_format.space_before = Pt(5)
        paragraph.paragraph_format.space_after = Pt(1)
        paragraph.paragraph_format.keep_with_next = True

    def table(
        self, headers: list[str], rows: list[list[str]], widths_cm: list[float], *, numeric: set[int]
    ) -> Table:
        table: Table = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        table.style = self.doc.styles["Table Grid"]
        mirror_in_rtl(table)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for column, title in enumerate(headers):
            cell = table.rows[0].cells[column]
            cell.text = ""
            run = cell.paragraphs[0].add_run(title.upper())
            if right_to_left():
                set_rtl(cell.paragraphs[0])
            run.bold = True
            run.font.size = Pt(7.5)
            run.font.color.rgb = MUTED
            shade(cell._tc.get_or_add_tcPr(), TABLE_HEAD_FILL)
        for row_index, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                cell = table.rows[row_index].cells[column]
                paragraph = cell.paragraphs[0]
                run = paragraph.add_run(value)
                run.font.size = Pt(9)
                if column in numeric:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if is_rtl(value):
                    set_rtl(paragraph)
        for row in table.rows:
            for column, width in enumerate(widths_cm):
                row.cells[column].width = Cm(width)
        repeat_header_row(table)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return table

    def markdown(self, source: str) -> None:
        """Markdown as Word paragraphs: lists as list styles, emphasis as runs."""
        scratch = QTextDocument()
        scratch.setMarkdown(source, MARKDOWN_FEATURES)
        block = scratch.begin()
        while block.isValid():
            text_list = block.textList()
            style = None
            if text_list is not None:
                numbered = text_list.format().style() in NUMBERED_LISTS
                style = "List Number" if numbered else "List Bullet"
            paragraph = self.doc.add_paragraph(style=style)
            heading = block.blockFormat().headingLevel() > 0
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid():
                    fmt = fragment.charFormat()
                    text = fragment.text().replace("\u2028", "\n")
                    if fmt.isImageFormat():
                        # Never fetch what a note points at; show the address.
                        text = f"[{fmt.toImageFormat().name()}]"
                    run = paragraph.add_run(text)
                    if heading or fmt.fontWeight() >= QFont.Weight.DemiBold.value:
                        run.bold = True
                    if fmt.fontItalic():
                        run.italic = True
                    if fmt.fontStrikeOut():
                        run.font.strike = True
                    if fmt.fontFixedPitch():
                        run.font.name = "Consolas"
                iterator += 1
            if is_rtl(block.text()):
                set_rtl(paragraph)
            block = block.next()
