"""Seating changes from the floor plan: drops, the desk context menu, their messages.

Mixed into FloorPage, which provides ``sessions``, ``undo_stack``, ``scene``, ``view``,
``day()``, ``refresh_desks``, ``staging_plan()`` and ``refresh_plans``. Every change is one
undoable command (ui.floorplan.commands). While a draft move plan is chosen, drops and
releases are staged into the plan (ui.moveplans.commands) instead of changing the seating.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QMessageBox

from planner.errors import PlannerError
from planner.models import Person
from planner.services import floorplan, group_seating, move_plans
from ui.errors import error_message
from ui.floorplan.commands import (
    AssignCommand,
    MoveCommand,
    ReleaseCommand,
    SeatGroupCommand,
    SeatingCommand,
    SetMoveOutCommand,
    SwapCommand,
    run_and_push,
)
from ui.floorplan.dialogs import MoveOutDialog
from ui.moveplans.commands import StageMoveCommand, StageMovesCommand
from ui.moveplans.commands import run_and_push as push_plan_command


def fill(text: str, *values: object) -> str:
    for n, value in enumerate(values, start=1):
        text = text.replace(f"%{n}", str(value))
    return text


class SeatingActions:
    def _name(self, person_id: int) -> str:
        with self.sessions() as session:
            person = session.get(Person, person_id)
            return person.name_ko if person else str(person_id)

    def _push(self, command: SeatingCommand) -> bool:
        command.on_changed = self.refresh_desks
        command.on_error = self.show_error
        return run_and_push(self.undo_stack, command)

    def show_error(self, error: PlannerError) -> None:
        QMessageBox.warning(self, self.tr("Seating not changed"), error_message(error))

    def handle_drop(self, person_id: int, from_desk_id: int, to_desk_id: int) -> bool:
        """A person dropped on a desk: assign, move, or (asking first) swap."""
        layer = self.scene.desk_layer
        target = layer.desk(to_desk_id) if layer else None
        if target is None:
            return False
        if self.staging_plan() is not None:
            return self.stage(person_id, to_desk_id)
        day = self.day()
        with self.sessions() as session:
            current = floorplan.desk_of_person(session, person_id, day)
        name = self._name(person_id)
        if current is None:
            command = AssignCommand(
                self.sessions, person_id, to_desk_id, day, f"{name} → {target.code}"
            )
            if not self._push(command):
                return False
            self._tell_stay_bounds(name, target.code, day, command.period)
            return True
        if current[1] == to_desk_id:
            return False
        other = next((o for o in target.occupants if o.person_id != person_id), None)
        if other is not None and target.kind != "hot":
            answer = QMessageBox.question(
                self,
                self.tr("Swap desks?"),
                fill(
                    self.tr(
                        "Desk %1 is taken by %2 on %3. Swap the desks of %4 and %2 from that day?"
                    ),
                    target.code,
                    other.name_ko,
                    day.isoformat(),
                    name,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            return self._push(
                SwapCommand(
                    self.sessions, person_id, other.person_id, day, f"{name} ↔ {other.name_ko}"
                )
            )
        return self._push(
            MoveCommand(self.sessions, person_id, to_desk_id, day, f"{name} → {target.code}")
        )

    def _tell_stay_bounds(
        self, name: str, code: str, day: dt.date, period: tuple[dt.date, dt.date | None] | None
    ) -> None:
        """Say so when the person's stay shaped the assignment: it starts on arrival, or it
        ends with the stay instead of running on."""
        if period is None or period == (day, None):
            return
        start, end = period
        parts = []
        if start != day:
            parts.append(fill(self.tr("from %1, the first day of the stay"), start.isoformat()))
        if end is not None:
            parts.append(fill(self.tr("until %1, the last day of the stay"), end.isoformat()))
        self.seating_notice.emit(fill(self.tr("%1 sits at %2 %3."), name, code, " ".join(parts)))

    def handle_group_drop(self, person_ids: list[int], to_desk_id: int) -> bool:
        """Several people dropped on one desk: they sit together at the nearest free desks
        (or, while a draft plan is chosen, those moves go into the plan) — one undo step."""
        layer = self.scene.desk_layer
        target = layer.desk(to_desk_id) if layer else None
        if target is None or not person_ids:
            return False
        label = fill(self.tr("%1 people near %2"), len(person_ids), target.code)
        staging = self.staging_plan()
        if staging is None:
            people = tuple(person_ids)
            command = SeatGroupCommand(self.sessions, people, to_desk_id, self.day(), label)
            return self._push(command)
        plan_id, _name, day = staging
        try:
            with self.sessions() as session:
                taken = move_plans.planned_desks(session, plan_id, except_people=person_ids)
                moves = group_seating.choose_group_desks(
                    session, person_ids, to_desk_id, day, exclude=taken
                )
        except PlannerError as error:
            self.show_error(error)
            return False
        command = StageMovesCommand(self.sessions, plan_id, moves, label)
        command.on_changed = lambda _plan, _seating: self.refresh_plans()
        command.on_error = self.show_error
        return push_plan_command(self.undo_stack, command)

    def stage(self, person_id: int, to_desk_id: int | None) -> bool:
        """Put the person's move (None: release) into the chosen draft plan, undoably."""
        staging = self.staging_plan()
        if staging is None:
            return False
        plan_id, _name, day = staging
        with self.sessions() as session:
            current = floorplan.desk_of_person(session, person_id, day)
        if to_desk_id is not None and current is not None and current[1] == to_desk_id:
            return False  # already there on the plan's date: nothing to plan
        layer = self.scene.desk_layer
        target = layer.desk(to_desk_id) if layer is not None and to_desk_id is not None else None
        where = target.code if target is not None else self.tr("release")
        command = StageMoveCommand(
            self.sessions, plan_id, person_id, to_desk_id, f"{self._name(person_id)} → {where}"
        )
        command.on_changed = lambda _plan, _seating: self.refresh_plans()
        command.on_error = self.show_error
        return push_plan_command(self.undo_stack, command)

    def _occupant(self, desk_id: int):
        layer = self.scene.desk_layer
        desk = layer.desk(desk_id) if layer else None
        return (desk, desk.occupant) if desk is not None else (None, None)

    def release(self, desk_id: int) -> bool:
        desk, occupant = self._occupant(desk_id)
        if occupant is None:
            return False
        if self.staging_plan() is not None:
            return self.stage(occupant.person_id, None)
        label = f"{occupant.name_ko} @ {desk.code}"
        return self._push(ReleaseCommand(self.sessions, occupant.person_id, self.day(), label))

    def set_move_out(self, desk_id: int, last_day: dt.date | None) -> bool:
        desk, occupant = self._occupant(desk_id)
        if occupant is None:
            return False
        label = f"{occupant.name_ko} @ {desk.code}"
        return self._push(
            SetMoveOutCommand(self.sessions, occupant.person_id, last_day, self.day(), label)
        )

    def ask_move_out(self, desk_id: int) -> None:
        desk, occupant = self._occupant(desk_id)
        if occupant is None:
            return
        dialog = MoveOutDialog(
            occupant.name_ko, desk.code, occupant.end, self.day() + dt.timedelta(days=30), self
        )
        if dialog.exec():
            self.set_move_out(desk_id, dialog.last_day())

    def show_person_at(self, desk_id: int) -> None:
        _desk, occupant = self._occupant(desk_id)
        if occupant is None:
            return
        if self.isSignalConnected(
            self.metaObject().method(self.metaObject().indexOfSignal("person_requested(int)"))
        ):
            self.person_requested.emit(occupant.person_id)
            return
        name = f"{occupant.name_ko} ({occupant.name_en})" if occupant.name_en else occupant.name_ko
        QMessageBox.information(self, name, self.view.tooltip_html(_desk))

    def _person_menu(self, person_id: int, where: QPoint) -> None:
        self.person_seating.menu(person_id, self).exec(where)

    def seat_someone_at(self, desk_id: int) -> bool:
        """"Seat someone here…" on a free desk: a person chosen from the list, then assigned
        (or staged) exactly as if dropped there."""
        from ui.floorplan.person_chooser import PersonChooser  # noqa: PLC0415 - when asked

        desk, _occupant = self._occupant(desk_id)
        if desk is None:
            return False
        with self.sessions() as session:
            rows = floorplan.people_on(session, self.day())
        dialog = PersonChooser(
            fill(self.tr("Seat someone at %1"), desk.code),
            fill(self.tr("Choose who sits at %1 from %2."), desk.code, self.day().isoformat()),
            rows,
            self,
        )
        self.last_person_chooser = dialog
        chosen = dialog.chosen() if dialog.exec() else None
        dialog.deleteLater()
        if chosen is None:
            return False
        return self.handle_drop(chosen.id, chosen.desk_id or 0, desk_id)

    def _desk_menu(self, desk_id: int, where: QPoint) -> None:
        menu = self.desk_menu(desk_id)
        if menu is not None:
            menu.exec(where)

    def desk_menu(self, desk_id: int) -> QMenu | None:
        desk, occupant = self._occupant(desk_id)
        if desk is None:
            return None
        menu = QMenu(self)
        menu.setTitle(desk.code)
        day = self.day().isoformat()
        seating = self.person_seating
        if occupant is None:
            seat = menu.addAction(self.tr("&Seat someone here…"))
            seat.triggered.connect(lambda: self.seat_someone_at(desk_id))
            seat.setEnabled(desk.active)
        else:
            person_id = occupant.person_id
            move = menu.addAction(self.tr("&Move to desk…"))
            move.triggered.connect(lambda: seating.move(person_id))
            swap = menu.addAction(self.tr("S&wap with…"))
            swap.triggered.connect(lambda: seating.swap(person_id))
            swap.setEnabled(self.staging_plan() is None)
        menu.addSeparator()
        release = menu.addAction(fill(self.tr("&Release desk from %1"), day))
        release.triggered.connect(lambda: self.release(desk_id))
        move_out = menu.addAction(self.tr("Set move-&out date…"))
        move_out.triggered.connect(lambda: self.ask_move_out(desk_id))
        menu.addSeparator()
        show = menu.addAction(self.tr("Show &person"))
        show.triggered.connect(lambda: self.show_person_at(desk_id))
        for action in (release, move_out, show):
            action.setEnabled(occupant is not None)
        self.add_out_of_use_items(menu, desk)  # ui.floorplan.out_of_use
        return menu
