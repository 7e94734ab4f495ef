"""A read-only, sortable table view over a proxy, set up the same way in every tab."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models.base import SORT_ROLE, RowTableModel


def sorted_proxy(model: RowTableModel, parent=None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def table_view(model, parent: QWidget | None = None, *, sortable: bool = True) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSortingEnabled(sortable)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    return view


def fit_columns(view: QTableView, maximum: int = 320, padding: int = 24) -> None:
    """Columns as wide as their header and contents (a sample of rows), capped so that a long
    title or reason cannot push the figures off screen."""
    model = view.model()
    cells = view.fontMetrics()
    header = view.horizontalHeader()
    titles = header.fontMetrics()
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = titles.horizontalAdvance(text) + 2 * titles.height()
        for row in range(min(model.rowCount(), 200)):
            value = model.index(row, column).data()
            if value:
                width = max(width, cells.horizontalAdvance(str(value)))
        header.resizeSection(column, min(width + padding, maximum))
