"""Counts for the status bar and ``planner info``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.models import Desk, Floor, Person, RenewalCycle, ResearchTask, Zone
from planner.services.queries import occupied_desk_count


def institute_counts(session: Session, today: dt.date) -> dict:
    def count(model) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    tasks_by_track = {
        str(track.value): n
        for track, n in session.execute(select(ResearchTask.track, func.count()).group_by(ResearchTask.track))
    }
    cycles_by_status = {
        str(status.value): n
        for status, n in session.execute(select(RenewalCycle.status, func.count()).group_by(RenewalCycle.status))
    }
    return {
        "people": count(Person),
        "desks": count(Desk),
        "zones": count(Zone),
        "floors": count(Floor),
        "tasks": count(ResearchTask),
        "tasks_by_track": tasks_by_track,
        "cycles_by_status": cycles_by_status,
        "occupied_desks_today": occupied_desk_count(session, today),
        "date": today.isoformat(),
    }
