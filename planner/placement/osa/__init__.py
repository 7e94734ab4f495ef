"""Zone-level office-space allocation (OSA): put entities (people, teams) into rooms.

Objective (minimised): for every room ``max(capacity - used, 2 * (used - capacity))``, plus the
penalty of every violated soft constraint (allocation 20, not sharing 50, any other kind 10);
every hard constraint must hold and every entity is in exactly one room.

Modules: :mod:`.instance` (data types, text-format parser), :mod:`.evaluate` (independent
referee), :mod:`.model` (integer tables for the search), :mod:`.greedy` (construction and
baseline), :mod:`.anneal` (simulated annealing), :mod:`.repack` and :mod:`.neighbourhood`
(CP-SAT large-neighbourhood search; OR-Tools is optional and imported lazily), :mod:`.solver`
(orchestration).  Nothing here imports OR-Tools, numpy or Qt at import time.
"""

from planner.placement.osa.evaluate import Evaluation, evaluate
from planner.placement.osa.instance import Instance, OsaFormatError, load_instance, parse_instance
from planner.placement.osa.solver import Progress, SearchSettings, Solution, solve

__all__ = [
    "Evaluation",
    "Instance",
    "OsaFormatError",
    "Progress",
    "SearchSettings",
    "Solution",
    "evaluate",
    "load_instance",
    "parse_instance",
    "solve",
]
