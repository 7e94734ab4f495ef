"""What every page shares: lazy loading, retranslation, a searchable sortable table."""

from __future__ import annotations

import datetime as dt
import heapq
import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import DatabaseProblem, PlannerError
from ui.errors import show_error
from ui.models.base import ROW_ROLE, RowTableModel, SearchProxyModel

Today = Callable[[], dt.date]


class Page(QWidget):
    """A page loads its data the first time it is shown, and again on ``reload()``.

    Subclasses implement ``load()`` (query with a short-lived session, then ``set_rows``)
    and ``retranslate()``; they call ``retranslate()`` at the end of their constructor.
    """

    loaded = Signal()

    def __init__(
        self,
        sessions: sessionmaker[Session],
        today: Today,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.today = today
        self.undo_stack = undo_stack  # pages that change data push their commands here
        self._loaded = False

    def load(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def models(self) -> list[RowTableModel]:
        """Every item model of the page (tests check them with qtmodeltester)."""
        return []

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.load()
        except PlannerError as error:
            show_error(self, error)
        except SQLAlchemyError as error:  # the file went away, the server is down, …
            show_error(self, DatabaseProblem(str(getattr(error, "orig", None) or error)))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._loaded = True
        self.loaded.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._loaded:
            # After this paint: the page frame appears at once, its rows right after.
            QTimer.singleShot(0, self.ensure_loaded)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for model in self.models():
                model.retranslate()
            # Once every part of the page has its new words (they hear the change after us).
            QTimer.singleShot(0, self, self._widen_columns)  # not after the page is gone
        super().changeEvent(event)


    def _widen_columns(self) -> None:
        widen_columns(self)


class SearchField(QLineEdit):
    """A search box that filters a SearchProxyModel as the user types (debounced)."""

    def __init__(self, proxy: SearchProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self._proxy = proxy
        # 120 ms: typing stays fluid on large lists, yet the list follows within a blink.
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.apply)
        self.textChanged.connect(self._timer.start)

    def apply(self) -> None:
        """Filter now (the tests, and Enter, do not wait for the debounce)."""
        self._timer.stop()
        self._proxy.set_search(self.text())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.apply()
        super().keyPressEvent(event)


def make_table_view(
    proxy: SearchProxyModel, parent: QWidget | None = None, *, stretch_last: bool = True
) -> QTableView:
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setStretchLastSection(stretch_last)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    # If the user double-clicks a column edge, a sample of rows is enough (see fit_columns).
    header.setResizeContentsPrecision(200)
    return view


def select_row_where(view: QTableView, wanted: Callable[[object], bool]) -> bool:
    """Select (and scroll to) the first row whose item (ROW_ROLE) is ``wanted``."""
    model = view.model()
    for n in range(model.rowCount()):
        index = model.index(n, 0)
        if wanted(index.data(ROW_ROLE)):
            # The current row too: the keyboard goes on from the row selected.
            view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.scrollTo(index)
            return True
    return False


def fit_columns(
    view: QTableView, model: RowTableModel, maximum: int = 360, padding: int = 18
) -> None:
    """Size columns once to their contents, with some air, capped so that one long title
    cannot take the page.

    QTableView.resizeColumnsToContents asks the delegate for every cell's size hint and took
    over a second for a few hundred Korean rows; measuring each string is still slow (Hangul
    must be shaped). So per column only the few texts that look widest are measured.
    """
    cell_metrics = view.fontMetrics()
    header = view.horizontalHeader()
    header_metrics = header.fontMetrics()
    sort_indicator = 2 * header_metrics.height()  # the arrow and its margins
    rows = model.rows()
    # Every row's text of a 10,000-person list took a second and a half; rows spread evenly
    # over the list find the wide texts just as well (the user can widen a column).
    sample = rows[:: max(1, len(rows) // _SAMPLED_ROWS)]
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        texts = {model.display(row, column) for row in sample}
        widest = heapq.nlargest(_CANDIDATES, texts, key=_estimated_width)
        width = max(
            [header_metrics.horizontalAdvance(title) + sort_indicator]
            + [cell_metrics.horizontalAdvance(text) for text in widest]
        )
        header.resizeSection(column, min(width + padding, maximum))


def widen_columns(root: QWidget, maximum: int = 360, padding: int = 18) -> None:
    """After a language switch, columns sized for the other language's words are widened (never
    narrowed) to their new title and the texts of a sample of rows: "원천기술" fits a column
    that "Foundational" does not."""
    for view in root.findChildren(QTableView):
        model = view.model()
        if model is None:
            continue
        header = view.horizontalHeader()
        titles, cells = header.fontMetrics(), view.fontMetrics()
        rows = model.rowCount()
        step = max(1, rows // 50)
        for column in range(model.columnCount()):
            if view.isColumnHidden(column) or (
                header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive
            ):
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            need = titles.horizontalAdvance(title) + 2 * titles.height()
            for row in range(0, min(rows, 50 * step), step):
                value = model.index(row, column).data()
                if isinstance(value, str) and "\n" not in value:
                    need = max(need, cells.horizontalAdvance(value) + padding)
            need = min(need, maximum)
            if header.sectionSize(column) < need:
                header.resizeSection(column, need)


_CANDIDATES = 4
_SAMPLED_ROWS = 1000


def _estimated_width(text: str) -> int:
    # Hangul and other East Asian characters are about twice as wide as Latin ones.
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
