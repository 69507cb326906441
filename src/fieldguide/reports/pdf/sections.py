"""What each part of the PDF report says: cover, summary, actions, checklists, items.

The words are the ones the Word report uses (`reports.common`); this module
only decides how they sit on the page.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor

from fieldguide.assessments.scales import QUESTION
from fieldguide.i18n import _
from fieldguide.reports.common import (
    action_columns,
    action_rows,
    checklist_columns,
    checklist_line,
    checklist_rows,
    classification_caption,
    cover_rows,
    grouped_items,
    item_details,
    item_heading,
    item_source,
    kind_summaries,
    status_colours,
    status_label,
    summary_lead,
)
from fieldguide.reports.model import ReportChecklist, ReportItem
from fieldguide.reports.pdf.blocks import DocumentWriter, Layout, Pill, Rule
from fieldguide.reports.pdf.style import (
    ACCENT,
    HAIRLINE,
    INK,
    MARKING_DEFAULT_COLOUR,
    MUTED,
    block_format,
    char_format,
    css,
)


class ReportBuilder(DocumentWriter):
    """Fills the document with the report, section by section."""

    def build(self) -> Layout:
        self.cover()
        self.executive_summary()
        self.actions()
        for checklist in self.report.checklists:
            self.checklist(checklist)
        return self.layout

    def cover(self) -> None:
        report = self.report
        # Qt drops the top margin of a document's first paragraph, so a
        # fixed-height empty line pushes the title block down the page.
        spacer = block_format(line_height=100)
        spacer.setLineHeight(css(118), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        self.block(spacer)
        self.text("\u00a0", char_format(4.0))
        number = self.paragraph(
            _("Assessment report"),
            char_format(8.5, bold=True, colour=ACCENT, spacing=112),
            bottom=10.0,
        )
        # Capitals come from the font, so copied text keeps the words as written.
        cursor = QTextCursor(self.doc.findBlockByNumber(number))
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        caps = QTextCharFormat()
        caps.setFontCapitalization(QFont.Capitalization.AllUppercase)
        cursor.mergeCharFormat(caps)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.paragraph(
            report.title or _("Untitled assessment"),
            bottom=10.0,
            line_height=112,
            size=25.0,
            bold=True,
            colour=ACCENT,
        )
        subtitle = " · ".join(part for part in (report.country, report.mission) if part)
        if subtitle:
            self.paragraph(subtitle, bottom=0.0, line_height=125, size=13.0, colour=MUTED)
        self.paragraph("\u00a0", char_format(4.0), top=26.0, bottom=0.0, line_height=100)

        rows: list[list[str]] = [[caption, value] for caption, value in cover_rows(report)]

        def style(row: int, column: int) -> QTextCharFormat | None:
            if column == 0:
                return char_format(7.4, bold=True, colour=MUTED, spacing=106)
            if rows[row][0] == classification_caption() and report.classification != "unclassified":
                return char_format(10.0, bold=True, colour=MARKING_DEFAULT_COLOUR)
            return char_format(10.0, rtl=self.is_rtl(rows[row][1]))

        self.table(
            [],
            [[caption.upper(), value] for caption, value in rows],
            [28, 72],
            cell_style=style,
            middle=True,
            flush_left=True,
        )

        notes: list[str] = []
        if not report.options.include_notes:
            notes.append(
                _("Shareable summary: the advisers' notes and evidence are left out of this version.")
            )
        if report.options.skip_unassessed:
            notes.append(_("Items not yet assessed are left out."))
        for index, note in enumerate(notes):
            self.paragraph(
                note, top=10.0 if index == 0 else 0.0, bottom=2.0, size=8.8, italic=True, colour=MUTED
            )

    def executive_summary(self) -> None:
        report = self.report
        self.heading1(_("Executive summary"), page_break=True)
        self.paragraph(summary_lead(report), bottom=4.0)
        for line in kind_summaries(report):
            self.paragraph(line, bottom=2.0)
        if report.items():
            self.chart()
        if report.checklists:
            self.heading2(_("By checklist"), top=8.0)
            self.table(
                checklist_columns(),
                checklist_rows(report),
                [48, 12, 14, 12, 14],
                numeric=frozenset(range(1, 5)),
            )
        if report.summary.strip():
            self.heading2(_("Assessment summary"))
            self.markdown(report.summary)

    def actions(self) -> None:
        actions = self.report.actions
        self.heading1(_("Follow-up actions"))
        if not actions:
            self.paragraph(_("No follow-up actions were recorded."), colour=MUTED, italic=True)
            return
        rows = action_rows(self.report)

        def style(row: int, column: int) -> QTextCharFormat | None:
            if column == 5:
                done = actions[row].done
                return char_format(8.6, bold=not done, colour=MUTED if done else INK)
            if column in (0, 2):
                return char_format(8.2, colour=MUTED, rtl=self.is_rtl(rows[row][column]))
            return None

        self.table(
            action_columns(),
            rows,
            [5, 35, 25, 14, 11, 10],
            cell_style=style,
        )

    def checklist(self, checklist: ReportChecklist) -> None:
        self.heading1(checklist.title, page_break=True)
        if not checklist.items:
            self.paragraph(_("No items in this checklist."), colour=MUTED, italic=True)
            return
        self.paragraph(checklist_line(checklist), size=8.5, colour=MUTED, bottom=4.0)
        for group, items in grouped_items(checklist.items):
            if group:
                self.heading2(group)
            for index, item in enumerate(items):
                self.item(item, first_in_group=index == 0)

    def item(self, item: ReportItem, *, first_in_group: bool) -> None:
        title = self.paragraph(
            item_heading(item), top=12.0, bottom=3.0, line_height=128, size=10.2, bold=True
        )
        if not first_in_group:
            self.layout.rules.append(Rule(title, HAIRLINE, 0.6, above=True, gap_pt=7.0))
        self.layout.keep_with_next.append(title)

        meta = self.block(block_format(bottom=2.0, line_height=150, rtl=self.rtl))
        start = self.cursor.positionInBlock()
        label = f"\u00a0{status_label(item.status, item.kind).upper()}\u00a0"
        foreground = status_colours(item.status)[0]
        self.text(label, char_format(6.8, bold=True, colour=foreground, spacing=106))
        self.layout.pills.append(Pill(meta, start, len(label), item.status))
        details = item_details(item)
        if details:
            self.text("\u2003" + "  ·  ".join(details), char_format(8.2, colour=MUTED))
        if item.note.strip() or item.evidence.strip():
            self.layout.keep_with_next.append(meta)

        if item.note.strip():
            self.label(_("Answer") if item.kind == QUESTION else _("Note"))
            self.markdown(item.note)
        if item.evidence.strip():
            self.label(_("Evidence"))
            self.plain_paragraphs(item.evidence)
        source = item_source(item)
        if source:
            self.paragraph(source, top=3.0, bottom=2.0, size=7.8, italic=True, colour=MUTED)
