"""What each part of the Word report says: cover, executive summary, actions, one
heading per checklist and item, the classification in headers and footers, and
the document's properties."""

from __future__ import annotations

import datetime as dt
import io

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

from fieldguide.assessments.scales import QUESTION
from fieldguide.i18n import _
from fieldguide.reports import chart
from fieldguide.reports.common import (
    action_columns,
    action_rows,
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
from fieldguide.reports.model import ReportChecklist, ReportItem
from fieldguide.reports.word.blocks import DocxWriter
from fieldguide.reports.word.ooxml import add_field, hex_colour, mirror_in_rtl, set_rtl, shade
from fieldguide.reports.word.style import ACCENT, MARKING, MUTED


class ReportBuilder(DocxWriter):
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
            set_rtl(title)
        subtitle = " · ".join(part for part in (report.country, report.mission) if part)
        if subtitle:
            self.paragraph(subtitle, size=13, colour=MUTED)
        rows = cover_rows(report)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(12)
        table = self.doc.add_table(rows=len(rows), cols=2)
        mirror_in_rtl(table)
        for index, (caption, value) in enumerate(rows):
            label, content = table.rows[index].cells
            if right_to_left():
                set_rtl(label.paragraphs[0])
            run = label.paragraphs[0].add_run(caption.upper())
            run.bold = True
            run.font.size = Pt(7.5)
            run.font.color.rgb = MUTED
            content.paragraphs[0].add_run(value)
            if is_rtl(value):
                set_rtl(content.paragraphs[0])
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
        pill.font.color.rgb = hex_colour(foreground)
        shade(pill._r.get_or_add_rPr(), background.lstrip("#").upper())
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

    # -- furniture ----------------------------------------------------------

    def furniture(self) -> None:
        """Classification in every section's header and footer; page numbers."""
        marking = classification_marking(self.report.classification)
        colour = MUTED if self.report.classification == "unclassified" else MARKING
        for section in self.doc.sections:
            for edge in (section.header.paragraphs[0], section.footer.paragraphs[0]):
                edge.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = edge.add_run(marking)
                run.bold = True
                run.font.size = Pt(8)
                run.font.color.rgb = colour
            pages = section.footer.add_paragraph()
            pages.alignment = WD_ALIGN_PARAGRAPH.CENTER
            # "Page %s of %s" in the report's language, its two numbers as Word fields.
            before, middle, after = [*_("Page %s of %s").split("%s"), "", "", ""][:3]
            pages.add_run(before)
            add_field(pages, "PAGE")
            pages.add_run(middle)
            add_field(pages, "NUMPAGES")
            pages.add_run(after)
            if right_to_left():
                set_rtl(pages)
            for run in pages.runs:
                run.font.size = Pt(8)
                run.font.color.rgb = MUTED
