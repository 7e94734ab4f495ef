"""Table models, one per list, over frozen dataclass rows from planner.services."""
