"""The floor plan page: floor switcher, day, colour mode, legend, find, the plan and the
people to seat. Embeddable: it needs a session factory and an undo stack, nothing else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import PlannerError
from planner.services import floorplan
from planner.services.floorplan import FindHit, FloorInfo
from planner.services.layout import LayoutState
from planner.services.swatches import read_swatches
from ui.accessibility import name_widget
from ui.floorplan.colours import ColourMode, LegendWidget, mode_label
from ui.floorplan.edit_actions import EditActions, layout_error_message
from ui.floorplan.edit_bar import EditBar
from ui.floorplan.edit_commands import EditCommand
from ui.floorplan.edit_mode import LayoutEditor
from ui.floorplan.keyboard_seating import PersonSeating
from planner.labels import LabelMode
from ui.floorplan.people_panel import PeoplePanel
from ui.floorplan.plan_overlay import PlanOverlay
from ui.floorplan.scene import BACKDROP, FloorScene
from ui.floorplan.out_of_use import OutOfUseActions
from ui.floorplan.seating_actions import SeatingActions, fill
from ui.floorplan.view import FloorView
from ui.flow_layout import FlowLayout
from ui.floorplan.zones_layer import zone_kind_label
from ui.i18n import current_language
from ui.settings import FLOORPLAN_LABELS, Settings

Today = Callable[[], dt.date]


class FloorPage(SeatingActions, OutOfUseActions, QWidget):
    person_requested = Signal(int)  # "Show person" on a desk: the window may open the person
    floor_changed = Signal(int)
    day_changed = Signal(object)  # datetime.date
    seating_notice = Signal(str)  # how a change came out, for a status bar (a stay's bounds)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        undo_stack: QUndoStack,
        today: Today | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else Settings()
        self.sessions = sessions
        self.undo_stack = undo_stack
        self.today = today or dt.date.today
        self.floors: list[FloorInfo] = []
        self.selected_desk_id: int | None = None
        self._hits: list[FindHit] = []
        self._hit_index = -1
        self._hits_for = ""

        self.scene = FloorScene(self)
        self.view = FloorView(self.scene)
        self.people = PeoplePanel()
        # Seating with the keyboard (the people list's menu and the desk menu): the same
        # commands as a drop, staged into the chosen draft plan like a drop.
        self.person_seating = PersonSeating(
            sessions,
            undo_stack,
            self,
            self.day,
            on_changed=self.refresh_desks,
            on_error=self.show_error,
            floor_id=self.current_floor_id,
            staging=lambda: self.staging_plan() is not None,
            stage=self.stage,
        )
        self.legend = LegendWidget()
        self.details = QLabel()
        # Short lines; word wrap would need height-for-width, which a splitter pane ignores.
        self.details.setWordWrap(False)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.floor_label, self.floor_combo = QLabel(), QComboBox()
        # Combos with long names may shrink (eliding), so the window fits a 1280-pixel screen.
        self.floor_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.floor_combo.setMinimumContentsLength(12)
        self.day_label, self.day_edit = QLabel(), QDateEdit(QDate(self.today()))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.today_button = QPushButton()
        self.mode_label, self.mode_combo = QLabel(), QComboBox()
        for mode in ColourMode:
            self.mode_combo.addItem("", mode)
        self.plan_label, self.plan_combo = QLabel(), QComboBox()
        self.plan_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.plan_combo.setMinimumContentsLength(10)
        self.overlay: PlanOverlay | None = None
        self.plan_moves: list[floorplan.PlanMove] = []
        self.find_edit = QLineEdit()
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMinimumWidth(180)
        self.find_result = QLabel()
        self.labels_label, self.labels_combo = QLabel(), QComboBox()
        for mode in LabelMode:
            self.labels_combo.addItem("", mode)
        self.labels_label.setBuddy(self.labels_combo)
        chosen = self.labels_combo.findData(self.settings.get(FLOORPLAN_LABELS))
        self.labels_combo.setCurrentIndex(max(chosen, 0))
        self.fit_button = QPushButton()
        self.zoom_label = QLabel()
        # A fixed width: in the wrapping bar a zoom that changes the label's width could move
        # it to another line, resize the plan, change the zoom again, and so on for ever.
        self.zoom_label.setFixedWidth(self.zoom_label.fontMetrics().horizontalAdvance("8888 %") + 4)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Edit mode: the layout (desks, zones, background) instead of the seating.
        self.edit_button = QPushButton()
        self.edit_button.setCheckable(True)
        self.edit_actions = EditActions(
            sessions,
            undo_stack,
            self.scene,
            self,
            on_changed=self._layout_changed,
            on_error=self.show_layout_error,
            select=lambda desk_ids: self.editor.select(desk_ids),
        )
        self.editor = LayoutEditor(self.scene, self.edit_actions)
        self.view.editor = self.editor
        self.edit_bar = EditBar(self.editor, self.edit_actions)
        self.edit_bar.hide()
        for label, buddy in (
            (self.floor_label, self.floor_combo),
            (self.day_label, self.day_edit),
            (self.mode_label, self.mode_combo),
            (self.plan_label, self.plan_combo),
        ):
            label.setBuddy(buddy)

        # Wraps onto a second line on a narrow screen (1366 pixels at 150 %) instead of
        # widening the window past it.
        bar = FlowLayout()
        bar.add_widgets(
            self.floor_label,
            self.floor_combo,
            self.day_label,
            self.day_edit,
            self.today_button,
            self.mode_label,
            self.mode_combo,
            self.plan_label,
            self.plan_combo,
            self.edit_button,
        )
        bar.add_stretch()
        bar.add_widgets(self.fit_button, self.zoom_label)

        self.legend_box = QGroupBox()
        legend_layout = QVBoxLayout(self.legend_box)
        legend_layout.setContentsMargins(6, 2, 6, 2)
        legend_layout.addWidget(self.legend)
        self.details_box = QGroupBox()
        details_layout = QVBoxLayout(self.details_box)
        details_layout.addWidget(self.details)
        details_layout.addStretch(1)
        # The plan gets the width: on a 1366-pixel screen a side column beside it would leave
        # desks too small for their occupants' names at "fit floor". The selected desk goes
        # under the people, the legend under the plan, Find and the labels' choice over it.
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.people)
        left.addWidget(self.details_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        left.setSizes([500, 160])
        self.left_splitter = left
        over = QHBoxLayout()
        over.setContentsMargins(0, 0, 0, 0)
        over.addWidget(self.find_edit)
        over.addWidget(self.find_result, 1)
        over.addWidget(self.labels_label)
        over.addWidget(self.labels_combo)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(3)
        centre_layout.addLayout(over)
        centre_layout.addWidget(self.view, 1)
        centre_layout.addWidget(self.legend_box)
        self._side_layout = centre_layout

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(centre)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([270, 1100])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.edit_bar)
        layout.addWidget(self.splitter, 1)

        # From Find (Ctrl+F, Enter goes to the person's desk) Tab leads into the plan, where
        # the arrows, Enter and the Menu key work on that desk.
        QWidget.setTabOrder(self.find_edit, self.view)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.focus_find)

        self.floor_combo.currentIndexChanged.connect(self._floor_chosen)
        self.day_edit.dateChanged.connect(self._day_chosen)
        self.today_button.clicked.connect(lambda: self.set_day(self.today()))
        self.mode_combo.currentIndexChanged.connect(self._mode_chosen)
        self.labels_combo.currentIndexChanged.connect(self._labels_chosen)
        self.plan_combo.currentIndexChanged.connect(self._plan_chosen)
        self.find_edit.returnPressed.connect(self._find_next)
        self.find_edit.textChanged.connect(lambda _t: self.find_result.clear())
        self.fit_button.clicked.connect(self.view.fit_floor)
        self.edit_button.toggled.connect(self.set_editing)
        self.view.zoom_changed.connect(self._zoom_shown)
        self.view.person_dropped.connect(self.handle_drop)
        self.view.people_dropped.connect(self.handle_group_drop)
        self.view.desk_selected.connect(self.select_desk)
        self.view.desk_menu_requested.connect(self._desk_menu)
        self.view.desk_activated.connect(self.show_person_at)
        self.people.reload_requested.connect(self.reload_people)
        self.people.person_activated.connect(self.find_person)
        self.people.person_menu_requested.connect(self._person_menu)
        self.retranslate()
        self.follow_scheme()
        self.reload()

    # -- what the page shows --------------------------------------------------------------
    def day(self) -> dt.date:
        return self.day_edit.date().toPython()

    def set_day(self, day: dt.date) -> None:
        self.day_edit.setDate(QDate(day))

    def current_floor_id(self) -> int | None:
        return self.floor_combo.currentData()

    def colour_mode(self) -> ColourMode:
        return self.mode_combo.currentData()

    def reload(self) -> None:
        """Everything again from the database (floors, the plan, the people)."""
        with self.sessions() as session:
            self.floors = floorplan.list_floors(session)
        self.scene.backgrounds.clear()  # read again: another client may have changed them
        chosen = self.current_floor_id()
        self.floor_combo.blockSignals(True)
        self.floor_combo.clear()
        for info in self.floors:
            # The floor first: a narrow combo elides the end, and with one building its
            # name says nothing (it is in the tooltip).
            one_building = len({f.building for f in self.floors}) == 1
            text = info.name if one_building else f"{info.name} · {info.building}"
            self.floor_combo.addItem(text, info.id)
            self.floor_combo.setItemData(
                self.floor_combo.count() - 1, info.label, Qt.ItemDataRole.ToolTipRole
            )
        index = self.floor_combo.findData(chosen) if chosen is not None else 0
        self.floor_combo.setCurrentIndex(max(index, 0))
        self.floor_combo.blockSignals(False)
        self._fill_plans()
        self._load_floor(fit=True)
        self.reload_people()

    def show_floor(self, floor_id: int, fit: bool = True) -> None:
        index = self.floor_combo.findData(floor_id)
        if index < 0:
            return
        if index != self.floor_combo.currentIndex():
            self.floor_combo.blockSignals(True)
            self.floor_combo.setCurrentIndex(index)
            self.floor_combo.blockSignals(False)
            self._load_floor(fit=fit)
            self.floor_changed.emit(floor_id)

    def _load_floor(self, fit: bool) -> None:
        floor_id = self.current_floor_id()
        if floor_id is None:
            self.scene.show_floors([])
            self._update_legend()
            return
        keep = None if fit else (self.view.transform(), self.view.visible_scene_rect().center())
        with self.sessions() as session:
            snapshot = floorplan.load_floor(session, floor_id, self.day())
            self.scene.swatches = read_swatches(session)
        self.people.view.swatches = self.scene.swatches
        if floor_id not in self.scene.backgrounds:
            self.edit_actions.background.load(floor_id)
        self.scene.show_floors([snapshot], mode=self.colour_mode())
        self.editor.refresh()
        self.overlay = None  # the scene deleted it
        self._update_overlay()
        if keep is None:
            self.view.fit_floor()
        else:
            self.view.setTransform(keep[0])
            self.view.centerOn(keep[1])
        if (
            self.selected_desk_id is not None
            and self.scene.desk_layer
            and self.scene.desk_layer.desk(self.selected_desk_id)
        ):
            self.scene.set_highlight(self.selected_desk_id)
        else:
            self.selected_desk_id = None
        self.view.restore_focus_mark()
        self._update_legend()
        self._update_details()

    def reload_people(self) -> None:
        with self.sessions() as session:
            rows = floorplan.people_on(
                session, self.day(), unseated_only=self.people.unseated.isChecked()
            )
        self.people.set_rows(rows)

    def refresh_desks(self, desk_ids: Iterable[int], person_ids: Iterable[int] = ()) -> None:
        """After a change: reload just these desks (and the people list) and redraw them."""
        self._hits_for = ""  # Find searches again: who sits where has changed
        ids = [
            i
            for i in desk_ids
            if self.scene.desk_layer is not None and self.scene.desk_layer.desk(i)
        ]
        if ids:
            with self.sessions() as session:
                spots = floorplan.load_desks(session, ids, self.day())
            self.scene.replace_desks(spots)
            self._update_legend()
            self._update_details()
        self.reload_people()

    def _update_legend(self) -> None:
        self.legend.set_entries(self.scene.legend)
        if hasattr(self, "_side_layout"):
            self._relayout_side()

    def _update_details(self) -> None:
        layer = self.scene.desk_layer
        desk = layer.desk(self.selected_desk_id) if layer and self.selected_desk_id else None
        if desk is None:
            hint = self.tr("Click a desk to see who sits there.")
            self.details.setText(f"<i>{hint}</i>")
            self._relayout_side()
            return
        zone = next((z for z in self.scene.snapshot.zones if z.id == desk.zone_id), None)
        where = f"{zone.name} · {zone_kind_label(zone.kind)}<br>" if zone else ""
        self.details.setText(where + self.view.tooltip_html(desk))
        self._relayout_side()

    def _relayout_side(self) -> None:
        # A splitter pane does not re-run its layout when a label's text grows; do it here.
        for layout in (self.details_box.layout(), self.legend_box.layout(), self._side_layout):
            layout.invalidate()
            layout.activate()

    # -- move plans ----------------------------------------------------------------------------
    def _fill_plans(self) -> None:
        with self.sessions() as session:
            plans = floorplan.draft_plans(session)
        self._draft_plans = {plan_id: (name, day) for plan_id, name, day in plans}
        chosen = self.plan_combo.currentData()
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        self.plan_combo.addItem(self.tr("None"), None)
        for plan_id, name, day in plans:
            self.plan_combo.addItem(f"{name} ({day.isoformat()})", plan_id)
        index = self.plan_combo.findData(chosen) if chosen is not None else 0
        self.plan_combo.setCurrentIndex(max(index, 0))
        self.plan_combo.blockSignals(False)
        self._load_plan()

    def refresh_plans(self) -> None:
        """After a move plan changed: the drafts again, the chosen one's moves over the floor."""
        self._fill_plans()
        self._update_overlay()

    def set_plan(self, plan_id: int | None) -> None:
        """Show the differences of this draft move plan over the plan (None: no plan); while
        a plan is shown, drops stage moves into it."""
        if plan_id is not None and self.plan_combo.findData(plan_id) < 0:
            self.refresh_plans()  # a plan created since the combo was filled
        index = self.plan_combo.findData(plan_id) if plan_id is not None else 0
        self.plan_combo.setCurrentIndex(max(index, 0))

    def staging_plan(self) -> tuple[int, str, dt.date] | None:
        """(id, name, effective date) of the draft plan that drops go into; None: live seating."""
        plan_id = self.plan_combo.currentData()
        found = getattr(self, "_draft_plans", {}).get(plan_id)
        return None if found is None else (plan_id, *found)

    def _plan_chosen(self, _index: int) -> None:
        self._load_plan()
        self._update_overlay()

    def _load_plan(self) -> None:
        from ui.moveplans.banner import StagingBanner  # noqa: PLC0415 - the move plans part

        if getattr(self, "staging_banner", None) is None:
            self.staging_banner = StagingBanner()
            self.layout().insertWidget(1, self.staging_banner)  # under the bar, over the plan
        staging = self.staging_plan()
        self.staging_banner.show_plan(*(staging[1:] if staging else (None, None)))
        plan_id = self.plan_combo.currentData()
        if plan_id is None:
            self.plan_moves = []
            return
        with self.sessions() as session:
            self.plan_moves = floorplan.plan_moves(session, plan_id)

    def _update_overlay(self) -> None:
        if self.overlay is not None:
            self.scene.removeItem(self.overlay)
            self.overlay = None
        layer, floor_id = self.scene.desk_layer, self.current_floor_id()
        if self.plan_moves and layer is not None and floor_id is not None:
            self.overlay = PlanOverlay(layer, floor_id, self.plan_moves)
            self.scene.addItem(self.overlay)
        here = len(self.overlay.on_this_floor()) if self.overlay else 0
        self.plan_combo.setToolTip(
            fill(self.tr("%1 moves in the plan, %2 on this floor"), len(self.plan_moves), here)
            if self.plan_moves
            else self.tr("Choose a draft move plan to see its moves on the plan")
        )

    # -- edit mode --------------------------------------------------------------------------
    def editing(self) -> bool:
        return self.editor.active

    def set_editing(self, on: bool) -> None:
        """Edit the layout (on) or seat people (off, the default)."""
        if self.edit_button.isChecked() != on:
            self.edit_button.setChecked(on)  # comes back here through toggled
            return
        self.editor.set_active(on)
        self.edit_bar.setVisible(on)
        self.scene.set_highlight(None if on else self.selected_desk_id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _layout_changed(self, command: EditCommand) -> None:
        before, after = command.before, command.after
        if not isinstance(before, LayoutState) or not isinstance(after, LayoutState):
            return
        states = [*before.desks.values(), *after.desks.values()]
        if before.zones or after.zones or any(state is None for state in states):
            self._load_floor(fit=False)  # desks came or went, or zones changed: a new scene
        elif after.desks:
            with self.sessions() as session:
                spots = floorplan.load_desks(session, after.desks.keys(), self.day())
            self.scene.replace_desks(spots)
            self._update_legend()
            self._update_details()
        # Layout edits seat nobody (only desks never used can go): the people list changes
        # only when a desk's code, which it shows, did. It is the slow part on a campus.
        if any(
            old is not None and new is not None and old.code != new.code
            for old, new in ((before.desks.get(i), after.desks.get(i)) for i in after.desks)
        ):
            self.reload_people()
        self.editor.refresh()

    def show_layout_error(self, error: PlannerError) -> None:
        QMessageBox.warning(self, self.tr("Layout not changed"), layout_error_message(error))

    # -- user choices -----------------------------------------------------------------------
    def _floor_chosen(self, _index: int) -> None:
        self.selected_desk_id = None
        self._load_floor(fit=True)
        if self.current_floor_id() is not None:
            self.floor_changed.emit(self.current_floor_id())

    def _day_chosen(self, _date: QDate) -> None:
        self._load_floor(fit=False)
        self.reload_people()
        self.day_changed.emit(self.day())

    def _mode_chosen(self, _index: int) -> None:
        self.scene.recolour(self.colour_mode())
        self._update_legend()

    def label_mode(self) -> LabelMode:
        return LabelMode(self.labels_combo.currentData() or LabelMode.NAME)

    def _labels_chosen(self, _index: int) -> None:
        self.settings.set(FLOORPLAN_LABELS, self.label_mode().value)
        self.scene.set_label_mode(self.label_mode(), current_language() == "en")

    def _zoom_shown(self, scale: float) -> None:
        self.zoom_label.setText(f"{scale * 100:.0f} %")

    def select_desk(self, desk_id: int) -> None:
        self.selected_desk_id = desk_id or None
        self.scene.set_highlight(self.selected_desk_id)
        self._update_details()

    # -- find -------------------------------------------------------------------------------
    def focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def find(self, text: str) -> FindHit | None:
        """Go to the first desk or seated person matching ``text``: switch floor, centre, select."""
        with self.sessions() as session:
            self._hits = [h for h in floorplan.find_in_site(session, text, self.day()) if h.desk_id]
        self._hits_for = text
        self._hit_index = -1
        return self._go_to_next_hit()

    def _find_next(self) -> None:
        text = self.find_edit.text().strip()
        if not text:
            return
        if text != self._hits_for:
            self.find(text)
        else:
            self._go_to_next_hit()

    def _go_to_next_hit(self) -> FindHit | None:
        if not self._hits:
            self.find_result.setText(self.tr("Not found on this day"))
            return None
        self._hit_index = (self._hit_index + 1) % len(self._hits)
        hit = self._hits[self._hit_index]
        self.go_to_desk(hit.floor_id, hit.desk_id)
        text = fill(self.tr("%1 of %2: %3"), self._hit_index + 1, len(self._hits), hit.label)
        self.find_result.setToolTip(text)
        self.find_result.setText(
            self.find_result.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, 240)
        )
        return hit

    def go_to_desk(self, floor_id: int | None, desk_id: int | None) -> None:
        if floor_id is None or desk_id is None:
            return
        self.show_floor(floor_id, fit=False)
        self.select_desk(desk_id)
        self.view.centre_on_desk(desk_id)
        self.view.set_focus_desk(desk_id)

    def find_person(self, person_id: int) -> None:
        with self.sessions() as session:
            desk = floorplan.desk_of_person(session, person_id, self.day())
        if desk is not None:
            self.go_to_desk(*desk)

    def retranslate(self) -> None:
        self.floor_label.setText(self.tr("Fl&oor:"))
        self.day_label.setText(self.tr("&Day:"))
        self.today_button.setText(self.tr("Today"))
        self.mode_label.setText(self.tr("&Colours:"))
        self.plan_label.setText(self.tr("&Move plan:"))
        if self.plan_combo.count():
            self.plan_combo.setItemText(0, self.tr("None"))
        for n in range(self.mode_combo.count()):
            self.mode_combo.setItemText(n, mode_label(self.mode_combo.itemData(n)))
        self.find_edit.setPlaceholderText(self.tr("Find person or desk (Ctrl+F)"))
        name_widget(
            self.find_edit,
            self.tr("Find person or desk"),
            self.tr("Ctrl+F comes here; Enter shows the next match on the plan"),
        )
        name_widget(self.view, self.tr("Floor plan"), self.tr("The desks of the floor and who sits there"))
        self.labels_label.setText(self.tr("&Labels:"))
        for n, text in enumerate(
            (self.tr("Names"), self.tr("Desk codes"), self.tr("Research tasks"))
        ):
            self.labels_combo.setItemText(n, text)
        self.labels_combo.setToolTip(
            self.tr("What the desks of the plan show: who sits there, the desk, or the team")
        )
        self.scene.set_label_mode(self.label_mode(), current_language() == "en")
        self.fit_button.setText(self.tr("Fit floor"))
        self.edit_button.setText(self.tr("Edit layout"))
        self.edit_button.setToolTip(
            self.tr("Add, move, turn and delete desks, draw zones, set a background drawing")
        )
        self.fit_button.setToolTip(
            self.tr("Show the whole floor (0); zoom with the wheel or + and -")
        )
        self.legend_box.setTitle(self.tr("Legend"))
        self.details_box.setTitle(self.tr("Selected desk"))
        self.people.retranslate()
        self.scene.recolour(self.colour_mode())
        self._update_legend()
        self._update_details()
        self._zoom_shown(self.view.scale_factor())

    def follow_scheme(self) -> None:
        """The plan in the dark scheme when the window is dark, else the light one."""
        from ui.floorplan.plan_scheme import follow_palette  # noqa: PLC0415

        changed = follow_palette(self.palette())
        if changed or self.scene.backgroundBrush().color() != BACKDROP:
            self.scene.setBackgroundBrush(BACKDROP)
            if self.scene.floors:
                self._load_floor(fit=False)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.follow_scheme()
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
