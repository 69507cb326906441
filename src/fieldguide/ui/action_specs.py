"""What each of the window's actions is: its text, keys, icon, tip and the method it calls.

One row per action; `actions.py` builds the QActions from this table and places them
in the menus and on the toolbar.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

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
        Spec("edit_note", tr("Write a &note"), "noting.edit_note", ("Ctrl+Shift+N",), "note"),
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
