"""Choosing a desk (or the person at one) with the keyboard: a filterable list of the
site's desks on the day, by floor, zone, free or taken, and text.

The keyboard way to seat someone, next to dragging onto the plan: "Assign desk…", "Move to
desk…" and "Swap with…" open this chooser; Enter takes the current row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.services.queries import SeatRow
from ui.accessibility import name_widget
from ui.floorplan.people_panel import fold
from ui.i18n import fill

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DeskChoice:
    """One desk on the day with everyone at it (a hot desk may have several)."""

    desk_id: int
    code: str
    floor_id: int
    floor: str
    zone: str
    kind: str
    active: bool
    people: tuple[tuple[int, str], ...] = ()  # (person id, Korean name)

    @property
    def free(self) -> bool:
        return self.active and (not self.people or self.kind == "hot")

    @property
    def occupant_id(self) -> int | None:
        return self.people[0][0] if self.people else None

    def occupants(self) -> str:
        return ", ".join(name for _id, name in self.people)


def desk_choices(rows: Iterable[SeatRow]) -> list[DeskChoice]:
    """The seating list's rows (a desk once per person at it) merged per desk, in desk order."""
    merged: dict[int, DeskChoice] = {}
    for row in rows:
        person = ((row.person_id, row.name_ko or ""),) if row.person_id is not None else ()
        found = merged.get(row.desk_id)
        if found is None:
            merged[row.desk_id] = DeskChoice(
                row.desk_id, row.desk_code, row.floor_id, row.floor_name, row.zone_name,
                row.desk_kind, row.active, person,
            )
        elif person:
            merged[row.desk_id] = DeskChoice(
                found.desk_id, found.code, found.floor_id, found.floor, found.zone, found.kind,
                found.active, found.people + person,
            )
    return list(merged.values())


class DeskChoiceModel(QAbstractTableModel):
    COL_CODE = 0
    COL_FLOOR = 1
    COL_ZONE = 2
    COL_OCCUPANT = 3
    COLUMNS = 4

    CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1  # the DeskChoice
    DESK_ID_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[DeskChoice, ...] = ()
        self._search: tuple[str, ...] = ()

    def set_rows(self, rows: Iterable[DeskChoice]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._search = tuple(fold(f"{r.code} {r.zone} {r.occupants()}") for r in self._rows)
        self.endResetModel()

    def rows(self) -> Sequence[DeskChoice]:
        return self._rows

    def search_text(self, row: int) -> str:
        return self._search[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802 - Qt's signature
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (self.tr("Desk"), self.tr("Floor"), self.tr("Zone"), self.tr("Occupant"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.COL_CODE:
                return row.code
            if column == self.COL_FLOOR:
                return row.floor
            if column == self.COL_ZONE:
                return row.zone
            if column == self.COL_OCCUPANT:
                if not row.active:
                    return self.tr("Out of service")
                return row.occupants() or self.tr("Vacant")
            return None
        if role == self.CHOICE_ROLE:
            return row
        if role == self.DESK_ID_ROLE:
            return row.desk_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class Want:
    """Which desks a chooser offers."""

    FREE = "free"  # assign, move: desks free on the day (the "Free on the day" box, on)
    TAKEN = "taken"  # swap: desks with someone at them
    ANY = "any"


class DeskChoiceProxy(QSortFilterProxyModel):
    """One floor, one zone, free on the day / taken, and a text in code, zone or names."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.floor_id: int | None = None
        self.zone: str | None = None
        self.want = Want.ANY
        self.text = ""
        self.exclude: frozenset[int] = frozenset()  # desks not to offer (the person's own)

    def set_filters(
        self, *, floor_id: int | None, zone: str | None, want: str, text: str
    ) -> None:
        self.beginFilterChange()
        self.floor_id, self.zone, self.want = floor_id, zone, want
        self.text = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if source_parent.isValid() or not 0 <= source_row < model.rowCount():
            return False
        row: DeskChoice = model.rows()[source_row]
        if row.desk_id in self.exclude:
            return False
        if self.floor_id is not None and row.floor_id != self.floor_id:
            return False
        if self.zone is not None and row.zone != self.zone:
            return False
        if self.want == Want.FREE and not row.free:
            return False
        if self.want == Want.TAKEN and (not row.active or not row.people):
            return False
        return not self.text or self.text in model.search_text(source_row)


class ChooserTable(QTableView):
    """Enter takes the current row (the dialog's default button would need a click away)."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            dialog = self.window()
            if isinstance(dialog, QDialog):
                dialog.accept()
                return
        super().keyPressEvent(event)


class DeskChooser(QDialog):
    CHOICE = DeskChoiceModel.CHOICE_ROLE

    """Pick a desk: Tab through the filters, arrows in the list, Enter to choose.

    ``want`` says what is offered first (free desks to sit at, taken desks to swap with);
    the "Free on the day" box can widen a move to every desk."""

    def __init__(
        self,
        title: str,
        prompt: str,
        choices: Sequence[DeskChoice],
        day: dt.date,
        want: str = Want.FREE,
        floor_id: int | None = None,
        exclude: Iterable[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._want = want
        self.model = DeskChoiceModel(self)
        self.model.set_rows(choices)
        self.proxy = DeskChoiceProxy(self)
        self.proxy.exclude = frozenset(exclude)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Desk code, zone or name"))
        self.search_label = QLabel(self.tr("&Find:"))
        self.search_label.setBuddy(self.search)
        self.floor = QComboBox()
        self.floor.addItem(self.tr("All floors"), None)
        for floor_key, name in dict((c.floor_id, c.floor) for c in choices).items():
            self.floor.addItem(name, floor_key)
        self.floor_label = QLabel(self.tr("F&loor:"))
        self.floor_label.setBuddy(self.floor)
        self.zone = QComboBox()
        self.zone_label = QLabel(self.tr("&Zone:"))
        self.zone_label.setBuddy(self.zone)
        self.free = QCheckBox(fill(self.tr("Free on %1 &only"), day.isoformat()))
        self.free.setChecked(want == Want.FREE)
        self.free.setVisible(want != Want.TAKEN)
        self.table = ChooserTable()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DeskChoiceModel.COL_CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        name_widget(self.table, self.tr("Desks"))
        self.count = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(self.search_label, 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 3)
        grid.addWidget(self.floor_label, 1, 0)
        grid.addWidget(self.floor, 1, 1)
        grid.addWidget(self.zone_label, 1, 2)
        grid.addWidget(self.zone, 1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(grid)
        layout.addWidget(self.free)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.resize(560, 460)

        if floor_id is not None and self.floor.findData(floor_id) >= 0:
            self.floor.setCurrentIndex(self.floor.findData(floor_id))
        self._fill_zones()
        self.search.textChanged.connect(self._apply)
        self.floor.currentIndexChanged.connect(self._floor_chosen)
        self.zone.currentIndexChanged.connect(self._apply)
        self.free.toggled.connect(self._apply)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self._apply()
        # The list first: arrows pick a desk at once, Enter takes it; Tab reaches the filters.
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_zones(self) -> None:
        floor_id = self.floor.currentData()
        zones = sorted(
            {c.zone for c in self.model.rows() if c.zone and floor_id in (None, c.floor_id)}
        )
        chosen = self.zone.currentData()
        self.zone.blockSignals(True)
        self.zone.clear()
        self.zone.addItem(self.tr("All zones"), None)
        for zone in zones:
            self.zone.addItem(zone, zone)
        self.zone.setCurrentIndex(max(self.zone.findData(chosen) if chosen else 0, 0))
        self.zone.blockSignals(False)

    def _floor_chosen(self, _index: int) -> None:
        self._fill_zones()
        self._apply()

    def _apply(self, *_args) -> None:
        if self._want == Want.TAKEN:
            want = Want.TAKEN
        else:
            want = Want.FREE if self.free.isChecked() else Want.ANY
        self.proxy.set_filters(
            floor_id=self.floor.currentData(),
            zone=self.zone.currentData(),
            want=want,
            text=self.search.text(),
        )
        self.count.setText(fill(self.tr("%1 desks"), self.proxy.rowCount()))
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.proxy.rowCount() > 0
        )

    def chosen(self) -> DeskChoice | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return index.data(DeskChoiceModel.CHOICE_ROLE)
