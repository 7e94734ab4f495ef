"""Reports 보고서: occupancy by floor, the move-outs and the floor changes of the next 30 days
(people who leave, and people who only move to another floor or zone), on screen, and
the printable documents (seating chart, roster, name plates, occupancy, renewal summary,
agreement), each built in the background and opened in the PDF preview.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.services.queries import occupancy, upcoming_floor_changes, upcoming_move_outs
from ui.accessibility import name_widget
from ui.background import Pool, run_in_background
from ui.documents import actions, copies
from ui.errors import show_error
from ui.i18n import current_language, fill
from ui.models.base import RowTableModel, SearchProxyModel
from ui.models.reports import FloorChangeTableModel, MoveOutTableModel, OccupancyTableModel
from ui.pages.base import Page, Today, fit_columns, make_table_view
from ui.settings import Settings

MOVE_OUT_HORIZON_DAYS = 30
AGREEMENT_LANGUAGES = ("ko", "en", "both")


class ReportsPage(Page):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        today: Today,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
        *,
        settings: Settings | None = None,
        pool: Pool | None = None,
    ) -> None:
        super().__init__(sessions, today, parent, undo_stack)
        self.settings = settings if settings is not None else Settings()
        self.pool = pool  # None: Qt's global thread pool; tests pass a SynchronousPool
        self.preview = None  # the last PdfPreviewDialog opened
        self._building = False
        self.occupancy_model = OccupancyTableModel(self)
        self.occupancy_proxy = SearchProxyModel(self)
        self.occupancy_proxy.setSourceModel(self.occupancy_model)
        self.move_out_model = MoveOutTableModel(today(), self)
        self.move_out_proxy = SearchProxyModel(self)
        self.move_out_proxy.setSourceModel(self.move_out_model)
        self.floor_change_model = FloorChangeTableModel(self)
        self.floor_change_proxy = SearchProxyModel(self)
        self.floor_change_proxy.setSourceModel(self.floor_change_model)

        self.as_of_label = QLabel()
        # Their last columns are numbers: stretched, they would drift to the far right.
        self.occupancy_view = make_table_view(self.occupancy_proxy, stretch_last=False)
        self.move_out_view = make_table_view(self.move_out_proxy, stretch_last=False)
        self.move_out_view.sortByColumn(MoveOutTableModel.COL_LAST_DAY, Qt.SortOrder.AscendingOrder)
        self.floor_change_view = make_table_view(self.floor_change_proxy, stretch_last=False)
        self.floor_change_view.sortByColumn(FloorChangeTableModel.COL_DAY, Qt.SortOrder.AscendingOrder)

        self.occupancy_box = QGroupBox()
        QVBoxLayout(self.occupancy_box).addWidget(self.occupancy_view)
        self.move_out_box = QGroupBox()
        QVBoxLayout(self.move_out_box).addWidget(self.move_out_view)
        # Moves are not move-outs: the people who change floor stay, and are listed apart.
        self.floor_change_box = QGroupBox()
        QVBoxLayout(self.floor_change_box).addWidget(self.floor_change_view)
        leaving = QSplitter(Qt.Orientation.Horizontal)
        leaving.addWidget(self.move_out_box)
        leaving.addWidget(self.floor_change_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.occupancy_box)
        splitter.addWidget(leaving)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        self.documents_box = self._build_documents_box()
        layout = QVBoxLayout(self)
        layout.addWidget(self.as_of_label)
        layout.addWidget(self.documents_box)
        layout.addWidget(splitter)
        self.retranslate()

    def _build_documents_box(self) -> QGroupBox:
        self.floor_combo = QComboBox()
        # The day and paper the CLI's --on and --paper choose; the language serves the chart
        # too (Korean and English: the window's language).
        self.day_label = QLabel()
        self.day_edit = QDateEdit(QDate(self.today()))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_label.setBuddy(self.day_edit)
        self.paper_label = QLabel()
        self.paper_combo = QComboBox()
        for paper in ("A4", "A3", "A1"):
            self.paper_combo.addItem(paper, paper)
        self.paper_combo.setCurrentIndex(1)
        self.paper_label.setBuddy(self.paper_combo)
        self.year_combo = QComboBox()
        self.language_combo = QComboBox()
        for lang in AGREEMENT_LANGUAGES:
            self.language_combo.addItem("", lang)
        if current_language() == "en":  # documents in the window's language by default
            self.language_combo.setCurrentIndex(AGREEMENT_LANGUAGES.index("en"))
        self.floor_label = QLabel()
        self.year_label = QLabel()
        self.language_label = QLabel()
        # Read by screen readers with the combo boxes.
        for caption, combo in (
            (self.floor_label, self.floor_combo),
            (self.year_label, self.year_combo),
            (self.language_label, self.language_combo),
        ):
            caption.setBuddy(combo)
        self.seating_button = QPushButton()
        self.roster_button = QPushButton()
        self.nameplates_button = QPushButton()
        self.occupancy_button = QPushButton()
        self.renewals_button = QPushButton()
        self.agreement_button = QPushButton()
        self.seating_button.clicked.connect(self.show_seating_chart)
        self.roster_button.clicked.connect(self.show_roster)
        self.nameplates_button.clicked.connect(self.show_name_plates)
        self.occupancy_button.clicked.connect(self.show_occupancy)
        self.renewals_button.clicked.connect(self.show_renewal_summary)
        self.agreement_button.clicked.connect(self.show_agreement)
        self.document_buttons = (
            self.seating_button,
            self.roster_button,
            self.nameplates_button,
            self.occupancy_button,
            self.renewals_button,
            self.agreement_button,
        )
        box = QGroupBox()
        grid = QGridLayout(box)
        # Each chooser sits beside the buttons that use it.
        grid.addWidget(self.day_label, 0, 0)
        grid.addWidget(self.day_edit, 0, 1)
        grid.addWidget(self.paper_label, 0, 2)
        grid.addWidget(self.paper_combo, 0, 3)
        grid.addWidget(self.language_label, 0, 4)
        grid.addWidget(self.language_combo, 0, 5)
        grid.addWidget(self.floor_label, 1, 0)
        grid.addWidget(self.floor_combo, 1, 1)
        grid.addWidget(self.seating_button, 1, 2)
        grid.addWidget(self.nameplates_button, 1, 3)
        grid.addWidget(self.roster_button, 1, 4)
        grid.addWidget(self.occupancy_button, 1, 5)
        grid.addWidget(self.year_label, 2, 0)
        grid.addWidget(self.year_combo, 2, 1)
        grid.addWidget(self.renewals_button, 2, 2)
        grid.addWidget(self.agreement_button, 2, 3)
        grid.setColumnStretch(6, 1)
        return box

    def models(self) -> list[RowTableModel]:
        return [self.occupancy_model, self.move_out_model, self.floor_change_model]

    def load(self) -> None:
        today = self.today()
        with self.sessions() as session:
            by_floor = occupancy(session, today, "floor")
            move_outs = upcoming_move_outs(session, today, MOVE_OUT_HORIZON_DAYS)
            floor_changes = upcoming_floor_changes(session, today, MOVE_OUT_HORIZON_DAYS)
        floors = actions.floor_names(self.sessions)
        years = actions.cycle_years(self.sessions)
        _refill(self.floor_combo, [(name, name) for name in floors])
        _refill(self.year_combo, [(str(year), year) for year in reversed(years)])
        first = not self.occupancy_model.rows()
        self.occupancy_model.set_rows(by_floor)
        self.move_out_model.set_today(today)
        self.move_out_model.set_rows(move_outs)
        self.floor_change_model.set_rows(floor_changes)
        self._show_as_of()
        if first:
            fit_columns(self.occupancy_view, self.occupancy_model)
            fit_columns(self.move_out_view, self.move_out_model)
            fit_columns(self.floor_change_view, self.floor_change_model)

    def retranslate(self) -> None:
        self.occupancy_box.setTitle(self.tr("Occupancy by floor"))
        self.move_out_box.setTitle(
            fill(self.tr("Move-outs in the next %1 days"), MOVE_OUT_HORIZON_DAYS)
        )
        self.floor_change_box.setTitle(
            fill(self.tr("Floor changes in the next %1 days"), MOVE_OUT_HORIZON_DAYS)
        )
        name_widget(self.occupancy_view, self.occupancy_box.title())
        name_widget(self.move_out_view, self.move_out_box.title())
        name_widget(self.floor_change_view, self.floor_change_box.title())
        self.documents_box.setTitle(self.tr("Documents"))
        self.floor_label.setText(self.tr("Floor"))
        self.year_label.setText(self.tr("Year"))
        self.language_label.setText(self.tr("Language"))
        self.day_label.setText(self.tr("Day"))
        self.paper_label.setText(self.tr("Paper"))
        self.day_edit.setToolTip(
            self.tr("The day the seating chart, roster, name plates and occupancy report show")
        )
        self.seating_button.setText(self.tr("Seating chart…"))
        self.roster_button.setText(self.tr("Roster…"))
        self.nameplates_button.setText(self.tr("Name plates…"))
        self.occupancy_button.setText(self.tr("Occupancy report…"))
        self.renewals_button.setText(self.tr("Renewal summary…"))
        self.agreement_button.setText(self.tr("Agreement…"))
        language_names = {
            "ko": self.tr("Korean"),
            "en": self.tr("English"),
            "both": self.tr("Korean and English"),
        }
        for index in range(self.language_combo.count()):
            lang = self.language_combo.itemData(index)
            self.language_combo.setItemText(index, language_names[lang])
        self.nameplates_button.setToolTip(self.tr("The people seated on the chosen floor"))
        self.agreement_button.setToolTip(
            self.tr("Builds the agreement of the chosen year and records its version")
        )
        self._show_as_of()

    def _show_as_of(self) -> None:
        self.as_of_label.setText(fill(self.tr("As of %1"), self.today().isoformat()))

    # -- documents --------------------------------------------------------------------------
    def chosen_day(self):
        return self.day_edit.date().toPython()

    def chart_language(self) -> str:
        """The chart's language: the one chosen, or for "both" the window's."""
        lang = self.language_combo.currentData()
        if lang in ("ko", "en"):
            return lang
        return "en" if current_language() == "en" else "ko"

    def show_seating_chart(self) -> None:
        floor = self.floor_combo.currentData()
        if floor is not None:
            day, paper, lang = (
                self.chosen_day(),
                self.paper_combo.currentData(),
                self.chart_language(),
            )
            self._build(lambda: actions.seating_chart(self.sessions, floor, day, paper, lang=lang))

    def show_roster(self) -> None:
        day = self.chosen_day()
        self._build(lambda: actions.roster(self.sessions, day))

    def show_name_plates(self) -> None:
        floor, day = self.floor_combo.currentData(), self.chosen_day()
        self._build(lambda: actions.name_plates(self.sessions, day, floor))

    def show_occupancy(self) -> None:
        day = self.chosen_day()
        self._build(lambda: actions.occupancy(self.sessions, day))

    def show_renewal_summary(self) -> None:
        year = self.year_combo.currentData()
        if year is not None:
            self._build(lambda: actions.renewal_summary(self.sessions, year))

    def show_agreement(self) -> None:
        year, lang = self.year_combo.currentData(), self.language_combo.currentData()
        if year is not None:
            self._build(lambda: copies.agreement(self.sessions, year, lang))

    def _build(
        self, build: Callable[[], actions.BuiltDocument | copies.AgreementDocument]
    ) -> None:
        if self._building:
            return  # one document at a time
        self._set_building(True)

        def work():
            yield None  # a cancellation point before the work starts
            return build()

        run_in_background(
            work,
            on_result=self._open_preview,
            on_error=lambda error: show_error(self, error),
            on_finished=lambda: self._set_building(False),
            pool=self.pool,
        )

    def _set_building(self, building: bool) -> None:
        self._building = building
        if building:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QGuiApplication.restoreOverrideCursor()
        for button in self.document_buttons:
            button.setEnabled(not building)

    def _open_preview(self, document: actions.BuiltDocument | copies.AgreementDocument) -> None:
        from ui.documents.agreement_preview import AgreementPreviewDialog  # noqa: PLC0415
        from ui.documents.preview import PdfPreviewDialog  # noqa: PLC0415 - QtPdf on demand

        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        if isinstance(document, copies.AgreementDocument):  # saved as HWPX/DOCX too, compared
            self.preview = AgreementPreviewDialog(
                document, sessions=self.sessions, settings=self.settings, parent=self,
                pool=self.pool,
            )
        else:
            self.preview = PdfPreviewDialog(
                document.data, file_name=document.file_name, settings=self.settings, parent=self
            )
        self.preview.open()


def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """Replace the items, keeping the current choice when it is still there."""
    current = combo.currentData()
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current)
    if index >= 0:
        combo.setCurrentIndex(index)
