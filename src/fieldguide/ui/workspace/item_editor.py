"""The selected item: its text, kind and guidance, the judgement buttons, the note and the evidence.

A view only: it shows a `ResponseView` and reports what the user does through
signals; the workspace saves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldguide.assessments.model import CONFIDENCES, STATUSES, ResponseView
from fieldguide.assessments.scales import KINDS, QUESTION, choices, kind_of
from fieldguide.ui.flow_layout import FlowLayout
from fieldguide.ui.plain_editor import PlainTextEditor
from fieldguide.ui.scrolling import VerticalScrollArea
from fieldguide.ui.workspace.labels import (
    STATUS_COLOURS,
    confidence_label,
    kind_label,
    muted,
    status_label,
)


def _status_style(status: str) -> str:
    colour = STATUS_COLOURS[status]
    # Both states styled, so the button keeps its size when it becomes checked.
    return (
        "QPushButton { border: 1px solid palette(mid); border-radius: 4px; padding: 5px 10px;"
        " background: palette(button); color: palette(button-text); }"
        " QPushButton:hover { border-color: COLOUR; }"
        " QPushButton:checked { background: COLOUR; border-color: COLOUR; color: white; }"
        " QPushButton:disabled { color: palette(mid); }"
        " QPushButton:checked:disabled { background: COLOUR; color: white; }"
    ).replace("COLOUR", colour)


class _LinkButton(QPushButton):
    """A flat link-like button whose long text is shortened with "…" rather than widen the editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMinimumWidth(1)  # the layout may make it narrower than its text
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 16, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width() - 8, 20)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class ItemEditor(QWidget):
    status_chosen = Signal(str)
    confidence_chosen = Signal(str)  # "" when cleared
    note_edited = Signal(str)
    evidence_edited = Signal(str)
    guidance_requested = Signal(str)
    focus_left = Signal()
    kind_chosen = Signal(str)  # an imported item's new kind
    purge_requested = Signal(str)  # "note" or "evidence": remove that text for good

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._guidance_id: str | None = None
        self.item_id: str | None = None

        self.breadcrumb = QLabel(self)
        self.breadcrumb.setObjectName("itemBreadcrumb")
        self.breadcrumb.setWordWrap(True)
        # The kind is information, so it reads as text (no frame that would make it look
        # clickable); an imported checklist's item offers a choice instead.
        self.kind = QLabel(self)
        self.kind.setObjectName("itemKind")
        muted(self.kind)
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("itemKindChoice")
        self.kind_box.setToolTip(self.tr("How this item is answered; imported checklists only"))
        for value in KINDS:
            self.kind_box.addItem(kind_label(value), value)
        self.kind_box.activated.connect(lambda i: self.kind_chosen.emit(str(self.kind_box.itemData(i))))
        self.kind_box.hide()
        self.text = QLabel(self)
        self.text.setObjectName("itemText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        font = QFont(self.text.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.text.setFont(font)
        self.source = QLabel(self)
        self.source.setObjectName("itemSource")
        self.source.setWordWrap(True)
        self.guidance = _LinkButton(self)
        self.guidance.setObjectName("guidanceLink")
        self.guidance.setFlat(True)
        self.guidance.setCursor(Qt.CursorShape.PointingHandCursor)
        self.guidance.setStyleSheet(
            "QPushButton { color: palette(link); border: none; padding: 2px 0; }"
            " QPushButton:hover { text-decoration: underline; }"
        )
        self.guidance.clicked.connect(self._guidance_clicked)

        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        # The buttons wrap onto a second line on a narrow screen rather than widen the window.
        self.status_strip = QWidget(self)
        self.status_strip.setObjectName("statusButtons")
        self.status_row = status_row = FlowLayout(self.status_strip)
        # One button per value of every scale; each item shows its own kind's.
        for index, status in enumerate(STATUSES):
            button = QPushButton(self)
            button.setObjectName(f"status-{status}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setStyleSheet(_status_style(status))
            self.status_group.addButton(button, index)
            status_row.addWidget(button)
        self.show_scale("criterion")
        self.status_group.idClicked.connect(lambda i: self.status_chosen.emit(STATUSES[i]))

        self.confidence = QComboBox(self)
        self.confidence.setObjectName("confidence")
        self.confidence.addItem(self.tr("Not stated"), "")
        for value in CONFIDENCES:
            self.confidence.addItem(confidence_label(value), value)
        self.confidence.activated.connect(
            lambda i: self.confidence_chosen.emit(str(self.confidence.itemData(i)))
        )
        confidence_label_widget = QLabel(self.tr("&Confidence"), self)
        confidence_label_widget.setBuddy(self.confidence)

        self.note = PlainTextEditor(self)
        self.note.setObjectName("noteEditor")
        self.note.setPlaceholderText(
            self.tr("Your note on this item: what you saw, heard and concluded. Markdown is fine.")
        )
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        self.note.textChanged.connect(self._note_changed)
        self.note.installEventFilter(self)
        self._offer_purge(self.note, "note")
        self.note_label = QLabel(self.tr("&Note"), self)
        self.note_label.setBuddy(self.note)
        self.save_state = QLabel(self)
        self.save_state.setObjectName("saveState")

        self.evidence = PlainTextEditor(self)
        self.evidence.setObjectName("evidenceEditor")
        self.evidence.setPlaceholderText(self.tr("Documents, meetings and other sources for this judgement"))
        self.evidence.setTabChangesFocus(True)
        self.evidence.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.evidence.textChanged.connect(self._evidence_changed)
        self.evidence.installEventFilter(self)
        self._offer_purge(self.evidence, "evidence")
        evidence_label = QLabel(self.tr("&Evidence and sources"), self)
        evidence_label.setBuddy(self.evidence)

        for label in (self.breadcrumb, self.source, self.save_state):
            muted(label)

        top = QHBoxLayout()
        top.addWidget(self.breadcrumb, 1)
        top.addWidget(self.kind, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.kind_box, 0, Qt.AlignmentFlag.AlignTop)
        judgement = QHBoxLayout()
        judgement.addWidget(confidence_label_widget)
        judgement.addWidget(self.confidence)
        judgement.addStretch(1)
        note_header = QHBoxLayout()
        note_header.addWidget(self.note_label)
        note_header.addStretch(1)
        note_header.addWidget(self.save_state)

        # Everything scrolls inside the editor: a long item, the final banner or a small
        # screen never make the window taller than the screen.
        body = QWidget()
        body.setObjectName("itemEditorBody")
        self.scroll_area = VerticalScrollArea(body, self)
        self.scroll_area.setObjectName("itemEditorScroll")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        for widget in self.findChildren(QWidget):
            if widget.parent() is self and widget is not self.scroll_area:
                widget.setParent(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addWidget(self.source)
        layout.addWidget(self.guidance, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addSpacing(6)
        layout.addWidget(self.status_strip)
        layout.addLayout(judgement)
        layout.addSpacing(6)
        layout.addLayout(note_header)
        layout.addWidget(self.note, 3)
        layout.addWidget(evidence_label)
        layout.addWidget(self.evidence, 1)
        self.show_item(None)

    def _offer_purge(self, editor: PlainTextEditor, field: str) -> None:
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(
            lambda position: self.context_menu(editor, field).exec(editor.viewport().mapToGlobal(position))
        )

    def context_menu(self, editor: PlainTextEditor, field: str) -> QMenu:
        """The editor's own menu (cut, copy, paste…) and "Remove this text for good…"."""
        menu = editor.createStandardContextMenu()
        menu.addSeparator()
        purge = menu.addAction(
            self.tr("Remove this text for &good…"), lambda: self.purge_requested.emit(field)
        )
        purge.setObjectName(f"purge-{field}")
        purge.setEnabled(self.item_id is not None and bool(editor.toPlainText()))
        return menu

    # --- showing -------------------------------------------------------------------

    def show_note_label(self, kind: str | None) -> None:
        """A question's note is its answer; every other kind's is a note on the judgement."""
        if kind_of(kind) == QUESTION:
            self.note_label.setText(self.tr("&Answer"))
            self.note.setPlaceholderText(
                self.tr("Your answer to this question: what you found and from whom. Markdown is fine.")
            )
        else:
            self.note_label.setText(self.tr("&Note"))
            self.note.setPlaceholderText(
                self.tr("Your note on this item: what you saw, heard and concluded. Markdown is fine.")
            )

    def show_scale(self, kind: str | None) -> None:
        """Show the buttons of this item kind's scale, numbered as keys 1–n choose them."""
        scale = choices(kind)
        self.status_row.reorder([self.status_group.button(STATUSES.index(status)) for status in scale])
        for index, status in enumerate(STATUSES):
            button = self.status_group.button(index)
            if status not in scale:
                button.hide()
                continue
            number = str(scale.index(status) + 1)
            words = status_label(status, kind)
            button.setText(self.tr("%1 · %2").replace("%1", number).replace("%2", words))
            button.setToolTip(
                self.tr("Set the status to “%1” (key %2)").replace("%1", words).replace("%2", number)
            )
            button.show()

    def show_item(self, response: ResponseView | None, checklist_title: str = "") -> None:
        self._loading = True
        try:
            self.item_id = response.item_id if response else None
            if response is None:
                self.breadcrumb.setText("")
                self.kind.hide()
                self.kind_box.hide()
                self.text.setText(self.tr("Choose an item in the list."))
                self.source.setText("")
                self.guidance.hide()
                self.note.setPlainText("")
                self.evidence.setPlainText("")
                self.set_status(None)
                self.confidence.setCurrentIndex(0)
                for widget in (self.note, self.evidence, self.confidence):
                    widget.setEnabled(False)
                for button in self.status_group.buttons():
                    button.setEnabled(False)
                return
            crumbs = [checklist_title or response.checklist_id]
            if response.group:
                crumbs.append(response.group)
            if response.retired:
                crumbs.append(self.tr("retired: no longer in the library"))
            self.breadcrumb.setText(" › ".join(crumbs))
            self.kind.setText(kind_label(response.kind) if response.kind else "")
            self.kind.setVisible(bool(response.kind) and not response.kind_editable)
            self.kind_box.setVisible(response.kind_editable)
            self.kind_box.setCurrentIndex(max(self.kind_box.findData(kind_of(response.kind)), 0))
            self.show_note_label(response.kind)
            self.text.setText(response.item_text or response.item_id)
            self.source.setText(
                self.tr("Source: %1").replace("%1", response.source) if response.source else ""
            )
            self._guidance_id = response.guidance_section_id
            self.guidance.setVisible(bool(response.guidance_section_id))
            if response.guidance_section_id:
                title = response.guidance_title or response.guidance_section_id
                self.guidance.setText(self.tr("Read the guidance: %1").replace("%1", title))
                self.guidance.setToolTip(response.guidance_section_id)
            self.note.setPlainText(response.note)
            self.evidence.setPlainText(response.evidence)
            self.show_scale(response.kind)
            self.set_status(response.status)
            self.set_confidence(response.confidence)
            for widget in (self.note, self.evidence, self.confidence):
                widget.setEnabled(True)
            for button in self.status_group.buttons():
                button.setEnabled(True)
        finally:
            self._loading = False

    def set_status(self, status: str | None) -> None:
        if status is None:
            checked = self.status_group.checkedButton()
            if checked is not None:
                self.status_group.setExclusive(False)
                checked.setChecked(False)
                self.status_group.setExclusive(True)
            return
        button = self.status_group.button(STATUSES.index(status))
        if button is not None:
            button.setChecked(True)

    def checked_status(self) -> str | None:
        index = self.status_group.checkedId()
        return STATUSES[index] if index >= 0 else None

    def status_button(self, status: str) -> QAbstractButton:
        button = self.status_group.button(STATUSES.index(status))
        assert button is not None
        return button

    def set_confidence(self, confidence: str | None) -> None:
        index = self.confidence.findData(confidence or "")
        self.confidence.setCurrentIndex(max(index, 0))

    def set_read_only(self, read_only: bool) -> None:
        has_item = self.item_id is not None
        self.note.setReadOnly(read_only)
        self.evidence.setReadOnly(read_only)
        self.confidence.setEnabled(has_item and not read_only)
        for button in self.status_group.buttons():
            button.setEnabled(has_item and not read_only)

    def replace_texts(self, note: str, evidence: str) -> None:
        """Show texts saved elsewhere (undo, another window) without counting them as typing."""
        self._loading = True
        try:
            if self.note.toPlainText() != note:
                self.note.setPlainText(note)
            if self.evidence.toPlainText() != evidence:
                self.evidence.setPlainText(evidence)
        finally:
            self._loading = False

    # --- user input ------------------------------------------------------------------

    def _note_changed(self) -> None:
        if not self._loading:
            self.note_edited.emit(self.note.toPlainText())

    def _evidence_changed(self) -> None:
        if not self._loading:
            self.evidence_edited.emit(self.evidence.toPlainText())

    def _guidance_clicked(self) -> None:
        if self._guidance_id:
            self.guidance_requested.emit(self._guidance_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.note, self.evidence):
            self.focus_left.emit()
        return super().eventFilter(watched, event)
