"""Assessment report as PDF, laid out with QTextDocument and painted page by page.

QtGui only (QPdfWriter, QTextDocument, QPainter), never QtWidgets, so it runs
headless under QT_QPA_PLATFORM=offscreen in tests, CI and worker processes.

The stages live in `reports/pdf/`: `sections` writes the report into one
QTextDocument (with `blocks`' primitives and `style`'s formats), `paginate`
fits it to the page and keeps headings with what follows, `paint` draws what
Qt's text layout cannot (pills, rules, the chart, headers and footers with
"Page N of M") and `metadata` completes the PDF's Info and XMP. This module
runs them in order.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPageLayout,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from fieldguide import __version__
from fieldguide.reports.common import apply_options, document_author, document_subject
from fieldguide.reports.fonts import ensure_gui_application, register_fonts, report_font
from fieldguide.reports.model import Report
from fieldguide.reports.pdf.metadata import pdf_date, update_info, xmp
from fieldguide.reports.pdf.paginate import keep_with_next, occupied_pages, page_geometry
from fieldguide.reports.pdf.paint import decorations, paint_furniture
from fieldguide.reports.pdf.sections import ReportBuilder
from fieldguide.reports.pdf.style import BODY_PT, DPI, INK


def render_pdf_bytes(report: Report) -> tuple[bytes, int]:
    """The report as PDF bytes, and its page count."""
    ensure_gui_application()
    register_fonts()
    shown = apply_options(report)
    page_size, page = page_geometry(shown.options.paper)

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            page_size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Point,
        )
    )
    created = shown.exported_at if shown.exported_at.tzinfo else shown.exported_at.replace(tzinfo=dt.UTC)
    writer.setTitle(shown.title)
    writer.setCreator(f"Field Guide {__version__}")
    if hasattr(writer, "setAuthor"):  # Qt 6.8+
        writer.setAuthor(document_author(shown))
    writer.setDocumentXmpMetadata(QByteArray(xmp(shown, created)))

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setUseDesignMetrics(True)
    document.setDefaultFont(report_font(BODY_PT))
    document.setPageSize(QSizeF(page.body.width(), page.body_height))
    layout = ReportBuilder(shown, document).build()
    keep_with_next(document, layout.keep_with_next, page.body_height)
    drawings = decorations(document, layout, page, shown.counts())
    pages = occupied_pages(document, page.body_height, set(drawings))
    total = len(pages)

    palette = QPalette()
    # The app may run in dark mode; paper is white whatever the desktop says.
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("Qt could not start writing the PDF")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for number, index in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            paint_furniture(painter, shown, page, number, total)
            painter.save()
            top = index * page.body_height
            painter.translate(page.body.left(), page.body.top() - top)
            clip = QRectF(0, top, page.body.width(), page.body_height)
            painter.setClipRect(clip)
            for draw in drawings.get(index, []):
                painter.save()
                draw(painter)
                painter.restore()
            context = QAbstractTextDocumentLayout.PaintContext()
            # Qt draws a line whose top lies exactly on the clip's bottom edge; such a line
            # belongs to the next page. Drawn here too it is clipped out of sight but stays in
            # the PDF's text layer (a phantom heading for search, copy and screen readers).
            context.clip = clip.adjusted(0, 0, 0, -0.1)
            context.palette = palette
            document.documentLayout().draw(painter, context)
            painter.restore()
    finally:
        painter.end()
    buffer.close()

    info = {
        "/Title": shown.title,
        "/Author": document_author(shown),
        "/Subject": document_subject(shown),
        "/Creator": f"Field Guide {__version__}",
        "/Producer": f"Field Guide {__version__} (Qt PDF writer, pypdf)",
        "/CreationDate": pdf_date(created),
        "/ModDate": pdf_date(created),
    }
    return update_info(bytes(buffer.data().data()), info), total


def render_pdf(report: Report, path: Path) -> int:
    """Write the report as PDF to `path`; return the number of pages."""
    data, pages = render_pdf_bytes(report)
    with open(path, "wb") as handle:
        handle.write(data)
    return pages
