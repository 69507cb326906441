"""The assessment workspace: the items on one side, the selected item's editor and the actions on the other.

Keys (not while typing in a text field, except Ctrl+Up/Down): 1–5 set the
status, J/K or Ctrl+Down/Ctrl+Up move to the next or previous item, Ctrl+Z
and Ctrl+Shift+Z undo and redo status changes.

Notes are saved by `Autosave`: shortly after typing stops, at least once a
second while it goes on, when the editor loses focus, before another item is
shown and when the workspace is hidden or closed. A failed save keeps the text
in the editor, shows why in a banner, and keeps the user on that item.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QHideEvent,
    QKeySequence,
    QShortcut,
    QStandardItemModel,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fieldguide.assessments.model import (
    NOT_ASSESSED,
    ActionView,
    AssessmentView,
    ResponseView,
    progress_of,
)
from fieldguide.ui.workspace.actions_panel import ActionsPanel
from fieldguide.ui.workspace.autosave import Autosave
from fieldguide.ui.workspace.banner import Banner
from fieldguide.ui.workspace.item_editor import ItemEditor
from fieldguide.ui.workspace.item_model import (
    FILTERS,
    ITEM_ID_ROLE,
    NUMBER_ROLE,
    ROW_KIND_ROLE,
    ItemFilter,
    build_item_model,
    filter_label,
    find_item_row,
    update_item_row,
)
from fieldguide.ui.workspace.labels import classification_label, muted
from fieldguide.ui.workspace.status_chart import StatusChart
from fieldguide.ui.workspace.undo import StatusChange

log = logging.getLogger(__name__)

SHORT_LABEL = 36  # characters of an item's text shown beside an action


class AssessmentWorkspace(QWidget):
    guidance_requested = Signal(str)  # a section id, for the reader beside the checklist
    assessment_changed = Signal(str)  # an assessment id, after every saved change

    def __init__(self, app: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentWorkspace")
        self.app = app
        self.assessment_id: str | None = None
        self._view: AssessmentView | None = None
        self._responses: dict[str, ResponseView] = {}
        self._actions: list[ActionView] = []
        self._reverting = False

        self.undo_stack = QUndoStack(self)
        self.autosave = Autosave(self._save_texts, self)
        self.autosave.failed.connect(self._save_failed)
        self.autosave.saved.connect(self._save_succeeded)
        self.autosave.pending_changed.connect(self._pending_changed)

        self._build()
        self._build_shortcuts()
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.flush)

    # --- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        self.final_banner = Banner("info", self)
        self.final_banner.setObjectName("finalBanner")
        self.reopen_button = self.final_banner.add_button(self.tr("&Reopen"))
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(self.reopen)
        self.error_banner = Banner("error", self)
        self.error_banner.setObjectName("errorBanner")
        self.retry_button = self.error_banner.add_button(self.tr("Try again"))
        self.retry_button.clicked.connect(self._retry)
        dismiss = self.error_banner.add_button(self.tr("Dismiss"))
        dismiss.clicked.connect(self.error_banner.hide)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("assessmentTitle")
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.classification_label = QLabel(self)
        self.classification_label.setObjectName("classification")
        self.meta_label = QLabel(self)
        self.meta_label.setObjectName("assessmentMeta")
        self.meta_label.setWordWrap(True)
        muted(self.meta_label)
        self.finalise_button = QPushButton(self.tr("&Finalise"), self)
        self.finalise_button.setObjectName("finaliseButton")
        self.finalise_button.setToolTip(self.tr("Make the assessment read-only; you can reopen it later"))
        self.finalise_button.clicked.connect(self.finalise)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(True)
        self.progress.setMaximumWidth(320)
        self.progress.setMinimumWidth(220)
        self.chart = StatusChart(self)

        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.classification_label, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addSpacing(8)
        title_row.addWidget(self.finalise_button, 0, Qt.AlignmentFlag.AlignVCenter)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignTop)
        progress_row.addSpacing(16)
        progress_row.addWidget(self.chart, 1)

        # The items, grouped by checklist and group, with a filter above them.
        self.filter_box = QComboBox(self)
        self.filter_box.setObjectName("itemFilter")
        for name in FILTERS:
            self.filter_box.addItem(filter_label(name), name)
        self.filter_box.currentIndexChanged.connect(
            lambda i: self.set_filter(str(self.filter_box.itemData(i)))
        )
        filter_label_widget = QLabel(self.tr("&Show"), self)
        filter_label_widget.setBuddy(self.filter_box)
        self.count_label = QLabel(self)
        muted(self.count_label)
        self.model = QStandardItemModel(self)
        self.filter = ItemFilter(self)
        self.filter.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setObjectName("itemTree")
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.filter)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setIndentation(14)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        left = QWidget(self)
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label_widget)
        filter_row.addWidget(self.filter_box, 1)
        filter_row.addWidget(self.count_label)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self.tree, 1)

        self.editor = ItemEditor(self)
        self.editor.status_chosen.connect(self.set_status)
        self.editor.confidence_chosen.connect(self.set_confidence)
        self.editor.note_edited.connect(lambda text: self.autosave.edited("note", text))
        self.editor.evidence_edited.connect(lambda text: self.autosave.edited("evidence", text))
        self.editor.focus_left.connect(self.flush)
        self.editor.guidance_requested.connect(self.guidance_requested)
        self.actions_panel = ActionsPanel(self)
        self.actions_panel.add_requested.connect(self.add_action)
        self.actions_panel.done_changed.connect(self.set_action_done)
        self.actions_panel.item_requested.connect(self.select_item)

        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.addWidget(self.editor)
        self.right.addWidget(self.actions_panel)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 1)
        self.right.setChildrenCollapsible(False)
        self.right.setSizes([560, 260])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 820])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.final_banner)
        layout.addWidget(self.error_banner)
        layout.addLayout(title_row)
        layout.addWidget(self.meta_label)
        layout.addLayout(progress_row)
        layout.addWidget(self.splitter, 1)
        self._show_nothing()

    def _build_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._shortcuts: list[QShortcut] = []

        def bind(sequence: QKeySequence | str, slot: Any) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

        for number in range(1, 6):
            bind(str(number), lambda number=number: self.set_status_by_key(number))
            keypad = QKeySequence(Qt.KeyboardModifier.KeypadModifier | Qt.Key(Qt.Key.Key_0 + number))
            bind(keypad, lambda number=number: self.set_status_by_key(number))
        for sequence in ("J", "Ctrl+Down"):
            bind(sequence, self.next_item)
        for sequence in ("K", "Ctrl+Up"):
            bind(sequence, self.previous_item)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo status change"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo status change"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(context)
            self.addAction(action)

    # --- opening ---------------------------------------------------------------------

    def open_assessment(self, assessment_id: str) -> bool:
        """Show an assessment; False (and a banner) when it cannot be opened."""
        if not self.flush():
            return False
        try:
            view = self.app.assessments.get(assessment_id)
        except Exception as error:  # shown in the banner; the workspace stays usable
            self._show_error(self.tr("Could not open the assessment: %1").replace("%1", str(error)))
            return False
        self.error_banner.hide()
        self.undo_stack.clear()
        self.autosave.set_target(None)
        self.assessment_id = view.id
        self._set_view(view)
        first = next(
            (r.item_id for r in view.responses if r.status == NOT_ASSESSED and not r.retired),
            view.responses[0].item_id if view.responses else None,
        )
        if first is not None:
            self.select_item(first)
        self.tree.setFocus()
        return True

    def reload(self) -> bool:
        """Show the stored state again (after a change made elsewhere), on the same item."""
        if self.assessment_id is None:
            return False
        current = self.current_item_id
        if not self.open_assessment(self.assessment_id):
            return False
        if current is not None:
            self.select_item(current)
        return True

    def _set_view(self, view: AssessmentView) -> None:
        self._view = view
        self._responses = {r.item_id: r for r in view.responses}
        self._actions = list(view.actions)
        self.editor.show_item(None)
        self.filter.pin(None)
        build_item_model(view, self._items_with_actions(), self.model)
        self.tree.expandAll()
        self._show_header(view)
        self._show_progress()
        self._show_actions()
        self._apply_read_only()

    def _show_nothing(self) -> None:
        self.title_label.setText(self.tr("No assessment open"))
        self.meta_label.setText("")
        self.classification_label.hide()
        self.finalise_button.setEnabled(False)
        self.editor.show_item(None)
        self.actions_panel.set_actions([], {})
        self.actions_panel.set_read_only(True)
        self._show_progress()

    def _show_header(self, view: AssessmentView) -> None:
        self.title_label.setText(view.title)
        marking = classification_label(view.classification)
        self.classification_label.setText(marking.upper())
        self.classification_label.setVisible(True)
        colour = {"confidential": "#9C6400", "strictly-confidential": "#B3372E"}.get(view.classification)
        self.classification_label.setStyleSheet(
            "QLabel { border: 1px solid COLOUR; border-radius: 3px; padding: 2px 8px; color: COLOUR;"
            " font-weight: 600; letter-spacing: 1px; }".replace("COLOUR", colour or "palette(mid)")
        )
        period = " – ".join(d for d in (view.start_date, view.end_date) if d)
        parts = [view.country, view.mission, period]
        if view.assessors:
            parts.append(self.tr("Assessors: %1").replace("%1", ", ".join(view.assessors)))
        self.meta_label.setText("  ·  ".join(p for p in parts if p))
        self.meta_label.setVisible(bool(self.meta_label.text()))
        self.finalise_button.setEnabled(True)

    def _show_progress(self) -> None:
        counts = progress_of(r.status for r in self._responses.values())
        total = sum(counts.values())
        assessed = total - counts[NOT_ASSESSED]
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(assessed)
        self.progress.setFormat(
            self.tr("%1 of %2 assessed").replace("%1", str(assessed)).replace("%2", str(total))
        )
        self.chart.set_counts(counts)
        visible = len(self.visible_item_ids())
        self.count_label.setText(
            self.tr("%1 items").replace("%1", str(visible))
            if self.filter.mode == "all"
            else self.tr("%1 of %2").replace("%1", str(visible)).replace("%2", str(total))
        )

    def _items_with_actions(self) -> set[str]:
        return {a.item_id for a in self._actions if a.item_id}

    def _item_label(self, item_id: str) -> str:
        row = find_item_row(self.model, item_id)
        response = self._responses.get(item_id)
        text = response.item_text if response and response.item_text else item_id
        if len(text) > SHORT_LABEL:
            text = text[: SHORT_LABEL - 1].rstrip() + "…"
        return f"{row.data(NUMBER_ROLE)}. {text}" if row is not None else text

    def _show_actions(self) -> None:
        labels = {a.item_id: self._item_label(a.item_id) for a in self._actions if a.item_id}
        self.actions_panel.set_actions(self._actions, labels)

    def _apply_read_only(self) -> None:
        final = self.is_final()
        self.editor.set_read_only(final)
        self.actions_panel.set_read_only(final)
        self.actions_panel.set_item_available(self.current_item_id is not None)
        if final:
            self.final_banner.show_message(
                self.tr(
                    "This assessment is final and read-only. Reopen it to change answers, notes or actions."
                )
            )
        else:
            self.final_banner.hide()
        self.finalise_button.setVisible(not final)

    # --- state -----------------------------------------------------------------------

    @property
    def current_item_id(self) -> str | None:
        return self.editor.item_id

    def is_final(self) -> bool:
        return self._view is not None and self._view.final

    def response(self, item_id: str) -> ResponseView | None:
        return self._responses.get(item_id)

    def actions(self) -> list[ActionView]:
        return list(self._actions)

    def visible_item_ids(self) -> list[str]:
        return [index.data(ITEM_ID_ROLE) for index in self._visible_items()]

    def _visible_items(self) -> list[QModelIndex]:
        found: list[QModelIndex] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.filter.rowCount(parent)):
                index = self.filter.index(row, 0, parent)
                if index.data(ROW_KIND_ROLE) == "item":
                    found.append(index)
                walk(index)

        walk(QModelIndex())
        return found

    # --- moving between items --------------------------------------------------------

    def select_item(self, item_id: str) -> bool:
        """Show an item (made visible even if the filter hides it); False if its note could not be saved."""
        if find_item_row(self.model, item_id) is None:
            return False
        self.filter.pin(item_id)
        row = find_item_row(self.model, item_id)
        assert row is not None
        index = self.filter.mapFromSource(row.index())
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(index)
        return self.current_item_id == item_id

    def next_item(self) -> None:
        self._move(1)

    def previous_item(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        ids = self.visible_item_ids()
        if not ids:
            return
        current = self.current_item_id
        if current in ids:
            position = min(max(ids.index(current) + step, 0), len(ids) - 1)
        else:
            position = 0 if step > 0 else len(ids) - 1
        if ids[position] != current:
            self.select_item(ids[position])

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reverting or current.data(ROW_KIND_ROLE) != "item":
            return  # a checklist or group row: the editor keeps its item
        item_id = str(current.data(ITEM_ID_ROLE))
        if item_id == self.current_item_id:
            return
        if not self.flush():
            self._return_to_current_item()
            return
        self.autosave.set_target(item_id)
        self.filter.pin(item_id)
        response = self._responses[item_id]
        titles = {c.id: c.title for c in self._view.checklists} if self._view else {}
        self.editor.show_item(response, titles.get(response.checklist_id, ""))
        self._apply_read_only()

    def _return_to_current_item(self) -> None:
        if self.current_item_id is None:
            return
        row = find_item_row(self.model, self.current_item_id)
        if row is None:
            return
        self._reverting = True
        try:
            index = self.filter.mapFromSource(row.index())
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._reverting = False

    # --- filters ---------------------------------------------------------------------

    def set_filter(self, mode: str) -> None:
        self.filter.set_mode(mode)
        index = self.filter_box.findData(mode)
        if index != self.filter_box.currentIndex():
            self.filter_box.setCurrentIndex(index)
        self.tree.expandAll()
        self._show_progress()

    # --- writing ---------------------------------------------------------------------

    def _write(self, item_id: str, **values: str) -> bool:
        """Save fields of one item's answer and show the result; False (and a banner) on failure."""
        if self.assessment_id is None:
            return False
        try:
            response = self.app.assessments.answer(self.assessment_id, item_id, **values)
        except Exception as error:  # the banner says why; the screen keeps the user's input
            self._show_error(self.tr("Could not save: %1").replace("%1", str(error)))
            return False
        self._responses[item_id] = response
        row = find_item_row(self.model, item_id)
        if row is not None:
            update_item_row(row, response, item_id in self._items_with_actions())
        self.filter.refilter()
        self._show_progress()
        if self.current_item_id == item_id:
            self.editor.set_status(response.status)
            self.editor.set_confidence(response.confidence)
        self.assessment_changed.emit(self.assessment_id)
        return True

    def set_status_by_key(self, number: int) -> bool:
        """Keys 1–n choose the n-th value of the current item's own scale."""
        item_id = self.current_item_id
        if item_id is None:
            return False
        scale = self._responses[item_id].scale
        return 1 <= number <= len(scale) and self.set_status(scale[number - 1])

    def set_status(self, status: str) -> bool:
        """The user's judgement for the current item (undoable)."""
        item_id = self.current_item_id
        if item_id is None or self.is_final():
            return False
        old = self._responses[item_id].status
        if old == status:
            self.editor.set_status(status)
            return True
        if not self._write(item_id, status=status):
            self.editor.set_status(old)
            return False
        label = self._item_label(item_id)
        self.undo_stack.push(StatusChange(self, item_id, old, status, label))
        return True

    def apply_status(self, item_id: str, status: str) -> bool:
        """Undo and redo land here: show the item, then write its status."""
        self.select_item(item_id)
        if self._write(item_id, status=status):
            return True
        # The stack now says something the profile does not: start afresh after this step.
        QTimer.singleShot(0, self.undo_stack.clear)
        return False

    def set_confidence(self, confidence: str) -> bool:
        item_id = self.current_item_id
        if item_id is None or self.is_final():
            return False
        return self._write(item_id, confidence=confidence)

    def _save_texts(self, item_id: str, values: dict[str, str]) -> None:
        if self.assessment_id is None:
            return
        response = self.app.assessments.answer(self.assessment_id, item_id, **values)
        self._responses[item_id] = response
        self.assessment_changed.emit(self.assessment_id)

    def flush(self) -> bool:
        """Save any text typed and not yet saved; False if it could not be (the text stays)."""
        return self.autosave.flush()

    def _pending_changed(self, pending: bool) -> None:
        self.editor.save_state.setText(self.tr("Saving…") if pending else self.tr("Saved"))

    def _save_failed(self, message: str) -> None:
        self.editor.save_state.setText(self.tr("Not saved"))
        self._show_error(
            self.tr("Not saved (%1). Your text stays in the editor and will be saved when possible.").replace(
                "%1", message
            )
        )

    def _save_succeeded(self) -> None:
        if not self.autosave.pending:
            self.editor.save_state.setText(self.tr("Saved"))
        self.error_banner.hide()

    def _retry(self) -> None:
        if self.flush():
            self.error_banner.hide()

    def _show_error(self, text: str) -> None:
        log.warning("%s", text)
        self.error_banner.show_message(text)

    # --- actions ---------------------------------------------------------------------

    def add_action(self, text: str, owner: str = "", due: str = "", on_item: bool = True) -> bool:
        if self.assessment_id is None or self.is_final():
            return False
        item_id = self.current_item_id if on_item else None
        try:
            self.app.assessments.add_action(self.assessment_id, text, item_id=item_id, owner=owner, due=due)
        except Exception as error:
            self._show_error(self.tr("Could not add the action: %1").replace("%1", str(error)))
            return False
        self.actions_panel.clear_form()
        self._reload_actions()
        return True

    def set_action_done(self, action_id: str, done: bool) -> bool:
        try:
            self.app.assessments.set_action_done(action_id, done)
        except Exception as error:
            self._show_error(self.tr("Could not change the action: %1").replace("%1", str(error)))
            self._show_actions()
            return False
        self._reload_actions()
        return True

    def _reload_actions(self) -> None:
        if self.assessment_id is None:
            return
        self._actions = self.app.assessments.get(self.assessment_id).actions
        with_actions = self._items_with_actions()
        for item_id, response in self._responses.items():
            row = find_item_row(self.model, item_id)
            if row is not None:
                update_item_row(row, response, item_id in with_actions)
        self.filter.refilter()
        self._show_actions()
        self._show_progress()
        self.assessment_changed.emit(self.assessment_id)

    # --- the assessment as a whole -----------------------------------------------------

    def finalise(self) -> bool:
        if self.assessment_id is None or not self.flush():
            return False
        try:
            self.app.assessments.finalise(self.assessment_id)
        except Exception as error:
            self._show_error(self.tr("Could not finalise: %1").replace("%1", str(error)))
            return False
        self._after_state_change()
        return True

    def reopen(self) -> bool:
        if self.assessment_id is None:
            return False
        try:
            self.app.assessments.reopen(self.assessment_id)
        except Exception as error:
            self._show_error(self.tr("Could not reopen: %1").replace("%1", str(error)))
            return False
        self._after_state_change()
        return True

    def _after_state_change(self) -> None:
        assert self.assessment_id is not None
        self.reload()
        self.assessment_changed.emit(self.assessment_id)

    # --- leaving -----------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flush():
            event.ignore()  # the banner says why; closing would lose the text
            return
        super().closeEvent(event)
