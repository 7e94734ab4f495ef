"""Auto-place seats each person from max(plan day, arrival) (issue #14, case 3): on main a
person whose stay starts 2027-01-04 was placed from the plan's day, 2026-12-14."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner.models import Assignment
from planner.services import people
from tests.ui.placement.conftest import unseated
from ui.placement.models import ProposedSeatModel

DAY = dt.date(2026, 12, 14)
ARRIVAL, LEAVING = dt.date(2027, 1, 4), dt.date(2027, 6, 30)


def test_someone_arriving_after_the_day_is_placed_from_arrival(request, db, page, stack):
    newcomer = min(unseated(db, DAY))
    with db.sessions() as s, s.begin():
        people.update_person(s, newcomer, stay_start=ARRIVAL, stay_end=LEAVING)
    page.set_day(DAY)
    dialog = request.getfixturevalue("dialog")
    assert dialog.form.day() == DAY
    dialog.start()

    seat = next(s for s in dialog.proposal.assignments if s.person_id == newcomer)
    assert (seat.start, seat.end) == (ARRIVAL, LEAVING)
    model = dialog.results.seats
    row = next(i for i, r in enumerate(model.rows()) if r.person_id == newcomer)
    assert model.index(row, ProposedSeatModel.COL_START).data() == ARRIVAL.isoformat()
    # Everyone already here is seated from the day itself.
    assert {r.start for r in model.rows() if r.person_id != newcomer} == {DAY}

    assert dialog.apply_now(), dialog.status.text()
    with db.sessions() as s:
        rows = s.execute(
            select(Assignment.start_date, Assignment.end_date).where(
                Assignment.person_id == newcomer
            )
        ).all()
    assert rows == [(ARRIVAL, LEAVING)]  # no desk before arrival, none after leaving
