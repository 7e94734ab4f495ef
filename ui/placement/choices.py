"""What the Auto-place… dialog asks, and remembering the last answers between runs.

The choices are one small JSON document under one declared setting, so adding a choice
needs no new key; a stored document from an older version fills in the defaults.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from ui.settings import Setting, Settings

LAST_CHOICES: Setting[str] = Setting("placement/last_choices", str, "")

WHO_UNSEATED, WHO_TASK, WHO_SELECTED = "unseated", "task", "people"


@dataclass
class PlacementChoices:
    who: str = WHO_UNSEATED
    task_code: str = ""
    # Areas left out (unticked), so that floors and zones added later are in by default.
    excluded_zones: list[int] = field(default_factory=list)
    excluded_floors: list[int] = field(default_factory=list)
    keep_teams: bool = True
    adjacency_m: float = 2.0
    honour_needs: bool = True
    startup_zones_rule: bool = True
    professor_offices_rule: bool = True
    allow_moves: int = 0  # 0: everyone seated stays where they are
    time_limit_s: int = 5

    def request(self) -> dict[str, Any]:
        """The arguments of planner.services.placement.gather_placement these choices set."""
        return {
            "allow_moves": self.allow_moves,
            "time_limit": float(self.time_limit_s),
            "adjacency_m": self.adjacency_m,
            "keep_teams": self.keep_teams,
            "honour_needs": self.honour_needs,
            "startup_zones_rule": self.startup_zones_rule,
            "professor_offices_rule": self.professor_offices_rule,
        }


def load_choices(settings: Settings) -> PlacementChoices:
    try:
        stored = json.loads(settings.get(LAST_CHOICES) or "{}")
    except ValueError:
        stored = {}
    if not isinstance(stored, dict):
        stored = {}
    defaults = PlacementChoices()
    values: dict[str, Any] = {}
    for item in fields(PlacementChoices):
        default = getattr(defaults, item.name)
        value = stored.get(item.name, default)
        # A hand-edited or foreign value falls back quietly, one choice at a time.
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, float):
            ok = isinstance(value, int | float) and not isinstance(value, bool)
            value = float(value) if ok else value
        elif isinstance(default, list):
            ok = isinstance(value, list) and all(isinstance(v, int) for v in value)
        else:
            ok = isinstance(value, type(default)) and not isinstance(value, bool)
        values[item.name] = value if ok else default
    return PlacementChoices(**values)


def save_choices(settings: Settings, choices: PlacementChoices) -> None:
    settings.set(LAST_CHOICES, json.dumps(asdict(choices), sort_keys=True))
