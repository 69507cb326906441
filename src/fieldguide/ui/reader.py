"""The reader: one section or checklist, rendered from Markdown with its source citation."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from fieldguide.library.catalog import ChecklistView, SectionView


class Reader(QWidget):
    link_activated = Signal(str)  # a content id from a `section:` link

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("reader")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.current_id: str | None = None
        self.show_welcome()

    def show_welcome(self) -> None:
        self.current_id = None
        self.browser.setHtml(
            "<h2>"
            + html.escape(self.tr("Field Guide"))
            + "</h2><p>"
            + html.escape(self.tr("Choose a section or a checklist in the library."))
            + "</p>"
        )

    def show_message(self, text: str) -> None:
        self.current_id = None
        self.browser.setHtml("<p>" + html.escape(text) + "</p>")

    def show_section(self, view: SectionView) -> None:
        self.current_id = view.id
        crumbs = " › ".join([view.document_title, *(title for _, title in view.breadcrumbs)])
        number = f"{view.number} " if view.number else ""
        markdown = f"*{crumbs}*\n\n# {number}{view.title}\n\n{view.body}\n\n---\n\n" + self.tr(
            "**Source:** %1"
        ).replace("%1", view.citation)
        self._render(markdown)

    def show_checklist(self, view: ChecklistView) -> None:
        self.current_id = view.id
        lines = [f"# {view.title}", ""]
        if view.description:
            lines += [view.description, ""]
        group = None
        for item in view.items:
            if item.retired:
                continue
            if item.group and item.group != group:
                lines += ["", f"## {item.group}", ""]
                group = item.group
            lines.append(f"1. {item.text}  \n   *{item.source}*")
        if view.source:
            lines += ["", "---", "", self.tr("**Source:** %1").replace("%1", view.source)]
        self._render("\n".join(lines))

    def text(self) -> str:
        return self.browser.toPlainText()

    def _render(self, markdown: str) -> None:
        self.browser.document().setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self.browser.verticalScrollBar().setValue(0)

    def _on_link(self, url: object) -> None:
        target = url.toString()  # type: ignore[attr-defined]
        if target.startswith("section:"):
            self.link_activated.emit(target.removeprefix("section:"))
