"""The team in the Sync window: its members with their verification codes; create, join, add, remove.

Joining goes by three small files, by USB stick or side by side: a member *invites*
(an invitation file), the new laptop *joins* (a join request, and it shows a code), the
member *adds* it once both laptops show the same code (an answer file), and the new
laptop *opens the answer*. Every step is an operation on the runner; what the person
must compare (the code) is shown before anything is signed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldguide.changes import Changes
from fieldguide.errors import UserError

if TYPE_CHECKING:
    from fieldguide.sync.team import TeamMember
    from fieldguide.ui.runner import Runner

TEAM_CHANGED = Changes(sync_state=True)
FINGERPRINT_ROLE = Qt.ItemDataRole.UserRole + 1


class TeamPanel(QWidget):
    changed = Signal()  # the team changed: the dialog re-reads whether it can sync
    said = Signal(str)  # a one-line result or error for the dialog's summary

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.in_team = False

        self.status = QLabel(self)
        self.status.setObjectName("teamStatus")
        self.status.setWordWrap(True)
        self.roster = QTreeWidget(self)
        self.roster.setObjectName("teamRoster")
        self.roster.setAccessibleName(self.tr("Team members"))
        self.roster.setHeaderLabels([self.tr("Member"), self.tr("Verification code")])
        self.roster.setRootIsDecorated(False)
        self.roster.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roster.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.roster.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.roster.setMaximumHeight(130)
        self.roster.itemSelectionChanged.connect(self._selection)
        self.code = QLabel(self)
        self.code.setObjectName("joinCode")
        self.code.setWordWrap(True)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setVisible(False)

        self.create_button = self._button(self.tr("Create a team…"), "createTeam", self.create_team)
        self.join_button = self._button(self.tr("Join with an invitation…"), "joinTeam", self.join_team)
        self.accept_button = self._button(self.tr("Open the answer…"), "openAnswer", self.open_answer)
        self.invite_button = self._button(self.tr("Invite a member…"), "inviteMember", self.invite)
        self.add_button = self._button(self.tr("Add a member…"), "addMember", self.add_member)
        self.remove_button = self._button(self.tr("Remove…"), "removeMember", self.remove_member)
        buttons = QHBoxLayout()
        for button in (
            self.create_button,
            self.join_button,
            self.accept_button,
            self.invite_button,
            self.add_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.roster)
        layout.addWidget(self.code)
        layout.addLayout(buttons)
        self.refresh()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- what is shown -----------------------------------------------------------------

    def refresh(self) -> None:
        roster, members = self.runner.call(lambda app: (app.sync.roster(), app.sync.members()))
        self.in_team = roster is not None
        self.roster.clear()
        if roster is None:
            self.status.setText(
                self.tr("This laptop is not in a team yet: create one, or join with a member's invitation.")
            )
        else:
            self.status.setText(
                self.tr("Team %1 — %n member(s), key epoch %2.", "", len(members))
                .replace("%1", roster.name)
                .replace("%2", str(roster.epoch))
            )
            for member in members:
                self.roster.addTopLevelItem(self._row(member))
        self.roster.setVisible(self.in_team)
        for button in (self.create_button, self.join_button):
            button.setVisible(not self.in_team)
        self.accept_button.setVisible(not self.in_team and self.code.isVisible())
        for button in (self.invite_button, self.add_button, self.remove_button):
            button.setVisible(self.in_team)
        if self.in_team:
            self.code.setVisible(False)
        self._selection()

    def _row(self, member: TeamMember) -> QTreeWidgetItem:
        code = self.tr("this laptop") if member.this_device else member.code
        item = QTreeWidgetItem([member.name, code])
        item.setData(0, FINGERPRINT_ROLE, member.fingerprint)
        item.setData(0, Qt.ItemDataRole.UserRole, member.this_device)
        return item

    def _selection(self) -> None:
        chosen = self.roster.selectedItems()
        self.remove_button.setEnabled(bool(chosen) and not chosen[0].data(0, Qt.ItemDataRole.UserRole))

    def rows(self) -> list[tuple[str, str]]:
        """(name, code) of each member as shown."""
        items = (self.roster.topLevelItem(i) for i in range(self.roster.topLevelItemCount()))
        return [(item.text(0), item.text(1)) for item in items if item is not None]

    # --- asking the person (separate so that tests can answer) --------------------------

    def ask_save(self, title: str, suggested: str, kinds: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, kinds)
        return Path(name) if name else None

    def ask_open(self, title: str, kinds: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, "", kinds)
        return Path(name) if name else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _unprotected_ok(self) -> bool | None:
        """``False`` when the profile is protected; ``True`` when the person accepts team keys
        in an unprotected profile; ``None`` when they decline (nothing happens)."""
        if self.runner.call(lambda app: app.sync.team_keys_allowed()):
            return False
        accepted = self.confirm(
            self.tr("Unprotected profile"),
            self.tr(
                "This profile is not protected by a passphrase, so the team's keys would be stored "
                "unencrypted on this laptop. It is safer to protect the profile first (Profile menu). "
                "Keep the team's keys in this unprotected profile anyway?"
            ),
        )
        return True if accepted else None

    def _run(self, operation: Any) -> Any:
        try:
            result = self.runner.call(operation, changes=TEAM_CHANGED)
        except UserError as error:
            self.said.emit(str(error))
            return None
        self.refresh()
        self.changed.emit()
        return result

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        from fieldguide.atomic import atomic_write

        with atomic_write(path) as temporary:
            temporary.write_bytes(data)

    def _read(self, path: Path) -> bytes | None:
        try:
            return path.read_bytes()[: 4 * 1024 * 1024 + 1]
        except OSError as error:
            self.said.emit(
                self.tr("%1 could not be read (%2).")
                .replace("%1", path.name)
                .replace("%2", str(error.strerror))
            )
            return None

    # --- not in a team yet -----------------------------------------------------------

    def create_team(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Create a team"), self.tr("The team's name:"))
        if not ok or not name.strip():
            return
        unprotected = self._unprotected_ok()
        if unprotected is None:
            return
        if self._run(lambda app: app.sync.create_team(name, unprotected=unprotected)) is not None:
            self.said.emit(self.tr("Team created. Invite each member, then add them when they answer."))

    def join_team(self) -> None:
        invitation = self.ask_open(self.tr("A member's invitation"), self.tr("Team invitations (*.fginvite)"))
        if invitation is None:
            return
        data = self._read(invitation)
        if data is None:
            return
        unprotected = self._unprotected_ok()
        if unprotected is None:
            return
        try:
            request, code, team = self.runner.call(
                lambda app: app.sync.join_request(data, unprotected=unprotected), changes=TEAM_CHANGED
            )
        except UserError as error:
            self.said.emit(str(error))
            return
        target = self.ask_save(
            self.tr("Save the join request"), "join-request.fgjoin", self.tr("Join requests (*.fgjoin)")
        )
        if target is None:
            return
        try:
            self._write(target, request)
        except OSError as error:
            self.said.emit(str(error.strerror or error))
            return
        self.code.setText(
            self.tr(
                "Verification code: %1. Give the request to the member who invited you; their laptop "
                "must show this same code before they add you to %2. Then open their answer here."
            )
            .replace("%1", code)
            .replace("%2", team)
        )
        self.code.setVisible(True)
        self.refresh()

    def open_answer(self) -> None:
        answer = self.ask_open(self.tr("The member's answer"), self.tr("Answers (*.fganswer)"))
        if answer is None:
            return
        data = self._read(answer)
        if data is None:
            return
        unprotected = self._unprotected_ok()
        if unprotected is None:
            return
        self.code.setVisible(False)
        if self._run(lambda app: app.sync.accept(data, unprotected=unprotected)) is not None:
            self.said.emit(self.tr("This laptop is now a member of the team. Sync to receive its work."))

    # --- members ---------------------------------------------------------------------

    def invite(self) -> None:
        target = self.ask_save(
            self.tr("Save the invitation"), "invitation.fginvite", self.tr("Team invitations (*.fginvite)")
        )
        if target is None:
            return
        data = self._run(lambda app: app.sync.invitation())
        if data is None:
            return
        try:
            self._write(target, data)
        except OSError as error:
            self.said.emit(str(error.strerror or error))
            return
        self.said.emit(
            self.tr("Invitation saved as %1: give it to the new member.").replace("%1", target.name)
        )

    def add_member(self) -> None:
        source = self.ask_open(self.tr("The new member's join request"), self.tr("Join requests (*.fgjoin)"))
        if source is None:
            return
        data = self._read(source)
        if data is None:
            return
        try:
            asked = self.runner.call(lambda app: app.sync.read_request(data))
        except UserError as error:
            self.said.emit(str(error))
            return
        question = self.tr(
            "%1 asks to join the team.\n\nDoes that laptop show exactly this verification code?\n\n%2\n\n"
            "Add it only if the codes are the same."
        )
        if not self.confirm(
            self.tr("Add a member"), question.replace("%1", asked.keys.name).replace("%2", asked.code)
        ):
            self.said.emit(self.tr("Not added: nothing was signed."))
            return
        answer = self._run(lambda app: app.sync.admit(data, asked.code))
        if answer is None:
            return
        target = self.ask_save(
            self.tr("Save the answer"), "answer.fganswer", self.tr("Answers (*.fganswer)")
        ) or source.with_suffix(".fganswer")
        try:
            self._write(target, answer)
        except OSError as error:
            self.said.emit(str(error.strerror or error))
            return
        self.said.emit(
            self.tr("%1 is now a member. Give them %2 to open on their laptop.")
            .replace("%1", asked.keys.name)
            .replace("%2", target.name)
        )

    def remove_member(self, *, lost: bool | None = None) -> None:
        chosen = self.roster.selectedItems()
        if not chosen:
            return
        name = chosen[0].text(0)
        fingerprint = str(chosen[0].data(0, FINGERPRINT_ROLE))
        if lost is None:
            box = QMessageBox(self)
            box.setWindowTitle(self.tr("Remove a member"))
            box.setText(
                self.tr(
                    "Remove %1 from the team? It will not be able to read anything the team writes "
                    "from now on; what it already has stays on it."
                ).replace("%1", name)
            )
            remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.AcceptRole)
            was_lost = box.addButton(
                self.tr("Remove: this laptop was lost"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() not in (remove, was_lost):
                return
            lost = box.clickedButton() is was_lost
        removed = lost
        if self._run(lambda app: app.sync.remove_member(fingerprint, lost=removed)) is not None:
            self.said.emit(
                self.tr("%1 was removed. The team's next bundles use a new key it cannot read.").replace(
                    "%1", name
                )
            )
