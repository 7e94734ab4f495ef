"""The Tasks tab: the cycle's task renewals, filtered by track and decision.

It only shows and asks; the workspace opens the dialogs and runs the commands.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.models import Decision, Track
from planner.renewals.totals import CycleTotals, totals_of
from ui.accessibility import name_widget
from ui.i18n import fill
from ui.labels import label
from ui.models.base import ROW_ROLE
from ui.renewals.data import UNDECIDED, RenewalRow
from ui.renewals.models import RenewalFilterProxy, RenewalTableModel
from ui.renewals.texts import krw
from ui.renewals.views import fit_columns, table_view


class RenewalTasksTab(QWidget):
    edit_requested = Signal(object)  # RenewalRow
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RenewalTableModel(self)
        self.proxy = RenewalFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy)
        self.view.sortByColumn(RenewalTableModel.COL_CODE, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(self._open)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self.proxy.set_search)
        self.track_combo = QComboBox()
        self.decision_combo = QComboBox()
        self.track_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_track(self.track_combo.currentData())
        )
        self.decision_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_decision(self.decision_combo.currentData())
        )
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self._open(self.view.currentIndex()))
        self.count_label = QLabel()
        self.read_only_banner = QLabel()  # why nothing can be edited, in plain sight
        self.read_only_banner.setStyleSheet(
            "background: #eef3ea; border: 1px solid #b9cfae; border-radius: 4px; padding: 4px 8px;"
        )
        self.read_only_banner.hide()

        bar = QHBoxLayout()
        self.track_caption, self.decision_caption = QLabel(), QLabel()
        # Read by screen readers with the combo boxes.
        self.track_caption.setBuddy(self.track_combo)
        self.decision_caption.setBuddy(self.decision_combo)
        for widget in (
            self.search,
            self.track_caption,
            self.track_combo,
            self.decision_caption,
            self.decision_combo,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.view)
        layout.addWidget(self.count_label)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self._read_only_reason = ""
        self._totals: CycleTotals | None = None
        self.retranslate()

    def set_rows(self, rows: Sequence[RenewalRow], totals: CycleTotals | None = None) -> None:
        """The cycle's renewals and its totals (planner.services.totals; from the rows when
        not given, by the same rule)."""
        first = not self.model.rows()
        selected = self.selected()
        self._totals = totals
        self.model.set_rows(rows)
        if first and rows:
            fit_columns(self.view)
        if selected is not None:
            self.select(selected.id)
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            # A current row from the start: "Edit decision…" is usable without hunting for why not.
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self._update_buttons()

    def set_read_only(self, reason: str) -> None:
        """Disable the editing buttons, saying why (a signed cycle); "" enables them."""
        self._read_only_reason = reason
        self.read_only_banner.setText(reason)
        self.read_only_banner.setVisible(bool(reason))
        self._update_buttons()

    def selected(self) -> RenewalRow | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, renewal_id: int) -> None:
        row = self.model.row_of_renewal(renewal_id)
        if row >= 0:
            self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search code, title, area or reason"))
        name_widget(self.search, self.search.placeholderText())
        name_widget(self.view, self.tr("Tasks of the cycle"))
        self.track_caption.setText(self.tr("Track"))
        self.decision_caption.setText(self.tr("Decision"))
        for combo, items in (
            (self.track_combo, [(label(Track, t), t.value) for t in Track]),
            (
                self.decision_combo,
                [(label(Decision, d), d.value) for d in Decision]
                + [(self.tr("Undecided"), UNDECIDED)],
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for text, key in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.add_button.setText(self.tr("Add task…"))
        self.edit_button.setText(self.tr("Edit decision…"))
        self.model.retranslate()
        self._update_buttons()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_requested.emit(index.data(ROW_ROLE))

    def _update_buttons(self, *_args) -> None:
        reason = self._read_only_reason
        self.add_button.setEnabled(not reason)
        self.add_button.setToolTip(
            reason or self.tr("Add a catalogue task that is not in this cycle yet")
        )
        has_row = self.view.currentIndex().isValid()
        # A signed cycle's decisions can still be opened to read them.
        self.edit_button.setText(self.tr("View decision…") if reason else self.tr("Edit decision…"))
        self.edit_button.setEnabled(has_row)
        self.edit_button.setToolTip(reason or self.tr("Or double-click a task"))

    def _update_count(self, *_args) -> None:
        rows = self.model.rows()
        totals = self._totals or totals_of(0, rows)
        shown = self.proxy.rowCount()
        text = self.tr("%1 tasks, %2 going on; budget of the tasks going on: %3 KRW")
        if shown != len(rows):
            text = self.tr(
                "%4 of %1 tasks shown; %2 going on; budget of the tasks going on: %3 KRW"
            )
        self.count_label.setText(
            fill(text, totals.renewals, totals.tasks, krw(totals.budget_krw), shown)
        )
