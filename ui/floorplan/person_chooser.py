"""Choosing a person with the keyboard, for "Seat someone here…" on a free desk: the people
panel's own model and filter (unseated on the day, text), in a dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.services.floorplan import PersonRow
from ui.accessibility import name_widget
from ui.floorplan.desk_chooser import ChooserTable
from ui.floorplan.people_panel import PeopleFilterProxy, PeopleTableModel
from ui.i18n import fill


class PersonChooser(QDialog):
    def __init__(
        self, title: str, prompt: str, rows: Sequence[PersonRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = PeopleTableModel(self)
        self.model.set_rows(rows)
        self.proxy = PeopleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter by name or e-mail"))
        name_widget(self.search, self.tr("Filter by name or e-mail"))
        self.unseated = QCheckBox(self.tr("&Unseated on the chosen day only"))
        self.unseated.setChecked(True)
        self.table = ChooserTable()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        name_widget(self.table, self.tr("People"))
        self.count = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.search, self.unseated, self.table, self.count):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.resize(560, 460)
        self.search.textChanged.connect(self._apply)
        self.unseated.toggled.connect(self._apply)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self._apply()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _apply(self, *_args) -> None:
        self.proxy.set_filters(
            unseated_only=self.unseated.isChecked(),
            organisation_id=None,
            task_code=None,
            text=self.search.text(),
        )
        self.count.setText(fill(self.tr("%1 people"), self.proxy.rowCount()))
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.proxy.rowCount() > 0
        )

    def chosen(self) -> PersonRow | None:
        index = self.table.currentIndex()
        return index.data(PeopleTableModel.ROW_ROLE) if index.isValid() else None
