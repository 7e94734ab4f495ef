"""The budget lines of one task renewal in its editor: a sortable table, the total as their
read-only sum, and each edit one undoable command (saved at once, Edit ▸ Undo takes it back).

An indirect line (간접비) shows the amount its party's rate gives beside it; typing another
amount asks for the reason (the override), clearing the reason goes back to the rate.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.renewals.budget import rate_text
from planner.services import budget
from planner.services.budget import LineInput, LineRow
from ui.accessibility import name_widget
from ui.i18n import fill, in_language
from ui.models.base import ROW_ROLE, SearchProxyModel
from ui.renewals.budget_edit import BudgetEdit
from ui.renewals.budget_model import BudgetLinesModel
from ui.renewals.commands import RenewalCommand
from ui.renewals.texts import krw, thousand_won

CONTEXT = "BudgetCommands"
Push = Callable[[RenewalCommand], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SetBudgetLinesCommand(RenewalCommand):
    """One edit of a renewal's budget lines; undone by putting the lines back as they were."""

    def __init__(self, sessions: sessionmaker[Session], year: int, renewal_id: int, text: str,
                 lines: list[LineInput], **kwargs) -> None:  # fmt: skip
        super().__init__(sessions, text, year, **kwargs)
        self.renewal_id = renewal_id
        self.lines = list(lines)
        self.previous: list[LineInput] = []
        self.shown: Callable[[], None] | None = None  # the panel showing the lines, while open

    def _run(self, work: Callable[[Session], None]) -> bool:
        done = super()._run(work)
        if done and self.shown is not None:
            self.shown()  # undone or redone from the Edit menu: the open panel follows
        return done

    def apply(self, session: Session) -> None:
        self.previous = [row.as_input() for row in budget.budget_lines_of(session, self.renewal_id)]
        budget.set_budget_lines(session, self.renewal_id, self.lines)

    def revert(self, session: Session) -> None:
        budget.set_budget_lines(session, self.renewal_id, self.previous)


class BudgetPanel(QGroupBox):
    def __init__(self, sessions: sessionmaker[Session], year: int, renewal_id: int, code: str,
                 push: Push, *, read_only: bool = False,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setTitle(self.tr("Budget by category"))
        self.sessions, self.year, self.renewal_id, self.code = sessions, year, renewal_id, code
        self.push = push
        self.read_only = read_only

        self.model = BudgetLinesModel(self)
        self.model.read_only = read_only
        self.model.on_edit = self._edited
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(BudgetLinesModel.COL_CATEGORY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setMinimumHeight(self.fontMetrics().height() * 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        name_widget(self.table, self.tr("Budget lines"))

        self.category_combo = QComboBox()
        self.party_combo = QComboBox()
        self.party_combo.addItem(QCoreApplication.translate("Labels", "KT"), "kt")
        self.party_combo.addItem(QCoreApplication.translate("Labels", "KAIST"), "kaist")
        self.amount_edit = BudgetEdit()
        self.add_button = QPushButton(self.tr("&Add line"))
        self.remove_button = QPushButton(self.tr("&Remove line"))
        name_widget(self.category_combo, self.tr("Category of the new line"))
        name_widget(self.party_combo, self.tr("Paying party of the new line"))
        name_widget(self.amount_edit, self.tr("Amount of the new line (KRW)"))
        self.total_label = QLabel()
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rate_label = QLabel()
        self.rate_label.setWordWrap(True)
        self.rate_label.setStyleSheet("color: #555555;")
        self.note = QLabel(self.tr("Each change is saved at once; Edit ▸ Undo takes it back."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")

        adding = QHBoxLayout()
        adding.addWidget(self.category_combo, 2)
        adding.addWidget(self.party_combo)
        adding.addWidget(self.amount_edit, 2)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.rate_label)
        layout.addLayout(adding)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)

        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.amount_edit.textChanged.connect(self._update_buttons)
        for widget in (self.category_combo, self.party_combo, self.amount_edit, self.add_button,
                       self.remove_button):  # fmt: skip
            widget.setEnabled(not read_only)
        self.note.setVisible(not read_only)
        self.reload()

    # -- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        with self.sessions() as session:
            rows = budget.budget_lines_of(session, self.renewal_id)
            categories = budget.list_budget_categories(session)
            rates = budget.indirect_rates(session)
        self.model.set_rows(rows)
        chosen = self.category_combo.currentData()
        self.category_combo.clear()
        for category in categories:
            self.category_combo.addItem(in_language(category.name_ko, category.name_en),
                                        category.code)  # fmt: skip
        if chosen is not None:
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(chosen)))
        total = self.model.total_krw()
        self.total_label.setText(
            fill(self.tr("Total (the sum of the lines): %1 KRW = %2 thousand KRW (천원)"),
                 krw(total), thousand_won(total))  # fmt: skip
        )
        basis = {"direct": self.tr("of direct costs"), "total": self.tr("of the total")}
        self.rate_label.setText(
            fill(self.tr("Indirect-cost rates: KT %1 %2, KAIST %3 %4."),
                 rate_text(rates["kt"].rate_bp), basis[rates["kt"].basis],
                 rate_text(rates["kaist"].rate_bp), basis[rates["kaist"].basis])  # fmt: skip
        )
        self._update_buttons()

    def lines(self) -> list[LineInput]:
        return [row.as_input() for row in self.model.rows()]

    def selected_row(self) -> LineRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    # -- changing ----------------------------------------------------------------------------
    def _run(self, text: str, lines: list[LineInput]) -> bool:
        command = SetBudgetLinesCommand(self.sessions, self.year, self.renewal_id, text, lines)

        def shown() -> None:
            if shiboken6.isValid(self):
                self.reload()

        command.shown = shown
        done = self.push(command)
        self.reload()
        return done

    def _add(self) -> None:
        code, party = self.category_combo.currentData(), self.party_combo.currentData()
        amount = self.amount_edit.amount()
        if code is None or (amount is None and code != "indirect"):
            return
        kept = [line for line in self.lines() if (line.category, line.party) != (code, party)]
        category = self.category_combo.currentText()
        text = fill(_tr("Set %1 %2 of %3"), category, party.upper(), self.code)
        if self._run(text, [*kept, LineInput(code, party, amount)]):
            self.amount_edit.clear()

    def _remove(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        kept = [line for line in self.lines() if (line.category, line.party) != (row.category, row.party)]
        name = in_language(row.name_ko, row.name_en)
        self._run(fill(_tr("Remove %1 %2 of %3"), name, row.party.upper(), self.code), kept)

    def _edited(self, row: LineRow, column: int, value: str) -> None:
        name = in_language(row.name_ko, row.name_en)
        others = [line for line in self.lines() if (line.category, line.party) != (row.category, row.party)]
        if column == BudgetLinesModel.COL_AMOUNT:
            digits = value.replace(",", "").strip()
            if not digits.isdigit() or int(digits) == row.amount_krw:
                return
            reason = row.override_reason
            if row.indirect and not reason:
                reason, ok = QInputDialog.getText(
                    self, self.tr("Indirect cost set by hand"),
                    fill(self.tr("Why is %1 paid by %2 not the %3 KRW its rate gives?"),
                         name, row.party.upper(), krw(row.computed_krw or 0)),
                )  # fmt: skip
                if not ok or not reason.strip():
                    return
            text = fill(_tr("Set %1 %2 of %3"), name, row.party.upper(), self.code)
            self._run(text, [*others, LineInput(row.category, row.party, int(digits), reason)])
        elif column == BudgetLinesModel.COL_REASON and row.indirect:
            reason = value.strip()
            if reason == row.override_reason:
                return
            if reason:
                text = fill(_tr("Set %1 %2 of %3 by hand"), name, row.party.upper(), self.code)
            else:
                text = fill(_tr("Compute %1 %2 of %3 from the rate"), name, row.party.upper(),
                            self.code)  # fmt: skip
            self._run(text, [*others, LineInput(row.category, row.party, row.amount_krw, reason)])

    def _update_buttons(self, *_args) -> None:
        self.remove_button.setEnabled(not self.read_only and self.selected_row() is not None)
        indirect = self.category_combo.currentData() == "indirect"
        self.add_button.setEnabled(
            not self.read_only and (indirect or self.amount_edit.amount() is not None)
        )
