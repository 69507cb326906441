"""The assessment workspace's layout: banners, title, progress, the item tree, the editor and the actions.

A view only: `AssessmentWorkspace` (workspace.py) builds on it and connects the
widgets to what they do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItemModel
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

from fieldguide.assessments.model import AssessmentView
from fieldguide.ui.conflict_marks import ConflictBanner
from fieldguide.ui.scrolling import VerticalScrollArea
from fieldguide.ui.workspace.actions_panel import ActionsPanel
from fieldguide.ui.workspace.banner import Banner
from fieldguide.ui.workspace.item_editor import ItemEditor
from fieldguide.ui.workspace.item_model import FILTERS, ItemFilter, filter_label
from fieldguide.ui.workspace.labels import classification_label, muted
from fieldguide.ui.workspace.status_chart import StatusChart


class WorkspaceLayout(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentWorkspace")
        self._build()

    def _build(self) -> None:
        """Every widget and where it sits; the workspace connects them to what they do."""
        self.final_banner = Banner("info", self)
        self.final_banner.setObjectName("finalBanner")
        self.reopen_button = self.final_banner.add_button(self.tr("&Reopen"))
        self.reopen_button.setObjectName("reopenButton")
        self.error_banner = Banner("error", self)
        self.error_banner.setObjectName("errorBanner")
        self.retry_button = self.error_banner.add_button(self.tr("Try again"))
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
        # Long filter names (in French, in Arabic) must not set the panel's width: the list
        # shows them whole when it opens.
        self.filter_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter_box.setMinimumContentsLength(10)
        for name in FILTERS:
            self.filter_box.addItem(filter_label(name), name)
        filter_label_widget = QLabel(self.tr("&Show"), self)
        filter_label_widget.setBuddy(self.filter_box)
        self.count_label = QLabel(self)
        muted(self.count_label)
        self.model = QStandardItemModel(self)
        self.filter = ItemFilter(self)
        self.filter.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setObjectName("itemTree")
        self.tree.setAccessibleName(self.tr("Checklist items"))
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.filter)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setIndentation(14)
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
        self.conflict_banner = ConflictBanner(self)  # "another version exists — compare"
        self.actions_panel = ActionsPanel(self)

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

        # On a screen too short for everything (a small laptop at 125 %, the final banner
        # shown), the page scrolls as a whole instead of making the window taller.
        body = QWidget()
        body.setObjectName("workspaceBody")
        for widget in self.findChildren(QWidget):
            if widget.parent() is self:
                widget.setParent(body)
        scroll = VerticalScrollArea(body, self)
        scroll.setObjectName("workspaceScroll")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.final_banner)
        layout.addWidget(self.error_banner)
        layout.addLayout(title_row)
        layout.addWidget(self.meta_label)
        layout.addLayout(progress_row)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.splitter, 1)

    def show_header(self, view: AssessmentView) -> None:
        self.title_label.setText(view.title)
        marking = classification_label(view.classification)
        self.classification_label.setText(marking.upper())
        self.classification_label.setVisible(True)
        colour = {"confidential": "#9C6400", "strictly-confidential": "#B3372E"}.get(view.classification)
        # A marking, not a control: coloured capitals, no frame that would read as a button.
        self.classification_label.setStyleSheet(
            "QLabel { color: COLOUR; font-weight: 600; letter-spacing: 1px; }".replace(
                "COLOUR", colour or "#5F6B7A"
            )
        )
        period = " – ".join(d for d in (view.start_date, view.end_date) if d)
        parts = [view.country, view.mission, period]
        if view.assessors:
            parts.append(self.tr("Assessors: %1").replace("%1", ", ".join(view.assessors)))
        self.meta_label.setText("  ·  ".join(p for p in parts if p))
        self.meta_label.setVisible(bool(self.meta_label.text()))
        self.finalise_button.setEnabled(True)
