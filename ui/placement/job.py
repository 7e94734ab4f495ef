"""The background work of one auto-placement run (no Qt: ui.background drives it).

Cancelling goes through `stop`, not through the job's own cancel: the engine then
finishes its step and hands back the best seating found so far, which the dialog
shows as such. Only a stop before the engine has started gives nothing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Generator
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from planner.placement.desk import PlacementProgress
from planner.services.placement import (
    PlacementProposal,
    gather_placement,
    solve_placement_steps,
    within,
)

READING = "reading desks and people"


@dataclass(frozen=True)
class Outcome:
    """What a run gives the dialog: a proposal, or None when stopped before there was one."""

    proposal: PlacementProposal | None
    stopped: bool


def placement_work(
    sessions: sessionmaker[Session], request: dict[str, Any], stop: threading.Event
) -> Generator[PlacementProgress, None, Outcome]:
    """Read in a short transaction of its own (SQLite writers would wait for a long one),
    then solve with no transaction open. Writes nothing."""
    started = time.perf_counter()
    yield PlacementProgress(0.0, READING)
    with sessions() as session, session.begin():
        inputs = gather_placement(session, **request)
    if stop.is_set():
        return Outcome(None, True)
    proposal = yield from solve_placement_steps(within(inputs, started), cancel=stop.is_set)
    proposal = replace(proposal, seconds=time.perf_counter() - started)
    return Outcome(proposal, proposal.cancelled)
