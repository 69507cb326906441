"""A search hit in the result panel: its kind's label, its snippet, and how it is drawn.

The labels are in the context `SearchPopup`, where the panel (search_popup.py) shows them.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from fieldguide.library.text_match import MATCH_END, MATCH_START
from fieldguide.ui.icons import mix
from fieldguide.ui.style import colors

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_label(hit: Any) -> str:
    """How a hit is labelled: Section, Checklist item, My note or Assessment note."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("SearchPopup", text)

    if hit.kind == "section":
        return tr("Section")
    if hit.kind == "item":
        return tr("Checklist item")
    if hit.target_kind == "assessment":
        return tr("Assessment note")
    return tr("My note")


def snippet_html(snippet: str, mark_color: str) -> str:
    """The snippet as safe HTML with its matched words in bold on a soft marker."""
    escaped = html.escape(snippet)
    return escaped.replace(MATCH_START, f'<b style="background-color:{mark_color}">').replace(
        MATCH_END, "</b>"
    )


class HitDelegate(QStyledItemDelegate):
    """Draws a hit in three lines: kind and title, where it is, and the snippet with the words marked."""

    PADDING = 10

    def _lines(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        return title, small, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title, small, body = self._lines(option)
        height = (
            QFontMetrics(title).lineSpacing()
            + QFontMetrics(small).lineSpacing()
            + 2 * QFontMetrics(body).lineSpacing()
            + 2 * self.PADDING
            + 6
        )
        return QSize(option.rect.width() or 400, height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return
        c = colors()  # the application's palette: style sheets can make the view's own transparent
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 2, -4, -2)
        if option.state & QStyle.StateFlag.State_Selected:
            path = QPainterPath()
            path.addRoundedRect(QRectF(rect), 6, 6)
            painter.fillPath(path, mix(c.base, c.accent, 0.16))
        title_font, small_font, body_font = self._lines(option)
        x = rect.left() + self.PADDING
        right = rect.right() - self.PADDING
        y = rect.top() + self.PADDING

        # Kind label as a small chip, then the title.
        label = kind_label(hit)
        painter.setFont(small_font)
        small_metrics = QFontMetrics(small_font)
        chip_width = small_metrics.horizontalAdvance(label) + 12
        title_metrics = QFontMetrics(title_font)
        chip = QRectF(
            x,
            y + (title_metrics.height() - small_metrics.height() - 2) / 2,
            chip_width,
            small_metrics.height() + 2,
        )
        if option.direction == Qt.LayoutDirection.RightToLeft:
            chip.moveRight(right)
        chip_path = QPainterPath()
        chip_path.addRoundedRect(chip, 4, 4)
        painter.fillPath(chip_path, c.chip)
        painter.setPen(c.text)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)

        painter.setFont(title_font)
        title_rect = QRect(x, y, right - x, title_metrics.height())
        if option.direction == Qt.LayoutDirection.RightToLeft:
            title_rect.setRight(int(chip.left()) - 8)
        else:
            title_rect.setLeft(int(chip.right()) + 8)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading),
            title_metrics.elidedText(
                " ".join(hit.title.split()), Qt.TextElideMode.ElideRight, title_rect.width()
            ),
        )
        y += title_metrics.lineSpacing()

        painter.setFont(small_font)
        painter.setPen(c.muted)
        where = hit.document or ""
        painter.drawText(
            QRect(x, y, right - x, small_metrics.height()),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading),
            small_metrics.elidedText(where, Qt.TextElideMode.ElideRight, right - x),
        )
        y += small_metrics.lineSpacing() + 4

        document = QTextDocument()
        document.setDefaultFont(body_font)
        document.setDocumentMargin(0)
        document.setTextWidth(right - x)
        document.setDefaultStyleSheet(f"body {{ color: {c.text.name()}; }}")
        document.setHtml(f"<body>{snippet_html(hit.snippet, c.match.name())}</body>")
        lines = 2 * QFontMetrics(body_font).lineSpacing()
        painter.translate(x, y)
        painter.setClipRect(QRectF(0, 0, right - x, lines))
        document.drawContents(painter, QRectF(0, 0, right - x, lines))
        painter.restore()
