"""Typography for the reader: Qt's Markdown import gives structure, this gives it a readable form.

QTextDocument ignores style sheets for Markdown, so the formats are set on the
document after import: heading sizes and spacing, a generous line height,
ruled tables, and the source citation in a box of its own.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QBrush,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
)

from fieldguide.ui.style import Colors

# Heading sizes relative to the body text, and the space above them in body lines.
HEADING_SCALE = {1: 1.6, 2: 1.3, 3: 1.13, 4: 1.04, 5: 1.0, 6: 1.0}
HEADING_SPACE_ABOVE = {1: 0.2, 2: 1.5, 3: 1.2, 4: 1.0, 5: 0.8, 6: 0.8}
BODY_LINE_HEIGHT = 140  # percent
TABLE_LINE_HEIGHT = 118
MEASURE_CHARS = 72  # a comfortable line length


def typeset(document: QTextDocument, size: float, colors: Colors) -> None:
    """Apply the reader's typography to a freshly imported document of body text `size` (points)."""
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        block_format = block.blockFormat()
        level = block_format.headingLevel()
        in_table = cursor.currentTable() is not None
        if level:
            _set_heading_type(block, size * HEADING_SCALE.get(level, 1.0), level)
            block_format.setTopMargin(size * HEADING_SPACE_ABOVE.get(level, 1.0) * 1.5)
            block_format.setBottomMargin(size * 0.6)
            block_format.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        elif in_table:
            block_format.setLineHeight(
                TABLE_LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
        else:
            block_format.setLineHeight(
                BODY_LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
            if block.textList() is None:
                block_format.setBottomMargin(size * 0.75)
            else:
                block_format.setBottomMargin(size * 0.3)
            if block_format.intProperty(QTextFormat.Property.BlockQuoteLevel) > 0:
                # Quotations carry the project's own synthesis (library.views.mark_synthesis): tinted,
                # so that nobody quotes them as the source's words.
                block_format.setBackground(QBrush(colors.panel))
                block_format.setBottomMargin(0)
                block_format.setLeftMargin(size * 1.2)
        cursor.setBlockFormat(block_format)
        block = block.next()
    for frame in _frames(document.rootFrame()):
        if isinstance(frame, QTextTable):
            _style_table(frame, size, colors)


def _set_heading_type(block: QTextBlock, points: float, level: int) -> None:
    # Qt's Markdown import sizes headings with FontSizeAdjustment, which wins over a point
    # size; it has to be cleared, not merged over.
    fragments = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            fragments.append((fragment.position(), fragment.length(), fragment.charFormat()))
        iterator += 1
    for position, length, char_format in fragments:
        char_format.clearProperty(QTextFormat.Property.FontSizeAdjustment)
        char_format.setFontPointSize(points)
        char_format.setFontWeight(QFont.Weight.DemiBold if level > 1 else QFont.Weight.Bold)
        cursor = QTextCursor(block.document())
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(char_format)


def _frames(frame: QTextFrame) -> list[QTextFrame]:
    found = []
    for child in frame.childFrames():
        found.append(child)
        found.extend(_frames(child))
    return found


def _style_table(table: QTextTable, size: float, colors: Colors) -> None:
    table_format = table.format()
    table_format.setBorder(1)
    table_format.setBorderBrush(QBrush(colors.border))
    table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    table_format.setBorderCollapse(True)
    table_format.setCellSpacing(0)
    table_format.setCellPadding(size * 0.45)
    table_format.setTopMargin(size * 0.3)
    table_format.setBottomMargin(size * 1.1)
    table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table.setFormat(table_format)
    header = QTextCharFormat()
    header.setFontWeight(QFont.Weight.DemiBold)
    for column in range(table.columns()):
        cell = table.cellAt(0, column)
        cell_format = cell.format().toTableCellFormat()
        cell_format.setBackground(QBrush(colors.panel))
        cell.setFormat(cell_format)
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(header)


def append_source_box(document: QTextDocument, label: str, citation: str, size: float, colors: Colors) -> int:
    """Set the citation apart at the end, in a tinted box; returns where the body ends."""
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body_end = cursor.position()
    frame_format = QTextFrameFormat()
    frame_format.setBackground(QBrush(colors.panel))
    frame_format.setBorder(1)
    frame_format.setBorderBrush(QBrush(colors.border))
    frame_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    frame_format.setPadding(size * 0.9)
    frame_format.setTopMargin(size * 1.2)
    frame_format.setBottomMargin(size)
    cursor.insertFrame(frame_format)
    label_format = QTextCharFormat()
    label_format.setFontWeight(QFont.Weight.DemiBold)
    label_format.setFontPointSize(size * 0.85)
    label_format.setForeground(QBrush(colors.muted))
    label_format.setFontCapitalization(QFont.Capitalization.AllUppercase)
    label_format.setFontLetterSpacing(106)
    block_format = QTextBlockFormat()
    block_format.setBottomMargin(size * 0.25)
    cursor.setBlockFormat(block_format)
    cursor.insertText(label, label_format)
    text_format = QTextCharFormat()
    text_format.setFontPointSize(size * 0.93)
    text_block = QTextBlockFormat()
    text_block.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.insertBlock(text_block, text_format)
    cursor.insertText(citation, text_format)
    return body_end
