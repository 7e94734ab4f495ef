"""The preview part of the import dialog: counts, "Problems only", the editable rows, and
under them the list of every problem of every row (choosing one goes to its cell).

Cells are edited where they stand (double-click, F2 or just typing); every keystroke is
committed to the model, which tells the dialog (``cell_edited``) so that the row is checked
again while the user types. "Problems only" is applied when an edit ends, not while typing:
a row does not vanish under the cursor the moment its last problem is fixed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.io.columns import ColumnMapping
from planner.io.preview import ImportPreview
from ui.accessibility import name_widget
from ui.i18n import fill
from ui.imports.models import (
    FileColumn,
    PreviewItem,
    PreviewTableModel,
    ProblemLine,
    ProblemListModel,
)
from ui.models.base import ROW_ROLE, SearchProxyModel
from ui.pages.base import make_table_view

EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class LiveEditDelegate(QStyledItemDelegate):
    """Commits every keystroke of a cell editor, so the row is checked again as it is typed."""

    def createEditor(  # noqa: N802 - Qt's name
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _text, editor=editor: self.commitData.emit(editor))
        return editor


@dataclass(frozen=True)
class CheckedRows:
    """A preview with the lines of both lists, made off the main thread."""

    preview: ImportPreview[Any]
    items: Sequence[PreviewItem]
    problems: Sequence[ProblemLine]


class RefilteringProxy(SearchProxyModel):
    """Filters once per request (a new preview, an edit that ended), not on every data change."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)

    def refilter(self) -> None:
        if self.filtering:
            self.beginFilterChange()
            self.endFilterChange(SearchProxyModel.Direction.Rows)

    @property
    def filtering(self) -> bool:
        """Whether any row is filtered out: with nothing filtered there is nothing to redo
        (100,000 rows asked one by one take most of a second)."""
        return self._key is not None or bool(self._words)


class PreviewPanel(QGroupBox):
    cell_edited = Signal(int, int, str)  # file row number, file column, new text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PreviewTableModel(self)
        self.proxy = RefilteringProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table_view(self.proxy, self, stretch_last=False)
        # Unsorted until the user clicks a header: the rows come in file order already, and
        # sorting 100,000 rows on every new preview would take seconds.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(EDIT_TRIGGERS)
        self.delegate = LiveEditDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.delegate.closeEditor.connect(self._editor_closed)
        self.model.cell_edited.connect(self.cell_edited)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.problems_only = QCheckBox()
        self.problems_only.toggled.connect(self._filter_problems)
        bar = QHBoxLayout()
        bar.addWidget(self.counts_label, 1)
        bar.addWidget(self.problems_only)

        self.problems = ProblemListModel(self)
        self.problems_proxy = SearchProxyModel(self)
        self.problems_proxy.setSourceModel(self.problems)
        self.problem_view = make_table_view(self.problems_proxy, self)
        self.problem_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problem_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.problem_view.selectionModel().currentRowChanged.connect(self._go_to_problem)
        self.problem_view.activated.connect(self._edit_problem)
        self.problem_view.hide()  # shown while there are problems
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.problem_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 200])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.preview: ImportPreview[Any] | None = None
        self.retranslate()

    # -- what is shown ------------------------------------------------------------------------
    def set_mapping(self, mapping: ColumnMapping | None) -> None:
        """The file's columns that feed a field, in file order; clears the rows."""
        columns = (
            [FileColumn(c, mapping.label(c), key) for c, key in sorted(mapping.fields.items())]
            if mapping is not None
            else []
        )
        self.clear()
        self.model.set_file_columns(columns)
        self._size_columns()

    def clear(self) -> None:
        self.preview = None
        self.model.set_rows(())
        self.problems.set_rows(())
        self.problem_view.hide()
        self.counts_label.setText("")

    def show_preview(self, checked: CheckedRows) -> None:
        """The rows of a new preview; rows already listed are updated in place."""
        self.preview = checked.preview
        self.model.update_items(checked.items)
        if self.view.state() != QAbstractItemView.State.EditingState:
            self.proxy.refilter()
        self.problems.set_rows(checked.problems)
        self.problem_view.setVisible(bool(checked.problems))
        self.show_counts()

    def cell_of(self, row_number: int, field: str) -> QModelIndex:
        """The view's index of a row's cell for ``field`` (its status cell for a problem of
        the whole row); invalid when that row is filtered out."""
        model = self.model
        for n, item in enumerate(model.rows()):
            if item.row == row_number:
                column = model.column_of_field(field)
                source = model.index(n, PreviewTableModel.COL_STATUS if column is None else column)
                return self.proxy.mapFromSource(source)
        return QModelIndex()

    def _go_to_problem(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = current.data(ROW_ROLE)
        if not isinstance(line, ProblemLine):
            return
        target = self.cell_of(line.row, line.issue.field)
        if target.isValid():
            self.view.setCurrentIndex(target)
            self.view.selectionModel().select(
                target, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.view.scrollTo(target)

    def _edit_problem(self, index: QModelIndex) -> None:
        """Enter or double-click on a problem: straight to correcting its cell."""
        self._go_to_problem(index, QModelIndex())
        target = self.view.currentIndex()
        if target.isValid() and target.flags() & Qt.ItemFlag.ItemIsEditable:
            self.view.setFocus()
            self.view.edit(target)

    def show_checking(self, done: int, total: int) -> None:
        if self.preview is None and total:
            self.counts_label.setText(fill(self.tr("Checking rows… %1 of %2"), done, total))

    def show_counts(self) -> None:
        preview = self.preview
        if preview is None:
            return
        self.counts_label.setText(
            fill(
                self.tr(
                    "%1 rows: %2 new, %3 with changes, %4 unchanged, %5 with errors, %6 warnings"
                ),
                len(preview.rows),
                preview.would_add,
                preview.would_change,
                preview.unchanged,
                len(preview.bad_rows),
                len(preview.warnings),
            )
        )

    def stop_editing(self) -> None:
        """No more corrections: the rows have been imported."""
        self.model.editable = False
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def _size_columns(self) -> None:
        # Fixed widths from the font, not from the rows: measuring 100,000 rows takes seconds.
        char = self.view.fontMetrics().horizontalAdvance("가")
        header = self.view.horizontalHeader()
        widths = {
            PreviewTableModel.COL_ROW: 4,
            PreviewTableModel.COL_STATUS: 10,
            PreviewTableModel.COL_MESSAGES: 24,
        }
        for column in range(self.model.columnCount()):
            header.resizeSection(column, char * widths.get(column, 8) + 24)
        problem_header = self.problem_view.horizontalHeader()
        problem_header.resizeSection(ProblemListModel.COL_ROW, char * 4 + 24)
        problem_header.resizeSection(ProblemListModel.COL_COLUMN, char * 8 + 24)

    def _filter_problems(self, only: bool) -> None:
        self.proxy.set_key(True if only else None)

    def _editor_closed(self, _editor: QWidget, _hint: QAbstractItemDelegate.EndEditHint) -> None:
        self.proxy.refilter()

    # -- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Preview — correct a cell by typing in it"))
        self.problems_only.setText(self.tr("Problems only"))
        name_widget(self.view, self.tr("Rows of the file"))
        name_widget(self.problem_view, self.tr("Every problem of every row"))
        self.show_counts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.retranslate()
            self.problems.retranslate()
        super().changeEvent(event)
