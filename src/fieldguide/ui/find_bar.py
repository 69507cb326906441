"""The find-in-page bar under the reader: a field, the match count, previous/next and close."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from fieldguide.ui.icons import icon


class FindBar(QWidget):
    text_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in this section"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.text_changed)
        self.field.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.previous_button = self._button("chevron-up", self.tr("Previous match (Shift+Enter)"))
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button = self._button("chevron-down", self.tr("Next match (Enter)"))
        self.next_button.clicked.connect(self.next_requested)
        self.close_button = self._button("close", self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addSpacing(6)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.field.setMaximumWidth(360)
        layout.addStretch(0)
        self.hide()

    def _button(self, icon_name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def open_bar(self, text: str = "") -> None:
        self.show()
        if text:
            self.field.setText(text)
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def set_count(self, current: int, total: int) -> None:
        if not self.field.text():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(current + 1)).replace("%2", str(total)))
        self.previous_button.setEnabled(total > 1)
        self.next_button.setEnabled(total > 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous_requested.emit()
                else:
                    self.next_requested.emit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
