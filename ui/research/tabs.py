"""The renewal workspace's research administration tabs: the year's deliverables, what is
due or overdue, and the cycle's review before agreement."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.models import DeliverableKind, DeliverableState
from planner.services.deliverables import DeliverableRow, DueList
from planner.services.review import ChecklistLine
from ui.accessibility import name_widget
from ui.i18n import fill
from ui.labels import label
from ui.models.base import ROW_ROLE
from ui.renewals.views import fit_columns, table_view
from ui.research.models import ChecklistModel, DeliverableFilterProxy, DeliverableModel, DueModel


def _selected(view) -> object | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].data(ROW_ROLE) if rows else None


class DeliverablesTab(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # DeliverableRow
    delete_requested = Signal(object)
    evidence_requested = Signal(object)  # attach a file
    open_requested = Signal(object)  # open the file or the link
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DeliverableModel(self)
        self.proxy = DeliverableFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy)
        self.view.sortByColumn(DeliverableModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.state = QComboBox()
        self.caption = QLabel()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.evidence_button = QPushButton()
        self.open_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind)
        filters.addWidget(self.state)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.evidence_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._year: int | None = None
        self._read_only = ""

        self.search.textChanged.connect(self.proxy.set_search)
        self.kind.currentIndexChanged.connect(lambda _i: self.proxy.set_kind(self.kind.currentData()))
        self.state.currentIndexChanged.connect(lambda _i: self.proxy.set_key(self.state.currentData()))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.evidence_button.clicked.connect(lambda: self._emit(self.evidence_requested))
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.view.doubleClicked.connect(lambda _i: self._emit(self.edit_requested))
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.retranslate()

    def _emit(self, signal) -> None:
        row = self.selected()
        if row is not None:
            signal.emit(row)

    def selected(self) -> DeliverableRow | None:
        return _selected(self.view)  # type: ignore[return-value]

    def select(self, deliverable_id: int) -> None:
        source = self.model.row_of(deliverable_id)
        if source >= 0:
            index = self.proxy.mapFromSource(self.model.index(source, 0))
            if index.isValid():
                self.view.selectRow(index.row())

    def set_rows(self, year: int | None, rows: Sequence[DeliverableRow], today, read_only: str) -> None:
        first = not self.model.rows()
        chosen = self.selected()
        self._year, self._read_only = year, read_only
        self.model.today = today
        self.model.set_rows(rows)
        if first and rows:
            fit_columns(self.view, maximum=340)
        if chosen is not None:
            self.select(chosen.id)
        self.retranslate()

    def _enable(self) -> None:
        row = self.selected()
        writable = not self._read_only and self._year is not None
        self.add_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        self.export_button.setEnabled(self._year is not None)
        for button in (self.edit_button, self.delete_button, self.evidence_button):
            button.setEnabled(writable and row is not None)
        self.open_button.setEnabled(row is not None and bool(row.evidence_name or row.evidence_link))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by task, title or kind"))
        name_widget(self.search, self.tr("Search deliverables"))
        name_widget(self.view, self.tr("Deliverables of the year"))
        for combo, enum_cls, everything, name in (
            (self.kind, DeliverableKind, self.tr("Every kind"), self.tr("Kind filter")),
            (self.state, DeliverableState, self.tr("Every state"), self.tr("State filter")),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for member in enum_cls:
                combo.addItem(label(enum_cls, member), member.value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
            name_widget(combo, name)
        self.add_button.setText(self.tr("&Add deliverable…"))
        self.edit_button.setText(self.tr("&Modify…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.evidence_button.setText(self.tr("Attach fi&le…"))
        self.open_button.setText(self.tr("&Open evidence"))
        self.import_button.setText(self.tr("&Import…"))
        self.export_button.setText(self.tr("E&xport…"))
        if self._year is None:
            self.caption.setText(self.tr("Open a renewal cycle first."))
        else:
            late = sum(1 for r in self.model.rows() if self.model.late(r))
            text = fill(self.tr("%1 deliverables of the tasks in %2; %3 late."),
                        self.model.rowCount(), self._year, late)
            self.caption.setText(f"{text} {self._read_only}".strip())
        self.model.retranslate()
        self._enable()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DueTab(QWidget):
    """Overdue deliverables and those due within 30 days, every year's (one list with the
    renewals report and ``planner deliverable due``)."""

    open_requested = Signal(object)  # DeliverableRow: show it in the Deliverables tab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DueModel(self)
        self.view = table_view(self.model, sortable=False)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        self._due: DueList | None = None
        self.view.doubleClicked.connect(
            lambda index: self.open_requested.emit(index.data(ROW_ROLE))
        )
        self.retranslate()

    def set_due(self, due: DueList) -> None:
        first = not self.model.rows()
        self._due = due
        self.model.today = due.today
        self.model.set_rows([*due.overdue, *due.upcoming])
        if first and self.model.rows():
            fit_columns(self.view, maximum=340)
        self.retranslate()

    def retranslate(self) -> None:
        name_widget(self.view, self.tr("Deliverables overdue or due soon"))
        if self._due is None:
            self.caption.setText("")
        else:
            self.caption.setText(fill(
                self.tr("%1 deliverables are overdue and %2 are due in the next %3 days "
                        "(on %4). Double-click one to see it in its year."),
                len(self._due.overdue), len(self._due.upcoming), self._due.days,
                self._due.today.isoformat(),
            ))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ReviewTab(QWidget):
    """The cycle's review before agreement: each item, who ticked it and when."""

    tick_requested = Signal(object, str)  # ChecklistLine, the note
    untick_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ChecklistModel(self)
        self.view = table_view(self.model, sortable=False)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setMaxLength(2000)
        self.tick_button = QPushButton()
        self.untick_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.tick_button)
        row.addWidget(self.untick_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self._year: int | None = None
        self._read_only = ""
        self.tick_button.clicked.connect(self._tick)
        self.untick_button.clicked.connect(self._untick)
        self.view.doubleClicked.connect(lambda _i: self._toggle())
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.retranslate()

    def selected(self) -> ChecklistLine | None:
        return _selected(self.view)  # type: ignore[return-value]

    def _tick(self) -> None:
        line = self.selected()
        if line is not None and not line.ticked:
            self.tick_requested.emit(line, self.note.text().strip())
            self.note.clear()

    def _untick(self) -> None:
        line = self.selected()
        if line is not None and line.ticked:
            self.untick_requested.emit(line)

    def _toggle(self) -> None:
        if self._read_only:
            return
        line = self.selected()
        if line is not None:
            self._untick() if line.ticked else self._tick()

    def set_lines(self, year: int | None, lines: Sequence[ChecklistLine], read_only: str) -> None:
        chosen = self.selected()
        self._year, self._read_only = year, read_only
        self.model.set_rows(lines)
        if lines:
            fit_columns(self.view, maximum=360)
        if chosen is not None:
            for row, line in enumerate(self.model.rows()):
                if line.item_id == chosen.item_id:
                    self.view.selectRow(row)
        self.retranslate()

    def _enable(self) -> None:
        line = self.selected()
        writable = not self._read_only and line is not None
        self.tick_button.setEnabled(writable and not line.ticked)
        self.untick_button.setEnabled(writable and line.ticked)
        self.note.setEnabled(not self._read_only)

    def retranslate(self) -> None:
        name_widget(self.view, self.tr("Review before agreement"))
        name_widget(self.note, self.tr("Note for the tick"))
        self.note.setPlaceholderText(self.tr("Note for the tick (optional)"))
        self.tick_button.setText(self.tr("&Tick"))
        self.untick_button.setText(self.tr("Take &back"))
        lines = self.model.rows()
        if self._year is None:
            self.caption.setText("")
        else:
            open_items = [line for line in lines if line.required and not line.ticked]
            text = fill(
                self.tr("The %1 cycle can become agreed once every required item is ticked: "
                        "%2 of %3 required items are ticked."),
                self._year, sum(1 for line in lines if line.required and line.ticked),
                sum(1 for line in lines if line.required),
            )
            if not open_items:
                text = fill(self.tr("Every required review item of the %1 cycle is ticked."), self._year)
            self.caption.setText(f"{text} {self._read_only}".strip())
        self.model.retranslate()
        self._enable()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
