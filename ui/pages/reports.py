"""Reports 보고서: occupancy by floor and the move-outs of the next 30 days, on screen.

PDF and printing come later; they will reuse these same rows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from planner.services.queries import occupancy, upcoming_move_outs
from ui.i18n import fill
from ui.models.base import RowTableModel, SearchProxyModel
from ui.models.reports import MoveOutTableModel, OccupancyTableModel
from ui.pages.base import Page, Today, fit_columns, make_table_view

MOVE_OUT_HORIZON_DAYS = 30


class ReportsPage(Page):
    def __init__(
        self, sessions: sessionmaker[Session], today: Today, parent: QWidget | None = None
    ) -> None:
        super().__init__(sessions, today, parent)
        self.occupancy_model = OccupancyTableModel(self)
        self.occupancy_proxy = SearchProxyModel(self)
        self.occupancy_proxy.setSourceModel(self.occupancy_model)
        self.move_out_model = MoveOutTableModel(today(), self)
        self.move_out_proxy = SearchProxyModel(self)
        self.move_out_proxy.setSourceModel(self.move_out_model)

        self.as_of_label = QLabel()
        # Their last columns are numbers: stretched, they would drift to the far right.
        self.occupancy_view = make_table_view(self.occupancy_proxy, stretch_last=False)
        self.move_out_view = make_table_view(self.move_out_proxy, stretch_last=False)
        self.move_out_view.sortByColumn(MoveOutTableModel.COL_LAST_DAY, Qt.SortOrder.AscendingOrder)

        self.occupancy_box = QGroupBox()
        QVBoxLayout(self.occupancy_box).addWidget(self.occupancy_view)
        self.move_out_box = QGroupBox()
        QVBoxLayout(self.move_out_box).addWidget(self.move_out_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.occupancy_box)
        splitter.addWidget(self.move_out_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.as_of_label)
        layout.addWidget(splitter)
        self.retranslate()

    def models(self) -> list[RowTableModel]:
        return [self.occupancy_model, self.move_out_model]

    def load(self) -> None:
        today = self.today()
        with self.sessions() as session:
            by_floor = occupancy(session, today, "floor")
            move_outs = upcoming_move_outs(session, today, MOVE_OUT_HORIZON_DAYS)
        first = not self.occupancy_model.rows()
        self.occupancy_model.set_rows(by_floor)
        self.move_out_model.set_today(today)
        self.move_out_model.set_rows(move_outs)
        self._show_as_of()
        if first:
            fit_columns(self.occupancy_view, self.occupancy_model)
            fit_columns(self.move_out_view, self.move_out_model)

    def retranslate(self) -> None:
        self.occupancy_box.setTitle(self.tr("Occupancy by floor"))
        self.move_out_box.setTitle(
            fill(self.tr("Move-outs in the next %1 days"), MOVE_OUT_HORIZON_DAYS)
        )
        self._show_as_of()

    def _show_as_of(self) -> None:
        self.as_of_label.setText(fill(self.tr("As of %1"), self.today().isoformat()))
