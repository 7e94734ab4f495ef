"""Documents from the database: the agreement (with its version record) and the reports.

The export modules take plain data and return bytes; this module reads what they need,
writes the file atomically and records the agreement's version and hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from planner.db import actor_of
from planner.errors import NotFound, ValidationError
from planner.export.agreement_data import AgreementData, TaskLine
from planner.models import (
    AgreementDocument,
    Assignment,
    Building,
    Decision,
    Desk,
    Floor,
    Language,
    RenewalCycle,
    ResearchTask,
    TaskMember,
    TaskRenewal,
    Zone,
)
from planner.services import queries
from planner.services import renewals as renewal_svc
from planner.services._common import flush
from planner.services.audit import record
from planner.services.swatches import read_swatches


def seats_of_task_members(session: Session, task_ids: list[int], day: dt.date) -> int:
    """Desks occupied on ``day`` by members of the given tasks."""
    if not task_ids:
        return 0
    members = select(TaskMember.person_id).where(TaskMember.task_id.in_(task_ids))
    return (
        session.scalar(
            select(func.count(func.distinct(Assignment.desk_id))).where(
                Assignment.person_id.in_(members),
                Assignment.start_date <= day,
                or_(Assignment.end_date.is_(None), Assignment.end_date >= day),
            )
        )
        or 0
    )


def agreement_data(session: Session, year: int, *, today: dt.date | None = None) -> AgreementData:
    """Everything the agreement of ``year`` shows, as plain data.

    Seats are counted on the first day of the research period, or today while that day is
    still ahead; the document states which day it counted.
    """
    cycle = session.scalars(
        select(RenewalCycle)
        .where(RenewalCycle.year == year)
        .options(
            selectinload(RenewalCycle.renewals)
            .selectinload(TaskRenewal.task)
            .selectinload(ResearchTask.pi),
            selectinload(RenewalCycle.renewals)
            .selectinload(TaskRenewal.task)
            .selectinload(ResearchTask.kt_contact),
        )
    ).first()
    if cycle is None:
        raise NotFound("renewal cycle", year)
    lines = []
    for renewal in sorted(cycle.renewals, key=lambda r: (r.task.track.value, r.task.code)):
        task = renewal.task
        lines.append(
            TaskLine(
                code=task.code,
                track=task.track,
                title_ko=task.title_ko,
                title_en=task.title_en,
                pi_ko=task.pi.name_ko if task.pi else "",
                pi_en=task.pi.name_en if task.pi else "",
                kt_ko=task.kt_contact.name_ko if task.kt_contact else "",
                kt_en=task.kt_contact.name_en if task.kt_contact else "",
                period_start=renewal.period_start,
                period_end=renewal.period_end,
                budget_krw=renewal.budget_krw,
                headcount=renewal.headcount,
                gpu_allocation=renewal.gpu_allocation,
                decision=renewal.decision,
            )
        )
    running = [r.task_id for r in cycle.renewals if r.decision != Decision.CONCLUDE]
    starts = [r.period_start for r in cycle.renewals if r.decision != Decision.CONCLUDE]
    seats_date = min(min(starts) if starts else dt.date(year, 3, 1), today or dt.date.today())
    return AgreementData(
        year=cycle.year,
        status=cycle.status,
        signed_on=cycle.signed_on,
        signatory_kt=cycle.signatory_kt,
        signatory_kaist=cycle.signatory_kaist,
        tasks=tuple(lines),
        comparison=renewal_svc.compare_with_previous(session, year),
        seats=seats_of_task_members(session, running, seats_date),
        seats_date=seats_date,
        signing_target=cycle.signing_target,
    )


def latest_agreement(
    session: Session, cycle_id: int, language: Language
) -> AgreementDocument | None:
    return session.scalars(
        select(AgreementDocument)
        .where(and_(AgreementDocument.cycle_id == cycle_id, AgreementDocument.language == language))
        .order_by(AgreementDocument.version.desc())
    ).first()


def export_agreement(
    session: Session,
    year: int,
    lang: str,
    path: str | Path,
    *,
    today: dt.date | None = None,
    template_folder: Path | None = None,
) -> AgreementDocument:
    """Write the agreement of ``year`` in ``lang`` to ``path`` and record its version.

    The version is printed in the document, so the PDF is made for the next version first;
    when it is byte-identical to the latest recorded one made for that version, that record
    is reused instead (same data, same document, same version).
    """
    from planner.export.agreement import build_agreement
    from planner.export.output import write_atomically

    try:
        language = Language(lang)
    except ValueError:
        raise ValidationError.from_template(
            "lang", "must be ko, en or both, not '%1'", lang
        ) from None
    data = agreement_data(session, year, today=today)
    cycle = renewal_svc.cycle_by_year(session, year)
    assert cycle is not None  # agreement_data raised NotFound otherwise
    latest = latest_agreement(session, cycle.id, language)
    if latest is not None:
        again = build_agreement(
            data, language.value, latest.version, template_folder=template_folder
        )
        if hashlib.sha256(again).hexdigest() == latest.sha256:
            write_atomically(path, again)
            return latest
    version = latest.version + 1 if latest else 1
    pdf = build_agreement(data, language.value, version, template_folder=template_folder)
    digest = write_atomically(path, pdf)
    document = AgreementDocument(
        cycle_id=cycle.id,
        language=language,
        version=version,
        sha256=digest,
        created_by=actor_of(session),
    )
    session.add(document)
    flush(session, f"agreement {year} ({language.value}) version {version}")  # a racing export
    record(session, "create", "agreement_document", document.id, "version", None, version)
    # What was agreed is a record: its digest joins the audit log's hash chain, so a PDF
    # swapped later (or its recorded digest edited) no longer matches what the chain holds.
    record(session, "create", "agreement_document", document.id, "sha256", None, digest)
    return document


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


def occupancy_report(session: Session, day: dt.date):
    from dataclasses import replace

    from planner.export.reports.occupancy import OccupancyReport
    from planner.models.enums import TaskStatus

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
    )


def renewal_summary(session: Session, year: int):
    from planner.export.reports.renewals import RenewalSummary, YearBudget
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
    )
