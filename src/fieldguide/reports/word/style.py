"""The Word report's look: ink and accent colours, the Markdown Qt reads notes
with, and the document's styles and page geometry."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Mm, Pt, RGBColor
from PySide6.QtGui import QTextDocument, QTextListFormat

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


def apply_style(doc: DocxDocument, paper: str) -> None:
    """Type sizes and colours of the styles the report uses; A4 or Letter, portrait."""
    styles = doc.styles
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

    section = doc.sections[0]
    if paper.lower() == "letter":
        section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.orientation = WD_ORIENT.PORTRAIT
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.4)
