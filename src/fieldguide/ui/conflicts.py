"""The conflicts inbox: two versions of one text side by side, resolved with one click.

A conflict arises when two people changed the same text without seeing each other's
change; sync keeps the text that lost here until someone chooses. The view lists the
open conflicts, shows both versions with the device and time each was written, and
forwards the choice (keep mine, keep theirs, keep both) to the sync service. The
choice syncs like any edit and closes the conflict on every device.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldguide.changes import USER_DATA
from fieldguide.ui.runner import Runner

if TYPE_CHECKING:
    from fieldguide.sync.conflicts import Keep

# A resolution rewrites the text it settles (a note, an answer, an action…) and is itself a change to send.
RESOLVED = USER_DATA

FIELD_NAMES = {
    ("assessment", "title"): QT_TRANSLATE_NOOP("ConflictsInbox", "Assessment title"),
    ("assessment", "country"): QT_TRANSLATE_NOOP("ConflictsInbox", "Country or region"),
    ("assessment", "mission"): QT_TRANSLATE_NOOP("ConflictsInbox", "Mission or office"),
    ("assessment", "summary"): QT_TRANSLATE_NOOP("ConflictsInbox", "Assessment summary"),
    ("response", "note"): QT_TRANSLATE_NOOP("ConflictsInbox", "Note on an item"),
    ("response", "evidence"): QT_TRANSLATE_NOOP("ConflictsInbox", "Evidence for an item"),
    ("note", "body"): QT_TRANSLATE_NOOP("ConflictsInbox", "Note"),
    ("action", "text"): QT_TRANSLATE_NOOP("ConflictsInbox", "Follow-up action"),
    ("action", "owner"): QT_TRANSLATE_NOOP("ConflictsInbox", "Owner of an action"),
    ("bookmark", "label"): QT_TRANSLATE_NOOP("ConflictsInbox", "Bookmark"),
}


def device_label(device: str, this_device: bool) -> str:
    if this_device:
        return QCoreApplication.translate("Sync", "this device")
    return QCoreApplication.translate("Sync", "device %1").replace("%1", device[:8])


def local_time(iso: str) -> str:
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def field_label(table: str, field: str) -> str:
    if field == "deleted":
        return QCoreApplication.translate("ConflictsInbox", "Deleted while being edited")
    name = FIELD_NAMES.get((table, field))
    if name is None:
        return f"{table}.{field}"
    return QCoreApplication.translate("ConflictsInbox", str(name))


class _Version:
    """One side: who wrote it and when (heading), and the text itself."""

    def __init__(self, name: str, parent: QWidget) -> None:
        self.heading = QLabel(parent)
        self.heading.setObjectName(f"{name}Heading")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.text = QPlainTextEdit(parent)
        self.text.setObjectName(f"{name}Text")
        self.text.setReadOnly(True)


class ConflictsInbox(QWidget):
    """Open conflicts on the left; the selected one's two versions side by side on the right."""

    resolved = Signal(str)  # the conflict id
    count_changed = Signal(int)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.conflicts: list[Any] = []
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(900, 520)

        self.list = QListWidget(self)
        self.list.setObjectName("conflictList")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentRowChanged.connect(self._show)

        self.title = QLabel(self)
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.mine = _Version("mine", self)
        self.theirs = _Version("theirs", self)
        # Headings in one row and texts in the next, so the two texts line up even when
        # one heading wraps; Qt mirrors the columns in a right-to-left layout.
        sides = QGridLayout()
        for column, version in enumerate((self.mine, self.theirs)):
            sides.addWidget(version.heading, 0, column)
            sides.addWidget(version.text, 1, column)
            sides.setColumnStretch(column, 1)
        sides.setRowStretch(1, 1)

        self.keep_mine = QPushButton(self.tr("Keep mine"), self)
        self.keep_mine.setObjectName("keepMine")
        self.keep_theirs = QPushButton(self.tr("Keep theirs"), self)
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_both = QPushButton(self.tr("Keep both"), self)
        self.keep_both.setObjectName("keepBoth")
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.keep_both.clicked.connect(lambda: self.resolve("both"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.keep_mine, self.keep_theirs, self.keep_both):
            buttons.addWidget(button)
        self.error = QLabel(self)
        self.error.setObjectName("conflictError")
        self.error.setWordWrap(True)

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.explanation)
        detail_layout.addLayout(sides, 1)
        detail_layout.addWidget(self.error)
        detail_layout.addLayout(buttons)

        self.empty = QLabel(
            self.tr(
                "No conflicts. When two people change the same text without seeing each other's "
                "change, the version that lost waits here for you to choose."
            ),
            self,
        )
        self.empty.setObjectName("noConflicts")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 640])
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.refresh()

    def refresh(self) -> None:
        """Reload the open conflicts (after a sync, or a resolution made elsewhere)."""
        current = self.current_id()
        self.conflicts = self.runner.call(lambda app: app.sync.conflicts())
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(f"{field_label(conflict.table, conflict.field)}\n{conflict.record}")
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.pages.setCurrentIndex(1 if self.conflicts else 0)
        ids = [c.id for c in self.conflicts]
        if self.conflicts:
            self.list.setCurrentRow(ids.index(current) if current in ids else 0)
            self._show(self.list.currentRow())
        self.count_changed.emit(len(self.conflicts))

    def current_id(self) -> str | None:
        row = self.list.currentRow()
        return self.conflicts[row].id if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        self.error.clear()
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        self.title.setText(f"{field_label(conflict.table, conflict.field)} — {conflict.record}")
        if conflict.kind == "delete":
            deleter = conflict.mine if conflict.mine.value is True else conflict.theirs
            self.explanation.setText(
                self.tr("Deleted on %1 while it was being edited elsewhere — keep it or delete it?").replace(
                    "%1", deleter.device_name
                )
            )
        elif conflict.kind == "value":
            self.explanation.setText(
                self.tr("Two people chose differently without seeing each other's choice. Keep one of them.")
            )
        else:
            self.explanation.setText(
                self.tr(
                    "Two people changed this text without seeing each other's change. "
                    "Both versions are kept until you choose."
                )
            )
        for pane, side, name in (
            (self.mine, conflict.mine, self.tr("Mine")),
            (self.theirs, conflict.theirs, self.tr("Theirs")),
        ):
            heading = (
                self.tr("%1 — %2, %3")
                .replace("%1", name)
                .replace("%2", side.device_name)
                .replace("%3", local_time(side.time))
            )
            if side.current:
                heading += " " + self.tr("(shown now)")
            pane.heading.setText(heading)
            if conflict.kind == "delete":
                pane.text.setPlainText(self.tr("Deleted") if side.value else self.tr("Kept, with the edit"))
            else:
                pane.text.setPlainText(str(side.value or ""))
        self._label_buttons(conflict)

    def _label_buttons(self, conflict: Any) -> None:
        """Words for the choice at hand: keep or delete a record; two versions that cannot be joined."""
        if conflict.kind == "delete":
            mine_deletes = conflict.mine.value is True
            self.keep_mine.setText(self.tr("Delete it") if mine_deletes else self.tr("Keep it"))
            self.keep_theirs.setText(self.tr("Keep it") if mine_deletes else self.tr("Delete it"))
        else:
            self.keep_mine.setText(self.tr("Keep mine"))
            self.keep_theirs.setText(self.tr("Keep theirs"))
        self.keep_both.setVisible(conflict.kind == "text")

    def focus(self, conflict_id: str) -> None:
        """Show this conflict (the workspace's "compare")."""
        ids = [c.id for c in self.conflicts]
        if conflict_id in ids:
            self.list.setCurrentRow(ids.index(conflict_id))

    def resolve(self, keep: Keep) -> None:
        conflict_id = self.current_id()
        if conflict_id is None:
            return
        from fieldguide.errors import UserError

        try:
            self.runner.call(lambda app: app.sync.resolve(conflict_id, keep), changes=RESOLVED, origin=self)
        except UserError as error:
            self.error.setText(str(error))
            self.refresh()
            return
        self.refresh()
        self.resolved.emit(conflict_id)
