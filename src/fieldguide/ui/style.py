"""The look: colours derived from the system palette (light or dark), never hard-coded light ones.

A small style sheet styles only what the platform style leaves plain (the
search panel, the panel headers, the find bar); everything else keeps the
native look of the platform.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from fieldguide.ui.icons import accent_color, mix

# A warm marker colour for words found by search; blended into the page colour so it
# stays soft on a light page and does not glare on a dark one.
MARKER = QColor("#f2c230")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


@dataclass(frozen=True)
class Colors:
    base: QColor  # page
    text: QColor
    muted: QColor  # secondary text: breadcrumbs, document names, hints
    border: QColor
    panel: QColor  # side panels and the citation box, a shade off the page
    accent: QColor
    match: QColor  # words found by search or find-in-page
    current_match: QColor  # the find-in-page match the cursor is on
    chip: QColor  # the kind label of a search hit


def colors(palette: QPalette | None = None) -> Colors:
    palette = palette or QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    window = palette.color(QPalette.ColorRole.Window)
    dark = is_dark(palette)
    accent = accent_color(palette)
    return Colors(
        base=base,
        text=text,
        muted=mix(text, base, 0.42),
        border=mix(text, base, 0.82),
        panel=mix(window, base, 0.5) if window != base else mix(base, text, 0.035),
        accent=accent,
        # On a dark page the light text must still read on the marker (WCAG AA, 4.5:1).
        match=mix(base, MARKER, 0.3 if dark else 0.5),
        current_match=mix(base, QColor("#f08a24"), 0.4 if dark else 0.7),
        chip=mix(base, accent, 0.22 if dark else 0.14),
    )


def style_sheet(palette: QPalette | None = None) -> str:
    c = colors(palette)
    return f"""
QFrame#searchPanel {{
    background: {c.base.name()};
    border: 1px solid {c.border.name()};
    border-radius: 8px;
}}
QListView#searchResults {{
    border: none;
    background: {c.base.name()};
    outline: none;
}}
QLabel#searchSummary, QLabel#panelHint, QLabel#breadcrumbs, QLabel#noteStatus, QLabel#findCount {{
    color: {c.muted.name()};
}}
QLabel#panelTitle {{
    font-weight: 600;
}}
QWidget#notesPanel, QWidget#navigator {{
    background: {c.panel.name()};
}}
QTextEdit#noteEditor {{
    background: {c.base.name()};
    border: 1px solid {c.border.name()};
    border-radius: 6px;
    padding: 6px;
}}
QLineEdit#treeFilter, QLineEdit#searchField, QLineEdit#findField {{
    border: 1px solid {c.border.name()};
    border-radius: 6px;
    padding: 4px 6px;
    background: {c.base.name()};
}}
QLineEdit#treeFilter:focus, QLineEdit#searchField:focus, QLineEdit#findField:focus,
QTextEdit#noteEditor:focus {{
    border: 1px solid {c.accent.name()};
}}
QTreeView#libraryTree {{
    border: none;
    background: {c.panel.name()};
}}
QTextBrowser#reader {{
    border: none;
}}
QWidget#readerFooter, QWidget#findBar, QWidget#breadcrumbBar {{
    background: {c.base.name()};
}}
QWidget#readerFooter, QWidget#findBar {{
    border-top: 1px solid {c.border.name()};
}}
QWidget#breadcrumbBar {{
    border-bottom: 1px solid {c.border.name()};
}}
QToolButton#sectionStep {{
    border: none;
    padding: 4px 8px;
    color: {c.muted.name()};
}}
QToolButton#sectionStep:hover {{
    color: {c.text.name()};
}}
QSplitter::handle {{
    background: {c.border.name()};
}}
QSplitter::handle:horizontal {{
    width: 1px;
}}
QToolBar#mainToolBar {{
    border: none;
    border-bottom: 1px solid {c.border.name()};
    spacing: 2px;
    padding: 3px 6px;
}}
QToolBar#mainToolBar QToolButton:checked {{
    background: {c.panel.name()};
    border: 1px solid {c.border.name()};
    border-radius: 4px;
}}
QStatusBar {{
    border-top: 1px solid {c.border.name()};
}}
QStatusBar QLabel {{
    color: {c.muted.name()};
}}
"""
