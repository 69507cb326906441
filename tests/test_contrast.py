"""WCAG AA contrast of text and controls in the light and the dark palettes.

Text needs 4.5:1 against what it sits on, focus indicators and control colours 3:1
(WCAG 1.4.3 and 1.4.11). Checked on the colours the window actually uses: the palette
after `accessible_palette`, and the colours `ui.style` derives from it.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from fieldguide.ui.contrast import NON_TEXT_AA, TEXT_AA, accessible_palette, contrast

Role = QPalette.ColorRole


def dark_palette() -> QPalette:
    """A dark palette as dark desktop themes give it (Fusion's dark scheme, Windows 11 dark)."""
    palette = QPalette()
    for role, colour in {
        Role.Window: "#2b2b2b",
        Role.WindowText: "#f0f0f0",
        Role.Base: "#1e1e1e",
        Role.AlternateBase: "#2a2a2a",
        Role.Text: "#f0f0f0",
        Role.Button: "#353535",
        Role.ButtonText: "#f0f0f0",
        Role.Highlight: "#2f65ca",
        Role.HighlightedText: "#ffffff",
        Role.Link: "#3b82f6",
        Role.LinkVisited: "#8b5cf6",
        Role.PlaceholderText: "#80f0f0f0",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def _on(foreground: QColor, background: QColor) -> QColor:
    """A translucent colour as it shows over `background`."""
    alpha = foreground.alphaF()
    return QColor(
        round(foreground.red() * alpha + background.red() * (1 - alpha)),
        round(foreground.green() * alpha + background.green() * (1 - alpha)),
        round(foreground.blue() * alpha + background.blue() * (1 - alpha)),
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_and_controls_meet_wcag_aa(qapp: Any, scheme: str) -> None:
    from fieldguide.ui.style import colors

    palette = accessible_palette(light_palette() if scheme == "light" else dark_palette())
    c = colors(palette)
    window = palette.color(Role.Window)
    failures = []

    def check(what: str, foreground: QColor, background: QColor, minimum: float) -> None:
        ratio = contrast(_on(foreground, background), background)
        if ratio < minimum:
            failures.append(f"{scheme}: {what}: {ratio:.2f}:1 < {minimum}:1")

    check("text on the page", c.text, c.base, TEXT_AA)
    check("window text", palette.color(Role.WindowText), window, TEXT_AA)
    check("secondary text on the page", c.muted, c.base, TEXT_AA)
    check("secondary text on a panel", c.muted, c.panel, TEXT_AA)
    check("status bar text", c.muted, window, TEXT_AA)
    check("placeholder text", palette.color(Role.PlaceholderText), c.base, TEXT_AA)
    check("links", palette.color(Role.Link), c.base, TEXT_AA)
    check("selected text", palette.color(Role.HighlightedText), palette.color(Role.Highlight), TEXT_AA)
    check("focus ring on the page", palette.color(Role.Highlight), c.base, NON_TEXT_AA)
    check("focus ring on the window", palette.color(Role.Highlight), window, NON_TEXT_AA)
    check("text on a search match", c.text, c.match, TEXT_AA)
    check("text on the current match", c.text, c.current_match, TEXT_AA)
    check("text on a search chip", c.text, c.chip, TEXT_AA)
    assert not failures, "\n".join(failures)


def test_status_buttons_are_readable(qapp: Any) -> None:
    """Status colours carry white text (the workspace's status buttons and pills)."""
    from fieldguide.ui.workspace.labels import TONE_COLOURS

    white = QColor("white")
    weak = {tone: round(contrast(QColor(colour), white), 2) for tone, colour in TONE_COLOURS.items()}
    assert all(ratio >= TEXT_AA for ratio in weak.values()), weak


def test_the_window_uses_the_accessible_palette(qapp: Any, open_window: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    open_window()
    palette = QGuiApplication.palette()
    assert contrast(palette.color(Role.HighlightedText), palette.color(Role.Highlight)) >= TEXT_AA
    base = palette.color(Role.Base)
    assert contrast(_on(palette.color(Role.PlaceholderText), base), base) >= TEXT_AA
