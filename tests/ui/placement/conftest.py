"""Fixtures for the Auto-place… dialog: a floor page on a private demo copy with the
button hooked in, the background work run in place (SynchronousPool)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import or_, select

from planner.models import Assignment, Desk, DeskFeature, DeskKind, Person, Role, ZoneKind
from planner.services.placement import PlacementProposal
from planner.storage import Database
from ui.background import SynchronousPool
from ui.placement.dialog import AutoPlaceDialog
from ui.placement.hook import AutoPlaceTool, add_auto_place_button

TODAY = dt.date(2025, 11, 25)


@pytest.fixture
def tool(page, settings) -> AutoPlaceTool:
    return add_auto_place_button(page, pool=SynchronousPool(), settings=settings)


@pytest.fixture
def dialog(tool) -> Iterator[AutoPlaceDialog]:
    opened = tool.open()
    opened.form.time_limit.setValue(1)  # the shortest run: tests wait for it
    yield opened
    opened.reject()


def unseated(db: Database, day: dt.date = TODAY) -> set[int]:
    """People still here with no desk on `day` nor any booked for later."""
    with db.sessions() as s:
        holding = select(Assignment.person_id).where(
            or_(Assignment.end_date.is_(None), Assignment.end_date >= day),
        )
        return set(
            s.scalars(
                select(Person.id).where(
                    Person.id.not_in(holding),
                    or_(Person.stay_end.is_(None), Person.stay_end >= day),
                )
            )
        )


def assert_hard_rules(db: Database, proposal: PlacementProposal, day: dt.date = TODAY) -> None:
    """No desk used twice, nobody put on a desk someone else keeps, needs met, zone rules."""
    desks = [seat.to_desk_id for seat in proposal.assignments]
    assert len(desks) == len(set(desks)), "a desk given twice"
    movers = {seat.person_id for seat in proposal.assignments}
    with db.sessions() as s:
        for seat in proposal.assignments:
            person = s.get(Person, seat.person_id)
            desk = s.get(Desk, seat.to_desk_id)
            holders = set(
                s.scalars(
                    select(Assignment.person_id).where(
                        Assignment.desk_id == desk.id,
                        or_(Assignment.end_date.is_(None), Assignment.end_date >= day),
                    )
                )
            )
            assert holders <= movers, f"{desk.code} is kept by someone else"
            missing = DeskFeature(person.needs) & ~DeskFeature(desk.features)
            assert not missing, f"{person.name_ko} needs {missing!r} at {desk.code}"
            zone = desk.zone.kind if desk.zone is not None else ZoneKind.OPEN_OFFICE
            assert desk.kind != DeskKind.HOT
            assert zone not in (ZoneKind.MEETING, ZoneKind.SERVER_ROOM)
            office = desk.kind == DeskKind.OFFICE or zone == ZoneKind.PRIVATE_OFFICE
            if person.role == Role.STARTUP_MEMBER:
                assert zone == ZoneKind.STARTUP
            elif person.role == Role.PROFESSOR:
                assert office and zone != ZoneKind.STARTUP
            else:
                assert not office and zone != ZoneKind.STARTUP
