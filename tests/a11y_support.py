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
