"""People to seat: a filterable list (unseated on the day, organisation, task, text) whose
rows are dragged onto desks of the plan."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.services.floorplan import PersonRow
from planner.services.swatches import Swatches
from ui.accessibility import name_widget
from ui.floorplan.dragdrop import PERSON_MIME, DraggedPerson, person_mime
from ui.floorplan.name_chip import dress
from ui.i18n import fill, in_language

Index = QModelIndex | QPersistentModelIndex


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


class PeopleTableModel(QAbstractTableModel):
    COL_NAME = 0
    COL_ORGANISATION = 1
    COL_TASKS = 2
    COL_DESK = 3
    COLUMNS = 4

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the PersonRow
    PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2
    ORGANISATION_ID_ROLE = Qt.ItemDataRole.UserRole + 3
    TASKS_ROLE = Qt.ItemDataRole.UserRole + 4  # tuple of task codes
    SEATED_ROLE = Qt.ItemDataRole.UserRole + 5  # bool: has a desk on the day
    SEARCH_ROLE = Qt.ItemDataRole.UserRole + 6  # folded names and e-mail

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[PersonRow, ...] = ()
        self._search: tuple[str, ...] = ()
        self._shown: tuple[tuple[str, str, str, str], ...] = ()

    def set_rows(self, rows: Iterable[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._search = tuple(fold(f"{r.name_ko} {r.name_en} {r.email}") for r in self._rows)
        self._make_shown()
        self.endResetModel()

    def _make_shown(self) -> None:
        # Shown text made once: views and the sorting proxy ask for it many times per row.
        self._shown = tuple(
            (
                f"{r.name_ko} ({r.name_en})" if r.name_en else r.name_ko,
                in_language(r.organisation, r.organisation_en),
                ", ".join(r.task_codes),
                r.desk_code or "",
            )
            for r in self._rows
        )

    def relabel(self) -> None:
        """The window's language changed: organisations are named in it."""
        self._make_shown()
        if self._rows:
            last = self.index(len(self._rows) - 1, self.COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def rows(self) -> Sequence[PersonRow]:
        return self._rows

    def search_text(self, row: int) -> str:
        return self._search[row]

    def row_of(self, person_id: int) -> int:
        for n, row in enumerate(self._rows):
            if row.id == person_id:
                return n
        return -1

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
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Research task"),
            self.tr("Desk"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()][column] if 0 <= column < self.COLUMNS else None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.email] if row.email else []
            if row.needs:
                lines.append(
                    self.tr("Needs an accessible desk")
                    if row.needs & 8
                    else self.tr("Has desk needs")
                )
            return "\n".join(lines) or None
        if role == self.ROW_ROLE:
            return row
        if role == self.PERSON_ID_ROLE:
            return row.id
        if role == self.ORGANISATION_ID_ROLE:
            return row.organisation_id
        if role == self.TASKS_ROLE:
            return row.task_codes
        if role == self.SEATED_ROLE:
            return row.desk_id is not None
        if role == self.SEARCH_ROLE:
            return self._search[index.row()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [PERSON_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt's name
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            first = self._rows[rows[0]]
            group = tuple(self._rows[row].id for row in rows) if len(rows) > 1 else ()
            return person_mime(DraggedPerson(first.id, first.desk_id, group))
        mime = QMimeData()
        mime.setData(PERSON_MIME, QByteArray())
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


class PeopleFilterProxy(QSortFilterProxyModel):
    """Unseated only, one organisation, one task, and a text that names or e-mails contain."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.unseated_only = True
        self.organisation_id: int | None = None
        self.task_code: str | None = None
        self.text = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filters(
        self, *, unseated_only: bool, organisation_id: int | None, task_code: str | None, text: str
    ) -> None:
        self.beginFilterChange()
        self.unseated_only = unseated_only
        self.organisation_id = organisation_id
        self.task_code = task_code
        self.text = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt's name
        model = self.sourceModel()
        if source_parent.isValid() or not 0 <= source_row < model.rowCount():
            return False
        row: PersonRow = model.rows()[source_row]
        if self.unseated_only and row.desk_id is not None:
            return False
        if self.organisation_id is not None and row.organisation_id != self.organisation_id:
            return False
        if self.task_code is not None and self.task_code not in row.task_codes:
            return False
        return not self.text or self.text in model.search_text(source_row)


ANY = None


class PeopleView(QTableView):
    """The list whose drag image is the dragged people's name chip, not the table rows; the
    Menu key, Shift+F10 or a right click ask for the current person's seating actions."""

    person_menu_requested = Signal(int, QPoint)  # person id, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.swatches = Swatches()  # the page hands over the organisations' swatches
        self.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within it

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Menu or (
            event.key() == Qt.Key.Key_F10
            and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        ):
            self._ask_menu(None)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        keyboard = event.reason() == event.Reason.Keyboard
        self._ask_menu(None if keyboard else event.globalPos())
        event.accept()

    def _ask_menu(self, where: QPoint | None) -> None:
        index = self.currentIndex()
        if where is not None:
            clicked = self.indexAt(self.viewport().mapFromGlobal(where))
            if clicked.isValid():
                index = clicked
        if not index.isValid():
            return
        person_id = index.data(PeopleTableModel.PERSON_ID_ROLE)
        if person_id is None:
            return
        if where is None:
            rect = self.visualRect(index)
            where = self.viewport().mapToGlobal(rect.bottomLeft())
        self.person_menu_requested.emit(int(person_id), where)

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802 - Qt's name
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows:
            return
        indexes = [self.model().index(row, 0) for row in rows]
        mime = self.model().mimeData(indexes)
        first: PersonRow = indexes[0].data(PeopleTableModel.ROW_ROLE)
        text = first.name_ko
        if len(rows) > 1:
            text = fill(self.tr("%1 and %2 more"), first.name_ko, len(rows) - 1)
        drag = QDrag(self)
        drag.setMimeData(mime)
        dress(drag, text, self.swatches.organisation(first.organisation_id))
        drag.exec(supported, Qt.DropAction.MoveAction)


class PeoplePanel(QWidget):
    """The list and its filters; ``reload_requested(unseated_only)`` asks the page for rows."""

    reload_requested = Signal()
    person_activated = Signal(int)
    person_menu_requested = Signal(int, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeopleTableModel(self)
        self.proxy = PeopleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.unseated = QCheckBox()
        self.unseated.setChecked(True)
        self.organisation = QComboBox()
        self.task = QComboBox()
        self.count = QLabel()
        self.view = PeopleView()
        self.view.setModel(self.proxy)
        # Rows arrive in Korean-name order; sorting 45,000 rows through the proxy on every
        # reload would cost seconds, so the proxy sorts only when a header is clicked.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several people at once: dragged together onto a desk, or handed to Auto-place.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # Fixed widths: sizing to contents would read every row of a 45,000-person campus.
        # The name keeps the width of a whole name (the list scrolls sideways in a narrow
        # panel): stretched, it shrank to "김…" whenever the desk column was shown.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.view.doubleClicked.connect(self._activated)
        self.view.person_menu_requested.connect(self.person_menu_requested)
        self.view.setColumnHidden(PeopleTableModel.COL_DESK, True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.title,
            self.search,
            self.unseated,
            self.organisation,
            self.task,
            self.view,
            self.count,
        ):
            layout.addWidget(widget)

        self.search.textChanged.connect(self._apply)
        self.unseated.toggled.connect(self._unseated_toggled)
        self.organisation.currentIndexChanged.connect(self._apply)
        self.task.currentIndexChanged.connect(self._apply)
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.retranslate()

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        for column, sample in (
            (PeopleTableModel.COL_NAME, "김민예 (Seung-hyun Kim)"),
            (PeopleTableModel.COL_ORGANISATION, "KAIST 방문기관"),
            (PeopleTableModel.COL_TASKS, "F-01, F-02"),
            (PeopleTableModel.COL_DESK, "3F-A-012"),
        ):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample)) + 20
            header.resizeSection(column, width)

    def retranslate(self) -> None:
        if self.model.rowCount():
            self.model.relabel()
            self._fill_filters(self.model.rows())
        self.title.setText(self.tr("People"))
        self._size_columns()
        self.search.setPlaceholderText(self.tr("Filter by name or e-mail"))
        name_widget(self.search, self.search.placeholderText())
        name_widget(self.organisation, self.tr("Filter by organisation"))
        name_widget(self.task, self.tr("Filter by research task"))
        name_widget(self.view, self.title.text())
        self.unseated.setText(self.tr("Unseated on the chosen day only"))
        self.view.setToolTip(
            self.tr(
                "Drag a person onto a desk to seat them. Select several (Ctrl or Shift) and drag "
                "them onto one desk to seat them together at the nearest free desks."
            )
        )
        if self.organisation.count():
            self.organisation.setItemText(0, self.tr("All organisations"))
        if self.task.count():
            self.task.setItemText(0, self.tr("All research tasks"))
        self._count()

    def set_rows(self, rows: Sequence[PersonRow]) -> None:
        self.model.set_rows(rows)
        self._fill_filters(rows)
        self._count()

    def _fill_filters(self, rows: Sequence[PersonRow]) -> None:
        for combo, items, first in (
            (
                self.organisation,
                sorted({(in_language(r.organisation, r.organisation_en), r.organisation_id) for r in rows}),
                self.tr("All organisations"),
            ),
            (
                self.task,
                sorted({(c, c) for r in rows for c in r.task_codes}),
                self.tr("All research tasks"),
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, ANY)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._apply()

    def _unseated_toggled(self, checked: bool) -> None:
        self.view.setColumnHidden(PeopleTableModel.COL_DESK, checked)
        self.reload_requested.emit()

    def _apply(self, *_args) -> None:
        self.proxy.set_filters(
            unseated_only=self.unseated.isChecked(),
            organisation_id=self.organisation.currentData(),
            task_code=self.task.currentData(),
            text=self.search.text(),
        )
        self._count()

    def _count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("%1 of %2 people").replace("%1", str(shown)).replace("%2", str(total))
        )

    def _activated(self, index: QModelIndex) -> None:
        person_id = index.data(PeopleTableModel.PERSON_ID_ROLE)
        if person_id is not None:
            self.person_activated.emit(int(person_id))
