"""The Audit tab: who changed what in this cycle and its task renewals, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.accessibility import name_widget
from ui.i18n import fill
from ui.renewals.data import AuditRow
from ui.renewals.models import RenewalAuditModel
from ui.renewals.views import fit_columns, sorted_proxy, table_view


class AuditTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RenewalAuditModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.view = table_view(self.proxy)
        self.view.sortByColumn(RenewalAuditModel.COL_WHEN, Qt.SortOrder.DescendingOrder)
        self.caption = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)
        self._year: int | None = None
        self.retranslate()

    def set_rows(self, year: int | None, rows: Sequence[AuditRow]) -> None:
        first = not self.model.rows()
        self._year = year
        self.model.set_rows(rows)
        if first and rows:
            fit_columns(self.view, maximum=360)
        self.retranslate()

    def retranslate(self) -> None:
        name_widget(self.view, self.tr("Changes of the cycle"))
        if self._year is None:
            self.caption.setText("")
        else:
            self.caption.setText(
                fill(
                    self.tr(
                        "%1 changes to the %2 cycle and its tasks, newest first. Times are local."
                    ),
                    self.model.rowCount(),
                    self._year,
                )
            )
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
