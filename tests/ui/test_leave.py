"""Leave in the person form: added and removed through the leave dialog, each step undoable;
the person's desk shows idle (not vacant) on those days on the plan."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.models import Assignment
from planner.services import availability
from tests.ui.conftest import TODAY
from ui.floorplan import colours
from ui.people.leave import LeaveDialog


def _holder(db):
    with db.sessions() as s:
        a = s.scalars(select(Assignment).where(
            Assignment.start_date <= TODAY, Assignment.end_date.is_(None))).first()
        return a.person_id, a.person.name_ko, a.desk_id


def test_leave_is_added_removed_and_undone(qtbot, db, stack):
    person, name, _desk = _holder(db)
    dialog = LeaveDialog(db.sessions, stack, person, name, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.add(dt.date(2026, 1, 1), dt.date(2026, 6, 30), "sabbatical", "연구년 (미국)")
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 2).data() == "연구년"
    with db.sessions() as s:
        [leave] = availability.leaves_of(s, person)
    assert (leave.start, leave.end, leave.kind, leave.note) == (
        dt.date(2026, 1, 1), dt.date(2026, 6, 30), "sabbatical", "연구년 (미국)")
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.remove_selected()
    with db.sessions() as s:
        assert availability.leaves_of(s, person) == []
    stack.undo()  # the removal
    with db.sessions() as s:
        assert [x.id for x in availability.leaves_of(s, person)] == [leave.id]
    stack.undo()  # the addition
    with db.sessions() as s:
        assert availability.leaves_of(s, person) == []
    stack.redo()
    with db.sessions() as s:
        assert len(availability.leaves_of(s, person)) == 1
    # An end before the start is refused in Korean, nothing pushed.
    count = stack.count()
    from tests.ui.conftest import Messages

    messages = Messages()
    dialog._error = lambda error: messages.warning(None, "", str(error))
    assert not dialog.add(dt.date(2026, 3, 1), dt.date(2026, 2, 1))
    assert stack.count() == count and messages.warnings


def test_a_desk_whose_holder_is_on_leave_shows_idle_on_the_plan(page, db):
    from PySide6.QtCore import QDate

    person, _name, desk = _holder(db)
    with db.sessions() as s, s.begin():
        availability.add_leave(s, person, TODAY + dt.timedelta(days=7), TODAY + dt.timedelta(days=60))
    for n in range(page.floor_combo.count()):
        page.floor_combo.setCurrentIndex(n)
        if page.scene.desk_layer.desk(desk) is not None:
            break
    page.mode_combo.setCurrentIndex(page.mode_combo.findData(colours.ColourMode.VACANCY))
    layer = page.scene.desk_layer
    assert layer._keys[layer.index_of[desk]] == colours.OCCUPIED
    page.day_edit.setDate(QDate(TODAY + dt.timedelta(days=10)))
    layer = page.scene.desk_layer
    assert layer.desk(desk).idle
    assert layer._keys[layer.index_of[desk]] == colours.IDLE
    assert "휴직 중" in page.view.tooltip_html(layer.desk(desk))
