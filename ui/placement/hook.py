"""The Auto-place… button on the floor page's toolbar, and what a saved plan does there.

The floor page is owned by others; everything about auto-placement stays here and the
page is only used through its public attributes (day, people list, reload, set_plan, …).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QLayout, QPushButton, QWidget

from ui.background import Pool
from ui.floorplan.people_panel import PeopleTableModel
from ui.placement.dialog import AutoPlaceDialog
from ui.settings import Settings

if TYPE_CHECKING:
    from ui.floorplan.floor_page import FloorPage


class AutoPlaceTool(QObject):
    """Owns the button and the one dialog of a floor page."""

    def __init__(
        self, page: FloorPage, pool: Pool | None = None, settings: Settings | None = None
    ) -> None:
        super().__init__(page)
        self.page = page
        self.pool = pool  # tests pass ui.background.SynchronousPool
        self.settings = settings
        self.dialog: AutoPlaceDialog | None = None
        self.button = QPushButton()
        self.button.clicked.connect(self.open)
        self.button.installEventFilter(self)  # to follow a change of language
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.button and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open(self) -> AutoPlaceDialog:
        if self.dialog is None:
            self.dialog = AutoPlaceDialog(
                self.page.sessions,
                self.page.undo_stack,
                on_changed=self.show_plan,
                settings=self.settings,
                pool=self.pool,
                parent=self.page,
                today=self.page.today,
            )
        if not self.dialog.isVisible():
            self.dialog.prepare(self.page.day(), selected_people(self.page))
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def show_plan(self, plan_id: int | None) -> None:
        """After a save, apply or undo: the page reloads; a saved draft is shown on the
        floor where most of its moves land, so the differences are in view."""
        page = self.page
        page.reload()
        page.set_plan(plan_id)
        if plan_id is not None and page.plan_moves:
            floors = Counter(m.to_floor_id for m in page.plan_moves if m.to_floor_id is not None)
            if floors and floors.most_common(1)[0][0] != page.current_floor_id():
                page.show_floor(floors.most_common(1)[0][0])

    def retranslate(self) -> None:
        self.button.setText(self.tr("Auto-place…"))
        self.button.setToolTip(
            self.tr("Seat people automatically so that research teams sit together")
        )


def selected_people(page: FloorPage) -> list[int]:
    """Person ids of the rows selected in the page's people list."""
    view = page.people.view
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    ids = (row.data(PeopleTableModel.PERSON_ID_ROLE) for row in rows)
    return [int(person_id) for person_id in ids if person_id is not None]


def add_auto_place_button(
    page: FloorPage, pool: Pool | None = None, settings: Settings | None = None
) -> AutoPlaceTool:
    """Put the button on the toolbar row of `page`, after its move plan chooser."""
    tool = AutoPlaceTool(page, pool, settings)
    bar = _layout_holding(page.layout(), page.plan_combo)
    if isinstance(bar, QBoxLayout):
        bar.insertWidget(bar.indexOf(page.plan_combo) + 1, tool.button)
    else:  # the toolbar was reshaped: still reachable, above the plan
        page.layout().insertWidget(0, tool.button)
    page.auto_place = tool
    return tool


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        found = _layout_holding(layout.itemAt(index).layout(), widget)
        if found is not None:
            return found
    return None
