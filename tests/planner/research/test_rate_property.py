"""The rate rule under random sequences of add / edit / remove: the service and the database
accept and refuse the same changes, and no person ever passes their cap in a year."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from planner.db import Base, make_engine, make_session_factory
from planner.errors import ParticipationOverCap, PlannerError
from planner.models import Role, TaskParticipant
from planner.services import participants
from tests.planner.research.helpers import small_lab

PEOPLE = ["kim@kaist.ac.kr", "park@kaist.ac.kr", "choi@kaist.ac.kr"]  # researcher, student, intern
CAPS = {Role.RESEARCHER: 100, Role.STUDENT: 100, Role.INTERN: 50}
TASKS = ["F-01", "F-02", "F-03"]
YEARS = [2024, 2025]

ops = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from(PEOPLE), st.sampled_from(TASKS),
                  st.sampled_from(YEARS), st.integers(1, 100)),
        st.tuples(st.just("edit"), st.integers(0, 20), st.integers(1, 100)),
        st.tuples(st.just("remove"), st.integers(0, 20)),
    ),
    max_size=25,
)


def _database_accepts(session, statement: str, values: dict) -> bool:
    """Whether the database alone takes the change (tried in a savepoint, then undone)."""
    savepoint = session.begin_nested()
    try:
        session.execute(text(statement), values)
        session.flush()
        accepted = True
    except IntegrityError:
        accepted = False
    savepoint.rollback()
    return accepted


def _service_accepts(session, change) -> bool:
    savepoint = session.begin_nested()
    try:
        change()
        session.flush()
    except ParticipationOverCap:
        savepoint.rollback()
        return False
    except PlannerError:  # a duplicate participant: refused by both, for another reason
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sequence=ops)
def test_service_and_database_agree_and_the_cap_holds(sequence):
    engine = make_engine("sqlite://")
    Base.metadata.create_all(engine)
    try:
        with make_session_factory(engine)() as s, s.begin():
            lab = small_lab(s)
            participants.set_cap(s, Role.INTERN, CAPS[Role.INTERN])
            for op in sequence:
                rows = s.scalars(select(TaskParticipant).order_by(TaskParticipant.id)).all()
                if op[0] == "add":
                    _, email, code, year, rate = op
                    person, renewal = lab.people[email], lab.renewals[code, year]
                    database = _database_accepts(
                        s,
                        "INSERT INTO task_participant (renewal_id, person_id, role, rate_pct, "
                        "period_start, period_end, version) VALUES (:r, :p, 'member', :rate, "
                        "'2025-03-01', '2025-03-31', 1)",
                        {"r": renewal, "p": person, "rate": rate},
                    )
                    service = _service_accepts(s, lambda: participants.add_participant(
                        s, renewal, person, rate_pct=rate))
                elif op[0] == "edit" and rows:
                    row, rate = rows[op[1] % len(rows)], op[2]
                    database = _database_accepts(
                        s, "UPDATE task_participant SET rate_pct = :rate WHERE id = :i",
                        {"rate": rate, "i": row.id},
                    )
                    service = _service_accepts(
                        s, lambda: participants.update_participant(s, row.id, rate_pct=rate))
                elif op[0] == "remove" and rows:
                    row = rows[op[1] % len(rows)]
                    database = service = _service_accepts(
                        s, lambda: participants.remove_participant(s, row.id))
                else:
                    continue
                assert service == database, op
                for email in PEOPLE:
                    person = s.get(participants.Person, lab.people[email])
                    for year in YEARS:
                        assert participants.person_load(s, person.id, year) <= CAPS[person.role]
    finally:
        engine.dispose()
