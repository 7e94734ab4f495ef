"""Stays bound seating in the window (issue #14, case 2): the intern seated on the floor plan
gives the desk back when his stay ends, a stay edit in the person form shows beforehand
which seat it cuts (and undo brings the seat back), and someone whose stay now starts later
is not the occupant the swap question names."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from planner.models import Assignment, Person, Role
from planner.services import people
from tests.ui.conftest import TODAY, open_page
from tests.ui.floorplan.conftest import drop, rows_of
from ui.floorplan.dragdrop import DraggedPerson, person_mime
from ui.pages.people import PeoplePage
from ui.people.dialog import PersonDialog

D = dt.date


@pytest.fixture
def database(db):
    """The window works on the private copy these tests change (never the shared demo)."""
    return db


def _unseated_intern(db) -> int:
    with db.sessions() as s:
        seated = select(Assignment.person_id)
        return s.scalars(
            select(Person.id)
            .where(Person.role == Role.INTERN, Person.id.not_in(seated), Person.needs == 0)
            .order_by(Person.id)
        ).first()


def _vacant_desk(page):
    for n in range(page.floor_combo.count()):
        page.floor_combo.setCurrentIndex(n)
        for desk in page.scene.desk_layer.desks:
            if desk.active and not desk.occupants and desk.kind != "hot":
                return desk
    raise AssertionError("no vacant desk")


def test_an_intern_seated_on_the_plan_gives_the_desk_back_when_his_stay_ends(request, db, messages):
    intern = _unseated_intern(db)
    with db.sessions() as s, s.begin():
        people.update_person(s, intern, stay_end=D(2027, 2, 26))
    page = request.getfixturevalue("page")
    notices: list[str] = []
    page.seating_notice.connect(notices.append)
    page.set_day(D(2026, 12, 14))
    desk = _vacant_desk(page)

    drop(page, person_mime(DraggedPerson(intern, None)), desk.id)

    assert messages.warnings == []
    assert [(d, start, end) for _id, d, start, end in rows_of(db, intern)] == [
        (desk.id, D(2026, 12, 14), D(2027, 2, 26))
    ]
    assert len(notices) == 1 and "2027-02-26" in notices[0]  # the window says so
    page.set_day(D(2027, 3, 1))
    assert page.scene.desk_layer.desk(desk.id).occupant is None


def test_the_person_form_shows_the_seat_a_stay_edit_cuts_and_undo_restores_it(
    qtbot, window, db, monkeypatch, messages
):
    page: PeoplePage = open_page(qtbot, window, "people")
    seated = next(
        row
        for row in page.model.rows()
        if row.desk_code
        and row.stay_end is None
        and rows_of(db, row.person_id)[-1][3] is None
        and rows_of(db, row.person_id)[-1][2] <= TODAY  # not the demo's own coming move
    )
    before = rows_of(db, seated.person_id)
    last_day = TODAY + dt.timedelta(days=10)
    shown: list[str] = []

    def answer(dialog: PersonDialog) -> int:
        dialog.stay_end.enabled.setChecked(True)
        dialog.stay_end.date.setDate(last_day)
        shown.append(dialog.stay_note.text() if dialog.stay_note.isVisibleTo(dialog) else "")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PersonDialog, "exec", answer)
    for row, listing in enumerate(page.model.rows()):
        if listing.person_id == seated.person_id:
            page.view.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())
    assert page.edit_person()

    released = (last_day + dt.timedelta(days=1)).isoformat()
    assert seated.desk_code in shown[0] and released in shown[0]  # told before saving
    assert rows_of(db, seated.person_id)[-1][3] == last_day
    window.undo_stack.undo()
    assert rows_of(db, seated.person_id) == before
    with db.sessions() as s:
        assert s.get(Person, seated.person_id).stay_end is None
    window.undo_stack.redo()
    assert rows_of(db, seated.person_id)[-1][3] == last_day


def test_someone_whose_stay_now_starts_later_is_not_the_occupant_to_swap_with(
    request, db, messages, tmp_path
):
    """On main the import left her desk in place and the drop asked to swap with her."""
    from planner.io.columns import recognise_people_columns
    from planner.io.people_import import import_people, preview_people
    from planner.io.read_table import read_table

    with db.sessions() as s:
        rows = s.execute(
            select(Assignment.desk_id, Person.id, Person.email, Person.name_ko)
            .join(Person, Person.id == Assignment.person_id)
            .where(Assignment.start_date < TODAY, Assignment.end_date.is_(None))
            .order_by(Assignment.desk_id)
            .limit(2)
        ).all()
    (her_desk, her, email, name), (other_desk, other, _, _) = rows
    arrival = TODAY + dt.timedelta(days=40)
    csv = tmp_path / "people.csv"
    csv.write_text(f"성명,이메일,입주일\n{name},{email},{arrival.isoformat()}\n", encoding="utf-8")
    table = read_table(csv)
    with db.sessions() as s, s.begin():
        preview = preview_people(s, table, recognise_people_columns(table.headers))
        assert preview.warnings and "held from" in preview.warnings[0].message
        import_people(s, preview, create_missing_organisations=False)

    page = request.getfixturevalue("page")
    for n in range(page.floor_combo.count()):
        page.floor_combo.setCurrentIndex(n)
        if page.scene.desk_layer.desk(her_desk) is not None:
            break
    assert page.scene.desk_layer.desk(her_desk).occupant is None  # she is not here yet
    source = page.scene.desk_layer.desk(other_desk)
    drop(page, person_mime(DraggedPerson(other, source.id if source else None)), her_desk)

    assert messages.questions == []  # no "swap with her?" on a day she does not sit there
    # The desk is hers from her arrival: the move is refused and says by whom.
    assert len(messages.warnings) == 1 and name in messages.warnings[0]
