"""Assessment report as a Word document (python-docx), for advisers who edit
the report further in Word before it goes to the mission.

Same structure as the PDF, with real Word headings so the navigation pane and
a table of contents work. Markdown notes are parsed by Qt (QTextDocument,
QtGui only) so that bold, italics and lists mean the same as in the PDF.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from PySide6.QtGui import QFont, QTextDocument, QTextListFormat

from fieldguide.assessments.scales import QUESTION
from fieldguide.i18n import _
from fieldguide.reports import chart
from fieldguide.reports.common import (
    action_columns,
    action_rows,
    apply_options,
    checklist_columns,
    checklist_line,
    checklist_rows,
    classification_marking,
    cover_rows,
    document_author,
    document_subject,
    grouped_items,
    is_rtl,
    item_details,
    item_heading,
    item_source,
    kind_summaries,
    right_to_left,
    status_colours,
    status_label,
    summary_lead,
)
from fieldguide.reports.fonts import ensure_gui_application, register_fonts
from fieldguide.reports.model import Report, ReportChecklist, ReportItem

INK = RGBColor(0x1F, 0x29, 0x33)
MUTED = RGBColor(0x5F, 0x6B, 0x7A)
ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
MARKING = RGBColor(0xA3, 0x32, 0x2B)
TABLE_HEAD_FILL = "F1F3F6"

# Same rule as the PDF: raw HTML in a note is text, never markup.
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)
NUMBERED_LISTS = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}


def _hex(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def _set_rtl(paragraph: Paragraph) -> None:
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


def _shade(element: BaseOxmlElement, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    element.append(shading)


def _add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> Run:
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


def _mirror_in_rtl(table: Table) -> None:
    """In an Arabic report, Word lays the table out from the right: the first column at the right."""
    if right_to_left():
        table._tbl.tblPr.append(OxmlElement("w:bidiVisual"))


def _repeat_header_row(table: Table) -> None:
    properties = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


class _DocxBuilder:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.doc: DocxDocument = Document()
        self._style()

    def _style(self) -> None:
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.size = Pt(10)
        normal.font.color.rgb = INK
        normal.paragraph_format.space_after = Pt(4)
        for name, size in (("Heading 1", 16), ("Heading 2", 12.5), ("Heading 3", 10.5)):
            style = styles[name]
            style.font.size = Pt(size)
            style.font.color.rgb = ACCENT if name != "Heading 3" else INK
            style.font.bold = True
        styles["Title"].font.color.rgb = ACCENT

        section = self.doc.sections[0]
        if self.report.options.paper.lower() == "letter":
            section.page_width, section.page_height = Mm(215.9), Mm(279.4)
        else:
            section.page_width, section.page_height = Mm(210), Mm(297)
        section.orientation = WD_ORIENT.PORTRAIT
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.4)

    # -- furniture ----------------------------------------------------------

    def furniture(self) -> None:
        """Classification in every section's header and footer; page numbers."""
        marking = classification_marking(self.report.classification)
        colour = MUTED if self.report.classification == "unclassified" else MARKING
        for section in self.doc.sections:
            header = section.header.paragraphs[0]
            header.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = header.add_run(marking)
            run.bold = True
            run.font.size = Pt(8)
            run.font.color.rgb = colour

            footer = section.footer.paragraphs[0]
            footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = footer.add_run(marking)
            run.bold = True
            run.font.size = Pt(8)
            run.font.color.rgb = colour
            pages = section.footer.add_paragraph()
            pages.alignment = WD_ALIGN_PARAGRAPH.CENTER
            # "Page %s of %s" in the report's language, its two numbers as Word fields.
            before, middle, after = [*_("Page %s of %s").split("%s"), "", "", ""][:3]
            pages.add_run(before)
            _add_field(pages, "PAGE")
            pages.add_run(middle)
            _add_field(pages, "NUMPAGES")
            pages.add_run(after)
            if right_to_left():
                _set_rtl(pages)
            for run in pages.runs:
                run.font.size = Pt(8)
                run.font.color.rgb = MUTED

    # -- primitives ---------------------------------------------------------

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
            _set_rtl(paragraph)
        if text:
            run = paragraph.add_run(text)
            run.bold = bold or None
            run.italic = italic or None
            if size:
                run.font.size = Pt(size)
            if colour is not None:
                run.font.color.rgb = colour
        if is_rtl(text):
            _set_rtl(paragraph)
        return paragraph

    def heading(self, text: str, level: int, *, page_break: bool = False) -> Paragraph:
        heading: Paragraph = self.doc.add_heading(text, level=level)
        heading.paragraph_format.page_break_before = page_break or None
        if is_rtl(text):
            _set_rtl(heading)
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
        _mirror_in_rtl(table)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for column, title in enumerate(headers):
            cell = table.rows[0].cells[column]
            cell.text = ""
            run = cell.paragraphs[0].add_run(title.upper())
            if right_to_left():
                _set_rtl(cell.paragraphs[0])
            run.bold = True
            run.font.size = Pt(7.5)
            run.font.color.rgb = MUTED
            _shade(cell._tc.get_or_add_tcPr(), TABLE_HEAD_FILL)
        for row_index, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                cell = table.rows[row_index].cells[column]
                paragraph = cell.paragraphs[0]
                run = paragraph.add_run(value)
                run.font.size = Pt(9)
                if column in numeric:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if is_rtl(value):
                    _set_rtl(paragraph)
        for row in table.rows:
            for column, width in enumerate(widths_cm):
                row.cells[column].width = Cm(width)
        _repeat_header_row(table)
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
                _set_rtl(paragraph)
            block = block.next()

    # -- sections -----------------------------------------------------------

    def build(self) -> DocxDocument:
        self.cover()
        self.executive_summary()
        self.actions()
        for checklist in self.report.checklists:
            self.checklist(checklist)
        self.furniture()
        self.properties()
        return self.doc

    def properties(self) -> None:
        report = self.report
        core = self.doc.core_properties
        core.title = report.title
        core.author = document_author(report)
        core.subject = document_subject(report)
        core.keywords = classification_marking(report.classification)
        core.category = _("Assessment report")
        core.comments = _("Exported from Field Guide")
        created = report.exported_at
        if created.tzinfo is not None:
            created = created.astimezone(dt.UTC).replace(tzinfo=None)
        core.created = created
        core.modified = created
        core.last_modified_by = document_author(report)

    def cover(self) -> None:
        report = self.report
        kicker = self.paragraph(_("Assessment report").upper(), size=8.5, bold=True, colour=ACCENT)
        kicker.paragraph_format.space_before = Pt(120)
        title = self.doc.add_paragraph(style="Title")
        title.add_run(report.title or _("Untitled assessment"))
        if is_rtl(report.title):
            _set_rtl(title)
        subtitle = " · ".join(part for part in (report.country, report.mission) if part)
        if subtitle:
            self.paragraph(subtitle, size=13, colour=MUTED)
        rows = cover_rows(report)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(12)
        table = self.doc.add_table(rows=len(rows), cols=2)
        _mirror_in_rtl(table)
        for index, (caption, value) in enumerate(rows):
            label, content = table.rows[index].cells
            if right_to_left():
                _set_rtl(label.paragraphs[0])
            run = label.paragraphs[0].add_run(caption.upper())
            run.bold = True
            run.font.size = Pt(7.5)
            run.font.color.rgb = MUTED
            content.paragraphs[0].add_run(value)
            if is_rtl(value):
                _set_rtl(content.paragraphs[0])
            label.width, content.width = Cm(4.5), Cm(12)
        if not report.options.include_notes:
            self.paragraph(
                _("Shareable summary: the advisers' notes and evidence are left out of this version."),
                size=9,
                italic=True,
                colour=MUTED,
            ).paragraph_format.space_before = Pt(12)
        if report.options.skip_unassessed:
            self.paragraph(_("Items not yet assessed are left out."), size=9, italic=True, colour=MUTED)
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def executive_summary(self) -> None:
        report = self.report
        self.heading(_("Executive summary"), 1)
        self.paragraph(summary_lead(report))
        for line in kind_summaries(report):
            self.paragraph(line)
        if report.items():
            self.doc.add_picture(io.BytesIO(chart.status_chart_png(report.counts())), width=Cm(15.5))
        if report.checklists:
            self.heading(_("By checklist"), 2)
            self.table(
                checklist_columns(), checklist_rows(report), [7, 1.6, 1.9, 1.6, 1.6], numeric={1, 2, 3, 4}
            )
        if report.summary.strip():
            self.heading(_("Assessment summary"), 2)
            self.markdown(report.summary)

    def actions(self) -> None:
        actions = self.report.actions
        self.heading(_("Follow-up actions"), 1)
        if not actions:
            self.paragraph(_("No follow-up actions were recorded."), italic=True, colour=MUTED)
            return
        rows = action_rows(self.report)
        self.table(
            action_columns(),
            rows,
            [0.8, 5.6, 4.2, 2.6, 2.0, 1.4],
            numeric={0},
        )

    def checklist(self, checklist: ReportChecklist) -> None:
        self.heading(checklist.title, 1, page_break=True)
        if not checklist.items:
            self.paragraph(_("No items in this checklist."), italic=True, colour=MUTED)
            return
        self.paragraph(checklist_line(checklist), size=8.5, colour=MUTED)
        for group, items in grouped_items(checklist.items):
            if group:
                self.heading(group, 2)
            for item in items:
                self.item(item)

    def item(self, item: ReportItem) -> None:
        title = self.heading(item_heading(item), 3)
        title.paragraph_format.keep_with_next = True
        meta = self.doc.add_paragraph()
        meta.paragraph_format.keep_with_next = bool(item.note.strip() or item.evidence.strip())
        foreground, background = status_colours(item.status)
        pill = meta.add_run(f"\u00a0{status_label(item.status, item.kind).upper()}\u00a0")
        pill.bold = True
        pill.font.size = Pt(7.5)
        pill.font.color.rgb = _hex(foreground)
        _shade(pill._r.get_or_add_rPr(), background.lstrip("#").upper())
        details = item_details(item)
        if details:
            rest = meta.add_run("  " + "  ·  ".join(details))
            rest.font.size = Pt(8.5)
            rest.font.color.rgb = MUTED
        if item.note.strip():
            self.caption(_("Answer") if item.kind == QUESTION else _("Note"))
            self.markdown(item.note)
        if item.evidence.strip():
            self.caption(_("Evidence"))
            for line in item.evidence.strip().splitlines():
                if line.strip():
                    self.paragraph(line.strip())
        source = item_source(item)
        if source:
            self.paragraph(source, size=8, italic=True, colour=MUTED)


def render_docx(report: Report, path: Path) -> None:
    """Write the report as a .docx file to `path`."""
    ensure_gui_application()
    register_fonts()
    document = _DocxBuilder(apply_options(report)).build()
    document.save(str(path))
