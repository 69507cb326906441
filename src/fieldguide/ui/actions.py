"""The window's actions: built from their table (action_specs.py), placed in menus and on the toolbar.

Every action sits in a menu (so it is reachable from the keyboard with Alt and
the mnemonic, and its shortcut is shown beside it); the common ones are also
on the toolbar.
"""

from __future__ import annotations

from operator import attrgetter
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from fieldguide.ui.action_specs import StandardKey, specs, tr
from fieldguide.ui.icons import icon

# The lock (Ctrl+L) belongs to the lock controller installed after the window is built;
# the profile controller puts it at the top of the protection group of the File menu (LOCK_BEFORE).
LOCK_BEFORE = "protect_profile"

MENUS = (
    (
        ("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
        (
            "import_documents",
            "install_pack",
            "open_shared",
            "save_device_key",
            None,
            "protect_profile",
            "change_passphrase",
            "remove_protection",
            None,
            "quit",
        ),
    ),
    (
        ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
        (
            "undo",
            "redo",
            None,
            "copy_citation",
            None,
            "find",
            "find_next",
            "find_previous",
            None,
            "toggle_bookmark",
            "edit_note",
        ),
    ),
    (
        ("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
        ("zoom_in", "zoom_out", "zoom_reset", None, "show_navigator", "show_notes"),
    ),
    (
        ("go", QT_TRANSLATE_NOOP("MainWindow", "&Go")),
        ("back", "forward", None, "previous_section", "next_section", None, "search", "filter_tree"),
    ),
    (
        ("assessment", QT_TRANSLATE_NOOP("MainWindow", "&Assessment")),
        (
            "new_assessment",
            None,
            "edit_details",
            "duplicate_assessment",
            "delete_assessment",
            "show_bin",
            None,
            "export_report",
            "share_assessment",
        ),
    ),
    (("sync", QT_TRANSLATE_NOOP("MainWindow", "&Sync")), ("sync", "conflicts")),
    (("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")), ("shortcuts", None, "about")),
)

# Undo and redo leave text fields their own Ctrl+Z (see ShortcutGuard).
TEXT_FIELD_KEYS = ("undo", "redo")

TOOLBAR = (
    "back",
    "forward",
    None,
    "previous_section",
    "next_section",
    None,
    "toggle_bookmark",
    "copy_citation",
    None,
    "new_assessment",
)


def _sequences(keys: tuple[str | QKeySequence.StandardKey, ...]) -> list[QKeySequence]:
    found: list[QKeySequence] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, StandardKey) else [QKeySequence(key)]
        for sequence in sequences:
            if not sequence.isEmpty() and sequence not in found:
                found.append(sequence)
    return found


class Actions:
    """The window's QActions by name, e.g. `window.commands.toggle_bookmark`."""

    import_documents: QAction
    install_pack: QAction
    protect_profile: QAction
    change_passphrase: QAction
    remove_protection: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    copy_citation: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    toggle_bookmark: QAction
    edit_note: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    show_navigator: QAction
    show_notes: QAction
    back: QAction
    forward: QAction
    previous_section: QAction
    next_section: QAction
    search: QAction
    filter_tree: QAction
    new_assessment: QAction
    export_report: QAction
    share_assessment: QAction
    open_shared: QAction
    save_device_key: QAction
    edit_details: QAction
    duplicate_assessment: QAction
    delete_assessment: QAction
    show_bin: QAction
    sync: QAction
    conflicts: QAction
    shortcuts: QAction
    about: QAction

    def __init__(self, window: QMainWindow) -> None:
        self.by_name: dict[str, QAction] = {}
        for spec in specs():
            action = QAction(spec.text, window)
            action.setObjectName(f"action_{spec.name}")
            if spec.icon:
                action.setIcon(icon(spec.icon))
            action.setShortcuts(_sequences(spec.keys))
            action.setCheckable(spec.checkable)
            tip = spec.tip or spec.text.replace("&", "").rstrip("…")
            if action.shortcuts():
                tip += f" ({action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)})"
            action.setToolTip(tip)
            action.setStatusTip(spec.tip)
            # Looked up when triggered: the controllers are built after the window's actions.
            if spec.checkable:
                action.triggered.connect(lambda checked, path=spec.handler: attrgetter(path)(window)(checked))
            else:
                action.triggered.connect(lambda _checked=False, path=spec.handler: attrgetter(path)(window)())
            window.addAction(action)  # shortcuts work even when the menu bar is hidden
            self.by_name[spec.name] = action
            setattr(self, spec.name, action)

    def all(self) -> list[QAction]:
        return list(self.by_name.values())

    def shortcut_table(self, extra: list[QAction] | None = None) -> list[tuple[str, list[str]]]:
        """(what it does, the keys) for each action with a keyboard shortcut, as the menus name them.

        `extra`: actions added to the menus after the table was built (the lock).
        Dedicated keys some keyboards have (Find, Help, Zoom In…) come with the standard
        bindings; only keys every keyboard has are listed.
        """
        table = []
        named = [(spec.text, self.by_name[spec.name]) for spec in specs()]
        for text, action in named + [(action.text(), action) for action in extra or []]:
            keys = [
                sequence.toString(QKeySequence.SequenceFormat.NativeText)
                for sequence in action.shortcuts()
                if _first(sequence).keyboardModifiers() != Qt.KeyboardModifier.NoModifier
                or Qt.Key.Key_F1 <= _first(sequence).key() <= Qt.Key.Key_F35
            ]
            if keys:
                table.append((text.replace("&", ""), keys))
        return table

    def build_menus(self, window: QMainWindow) -> dict[str, QMenu]:
        menus: dict[str, QMenu] = {}
        for (key, title), names in MENUS:
            menu = window.menuBar().addMenu(tr(str(title)))
            menu.setObjectName(f"menu_{key}")
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.by_name[name])
            menus[key] = menu
        return menus


def _first(sequence: QKeySequence) -> QKeyCombination:
    # QKeySequence is indexable at run time; PySide6's stubs do not say so.
    return cast(QKeyCombination, sequence[0])  # type: ignore[index]


class ShortcutGuard(QObject):
    """Lets the window's shortcuts win inside text fields.

    On Linux and macOS a line edit or text editor claims Ctrl+K (delete to end
    of line) and some Alt+arrow keys for itself; "Ctrl+K from anywhere" needs
    those keys to reach the window instead.
    """

    def __init__(self, sequences: list[QKeySequence], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.combos = {_first(sequence).toCombined() for sequence in sequences if sequence.count() == 1}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combo = event.keyCombination().toCombined()
            if combo in self.combos:
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def watch(self, *widgets: QObject) -> None:
        for widget in widgets:
            widget.installEventFilter(self)
