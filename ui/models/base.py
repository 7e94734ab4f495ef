"""What every list model shares: rows as frozen dataclasses, roles, a search proxy.

A subclass declares its ``COL_*`` constants, ``HEADERS`` (marked with QT_TRANSLATE_NOOP in
its own class-name context) and three small methods saying how a row is shown, sorted and
searched. Headers and enum labels are translated at display time, so ``retranslate()``
only has to tell the views that everything changed.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's dataclass
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value of one type per column, sorting naturally
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # folded text that the search field matches
KEY_ROLE = Qt.ItemDataRole.UserRole + 4  # a key the page filters on exactly (e.g. floor id)

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def fold(text: str) -> str:
    """Case- and composition-insensitive text for matching ('Kim' ~ 'kim', 김 ~ 김)."""
    return unicodedata.normalize("NFC", text).casefold()


def date_text(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


class RowTableModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()
    NUMERIC_COLUMNS: frozenset[int] = frozenset()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()
        self._search: tuple[str, ...] = ()
        self._order: tuple[int, Qt.SortOrder] | None = None  # the column the rows are sorted by

    # -- what a subclass says -------------------------------------------------------------
    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> Any:
        """Defaults to the shown text; numeric and date columns return ints or ISO text."""
        return self.display(row, column)

    def search_text(self, row: Any) -> str:
        return " ".join(self.display(row, c) for c in range(len(self.HEADERS)))

    def key(self, row: Any) -> Any:
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    # -- the rows --------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        if self._order is not None:
            self._rows = tuple(self._rows[r] for r in self._sorted(*self._order))
        self._search = tuple(fold(self.search_text(row)) for row in self._rows)
        self.endResetModel()

    # -- sorting -----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves, each row's key computed once (Python's sort).

        A QSortFilterProxyModel sorting 10,000 rows asks data() twice per comparison, some
        300,000 calls into Python: four seconds of a 10,000-desk campus's first page. The
        proxy (SearchProxyModel) hands its sort() here and only filters."""
        if not 0 <= column < len(self.HEADERS):
            self._order = None
            return
        self._order = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        permutation = self._sorted(column, order)
        new_place = {old: new for new, old in enumerate(permutation)}
        self._rows = tuple(self._rows[old] for old in permutation)
        self._search = tuple(self._search[old] for old in permutation)
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_place[index.row()], index.column()) for index in persistent],
        )
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        """The rows' indices in the order of ``column``."""
        keys = [_sort_key(self.sort_value(row, column)) for row in self._rows]
        descending = order == Qt.SortOrder.DescendingOrder
        try:
            return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
        except TypeError:  # a column mixing kinds of values: by their text
            texts = [str(key) for key in keys]
            return sorted(range(len(keys)), key=texts.__getitem__, reverse=descending)

    def rows(self) -> Sequence[Any]:
        return self._rows

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def retranslate(self) -> None:
        """After a language switch: headers and labels are looked up again by the views."""
        if self.HEADERS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            self._search = tuple(fold(self.search_text(row)) for row in self._rows)
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1)
            )

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(_RIGHT if section in self.NUMERIC_COLUMNS else _LEFT)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < len(self.HEADERS)):
            return None
        row = self._rows[r]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, c)
        if role == SORT_ROLE:
            return self.sort_value(row, c)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if c in self.NUMERIC_COLUMNS else _LEFT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, c)
        if role == ROW_ROLE:
            return row
        if role == SEARCH_ROLE:
            return self._search[r]
        if role == KEY_ROLE:
            return self.key(row)
        return None

    def search_text_of(self, row: int) -> str:
        """Fast path for the proxy: no QVariant round trip per row."""
        return self._search[row]

    def key_of(self, row: int) -> Any:
        return self.key(self._rows[row])


def _sort_key(value: Any) -> tuple:
    """Empty values first, text without case or composition mattering (as the proxy's
    case-insensitive sort did), numbers and ISO dates as they are."""
    if value is None or value == "":
        return (0, "")
    if isinstance(value, str):
        return (1, fold(value))
    return (1, value)


class SearchProxyModel(QSortFilterProxyModel):
    """Filters on the search field (every word must appear) and optionally on one key."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._key: Any = None
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows of a RowTableModel are sorted by the model itself (see RowTableModel.sort);
        this proxy keeps their order and filters."""
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            if self.sortColumn() != -1:
                super().sort(-1)  # back to the source's order
            model.sort(column, order)
            return
        super().sort(column, order)

    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt's name
        """A sort asked for before the rows' model came is handed to it."""
        column, order = self.sortColumn(), self.sortOrder()
        super().setSourceModel(model)
        if column != -1 and isinstance(model, RowTableModel):
            self.sort(column, order)

    def shown_rows(self) -> list[Any]:
        """The rows this proxy lets through, in the source's order, without asking Qt for an
        index and its data per row (a 10,000-desk list's count took half a second)."""
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):
            return [self.index(r, 0).data(ROW_ROLE) for r in range(self.rowCount())]
        root = QModelIndex()
        return [
            row
            for r, row in enumerate(model.rows())
            if self.filterAcceptsRow(r, root)
        ]

    def set_search(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_key(self, key: Any) -> None:
        """Show only rows whose model ``key()`` equals ``key``; None shows all."""
        if key != self._key:
            self.beginFilterChange()
            self._key = key
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, RowTableModel) or source_parent.isValid():
            return True
        if self._key is not None and model.key_of(source_row) != self._key:
            return False
        if not self._words:
            return True
        text = model.search_text_of(source_row)
        return all(word in text for word in self._words)
