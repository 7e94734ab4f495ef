"""Desks and zones out of use, from the floor plan's desk menu: the dialog, the question when
someone holds a desk then, and the undoable commands (one per user operation).

Blocking a desk that someone holds on those days never leaves a double state: the user
chooses to end their seating the day before (one command: seating and block together, undone
together), to make a draft move plan for them (the block is made after they moved), or to
cancel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)
from sqlalchemy.orm import Session

from planner.services import availability, move_plans
from planner.services.seating import period_text
from planner.services.seating_undo import capture, difference, revert
from ui.action_command import ActionCommand, run_and_push
from ui.i18n import fill

CONTEXT = "OutOfUse"
Refresh = Callable[[frozenset[int]], None]  # the desks to redraw


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class BlockCommand(ActionCommand):
    """Put a desk or zone out of use; with ``end_seating`` the holders' seats there end the
    day before, in the same transaction (undone together: the block first, then the seats)."""

    def __init__(
        self, sessions, label: str, *, desk_id: int | None, zone_id: int | None,
        start: dt.date, end: dt.date | None, reason: str, end_seating: bool,
        on_changed: Refresh | None = None, **kw,
    ) -> None:
        super().__init__(sessions, fill(_tr("Out of use: %1"), label), **kw)
        self.desk_id, self.zone_id = desk_id, zone_id
        self.start, self.end, self.reason, self.end_seating = start, end, reason, end_seating
        self.on_changed = on_changed
        self.block_id: int | None = None
        self.desks: frozenset[int] = frozenset()
        self.seating = None

    def apply(self, session: Session) -> None:
        holders = availability.holders_during(
            session, self.start, self.end, desk_id=self.desk_id, zone_id=self.zone_id
        )
        people = {a.person_id for a in holders}
        before = capture(session, people)
        if self.desk_id is not None:
            change = availability.block_desk(session, self.desk_id, self.start, self.end,
                                             self.reason, end_seating=self.end_seating)
        else:
            change = availability.block_zone(session, self.zone_id, self.start, self.end,
                                             self.reason, end_seating=self.end_seating)
        self.block_id, self.desks = change.block_id, change.desk_ids
        self.seating = difference(before, capture(session, people)) if people else None

    def revert(self, session: Session) -> None:
        if self.block_id is not None:
            availability.unblock(session, self.block_id)
        if self.seating is not None:
            revert(session, self.seating)

    def _run(self, work) -> bool:
        done = super()._run(work)
        if done and self.on_changed is not None:
            self.on_changed(self.desks)
        return done


class UnblockCommand(ActionCommand):
    """Put a desk or zone back in use; undo puts the same block back."""

    def __init__(self, sessions, block: availability.BlockRow, on_changed: Refresh | None = None,
                 **kw) -> None:
        super().__init__(sessions, fill(_tr("Back in use: %1"), block.label), **kw)
        self.block_id = block.id
        self.state: availability.BlockState | None = None
        self.on_changed = on_changed
        self.desks: frozenset[int] = frozenset()

    def apply(self, session: Session) -> None:
        self.desks = availability.block_desk_ids(session, self.block_id)
        self.state = availability.unblock(session, self.block_id)

    def revert(self, session: Session) -> None:
        if self.state is not None:
            self.block_id = availability.restore_block(session, self.state).block_id

    def _run(self, work) -> bool:
        done = super()._run(work)
        if done and self.on_changed is not None:
            self.on_changed(self.desks)
        return done


class PlanForBlockCommand(ActionCommand):
    """A draft move plan releasing whoever holds the desk (or zone) from the block's first
    day; undo deletes the plan."""

    def __init__(self, sessions, name: str, *, desk_id: int | None, zone_id: int | None,
                 start: dt.date, end: dt.date | None, on_changed: Callable[[], None] | None = None,
                 **kw) -> None:
        super().__init__(sessions, fill(_tr("New move plan %1"), name), **kw)
        self.name, self.desk_id, self.zone_id, self.start, self.end = name, desk_id, zone_id, start, end
        self.plan_id: int | None = None
        self.on_changed = on_changed

    def apply(self, session: Session) -> None:
        plan, _people = availability.plan_moves_for_block(
            session, self.name, self.start, self.end, desk_id=self.desk_id, zone_id=self.zone_id,
            plan_id=self.plan_id,
        )
        self.plan_id = plan.id

    def revert(self, session: Session) -> None:
        if self.plan_id is not None:
            move_plans.delete_move_plan(session, self.plan_id)

    def _run(self, work) -> bool:
        done = super()._run(work)
        if done and self.on_changed is not None:
            self.on_changed()
        return done


class OutOfUseDialog(QDialog):
    """From, to (or until further notice) and the reason."""

    def __init__(self, target: str, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(_tr("Put %1 out of use"), target))
        self.start = QDateEdit(QDate(day))
        self.end = QDateEdit(QDate(day + dt.timedelta(days=6)))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.open_ended = QCheckBox(_tr("Until further notice"))
        self.open_ended.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_tr("Repairs, a visiting team, reserved for a project…"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        form = QFormLayout(self)
        form.addRow(_tr("&From:"), self.start)
        form.addRow(_tr("&To (last day):"), self.end)
        form.addRow(self.open_ended)
        form.addRow(_tr("&Reason:"), self.reason)
        form.addRow(self.buttons)

    def values(self) -> tuple[dt.date, dt.date | None, str]:
        end = None if self.open_ended.isChecked() else self.end.date().toPython()
        return self.start.date().toPython(), end, self.reason.text().strip()


END_SEATING, MOVE_PLAN, CANCEL = "end", "plan", "cancel"


def ask_about_holders(parent: QWidget, target: str, holders: list[str], start: dt.date) -> str:
    """What to do with the people holding a desk there then: END_SEATING, MOVE_PLAN or
    CANCEL."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(fill(_tr("Put %1 out of use"), target))
    box.setText(fill(_tr("%1 hold a desk there on those days."), ", ".join(holders)))
    box.setInformativeText(_tr("A desk out of use cannot be held. What should happen to them?"))
    end = box.addButton(fill(_tr("&End their seating on %1"),
                             (start - dt.timedelta(days=1)).isoformat()),
                        QMessageBox.ButtonRole.AcceptRole)
    plan = box.addButton(_tr("Make a draft &move plan"), QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return END_SEATING if clicked is end else MOVE_PLAN if clicked is plan else CANCEL


class OutOfUseActions:
    """Mixed into FloorPage next to SeatingActions (``sessions``, ``undo_stack``, ``day()``,
    ``refresh_desks``, ``refresh_plans``, ``show_error``)."""

    # Replaced by tests: the question asked when someone holds the desk then.
    ask_holders = staticmethod(ask_about_holders)

    def add_out_of_use_items(self, menu: QMenu, desk) -> None:
        menu.addSeparator()
        with self.sessions() as session:
            blocks = [b for b in availability.list_blocks(session, on=self.day())
                      if b.desk_id == desk.id or (b.zone_id is not None and b.zone_id == desk.zone_id)]
        block_desk = menu.addAction(_tr("Put desk &out of use…"))
        block_desk.triggered.connect(lambda: self.ask_block(desk.id, None, desk.code))
        if desk.zone_id is not None:
            zone = self._zone_label(desk.zone_id)
            block_zone = menu.addAction(fill(_tr("Put zone %1 out of use…"), zone))
            block_zone.triggered.connect(lambda: self.ask_block(None, desk.zone_id, zone))
        for block in blocks:
            back = menu.addAction(fill(_tr("&Back in use: %1 (%2)"), block.label,
                                       period_text(block.start, block.end)))
            back.triggered.connect(lambda _=False, b=block: self.unblock(b))

    def _zone_label(self, zone_id: int) -> str:
        from planner.models import Zone  # noqa: PLC0415

        with self.sessions() as session:
            zone = session.get(Zone, zone_id)
            return zone.name if zone is not None else str(zone_id)

    def _refresh_blocked(self, desks: frozenset[int]) -> None:
        self.refresh_desks(desks)

    def block(self, desk_id: int | None, zone_id: int | None, label: str, start: dt.date,
              end: dt.date | None, reason: str) -> bool:
        """Block, asking first when someone holds a desk there then; True when done (or a
        move plan was made)."""
        with self.sessions() as session:
            holders = availability.holders_during(session, start, end, desk_id=desk_id,
                                                  zone_id=zone_id)
            names = sorted({f"{a.person.name_ko} ({a.desk.code})" for a in holders})
        end_seating = False
        if names:
            answer = self.ask_holders(self, label, names, start)
            if answer == CANCEL:
                return False
            if answer == MOVE_PLAN:
                command = PlanForBlockCommand(
                    self.sessions, fill(_tr("%1 out of use"), label), desk_id=desk_id,
                    zone_id=zone_id, start=start, end=end, on_changed=self.refresh_plans,
                    on_error=self.show_error,
                )
                return run_and_push(self.undo_stack, command)
            end_seating = True
        command = BlockCommand(
            self.sessions, label, desk_id=desk_id, zone_id=zone_id, start=start, end=end,
            reason=reason, end_seating=end_seating, on_changed=self._refresh_blocked,
            on_error=self.show_error,
        )
        return run_and_push(self.undo_stack, command)

    def ask_block(self, desk_id: int | None, zone_id: int | None, label: str) -> bool:
        dialog = OutOfUseDialog(label, self.day(), self)
        if not dialog.exec():
            return False
        return self.block(desk_id, zone_id, label, *dialog.values())

    def unblock(self, block: availability.BlockRow) -> bool:
        command = UnblockCommand(self.sessions, block, on_changed=self._refresh_blocked,
                                 on_error=self.show_error)
        return run_and_push(self.undo_stack, command)
