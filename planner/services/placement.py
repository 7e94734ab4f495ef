"""Auto-placement on the database: who to seat, where they may go, and the plan it makes.

    proposal = plan_placement(session, who="unseated", on=day, time_limit=2.0)
    plan = save_proposal_as_plan(session, proposal, "자동 배치 2026-03-02", day)

`plan_placement` reads desks and people, runs the pure engine
(`planner.placement.desk.place_people`) and returns what it proposes; it writes
nothing. `save_proposal_as_plan` stages the proposal as a draft move plan, which the
coordinator reviews and applies (`move_plans.apply_move_plan`): never silently.

Seats are for good: a new seat runs from `on` with no end, so a desk is free only
when nobody holds it on `on` or later. The already-seated members of the teams being
placed always take part, at their current desks: they are what "next to the team"
means. They stay put unless `allow_moves` lets the engine move up to that many.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from planner.errors import NotFound, ValidationError
from planner.models import (
    Assignment,
    Building,
    Desk,
    DeskFeature,
    DeskKind,
    Floor,
    MovePlan,
    Person,
    ResearchTask,
    TaskMember,
    Zone,
)
from planner.placement.desk import (
    Candidate,
    DeskSpot,
    PlacementOptions,
    PlacementProgress,
    TeamExplanation,
    place_people_steps,
)
from planner.placement.desk.adjacency import neighbour_lists
from planner.placement.desk.explain import explain_teams, summary_line
from planner.placement.desk.model import SETTLING
from planner.placement.desk.nearby import settle_near_teams
from planner.placement.desk.rules import PROFESSOR, STARTUP_MEMBER, person_category
from planner.placement.desk.steps import run_steps
from planner.services import move_plans
from planner.services.audit import record
from planner.services.availability_days import blocked_desks
from planner.services.seating_undo import Difference, revert
from planner.services.stays import bound_to_stay
from planner.services.tasks import tasks_by_person

WHO = ("unseated", "task", "people")
ProgressCallback = Callable[[float, str], None]


@dataclass(frozen=True)
class ProposedSeat:
    """One change of the proposal: a new seat (`from_desk` None) or a move."""

    person_id: int
    email: str | None
    name: str
    from_desk: str | None
    to_desk: str
    to_desk_id: int
    # The days the seat is held: from the plan's day or the person's arrival, whichever is
    # later, to the end of their stay (None: open) — as applying the plan stores it.
    start: dt.date | None = None
    end: dt.date | None = None


# Why someone got no desk, as `UnplacedPerson.why`, so that a window can say it in its
# own language; `reason` keeps the English sentence of the CLI's JSON.
LATER_DESK = "later desk"  # `day`: the first day of a seat already booked
STAY_ENDED = "stay ended"  # `day`: the last day of their stay
NO_SUITABLE_DESK = "no suitable desk"  # no free desk meets their rules in the chosen area
TOO_FEW_DESKS = "too few desks"  # `competing` people could use the `suitable` free desks
OTHER_REASON = "other"


@dataclass(frozen=True)
class UnplacedPerson:
    person_id: int
    email: str | None
    name: str
    reason: str
    why: str = OTHER_REASON
    day: dt.date | None = None
    suitable: int = 0
    competing: int = 0
    category: str = ""  # planner.placement.desk.rules person category: professor, …
    needs: tuple[str, ...] = ()  # desk features this person needs


@dataclass(frozen=True)
class PlacementProposal:
    on: dt.date
    assignments: tuple[ProposedSeat, ...]  # changes only: people kept at their desks are not listed
    moved: int  # already-seated people the proposal moves
    unplaced: tuple[UnplacedPerson, ...]
    teams: tuple[TeamExplanation, ...]  # one per research task taking part
    seconds: float
    cancelled: bool = False

    @property
    def explanation(self) -> tuple[str, ...]:
        """'F-01: 8 seated in R2 3층/개방형 사무실 A, 10 of 10 possible adjacent pairs (100 %)'"""
        return tuple(summary_line(team) for team in self.teams)


@dataclass
class _Seat:
    desk_id: int
    start: dt.date


@dataclass(frozen=True)
class PlacementInput:
    """Everything the engine needs, read from the database: plain objects, no session.

    Solving takes seconds; reading takes a moment. A caller that must not hold its
    transaction open meanwhile (SQLite writers wait for it) reads with
    `gather_placement`, ends the transaction, then calls `solve_placement`.
    """

    on: dt.date
    desks: tuple[DeskSpot, ...]  # code = desk id as text: codes repeat across sites
    candidates: tuple[Candidate, ...]  # key = person id as text
    options: PlacementOptions
    desk_codes: Mapping[int, str]
    floor_levels: Mapping[str, tuple[str, int]]  # DeskSpot.floor -> (building code, level)
    people: Mapping[int, tuple[str | None, str]]  # person id -> (email, display name)
    unplaced: tuple[UnplacedPerson, ...]  # asked for, but not theirs to place (a later desk, gone)
    stays: Mapping[int, tuple[dt.date | None, dt.date | None]] = field(default_factory=dict)


def plan_placement(
    session: Session,
    *,
    progress: ProgressCallback | None = None,
    cancel: Callable[[], bool] | None = None,
    **request: Any,
) -> PlacementProposal:
    """Propose seats for the unseated people, a task's members or the people with `emails`.

    `request` takes the arguments of :func:`gather_placement`, which reads the database; the
    solver then gets what is left of the time limit.
    """
    started = time.perf_counter()
    inputs = gather_placement(session, **request)
    proposal = solve_placement(within(inputs, started), progress=progress, cancel=cancel)
    return replace(proposal, seconds=time.perf_counter() - started)


def within(inputs: PlacementInput, started: float) -> PlacementInput:
    """The inputs with the time limit counted from `started` (perf_counter), so that the
    time spent reading the database comes off the solver's share, not on top of it."""
    left = inputs.options.time_limit_s - (time.perf_counter() - started)
    return replace(inputs, options=replace(inputs.options, time_limit_s=max(left, 0.0)))


def gather_placement(
    session: Session,
    *,
    who: str,
    task_code: str | None = None,
    emails: Iterable[str] | None = None,
    person_ids: Iterable[int] | None = None,
    on: dt.date,
    floor_ids: Iterable[int] | None = None,
    zone_ids: Iterable[int] | None = None,
    allow_moves: int = 0,
    time_limit: float | None = 5.0,
    seed: int = 0,
    use_hot_desks: bool = False,
    adjacency_m: float = 2.0,
    keep_teams: bool = True,
    honour_needs: bool = True,
    startup_zones_rule: bool = True,
    professor_offices_rule: bool = True,
) -> PlacementInput:
    """Read what the solver needs; writes nothing.

    Who: `who` "unseated", "task" (`task_code`) or "people" (`emails` or `person_ids`).
    Desks: the active desks on `floor_ids`/`zone_ids` (all when None), hot desks only with
    `use_hot_desks`; desks in one zone at most `adjacency_m` apart are neighbours.
    `time_limit` None means one second per 200 people, 1 to 30 s.
    The rules can be relaxed: `keep_teams` False seats everyone as if without a team,
    `honour_needs` False ignores the desk features people need, and without
    `startup_zones_rule` / `professor_offices_rule` start-up members and professors may sit
    at open desks and start-up zones / private offices are open to everyone.
    Raises NotFound for an unknown task code or e-mail, ValidationError for bad arguments.
    """
    if who not in WHO:
        raise ValidationError.from_template("who", "must be one of %1", ", ".join(WHO))
    if allow_moves < 0:
        raise ValidationError.from_template("allow_moves", "must be 0 or more")
    if time_limit is not None and not time_limit >= 0:
        raise ValidationError.from_template("time_limit", "must be 0 or more seconds")
    if not adjacency_m > 0:
        raise ValidationError.from_template("adjacency_m", "must be more than 0")

    current, future = _seats(session, on)
    chosen, task = _chosen(session, who, task_code, emails, on, person_ids)
    first_tasks = tasks_by_person(session)
    # The team each person is placed with: the task asked for, else their first task.
    team_of: dict[int, str | None] = {
        pid: task.code if task is not None else next(iter(first_tasks.get(pid, ())), None)
        for pid in chosen
    }
    if not keep_teams:  # nobody to sit next to, so no seated teammate takes part either
        team_of = dict.fromkeys(team_of)
    teams = {code for code in team_of.values() if code}
    # Their seated teammates take part too: they are who the newcomers sit next to.
    for pid, task_codes in first_tasks.items():
        if pid in current and task_codes[0] in teams:
            team_of.setdefault(pid, task_codes[0])

    unplaced: list[UnplacedPerson] = []
    newcomers: list[Person] = []
    for person in chosen.values():
        if person.id in current:
            continue
        if person.id in future:
            day = min(seat.start for seat in future[person.id])
            reason = f"already has a desk from {day.isoformat()}"
            unplaced.append(_unplaced(person, reason, LATER_DESK, day))
        elif person.stay_end is not None and person.stay_end < on:
            reason = f"stay ended on {person.stay_end.isoformat()}"
            unplaced.append(_unplaced(person, reason, STAY_ENDED, person.stay_end))
        else:
            newcomers.append(person)
    newcomers.sort(key=lambda p: (p.stay_start or dt.date.min, p.id))
    # Seated people take part at their desk, unless they hold more than one or have a
    # later seat booked: moving them would clash with it, so they simply stay.
    movable = {
        pid for pid in team_of if pid in current and pid not in future and len(current[pid]) == 1
    }

    spots, codes, levels = _desk_spots(
        session, on, floor_ids, zone_ids, use_hot_desks, current, movable
    )
    people = {p.id: p for p in newcomers}
    people.update(
        (p.id, p) for p in session.scalars(select(Person).where(Person.id.in_(movable or {-1})))
    )
    relax = _Relaxed(honour_needs, startup_zones_rule, professor_offices_rule)
    candidates = [
        _candidate(people[pid], team_of[pid], str(current[pid][0].desk_id), relax)
        for pid in sorted(movable)
        if current[pid][0].desk_id in codes
    ] + [_candidate(person, team_of[person.id], None, relax) for person in newcomers]
    options = PlacementOptions(
        adjacency_m=adjacency_m,
        allow_moves=allow_moves,
        time_limit_s=time_limit
        if time_limit is not None
        else min(30.0, max(1.0, len(candidates) / 200)),
        seed=seed,
        use_hot_desks=use_hot_desks,
        allow_others_in_startup_zones=not startup_zones_rule,
        allow_others_in_offices=not professor_offices_rule,
    )
    return PlacementInput(
        on=on,
        desks=tuple(spots),
        candidates=tuple(candidates),
        options=options,
        desk_codes=codes,
        floor_levels=levels,
        people={pid: (p.email, p.display_name) for pid, p in people.items()},
        unplaced=tuple(unplaced),
        stays={pid: (p.stay_start, p.stay_end) for pid, p in people.items()},
    )


def solve_placement(
    inputs: PlacementInput,
    *,
    progress: ProgressCallback | None = None,
    cancel: Callable[[], bool] | None = None,
) -> PlacementProposal:
    """Run the engine on gathered inputs; needs no database."""
    return run_steps(solve_placement_steps(inputs, cancel=cancel), progress)


def solve_placement_steps(
    inputs: PlacementInput, *, cancel: Callable[[], bool] | None = None
) -> Generator[PlacementProgress, None, PlacementProposal]:
    """`solve_placement` as a generator for a background job: yields the engine's progress
    (with the best score so far) and returns the proposal. When `cancel()` turns True the
    engine stops and the proposal is the best seating found so far, marked `cancelled`."""
    started = time.perf_counter()
    limit = inputs.options.time_limit_s
    # The engine gets most of the time; bringing lonely newcomers nearer their team, the rest.
    options = replace(inputs.options, time_limit_s=limit * _ENGINE_SHARE)
    result = yield from place_people_steps(inputs.desks, inputs.candidates, options, cancel=cancel)
    yield PlacementProgress(0.97, SETTLING, result.pairs, result.bound)
    neighbours = neighbour_lists(inputs.desks, inputs.options.adjacency_m)
    # A cancelled run is not kept waiting: one quick pass at most.
    deadline = (
        time.perf_counter()
        if result.cancelled
        else max(started + limit, time.perf_counter() + _SETTLE_MIN_S)
    )
    assignments = settle_near_teams(
        inputs.desks,
        neighbours,
        inputs.candidates,
        result.assignments,
        inputs.options,
        inputs.floor_levels,
        deadline=deadline,
    )
    teams = explain_teams(inputs.desks, neighbours, inputs.candidates, assignments)
    codes = inputs.desk_codes
    home = {c.key: c.current_desk for c in inputs.candidates}
    seats = []
    for key, desk_key in assignments.items():
        from_key = home.get(key)
        if from_key == desk_key:
            continue
        email, name = inputs.people[int(key)]
        # Held from the day or from arrival, until the stay ends (planner.services.stays).
        held = bound_to_stay(inputs.on, None, *inputs.stays.get(int(key), (None, None)))
        seats.append(
            ProposedSeat(
                int(key),
                email,
                name,
                codes[int(from_key)] if from_key else None,
                codes[int(desk_key)],
                int(desk_key),
                *(held or (inputs.on, None)),
            )
        )
    seats.sort(key=lambda s: (s.to_desk, s.person_id))
    unplaced = list(inputs.unplaced)
    by_key = {c.key: c for c in inputs.candidates}
    for item in result.unplaced:
        email, name = inputs.people[int(item.key)]
        unplaced.append(_engine_unplaced(int(item.key), email, name, item.reason, by_key[item.key]))
    return PlacementProposal(
        on=inputs.on,
        assignments=tuple(seats),
        moved=len(result.moved),
        unplaced=tuple(unplaced),
        teams=tuple(teams),
        seconds=time.perf_counter() - started,
        cancelled=result.cancelled,
    )


# The engine's sentence for too few desks (planner.placement.desk.rules.unplaced_reason).
_TOO_FEW = re.compile(r"not enough desks: (\d+) people could use the (\d+) free")


def _engine_unplaced(
    person_id: int, email: str | None, name: str, reason: str, candidate: Candidate
) -> UnplacedPerson:
    """The engine's refusal with its numbers and the person's rules picked out."""
    found = _TOO_FEW.match(reason)
    if found:
        why = TOO_FEW_DESKS
    else:
        why = NO_SUITABLE_DESK if reason.startswith("no free") else OTHER_REASON
    return UnplacedPerson(
        person_id,
        email,
        name,
        reason,
        why=why,
        competing=int(found.group(1)) if found else 0,
        suitable=int(found.group(2)) if found else 0,
        category=person_category(candidate.role),
        needs=tuple(sorted(candidate.needs)),
    )


def save_proposal_as_plan(
    session: Session,
    proposal: PlacementProposal,
    name: str,
    effective_date: dt.date,
    note: str = "",
    *,
    plan_id: int | None = None,
) -> MovePlan:
    """Stage every change of the proposal in a new draft move plan (the caller may apply it);
    ``plan_id``: under the id it had before an undo (see move_plans.create_move_plan)."""
    if not proposal.assignments:
        raise ValidationError.from_template("move plan", "the proposal changes no seat")
    plan = move_plans.create_move_plan(
        session, name, effective_date, note or _note(proposal), plan_id=plan_id
    )
    for seat in proposal.assignments:
        move_plans.stage_move(session, plan.id, seat.person_id, seat.to_desk_id)
    return plan


def undo_applied_placement(session: Session, plan_id: int, seating: Difference) -> None:
    """Take back a placement that was saved and applied in one step: the seats it changed
    go back as they were (ConcurrentEdit if someone changed them since) and its move plan
    goes, as if it had never been made. Only for undo: history otherwise keeps applied plans."""
    revert(session, seating)
    plan = session.get(MovePlan, plan_id)
    if plan is None:
        raise NotFound("move plan", plan_id)
    record(session, "delete", "move_plan", plan.id, "name", plan.name, None)
    session.delete(plan)
    session.flush()


@dataclass(frozen=True)
class PlacementArea:
    """A floor and its zones, for choosing where auto-placement may seat people."""

    floor_id: int
    floor: str  # "R2 · 3층"
    zones: tuple[tuple[int, str], ...]  # (zone id, name), by name


def placement_areas(session: Session) -> list[PlacementArea]:
    floors = session.execute(
        select(Floor.id, Building.name, Floor.name)
        .join(Building, Building.id == Floor.building_id)
        .order_by(Building.code, Floor.level)
    ).all()
    zones: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for zone_id, floor_id, name in session.execute(
        select(Zone.id, Zone.floor_id, Zone.name).order_by(Zone.name)
    ):
        zones[floor_id].append((zone_id, name))
    return [
        PlacementArea(floor_id, f"{building} · {name}", tuple(zones[floor_id]))
        for floor_id, building, name in floors
    ]


def _note(proposal: PlacementProposal) -> str:
    lines = [
        f"Auto-placement on {proposal.on.isoformat()}: {len(proposal.assignments)} seat(s), "
        f"{proposal.moved} moved, {len(proposal.unplaced)} without a desk."
    ]
    lines += proposal.explanation
    lines += [f"{u.name}: {u.reason}" for u in proposal.unplaced]
    return "\n".join(lines)[:4000]


def _holds_on_or_after(on: dt.date):
    return or_(Assignment.end_date.is_(None), Assignment.end_date >= on)


def _seats(session: Session, on: dt.date) -> tuple[dict[int, list[_Seat]], dict[int, list[_Seat]]]:
    """Per person, the seats held on `on` and those starting after it."""
    current: dict[int, list[_Seat]] = defaultdict(list)
    future: dict[int, list[_Seat]] = defaultdict(list)
    rows = session.execute(
        select(Assignment.person_id, Assignment.desk_id, Assignment.start_date).where(
            _holds_on_or_after(on)
        )
    )
    for person_id, desk_id, start in rows:
        (current if start <= on else future)[person_id].append(_Seat(desk_id, start))
    return dict(current), dict(future)


def _chosen(
    session: Session,
    who: str,
    task_code: str | None,
    emails: Iterable[str] | None,
    on: dt.date,
    person_ids: Iterable[int] | None = None,
) -> tuple[dict[int, Person], ResearchTask | None]:
    """The people asked for, by id in a stable order, and the task when one was named."""
    if who == "unseated":
        holding = select(Assignment.person_id).where(_holds_on_or_after(on))
        query = select(Person).where(
            Person.id.not_in(holding), or_(Person.stay_end.is_(None), Person.stay_end >= on)
        )
        return {p.id: p for p in session.scalars(query.order_by(Person.id))}, None
    if who == "task":
        code = (task_code or "").strip().upper()
        task = session.scalars(
            select(ResearchTask).where(func.upper(ResearchTask.code) == code)
        ).first()
        if task is None:
            raise NotFound("research task", task_code or "(none)")
        query = (
            select(Person)
            .join(TaskMember, TaskMember.person_id == Person.id)
            .where(TaskMember.task_id == task.id)
            .order_by(Person.id)
        )
        return {p.id: p for p in session.scalars(query)}, task
    if person_ids is not None:
        ids = list(dict.fromkeys(person_ids))
        if not ids:
            raise ValidationError.from_template("people", "nobody chosen")
        by_id = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}
        if len(by_id) < len(ids):
            raise NotFound("person", ", ".join(str(i) for i in ids if i not in by_id))
        return {pid: by_id[pid] for pid in ids}, None
    wanted = list(dict.fromkeys(e.strip().lower() for e in emails or () if e.strip()))
    if not wanted:
        raise ValidationError.from_template("people", "no e-mail addresses given")
    found: dict[str, Person] = {}
    for start in range(0, len(wanted), 500):  # keeps each IN list short on every database
        batch = wanted[start : start + 500]
        for person in session.scalars(select(Person).where(func.lower(Person.email).in_(batch))):
            found[(person.email or "").lower()] = person
    missing = [e for e in wanted if e not in found]
    if missing:
        more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
        raise NotFound("person with e-mail", ", ".join(missing[:3]) + more)
    return {found[e].id: found[e] for e in wanted}, None


def _desk_spots(
    session: Session,
    on: dt.date,
    floor_ids: Iterable[int] | None,
    zone_ids: Iterable[int] | None,
    use_hot_desks: bool,
    current: dict[int, list[_Seat]],
    movable: set[int],
) -> tuple[list[DeskSpot], dict[int, str], dict[str, tuple[str, int]]]:
    """The desks the engine may fill (keyed by desk id as text, since codes repeat across
    sites), each one's real code, and where each floor is. Left out: desks someone else
    holds on `on` or later, and free desks beyond what a zone's seat limit allows."""
    query = (
        select(Desk, Zone, Floor.name, Floor.level, Building.code)
        .join(Floor, Desk.floor_id == Floor.id)
        .join(Building, Floor.building_id == Building.id)
        .outerjoin(Zone, Desk.zone_id == Zone.id)
        .where(Desk.active.is_(True))
        .order_by(Desk.id)
    )
    if floor_ids is not None:
        query = query.where(Desk.floor_id.in_(list(floor_ids) or [-1]))
    if zone_ids is not None:
        query = query.where(Desk.zone_id.in_(list(zone_ids) or [-1]))
    if not use_hot_desks:
        query = query.where(Desk.kind != DeskKind.HOT)

    held_by: dict[int, list[int]] = defaultdict(list)  # desk -> people holding it on `on`
    for person_id, seats in current.items():
        for seat in seats:
            held_by[seat.desk_id].append(person_id)
    booked_later = set(
        session.scalars(select(Assignment.desk_id).where(Assignment.start_date > on))
    )
    # Out of use on `on` or any later day: a seat given from `on` would run into the block.
    booked_later |= set(blocked_desks(session, on, dt.date.max))
    zone_of_desk = dict(session.execute(select(Desk.id, Desk.zone_id)).tuples().all())
    seated_in_zone = Counter(
        zone_of_desk.get(desk_id) for desk_id, holders in held_by.items() for _ in holders
    )

    spots: list[DeskSpot] = []
    codes: dict[int, str] = {}
    free_left: dict[int, int] = {}
    levels: dict[str, tuple[str, int]] = {}
    for desk, zone, floor_name, level, building_code in session.execute(query):
        holders = held_by.get(desk.id, [])
        if desk.id in booked_later or len(holders) > 1 or (holders and holders[0] not in movable):
            continue
        if not holders and zone is not None and zone.capacity_seats > 0:
            left = free_left.setdefault(zone.id, zone.capacity_seats - seated_in_zone[zone.id])
            if left <= 0:
                continue
            free_left[zone.id] = left - 1
        codes[desk.id] = desk.code
        levels[f"{building_code} {floor_name}"] = (building_code, level)
        spots.append(
            DeskSpot(
                code=str(desk.id),
                floor=f"{building_code} {floor_name}",
                zone=zone.name if zone is not None else "",
                x=desk.x,
                y=desk.y,
                kind=desk.kind.value,
                features=frozenset(DeskFeature(desk.features).names()),
                zone_kind=zone.kind.value if zone is not None else "open_office",
            )
        )
    return spots, codes, levels


_ENGINE_SHARE = 0.9
_SETTLE_MIN_S = 0.2


@dataclass(frozen=True)
class _Relaxed:
    """Which of the engine's hard rules the coordinator kept for this run."""

    needs: bool = True
    startup_zones: bool = True
    professor_offices: bool = True


_ALL_RULES = _Relaxed()


def _candidate(
    person: Person, task: str | None, current_desk: str | None, rules: _Relaxed = _ALL_RULES
) -> Candidate:
    role = person.role.value
    category = person_category(role)
    # The engine knows zone rules by role; a rule switched off makes the person an
    # ordinary resident for this run (the options open those zones to everyone).
    if (category == STARTUP_MEMBER and not rules.startup_zones) or (
        category == PROFESSOR and not rules.professor_offices
    ):
        role = "researcher"
    return Candidate(
        key=str(person.id),
        name=person.display_name,
        task=task,
        role=role,
        needs=frozenset(DeskFeature(person.needs).names()) if rules.needs else frozenset(),
        current_desk=current_desk,
    )


def _unplaced(person: Person, reason: str, why: str, day: dt.date) -> UnplacedPerson:
    return UnplacedPerson(
        person.id,
        person.email,
        person.display_name,
        reason,
        why=why,
        day=day,
        category=person_category(person.role.value),
    )


__all__ = [
    "PlacementArea",
    "PlacementInput",
    "PlacementProposal",
    "ProposedSeat",
    "UnplacedPerson",
    "gather_placement",
    "placement_areas",
    "plan_placement",
    "save_proposal_as_plan",
    "solve_placement",
    "solve_placement_steps",
    "undo_applied_placement",
    "within",
]
