"""Search as you type: a panel of ranked hits under the toolbar's search field.

Typing restarts a short timer; when it fires the query runs on a worker thread
(`run_task`), so the GUI never waits for the index. Only one query runs at a
time: while it runs, newer text waits, and a result is shown only if it still
answers the latest text (each query has a sequence number), so a slow early
query can never overwrite a later one.

The panel is a child of the window, not a separate popup window: keyboard
focus stays in the field (Up/Down/Enter/Esc are forwarded), and it behaves the
same on every platform and in screenshots.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from fieldguide.ui.search_hits import HIT_ROLE, HitDelegate, kind_label
from fieldguide.ui.tasks import run_task

DEBOUNCE_MS = 150
LIMIT = 30
PANEL_MIN_WIDTH = 560


class SearchPopup(QFrame):
    """The result panel and its controller, bound to a search field."""

    hit_activated = Signal(object, str)  # SearchHit, the query it answered
    closed = Signal()
    results_shown = Signal(int)  # number of hits now listed (for tests and the bench)

    def __init__(self, field: QLineEdit, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("searchPanel")
        self.field = field
        self.window_widget = window
        self._search: Callable[..., list[Any] | None] | None = None
        self._sequence = 0  # number of the newest query asked for
        self._running = False
        self._pending = False
        self._shown_query = ""
        self._open_when_ready = False

        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setObjectName("searchResults")
        self.list.setModel(self.model)
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the field
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setMouseTracking(True)
        self.list.clicked.connect(self._activate_index)
        self.hint = QLabel(self.tr("↑ ↓ to choose · Enter to open · Esc to close"), self)
        self.hint.setObjectName("searchSummary")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_query)
        field.textChanged.connect(self._text_changed)
        field.installEventFilter(self)
        window.installEventFilter(self)
        self.hide()

    # --- wiring ---------------------------------------------------------------------------

    def set_search(self, search: Callable[..., list[Any] | None] | None) -> None:
        """The function that answers a query (`SearchService.search`), once the library is open."""
        self._search = search
        if search is not None and self.field.text().strip():
            self._timer.start()

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text().strip():
            self.open_panel()

    def open_panel(self) -> None:
        self.reposition()
        self.show()
        self.raise_()

    def close_panel(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    @property
    def hits(self) -> list[Any]:
        return [self.model.item(row).data(HIT_ROLE) for row in range(self.model.rowCount())]

    @property
    def current_row(self) -> int:
        return self.list.currentIndex().row()

    # --- querying ---------------------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self._sequence += 1  # any answer still on its way is now stale
            self.model.clear()
            self.close_panel()
            return
        self._timer.start()

    def _start_query(self) -> None:
        query = self.field.text()
        if not query.strip():
            return
        if self._search is None:
            self._show_summary(self.tr("The library is still opening…"))
            return
        if self._running:
            self._pending = True  # asked for again as soon as the running query returns
            return
        self._sequence += 1
        sequence = self._sequence
        self._running = True
        search = self._search
        if not self.model.rowCount():
            self._show_summary(self.tr("Searching…"))
        run_task(
            lambda: search(query, limit=LIMIT),
            lambda hits: self._finished(sequence, query, hits),
            lambda error: self._failed(sequence, error),
        )

    def _finished(self, sequence: int, query: str, hits: list[Any] | None) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed while the query ran
        self._running = False
        if hits is None:
            # The search read while the profile opens could not answer (its index still owes
            # rows received in a sync): the full open's search asks again (`set_search`).
            if sequence == self._sequence:
                self._show_summary(self.tr("The library is still opening…"))
        elif sequence == self._sequence and query == self.field.text():
            self._show(query, hits)
        if self._pending:
            self._pending = False
            self._start_query()

    def _failed(self, sequence: int, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._running = False
        if sequence == self._sequence:
            self._show_summary(self.tr("Search failed: %1").replace("%1", str(error) or type(error).__name__))
        if self._pending:
            self._pending = False
            self._start_query()

    def _show(self, query: str, hits: list[Any]) -> None:
        self._shown_query = query
        self.model.clear()
        for hit in hits:
            item = QStandardItem()
            item.setEditable(False)
            item.setData(hit, HIT_ROLE)
            item.setData(f"{kind_label(hit)}: {hit.title}", Qt.ItemDataRole.AccessibleTextRole)
            self.model.appendRow(item)
        if hits:
            self.list.setCurrentIndex(self.model.index(0, 0))
            if len(hits) == 1:
                self.summary.setText(self.tr("1 result"))
            elif len(hits) < LIMIT:
                self.summary.setText(self.tr("%1 results").replace("%1", str(len(hits))))
            else:
                self.summary.setText(self.tr("The best %1 results").replace("%1", str(LIMIT)))
        else:
            self.summary.setText(self.tr("Nothing found for “%1”").replace("%1", query.strip()))
        self.list.setVisible(bool(hits))
        self.hint.setVisible(bool(hits))
        if self.field.hasFocus() or self.isVisible():
            self.open_panel()
        self.results_shown.emit(len(hits))

    def _show_summary(self, text: str) -> None:
        self.summary.setText(text)
        if not self.model.rowCount():
            self.list.hide()
            self.hint.hide()
        if self.field.hasFocus():
            self.open_panel()

    # --- choosing -------------------------------------------------------------------------------

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = max(0, min(rows - 1, self.list.currentIndex().row() + step))
        self.list.setCurrentIndex(self.model.index(row, 0))
        self.list.scrollTo(self.model.index(row, 0))

    def activate_current(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._activate_index(index)

    def _activate_index(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return
        self.hide()
        self.hit_activated.emit(hit, self._shown_query)

    # --- placement and keys -------------------------------------------------------------------

    def reposition(self) -> None:
        window = self.window_widget
        field_rect = QRect(self.field.mapTo(window, QPoint(0, 0)), self.field.size())
        width = min(max(field_rect.width(), PANEL_MIN_WIDTH), window.width() - 24)
        rows = self.model.rowCount()
        row_height = self.list.sizeHintForRow(0) if rows else 0
        content = self.summary.sizeHint().height() + 24
        if rows:
            content += min(rows, 6) * row_height + self.hint.sizeHint().height() + 12
        height = min(content, int(window.height() * 0.75))
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            x = max(12, min(field_rect.left(), window.width() - width - 12))
        else:
            x = max(12, min(field_rect.right() - width + 1, window.width() - width - 12))
        self.setGeometry(x, field_rect.bottom() + 6, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_widget and event.type() == QEvent.Type.Resize and self.isVisible():
            self.reposition()
        elif watched is self.field:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key(event)
            if event.type() == QEvent.Type.FocusOut:
                # A click elsewhere closes the panel; a click on a hit arrives first, then this.
                QTimer.singleShot(0, self._close_if_unfocused)
        return super().eventFilter(watched, event)

    def _close_if_unfocused(self) -> None:
        if not self.field.hasFocus():
            self.close_panel()

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()  # an int: letters such as Arabic ones are no Qt.Key member
        if key == Qt.Key.Key_Escape:
            if self.isVisible():
                self.close_panel()
            else:
                self.closed.emit()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if not self.isVisible() and self.field.text().strip():
                self.open_panel()
                return True
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}
            step = steps[Qt.Key(key)]
            self._move(step)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or self._running:
                # Enter pressed before the answer to the latest text arrived: open its best hit.
                self._timer.stop()
                self._open_first_when_ready()
            else:
                self.activate_current()
            return True
        return False

    def _open_first_when_ready(self) -> None:
        if self._open_when_ready:
            return
        self._open_when_ready = True

        def once(_count: int) -> None:
            self.results_shown.disconnect(once)
            self._open_when_ready = False
            self.list.setCurrentIndex(self.model.index(0, 0))
            self.activate_current()

        self.results_shown.connect(once)
        if not self._running:
            self._start_query()
