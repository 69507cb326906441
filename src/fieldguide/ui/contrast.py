"""WCAG AA contrast, whatever palette the system hands us (light or dark).

The platform palettes are not all accessible: Fusion's light palette puts white
text on a mid-blue selection (3.7:1) and draws placeholder text at half
opacity (4.0:1), both under the 4.5:1 that AA asks of text. `accessible_palette`
keeps the system's colours and moves only the ones that fall short: the
selection (which the focus ring also uses, so it must stand 3:1 off the window),
its text, placeholder text and links.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from fieldguide.ui.icons import mix

TEXT_AA = 4.5  # normal text
NON_TEXT_AA = 3.0  # focus indicators and control boundaries (WCAG 1.4.11)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _lightness_steps(colour: QColor, darker: bool) -> list[QColor]:
    # PySide6 returns the four components as a tuple but types the result as object.
    hue, saturation, lightness, _alpha = cast("tuple[float, float, float, float]", colour.getHslF())
    steps = []
    for step in range(1, 101):
        value = lightness - step / 100 if darker else lightness + step / 100
        if not 0.0 <= value <= 1.0:
            break
        steps.append(QColor.fromHslF(max(hue, 0.0), saturation, value))
    return steps


def _selection(highlight: QColor, backgrounds: list[QColor]) -> tuple[QColor, QColor]:
    """The nearest selection colour, with white or black text, that meets AA on every background."""

    def fits(colour: QColor, text: QColor) -> bool:
        return contrast(colour, text) >= TEXT_AA and all(
            contrast(colour, background) >= NON_TEXT_AA for background in backgrounds
        )

    for text in (QColor("white"), QColor("black")):
        if fits(highlight, text):
            return highlight, text
    candidates = []
    for text, darker in ((QColor("white"), True), (QColor("black"), False)):
        for distance, colour in enumerate(_lightness_steps(highlight, darker)):
            if fits(colour, text):
                candidates.append((distance, colour, text))
                break
    if not candidates:  # nothing of that hue fits: the plainest accessible pair
        return QColor("#1f4f99"), QColor("white")
    _distance, colour, text = min(candidates, key=lambda candidate: candidate[0])
    return colour, text


def _readable(colour: QColor, background: QColor) -> QColor:
    if contrast(colour, background) >= TEXT_AA:
        return colour
    darker = luminance(background) > 0.5
    for candidate in _lightness_steps(colour, darker):
        if contrast(candidate, background) >= TEXT_AA:
            return candidate
    return QColor("black" if darker else "white")


def accessible_palette(palette: QPalette) -> QPalette:
    result = QPalette(palette)
    for group in (Group.Active, Group.Inactive):
        base = palette.color(group, Role.Base)
        window = palette.color(group, Role.Window)
        text = palette.color(group, Role.Text)
        highlight, highlighted_text = _selection(palette.color(group, Role.Highlight), [base, window])
        result.setColor(group, Role.Highlight, highlight)
        result.setColor(group, Role.HighlightedText, highlighted_text)
        result.setColor(group, Role.PlaceholderText, mix(text, base, 0.42))
        result.setColor(group, Role.Link, _readable(palette.color(group, Role.Link), base))
        result.setColor(group, Role.LinkVisited, _readable(palette.color(group, Role.LinkVisited), base))
    return result


def apply_accessible_palette(*, reset: bool = False) -> None:
    """Fix up the application's palette; `reset` starts again from the system's (after it
    switched between light and dark), rather than from the one fixed before."""
    if reset:
        QGuiApplication.setPalette(QPalette())
    system = QGuiApplication.palette()
    fixed = accessible_palette(system)
    if any(
        fixed.color(group, role) != system.color(group, role)
        for group in (Group.Active, Group.Inactive)
        for role in (Role.Highlight, Role.HighlightedText, Role.PlaceholderText, Role.Link)
    ):
        QGuiApplication.setPalette(fixed)
