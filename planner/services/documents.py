"""Documents from the database: the agreement (with its version record) and the reports.

The export modules take plain data and return bytes; this module reads what they need,
writes the file atomically and records the agreement's version and hash.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.errors import NotFound, ValidationError
from planner.models import (
    Building,
    Desk,
    Floor,
    RenewalCycle,
    ResearchTask,
    TaskMember,
    Zone,
)
from planner.services import queries
from planner.services import renewals as renewal_svc
from planner.services.swatches import read_swatches

# --- reports -------------------------------------------------------------------------------


def find_floor(session: Session, floor: int | str) -> Floor:
    """A floor by level (3) or name ("3층"); several buildings with that level is an error."""
    query = select(Floor).options(selectinload(Floor.building).selectinload(Building.site))
    if isinstance(floor, int) or str(floor).lstrip("-").isdigit():
        query = query.where(Floor.level == int(floor))
    else:
        query = query.where(Floor.name == str(floor))
    found = session.scalars(query.order_by(Floor.id)).all()
    if not found:
        raise NotFound("floor", floor)
    if len(found) > 1:
        names = ", ".join(f"{f.building.code} {f.name}" for f in found)
        raise ValidationError.from_template(
            "floor", "%1 is ambiguous (%2); give the floor's name", floor, names
        )
    return found[0]


def floor_plan(session: Session, floor: int | str, day: dt.date):
    from planner.export.reports.seating import FloorPlan, PlanDesk, PlanZone
    from planner.models import Organisation

    target = find_floor(session, floor)
    swatches = read_swatches(session)
    english = dict(session.execute(select(Organisation.name, Organisation.name_en)).tuples().all())
    occupants: dict[int, list[tuple[str, str, str]]] = {}
    for row in queries.seating_on(session, day, target.id):
        if row.person_id is not None:
            occupants.setdefault(row.desk_id, []).append(
                (row.name_ko or "", row.name_en or "", row.organisation or "")
            )
    desks = []
    for desk in session.scalars(select(Desk).where(Desk.floor_id == target.id).order_by(Desk.code)):
        people = occupants.get(desk.id, [])
        organisation = people[0][2] if people else None
        desks.append(
            PlanDesk(
                code=desk.code,
                x=desk.x,
                y=desk.y,
                rotation=desk.rotation,
                active=desk.active,
                occupant=", ".join(ko for ko, _en, _org in people) or None,
                organisation=organisation,
                swatch=swatches.organisation_named(organisation) if people else None,
                badge=swatches.badge_named(organisation) if people else "",
                people=len(people),
                names=tuple((ko, en) for ko, en, _org in people),
                organisation_en=english.get(organisation or "", "") or "",
            )
        )
    zones = tuple(
        PlanZone(z.name, z.kind.value, tuple((float(x), float(y)) for x, y in z.polygon))
        for z in session.scalars(select(Zone).where(Zone.floor_id == target.id).order_by(Zone.name))
    )
    return FloorPlan(
        site=target.building.site.name,
        building=target.building.name,
        floor=target.name,
        width_m=target.width_m,
        depth_m=target.depth_m,
        day=day,
        zones=zones,
        desks=tuple(desks),
        level=target.level,
    )


def roster_rows(session: Session, day: dt.date):
    """Everyone staying at the institute on ``day``: the seated with their desk, then those
    without one (their stay's dates), so the roster's count is the residents on the day."""
    from planner.export.reports.roster import RosterRow
    from planner.models import Organisation

    levels = dict(session.execute(select(Floor.id, Floor.level)).tuples().all())
    seated = [
        RosterRow(
            floor=row.floor_name,
            floor_order=levels.get(row.floor_id, 0),
            zone=row.zone_name,
            desk=row.desk_code,
            name_ko=row.name_ko or "",
            name_en=row.name_en or "",
            organisation=row.organisation or "",
            start=row.start_date,
            end=row.end_date,
        )
        for row in queries.seating_on(session, day)
        if row.person_id is not None
    ]
    names = dict(session.execute(select(Organisation.id, Organisation.name)).tuples().all())
    without = [
        RosterRow(
            floor="",
            floor_order=0,
            zone="",
            desk="",
            name_ko=person.name_ko,
            name_en=person.name_en or "",
            organisation=names.get(person.organisation_id, ""),
            start=person.stay_start,
            end=person.stay_end,
        )
        for person in queries.unseated_people(session, day)
    ]
    return seated + without


def site_name(session: Session) -> str:
    from planner.models import Site

    return session.scalars(select(Site.name).order_by(Site.id)).first() or ""


def name_plates(session: Session, day: dt.date, floor: int | str | None = None):
    """A plate for everyone seated on ``day`` (on one floor if given), in desk order."""
    from planner.export.reports.nameplates import NamePlate
    from planner.models.enums import TaskStatus

    floor_id = find_floor(session, floor).id if floor is not None else None
    swatches = read_swatches(session)
    tasks: dict[int, list[str]] = {}
    for person_id, code, title, status in session.execute(
        select(TaskMember.person_id, ResearchTask.code, ResearchTask.title_ko, ResearchTask.status)
        .join(ResearchTask, ResearchTask.id == TaskMember.task_id)
        .order_by(ResearchTask.code)
    ):
        ended = " (종료)" if status == TaskStatus.CONCLUDED else ""  # an ended task says so
        tasks.setdefault(person_id, []).append(f"{code} {title}{ended}")
    return [
        NamePlate(
            row.name_ko or "",
            row.name_en or "",
            row.organisation or "",
            tuple(tasks.get(row.person_id, ())),
            row.desk_code,
            swatches.organisation_named(row.organisation),
        )
        for row in queries.seating_on(session, day, floor_id)
        if row.person_id is not None
    ]


def occupancy_report(
    session: Session, day: dt.date, months: tuple[dt.date, dt.date] | None = None
):
    """The report's data on ``day``; its months chart covers ``months`` (first, last month),
    by default the year around the day (planner.services.occupancy_months.default_period)."""
    from dataclasses import replace

    from planner.export.reports.occupancy import OccupancyReport
    from planner.models.enums import TaskStatus
    from planner.services.occupancy_months import default_period, occupancy_by_month

    ended = frozenset(
        session.scalars(
            select(ResearchTask.id).where(ResearchTask.status == TaskStatus.CONCLUDED)
        ).all()
    )
    tasks = [
        replace(row, label=f"{row.label} (종료)") if row.key in ended else row
        for row in queries.occupancy(session, day, "task")
    ]
    return OccupancyReport(
        site=site_name(session),
        day=day,
        floors=queries.occupancy(session, day, "floor"),
        organisations=queries.occupancy(session, day, "organisation"),
        tasks=tasks,
        move_outs=queries.upcoming_move_outs(session, day, 30),
        ended_tasks=ended,
        floor_changes=queries.upcoming_floor_changes(session, day, 30),
        months=occupancy_by_month(session, *(months or default_period(day))),
    )


def renewal_summary(session: Session, year: int, today: dt.date | None = None):
    """The renewal report's data; its deliverables due or overdue are reckoned from ``today``
    (planner.services.deliverables.deliverables_due, the Renewals page's list)."""
    from planner.export.reports.renewals import RenewalSummary, YearBudget
    from planner.services.budget import category_comparison
    from planner.services.deliverables import deliverables_due
    from planner.services.totals import all_cycle_totals

    cycle = renewal_svc.cycle_by_year(session, year)
    if cycle is None:
        raise NotFound("renewal cycle", year)
    totals = all_cycle_totals(session)
    statuses = dict(session.execute(select(RenewalCycle.year, RenewalCycle.status)).tuples().all())
    history = [
        YearBudget(
            other, statuses[other], {track: t.budget_krw for track, t in totals[other].by_track}
        )
        for other in sorted(totals)
        if other <= year
    ]
    return RenewalSummary(
        year=year,
        status=cycle.status,
        consultation_deadline=cycle.consultation_deadline,
        signing_target=cycle.signing_target,
        signed_on=cycle.signed_on,
        figures=renewal_svc.figures_of(cycle),
        comparison=renewal_svc.compare_with_previous(session, year),
        history=history,
        totals=totals[year],
        by_category=tuple(category_comparison(session, year)),
        due=deliverables_due(session, today or dt.date.today()),
    )
