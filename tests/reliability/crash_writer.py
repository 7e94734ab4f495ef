"""A process that writes assignments as fast as it can until it is killed.

After each commit returns it prints the assignment id and flushes stdout, so the parent knows
exactly which changes the application reported as saved.
"""

from __future__ import annotations

import datetime as dt
import sys

from sqlalchemy import select

from planner.models import Desk, Person
from planner.services import seating
from planner.storage import open_database


def main(path: str, seed: int) -> None:
    db = open_database(path)
    with db.sessions() as s:
        people = list(s.scalars(select(Person.id).order_by(Person.id)))
        desks = list(s.scalars(select(Desk.id).order_by(Desk.id)))
    day = dt.date(2030, 1, 1) + dt.timedelta(days=seed * 100)  # each writer its own days
    n = 0
    while True:
        person, desk = people[n % len(people)], desks[n % len(desks)]
        start = day + dt.timedelta(days=n // len(desks))
        with db.sessions() as s, s.begin():
            assignment = seating.assign_desk(s, person, desk, start, start)
            new_id = assignment.id
        sys.stdout.write(f"{new_id}\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
