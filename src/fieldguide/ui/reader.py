"""The reader: one section or checklist, set for reading, with its source citation set apart.

Above the text a breadcrumb says where the section sits; below it, the
previous and next sections. The text column keeps a readable line length
whatever the window width, and zoom changes the type size only. Words found
by search, and by find-in-page, are marked by `PageMarks` (ui/page_marks.py).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldguide.library.views import ChecklistView, SectionView, mark_synthesis, practice_area_title
from fieldguide.ui.checklist_page import checklist_html
from fieldguide.ui.find_bar import FindBar
from fieldguide.ui.icons import icon
from fieldguide.ui.page_marks import PageMarks, Span
from fieldguide.ui.style import colors
from fieldguide.ui.typeset import MEASURE_CHARS, append_source_box, typeset

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 60, 250, 10
READING_FAMILIES = ["Noto Sans", "Noto Naskh Arabic"]  # bundled; Naskh is the better Arabic for screens
MIN_SIDE_MARGIN = 28


def _md_escape(text: str) -> str:
    """A title as literal Markdown text: markup characters in it stay characters."""
    return "".join("\\" + c if c in "\\`*_[]#<>|" else c for c in text)


class ReaderBrowser(QTextBrowser):
    """The text view; Ctrl+wheel asks the reader to zoom instead of scaling the font itself."""

    zoom_step = Signal(int)
    resized = Signal()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_step.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class Reader(QWidget):
    link_activated = Signal(str, str)  # kind (section | document | checklist), content id
    language_chosen = Signal(str)  # the reader asked for the open content in this language
    start_assessment_requested = Signal(str)  # the checklist shown
    zoom_changed = Signal(int)  # percent

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_id: str | None = None
        self.current_kind: str | None = None  # section | checklist
        self.current_title = ""
        self.current_citation = ""
        self._body_end = 0
        self._zoom = 100
        self._anchors: dict[str, str] = {}  # checklist item id -> anchor name
        self._families: list[str] | None = None
        self._crumbs: list[tuple[str | None, str]] = []  # (link or None, title), outermost first
        self._redraw: Callable[[], None] | None = None  # shows the current page again (zoom, palette)

        self.breadcrumb_bar = QWidget(self)
        self.breadcrumb_bar.setObjectName("breadcrumbBar")
        self.breadcrumb_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.breadcrumbs = QLabel(self.breadcrumb_bar)
        self.breadcrumbs.setObjectName("breadcrumbs")
        self.breadcrumbs.setTextFormat(Qt.TextFormat.RichText)
        self.breadcrumbs.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.breadcrumbs.linkActivated.connect(self._on_link_text)
        self.breadcrumbs.installEventFilter(self)  # the trail is fitted to the label's width
        self._crumb_layout = QHBoxLayout(self.breadcrumb_bar)
        self._crumb_layout.addWidget(self.breadcrumbs)
        # On a checklist page: start working through it (the dialog comes with it ticked).
        self.start_button = QPushButton(self.tr("Start an &assessment…"), self.breadcrumb_bar)
        self.start_button.setObjectName("startAssessment")
        self.start_button.setToolTip(self.tr("Start an assessment with this checklist"))
        self.start_button.clicked.connect(lambda: self.start_assessment_requested.emit(self.current_id or ""))
        self.start_button.hide()
        self._crumb_layout.addWidget(self.start_button)

        self.browser = ReaderBrowser(self)
        self.browser.setObjectName("reader")
        self.browser.setAccessibleName(self.tr("Section text"))
        self.browser.setOpenLinks(False)
        self.browser.setUndoRedoEnabled(False)
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.zoom_step.connect(lambda step: self.set_zoom(self._zoom + step * ZOOM_STEP))
        self.browser.resized.connect(self._resized)
        self.browser.document().setUndoRedoEnabled(False)
        self.marks = PageMarks(self.browser)

        self.find_bar = FindBar(self)
        self.find_bar.text_changed.connect(self._find)
        self.find_bar.next_requested.connect(self.find_next)
        self.find_bar.previous_requested.connect(self.find_previous)
        self.find_bar.closed.connect(self._find_closed)

        self.footer = QWidget(self)
        self.footer.setObjectName("readerFooter")
        self.footer.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Its margins follow the text column, which follows the reader's width: counted in the
        # reader's minimum, they kept it from ever becoming narrower than it had been (a tree
        # dragged wider was pushed back once a section showed).
        self.footer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.previous_button = self._step_button("chevron-left")
        self.next_button = self._step_button("chevron-right")
        self.next_button.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if self.layoutDirection() == Qt.LayoutDirection.LeftToRight
            else Qt.LayoutDirection.LeftToRight
        )  # the arrow sits on the outer side
        self._footer_layout = QHBoxLayout(self.footer)
        self._footer_layout.addWidget(self.previous_button)
        self._footer_layout.addStretch(1)
        self._footer_layout.addWidget(self.next_button)
        self._previous_id: str | None = None
        self._next_id: str | None = None
        self.previous_button.clicked.connect(lambda: self._step(self._previous_id))
        self.next_button.clicked.connect(lambda: self._step(self._next_id))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.breadcrumb_bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.footer)
        # Blank until there is something to show: the window paints first, the page follows.
        self._set_steps(None, None, None, None)

    def _step_button(self, icon_name: str) -> QToolButton:
        button = QToolButton(self.footer)
        button.setObjectName("sectionStep")
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    # --- what is shown -----------------------------------------------------------------

    def show_welcome(self) -> None:
        self._reset(None, None, "", "")
        lines = [
            "# " + self.tr("Field Guide"),
            self.tr(
                "Guidance for peace and security practitioners, on this computer, with or without a network."
            ),
            "",
        ]
        # Qt lays table columns out left to right whatever the direction: in a right-to-left
        # window the first column (what to do) is written last, so that it reads first.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        def row(first: str, second: str) -> str:
            return f"| {second} | {first} |" if rtl else f"| {first} | {second} |"

        lines += [row(self.tr("To"), self.tr("Press")), "| --- | --- |"]
        for what, keys in (
            (self.tr("Search the whole library"), "Ctrl+K"),
            (self.tr("Filter the library tree"), "Ctrl+Shift+F"),
            (self.tr("Bookmark the section you are reading"), "Ctrl+D"),
            (self.tr("Write a note on it"), "Ctrl+Shift+N"),
            (self.tr("Find in the section"), "Ctrl+F"),
            (self.tr("Go back, go forward"), "Alt+Left, Alt+Right"),
            (self.tr("Previous, next section"), "Alt+Up, Alt+Down"),
            (self.tr("Larger, smaller text"), "Ctrl++, Ctrl+-"),
        ):
            native = (
                QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                if "," not in keys
                else keys
            )
            lines.append(row(_md_escape(what), native))
        self._render("\n".join(lines), None)
        self._redraw = self.show_welcome

    def show_message(self, text: str) -> None:
        self._reset(None, None, "", "")
        self._render(_md_escape(text), None)
        self._redraw = lambda: self.show_message(text)

    def show_section(
        self, view: SectionView, previous_title: str | None = None, next_title: str | None = None
    ) -> None:
        self._reset(view.id, "section", view.title, view.citation)
        self._crumbs = [
            (None, practice_area_title(view.practice_area)),
            (f"document:{view.document_id}", view.document_title),
            *((f"section:{sid}", title) for sid, title in view.breadcrumbs),
        ]
        self._show_crumbs()
        number = f"{view.number} " if view.number else ""
        label = self.synthesis_label()
        header = ""
        if view.dated:
            header += "*" + _md_escape(self.tr("Time-bound: %1").replace("%1", view.dated)) + "*\n\n"
        if view.synthesis:
            whole = self.tr(
                "This whole section is the project's own synthesis; the box below names what it draws on."
            )
            header += f"> **{_md_escape(label)}**\n>\n> {_md_escape(whole)}\n\n"
        body = mark_synthesis(view.body, _md_escape(label))
        header = self._other_languages(view.language, view.languages) + header
        self._render(
            f"# {_md_escape(number + view.title)}\n\n{header}{body}\n",
            view.citation,
            self.tr("Drawing on") if view.synthesis else None,
        )
        self._set_steps(view.previous_id, previous_title, view.next_id, next_title)
        self._redraw = lambda: self.show_section(view, previous_title, next_title)

    def show_checklist(
        self,
        view: ChecklistView,
        title_of: Callable[[str], str | None] | None = None,
        item_id: str | None = None,
    ) -> None:
        self._reset(view.id, "checklist", view.title, view.source)
        self._crumbs = [(None, practice_area_title(view.practice_area)), (None, self.tr("Checklist"))]
        self._show_crumbs()
        body, self._anchors = checklist_html(view, title_of)
        self._render_html(body, view.source or None)
        self._set_steps(None, None, None, None)
        self._redraw = lambda: self.show_checklist(view, title_of)
        if item_id:
            self.scroll_to_item(item_id)

    def text(self) -> str:
        return self.browser.toPlainText()

    def scroll_position(self) -> int:
        return self.browser.verticalScrollBar().value()

    def set_scroll_position(self, value: int) -> None:
        self._finish_layout()
        self.browser.verticalScrollBar().setValue(value)

    # --- rendering ---------------------------------------------------------------------

    def _reset(self, content_id: str | None, kind: str | None, title: str, citation: str) -> None:
        self.current_id = content_id
        self.current_kind = kind
        self.start_button.setVisible(kind == "checklist" and bool(content_id))
        self.current_title = title
        self.current_citation = citation
        self._anchors = {}
        self.marks.clear()
        self._crumbs = []
        self._show_crumbs()

    def _show_crumbs(self) -> None:
        """The breadcrumb, each step shortened as needed so the whole trail fits on one line."""
        self.breadcrumb_bar.setVisible(bool(self._crumbs))
        separator = " › "
        metrics = self.breadcrumbs.fontMetrics()
        available = self.breadcrumbs.width() - metrics.horizontalAdvance(separator) * max(
            0, len(self._crumbs) - 1
        )
        titles = [title for _, title in self._crumbs]
        # The widest steps give way first, down to an equal share of the line.
        width = max(available, 1)
        while titles and sum(metrics.horizontalAdvance(t) for t in titles) > width:
            widest = max(range(len(titles)), key=lambda i: metrics.horizontalAdvance(titles[i]))
            current = metrics.horizontalAdvance(titles[widest])
            share = max(60, width // len(titles))
            if current <= share:
                break
            titles[widest] = metrics.elidedText(
                self._crumbs[widest][1], Qt.TextElideMode.ElideRight, max(share, current - 40)
            )
        parts = []
        for (href, _full), shown in zip(self._crumbs, titles, strict=True):
            text = html.escape(shown)
            parts.append(
                f'<a href="{html.escape(href)}" style="text-decoration:none">{text}</a>' if href else text
            )
        self.breadcrumbs.setText(html.escape(separator).join(parts))
        self.breadcrumbs.setToolTip(separator.join(title for _, title in self._crumbs))

    def body_size(self) -> float:
        base = max(QGuiApplication.font().pointSizeF(), 9.0) * 1.2
        return round(base * self._zoom / 100, 2)

    def body_font(self) -> QFont:
        if self._families is None:
            self._families = [f for f in READING_FAMILIES if QFontDatabase.hasFamily(f)]
        font = QFont(QGuiApplication.font())
        if self._families:
            font.setFamilies(self._families)
        font.setPointSizeF(self.body_size())
        return font

    def _prepare(self) -> QTextDocument:
        document = self.browser.document()
        document.setDefaultFont(self.body_font())
        return document

    def _other_languages(self, current: str, languages: list[str]) -> str:
        """A Markdown line offering the other languages, or nothing."""
        from fieldguide.language import LANGUAGES

        others = [code for code in languages if code != current]
        if not others:
            return ""
        links = ", ".join(f"[{_md_escape(LANGUAGES.get(code, code))}](language:{code})" for code in others)
        return "*" + _md_escape(self.tr("Also in: %1")).replace("%1", links) + "*\n\n"

    def synthesis_label(self) -> str:
        return self.tr("Field Guide synthesis: the project's own advice, not the source's")

    def _render(self, markdown: str, citation: str | None, citation_label: str | None = None) -> None:
        document = self._prepare()
        document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self._finish_render(citation, citation_label)

    def _render_html(self, body: str, citation: str | None) -> None:
        document = self._prepare()
        document.setHtml(body)
        self._finish_render(citation)

    def _finish_render(self, citation: str | None, citation_label: str | None = None) -> None:
        document = self.browser.document()
        palette_colors = colors()
        typeset(document, self.body_size(), palette_colors)
        self._body_end = document.characterCount() - 1
        if citation:
            self._body_end = append_source_box(
                document, citation_label or self.tr("Source"), citation, self.body_size(), palette_colors
            )
        self._apply_margins(force=True)
        self.browser.setExtraSelections([])
        self.browser.verticalScrollBar().setValue(0)
        if self.find_bar.isVisible():
            self._find(self.find_bar.field.text())

    def _resized(self) -> None:
        self._apply_margins()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.breadcrumbs and event.type() == QEvent.Type.Resize:
            self._show_crumbs()
        return super().eventFilter(watched, event)

    def _apply_margins(self, force: bool = False) -> None:
        document = self.browser.document()
        measure = QFontMetricsF(document.defaultFont()).averageCharWidth() * MEASURE_CHARS
        width = self.browser.viewport().width()
        side = max(MIN_SIDE_MARGIN, (width - measure) / 2)
        frame = document.rootFrame()
        frame_format = frame.frameFormat()
        if not force and abs(frame_format.leftMargin() - side) < 1:
            return
        frame_format.setLeftMargin(side)
        frame_format.setRightMargin(side)
        frame_format.setTopMargin(self.body_size() * 1.6)
        frame_format.setBottomMargin(self.body_size() * 2.5)
        frame.setFrameFormat(frame_format)
        # The breadcrumb and the section steps line up with the text column.
        inset = round(side)
        self._crumb_layout.setContentsMargins(inset, 8, inset, 8)
        self._footer_layout.setContentsMargins(inset - 8, 4, inset - 8, 4)

    def _set_steps(
        self, previous_id: str | None, previous_title: str | None, next_id: str | None, next_title: str | None
    ) -> None:
        self._previous_id, self._next_id = previous_id, next_id
        metrics = self.previous_button.fontMetrics()
        for button, target, title, tip in (
            (self.previous_button, previous_id, previous_title, self.tr("Previous section (Alt+Up)")),
            (self.next_button, next_id, next_title, self.tr("Next section (Alt+Down)")),
        ):
            button.setVisible(target is not None)
            button.setText(metrics.elidedText(title or "", Qt.TextElideMode.ElideRight, 320))
            button.setToolTip(f"{tip}\n{title}" if title else tip)
        self.footer.setVisible(previous_id is not None or next_id is not None)

    def _step(self, target: str | None) -> None:
        if target:
            self.link_activated.emit("section", target)

    @property
    def previous_id(self) -> str | None:
        return self._previous_id

    @property
    def next_id(self) -> str | None:
        return self._next_id

    # --- zoom --------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, percent: int) -> None:
        percent = max(ZOOM_MIN, min(ZOOM_MAX, int(percent)))
        if percent == self._zoom:
            return
        self._zoom = percent
        self.redraw()
        self.zoom_changed.emit(percent)

    def redraw(self) -> None:
        """Show the current page again (new type size or palette), keeping the place and the marks."""
        if self._redraw is None:
            return
        bar = self.browser.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        query = self.marks.query
        self._redraw()
        if query:
            self.marks.mark_query(query)
        self._finish_layout()
        bar.setValue(round(fraction * bar.maximum()))

    # --- links ---------------------------------------------------------------------------

    def _on_link(self, url: QUrl) -> None:
        self._on_link_text(url.toString())

    def _on_link_text(self, target: str) -> None:
        scheme, _, content_id = target.partition(":")
        if scheme in ("section", "document", "checklist") and content_id:
            self.link_activated.emit(scheme, content_id)
        elif scheme == "language" and content_id:
            self.language_chosen.emit(content_id)
        elif scheme in ("http", "https", "mailto"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(target))

    # --- highlighting --------------------------------------------------------------------

    def highlight_query(self, query: str, *, scroll: bool = True) -> int:
        """Mark every word of a search query in the page (and scroll to the first); returns the count."""
        count = self.marks.mark_query(query)
        if count and scroll:
            self._scroll_to(self.marks.query_spans[0][0])
        return count

    def scroll_to_item(self, item_id: str) -> bool:
        """Bring a checklist item into view; False when the page does not show it."""
        anchor = self._anchors.get(item_id)
        if anchor is None:
            return False
        self._finish_layout()
        self.browser.scrollToAnchor(anchor)
        return True

    def highlighted_texts(self) -> list[str]:
        """The text under each search highlight (what a user sees marked)."""
        return self.marks.texts()

    def _finish_layout(self) -> None:
        # The layout runs lazily; scrolling to a spot needs the whole page laid out.
        self.browser.document().documentLayout().documentSize()

    def _scroll_to(self, position: int) -> None:
        self._finish_layout()
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(position)
        rect = self.browser.cursorRect(cursor)
        bar = self.browser.verticalScrollBar()
        viewport = self.browser.viewport().height()
        if rect.top() < viewport // 6 or rect.bottom() > viewport * 5 // 6:
            bar.setValue(bar.value() + rect.top() - viewport // 3)

    # --- find in page ---------------------------------------------------------------------

    def open_find(self) -> None:
        selected = self.browser.textCursor().selectedText()
        self.find_bar.open_bar(selected if selected and "\u2029" not in selected else "")
        self._find(self.find_bar.field.text())

    def _find(self, text: str) -> None:
        self._show_find(self.marks.find(text))

    def find_next(self) -> None:
        if not self.find_bar.isVisible():
            self.open_find()
            return
        self._show_find(self.marks.step(1))

    def find_previous(self) -> None:
        if not self.find_bar.isVisible():
            self.open_find()
            return
        self._show_find(self.marks.step(-1))

    @property
    def find_count(self) -> int:
        return len(self.marks.find_spans)

    @property
    def find_index(self) -> int:
        return self.marks.find_index

    def _show_find(self, current: Span | None) -> None:
        self.find_bar.set_count(self.marks.find_index, len(self.marks.find_spans))
        if current is not None:
            self._scroll_to(current[0])

    def _find_closed(self) -> None:
        self.marks.clear_find()
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- copy ----------------------------------------------------------------------------------

    def citation_line(self) -> str:
        if not self.current_title:
            return ""
        if self.current_citation:
            return f"— {self.current_title}, {self.current_citation}"
        return f"— {self.current_title}"

    def text_with_citation(self) -> str:
        """The selected text, or the whole section without its source box, followed by the citation."""
        cursor = self.browser.textCursor()
        text = cursor.selection().toPlainText() if cursor.hasSelection() else ""
        if not text.strip():
            whole = QTextCursor(self.browser.document())
            whole.setPosition(0)
            whole.setPosition(self._body_end, QTextCursor.MoveMode.KeepAnchor)
            text = whole.selection().toPlainText()
        line = self.citation_line()
        return f"{text.strip()}\n\n{line}" if line else text.strip()
