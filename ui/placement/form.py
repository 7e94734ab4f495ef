"""The questions of the Auto-place… dialog: who, where, which rules, how many moves, how
long, from which day. Reads and writes `PlacementChoices`; knows no database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.services.placement import PlacementArea
from ui.accessibility import name_widget
from ui.i18n import fill
from ui.placement.choices import WHO_SELECTED, WHO_TASK, WHO_UNSEATED, PlacementChoices
from ui.placement.models import AreaTreeModel


class PlacementForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selected: tuple[int, ...] = ()

        # WHO
        self.who_box = QGroupBox()
        self.who_unseated = QRadioButton()
        self.who_task = QRadioButton()
        self.who_selected = QRadioButton()
        self.who_group = QButtonGroup(self)
        for button in (self.who_unseated, self.who_task, self.who_selected):
            self.who_group.addButton(button)
        self.task_combo = QComboBox()
        self.task_combo.setEditable(True)
        self.task_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.task_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        who = QGridLayout(self.who_box)
        who.addWidget(self.who_unseated, 0, 0, 1, 2)
        who.addWidget(self.who_task, 1, 0)
        who.addWidget(self.task_combo, 1, 1)
        who.addWidget(self.who_selected, 2, 0, 1, 2)
        who.setColumnStretch(1, 1)

        # WHERE
        self.where_box = QGroupBox()
        self.areas = AreaTreeModel(self)
        self.area_view = QTreeView()
        self.area_view.setModel(self.areas)
        self.area_view.setHeaderHidden(True)
        self.area_view.setMinimumHeight(140)
        self.all_areas = QPushButton()
        self.no_areas = QPushButton()
        self.all_areas.clicked.connect(lambda: self.areas.set_all(True))
        self.no_areas.clicked.connect(lambda: self.areas.set_all(False))
        where = QVBoxLayout(self.where_box)
        where.addWidget(self.area_view)
        area_buttons = QHBoxLayout()
        area_buttons.addWidget(self.all_areas)
        area_buttons.addWidget(self.no_areas)
        area_buttons.addStretch(1)
        where.addLayout(area_buttons)

        # RULES
        self.rules_box = QGroupBox()
        self.keep_teams = QCheckBox()
        self.adjacency_label = QLabel()
        self.adjacency = QDoubleSpinBox()
        self.adjacency.setRange(0.5, 10.0)
        self.adjacency.setSingleStep(0.1)
        self.adjacency.setDecimals(1)
        self.adjacency.setSuffix(" m")
        self.adjacency_label.setBuddy(self.adjacency)
        self.honour_needs = QCheckBox()
        self.startup_rule = QCheckBox()
        self.professor_rule = QCheckBox()
        self.keep_teams.toggled.connect(self.adjacency.setEnabled)
        rules = QGridLayout(self.rules_box)
        rules.addWidget(self.keep_teams, 0, 0, 1, 2)
        rules.addWidget(self.adjacency_label, 1, 0)
        rules.addWidget(self.adjacency, 1, 1)
        rules.addWidget(self.honour_needs, 2, 0, 1, 2)
        rules.addWidget(self.startup_rule, 3, 0, 1, 2)
        rules.addWidget(self.professor_rule, 4, 0, 1, 2)
        rules.setColumnStretch(2, 1)

        # MOVES
        self.moves_box = QGroupBox()
        self.keep_seated = QRadioButton()
        self.allow_moves = QRadioButton()
        self.moves_group = QButtonGroup(self)
        self.moves_group.addButton(self.keep_seated)
        self.moves_group.addButton(self.allow_moves)
        self.max_moves = QSpinBox()
        self.max_moves.setRange(1, 10_000)
        self.allow_moves.toggled.connect(self.max_moves.setEnabled)
        moves = QGridLayout(self.moves_box)
        moves.addWidget(self.keep_seated, 0, 0, 1, 2)
        moves.addWidget(self.allow_moves, 1, 0)
        moves.addWidget(self.max_moves, 1, 1)
        moves.setColumnStretch(2, 1)

        # WHEN and HOW LONG
        self.time_limit = QSpinBox()
        self.time_limit.setRange(1, 600)
        self.effective_date = QDateEdit()
        self.effective_date.setCalendarPopup(True)
        self.effective_date.setDisplayFormat("yyyy-MM-dd")
        self.time_label, self.date_label = QLabel(), QLabel()
        self.time_label.setBuddy(self.time_limit)
        self.date_label.setBuddy(self.effective_date)
        when = QFormLayout()
        when.addRow(self.date_label, self.effective_date)
        when.addRow(self.time_label, self.time_limit)

        left = QVBoxLayout()
        left.addWidget(self.who_box)
        left.addWidget(self.rules_box)
        left.addWidget(self.moves_box)
        left.addLayout(when)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(self.where_box, 2)

        self.who_task.toggled.connect(self.task_combo.setEnabled)
        self.set_choices(PlacementChoices())
        self.retranslate()

    # -- filling in -----------------------------------------------------------------------
    def set_tasks(self, tasks: Sequence[tuple[str, str]]) -> None:
        """(code, title) of every research task."""
        chosen = self.task_code()
        self.task_combo.clear()
        for code, title in tasks:
            self.task_combo.addItem(f"{code} — {title}", code)
        self._choose_task(chosen)

    def _choose_task(self, code: str) -> None:
        index = self.task_combo.findData(code) if code else -1
        self.task_combo.setCurrentIndex(max(index, 0) if self.task_combo.count() else -1)

    def set_areas(self, areas: Sequence[PlacementArea], choices: PlacementChoices) -> None:
        self.areas.set_areas(areas, choices.excluded_floors, choices.excluded_zones)
        self.area_view.expandAll()

    def set_selected_people(self, person_ids: Sequence[int]) -> None:
        self._selected = tuple(person_ids)
        self.who_selected.setEnabled(bool(self._selected))
        if not self._selected and self.who_selected.isChecked():
            self.who_unseated.setChecked(True)
        self._label_selected()

    def set_day(self, day: dt.date) -> None:
        self.effective_date.setDate(QDate(day.year, day.month, day.day))

    def set_choices(self, choices: PlacementChoices) -> None:
        who = {WHO_TASK: self.who_task, WHO_SELECTED: self.who_selected}
        button = who.get(choices.who, self.who_unseated)
        if not button.isEnabled():
            button = self.who_unseated
        button.setChecked(True)
        self.task_combo.setEnabled(self.who_task.isChecked())
        self._choose_task(choices.task_code)
        self.keep_teams.setChecked(choices.keep_teams)
        self.adjacency.setValue(choices.adjacency_m)
        self.adjacency.setEnabled(choices.keep_teams)
        self.honour_needs.setChecked(choices.honour_needs)
        self.startup_rule.setChecked(choices.startup_zones_rule)
        self.professor_rule.setChecked(choices.professor_offices_rule)
        (self.allow_moves if choices.allow_moves > 0 else self.keep_seated).setChecked(True)
        self.max_moves.setValue(max(choices.allow_moves, 1) if choices.allow_moves else 5)
        self.max_moves.setEnabled(choices.allow_moves > 0)
        self.time_limit.setValue(choices.time_limit_s)

    # -- reading ---------------------------------------------------------------------------
    def task_code(self) -> str:
        """The chosen task's code; a typed code that matches no item is taken as typed."""
        index = self.task_combo.findText(self.task_combo.currentText())
        if index >= 0:
            return str(self.task_combo.itemData(index))
        text = self.task_combo.currentText().strip()
        return text.split(" ")[0] if text else ""

    def who(self) -> str:
        if self.who_task.isChecked():
            return WHO_TASK
        if self.who_selected.isChecked():
            return WHO_SELECTED
        return WHO_UNSEATED

    def day(self) -> dt.date:
        return self.effective_date.date().toPython()

    def choices(self) -> PlacementChoices:
        floors_out, zones_out = self.areas.excluded()
        return PlacementChoices(
            who=self.who(),
            task_code=self.task_code(),
            excluded_zones=zones_out,
            excluded_floors=floors_out,
            keep_teams=self.keep_teams.isChecked(),
            adjacency_m=round(self.adjacency.value(), 1),
            honour_needs=self.honour_needs.isChecked(),
            startup_zones_rule=self.startup_rule.isChecked(),
            professor_offices_rule=self.professor_rule.isChecked(),
            allow_moves=self.max_moves.value() if self.allow_moves.isChecked() else 0,
            time_limit_s=self.time_limit.value(),
        )

    def request(self) -> dict[str, Any]:
        """The arguments of gather_placement for what the form shows."""
        choices = self.choices()
        floor_ids, zone_ids = self.areas.selection()
        request = choices.request()
        request.update(who=choices.who, on=self.day(), floor_ids=floor_ids, zone_ids=zone_ids)
        if choices.who == WHO_TASK:
            request["task_code"] = choices.task_code
        elif choices.who == WHO_SELECTED:
            request["person_ids"] = list(self._selected)
        return request

    def nothing_chosen(self) -> bool:
        floor_ids, _zones = self.areas.selection()
        return floor_ids is not None and not floor_ids

    # -- words -----------------------------------------------------------------------------
    def _label_selected(self) -> None:
        self.who_selected.setText(
            fill(self.tr("The people selected in the people list (%1)"), len(self._selected))
        )

    def retranslate(self) -> None:
        self.who_box.setTitle(self.tr("Who"))
        self.who_unseated.setText(self.tr("Everyone without a desk on the effective date"))
        self.who_task.setText(self.tr("The members of a research task:"))
        name_widget(self.task_combo, self.tr("Research task"))
        self.task_combo.lineEdit().setPlaceholderText(self.tr("Type a code or a title"))
        self._label_selected()
        self.where_box.setTitle(self.tr("Where"))
        self.area_view.setToolTip(self.tr("Only desks on the ticked floors and zones are used"))
        self.all_areas.setText(self.tr("All"))
        self.no_areas.setText(self.tr("None"))
        self.rules_box.setTitle(self.tr("Rules"))
        self.keep_teams.setText(self.tr("Keep research teams together"))
        self.adjacency_label.setText(self.tr("Desks count as next to each other within:"))
        self.honour_needs.setText(self.tr("Honour accessibility and other desk needs"))
        self.startup_rule.setText(self.tr("Start-up members only in start-up zones"))
        self.professor_rule.setText(self.tr("Professors in offices"))
        self.startup_rule.setToolTip(
            self.tr("Off: start-up members may take open desks, and anyone start-up desks")
        )
        self.professor_rule.setToolTip(
            self.tr("Off: professors may take open desks, and anyone office desks")
        )
        self.moves_box.setTitle(self.tr("Moves"))
        self.keep_seated.setText(self.tr("Keep everyone seated where they are"))
        self.allow_moves.setText(self.tr("Allow moving seated people, at most:"))
        self.allow_moves.setToolTip(
            self.tr("Someone seated moves only when it brings a team clearly closer together")
        )
        self.max_moves.setSuffix(self.tr(" people"))
        self.date_label.setText(self.tr("Effective date:"))
        self.time_label.setText(self.tr("Time limit:"))
        self.time_limit.setSuffix(self.tr(" s"))
