"""The two dialogs of the move plans screen: a plan's name, date and note; and one move
(a person, then a desk or "release"), both chosen from searchable lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.services.floorplan import PersonRow
from planner.services.queries import SeatRow
from ui.accessibility import name_widget
from ui.models.base import ROW_ROLE, SearchProxyModel
from ui.moveplans.commands import PlanValues
from ui.moveplans.models import DeskChoiceModel, PersonChoiceModel
from ui.pages.base import SearchField, fit_columns, make_table_view, select_row_where
from ui.screen_fit import fit_to_screen


class PlanDialog(QDialog):
    def __init__(
        self, values: PlanValues | None, day: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit move plan") if values else self.tr("New move plan"))
        self.name = QLineEdit(values.name if values else "")
        self.date = QDateEdit(QDate(values.effective_date if values else day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.note = QPlainTextEdit(values.note if values else "")
        self.note.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Effective date:"), self.date)
        form.addRow(self.tr("N&ote:"), self.note)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def values(self) -> PlanValues:
        return PlanValues(
            self.name.text().strip(), self.date.date().toPython(), self.note.toPlainText().strip()
        )


def _chooser(model, parent: QWidget) -> tuple[SearchProxyModel, SearchField, QTableView]:
    proxy = SearchProxyModel(parent)
    proxy.setSourceModel(model)
    search = SearchField(proxy)
    view = make_table_view(proxy)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    return proxy, search, view


def _chosen(view: QTableView):
    rows = view.selectionModel().selectedRows()
    return rows[0].data(ROW_ROLE) if rows else None


class MoveDialog(QDialog):
    """Who moves, and to which desk (or "release": they leave their desk on the plan's date)."""

    def __init__(
        self,
        people: Sequence[PersonRow],
        desks: Sequence[SeatRow],
        day: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a move"))
        fit_to_screen(self, 760, 620)
        self.people_model = PersonChoiceModel(self)
        self.people_model.set_rows(people)
        self.desk_model = DeskChoiceModel(self)
        self.desk_model.set_rows(desks)
        self.people_proxy, self.person_search, self.people_view = _chooser(self.people_model, self)
        self.desk_proxy, self.desk_search, self.desk_view = _chooser(self.desk_model, self)
        self.person_search.setPlaceholderText(self.tr("Search name, e-mail, organisation or desk"))
        self.desk_search.setPlaceholderText(self.tr("Search desk, floor, zone or occupant"))
        name_widget(self.person_search, self.person_search.placeholderText())
        name_widget(self.desk_search, self.desk_search.placeholderText())
        name_widget(self.people_view, self.tr("People"))
        name_widget(self.desk_view, self.tr("Desks"))
        self.release = QCheckBox(self.tr("Release: the person leaves their desk on that day"))
        self.release.toggled.connect(self._release_toggled)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Person (their desk on %1):").replace("%1", day.isoformat()))
        )
        layout.addWidget(self.person_search)
        layout.addWidget(self.people_view, 1)
        layout.addWidget(QLabel(self.tr("Move to desk:")))
        layout.addWidget(self.desk_search)
        layout.addWidget(self.desk_view, 1)
        layout.addWidget(self.release)
        layout.addWidget(self.buttons)
        for view, model in (
            (self.people_view, self.people_model),
            (self.desk_view, self.desk_model),
        ):
            fit_columns(view, model)
            view.selectionModel().selectionChanged.connect(self._check)
        self._check()

    def models(self) -> list:
        return [self.people_model, self.desk_model]

    def _release_toggled(self, on: bool) -> None:
        self.desk_view.setEnabled(not on)
        self.desk_search.setEnabled(not on)
        self._check()

    def _check(self, *_args) -> None:
        ok = self.person() is not None and (self.release.isChecked() or self.desk() is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def person(self) -> PersonRow | None:
        return _chosen(self.people_view)

    def desk(self) -> SeatRow | None:
        return None if self.release.isChecked() else _chosen(self.desk_view)

    def choose(self, person_id: int, desk_id: int | None) -> None:
        """Select a person and a desk (None: release), as a user would by clicking."""
        select_row_where(self.people_view, lambda r: r.id == person_id)
        if desk_id is None:
            self.release.setChecked(True)
        else:
            self.release.setChecked(False)
            select_row_where(self.desk_view, lambda r: r.desk_id == desk_id)

