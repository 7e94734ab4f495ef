"""Seating without a mouse: "Assign desk…", "Move to desk…", "Swap with…" and "Release" for
a person, each through the desk chooser (ui.floorplan.desk_chooser) and each one undo step
made of the same commands as dragging on the plan (ui.floorplan.commands).

Used by the People page, the floor plan's people panel and the desk menu of the plan. The
owner passes what it has: a session factory, the undo stack, the day, and how to show a
change and an error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMenu, QWidget
from sqlalchemy.orm import Session, sessionmaker

from planner.models import Person
from planner.services import floorplan
from planner.services.queries import seating_on
from ui.floorplan.commands import (
    AssignCommand,
    Changed,
    MoveCommand,
    ReleaseCommand,
    SeatingCommand,
    ShowError,
    SwapCommand,
    run_and_push,
)
from ui.floorplan.desk_chooser import DeskChoice, DeskChooser, Want, desk_choices
from ui.i18n import fill

# Who is staging instead of seating (the floor plan with a draft move plan chosen): given
# a person and a desk (None: release), puts the move into the plan; None when not staging.
Stage = Callable[[int, int | None], bool]


class PersonSeating(QObject):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        undo_stack,
        parent: QWidget,
        day: Callable[[], dt.date],
        on_changed: Changed | None = None,
        on_error: ShowError | None = None,
        floor_id: Callable[[], int | None] = lambda: None,
        staging: Callable[[], bool] = lambda: False,
        stage: Stage | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.undo_stack = undo_stack
        self.widget = parent
        self.day = day
        self.on_changed = on_changed
        self.on_error = on_error
        self.floor_id = floor_id
        self.staging = staging
        self.stage = stage
        self.last_chooser: DeskChooser | None = None  # for tests and screenshots

    # -- what the person has -------------------------------------------------------------
    def _person(self, person_id: int) -> tuple[str, tuple[int, int] | None]:
        """The person's Korean name and (floor id, desk id) on the day, or None."""
        with self.sessions() as session:
            person = session.get(Person, person_id)
            name = person.name_ko if person is not None else str(person_id)
            return name, floorplan.desk_of_person(session, person_id, self.day())

    def _choices(self) -> list[DeskChoice]:
        with self.sessions() as session:
            return desk_choices(seating_on(session, self.day()))

    def menu(self, person_id: int, parent: QWidget | None = None) -> QMenu:
        """The person's seating actions; what does not apply is shown disabled."""
        _name, current = self._person(person_id)
        menu = QMenu(parent or self.widget)
        seated = current is not None
        assign = menu.addAction(self.tr("&Assign desk…"))
        assign.triggered.connect(lambda: self.assign(person_id))
        move = menu.addAction(self.tr("&Move to desk…"))
        move.triggered.connect(lambda: self.move(person_id))
        swap = menu.addAction(self.tr("S&wap with…"))
        swap.triggered.connect(lambda: self.swap(person_id))
        release = menu.addAction(fill(self.tr("&Release desk from %1"), self.day().isoformat()))
        release.triggered.connect(lambda: self.release(person_id))
        assign.setEnabled(not seated)
        move.setEnabled(seated)
        swap.setEnabled(seated and not self.staging())
        release.setEnabled(seated)
        return menu

    # -- choosing --------------------------------------------------------------------------
    def choose(
        self,
        title: str,
        prompt: str,
        want: str,
        exclude: tuple[int, ...] = (),
        floor_id: int | None = None,
    ) -> DeskChoice | None:
        dialog = DeskChooser(
            title,
            prompt,
            self._choices(),
            self.day(),
            want=want,
            floor_id=floor_id if floor_id is not None else self.floor_id(),
            exclude=exclude,
            parent=self.widget,
        )
        if self.last_chooser is not None:
            self.last_chooser.deleteLater()
        self.last_chooser = dialog  # kept until the next one: tests and screenshots read it
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.chosen() if accepted else None

    def _push(self, command: SeatingCommand) -> bool:
        command.on_changed = self.on_changed
        command.on_error = self.on_error
        return run_and_push(self.undo_stack, command)

    # -- the four actions ------------------------------------------------------------------
    def assign(self, person_id: int, desk_id: int | None = None, code: str = "") -> bool:
        """Seat an unseated person: at ``desk_id``, or at the desk chosen in the chooser."""
        name, current = self._person(person_id)
        if current is not None:
            return False
        if desk_id is None:
            chosen = self.choose(
                fill(self.tr("Assign desk to %1"), name),
                fill(self.tr("Choose a free desk for %1 from %2."), name, self.day().isoformat()),
                Want.FREE,
            )
            if chosen is None:
                return False
            desk_id, code = chosen.desk_id, chosen.code
        if self.staging() and self.stage is not None:
            return self.stage(person_id, desk_id)
        command = AssignCommand(self.sessions, person_id, desk_id, self.day(), f"{name} → {code}")
        return self._push(command)

    def move(self, person_id: int) -> bool:
        name, current = self._person(person_id)
        if current is None:
            return False
        chosen = self.choose(
            fill(self.tr("Move %1 to a desk"), name),
            fill(self.tr("Choose the desk %1 moves to from %2."), name, self.day().isoformat()),
            Want.FREE,
            exclude=(current[1],),
            floor_id=current[0],
        )
        if chosen is None:
            return False
        if self.staging() and self.stage is not None:
            return self.stage(person_id, chosen.desk_id)
        other = chosen.occupant_id
        if other is not None and chosen.kind != "hot":
            # A taken desk chosen (the box unticked): that is a swap.
            return self._swap(person_id, name, other, chosen.people[0][1])
        command = MoveCommand(
            self.sessions, person_id, chosen.desk_id, self.day(), f"{name} → {chosen.code}"
        )
        return self._push(command)

    def swap(self, person_id: int) -> bool:
        name, current = self._person(person_id)
        if current is None or self.staging():
            return False
        chosen = self.choose(
            fill(self.tr("Swap %1 with…"), name),
            fill(
                self.tr("Choose the desk whose occupant swaps desks with %1 from %2."),
                name,
                self.day().isoformat(),
            ),
            Want.TAKEN,
            exclude=(current[1],),
            floor_id=current[0],
        )
        if chosen is None or chosen.occupant_id is None:
            return False
        return self._swap(person_id, name, chosen.occupant_id, chosen.people[0][1])

    def _swap(self, person_id: int, name: str, other_id: int, other_name: str) -> bool:
        command = SwapCommand(
            self.sessions, person_id, other_id, self.day(), f"{name} ↔ {other_name}"
        )
        return self._push(command)

    def release(self, person_id: int) -> bool:
        name, current = self._person(person_id)
        if current is None:
            return False
        if self.staging() and self.stage is not None:
            return self.stage(person_id, None)
        return self._push(ReleaseCommand(self.sessions, person_id, self.day(), name))
