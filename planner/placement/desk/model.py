"""Plain objects in and out of the desk-level auto-placement engine.

Nothing here knows about the database: the caller turns desks and people into
`DeskSpot` and `Candidate`, and turns a `PlacementResult` back into assignments.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class DeskSpot:
    """A desk that the engine may fill (a free desk, or the current desk of a candidate)."""

    code: str
    floor: str
    zone: str
    x: float
    y: float
    kind: str = "fixed"  # fixed / hot / office
    features: frozenset[str] = frozenset()  # monitor, window, standing, accessible, ...
    zone_kind: str = (
        "open_office"  # open_office, private_office, lab, meeting, server_room, startup
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A person to seat. `current_desk` is the code of the desk they sit at now, if any."""

    key: str
    name: str = ""
    task: str | None = None
    role: str = "researcher"
    needs: frozenset[str] = frozenset()
    current_desk: str | None = None


@dataclass(frozen=True, slots=True)
class PlacementOptions:
    adjacency_m: float = 2.0
    # How many already-seated candidates may be moved; 0 keeps every current seat.
    allow_moves: int = 0
    # Objective cost of one move, in "adjacent same-team pairs": a seated person is
    # moved only when it gains more than this, which is what minimum disturbance means.
    move_penalty: float = 0.6
    time_limit_s: float = 1.0
    # When set, the improvement phase stops after this many steps: results are then
    # identical from run to run for a given seed, whatever the machine's speed.
    max_iterations: int | None = None
    seed: int = 0
    use_hot_desks: bool = False
    allow_others_in_startup_zones: bool = False
    allow_others_in_offices: bool = False


# Stages of a run, as `PlacementProgress.stage`; the words shown are the caller's choice.
CHECKING = "checking which desks suit whom"
CONSTRUCTING = "seating teams zone by zone"
IMPROVING = "improving the seating"
SETTLING = "bringing lonely newcomers near their team"
DONE = "done"


@dataclass(frozen=True, slots=True)
class PlacementProgress:
    """How far a run is (0-1) and, once a seating exists, its best score so far."""

    fraction: float
    stage: str
    best_pairs: float | None = None  # adjacent same-team pairs, less any move penalties
    bound: int = 0  # the most pairs the seated teams could reach on a square grid

    @property
    def message(self) -> str:
        return self.stage


@dataclass(frozen=True, slots=True)
class Move:
    key: str
    from_desk: str
    to_desk: str


@dataclass(frozen=True, slots=True)
class Unplaced:
    key: str
    reason: str


@dataclass(frozen=True, slots=True)
class TeamExplanation:
    task: str
    size: int  # members seated by this plan (kept, moved or new)
    unplaced: int
    pairs: int  # adjacent desk pairs both held by this team
    bound: int  # 2s - ceil(2*sqrt(s)): the most pairs s desks on a square grid can have
    zones: tuple[str, ...]  # "floor/zone" holding members, most members first

    @property
    def score(self) -> float:
        """Pairs achieved as a percentage of the bound (100 when the bound is 0)."""
        return 100.0 if self.bound == 0 else 100.0 * self.pairs / self.bound


@dataclass(slots=True)
class PlacementResult:
    assignments: dict[str, str]  # candidate key -> desk code, for everyone seated after the plan
    moved: list[Move] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    teams: list[TeamExplanation] = field(default_factory=list)
    seconds: float = 0.0
    iterations: int = 0
    cancelled: bool = False

    @property
    def pairs(self) -> int:
        return sum(team.pairs for team in self.teams)

    @property
    def bound(self) -> int:
        return sum(team.bound for team in self.teams)

    @property
    def score(self) -> float:
        return 100.0 if self.bound == 0 else 100.0 * self.pairs / self.bound
