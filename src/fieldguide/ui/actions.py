"""The window's actions in one table: text, icon, shortcuts and the window method each one calls.

Every action sits in a menu (so it is reachable from the keyboard with Alt and
the mnemonic, and its shortcut is shown beside it); the common ones are also
on the toolbar.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from fieldguide.ui.icons import icon

StandardKey = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class Spec:
    name: str  # attribute name on the window's `actions` and the key of `handler`
    text: str
    handler: str  # called on trigger: a window method, or "controller.method" of one of its controllers
    keys: tuple[str | QKeySequence.StandardKey, ...] = ()
    icon: str | None = None
    checkable: bool = False
    tip: str = ""


def specs() -> list[Spec]:
    return [
        Spec(
            "import_documents",
            tr("&Import document…"),
            "transfer.import_documents",
            ("Ctrl+I",),
            "import",
            tip=tr("Add your own PDF, Word, Markdown or text files to the library"),
        ),
        Spec(
            "install_pack",
            tr("Install content &pack…"),
            "transfer.install_pack",
            tip=tr("Add a guidance pack (.fgpack) from a publisher"),
        ),
        Spec(
            "protect_profile",
            tr("&Protect with a passphrase…"),
            "profile.protect_profile",
            tip=tr("Encrypt this profile so that nobody without the passphrase can read it"),
        ),
        Spec("change_passphrase", tr("&Change passphrase…"), "profile.change_passphrase"),
        Spec(
            "remove_protection",
            tr("&Remove protection…"),
            "profile.remove_protection",
            tip=tr("Decrypt this profile: anyone with the files can then read it"),
        ),
        Spec("quit", tr("&Quit"), "close", (StandardKey.Quit, "Ctrl+Q")),
        Spec("undo", tr("&Undo"), "assessments.undo", (StandardKey.Undo,)),
        Spec("redo", tr("&Redo"), "assessments.redo", (StandardKey.Redo, "Ctrl+Y")),
        Spec(
            "copy_citation",
            tr("Copy with &citation"),
            "reading.copy_with_citation",
            ("Ctrl+Shift+C",),
            "quote",
            tip=tr("Copy the selection, or the whole section, followed by its source"),
        ),
        Spec("find", tr("&Find in section…"), "reading.open_find", (StandardKey.Find,), "find"),
        Spec("find_next", tr("Find &next"), "reading.find_next", (StandardKey.FindNext,)),
        Spec("find_previous", tr("Find pre&vious"), "reading.find_previous", (StandardKey.FindPrevious,)),
        Spec(
            "toggle_bookmark",
            tr("&Bookmark this section"),
            "reading.toggle_bookmark",
            ("Ctrl+D",),
            "bookmark",
            checkable=True,
        ),
        Spec("edit_note", tr("Write a &note"), "reading.edit_note", ("Ctrl+Shift+N",), "note"),
        Spec("zoom_in", tr("Zoom &in"), "reading.zoom_in", (StandardKey.ZoomIn, "Ctrl+="), "zoom-in"),
        Spec("zoom_out", tr("Zoom &out"), "reading.zoom_out", (StandardKey.ZoomOut,), "zoom-out"),
        Spec("zoom_reset", tr("&Actual size"), "reading.zoom_reset", ("Ctrl+0",)),
        Spec(
            "show_navigator",
            tr("&Library panel"),
            "set_navigator_visible",
            ("Ctrl+Shift+B",),
            "sidebar",
            checkable=True,
        ),
        Spec(
            "show_notes",
            tr("&Notes panel"),
            "set_notes_visible",
            ("Ctrl+Shift+M",),
            "notes-panel",
            checkable=True,
        ),
        Spec("back", tr("&Back"), "reading.go_back", ("Alt+Left",), "arrow-left"),
        Spec("forward", tr("&Forward"), "reading.go_forward", ("Alt+Right",), "arrow-right"),
        Spec(
            "previous_section", tr("&Previous section"), "reading.previous_section", ("Alt+Up",), "chevron-up"
        ),
        Spec("next_section", tr("N&ext section"), "reading.next_section", ("Alt+Down",), "chevron-down"),
        Spec("search", tr("&Search the library…"), "reading.focus_search", ("Ctrl+K",), "search"),
        Spec("filter_tree", tr("F&ilter the library tree"), "reading.focus_tree_filter", ("Ctrl+Shift+F",)),
        Spec(
            "new_assessment",
            tr("&New assessment…"),
            "assessments.new_assessment",
            (StandardKey.New, "Ctrl+N"),
            "assessment",
            tip=tr("Start an assessment from one or more checklists"),
        ),
        Spec(
            "edit_details",
            tr("Assessment &details…"),
            "assessments.edit_details",
            tip=tr("Change the open assessment's title, place, assessors, dates or marking"),
        ),
        Spec(
            "duplicate_assessment",
            tr("D&uplicate assessment"),
            "assessments.duplicate",
            tip=tr("A new draft with the same details, answers and actions"),
        ),
        Spec(
            "delete_assessment",
            tr("&Delete assessment…"),
            "assessments.delete",
            tip=tr("Move the open assessment to the bin, from where it can be restored"),
        ),
        Spec(
            "show_bin",
            tr("Deleted assess&ments…"),
            "assessments.show_bin",
            tip=tr("Assessments in the bin, to restore"),
        ),
        Spec(
            "export_report",
            tr("&Export report…"),
            "transfer.export_report",
            ("Ctrl+E",),
            tip=tr("Save the open assessment as a PDF, Word, CSV or JSON report"),
        ),
        Spec(
            "share_assessment",
            tr("S&hare with a colleague…"),
            "transfer.share_assessment",
            tip=tr("Save the open assessment encrypted so that only one colleague's laptop can open it"),
        ),
        Spec(
            "open_shared",
            tr("Open a &shared assessment…"),
            "transfer.open_shared",
            tip=tr("Import an assessment a colleague shared with this laptop"),
        ),
        Spec(
            "save_device_key",
            tr("Save this laptop's &public key…"),
            "transfer.save_device_key",
            tip=tr("The file colleagues need to share an assessment with you (it is not secret)"),
        ),
        Spec(
            "sync",
            tr("&Sync with folder…"),
            "sync.open_sync",
            ("Ctrl+Shift+S",),
            tip=tr("Exchange changes with your team through a shared folder or USB stick"),
        ),
        Spec(
            "conflicts",
            tr("&Conflicts…"),
            "sync.open_conflicts",
            tip=tr("Texts two people changed at once, waiting for you to choose"),
        ),
        Spec("shortcuts", tr("&Keyboard shortcuts"), "show_shortcuts", (StandardKey.HelpContents, "F1")),
        Spec("about", tr("&About Field Guide"), "profile.show_about", (), "info"),
    ]


# The lock (Ctrl+L) belongs to the lock controller installed after the window is built;
# the window puts it at the top of the protection group of the File menu (LOCK_BEFORE).
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
