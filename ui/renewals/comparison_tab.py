"""The Comparison tab: this cycle against the previous one, task by task, totals by track."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from planner.models import Decision
from planner.renewals.compare import Comparison
from ui.accessibility import name_widget
from ui.i18n import fill
from ui.renewals.colours import DECISION_TINTS
from ui.renewals.comparison_models import RenewalComparisonModel, TrackTotalsModel, totals_rows
from ui.renewals.views import fit_columns, sorted_proxy, table_view


def chip(colour: str) -> QLabel:
    swatch = QLabel()
    swatch.setFixedSize(14, 14)
    swatch.setStyleSheet(f"background: {colour}; border: 1px solid #999;")
    return swatch


class ComparisonTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RenewalComparisonModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.view = table_view(self.proxy)
        self.view.sortByColumn(RenewalComparisonModel.COL_CODE, Qt.SortOrder.AscendingOrder)
        self.totals_model = TrackTotalsModel(self)
        self.totals_view = table_view(self.totals_model, sortable=False)
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-weight: bold;")
        self.totals_caption = QLabel()
        self.legend_labels: dict[Decision, QLabel] = {}
        legend = QHBoxLayout()
        legend.addWidget(self.title_label)
        legend.addStretch(1)
        for decision in (Decision.NEW, Decision.MODIFY, Decision.CONCLUDE):
            legend.addWidget(chip(DECISION_TINTS[decision].name()))
            self.legend_labels[decision] = QLabel()
            legend.addWidget(self.legend_labels[decision])
            legend.addSpacing(10)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.totals_caption)
        bottom_layout.addWidget(self.totals_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(legend)
        layout.addWidget(splitter)
        self._comparison: Comparison | None = None
        self.retranslate()

    def set_comparison(self, comparison: Comparison | None) -> None:
        first = not self.model.rows()
        self._comparison = comparison
        # A task concluded already in the previous cycle is simply gone; listing it again as
        # "concluded" this year would suggest a second decision nobody took.
        self.model.set_rows(
            t
            for t in (comparison.tasks if comparison else ())
            if t.current is not None
            or t.previous is None
            or t.previous.decision != Decision.CONCLUDE
        )
        self.totals_model.set_rows(totals_rows(comparison.totals) if comparison else ())
        if first and self.model.rows():
            fit_columns(self.view)
            fit_columns(self.totals_view)
        # Three track lines and a header: no scrolling for the totals.
        rows = self.totals_model.rowCount()
        height = (
            self.totals_view.horizontalHeader().height()
            + rows * self.totals_view.verticalHeader().defaultSectionSize()
        )
        self.totals_view.setMinimumHeight(height + 4)
        self._update_title()

    def retranslate(self) -> None:
        self.legend_labels[Decision.NEW].setText(self.tr("New"))
        self.legend_labels[Decision.MODIFY].setText(self.tr("Modified"))
        self.legend_labels[Decision.CONCLUDE].setText(self.tr("Concluded"))
        self.totals_caption.setText(self.tr("Totals by track (concluded tasks count as 0 after)"))
        name_widget(self.view, self.tr("Tasks compared with last year"))
        name_widget(self.totals_view, self.tr("Totals by track"))
        self.model.retranslate()
        self.totals_model.retranslate()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        c = self._comparison
        if c is None:
            self.title_label.setText("")
        elif c.previous_year is None:
            self.title_label.setText(
                fill(
                    self.tr(
                        "%1: there is no earlier cycle to compare with; every task shows as new."
                    ),
                    c.year,
                )
            )
        else:
            self.title_label.setText(fill(self.tr("%1 compared with %2"), c.year, c.previous_year))
