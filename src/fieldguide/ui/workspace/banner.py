"""A strip across the top of the workspace: a message and, when useful, a button that acts on it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

# (background, border, text): explicit pairs, so they read the same under light and dark themes.
TONES = {
    "info": ("#E8EEF6", "#9FB3CC", "#1F3A5F"),
    "error": ("#FBEAE5", "#E3A08C", "#7A2413"),
}


class Banner(QFrame):
    def __init__(self, tone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        background, border, text = TONES[tone]
        self.setObjectName(f"{tone}Banner")
        self.setStyleSheet(
            f"#{tone}Banner {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"
            f" #{tone}Banner QLabel {{ color: {text}; background: transparent; border: none; }}"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 8, 6)
        self._layout.addWidget(self.label, 1)
        self.hide()

    def add_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        self._layout.addWidget(button)
        return button

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
