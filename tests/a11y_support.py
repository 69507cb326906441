"""Walking windows as a screen reader does: through Qt's accessibility interface (QAccessible)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

Role = QAccessible.Role

# What a user can act on: a screen reader must be able to say what each of these is.
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.PageTab,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.List,
    Role.Tree,
    Role.Table,
    Role.MenuItem,
    Role.Link,
}
# Their rows are named by their own text; what matters is the list's name.
CONTAINERS = {Role.List, Role.Tree, Role.Table}


def describe(interface: QAccessibleInterface) -> str:
    widget = interface.object()
    parts = [interface.role().name]
    if widget is not None:
        parts.append(type(widget).__name__)
        if widget.objectName():
            parts.append(f"#{widget.objectName()}")
        chain = []
        parent = widget.parent()
        while parent is not None and len(chain) < 3:
            chain.append(type(parent).__name__ + (f"#{parent.objectName()}" if parent.objectName() else ""))
            parent = parent.parent()
        parts.append("in " + " < ".join(chain))
    return " ".join(parts)


def unnamed(widget: QWidget) -> list[str]:
    """Every visible interactive element under `widget` that has no accessible name."""
    found: list[str] = []

    def walk(interface: QAccessibleInterface | None, depth: int) -> None:
        if interface is None or not interface.isValid() or depth > 60:
            return
        if interface.state().invisible:
            return
        if isinstance(interface.object(), QFileDialog):
            return  # Qt's own dialog, named by Qt
        role = interface.role()
        if role in INTERACTIVE and not interface.text(QAccessible.Text.Name).strip():
            found.append(describe(interface))
        if role in CONTAINERS:
            return
        for index in range(interface.childCount()):
            walk(interface.child(index), depth + 1)

    walk(QAccessible.queryAccessibleInterface(widget), 0)
    return found


def visible_windows() -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.isWindow() and not isinstance(w, QFileDialog)
    ]


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' (Alt+letter), as Qt reads it; '&&' is a literal ampersand."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].casefold()


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letter keys that two visible controls of one window share: the second is unreachable.

    Menus are left out: a menu's own entries form a separate set, opened one menu at a time.
    """
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabWidget

    owners: dict[str, list[str]] = {}

    def note(text: str, widget: QWidget) -> None:
        letter = _mnemonic(text)
        if letter is not None:
            owners.setdefault(letter, []).append(f"{type(widget).__name__} {text!r}")

    for widget in [window, *window.findChildren(QWidget)]:
        # A dialog's controls answer Alt only inside the dialog's own window.
        if widget.window() is not window or not widget.isVisibleTo(window) or isinstance(widget, QMenu):
            continue
        if any(isinstance(parent, QMenu) for parent in _parents(widget)):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            note(widget.text(), widget)
        elif isinstance(widget, QGroupBox):
            note(widget.title(), widget)
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                note(widget.tabText(index), widget)
    return [
        f"Alt+{letter.upper()} in {type(window).__name__}: " + ", ".join(names)
        for letter, names in sorted(owners.items())
        if len(names) > 1
    ]


def _parents(widget: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found
