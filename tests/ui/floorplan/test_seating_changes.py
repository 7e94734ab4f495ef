"""Seat, move, swap, release and set move-out on the plan; each undone and redone."""

from __future__ import annotations

import datetime as dt

from planner.services.floorplan import DeskSpot
from tests.ui.floorplan.conftest import TODAY, desk_on, drop, rows_of
from ui.floorplan.dragdrop import DraggedPerson, person_mime
from ui.floorplan.people_panel import PeopleTableModel


def vacant_desk(page, needs: int = 0) -> DeskSpot:
    """A free fixed desk somewhere in the building; the page is switched to its floor."""
    for n in range(page.floor_combo.count()):
        page.floor_combo.setCurrentIndex(n)
        for desk in page.scene.desk_layer.desks:
            if (
                desk.active
                and not desk.occupants
                and desk.kind != "hot"
                and desk.features & needs == needs
            ):
                return desk
    raise AssertionError("no vacant desk in the demo")


def seated_desks(page, count: int) -> list[DeskSpot]:
    found = [d for d in page.scene.desk_layer.desks if d.kind != "hot" and len(d.occupants) == 1]
    assert len(found) >= count
    return found[:count]


def unseated_row(page):
    model = page.people.model
    for n in range(model.rowCount()):
        row = model.index(n, 0).data(PeopleTableModel.ROW_ROLE)
        if row.desk_id is None and row.needs == 0:
            return n, row
    raise AssertionError("no unseated person in the demo")


def test_drag_from_people_panel_assigns_and_undo_redo(page, db, stack, messages):
    desk = vacant_desk(page)
    n, person = unseated_row(page)
    # The mime data the list view would drag, made by the model itself.
    mime = page.people.model.mimeData([page.people.model.index(n, 0)])
    drop(page, mime, desk.id)

    assert messages.warnings == []
    assert stack.count() == 1
    assert desk_on(db, person.id) == desk.id
    assert page.scene.desk_layer.desk(desk.id).occupant.person_id == person.id
    assert person.id not in [r.id for r in page.people.model.rows()]  # no longer unseated

    stack.undo()
    assert desk_on(db, person.id) is None
    assert rows_of(db, person.id) == []
    assert page.scene.desk_layer.desk(desk.id).occupant is None
    stack.redo()
    assert desk_on(db, person.id) == desk.id
    assert page.scene.desk_layer.desk(desk.id).occupant.person_id == person.id


def test_drag_desk_to_desk_moves_and_undo_redo(page, db, stack, messages):
    target = vacant_desk(page)
    source = seated_desks(page, 1)[0]
    person = source.occupant.person_id
    before = rows_of(db, person)

    drop(page, person_mime(DraggedPerson(person, source.id)), target.id)

    assert messages.warnings == [] and messages.questions == []
    assert desk_on(db, person) == target.id
    assert desk_on(db, person, TODAY - dt.timedelta(days=1)) == source.id  # history kept
    layer = page.scene.desk_layer
    assert layer.desk(source.id).occupant is None
    assert layer.desk(target.id).occupant.person_id == person

    stack.undo()
    assert rows_of(db, person) == before
    assert layer.desk(source.id).occupant.person_id == person
    assert layer.desk(target.id).occupant is None
    stack.redo()
    assert desk_on(db, person) == target.id


def test_drop_on_occupied_desk_asks_and_swaps(page, db, stack, messages):
    a, b = seated_desks(page, 2)
    pa, pb = a.occupant.person_id, b.occupant.person_id
    before = (rows_of(db, pa), rows_of(db, pb))

    drop(page, person_mime(DraggedPerson(pa, a.id)), b.id)

    assert len(messages.questions) == 1 and b.occupant.name_ko in messages.questions[0]
    assert (desk_on(db, pa), desk_on(db, pb)) == (b.id, a.id)
    assert stack.count() == 1
    stack.undo()
    assert (rows_of(db, pa), rows_of(db, pb)) == before
    assert page.scene.desk_layer.desk(a.id).occupant.person_id == pa
    stack.redo()
    assert (desk_on(db, pa), desk_on(db, pb)) == (b.id, a.id)


def test_declining_the_swap_changes_nothing(page, db, stack, messages):
    from PySide6.QtWidgets import QMessageBox

    messages.answer = QMessageBox.StandardButton.No
    a, b = seated_desks(page, 2)
    before = rows_of(db, a.occupant.person_id)
    drop(page, person_mime(DraggedPerson(a.occupant.person_id, a.id)), b.id)
    assert stack.count() == 0
    assert rows_of(db, a.occupant.person_id) == before


def test_release_from_context_menu_and_undo_redo(page, db, stack, messages):
    desk = seated_desks(page, 1)[0]
    person = desk.occupant.person_id
    before = rows_of(db, person)
    menu = page.desk_menu(desk.id)
    # "Release desk from <day>" (Korean: "<day>부터 좌석 반납"), after Move and Swap.
    release = next(a for a in menu.actions() if "좌석 반납" in a.text())
    assert release.isEnabled()
    release.trigger()

    assert desk_on(db, person) is None
    assert desk_on(db, person, TODAY - dt.timedelta(days=1)) in (desk.id, None)
    assert page.scene.desk_layer.desk(desk.id).occupant is None
    assert stack.undoText().startswith("Release") or stack.count() == 1
    stack.undo()
    assert rows_of(db, person) == before
    assert page.scene.desk_layer.desk(desk.id).occupant.person_id == person
    stack.redo()
    assert desk_on(db, person) is None


def test_set_move_out_and_undo(page, db, stack, messages):
    desk = seated_desks(page, 1)[0]
    person = desk.occupant.person_id
    before = rows_of(db, person)
    last_day = TODAY + dt.timedelta(days=12)
    assert page.set_move_out(desk.id, last_day)
    assert desk_on(db, person, last_day) == desk.id
    assert desk_on(db, person, last_day + dt.timedelta(days=1)) is None
    assert page.scene.desk_layer.desk(desk.id).occupant.end == last_day
    stack.undo()
    assert rows_of(db, person) == before
    stack.redo()
    assert page.scene.desk_layer.desk(desk.id).occupant.end == last_day


def test_rule_violation_shows_message_and_changes_nothing(page, db, stack, messages):
    taken = seated_desks(page, 1)[0]
    n, person = unseated_row(page)
    occupant_rows = rows_of(db, taken.occupant.person_id)
    mime = page.people.model.mimeData([page.people.model.index(n, 0)])

    drop(page, mime, taken.id)

    assert len(messages.warnings) == 1
    assert taken.code in messages.warnings[0]
    assert stack.count() == 0
    assert rows_of(db, person.id) == []
    assert rows_of(db, taken.occupant.person_id) == occupant_rows


def test_needs_not_met_is_refused(page, db, stack, messages):
    from planner.models import Person

    desk = next(
        d
        for n in range(page.floor_combo.count())
        if page.floor_combo.setCurrentIndex(n) is None
        for d in page.scene.desk_layer.desks
        if d.active and not d.occupants and d.kind != "hot" and not d.features & 8
    )
    _n, row = unseated_row(page)
    with db.sessions() as s, s.begin():
        s.get(Person, row.id).needs = 8  # needs an accessible desk
    drop(page, person_mime(DraggedPerson(row.id)), desk.id)
    assert len(messages.warnings) == 1
    assert stack.count() == 0
    assert rows_of(db, row.id) == []


def test_changes_use_the_chosen_day(page, db, stack, messages):
    future = TODAY + dt.timedelta(days=20)
    page.set_day(future)
    desk = vacant_desk(page)
    page.set_day(future)
    n, person = unseated_row(page)
    mime = page.people.model.mimeData([page.people.model.index(n, 0)])
    drop(page, mime, desk.id)
    assert messages.warnings == []
    assert rows_of(db, person.id)[-1][1:3] == (desk.id, future)
    assert desk_on(db, person.id, future) == desk.id


def test_undo_after_someone_else_changed_it_refuses_and_says_so(page, db, stack, messages):
    from planner.services import seating

    source = seated_desks(page, 1)[0]
    target = vacant_desk(page)
    person = source.occupant.person_id
    drop(page, person_mime(DraggedPerson(person, source.id)), target.id)
    assert desk_on(db, person) == target.id
    with db.sessions() as s, s.begin():  # another coordinator sets a move-out meanwhile
        seating.set_move_out(s, person, TODAY + dt.timedelta(days=40), TODAY)
    after = rows_of(db, person)

    stack.undo()

    assert len(messages.warnings) == 1
    assert rows_of(db, person) == after  # nothing half-undone
    assert stack.count() == 0  # the command is obsolete and gone
